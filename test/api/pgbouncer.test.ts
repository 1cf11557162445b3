import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeTurkishId } from "../../drizzle/seed/identifiers.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { withDatabase } from "../support/global-setup.js";

/** PgBouncer 1.18 in transaction pooling in front of the test server, started by `.ci/run` (.ci/scale-services). */
const pgbouncerUrl = process.env.KOORDINAT_TEST_PGBOUNCER_URL;

describe.runIf(process.env.DATABASE_URL && pgbouncerUrl)("through PgBouncer in transaction pooling (DATABASE_POOLER=pgbouncer)", () => {
  let app: TestApp;
  let admin: postgres.Sql;
  let coordination: string;
  let auditor: string;

  /** What PgBouncer's console counts for this file's database: transactions and statements it passed on. */
  const bouncerStats = async () => {
    const database = new URL(app.databaseUrl!).pathname.slice(1);
    const rows = await admin.unsafe<{ database: string; total_xact_count: string; total_query_count: string }[]>("SHOW STATS").simple();
    const row = rows.find((r) => r.database === database);
    return { transactions: Number(row?.total_xact_count ?? 0), statements: Number(row?.total_query_count ?? 0) };
  };

  beforeAll(async () => {
    app = await startTestApp({}, { topology: { pgbouncerUrl } });
    app.clock.set("2026-11-25T09:00:00Z");
    // The admin console speaks only the simple query protocol.
    admin = postgres(withDatabase(pgbouncerUrl!, "pgbouncer"), { max: 1, onnotice: () => {}, fetch_types: false, prepare: false });
    coordination = await app.tokenFor("COORDINATION_UNIT", "national");
    auditor = await app.tokenFor("AUDITOR", "national");
  });
  afterAll(async () => {
    await admin?.end();
    await app?.stop();
  });

  it("serves reads and mutations, many at once, through pooled server connections (unnamed statements)", async () => {
    const before = await bouncerStats();
    const register = (serial: number) =>
      app.gql(
        `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id } userErrors { code } } }`,
        {
          input: {
            category: "CITIZEN",
            identifiers: [{ kind: "TCKN", value: completeTurkishId(`5880000${String(serial).padStart(2, "0")}`) }],
            givenName: "Havuz",
            familyName: "Hasta",
            birthDate: "1980-01-01",
            sex: "MALE",
            nationality: "TR",
          },
        },
        coordination,
      );
    const read = () =>
      app.gql(
        `{ referrals(first: 10) { edges { node { id status urgency patient { id } clinic { code } } } } facilities(first: 5) { edges { node { code } } } patients(first: 5) { edges { node { id } } } }`,
        {},
        auditor,
      );
    // The same statements over and over from 10 pooled connections: with named statements, a Bind would reach a
    // server connection that never saw its Parse ("prepared statement … does not exist").
    const responses = await Promise.all([...Array.from({ length: 10 }, (_, i) => register(i)), ...Array.from({ length: 40 }, read)]);
    for (const response of responses) expect(response.errors).toBeUndefined();
    expect(responses.slice(0, 10).every((r) => r.data!.registerPatient.userErrors.length === 0)).toBe(true);
    expect(responses[10].data!.facilities.edges.length).toBe(5);
    const after = await bouncerStats();
    // The traffic went through PgBouncer, not around it.
    expect(after.transactions - before.transactions).toBeGreaterThanOrEqual(50);
  });

  it("LISTEN runs on a direct connection: a NOTIFY committed through PgBouncer arrives", async () => {
    const received: string[] = [];
    const unlisten = await app.database.listen("koordinat_pgbouncer_test", (payload) => received.push(payload));
    try {
      await app.db.execute(sql`select pg_notify('koordinat_pgbouncer_test', 'through the pooler')`);
      for (let attempt = 0; attempt < 50 && received.length === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toEqual(["through the pooler"]);
    } finally {
      await unlisten();
    }
  });

  it("migrates straight to PostgreSQL, under the session's advisory lock", async () => {
    const before = await bouncerStats();
    await app.database.migrate();
    const after = await bouncerStats();
    // Nothing left to apply, and nothing of it went through the pooler.
    expect(after.transactions - before.transactions).toBe(0);
  });
});
