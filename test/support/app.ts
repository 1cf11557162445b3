import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Logger } from "pino";
import postgres from "postgres";
import { inject } from "vitest";
import type { ClientPolicyOverrides } from "../../api/auth/client-policy.js";
import { createClient } from "../../api/auth/clients.js";
import { configFromEnv, type Config } from "../../api/config.js";
import { SettableClock } from "../../api/platform/time/clock.js";
import { startServer, type KoordinatServer } from "../../api/server.js";
import { forgetUsedDemoStepsIn } from "./staff-sign-in.js";
import { openDatabase, type Database, type DatabaseHandle } from "../../drizzle/database.js";
import type { Role } from "../../drizzle/schema/index.js";
import { withDatabase } from "./global-setup.js";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  /** SQL statements the server ran for this request. */
  statements: number;
}

export interface TestApp {
  server: KoordinatServer;
  url: string;
  origin: string;
  db: Database;
  /** The database handle the server runs on. */
  database: DatabaseHandle;
  engine: DatabaseHandle["engine"];
  /** This file's database on real PostgreSQL (for a second API instance); undefined on PGlite. */
  databaseUrl: string | undefined;
  clock: SettableClock;
  /** Creates a client with the role, scope (and limits) and returns a bearer token for it, renewed when the test moves the clock. */
  tokenFor(role: Role, scope: string, policy?: ClientPolicyOverrides): Promise<string>;
  /** The same, but a token that is never renewed (for expiry tests). */
  fixedTokenFor(role: Role, scope: string): Promise<string>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** Where the API reaches this file's database on real PostgreSQL besides the server itself (issue #21). */
export interface TestTopology {
  /** A PgBouncer in transaction pooling in front of the test server (KOORDINAT_TEST_PGBOUNCER_URL): the API's pool goes through it. */
  pgbouncerUrl?: string;
  /** A streaming replica of the test server (KOORDINAT_TEST_REPLICA_URL): the API's reads go there. */
  replicaUrl?: string;
}

/** Waits until the replica has replayed the primary's WAL up to now (a database just created exists there). */
export async function replicaCaughtUp(primaryUrl: string, replicaUrl: string): Promise<void> {
  const primary = postgres(primaryUrl, { max: 1, onnotice: () => {} });
  const replica = postgres(withDatabase(replicaUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    const [{ lsn }] = await primary<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`;
    for (let attempt = 0; ; attempt++) {
      const [{ replayed }] = await replica<{ replayed: boolean }[]>`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as replayed`;
      if (replayed) return;
      if (attempt > 300) throw new Error(`the replica has not replayed ${lsn} after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await Promise.all([primary.end(), replica.end()]);
  }
}

/** Opens this test file's own copy of the seeded database (embedded or real PostgreSQL). */
async function openTestDatabase(
  topology: TestTopology = {},
): Promise<{ database: DatabaseHandle; url?: string; dispose: () => Promise<void> }> {
  const template = inject("postgresTemplate");
  if (!template) {
    const snapshot = readFileSync(inject("pgliteSnapshot"));
    const database = await openDatabase({ engine: "pglite", loadDataDir: new Blob([snapshot]) });
    return { database, dispose: () => database.close() };
  }
  const serverUrl = inject("postgresUrl");
  const name = `koordinat_t_${template.split("_").pop()}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(serverUrl, name);
  if (topology.replicaUrl) await replicaCaughtUp(serverUrl, topology.replicaUrl);
  const database = await openDatabase({
    engine: "postgres",
    url: topology.pgbouncerUrl ? withDatabase(topology.pgbouncerUrl, name) : url,
    maxConnections: 10,
    ...(topology.pgbouncerUrl && { pooler: "pgbouncer" as const, directUrl: url }),
    ...(topology.replicaUrl && { readUrl: withDatabase(topology.replicaUrl, name) }),
  });
  return {
    database,
    url,
    dispose: async () => {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Starts the API on this file's database; `config` changes the test defaults (e.g. production, Redis); `logger` receives its log. */
export async function startTestApp(
  config: Partial<Config> = {},
  options: { logger?: Logger; topology?: TestTopology } = {},
): Promise<TestApp> {
  const { database, url: databaseUrl, dispose } = await openTestDatabase(options.topology);
  const clock = new SettableClock();
  const server = await startServer({
    database,
    clock,
    config: { ...configFromEnv({ NODE_ENV: "test" }), ...config },
    port: 0,
    host: "127.0.0.1",
    logger: options.logger,
  });
  // Tests sign the same demo person in many times a minute: past the codes STAFF-6 lets through, demoTotpCode forgets
  // the steps used in this file's database.
  const unregisterDemoSteps = forgetUsedDemoStepsIn(database.db);
  const origin = server.url.replace("/graphql", "").replace("localhost", "127.0.0.1");
  const url = `${origin}/graphql`;
  const requestToken = async (clientId: string, clientSecret: string) => {
    const response = await fetch(`${origin}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
    });
    if (!response.ok) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { access_token: string }).access_token;
  };
  // Tests move the server's clock by days; a test's token keeps working by being renewed behind its back.
  const renewable = new Map<string, { clientId: string; clientSecret: string; current: string; issuedAt: number }>();
  const currentToken = async (token: string) => {
    const entry = renewable.get(token);
    if (!entry) return token;
    const now = clock.now().getTime();
    if (Math.abs(now - entry.issuedAt) > 10 * 60_000) {
      entry.current = await requestToken(entry.clientId, entry.clientSecret);
      entry.issuedAt = now;
    }
    return entry.current;
  };
  return {
    server,
    url,
    origin,
    db: database.db,
    database,
    engine: database.engine,
    databaseUrl,
    clock,
    async fixedTokenFor(role, scope) {
      const client = await createClient(database.db, { role, scope, name: `test ${role}` });
      return requestToken(client.clientId, client.clientSecret);
    },
    async tokenFor(role, scope, policy) {
      const client = await createClient(database.db, { role, scope, name: `test ${role}`, policy });
      const token = await requestToken(client.clientId, client.clientSecret);
      renewable.set(token, {
        clientId: client.clientId,
        clientSecret: client.clientSecret,
        current: token,
        issuedAt: clock.now().getTime(),
      });
      return token;
    },
    async gql(query, variables, token) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${await currentToken(token)}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any[] };
      return { status: response.status, headers: response.headers, ...body, statements: Number(response.headers.get("x-sql-statements")) };
    },
    async stop() {
      unregisterDemoSteps();
      await server.stop();
      await dispose();
    },
  };
}

/** A facility code from the seed, by a predicate on its row (tests refer to real seeded data). */
export async function seededFacility(
  db: Database,
  where: (row: { code: string; name: string; kind: string; provinceCode: string | null; countryCode: string }) => boolean,
) {
  const { facilities } = await import("../../drizzle/schema/index.js");
  const rows = await db.select().from(facilities).orderBy(facilities.code);
  const found = rows.find(where);
  if (!found) throw new Error("no seeded facility matches");
  return found;
}

export interface TestHospital {
  /** The facility's global ID. */
  id: string;
  code: string;
  /** A PARTNER_HOSPITAL token scoped to the facility. */
  token: string;
}

/** A seeded facility acting as a hospital client: its global ID, code and a token of its own. */
export async function seededHospital(app: TestApp, where: Parameters<typeof seededFacility>[1]): Promise<TestHospital> {
  const row = await seededFacility(app.db, where);
  return {
    id: Buffer.from(`Facility:${row.id}`).toString("base64url"),
    code: row.code,
    token: await app.tokenFor("PARTNER_HOSPITAL", `facility:${row.code}`),
  };
}
