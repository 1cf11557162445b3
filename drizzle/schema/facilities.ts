import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { timestamps, version } from "./columns.js";
import { districts, provinces, settlementAreas } from "./geography.js";

export const facilityKind = pgEnum("facility_kind", [
  "FAMILY_HEALTH_CENTRE",
  "STATE_HOSPITAL",
  "PRIVATE_HOSPITAL",
  "ORAL_DENTAL_CENTRE",
  "OCCUPATIONAL_DISEASE_HOSPITAL",
  "TRAINING_RESEARCH_HOSPITAL",
  "UNIVERSITY_HOSPITAL",
  "CITY_HOSPITAL",
]);

export const facilityOwnership = pgEnum("facility_ownership", ["PUBLIC", "PRIVATE", "UNIVERSITY"]);

export const bedType = pgEnum("bed_type", [
  "GENERAL",
  "ICU_ADULT",
  "ICU_PAEDIATRIC",
  "ICU_NEONATAL",
  "ICU_CORONARY",
  "BURN",
  "PSYCHIATRIC",
]);

/** The clinic (branch) catalogue; data, so the ministry can add branches without a release. */
export const clinics = pgTable("clinics", {
  code: text().primaryKey(),
  nameTr: text().notNull(),
  nameEn: text().notNull(),
});

export const facilities = pgTable(
  "facilities",
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull().unique("facilities_code_key"),
    name: text().notNull(),
    kind: facilityKind().notNull(),
    ownership: facilityOwnership().notNull(),
    countryCode: varchar({ length: 2 }).notNull().default("TR"),
    provinceCode: varchar({ length: 2 }).references(() => provinces.code, { onDelete: "restrict" }),
    settlementAreaCode: text().references(() => settlementAreas.code, { onDelete: "restrict" }),
    districtId: uuid().references(() => districts.id, { onDelete: "restrict" }),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    hasHealthTourismUnit: boolean().notNull().default(false),
    ...version,
    ...timestamps,
  },
  (t) => [
    index("facilities_province_idx").on(t.provinceCode, t.code),
    index("facilities_country_idx").on(t.countryCode, t.code),
    // FAC-2 / FAC-3: a domestic facility is placed in a province and settlement area; an overseas one is not.
    check(
      "facilities_domestic_has_place",
      sql`(${t.countryCode} = 'TR') = (${t.provinceCode} IS NOT NULL AND ${t.settlementAreaCode} IS NOT NULL)`,
    ),
  ],
);

export const facilityClinics = pgTable(
  "facility_clinics",
  {
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    clinicCode: text()
      .notNull()
      .references(() => clinics.code, { onDelete: "restrict" }),
  },
  (t) => [
    primaryKey({ name: "facility_clinics_pkey", columns: [t.facilityId, t.clinicCode] }),
    index("facility_clinics_clinic_idx").on(t.clinicCode, t.facilityId),
  ],
);

export const facilityBeds = pgTable(
  "facility_beds",
  {
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    bedType: bedType().notNull(),
    total: integer().notNull(),
    /** Beds in use, as the facility last reported; free = total − occupied − active reservations (ER-6). */
    occupied: integer().notNull().default(0),
    /** When the facility last reported its occupancy (the report's own time); null = never reported (ER-8). */
    occupancyReportedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: "facility_beds_pkey", columns: [t.facilityId, t.bedType] }),
    check("facility_beds_total_non_negative", sql`${t.total} >= 0 and ${t.occupied} >= 0`),
    index("facility_beds_type_idx").on(t.bedType, t.facilityId),
  ],
);

export type FacilityRow = typeof facilities.$inferSelect;
export type FacilityInsert = typeof facilities.$inferInsert;
export type ClinicRow = typeof clinics.$inferSelect;
export type FacilityBedRow = typeof facilityBeds.$inferSelect;
export type FacilityKind = (typeof facilityKind.enumValues)[number];
export type FacilityOwnership = (typeof facilityOwnership.enumValues)[number];
export type BedType = (typeof bedType.enumValues)[number];
