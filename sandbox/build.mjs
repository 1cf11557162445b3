// Builds @koordinat/sandbox: the Koordinat server (not an npm package of its own) bundled into dist/index.js
// with every npm package left external. Those packages, and @koordinat/sdk for the client, are this package's
// dependencies: the build fails when the bundle imports a package the manifest does not declare, or the
// manifest declares one the bundle does not import, so an install of the tarball is always complete.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { build } from "esbuild";

const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const root = JSON.parse(readFileSync("../package.json", "utf8"));

rmSync("dist", { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: ["src/index.ts"],
  outfile: "dist/index.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: "../tsconfig.json",
  sourcemap: true,
  metafile: true,
});

// Declared though the bundle does not import them: @apollo/server's @graphql-tools, held at the last releases
// that support Node 20 (later ones need @whatwg-node/promise-helpers 2, engines node >= 22.15: an
// EBADENGINE warning on every install), and Fastify's light-my-request, held at 6.6 (6.8 needs cookie 2, engines
// node >= 22). npm reuses these for @apollo/server's and Fastify's own ranges.
const nodeTwentyPins = new Set(["@graphql-tools/merge", "@graphql-tools/schema", "@graphql-tools/utils", "light-my-request"]);

const packageOf = (path) => (path.startsWith("@") ? path.split("/").slice(0, 2) : path.split("/").slice(0, 1)).join("/");
const builtins = new Set(builtinModules);
const imported = new Set(
  Object.values(metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((i) => i.external && !i.path.startsWith("node:") && !builtins.has(packageOf(i.path)))
    .map((i) => packageOf(i.path)),
);
const declared = new Set(Object.keys(manifest.dependencies ?? {}));
const undeclared = [...imported].filter((name) => !declared.has(name));
const unused = [...declared].filter((name) => !imported.has(name) && !nodeTwentyPins.has(name));
// The server's versions are the root package's: the sandbox must run what the server is tested with.
const drifted = [...declared].filter((name) => root.dependencies[name] && root.dependencies[name] !== manifest.dependencies[name]);
if (undeclared.length || unused.length || drifted.length) {
  throw new Error(
    [
      undeclared.length && `the bundle imports undeclared packages: ${undeclared.join(", ")}`,
      unused.length && `package.json declares packages the bundle does not import: ${unused.join(", ")}`,
      drifted.length &&
        `versions differ from the root package.json: ${drifted.map((n) => `${n} ${manifest.dependencies[n]} ≠ ${root.dependencies[n]}`).join(", ")}`,
    ]
      .filter(Boolean)
      .join("; "),
  );
}

// Types: the sandbox's own, with the client's from @koordinat/sdk.
cpSync("src/types.ts", "dist/types.d.ts");
writeFileSync(
  "dist/index.d.ts",
  [
    'export type * from "./types.js";',
    'import type { Sandbox, SandboxOptions } from "./types.js";',
    "export declare function startSandbox(options?: SandboxOptions): Promise<Sandbox>;",
    "",
  ].join("\n"),
);
// Migrations and seed data travel with the bundle; the server finds them beside itself.
cpSync("../drizzle/migrations", "dist/drizzle/migrations", { recursive: true });
cpSync("../drizzle/seed/data", "dist/drizzle/seed/data", { recursive: true });
