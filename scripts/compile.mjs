// The service's entry points compiled once into plain JavaScript (an esbuild bundle of the project's own
// TypeScript; npm packages stay imports), so that `npm start` does not transpile the whole app on every start as
// tsx does. The bundle is kept in node_modules/.cache/koordinat/build with a manifest of its inputs' hashes, and
// rebuilt whenever one of them changed, so a developer's edit is never served stale.
//
//   node scripts/compile.mjs [entry…]   compiles (postinstall does it for api/main.ts)
//   import { compiled } from "./compile.mjs"; await compiled("api/main.ts")   → the bundle's path, rebuilt first when stale
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Changed when the options below change: bundles made with other options are rebuilt. */
const RECIPE = "esbuild bundle, esm, node20, packages external, linked source map: 1";

const hashOf = (path) => createHash("sha1").update(readFileSync(path)).digest("hex");
const buildFolder = (root) => join(root, "node_modules", ".cache", "koordinat", "build");
const outputOf = (root, entry) => join(buildFolder(root), `${entry.replace(/\.ts$/, "").replaceAll("/", "__")}.mjs`);
const manifestOf = (root, entry) => outputOf(root, entry).replace(/\.mjs$/, ".json");

/** Whether the bundle of `entry` was made by this recipe from the files as they are now. */
function upToDate(root, entry) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestOf(root, entry), "utf8"));
  } catch {
    return false;
  }
  if (manifest.recipe !== RECIPE) return false;
  try {
    return Object.entries(manifest.inputs).every(([path, hash]) => hashOf(join(root, path)) === hash);
  } catch {
    // An input deleted or moved.
    return false;
  }
}

/** Bundles `entry`; the files are written aside and renamed, the manifest last, so no reader sees half a build. */
async function build(root, entry) {
  const { build } = await import("esbuild");
  const outfile = outputOf(root, entry);
  const { outputFiles, metafile } = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: join(root, "tsconfig.json"),
    // Stack traces name the TypeScript sources (start.mjs enables source maps).
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "error",
  });
  mkdirSync(buildFolder(root), { recursive: true });
  const inputs = Object.fromEntries(
    [...Object.keys(metafile.inputs), "tsconfig.json"].map((path) => [relative(root, join(root, path)), hashOf(join(root, path))]),
  );
  const write = (path, contents) => {
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, contents);
    renameSync(partial, path);
  };
  for (const file of outputFiles) write(file.path, file.contents);
  write(manifestOf(root, entry), JSON.stringify({ recipe: RECIPE, entry, inputs }, null, 2) + "\n");
  return outfile;
}

/** The path of `entry`'s bundle (relative to `root`, the project's folder), built first when a source changed since it was made. */
export async function compiled(entry, root = projectRoot) {
  return upToDate(root, entry) ? outputOf(root, entry) : build(root, entry);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const entry of process.argv.slice(2)) {
    const started = performance.now();
    const fresh = upToDate(projectRoot, entry);
    const file = await compiled(entry);
    const took = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`koordinat: ${entry} ${fresh ? "was compiled already" : `compiled in ${took} s`} (${relative(projectRoot, file)})`);
  }
}
