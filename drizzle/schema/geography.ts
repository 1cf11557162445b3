import {
  bigint,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { version } from "./columns.js";

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
    /** The municipality's reference point, for distances estimated where no road distance is published (REIMB-13). */
    latitude: doublePrecision().notNull(),
    longitude: doublePrecision().notNull(),
    ...version,
  },
  (t) => [
    index("settlement_areas_province_idx").on(t.provinceCode),
    check("settlement_areas_coordinates", sql`${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180`),
  ],
);

/** Every version of a settlement area as SGK set it, append-only (trigger in the migration). */
export const settlementAreaHistory = pgTable(
  "settlement_area_history",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    code: text()
      .notNull()
      .references(() => settlementAreas.code, { onDelete: "restrict" }),
    version: integer().notNull(),
    provinceCode: varchar({ length: 2 }).notNull(),
    name: text().notNull(),
    latitude: doublePrecision().notNull(),
    longitude: doublePrecision().notNull(),
    /** The day from which this version applies (SGK's effective date). */
    effectiveFrom: date({ mode: "string" }).notNull(),
    clientId: text().notNull(),
    /** The staff account (staff_accounts.id) of the person behind the client, when a person signed in. */
    actorPerson: text(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [unique("settlement_area_history_version_key").on(t.code, t.version)],
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

/**
 * Published or SGK-set road distance between two settlement areas, stored per unordered pair (from < to) and
 * per validity start: the row with the latest validFrom on or before a day applies on that day (REIMB-13).
 * Rows are never changed or deleted, so the table is its own history. Pairs without a row are estimated.
 */
export const roadDistances = pgTable(
  "road_distances",
  {
    fromCode: text()
      .notNull()
      .references(() => settlementAreas.code, { onDelete: "cascade" }),
    toCode: text()
      .notNull()
      .references(() => settlementAreas.code, { onDelete: "cascade" }),
    validFrom: date({ mode: "string" }).notNull().default("2000-01-01"),
    km: integer().notNull(),
    /** Where the figure comes from: the seed's published table, or SGK's own measurement with its reference. */
    source: text().notNull().default("published road-distance table (seed)"),
    createdByClientId: text().notNull().default("seed"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "road_distances_pkey", columns: [t.fromCode, t.toCode, t.validFrom] }),
    check("road_distances_ordered_pair", sql`${t.fromCode} < ${t.toCode}`),
    check("road_distances_km_positive", sql`${t.km} > 0`),
  ],
);

export type ProvinceRow = typeof provinces.$inferSelect;
export type SettlementAreaRow = typeof settlementAreas.$inferSelect;
export type DistrictRow = typeof districts.$inferSelect;
export type SettlementAreaHistoryRow = typeof settlementAreaHistory.$inferSelect;
export type RoadDistanceRow = typeof roadDistances.$inferSelect;
