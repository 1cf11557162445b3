import { check, index, integer, pgTable, primaryKey, text, unique, uuid, varchar } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

/** The 81 provinces, keyed by licence-plate code ("01".."81"). */
export const provinces = pgTable("provinces", {
  code: varchar({ length: 2 }).primaryKey(),
  name: text().notNull(),
});

/**
 * A settlement area (yerleşim yeri): the municipality or metropolitan adjacent area of a
 * facility. Referral scope (REF-1) and reimbursement eligibility (REIMB-1) compare these.
 */
export const settlementAreas = pgTable(
  "settlement_areas",
  {
    code: text().primaryKey(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code, { onDelete: "restrict" }),
    name: text().notNull(),
  },
  (t) => [index("settlement_areas_province_idx").on(t.provinceCode)],
);

export const districts = pgTable(
  "districts",
  {
    id: uuid().primaryKey().defaultRandom(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code, { onDelete: "restrict" }),
    name: text().notNull(),
    settlementAreaCode: text()
      .notNull()
      .references(() => settlementAreas.code, { onDelete: "restrict" }),
  },
  (t) => [unique("districts_province_name_key").on(t.provinceCode, t.name)],
);

/** Road distance between two settlement areas, stored once per unordered pair (from < to). */
export const roadDistances = pgTable(
  "road_distances",
  {
    fromCode: text()
      .notNull()
      .references(() => settlementAreas.code, { onDelete: "cascade" }),
    toCode: text()
      .notNull()
      .references(() => settlementAreas.code, { onDelete: "cascade" }),
    km: integer().notNull(),
  },
  (t) => [
    primaryKey({ name: "road_distances_pkey", columns: [t.fromCode, t.toCode] }),
    check("road_distances_ordered_pair", sql`${t.fromCode} < ${t.toCode}`),
    check("road_distances_km_positive", sql`${t.km} > 0`),
  ],
);

export type ProvinceRow = typeof provinces.$inferSelect;
export type SettlementAreaRow = typeof settlementAreas.$inferSelect;
export type DistrictRow = typeof districts.$inferSelect;
export type RoadDistanceRow = typeof roadDistances.$inferSelect;
