// The sandbox entry bundles the Koordinat server (which is not an npm package of its own) into
// dist/sandbox.js; the server's own dependencies stay external and are listed as optional peers.
import { cpSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

await build({
  entryPoints: ["src/sandbox.ts"],
  outfile: "dist/sandbox.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: "../tsconfig.json",
  sourcemap: true,
});
writeFileSync(
  "dist/sandbox.d.ts",
  [
    'export type * from "./sandbox-types.js";',
    'import type { Sandbox, SandboxOptions } from "./sandbox-types.js";',
    "export declare function startSandbox(options?: SandboxOptions): Promise<Sandbox>;",
    "",
  ].join("\n"),
);
// Migrations and seed data travel with the bundle; the server finds them beside itself.
cpSync("../drizzle/migrations", "dist/drizzle/migrations", { recursive: true });
cpSync("../drizzle/seed/data", "dist/drizzle/seed/data", { recursive: true });
