import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANY_ROLE, rootFieldAccess } from "../../api/auth/root-field-access.js";
import { toGlobalId } from "../../api/platform/conventions/global-id.js";
import { koordinatSchema } from "../../api/schema.js";
import type { Role } from "../../drizzle/schema/index.js";
import { demoScopes } from "../../drizzle/seed/index.js";
import { seededFacility, startTestApp, type TestApp } from "../support/app.js";
import { UNKNOWN_ID } from "../support/schema-samples.js";

/**
 * Property-based fuzzing of every mutation's arguments: malformed values of every input type
 * (wrong types, missing and unknown fields, empty, huge and hostile strings, impossible dates,
 * out-of-range numbers, oversized lists, foreign and forged IDs). Every answer must be a clear
 * refusal or a success, never a server error, and a refused call must leave every table as it was.
 * fast-check prints the seed and the shrunk counterexample of a failure; replay it with
 * KOORDINAT_FUZZ_SEED=<seed>.
 */
const RUNS_PER_MUTATION = Number(process.env.KOORDINAT_FUZZ_RUNS ?? 60);
const SEED = process.env.KOORDINAT_FUZZ_SEED ? Number(process.env.KOORDINAT_FUZZ_SEED) : undefined;

const schema = await koordinatSchema();
const mutations = Object.values(schema.getMutationType()!.getFields());

let app: TestApp;
const tokens = new Map<Role, string>();
let knownIds: string[] = [];
let tableWrites: (since: bigint) => Promise<{ rows: number; written: string[] }>;

async function rowsOf(query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const result = (await app.db.execute(query)) as unknown as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
  return Array.isArray(result) ? result : result.rows;
}

beforeAll(async () => {
  app = await startTestApp();
  const scopes = await demoScopes(app.db);
  for (const mutation of mutations) {
    const role = fuzzRole(mutation.name);
    if (!tokens.has(role))
      tokens.set(role, await app.tokenFor(role, scopes[role], { rateLimit: { points: 10_000_000, restorePerSecond: 10_000_000 } }));
  }
  const hospital = await seededFacility(app.db, (f) => f.code === scopes.PARTNER_HOSPITAL.split(":")[1]);
  const [patient] = await rowsOf(sql`select id from patients order by id limit 1`);
  knownIds = [toGlobalId("Facility", hospital.id), toGlobalId("Patient", String(patient.id))];
  const tables = (await rowsOf(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`)).map((r) =>
    String(r.tablename),
  );
  // Row counts catch deletes; rows whose xmin is a transaction after `since` catch inserts and updates.
  tableWrites = async (since) => {
    const counts = await rowsOf(
      sql.raw(
        tables
          .map((t) => `select '${t}' as t, count(*)::int as n, count(*) filter (where xmin::text::bigint > ${since})::int as w from "${t}"`)
          .join(" union all "),
      ),
    );
    return {
      rows: counts.reduce((sum, r) => sum + Number(r.n), 0),
      written: counts.filter((r) => Number(r.w) > 0).map((r) => String(r.t)),
    };
  };
});
afterAll(() => app?.stop());

/** A role the root-field door lets through, so the input reaches the service's validation. */
function fuzzRole(mutation: string): Role {
  const roles = rootFieldAccess[`Mutation.${mutation}`];
  return roles === ANY_ROLE || !roles ? "COORDINATION_UNIT" : roles[0];
}

const hostileStrings = fc.constantFrom(
  "",
  " ",
  "x".repeat(10_000),
  "'; drop table patients; --",
  "\u0000",
  "\ud800",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "NaN",
  "-1",
  "2026-02-30",
  "٠١٢٣",
  "06",
  "SY",
);
/** Ordinary text with a NUL byte somewhere inside it (PostgreSQL's text cannot hold one). */
const withNul = fc
  .tuple(fc.string({ minLength: 1, maxLength: 30 }), fc.nat())
  .map(([text, at]) => `${text.slice(0, at % (text.length + 1))}\u0000${text.slice(at % (text.length + 1))}`);
const dates = fc.oneof(
  fc.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2026-02-30", "2026-13-01", "0000-00-00", "yesterday", "2026-1-1"),
);
const instants = fc.oneof(
  fc.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom("2026-02-30T25:00:00Z", "now", "1e100"),
);

function scalarArbitrary(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case "Int":
      return fc.oneof(
        fc.integer(),
        fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2 ** 53),
        fc.double(),
        fc.string({ maxLength: 5 }),
      );
    case "Float":
      return fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -1, 1e308));
    case "Boolean":
      return fc.oneof(fc.boolean(), fc.constant("true"));
    case "ID":
      return fc.oneof(
        fc.constant(UNKNOWN_ID),
        fc.constantFrom(...knownIds),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 30 }).map((s) => Buffer.from(`Facility:${s}`).toString("base64url")),
        fc
          .constantFrom("Patient", "Referral", "Appointment", "BedSearch", "Approval")
          .map((t) => toGlobalId(t, "00000000-0000-0000-0000-000000000000")),
      );
    case "LocalDate":
      return dates;
    case "DateTimeISO":
      return instants;
    default:
      return fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 20 }), hostileStrings, withNul);
  }
}

/** Values of an input type, mostly well-typed (so they reach the rules), sometimes malformed. */
function inputArbitrary(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return fc.oneof({ weight: 19, arbitrary: inputArbitrary(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  const named = getNamedType(type);
  if (isListType(type)) {
    const item = inputArbitrary(type.ofType, depth + 1);
    return fc.oneof(
      { weight: 8, arbitrary: fc.array(item, { maxLength: 3 }) },
      { weight: 1, arbitrary: item.map((value) => Array.from({ length: 260 }, () => value)) },
      { weight: 1, arbitrary: item },
    );
  }
  if (isEnumType(named)) return fc.oneof(fc.constantFrom(...named.getValues().map((v) => v.value)), fc.constant("NOT_A_VALUE"));
  if (isInputObjectType(named)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(named.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(fields.map((f) => [f.name, inputArbitrary(f.type, depth + 1)]));
    const withUnknownField: Record<string, fc.Arbitrary<unknown>> = { ...model, unknownField: fc.string() };
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    return fc.oneof(
      { weight: 6, arbitrary: fc.record(model, { requiredKeys: required }) },
      { weight: 3, arbitrary: fc.record(model, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.record(withUnknownField, { requiredKeys: required }) },
    );
  }
  return scalarArbitrary(named.name);
}

function mutationDocument(field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const named = getNamedType(field.type);
  const selection = isLeafType(named)
    ? ""
    : "userErrors" in (named as { getFields(): object }).getFields()
      ? " { userErrors { code } }"
      : " { __typename }";
  return `mutation Fuzz${definitions ? `(${definitions})` : ""} { ${field.name}${call ? `(${call})` : ""}${selection} }`;
}

/** A raw request body (a value nested 100,000 deep is written as text: JSON.stringify would overflow the stack). */
async function postRaw(body: string, token: string) {
  const response = await fetch(app.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body,
  });
  const json = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
  return { status: response.status, errors: json.errors };
}

/** Request shapes around a mutation's document: deeply nested variables, and operation names that resolve to nothing. */
function hostileRequest(field: GraphQLField<unknown, unknown>): fc.Arbitrary<string> {
  const query = mutationDocument(field);
  const argument = field.args[0]?.name ?? "unused";
  const deep = fc
    .tuple(fc.constantFrom(17, 100, 5_000, 100_000), fc.constantFrom("object", "list"))
    .map(([depth, kind]) =>
      kind === "object"
        ? `{"query":${JSON.stringify(query)},"variables":{"${argument}":${'{"a":'.repeat(depth)}"\\u0000"${"}".repeat(depth)}}}`
        : `{"query":${JSON.stringify(query)},"variables":{"${argument}":${"[".repeat(depth)}${"]".repeat(depth)}}}`,
    );
  const operationNames = fc
    .constantFrom<unknown>(undefined, "Missing", "Fuzz\u0000", "", 42, { name: "Fuzz" }, ["Fuzz"])
    .chain((operationName) =>
      fc.constantFrom(query, `${query} ${query.replace("mutation Fuzz", "mutation Other")}`, `${query} query Other { __typename }`).map(
        // Two operations, the first one's name asked for, absent, or not a string at all.
        (text) => JSON.stringify({ query: text, operationName, variables: {} }),
      ),
    );
  return fc.oneof(deep, operationNames);
}

describe("every mutation under hostile request shapes (deep variables, NUL bytes, operation names)", () => {
  it.each(mutations.map((m) => [m.name, m] as const))("%s: answered 4xx with a code, and nothing written", async (_name, mutation) => {
    const token = tokens.get(fuzzRole(mutation.name))!;
    await fc.assert(
      fc.asyncProperty(hostileRequest(mutation), async (body) => {
        const [{ since }] = await rowsOf(sql`select txid_current()::text as since`);
        const before = await tableWrites(BigInt(String(since)));
        const response = await postRaw(body, token);
        expect(response.status, JSON.stringify(response.errors)).toBeLessThan(500);
        expect(response.errors?.map((e) => e.extensions?.code) ?? []).not.toContain("INTERNAL_SERVER_ERROR");
        if (response.errors?.length) {
          expect(response.errors.every((e) => typeof e.extensions?.code === "string")).toBe(true);
          const after = await tableWrites(BigInt(String(since)));
          expect(after.written, "tables written by a refused call").toEqual([]);
          expect(after.rows, "rows deleted by a refused call").toBe(before.rows);
        }
      }),
      { numRuns: Math.max(5, Math.round(RUNS_PER_MUTATION / 6)), seed: SEED },
    );
  });
});

describe("every mutation under malformed input", () => {
  it("the write check sees a call that does write", async () => {
    const [{ since }] = await rowsOf(sql`select txid_current()::text as since`);
    const response = await app.gql(
      `mutation { setMonthlySubmissionDueDay(input: { dueDay: 12 }) { settings { dueDay } } }`,
      {},
      tokens.get("COORDINATION_UNIT")!,
    );
    expect(response.errors).toBeUndefined();
    expect((await tableWrites(BigInt(String(since)))).written).not.toEqual([]);
  });

  it.each(mutations.map((m) => [m.name, m] as const))("%s: no server error, and a refused call writes nothing", async (_name, mutation) => {
    const token = tokens.get(fuzzRole(mutation.name))!;
    const query = mutationDocument(mutation);
    const variables = fc.record(Object.fromEntries(mutation.args.map((arg) => [arg.name, inputArbitrary(arg.type)])), { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(variables, async (vars) => {
        const [{ since }] = await rowsOf(sql`select txid_current()::text as since`);
        const before = await tableWrites(BigInt(String(since)));
        const response = await app.gql(query, vars, token);
        expect(response.status, JSON.stringify(response.errors)).toBeLessThan(500);
        expect(response.errors?.map((e) => e.extensions?.code) ?? []).not.toContain("INTERNAL_SERVER_ERROR");
        const payload = response.data?.[mutation.name];
        const refused = Boolean(response.errors?.length) || payload == null || (payload.userErrors?.length ?? 0) > 0;
        if (refused) {
          const after = await tableWrites(BigInt(String(since)));
          expect(after.written, "tables written by a refused call").toEqual([]);
          expect(after.rows, "rows deleted by a refused call").toBe(before.rows);
        }
      }),
      { numRuns: RUNS_PER_MUTATION, seed: SEED },
    );
  });
});
