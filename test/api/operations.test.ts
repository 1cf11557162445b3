import { context, propagation, trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { configFromEnv } from "../../api/config.js";
import { startServer } from "../../api/server.js";
import { SettableClock } from "../../api/platform/time/clock.js";
import { startTracing, stopTracing } from "../../api/platform/runtime/tracing.js";
import { openDatabase } from "../../drizzle/database.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { withDatabase } from "../support/global-setup.js";

const spans = new InMemorySpanExporter();
let app: TestApp;
let coordination: string;

beforeAll(async () => {
  startTracing({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  app = await startTestApp();
  app.clock.set("2026-11-25T09:00:00Z");
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
});
afterAll(async () => {
  await app?.stop();
  await stopTracing();
  trace.disable();
  context.disable();
  propagation.disable();
});

/** One sample's value from the exposition text, by metric name and labels. */
const sample = (text: string, name: string, labels: Record<string, string> = {}) => {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split("\n")
    .find((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) && wanted.every((label) => l.includes(label)));
  return line === undefined ? undefined : Number(line.split(" ").pop());
};

describe("metrics at /metrics (Prometheus)", () => {
  it("counts operations by operation and outcome, times them, and shows pool use, rate-limit refusals and the webhook queue", async () => {
    await app.gql(`{ provinces(first: 2) { edges { node { code } } } }`, {}, coordination);
    const refused = await app.gql(
      `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { userErrors { code } } }`,
      {
        input: {
          category: "CITIZEN",
          identifiers: [{ kind: "TCKN", value: "17291716050" }],
          givenName: "Test",
          familyName: "X",
          birthDate: "1980-01-01",
          sex: "MALE",
          nationality: "TR",
        },
      },
      coordination,
    );
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.registerPatient.userErrors.length).toBeGreaterThan(0);
    const stingy = await app.tokenFor("COORDINATION_UNIT", "national", { rateLimit: { points: 5, restorePerSecond: 1 } });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await app.gql(`{ facilities(first: 1) { edges { node { code } } } }`, {}, stingy));
    const refusals = answers.filter((answer) => answer.errors?.[0]?.extensions?.code === "RATE_LIMITED").length;
    expect(refusals).toBeGreaterThan(0);

    const response = await fetch(`${app.origin}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(sample(text, "koordinat_graphql_requests_total", { operation: "query provinces", outcome: "ok" })).toBe(1);
    expect(sample(text, "koordinat_graphql_requests_total", { operation: "mutation registerPatient", outcome: "user_error" })).toBe(1);
    expect(sample(text, "koordinat_graphql_requests_total", { operation: "query facilities", outcome: "RATE_LIMITED" })).toBe(refusals);
    expect(sample(text, "koordinat_rate_limit_refusals_total", { endpoint: "graphql" })).toBe(refusals);
    expect(sample(text, "koordinat_graphql_request_duration_seconds_count", { operation: "query provinces" })).toBe(1);
    expect(sample(text, "koordinat_http_request_duration_seconds_count", { route: "/graphql", status: "200" })).toBeGreaterThanOrEqual(2);
    expect(sample(text, "koordinat_http_request_duration_seconds_count", { route: "/oauth/token", status: "200" })).toBe(2);
    expect(sample(text, "koordinat_db_pool_size")).toBeGreaterThan(0);
    expect(sample(text, "koordinat_db_pool_in_use")).toBeGreaterThanOrEqual(0);
    // The registration above recorded no event (refused); the seed's events wait for the webhook worker.
    expect(sample(text, "koordinat_webhook_queue_depth")).toBe(0);
    expect(sample(text, "koordinat_outbox_lag_seconds")).toBeGreaterThanOrEqual(0);
    expect(text).toContain("koordinat_process_cpu_seconds_total");
  });
});

describe("traces (OpenTelemetry)", () => {
  it("follow one request HTTP → GraphQL → SQL, carrying its request ID and the caller", async () => {
    spans.reset();
    const requestId = "trace-me-0001";
    const response = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${coordination}`, "x-request-id": requestId },
      body: JSON.stringify({
        query: `query Patients { patients(first: 3) { edges { node { id } } } }`,
        operationName: "Patients",
      }),
    });
    expect(response.status).toBe(200);
    const finished = spans.getFinishedSpans();
    const http = finished.find((span) => span.name === "POST /graphql");
    expect(http?.attributes["koordinat.request_id"]).toBe(requestId);
    const graphql = finished.find((span) => span.parentSpanContext?.spanId === http!.spanContext().spanId);
    expect(graphql?.name).toBe("graphql query Patients");
    expect(graphql?.attributes).toMatchObject({ "koordinat.request_id": requestId, "koordinat.role": "COORDINATION_UNIT" });
    const statements = finished.filter((span) => span.parentSpanContext?.spanId === graphql!.spanContext().spanId);
    expect(statements.map((span) => span.name)).toContain("SELECT");
    expect(statements.every((span) => span.spanContext().traceId === http!.spanContext().traceId)).toBe(true);
    // The statement's text, never its values.
    expect(statements.find((span) => span.name === "SELECT")?.attributes["db.query.text"]).toMatch(/^select /);
  });

  it("continue the caller's trace (W3C traceparent)", async () => {
    spans.reset();
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    await fetch(`${app.origin}/healthz`, { headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    expect(
      spans
        .getFinishedSpans()
        .find((span) => span.name === "GET /healthz")
        ?.spanContext().traceId,
    ).toBe(traceId);
  });
});

describe.runIf(process.env.DATABASE_URL)("/readyz on PostgreSQL", () => {
  it("fails when the read replica cannot be reached, and when the database cannot", async () => {
    const url = app.databaseUrl!;
    const database = await openDatabase({ engine: "postgres", url, readUrl: withDatabase("postgres://postgres@127.0.0.1:9/none", "none") });
    const server = await startServer({
      database,
      clock: new SettableClock(),
      config: configFromEnv({ NODE_ENV: "test" }),
      port: 0,
      host: "127.0.0.1",
    });
    const admin = postgres(inject("postgresUrl"), { max: 1, onnotice: () => {} });
    const name = new URL(url).pathname.slice(1);
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      const replicaDown = await fetch(`${origin}/readyz`);
      expect(replicaDown.status).toBe(503);
      expect(await replicaDown.json()).toMatchObject({ status: "unavailable", primary: "up", replica: "unreachable" });
      // The database refuses connections, and those open are ended.
      await admin.unsafe(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.unsafe(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`);
      const databaseDown = await fetch(`${origin}/readyz`);
      expect(databaseDown.status).toBe(503);
      expect(await databaseDown.json()).toMatchObject({ status: "unavailable", primary: "unreachable" });
    } finally {
      await admin.unsafe(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await admin.end();
      await server.stop();
      await database.close();
    }
  });
});

describe("/readyz", () => {
  it("is ready when every dependency answers, naming each", async () => {
    const ready = await fetch(`${app.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: app.engine, ...(app.engine === "postgres" && { primary: "up" }) });
  });
});
