import * as drizzle from "drizzle-orm";
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mapsRowsCompiled, runPrepared } from "../../api/platform/performance/prepared.js";
import { compileRowMapper } from "../../api/platform/performance/row-mapper.js";
import { facilities, provinces } from "../../drizzle/schema/index.js";
import { startTestApp, type TestApp } from "../support/app.js";

// drizzle's own mapper and field order (exported by drizzle-orm, left out of its type declarations as internal).
const { mapResultRow, orderSelectedFields } = drizzle as unknown as {
  mapResultRow(fields: unknown, row: unknown[], joinsNotNullableMap: Record<string, boolean> | undefined): Record<string, any>;
  orderSelectedFields(fields: Record<string, unknown>): { path: string[]; field: unknown }[];
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe("statements prepared once per shape", () => {
  const byCode = () =>
    app.db
      .select({ name: provinces.name })
      .from(provinces)
      .where(eq(provinces.code, sql.placeholder("code")));

  it("runs one statement with each request's values", async () => {
    const adana = await runPrepared(app.db, "test.province", byCode, { code: "01" });
    const ankara = await runPrepared(app.db, "test.province", byCode, { code: "06" });
    expect(adana).toEqual([{ name: "Adana" }]);
    expect(ankara).toEqual([{ name: "Ankara" }]);
  });

  it("refuses a query holding a value that is not a placeholder: the next request of the shape would get it", async () => {
    const fixed = () => app.db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, "01"));
    expect(() => runPrepared(app.db, "test.fixed", fixed, {})).toThrow(/not placeholders/);
  });
});

describe("rows mapped by a function compiled once per prepared shape", () => {
  // Every facility with its province, the province joined only when it is the one asked for: null for the others.
  const withProvince = () => {
    const origin = alias(facilities, "origin");
    return app.db
      .select({
        facility: { id: facilities.id, code: facilities.code, createdAt: facilities.createdAt, latitude: facilities.latitude },
        province: { code: provinces.code, name: provinces.name },
        origin: { code: origin.code },
        version: facilities.version,
        counted: sql<number>`1 + 1`.mapWith(Number),
      })
      .from(facilities)
      .innerJoin(origin, eq(origin.id, facilities.id))
      .leftJoin(provinces, and(eq(provinces.code, facilities.provinceCode), eq(provinces.code, sql.placeholder("code"))))
      .orderBy(facilities.code);
  };

  it("answers exactly what drizzle's own mapping answers, a left join's missing row as null", async () => {
    const compiled = await runPrepared<Record<string, any>[]>(app.db, "test.facility-province", withProvince, { code: "06" });
    const drizzles = await withProvince().execute({ code: "06" });
    expect(mapsRowsCompiled(app.db, "test.facility-province")).toBe(true);
    expect(compiled.length).toBeGreaterThan(1);
    expect(compiled).toEqual(drizzles);
    expect(compiled.map((row) => Object.keys(row))).toEqual(drizzles.map((row) => Object.keys(row)));
    expect(compiled.some((row) => row.province === null) && compiled.some((row) => row.province?.name === "Ankara")).toBe(true);
    expect(compiled[0].facility.createdAt).toBeInstanceOf(Date);
  });

  it("maps as drizzle's mapResultRow does, cell by cell, whatever the values", () => {
    const origin = alias(facilities, "origin");
    const selection = {
      facility: { id: facilities.id, createdAt: facilities.createdAt, latitude: facilities.latitude },
      // Columns of two tables in one object: drizzle never nulls it.
      mixed: { code: provinces.code, facility: facilities.code },
      province: { code: provinces.code, name: provinces.name },
      origin: { id: origin.id, code: origin.code },
      nested: { deeper: { name: provinces.name } },
      version: facilities.version,
      counted: sql<number>`count(*)`.mapWith(Number),
    };
    const fields = orderSelectedFields(selection);
    // The facility and origin inner-joined, the province left-joined.
    const joins = { facilities: true, origin: true, provinces: false };
    const rows: unknown[][] = [
      ["f1", "2026-11-25 09:00:00+00", 39.9, "06", "F1", "06", "Ankara", "o1", "O1", "Ankara", 3, "7"],
      // No province (left join): its object becomes null, the mixed one does not.
      ["f2", "2026-11-26 10:30:00.123+00", null, null, "F2", null, null, "o2", "O2", null, 1, "0"],
      // The province's first column null but not its second: drizzle decides on the first.
      ["f3", null, 1.5, null, "F3", null, "Nowhere", null, null, "Nowhere", null, null],
      // An inner-joined table's columns all null: kept as an object of nulls.
      [null, null, null, "34", null, "34", "İstanbul", null, null, null, 0, "12"],
    ];
    const compiled = compileRowMapper(fields, joins)(rows);
    const drizzles = rows.map((row) => mapResultRow(fields, row, joins));
    expect(compiled).toEqual(drizzles);
    expect(compiled.map((row) => JSON.stringify(row))).toEqual(drizzles.map((row) => JSON.stringify(row)));
    expect(compiled[1].province).toBeNull();
    expect(compiled[2].province).toBeNull();
    expect(compiled[3].facility).toEqual({ id: null, createdAt: null, latitude: null });
    // Without a join map (a select of one table) nothing is nulled.
    expect(compileRowMapper(fields)(rows)).toEqual(rows.map((row) => mapResultRow(fields, row, undefined)));
  });
});
