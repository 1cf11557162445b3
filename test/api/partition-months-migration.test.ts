import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationIndexOf, openMigrationEngine, type MigrationEngine } from "../support/migration-engine.js";

// Migration 0030 re-cuts the UTC months that 0027 made at Istanbul months: run on a database whose access log holds
// rows just either side of Istanbul midnight on the 1st. The months are this month and the next (0027 made those from
// the real now), so the rows' places before the migration are known.
const index = migrationIndexOf("CREATE FUNCTION koordinat_recut_months");
const hour = 3_600_000;
const now = new Date();
const thisMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
const nextMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
/** `access_log_pYYYY_MM` of the UTC month starting at `start`. */
const partition = (start: number) => `access_log_p${new Date(start).toISOString().slice(0, 7).replace("-", "_")}`;
const iso = (ms: number) => new Date(ms).toISOString();
const rowsAt = {
  // 23:59:59 on this month's last day in Istanbul: this month, in this UTC month's partition before and after.
  1: iso(nextMonth - 3 * hour - 1000),
  // Midnight of next month's 1st in Istanbul (21:00 UTC the day before): in this UTC month's partition, moves to next.
  2: iso(nextMonth - 3 * hour),
  // 00:30 on this month's 1st in Istanbul (the previous UTC month, made by no one): in DEFAULT, moves to this month.
  3: iso(thisMonth - 3 * hour + hour / 2),
};

let db: MigrationEngine;
const placed = async () =>
  Object.fromEntries(
    (await db.rows(`SELECT id::int, tableoid::regclass::text AS part FROM access_log ORDER BY id`)).map((r) => [r.id, r.part]),
  );

beforeAll(async () => {
  db = await openMigrationEngine("partition_months");
  await db.apply(0, index);
  for (const at of Object.values(rowsAt))
    await db.exec(`INSERT INTO access_log (at, client_id, role, operation, action, patient_ids, bases)
      VALUES ('${at}', 'c', 'AUDITOR', 'q', 'patient.read', '{00000000-0000-4000-8000-00000000a001}', '{national}')`);
}, 120_000);

afterAll(() => db?.close());

describe("migration 0030: partitions at Istanbul months", () => {
  it("moves the rows between the old (UTC) and the new (Istanbul) bound to their month, with their ids", async () => {
    expect(await placed()).toEqual({ 1: partition(thisMonth), 2: partition(thisMonth), 3: "access_log_default" });
    await db.apply(index, index + 1);
    expect(await placed()).toEqual({ 1: partition(thisMonth), 2: partition(nextMonth), 3: partition(thisMonth) });
  });

  it("each month partition now runs from midnight of its 1st in Istanbul, and new rows follow", async () => {
    const [bound] = await db.rows(`SELECT to_char(lower AT TIME ZONE 'Europe/Istanbul', 'YYYY-MM-DD HH24:MI:SS') AS start
      FROM (SELECT substring(pg_get_expr(relpartbound, oid) FROM 'FROM \\(''([^'']+)''\\)')::timestamptz AS lower
            FROM pg_class WHERE relname = '${partition(nextMonth)}') b`);
    expect(bound.start).toBe(`${iso(nextMonth).slice(0, 10)} 00:00:00`);
    await db.exec(`INSERT INTO access_log (at, client_id, role, operation, action, patient_ids, bases)
      VALUES ('${rowsAt[2]}', 'c', 'AUDITOR', 'q', 'patient.read', '{}', '{}')`);
    expect((await placed())[4]).toBe(partition(nextMonth));
  });

  it("the append-only guards are on the re-attached partitions again", async () => {
    await expect(db.exec(`UPDATE ${partition(nextMonth)} SET client_id = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.exec(`DELETE FROM access_log WHERE id = 3`)).rejects.toThrow(/append-only/);
  });
});
