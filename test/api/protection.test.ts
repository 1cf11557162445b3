import { existsSync, readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { getOperationAST, parse, type GraphQLInputType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CLIENT_POLICY } from "../../api/auth/client-policy.js";
import { checkShape } from "../../api/platform/edge/protection.js";
import { fragmentsOf, requestedCost } from "../../api/platform/edge/query-cost.js";
import { MemoryRateLimiter, RedisRateLimiter } from "../../api/platform/edge/rate-limit.js";
import { koordinatSchema } from "../../api/schema.js";
import { KoordinatClient, QueryLimitError } from "../../sdk/src/index.js";
import manifest from "../../sdk/src/_generated/trusted-documents.json" with { type: "json" };
import { startTestApp, type TestApp } from "../support/app.js";
import { sampleValue, UNKNOWN_ID } from "../support/schema-samples.js";
import { freePort, startServerProcess } from "../support/server-process.js";

let app: TestApp;
let coordination: string;
beforeAll(async () => {
  app = await startTestApp({ redisUrl: process.env.REDIS_URL });
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
});
afterAll(() => app?.stop());

/** A raw GraphQL-over-HTTP request, for the headers, statuses and extensions a test looks at. */
async function post(body: Record<string, unknown>, token: string) {
  const response = await fetch(app.url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: any;
    errors?: { message: string; extensions?: Record<string, any> }[];
    extensions?: any;
  };
  return { status: response.status, headers: response.headers, statements: Number(response.headers.get("x-sql-statements")), ...json };
}

/** `{ province { settlementAreas { province { … } } } }`, `depth` fields deep. */
function nestedProvinces(depth: number): string {
  let selection = "code";
  for (let level = depth - 1; level >= 2; level--) selection = `${level % 2 === 0 ? "settlementAreas" : "province"} { ${selection} }`;
  return `{ province(code: "06") { ${selection} } }`;
}

describe("query limits, before anything runs", () => {
  it("refuses a query deeper than 10, naming the limit, without running it", async () => {
    const deep = await post({ query: nestedProvinces(11) }, coordination);
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "depth", maximum: 10, actual: 11 });
    expect(deep.errors?.[0].message).toContain("depth");
    expect(deep.statements).toBe(0);
  });

  it("refuses more than 15 aliases and more than 10 directives; 15 aliases pass", async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: provinces(first: 1) { totalCount }`).join(" ")} }`;
    expect((await post({ query: aliases(15) }, coordination)).data?.a14.totalCount).toBe(81);
    const tooMany = await post({ query: aliases(16) }, coordination);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "aliases", maximum: 15, actual: 16 });
    const directives = await post({ query: `{ province(code: "06") { ${"code @include(if: true) ".repeat(11)} } }` }, coordination);
    expect(directives.errors?.[0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "directives", maximum: 10 });
  });

  it("refuses a document of more than 2000 tokens", async () => {
    const long = await post({ query: `{ province(code: "06") { ${"code ".repeat(2_000)} } }` }, coordination);
    expect(long.errors?.[0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "tokens", maximum: 2_000 });
    expect(long.statements).toBe(0);
  });

  it("refuses a query whose computed cost is above 5000: connections multiply by first", async () => {
    const query = `{ provinces(first: 100) { edges { node { settlementAreas { province { settlementAreas { province { code } } } } } } } }`;
    const costly = await post({ query }, coordination);
    expect(costly.errors?.[0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "cost", maximum: 5_000 });
    // The connection, then 100 provinces × (the province + 10 areas × (their province + 10 areas × their province))
    expect(costly.errors?.[0].extensions?.actual).toBe(1 + 100 * (1 + 10 * (1 + 10)));
    expect(costly.statements).toBe(0);
    const smaller = await post({ query: query.replace("first: 100", "first: 2") }, coordination);
    expect(smaller.errors).toBeUndefined();
  });

  it("refuses first over 100 and input arrays over 250, naming the argument; a declared bulk input may be longer", async () => {
    const page = await post({ query: `query ($n: Int) { facilities(first: $n) { totalCount } }`, variables: { n: 101 } }, coordination);
    expect(page.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "first", field: ["facilities", "first"] });
    const ids = Array.from({ length: 251 }, () => "x");
    const list = await post({ query: `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, variables: { ids } }, coordination);
    expect(list.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      limit: "inputList",
      maximum: 250,
      field: ["nodes", "ids"],
    });
    expect(list.statements).toBe(0);
    const directorate = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:06");
    const schema = await koordinatSchema();
    const rowsOf = (type: string) => Array.from({ length: 300 }, () => sampleValue(schema.getType(type) as GraphQLInputType));
    const bulk = await post(
      {
        query: `mutation ($input: SaveMonthlyDraftInput!) { saveMonthlyDraft(input: $input) { userErrors { field } } }`,
        variables: { input: { period: "2026-01", rows: rowsOf("MonthlySubmissionRowInput") } },
      },
      directorate,
    );
    expect(bulk.status).toBe(200);
    expect(JSON.stringify(bulk.errors ?? [])).not.toContain("inputList");
    const corrections = await post(
      {
        query: `mutation ($input: RequestSubmissionCorrectionInput!) { requestSubmissionCorrection(input: $input) { userErrors { field } } }`,
        variables: { input: { id: UNKNOWN_ID, expectedVersion: 1, rows: rowsOf("CorrectionRowInput") } },
      },
      coordination,
    );
    expect(corrections.errors?.[0].extensions).toMatchObject({
      limit: "inputList",
      field: ["requestSubmissionCorrection", "input", "rows"],
    });
  });

  it("answers a body over 1 MB or not JSON with a JSON error, not an HTML page", async () => {
    const large = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${coordination}` },
      body: JSON.stringify({ query: "{ provinces { totalCount } }", variables: { padding: "x".repeat(1_100_000) } }),
    });
    expect(large.status).toBe(413);
    expect(await large.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST", limit: "bodySize" } }] });
    const broken = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${coordination}` },
      body: "{ not json",
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
  });

  it("refuses text that is not valid Unicode (a lone surrogate), naming where it is, and stores nothing", async () => {
    const register = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id } userErrors { code } } }`;
    const input = {
      category: "CITIZEN",
      identifiers: [{ kind: "TCKN", value: "48251372002" }],
      givenName: "Hatice",
      familyName: "Öztürk",
      birthDate: "1957-05-19",
      sex: "FEMALE",
      nationality: "TR",
      contact: { email: "hatice\ud800@example.org" },
    };
    const refused = await post({ query: register, variables: { input } }, coordination);
    expect(refused.status).toBe(400);
    expect(refused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["variables", "input", "contact", "email"] });
    const inline = await post({ query: `{ province(code: "0\ud800") { name } }` }, coordination);
    expect(inline.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["query"] });
    const found = await post(
      { query: `{ patients(filter: { identifier: { kind: TCKN, value: "48251372002" } }) { totalCount } }` },
      coordination,
    );
    expect(found.data.patients.totalCount).toBe(0);
  });

  it("takes a client's own limits from its record", async () => {
    const shallow = await app.tokenFor("COORDINATION_UNIT", "national", { limits: { depth: 3, tokens: 40 } });
    expect((await post({ query: nestedProvinces(3) }, shallow)).errors).toBeUndefined();
    expect((await post({ query: nestedProvinces(4) }, shallow)).errors?.[0].extensions).toMatchObject({ limit: "depth", maximum: 3 });
    const long = await post({ query: `{ province(code: "06") { ${"code ".repeat(40)} } }` }, shallow);
    expect(long.errors?.[0].extensions).toMatchObject({ limit: "tokens", maximum: 40 });
    const cheap = await app.tokenFor("COORDINATION_UNIT", "national", { limits: { cost: 50 } });
    const costly = await post({ query: `{ provinces(first: 60) { edges { node { code } } } }` }, cheap);
    expect(costly.errors?.[0].extensions).toMatchObject({ limit: "cost", maximum: 50, actual: 61 });
    const sdk = new KoordinatClient({ url: app.url, token: cheap });
    await expect(sdk.provinces({ first: 60 })).rejects.toBeInstanceOf(QueryLimitError);
  });

  it("keeps every SDK operation within the default limits (depth, aliases, directives, cost at the largest page)", async () => {
    const schema = await koordinatSchema();
    for (const text of Object.values(manifest)) {
      const document = parse(text);
      const operation = getOperationAST(document)!;
      // The largest page; any other variable only needs a value, as the cost does not read it (mutations included).
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          ["first", "last"].includes(v.variable.name.value) ? 100 : "x",
        ]),
      );
      expect(() => checkShape(schema, document, DEFAULT_CLIENT_POLICY.limits), operation.name?.value).not.toThrow();
      const { cost } = requestedCost(schema, operation, fragmentsOf(document), variables);
      expect(cost, operation.name?.value).toBeLessThanOrEqual(DEFAULT_CLIENT_POLICY.limits.cost);
    }
  });
});

describe("query cost and rate limits", () => {
  it("reports the requested and actual cost of every answer, and the bucket in RateLimit headers", async () => {
    const token = await app.tokenFor("AUDITOR", "national");
    const answer = await post({ query: `{ provinces(first: 100) { edges { node { code } } } }` }, token);
    // 81 provinces exist: the estimate counts 100, the answer 81.
    expect(answer.extensions.cost).toEqual({
      requestedQueryCost: 1 + 100,
      actualQueryCost: 1 + 81,
      throttleStatus: { maximumAvailable: 10_000, currentlyAvailable: expect.any(Number), restoreRate: 500 },
    });
    expect(answer.extensions.cost.throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(10_000 - 82);
    expect(answer.headers.get("ratelimit-policy")).toBe('"cost";q=10000;w=20');
    expect(answer.headers.get("ratelimit")).toMatch(/^"cost";r=\d+;t=\d+$/);
  });

  it("refuses a client whose bucket would overflow with 429, RATE_LIMITED and Retry-After, and lets it in once the bucket drains", async () => {
    const query = `{ provinces(first: 20) { edges { node { code } } } }`; // costs 21
    const slow = await app.tokenFor("AUDITOR", "national", { rateLimit: { points: 30, restorePerSecond: 1 } });
    expect((await post({ query }, slow)).extensions.cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(9);
    const refused = await post({ query }, slow);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(refused.data).toBeUndefined();
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(11);
    expect(retryAfter).toBeLessThanOrEqual(12);
    expect(refused.headers.get("ratelimit")).toMatch(/^"cost";r=\d;t=(2[01])$/);

    const fast = await app.tokenFor("AUDITOR", "national", { rateLimit: { points: 30, restorePerSecond: 25 } });
    await post({ query }, fast);
    const throttled = await post({ query }, fast);
    expect(throttled.status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, Number(throttled.headers.get("retry-after")) * 1000));
    expect((await post({ query }, fast)).status).toBe(200);
  });

  it("the SDK waits as Retry-After says and then succeeds", async () => {
    // The SDK's Provinces operation costs 11 at first: 10, so the second call overflows a bucket of 20.
    const token = await app.tokenFor("AUDITOR", "national", { rateLimit: { points: 20, restorePerSecond: 2 } });
    const statuses: number[] = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      statuses.push(response.status);
      return response;
    };
    const sdk = new KoordinatClient({ url: app.url, token, fetch: recording });
    await sdk.provinces({ first: 10 });
    const { provinces } = await sdk.provinces({ first: 10 });
    expect(provinces.edges).toHaveLength(10);
    expect(statuses).toEqual([200, 429, 200]);
    expect(sdk.rateLimit).toMatchObject({ limit: 20 });
  });

  it("drains the same way in memory and in Redis", async () => {
    let now = 0;
    const limiters = [new MemoryRateLimiter(() => now), ...(process.env.REDIS_URL ? [new RedisRateLimiter(process.env.REDIS_URL)] : [])];
    for (const limiter of limiters) {
      const client = `unit-${randomUUID()}`;
      const policy = { points: 10, restorePerSecond: 1 };
      expect((await limiter.pour(client, 8, policy)).available).toBe(2);
      expect(await limiter.pour(client, 5, policy)).toMatchObject({ allowed: false, available: 2, retryAfterSeconds: 3 });
      expect((await limiter.settle(client, -6, policy)).available).toBe(8);
      expect((await limiter.pour(client, 8, policy)).allowed).toBe(true);
      await limiter.close();
    }
  });
});

describe.runIf(process.env.REDIS_URL && process.env.DATABASE_URL)("rate limits shared across replicas (Redis)", () => {
  it("a second server process on the same Redis refuses a client the first one filled", async () => {
    const replica = await startServerProcess(app.databaseUrl!);
    try {
      const token = await app.tokenFor("AUDITOR", "national", { rateLimit: { points: 30, restorePerSecond: 1 } });
      const query = `{ provinces(first: 20) { edges { node { code } } } }`; // costs 21
      expect((await post({ query }, token)).status).toBe(200);
      const response = await fetch(replica.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await replica.stop();
    }
  });
});

describe.runIf(process.env.REDIS_URL && process.env.DATABASE_URL)("several server processes on one port (KOORDINAT_WORKERS)", () => {
  const workersOf = (pid: number) => readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);

  it("serves from two workers that trust the same tokens and pour into the same bucket, the primary's metrics count both, and stops them all on SIGTERM", async () => {
    const metricsPort = await freePort();
    const service = await startServerProcess(app.databaseUrl!, {
      KOORDINAT_WORKERS: "2",
      REDIS_URL: process.env.REDIS_URL!,
      KOORDINAT_METRICS_PORT: String(metricsPort),
      // Background jobs asked of the service: one worker runs them, the other only answers requests.
      KOORDINAT_JOB_INTERVAL_MS: "60000",
      KOORDINAT_WEBHOOK_INTERVAL_MS: "60000",
    });
    let workers: number[] = [];
    try {
      // The primary answers /readyz only through a worker: wait for both.
      for (let i = 0; i < 50 && workers.length < 2; i++, await new Promise((r) => setTimeout(r, 200))) workers = workersOf(service.pid);
      expect(workers).toHaveLength(2);
      const intervalsOf = (pid: number) =>
        readFileSync(`/proc/${pid}/environ`, "utf8")
          .split("\0")
          .filter((entry) => /^KOORDINAT_(JOB|WEBHOOK)_INTERVAL_MS=/.test(entry))
          .sort();
      expect(workers.map(intervalsOf).sort()).toEqual([
        ["KOORDINAT_JOB_INTERVAL_MS=0", "KOORDINAT_WEBHOOK_INTERVAL_MS=0"],
        ["KOORDINAT_JOB_INTERVAL_MS=60000", "KOORDINAT_WEBHOOK_INTERVAL_MS=60000"],
      ]);
      const roomy = await app.tokenFor("AUDITOR", "national");
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          fetch(service.url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${roomy}` },
            body: JSON.stringify({ query: `{ provinces(first: 1) { edges { node { code } } } }` }),
          }),
        ),
      );
      expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));

      const small = await app.tokenFor("AUDITOR", "national", { rateLimit: { points: 30, restorePerSecond: 1 } });
      const costly = () =>
        fetch(service.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${small}` },
          body: JSON.stringify({ query: `{ provinces(first: 20) { edges { node { code } } } }` }), // costs 21
        });
      expect((await costly()).status).toBe(200);
      // Whichever worker answers, the bucket is the one in Redis.
      expect([(await costly()).status, (await costly()).status]).toEqual([429, 429]);

      // The primary's port answers every worker's metrics, each series labelled with its worker.
      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      const served = metrics
        .split("\n")
        .filter(
          (line) =>
            line.startsWith("koordinat_graphql_requests_total{") &&
            line.includes('operation="query provinces"') &&
            line.includes('outcome="ok"'),
        )
        .map((line) => ({ worker: /worker="(\d+)"/.exec(line)?.[1], count: Number(line.split(" ").at(-1)) }));
      expect(served.map((s) => s.worker).sort()).toEqual(["0", "1"]);
      expect(served.reduce((sum, s) => sum + s.count, 0)).toBe(21);
    } finally {
      await service.stop();
    }
    expect(workers.filter((pid) => existsSync(`/proc/${pid}`))).toEqual([]);
    // A cluster's start (a primary and two workers, each compiling the server) takes long on a loaded machine.
  }, 120_000);
});

describe("trusted documents", () => {
  const [hash, document] = Object.entries(manifest).find(([, text]) => text.includes("query Provinces("))!;

  it("a trusted-documents-only client runs the SDK's operations, by text or by hash alone, and nothing else", async () => {
    const portal = await app.tokenFor("AUDITOR", "national", { trustedDocumentsOnly: true });
    const adHoc = await post({ query: `{ provinces(first: 1) { totalCount } }` }, portal);
    expect(adHoc.status).toBe(403);
    expect(adHoc.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(adHoc.errors?.[0].message).toContain("trusted documents");
    // Nothing of the query ran: one indexed lookup of the documents registered for this client (DOC-3).
    expect(adHoc.statements).toBe(1);

    expect((await post({ query: document, variables: { first: 2 } }, portal)).data?.provinces.edges).toHaveLength(2);
    const byHash = await post({ variables: { first: 3 }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, portal);
    expect(byHash.data?.provinces.edges).toHaveLength(3);

    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }, portal);
    expect(unknown.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const mismatch = await post(
      { query: `{ provinces(first: 1) { totalCount } }`, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      portal,
    );
    expect(mismatch.data).toBeUndefined();
    expect(mismatch.errors?.[0].message).toContain("sha does not match");

    for (const hashOnly of [false, true]) {
      const sdk = new KoordinatClient({ url: app.url, token: portal, hashOnly });
      expect((await sdk.provinces({ first: 1 })).provinces.totalCount).toBe(81);
    }
  });

  it("a document registered by another client does not become trusted", async () => {
    const query = `{ provinces(first: 1) { totalCount } }`;
    const sha256Hash = (await import("node:crypto")).createHash("sha256").update(query).digest("hex");
    expect(
      (await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }, coordination)).data?.provinces.totalCount,
    ).toBe(81);
    const portal = await app.tokenFor("AUDITOR", "national", { trustedDocumentsOnly: true });
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } }, portal);
    expect(byHash.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});

describe("production", () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp({ production: true, development: false, introspection: false, explorer: false });
  });
  afterAll(() => production?.stop());

  it("answers no introspection and no field suggestions", async () => {
    const token = await production.tokenFor("COORDINATION_UNIT", "national");
    const introspection = await production.gql(`{ __schema { types { name } } }`, {}, token);
    expect(introspection.data ?? undefined).toBeUndefined();
    expect(introspection.errors?.[0].message).toContain("introspection");
    const typo = await production.gql(`{ provinse(code: "06") { code } }`, {}, token);
    expect(typo.errors?.[0].message).not.toContain("Did you mean");
    const development = await app.gql(`{ provinse(code: "06") { code } }`, {}, coordination);
    expect(development.errors?.[0].message).toContain("Did you mean");
  });
});
