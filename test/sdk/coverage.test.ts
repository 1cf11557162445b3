import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../drizzle/paths.js";

const root = projectRoot();
const schema = buildSchema(readFileSync(join(root, "schema", "schema.graphql"), "utf8"));
const operationsDir = join(root, "sdk", "operations");
const document = parse(
  readdirSync(operationsDir)
    .filter((f) => f.endsWith(".graphql"))
    .map((f) => readFileSync(join(operationsDir, f), "utf8"))
    .join("\n"),
);

describe("SDK operations", () => {
  it("are valid against the committed schema", () => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  it("reach every root query and mutation field (node and nodes excepted)", () => {
    const reached = new Set(
      document.definitions
        .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
        .flatMap((op) => op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [`${op.operation}.${s.name.value}`] : []))),
    );
    const rootFields = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `mutation.${f}`),
    ].filter((f) => f !== "query.node" && f !== "query.nodes");
    expect(rootFields.filter((f) => !reached.has(f))).toEqual([]);
  });
});
