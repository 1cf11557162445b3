// Builds @koordinat/sdk's dist/: the client compiled by tsc (declarations beside it), and the API's schema
// (schema/schema.graphql) so partners generate typed documents of their own against it (graphql-codegen).
import { execFileSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

rmSync("dist", { recursive: true, force: true });
execFileSync(process.execPath, [createRequire(import.meta.url).resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
  stdio: "inherit",
});
copyFileSync("../schema/schema.graphql", "dist/schema.graphql");
