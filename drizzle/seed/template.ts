import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { openDatabase } from "../database.js";
import { hashFolder, migrationsFolder, projectRoot, seedDataFolder } from "../paths.js";
import type { NewClient } from "../../api/auth/clients.js";
import { seedDemoClients, seedReference } from "./index.js";

/**
 * The embedded database's template: a PGlite data directory, migrated, loaded with the reference data and the
 * demo clients (their secrets beside it, readable by this user only); the demo world is made at each first start,
 * so that it is current. Made once (at `npm install`, or by the first start that finds none) and copied into each
 * new data directory: copying files takes a fraction of migrating and seeding, and of loading a dump through
 * PGlite's virtual file system.
 */
export function templateDir(): string {
  return join(projectRoot(), "node_modules", ".cache", "koordinat", `embedded-${fingerprint()}`);
}

/** The template's PGlite data directory (`PG_VERSION` and all), closed cleanly. */
export const templateDataDir = (template: string) => join(template, "pglite");
const clientsFile = (template: string) => join(template, "clients.json");

/**
 * What the template is made from: the migrations, the seed's data and code, and the PGlite release (its data
 * directory's format). Any change makes a new template.
 */
function fingerprint(): string {
  const hash = createHash("sha256");
  for (const dir of [migrationsFolder(), seedDataFolder(), join(projectRoot(), "drizzle", "seed")]) hashFolder(hash, dir);
  const pglite = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  hash.update(readFileSync(join(dirname(pglite), "..", "package.json")));
  return hash.digest("hex").slice(0, 16);
}

/** Migrates and seeds a new PGlite data directory where `templateDir()` says; returns that folder. */
export async function makeTemplate(): Promise<string> {
  const template = templateDir();
  const folder = dirname(template);
  // Made aside and renamed: a start interrupted mid-way leaves no half template behind, and two makers never
  // write into the same folder.
  const partial = `${template}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const database = await openDatabase({ engine: "pglite", dataDir: partial });
  let clients: NewClient[];
  try {
    await database.migrate();
    await seedReference(database.db);
    clients = await database.db.transaction((tx) => seedDemoClients(tx));
  } finally {
    await database.close();
  }
  writeFileSync(clientsFile(partial), JSON.stringify(clients, null, 2) + "\n", { mode: 0o600 });
  try {
    renameSync(partial, template);
  } catch (error) {
    // Another maker finished first: its template serves as well.
    if (!existsSync(template)) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
  // Templates of earlier code are of no more use, nor half-made ones older than ten minutes (their makers died;
  // a younger one may be another maker's at work).
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (!name.startsWith("embedded-") || path === template) continue;
    if (name.endsWith(".partial") && Date.now() - statSync(path).mtimeMs < 10 * 60_000) continue;
    rmSync(path, { recursive: true, force: true });
  }
  return template;
}

/** The template's folder and its demo clients, made first when there is none for this code. */
export async function embeddedTemplate(): Promise<{ dataDir: string; clients: NewClient[] }> {
  let template = templateDir();
  if (!existsSync(clientsFile(template))) template = await makeTemplate();
  return { dataDir: templateDataDir(template), clients: JSON.parse(readFileSync(clientsFile(template), "utf8")) as NewClient[] };
}
