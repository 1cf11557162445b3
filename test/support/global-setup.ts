import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../drizzle/database.js";
import { seedDemo } from "../../drizzle/seed/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Embedded engine: a dump of the migrated, seeded data directory. */
    pgliteSnapshot: string;
    /** Real PostgreSQL: the server URL and the migrated, seeded template database. */
    postgresUrl: string;
    postgresTemplate: string;
  }
}

/** Migrates and seeds once per run; every test file then starts from a copy. */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ engine: "pglite" });
    await database.migrate();
    await seedDemo(database.db);
    const dump = await database.pglite!.dumpDataDir("none");
    const file = join(mkdtempSync(join(tmpdir(), "koordinat-test-")), "seeded.tar");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    project.provide("pgliteSnapshot", file);
    project.provide("postgresUrl", "");
    project.provide("postgresTemplate", "");
    return;
  }
  const template = `koordinat_template_${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${template}`);
  await admin.unsafe(`CREATE DATABASE ${template}`);
  const database = await openDatabase({ engine: "postgres", url: withDatabase(url, template), maxConnections: 2 });
  await database.migrate();
  await seedDemo(database.db);
  await database.close();
  project.provide("pgliteSnapshot", "");
  project.provide("postgresUrl", url);
  project.provide("postgresTemplate", template);
  return async () => {
    // Drop what this run created: the template and any per-file copy a crashed file left.
    const leftovers = await admin<
      { datname: string }[]
    >`select datname from pg_database where datname like ${`koordinat_t_${process.pid}_%`}`;
    for (const { datname } of leftovers) await admin.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
