import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executedRows, maintainPartitions, partitionedTables } from "../../api/platform/runtime/partitions.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * Issue #21 item 3: the append-only and time-ordered tables are partitioned by month (migration 0027). The clock is
 * moved years ahead so the months used here are made by the upkeep, not by the migration.
 */
let app: TestApp;
let auditor: string;
let coordination: string;
let patientId: string;
let patientGlobalId: string;

const rows = async <T>(query: ReturnType<typeof sql>) => executedRows<T>(await app.db.execute(query));
const partitionsOf = async (table: string) =>
  (
    await rows<{ name: string }>(
      sql`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = ${table}::regclass order by 1`,
    )
  ).map((r) => r.name);
/** The partition of each access-log row naming the patient, in order. */
const accessLogPartitions = async () =>
  (
    await rows<{ part: string }>(
      sql`select tableoid::regclass::text as part from access_log where patient_ids @> array[${patientId}]::uuid[] order by id`,
    )
  ).map((r) => r.part);
/** The database's own message of a statement's failure (drizzle wraps it as the cause). */
const failure = async (statement: Promise<unknown>): Promise<string> => {
  try {
    await statement;
  } catch (error) {
    const e = error as { message: string; cause?: { message?: string } };
    return e.cause?.message ?? e.message;
  }
  return "no error";
};
const readPatient = () => app.gql(`query ($id: ID!) { patient(id: $id) { id } }`, { id: patientGlobalId }, coordination);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.freeze("2031-05-15T09:00:00Z");
  auditor = await app.tokenFor("AUDITOR", "national");
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
  [{ id: patientId }] = await rows<{ id: string }>(sql`select id from patients order by id limit 1`);
  patientGlobalId = Buffer.from(`Patient:${patientId}`).toString("base64url");
});
afterAll(() => app?.stop());

describe("monthly partitions of the append-only tables (#21)", () => {
  it("every append-only and time-ordered table is partitioned by month with a DEFAULT partition, and registered with its retention", async () => {
    const tables = await partitionedTables(app.db);
    expect(Object.fromEntries(tables.map((t) => [t.table, [t.column, t.retention]]))).toEqual({
      access_log: ["at", "10 years"],
      appointment_history: ["at", "10 years"],
      approval_history: ["at", "10 years"],
      bed_search_history: ["at", "10 years"],
      domain_events: ["occurred_at", "1 year 1 mon"],
      health_tourism_case_history: ["at", "10 years"],
      kz_attachment_request_history: ["at", "10 years"],
      monthly_submission_history: ["at", "10 years"],
      referral_history: ["at", "10 years"],
      reimbursement_claim_history: ["at", "10 years"],
      webhook_attempts: ["at", "90 days"],
      webhook_deliveries: ["created_at", "90 days"],
    });
    for (const table of tables) {
      const [{ kind }] = await rows<{ kind: string }>(sql`select relkind::text as kind from pg_class where oid = ${table.table}::regclass`);
      expect(kind, table.table).toBe("p");
      expect(table.partitions.map((p) => p.name)).toContain(`${table.table}_default`);
    }
    // Every month partition (migration 0030 re-cut 0027's UTC months) runs from midnight of its 1st in Istanbul.
    const notIstanbul = await rows(sql`
      select c.relname, pg_get_expr(c.relpartbound, c.oid) as bound
      from koordinat_partitioned_tables t join pg_inherits i on i.inhparent = t.table_name::regclass join pg_class c on c.oid = i.inhrelid,
        lateral (select case when c.relname <> t.table_name || '_default' then to_date(right(c.relname, 7), 'YYYY_MM') end as month) m
      where m.month is not null
        and pg_get_expr(c.relpartbound, c.oid) <> format('FOR VALUES FROM (%L) TO (%L)',
          (m.month::timestamp at time zone 'Europe/Istanbul'), ((m.month + interval '1 month') at time zone 'Europe/Istanbul'))`);
    expect(notIstanbul).toEqual([]);
    expect(
      (await rows<{ n: number }>(sql`select count(*)::int as n from pg_inherits where inhparent = 'access_log'::regclass`))[0].n,
    ).toBeGreaterThan(4);
  });

  it("the upkeep makes the months ahead; a read's access-log row lands in its month's partition", async () => {
    const actions = await app.server.jobs.maintainPartitions();
    const made = actions.filter((a) => a.table === "access_log" && a.action === "created").map((a) => a.partition);
    expect(made).toEqual(["access_log_p2031_05", "access_log_p2031_06", "access_log_p2031_07", "access_log_p2031_08"]);
    expect(actions.filter((a) => a.action === "dropped")).toEqual(
      // Seeded events and deliveries (dated around the real today) are years older than 13 months and 90 days here.
      expect.not.arrayContaining([expect.objectContaining({ table: "access_log" })]),
    );
    expect((await readPatient()).data!.patient.id).toBe(patientGlobalId);
    expect(await accessLogPartitions()).toEqual(["access_log_p2031_05"]);
    // A second run has nothing to make.
    expect((await app.server.jobs.maintainPartitions()).filter((a) => a.action === "created")).toEqual([]);
  });

  it("a row dated beyond the made months goes to DEFAULT (the insert does not fail); the upkeep makes its month and moves it there", async () => {
    app.clock.freeze("2032-02-10T12:00:00Z");
    expect((await readPatient()).data!.patient.id).toBe(patientGlobalId);
    expect(await accessLogPartitions()).toEqual(["access_log_p2031_05", "access_log_default"]);
    // The upkeep run from a day of the made months: only the stray row's month is new.
    app.clock.freeze("2031-05-20T12:00:00Z");
    const actions = (await app.server.jobs.maintainPartitions()).filter((a) => a.table === "access_log");
    expect(actions).toEqual([
      { table: "access_log", action: "created", partition: "access_log_p2032_02", movedRows: null },
      { table: "access_log", action: "moved from default", partition: "access_log_default", movedRows: 1 },
    ]);
    expect(await accessLogPartitions()).toEqual(["access_log_p2031_05", "access_log_p2032_02"]);
    expect(await partitionsOf("access_log")).toContain("access_log_default");
  });

  it("'who read patient X' still answers through GraphQL from every month, and a month-bounded query is pruned to that month", async () => {
    const log = await app.gql(
      `query ($id: ID!) { accessLog(filter: { patientId: $id }, first: 100) { edges { node { at action patientId } } } }`,
      { id: patientGlobalId },
      auditor,
    );
    expect(log.errors).toBeUndefined();
    const mine = log
      .data!.accessLog.edges.map((e: any) => e.node)
      .filter((n: any) => n.at.startsWith("2031-05") || n.at.startsWith("2032-02"));
    expect(mine).toEqual([
      { at: "2031-05-15T09:00:00.000Z", action: "patient.read", patientId: patientGlobalId },
      { at: "2032-02-10T12:00:00.000Z", action: "patient.read", patientId: patientGlobalId },
    ]);
    const inFebruary = await app.gql(
      `query ($id: ID!) { accessLog(filter: { patientId: $id, from: "2032-02-01T00:00:00+03:00", to: "2032-03-01T00:00:00+03:00" }) { totalCount } }`,
      { id: patientGlobalId },
      auditor,
    );
    expect(inFebruary.data!.accessLog.totalCount).toBe(1);
    // The plans: a query bounded by a (Turkish) month reads that month's partition only; "who read patient X"
    // unbounded reads each partition through its GIN index.
    const planOf = (query: ReturnType<typeof sql>) =>
      app.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        const lines = executedRows<Record<string, string>>(await tx.execute(sql`explain (costs off) ${query}`));
        return lines.map((line) => Object.values(line)[0]).join("\n");
      });
    const bounded = await planOf(
      sql`select id from access_log where patient_ids @> array[${patientId}]::uuid[] and at >= '2032-02-01T00:00:00+03:00' and at < '2032-03-01T00:00:00+03:00'`,
    );
    expect(bounded, bounded).toContain("on access_log_p2032_02");
    expect(bounded, bounded).not.toMatch(/access_log_p2031_05|access_log_default/);
    const unbounded = await planOf(sql`select id from access_log where patient_ids @> array[${patientId}]::uuid[]`);
    expect(unbounded, unbounded).toContain("Bitmap Index Scan on access_log_p2032_02_patient_ids_idx");
    expect(unbounded, unbounded).toContain("Bitmap Index Scan on access_log_p2031_05_patient_ids_idx");
  });

  it("the append-only guards still refuse UPDATE, DELETE and TRUNCATE, on the parent and on each partition", async () => {
    const statements = {
      "update the parent": sql`update access_log set client_id = 'tampered'`,
      "update a partition": sql`update access_log_p2031_05 set client_id = 'tampered'`,
      "delete from a partition": sql`delete from access_log_p2032_02`,
      "truncate a partition": sql`truncate access_log_p2031_05`,
      "truncate the parent": sql`truncate access_log`,
      "truncate a history": sql`truncate appointment_history`,
      "truncate a history's DEFAULT": sql`truncate appointment_history_default`,
    };
    const outcomes = Object.fromEntries(
      await Promise.all(Object.entries(statements).map(async ([name, statement]) => [name, await failure(app.db.execute(statement))])),
    );
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(statements).map((name) => [name, expect.stringMatching(/append-only/)])));
    expect(await accessLogPartitions()).toEqual(["access_log_p2031_05", "access_log_p2032_02"]);
  });

  it("retention drops only partitions wholly older than their table's retention, and never the access log before 10 years", async () => {
    expect(
      await failure(app.db.execute(sql`update koordinat_partitioned_tables set retention = '1 year' where table_name = 'access_log'`)),
    ).toMatch(/koordinat_partitioned_tables_access_log_retention/);
    // 13 months for events, 90 days for deliveries and attempts; the access log and the histories stay.
    const droppedAt = async (at: string) =>
      (await maintainPartitions(app.db, new Date(at))).filter((a) => a.action === "dropped").map((a) => a.partition);
    const june2032 = await droppedAt("2032-06-15T00:00:00Z");
    expect(june2032).toEqual(
      expect.arrayContaining(["webhook_deliveries_p2031_05", "webhook_deliveries_p2031_08", "webhook_attempts_p2031_08"]),
    );
    expect(june2032.filter((name) => name.startsWith("domain_events_p2031"))).toEqual([]);
    // Counted on Istanbul's calendar: at 23:30 on 30 June there, May 2031 is still within 13 months; at 00:30 on
    // 1 July there (still 30 June in UTC) it is not.
    expect(await droppedAt("2032-06-30T20:30:00Z")).not.toContain("domain_events_p2031_05");
    const july2032 = await droppedAt("2032-06-30T21:30:00Z");
    expect(july2032).toContain("domain_events_p2031_05");
    expect(july2032).not.toContain("domain_events_p2031_06");
    expect([...june2032, ...july2032].filter((name) => /^(access_log|[a-z_]+_history)_p/.test(name))).toEqual([]);
    expect(await accessLogPartitions()).toEqual(["access_log_p2031_05", "access_log_p2032_02"]);
    // Ten years and a month after May 2031: that month of the access log goes, the rest stays.
    const later = await maintainPartitions(app.db, new Date("2041-06-15T00:00:00Z"));
    const droppedLog = later.filter((a) => a.table === "access_log" && a.action === "dropped").map((a) => a.partition);
    expect(droppedLog).toContain("access_log_p2031_05");
    expect(droppedLog).not.toContain("access_log_p2031_06");
    expect(await partitionsOf("access_log")).toEqual(
      expect.arrayContaining(["access_log_p2031_06", "access_log_p2032_02", "access_log_default"]),
    );
    expect(await accessLogPartitions()).toEqual(["access_log_p2032_02"]);
  });

  it.runIf(process.env.DATABASE_URL)(
    "behind a long query holding its table, the upkeep skips that table (no queue of inserts behind its lock) and does the others",
    async () => {
      const holder = postgres(app.databaseUrl!, { max: 1, onnotice: () => {} });
      try {
        const held = holder.begin(async (tx) => {
          await tx`lock table access_log in access share mode`;
          await new Promise((resolve) => setTimeout(resolve, 1_500));
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        const actions = executedRows<{ table_name: string; action: string; partition_name: string | null }>(
          await app.db.execute(sql`select * from koordinat_maintain_partitions('2031-10-15T00:00:00Z', interval '100 milliseconds')`),
        );
        await held;
        expect(actions.filter((a) => a.table_name === "access_log")).toEqual([
          { table_name: "access_log", action: "skipped: lock wait", partition_name: null, moved_rows: null },
        ]);
        expect(actions).toContainEqual(
          expect.objectContaining({ table_name: "domain_events", action: "created", partition_name: "domain_events_p2031_10" }),
        );
        // Once the query is over, the next run makes the access log's months.
        const next = await maintainPartitions(app.db, new Date("2031-10-15T00:00:00Z"));
        expect(next.filter((a) => a.table === "access_log").map((a) => a.partition)).toContain("access_log_p2031_10");
      } finally {
        await holder.end();
      }
    },
  );

  it("a new history is partitioned by one call: rows, ids, defaults, foreign keys, indexes, views and the append-only guards are kept", async () => {
    await app.db.execute(sql`create table scratch_history (
      id bigint primary key generated always as identity,
      entity_id uuid not null references patients(id) on delete restrict,
      action text not null default 'created',
      at timestamptz not null,
      version integer not null check (version > 0)
    )`);
    await app.db.execute(sql`create index scratch_history_entity_idx on scratch_history (entity_id, id)`);
    await app.db.execute(sql`select koordinat_make_append_only('scratch_history')`);
    // A column another migration added later.
    await app.db.execute(sql`alter table scratch_history add column note text`);
    await app.db.execute(sql`create view scratch_history_notes as select id, note from scratch_history where note is not null`);
    const entityId = patientId;
    await app.db.execute(sql`insert into scratch_history (entity_id, at, version, note) values
      (${entityId}, '2029-03-02T00:00:00Z', 1, 'first'), (${entityId}, '2031-05-20T00:00:00Z', 2, null)`);

    await app.db.execute(sql`select koordinat_partition_by_month('scratch_history', 'at', interval '10 years')`);

    const parts = await partitionsOf("scratch_history");
    expect(parts).toEqual(expect.arrayContaining(["scratch_history_default", "scratch_history_p2029_03", "scratch_history_p2031_05"]));
    await app.db.execute(sql`insert into scratch_history (entity_id, at, version) values (${entityId}, '2031-05-21T00:00:00Z', 3)`);
    expect(
      await rows(sql`select id::int, action, version, note, tableoid::regclass::text as part from scratch_history order by id`),
    ).toEqual([
      { id: 1, action: "created", version: 1, note: "first", part: "scratch_history_p2029_03" },
      { id: 2, action: "created", version: 2, note: null, part: "scratch_history_p2031_05" },
      { id: 3, action: "created", version: 3, note: null, part: "scratch_history_p2031_05" },
    ]);
    expect(await rows(sql`select id::int, note from scratch_history_notes`)).toEqual([{ id: 1, note: "first" }]);
    expect(await failure(app.db.execute(sql`update scratch_history set note = 'x'`))).toMatch(/append-only/);
    expect(await failure(app.db.execute(sql`truncate scratch_history_p2029_03`))).toMatch(/append-only/);
    expect(
      await failure(
        app.db.execute(sql`insert into scratch_history (entity_id, at, version) values (gen_random_uuid(), '2031-05-21T00:00:00Z', 1)`),
      ),
    ).toMatch(/foreign key/);
    expect(
      await failure(
        app.db.execute(sql`insert into scratch_history (entity_id, at, version) values (${entityId}, '2031-05-21T00:00:00Z', 0)`),
      ),
    ).toMatch(/check constraint/);
    const indexes = await rows<{ name: string }>(
      sql`select indexrelid::regclass::text as name from pg_index where indrelid = 'scratch_history'::regclass order by 1`,
    );
    expect(indexes.map((i) => i.name)).toEqual(["scratch_history_entity_idx", "scratch_history_pkey"]);

    // A foreign key pointing into the table is refused by name, before anything moves.
    await app.db.execute(sql`create table scratch_target (id bigint primary key, at timestamptz not null)`);
    await app.db.execute(sql`create table scratch_pointer (target_id bigint references scratch_target(id))`);
    expect(await failure(app.db.execute(sql`select koordinat_partition_by_month('scratch_target', 'at')`))).toMatch(/scratch_pointer/);
  });

  it("APR-4's one decision per step and revision still holds on the partitioned approval history", async () => {
    const [{ id: approvalId }] = await rows<{ id: string }>(
      sql`insert into approvals (template_code, title, subject, preparer_client_id, preparer_role)
          select code, 'partition test', '{}', 'preparer', 'PARTNER_HOSPITAL' from approval_templates limit 1 returning id`,
    );
    const decide = () =>
      app.db
        .execute(sql`insert into approval_history (entity_id, to_state, action, at, version, revision, step_index, decision, step_started_at)
        values (${approvalId}, 'IN_PROGRESS', 'approve', '2031-05-20T00:00:00Z', 2, 1, 0, 'APPROVE', '2031-05-20T00:00:00Z')`);
    await decide();
    expect(await failure(decide())).toMatch(/approval_history_one_per_step/);
    // Its month was dropped by the retention test's run in 2041: the row is in DEFAULT, and the upkeep moves it to
    // its month without inserting it again through the parent (its decided-step trigger would refuse the second time).
    expect(await rows(sql`select tableoid::regclass::text as part from approval_history where entity_id = ${approvalId}`)).toEqual([
      { part: "approval_history_default" },
    ]);
    const moved = (await maintainPartitions(app.db, new Date("2031-05-20T00:00:00Z"))).filter((a) => a.table === "approval_history");
    expect(moved).toEqual(
      expect.arrayContaining([
        { table: "approval_history", action: "moved from default", partition: "approval_history_default", movedRows: 1 },
      ]),
    );
    expect(await rows(sql`select tableoid::regclass::text as part from approval_history where entity_id = ${approvalId}`)).toEqual([
      { part: "approval_history_p2031_05" },
    ]);
    expect(await failure(decide())).toMatch(/approval_history_one_per_step/);
  });
});

describe("months are Turkish months: partitions are cut at midnight of the 1st in Europe/Istanbul (#21)", () => {
  it("a read at 23:59:59 on 31 December in Istanbul is logged in December's partition, one a second later in January's", async () => {
    const before = await accessLogPartitions();
    app.clock.freeze("2031-12-31T20:59:59Z");
    await app.server.jobs.maintainPartitions();
    expect(await partitionsOf("access_log")).toEqual(expect.arrayContaining(["access_log_p2031_12", "access_log_p2032_01"]));
    expect((await readPatient()).data!.patient.id).toBe(patientGlobalId);
    app.clock.freeze("2031-12-31T21:00:00Z");
    expect((await readPatient()).data!.patient.id).toBe(patientGlobalId);
    expect((await accessLogPartitions()).slice(before.length)).toEqual(["access_log_p2031_12", "access_log_p2032_01"]);
  });

  it("a table cut at UTC months (as migration 0027 made them) is re-cut: rows between the old and the new bound move to their month, ids and guards kept", async () => {
    await app.db.execute(
      sql`create table scratch_utc (id bigint not null, at timestamptz not null, primary key (id, at)) partition by range (at)`,
    );
    await app.db.execute(
      sql`create table scratch_utc_p2031_11 partition of scratch_utc for values from ('2031-11-01T00:00:00Z') to ('2031-12-01T00:00:00Z')`,
    );
    await app.db.execute(
      sql`create table scratch_utc_p2031_12 partition of scratch_utc for values from ('2031-12-01T00:00:00Z') to ('2032-01-01T00:00:00Z')`,
    );
    await app.db.execute(sql`create table scratch_utc_default partition of scratch_utc default`);
    await app.db.execute(sql`insert into koordinat_partitioned_tables (table_name, column_name) values ('scratch_utc', 'at')`);
    await app.db.execute(sql`select koordinat_make_append_only('scratch_utc')`);
    await app.db.execute(sql`insert into scratch_utc (id, at) values
      (1, '2031-10-31T21:30:00Z'), -- 00:30 on 1 November in Istanbul, in DEFAULT (before the first UTC month)
      (2, '2031-11-30T20:59:59Z'), -- 23:59:59 on 30 November in Istanbul
      (3, '2031-11-30T21:00:00Z'), -- midnight of 1 December in Istanbul, in the UTC November
      (4, '2031-12-31T20:59:59Z'),
      (5, '2031-12-31T22:30:00Z'), -- 01:30 on 1 January in Istanbul, in the UTC December; no January partition yet
      (6, '2032-03-10T12:00:00Z')  -- in DEFAULT`);
    const placed = async () =>
      Object.fromEntries(
        (await rows<{ id: number; part: string }>(sql`select id::int, tableoid::regclass::text as part from scratch_utc order by id`)).map(
          (r) => [r.id, r.part],
        ),
      );
    expect(await placed()).toEqual({
      1: "scratch_utc_default",
      2: "scratch_utc_p2031_11",
      3: "scratch_utc_p2031_11",
      4: "scratch_utc_p2031_12",
      5: "scratch_utc_p2031_12",
      6: "scratch_utc_default",
    });

    await app.db.execute(sql`select koordinat_recut_months('scratch_utc')`);

    expect(await placed()).toEqual({
      1: "scratch_utc_p2031_11",
      2: "scratch_utc_p2031_11",
      3: "scratch_utc_p2031_12",
      4: "scratch_utc_p2031_12",
      5: "scratch_utc_p2032_01",
      6: "scratch_utc_p2032_03",
    });
    expect(await partitionsOf("scratch_utc")).toEqual([
      "scratch_utc_default",
      "scratch_utc_p2031_11",
      "scratch_utc_p2031_12",
      "scratch_utc_p2032_01",
      "scratch_utc_p2032_03",
    ]);
    // New rows follow the new bounds; the DEFAULT partition takes only what no month holds.
    await app.db.execute(sql`insert into scratch_utc (id, at) values (7, '2031-12-31T21:00:00Z'), (8, '2031-10-31T20:59:59Z')`);
    expect(await placed()).toMatchObject({ 7: "scratch_utc_p2032_01", 8: "scratch_utc_default" });
    // The append-only guards are back on every re-attached and made partition.
    expect(await failure(app.db.execute(sql`update scratch_utc set id = id`))).toMatch(/append-only/);
    expect(await failure(app.db.execute(sql`delete from scratch_utc_p2032_01`))).toMatch(/append-only/);
    expect(await failure(app.db.execute(sql`truncate scratch_utc_p2032_03`))).toMatch(/append-only/);
  });

  it("a table converted now is cut at Istanbul months", async () => {
    await app.db.execute(sql`create table scratch_istanbul (id bigint primary key, at timestamptz not null)`);
    await app.db.execute(sql`insert into scratch_istanbul values (1, '2030-01-31T20:59:59Z'), (2, '2030-01-31T21:00:00Z')`);
    await app.db.execute(sql`select koordinat_partition_by_month('scratch_istanbul', 'at')`);
    expect(await rows(sql`select id::int, tableoid::regclass::text as part from scratch_istanbul order by id`)).toEqual([
      { id: 1, part: "scratch_istanbul_p2030_01" },
      { id: 2, part: "scratch_istanbul_p2030_02" },
    ]);
  });
});

describe.runIf(process.env.DATABASE_URL)("the conversion keeps the grants (#21)", () => {
  it("a role's SELECT on a table, one of its columns, a view reading it and its sequence survive the conversion; partitions are not granted", async () => {
    const role = `koordinat_reporting_${process.pid}`;
    await app.db.execute(sql.raw(`create role ${role} nologin`));
    try {
      await app.db.execute(
        sql`create table scratch_granted (id bigint primary key generated always as identity, at timestamptz not null, note text)`,
      );
      await app.db.execute(sql`create view scratch_granted_notes as select id, note from scratch_granted`);
      await app.db.execute(sql.raw(`grant select on scratch_granted to ${role} with grant option`));
      await app.db.execute(sql.raw(`grant update (note) on scratch_granted to ${role}`));
      await app.db.execute(sql.raw(`grant select on scratch_granted_notes to ${role}`));
      await app.db.execute(sql.raw(`grant usage on sequence scratch_granted_id_seq to ${role}`));
      await app.db.execute(sql`insert into scratch_granted (at, note) values ('2031-05-20T00:00:00Z', 'kept')`);

      await app.db.execute(sql`select koordinat_partition_by_month('scratch_granted', 'at')`);

      const [privileges] = await rows<Record<string, boolean>>(sql`select
        has_table_privilege(${role}, 'scratch_granted', 'SELECT') as "select",
        has_table_privilege(${role}, 'scratch_granted', 'SELECT WITH GRANT OPTION') as "selectGrantable",
        has_table_privilege(${role}, 'scratch_granted', 'INSERT') as "insert",
        has_column_privilege(${role}, 'scratch_granted', 'note', 'UPDATE') as "updateNote",
        has_column_privilege(${role}, 'scratch_granted', 'at', 'UPDATE') as "updateAt",
        has_table_privilege(${role}, 'scratch_granted_notes', 'SELECT') as "selectView",
        has_sequence_privilege(${role}, 'scratch_granted_id_seq', 'USAGE') as "sequenceUsage",
        has_table_privilege(${role}, 'scratch_granted_p2031_05', 'SELECT') as "selectPartition"`);
      expect(privileges).toEqual({
        select: true,
        selectGrantable: true,
        insert: false,
        updateNote: true,
        updateAt: false,
        selectView: true,
        sequenceUsage: true,
        selectPartition: false,
      });
      // The role reads every month through the parent.
      const notes = await app.db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local role ${role}`));
        return executedRows<{ note: string }>(await tx.execute(sql`select note from scratch_granted`));
      });
      expect(notes).toEqual([{ note: "kept" }]);
    } finally {
      await app.db.execute(sql.raw(`drop owned by ${role}`));
      await app.db.execute(sql.raw(`drop role ${role}`));
    }
  });
});
