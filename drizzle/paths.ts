import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cachedRoot: string | undefined;

/**
 * The project root (the folder of Koordinat's package.json). Files shipped beside the code
 * (migrations, seed data, the explorer) are found from here, so the same lookup works when
 * running from sources and from `dist/`.
 */
export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "koordinat") {
      cachedRoot = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("Koordinat's package.json was not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export const migrationsFolder = () => join(projectRoot(), "drizzle", "migrations");
export const seedDataFolder = () => join(projectRoot(), "drizzle", "seed", "data");
