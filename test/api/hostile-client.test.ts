import { readFileSync } from "node:fs";
import { getOperationAST, Kind, parse, visit, type FragmentDefinitionNode } from "graphql";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../api/platform/runtime/logger.js";
import { MAX_EXPANDED_SELECTIONS, MAX_VARIABLES_DEPTH } from "../../api/platform/edge/protection.js";
import { fragmentsOf, requestedCost } from "../../api/platform/edge/query-cost.js";
import { koordinatSchema } from "../../api/schema.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * Issue #18, an outside probe's findings 1, 3, 5 and 11a/b: each test is named after its finding
 * and failed before the fix.
 */
let app: TestApp;
let coordination: string;
/** Every line the server logged, as written. */
const logged: string[] = [];
beforeAll(async () => {
  app = await startTestApp({}, { logger: createLogger("info", { write: (line: string) => void logged.push(line) }) });
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
});
afterAll(() => app?.stop());

async function post(body: unknown, token = coordination) {
  const response = await fetch(app.url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${token}` },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: any;
    errors?: { message: string; extensions?: Record<string, any> }[];
    extensions?: any;
  };
  return { status: response.status, ...json };
}

/** `query { ...F<levels> }`, each fragment spreading the one before twice: about 1 KB, 2^levels selections expanded. */
function fragmentBomb(levels: number, leaf = "__typename"): string {
  const fragments = [`fragment F0 on Query { ${leaf} }`];
  for (let level = 1; level <= levels; level++) fragments.push(`fragment F${level} on Query { ...F${level - 1} ...F${level - 1} }`);
  return `query { ...F${levels} } ${fragments.join(" ")}`;
}

const normalQuery = `{ provinces(first: 2) { totalCount edges { node { code } } } }`;

describe("#18 finding 1: a fragment bomb", () => {
  it("refuses the 24- and 28-level fragment bombs (cost 0) with QUERY_LIMIT_EXCEEDED, and answers a normal query right after", async () => {
    for (const levels of [24, 28]) {
      const bomb = fragmentBomb(levels);
      expect(bomb.length).toBeLessThan(1_300);
      const refused = await post({ query: bomb });
      expect(refused.status).toBe(400);
      expect(refused.errors![0].extensions).toMatchObject({
        code: "QUERY_LIMIT_EXCEEDED",
        limit: "expandedSelections",
        maximum: MAX_EXPANDED_SELECTIONS,
      });
      expect(refused.errors![0].extensions!.actual).toBeGreaterThan(2 ** levels);
      const normal = await post({ query: normalQuery });
      expect(normal.status).toBe(200);
      expect(normal.data.provinces.edges).toHaveLength(2);
    }
  });

  it("refuses a bomb over a costly field too, and one hidden in a mutation's selection", async () => {
    const costly = await post({ query: fragmentBomb(20, "provinces(first: 100) { totalCount }") });
    expect(costly.errors![0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "expandedSelections" });
    const fragments = [`fragment M0 on Mutation { __typename }`];
    for (let level = 1; level <= 24; level++) fragments.push(`fragment M${level} on Mutation { ...M${level - 1} ...M${level - 1} }`);
    const mutation = await post({ query: `mutation { ...M24 } ${fragments.join(" ")}` });
    expect(mutation.errors![0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "expandedSelections" });
  });

  it("computes cost in one visit per fragment: a fragment spread twice costs what it costs once", async () => {
    const schema = await koordinatSchema();
    const once = parse(`{ ...P } fragment P on Query { provinces(first: 50) { edges { node { code } } } }`);
    const twice = parse(`{ ...P ...P } fragment P on Query { provinces(first: 50) { edges { node { code } } } }`);
    const costOf = (document: ReturnType<typeof parse>) =>
      requestedCost(schema, getOperationAST(document)!, fragmentsOf(document), {}).cost;
    expect(costOf(twice)).toBe(costOf(once));
    // Below the expansion limit, 12 levels doubling: still one visit per fragment, and the cost of one spread.
    const nested = parse(fragmentBomb(12, "provinces(first: 50) { edges { node { code } } }"));
    expect(costOf(nested)).toBe(costOf(once));
  });

  it("keeps the cost of every legitimate fragment-using SDK operation: the same as with its fragments written inline", async () => {
    const schema = await koordinatSchema();
    const manifest = JSON.parse(readFileSync("sdk/src/_generated/trusted-documents.json", "utf8")) as Record<string, string>;
    let compared = 0;
    for (const text of Object.values(manifest)) {
      const document = parse(text);
      const fragments = fragmentsOf(document);
      if (Object.keys(fragments).length === 0) continue;
      // Every spread written as the inline fragment it stands for.
      const inlined = visit(document, {
        FragmentDefinition: () => null,
        FragmentSpread: {
          leave: (spread) => {
            const fragment: FragmentDefinitionNode = fragments[spread.name.value];
            return { kind: Kind.INLINE_FRAGMENT, typeCondition: fragment.typeCondition, selectionSet: fragment.selectionSet };
          },
        },
      });
      const operation = getOperationAST(document)!;
      // The largest page; any other variable only needs a value, as the cost does not read it.
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          ["first", "last"].includes(v.variable.name.value) ? 100 : "x",
        ]),
      );
      const withFragments = requestedCost(schema, operation, fragments, variables).cost;
      const written = requestedCost(schema, getOperationAST(inlined)!, {}, variables).cost;
      expect(withFragments, operation.name?.value).toBe(written);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
    // And through the API: a query with a fragment reports the cost the rules in SECURITY.md give (101).
    const answered = await post({ query: `{ provinces(first: 100) { edges { node { ...P } } } } fragment P on Province { code name }` });
    expect(answered.extensions.cost.requestedQueryCost).toBe(101);
  });
});

const patientInput = (overrides: Record<string, unknown> = {}) => ({
  category: "CITIZEN",
  identifiers: [{ kind: "TCKN", value: "48251372002" }],
  givenName: "Zümrüthan",
  familyName: "Karadereli",
  birthDate: "1957-05-19",
  sex: "FEMALE",
  nationality: "TR",
  ...overrides,
});
const register = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id } userErrors { code } } }`;
const patientCount = async () =>
  (await post({ query: `{ patients(filter: { identifier: { kind: TCKN, value: "48251372002" } }) { totalCount } }` })).data.patients
    .totalCount;

describe("#18 finding 3: a NUL byte in text", () => {
  it("refuses a NUL byte in any text as BAD_USER_INPUT naming where, stores nothing, and logs no value", async () => {
    const inVariables = await post({ query: register, variables: { input: patientInput({ familyName: "Kara\u0000dereli" }) } });
    expect(inVariables.status).toBe(400);
    expect(inVariables.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["variables", "input", "familyName"] });
    expect(inVariables.errors![0].message).toContain("NUL");
    const inList = await post({
      query: register,
      variables: { input: patientInput({ identifiers: [{ kind: "TCKN", value: "4825137\u00002002" }] }) },
    });
    expect(inList.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["variables", "input", "identifiers", "0", "value"],
    });
    // Written in the document as an escape: a NUL once parsed.
    const inLiteral = await post({
      query: `mutation { registerPatient(input: { category: CITIZEN, identifiers: [{ kind: TCKN, value: "48251372002" }], givenName: "A\\u0000B", familyName: "Karadereli", birthDate: "1957-05-19", sex: FEMALE, nationality: "TR" }) { patient { id } } }`,
    });
    expect(inLiteral.status).toBe(400);
    expect(inLiteral.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["registerPatient", "input", "givenName"] });
    const inFilter = await post({ query: `{ patients(filter: { identifier: { kind: TCKN, value: "4\\u0000" } }) { totalCount } }` });
    expect(inFilter.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await patientCount()).toBe(0);
    const log = logged.join("");
    for (const value of ["Zümrüthan", "Karadereli", "48251372002", "4825137"]) expect(log).not.toContain(value);
  });

  it("logs a database error forced another way without its parameters, statement values or PostgreSQL's message", async () => {
    // A trigger refuses the insert, its message quoting the row: the driver's error then carries the values three ways.
    await app.db.execute(
      sql.raw(`CREATE FUNCTION refuse_patient() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused %', NEW.given_name; END $$`),
    );
    await app.db.execute(sql.raw(`CREATE TRIGGER refuse_patient BEFORE INSERT ON patients FOR EACH ROW EXECUTE FUNCTION refuse_patient()`));
    try {
      const before = logged.length;
      const failed = await post({ query: register, variables: { input: patientInput({ givenName: "Gülbeyaz" }) } });
      expect(failed.errors![0].extensions!.code).toBe("INTERNAL_SERVER_ERROR");
      const lines = logged.slice(before);
      const failure = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === "request failed");
      // The error is logged, with what names no value: its SQLSTATE (P0001, raise_exception) and its stack frames.
      expect(failure.err.cause).toMatchObject({ code: "P0001", severity: "ERROR" });
      expect(failure.err.stack).toContain("    at ");
      for (const value of ["Gülbeyaz", "Karadereli", "48251372002", "1957-05-19"]) expect(lines.join("")).not.toContain(value);
    } finally {
      await app.db.execute(sql.raw(`DROP TRIGGER refuse_patient ON patients`));
      await app.db.execute(sql.raw(`DROP FUNCTION refuse_patient()`));
    }
  });

  it("logs a GET request's path, not its query string (the variables)", async () => {
    const before = logged.length;
    const query = encodeURIComponent(`query ($code: String!) { province(code: $code) { name } }`);
    const variables = encodeURIComponent(JSON.stringify({ code: "Gizli-Değer-Karadereli" }));
    const response = await fetch(`${app.url}?query=${query}&variables=${variables}`, {
      headers: { authorization: `Bearer ${coordination}`, "apollo-require-preflight": "true" },
    });
    expect(response.status).toBeLessThan(500);
    const lines = logged.slice(before).join("");
    expect(lines).toContain('"url":"/graphql"');
    expect(lines).not.toContain("Karadereli");
    expect(lines).not.toContain(encodeURIComponent("Karadereli"));
  });
});

describe("#18 finding 5: 500 instead of 400", () => {
  it("answers 400 OPERATION_RESOLUTION_FAILURE for two operations without an operationName and for an operationName the document lacks", async () => {
    const twoOperations = `query A { provinces(first: 1) { totalCount } } query B { provinces(first: 2) { totalCount } }`;
    const unnamed = await post({ query: twoOperations });
    expect(unnamed.status).toBe(400);
    expect(unnamed.errors![0]).toMatchObject({ extensions: { code: "OPERATION_RESOLUTION_FAILURE" } });
    expect(unnamed.errors![0].message).toMatch(/operation name/i);
    const absent = await post({ query: twoOperations, operationName: "C" });
    expect(absent.status).toBe(400);
    expect(absent.errors![0]).toMatchObject({ extensions: { code: "OPERATION_RESOLUTION_FAILURE" } });
    const absentFromOne = await post({ query: normalQuery, operationName: "Missing" });
    expect(absentFromOne.status).toBe(400);
    const mutations = await post({ query: `mutation A { __typename } mutation B { __typename }` });
    expect(mutations.status).toBe(400);
    const named = await post({ query: twoOperations, operationName: "B" });
    expect(named.data.provinces.totalCount).toBeGreaterThan(0);
  });

  it("answers 400 BAD_USER_INPUT for variables nested 100,000 deep, and serves the next request", async () => {
    const depth = 100_000;
    const body = `{"query":${JSON.stringify(register)},"variables":{"input":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}}`;
    const deep = await post(body);
    expect(deep.status).toBe(400);
    expect(deep.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "variablesDepth", maximum: MAX_VARIABLES_DEPTH });
    const inList = `{"query":${JSON.stringify(register)},"variables":{"input":${"[".repeat(depth)}${"]".repeat(depth)}}}`;
    expect((await post(inList)).status).toBe(400);
    expect((await post({ query: normalQuery })).status).toBe(200);
  });
});

describe("#18 finding 11a: variable errors echo the input", () => {
  it("names the variable, the path and the reason of a variable-type error, never the value", async () => {
    const secrets = ["Zümrüthan", "Karadereli", "48251372002", "1957-99-19", "Kadıköy"];
    const cases = [
      patientInput({ birthDate: "1957-99-19" }),
      patientInput({ sex: "Kadıköy" }),
      patientInput({ givenName: { first: "Zümrüthan" } }),
      patientInput({ nationality: 48251372002 }),
      patientInput({ identifiers: [{ kind: "TCKN", value: "48251372002", note: "Kadıköy" }] }),
      "Zümrüthan Karadereli 48251372002",
    ];
    const expectedPaths = [
      ["input", "birthDate"],
      ["input", "sex"],
      ["input", "givenName"],
      ["input", "nationality"],
      ["input", "identifiers", "0"],
      ["input"],
    ];
    for (const [index, input] of cases.entries()) {
      const refused = await post({ query: register, variables: { input } });
      expect(refused.status).toBe(400);
      const [error] = refused.errors!;
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: expectedPaths[index] });
      expect(error.message).toContain(`"${expectedPaths[index].join(".").replace(/\.(\d+)/g, "[$1]")}"`);
      for (const secret of secrets) expect(error.message).not.toContain(secret);
    }
    const missing = await post({ query: register, variables: { input: patientInput({ givenName: undefined }) } });
    expect(missing.errors![0].message).toBe(
      'Variable "$input" got an invalid value at "input": Field "givenName" of required type "String!" was not provided.',
    );
    const wrongScalar = await post({ query: register, variables: { input: patientInput({ birthDate: "1957-99-19" }) } });
    expect(wrongScalar.errors![0].message).toBe(
      'Variable "$input" got an invalid value at "input.birthDate": Value is not a valid LocalDate (value withheld).',
    );
  });
});

describe("#18 finding 11b: input errors before FORBIDDEN", () => {
  it("refuses a root field outside the caller's role as FORBIDDEN before any error about its input", async () => {
    const directorate = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:06");
    const invalidLiteral = await post(
      { query: `mutation { registerPatient(input: { givenName: 5, unknown: true }) { patient { id } } }` },
      directorate,
    );
    expect(invalidLiteral.status).toBe(403);
    expect(invalidLiteral.errors).toHaveLength(1);
    expect(invalidLiteral.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    const missingArgument = await post({ query: `mutation { registerPatient { patient { id } } }` }, directorate);
    expect(missingArgument.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    const badVariables = await post({ query: register, variables: { input: { givenName: 5 } } }, directorate);
    expect(badVariables.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    // A field the schema lacks is still validation's to name; the caller's own fields still get input errors.
    const unknown = await post({ query: `{ noSuchField }` }, directorate);
    expect(unknown.errors![0].extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
    const allowed = await post({ query: `mutation { registerPatient(input: { givenName: 5 }) { patient { id } } }` });
    expect(allowed.errors![0].extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
  });
});
