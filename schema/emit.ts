/**
 * Writes schema/schema.graphql from the code (types sorted), or with --check fails when the
 * committed file differs: the published contract never drifts silently.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { projectRoot } from "../drizzle/paths.js";
import { koordinatSchema } from "../api/schema.js";

const file = join(projectRoot(), "schema", "schema.graphql");
const printed = printSchema(lexicographicSortSchema(await koordinatSchema())) + "\n";

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(file, "utf8");
  } catch {
    // a missing file is drift too
  }
  if (committed !== printed) {
    console.error("schema/schema.graphql is out of date with the code: run `npm run schema:emit` and commit it.");
    process.exit(1);
  }
  console.log("schema/schema.graphql matches the code.");
} else {
  writeFileSync(file, printed);
  console.log(`wrote ${file}`);
}
