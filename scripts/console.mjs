// The operations console (examples/console, React + Vite) built once into static files the API serves at /console,
// so that `npm start` needs nothing more: built at `npm install` (postinstall) into
// node_modules/.cache/koordinat/console with a manifest of its sources' hashes, and built again by `npm start` (and
// the console's tests) whenever one of them changed, as scripts/compile.mjs does for the server's bundle.
//
//   node scripts/console.mjs                     builds when stale
//   import { consoleBuilt } from "./console.mjs"; await consoleBuilt()   → the folder, built first when stale
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Changed when the build below changes: a console built otherwise is built again. */
const RECIPE = "vite build, base /console/, production: 3";
const SOURCES = "examples/console";

const cacheFolder = (root) => join(root, "node_modules", ".cache", "koordinat");
export const consoleFolder = (root = projectRoot) => join(cacheFolder(root), "console");
const manifestOf = (root) => join(cacheFolder(root), "console.json");

function filesUnder(root, folder) {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [path];
  });
}

/** The console's sources and the lock file (a changed package changes the bundle), each with its hash. */
function inputsOf(root) {
  const files = [...filesUnder(root, SOURCES), "package-lock.json"].sort();
  return Object.fromEntries(files.map((path) => [path, createHash("sha1").update(readFileSync(join(root, path))).digest("hex")]));
}

function upToDate(root) {
  try {
    const manifest = JSON.parse(readFileSync(manifestOf(root), "utf8"));
    return (
      manifest.recipe === RECIPE &&
      existsSync(join(consoleFolder(root), "index.html")) &&
      JSON.stringify(manifest.inputs) === JSON.stringify(inputsOf(root))
    );
  } catch {
    return false;
  }
}

/**
 * Builds into a folder of its own and renames it into place, the manifest last: no reader sees half a console. Vite
 * runs in a process of its own under NODE_ENV=production (the caller may run under "test" or "development", where
 * React's JSX would be compiled for its development build).
 */
async function build(root) {
  if (process.env.NODE_ENV !== "production") {
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--now"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    return consoleFolder(root);
  }
  const { build } = await import("vite");
  const inputs = inputsOf(root);
  const partial = `${consoleFolder(root)}.${process.pid}.partial`;
  await build({ configFile: join(root, SOURCES, "vite.config.mjs"), mode: "production", build: { outDir: partial, emptyOutDir: true } });
  mkdirSync(cacheFolder(root), { recursive: true });
  rmSync(consoleFolder(root), { recursive: true, force: true });
  renameSync(partial, consoleFolder(root));
  writeFileSync(manifestOf(root), JSON.stringify({ recipe: RECIPE, inputs }, null, 2) + "\n");
  return consoleFolder(root);
}

/** The built console's folder, built first when a source changed since it was made. */
export async function consoleBuilt(root = projectRoot) {
  return upToDate(root) ? consoleFolder(root) : build(root);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === "--now") {
  await build(projectRoot);
} else if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const fresh = upToDate(projectRoot);
  const folder = await consoleBuilt();
  const took = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`koordinat: the console ${fresh ? "was built already" : `was built in ${took} s`} (${relative(projectRoot, folder)})`);
}
