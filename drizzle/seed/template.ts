import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { openDatabase } from "../database.js";
import { migrationsFolder, projectRoot, seedDataFolder } from "../paths.js";
import type { NewClient } from "../../api/auth/clients.js";
import { seedDemoClients, seedReference } from "./index.js";

/**
 * The embedded database's template: migrated, loaded with the reference data and the demo clients (their secrets
 * beside it, readable by this user only); the demo world is made at each first start, so that it is current. Made
 * once (at `npm install`, or by the first start that finds none) and copied into each new data directory: loading
 * a dump takes a fraction of migrating, seeding and hashing fifteen secrets.
 */
export function templateFile(): string {
  return join(projectRoot(), "node_modules", ".cache", "koordinat", `embedded-${fingerprint()}.tar.gz`);
}

/** What the template is made from: the migrations, the seed's data and code. Any change makes a new template. */
function fingerprint(): string {
  const hash = createHash("sha256");
  const add = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) add(path);
      else hash.update(name).update(readFileSync(path));
    }
  };
  add(migrationsFolder());
  add(seedDataFolder());
  add(join(projectRoot(), "drizzle", "seed"));
  return hash.digest("hex").slice(0, 16);
}

/** Migrates and seeds an in-memory database and writes its dump where `templateFile()` says. */
export async function makeTemplate(): Promise<string> {
  const database = await openDatabase({ engine: "pglite" });
  try {
    await database.migrate();
    await seedReference(database.db);
    const clients = await database.db.transaction((tx) => seedDemoClients(tx));
    const dump = await database.pglite!.dumpDataDir("gzip");
    const file = templateFile();
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed, the dump last: a start interrupted mid-write leaves no half template behind.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(clientsFile(file), JSON.stringify(clients, null, 2) + "\n", { mode: 0o600 });
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    // Templates of earlier code are of no more use.
    const folder = dirname(file);
    for (const name of readdirSync(folder)) {
      if (name.startsWith("embedded-") && !name.endsWith(".partial") && !file.endsWith(name) && name !== basename(clientsFile(file)))
        rmSync(join(folder, name), { force: true });
    }
    return file;
  } finally {
    await database.close();
  }
}

const clientsFile = (template: string) => template.replace(/\.tar\.gz$/, ".clients.json");

/** The template's dump and its demo clients, made first when there is none for this code. */
export async function embeddedTemplate(): Promise<{ dump: Blob; clients: NewClient[] }> {
  const file = templateFile();
  if (!existsSync(file) || !existsSync(clientsFile(file))) await makeTemplate();
  return { dump: new Blob([readFileSync(file)]), clients: JSON.parse(readFileSync(clientsFile(file), "utf8")) as NewClient[] };
}
