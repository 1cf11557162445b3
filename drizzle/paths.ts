import type { Hash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cachedRoot: string | undefined;

/**
 * The nearest folder above this module that holds the drizzle migrations: the project root when
 * running from sources or `dist/`, the package folder when bundled (the SDK sandbox ships them).
 */
export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "drizzle", "migrations", "meta", "_journal.json"))) {
      cachedRoot = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("drizzle/migrations was not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export const migrationsFolder = () => join(projectRoot(), "drizzle", "migrations");
export const seedDataFolder = () => join(projectRoot(), "drizzle", "seed", "data");
/** Where the demo clients' credentials are written (by the first embedded start or `npm run db:seed`). */
export const demoClientsFile = (dataDir: string) => join(dataDir, "demo-clients.json");

/** Adds every file under `dir` (names and contents, in a fixed order) to `hash`: what a cache made from them is keyed by. */
export function hashFolder(hash: Hash, dir: string): Hash {
  if (!existsSync(dir)) return hash;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashFolder(hash, path);
    else hash.update(name).update(readFileSync(path));
  }
  return hash;
}
