import { boolean, date, index, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid, varchar } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { sortableTimestamps, version } from "./columns.js";
import { facilities } from "./facilities.js";

export const patientCategory = pgEnum("patient_category", [
  "CITIZEN",
  "HEALTH_TOURIST",
  "FOREIGN_PROGRAM",
  "TEMPORARY_PROTECTION",
  "KZ_RESIDENT",
]);

export const sex = pgEnum("sex", ["FEMALE", "MALE", "UNKNOWN"]);

export const identifierKind = pgEnum("identifier_kind", ["TCKN", "YKN", "TEMPORARY_PROTECTION", "IIN", "PASSPORT"]);

/** Why a facility may see a patient (PAT-3); each workflow module writes its own links. */
export const careLinkSource = pgEnum("care_link_source", ["REFERRAL", "HEALTH_TOURISM_CASE", "APPOINTMENT"]);

export interface Guardian {
  name: string;
  relationship: string;
  phone: string | null;
  identifierKind: string | null;
  identifierValue: string | null;
}

export const patients = pgTable(
  "patients",
  {
    id: uuid().primaryKey().defaultRandom(),
    category: patientCategory().notNull(),
    givenName: text().notNull(),
    familyName: text().notNull(),
    birthDate: date({ mode: "string" }).notNull(),
    sex: sex().notNull(),
    nationality: varchar({ length: 2 }).notNull(),
    phone: text(),
    email: text(),
    address: text(),
    preferredLanguage: varchar({ length: 3 }).notNull().default("tr"),
    guardian: jsonb().$type<Guardian>(),
    /** Under cancer treatment: exempt from appointment confirmation (APPT-9). */
    cancerPatient: boolean().notNull().default(false),
    registeringFacilityId: uuid().references(() => facilities.id, { onDelete: "restrict" }),
    createdByClientId: text(),
    ...version,
    ...sortableTimestamps,
  },
  (t) => [index("patients_created_idx").on(t.createdAt, t.id), index("patients_category_idx").on(t.category, t.createdAt, t.id)],
);

export const patientIdentifiers = pgTable(
  "patient_identifiers",
  {
    id: uuid().primaryKey().defaultRandom(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: "cascade" }),
    kind: identifierKind().notNull(),
    value: text().notNull(),
    /** ISO 3166-1 alpha-2 of the issuing state; required for passports (ID-3), empty otherwise. */
    issuingCountry: varchar({ length: 2 }).notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // ID-4: one identifier belongs to one patient across the registry.
    unique("patient_identifiers_kind_value_key").on(t.kind, t.issuingCountry, t.value),
    index("patient_identifiers_patient_idx").on(t.patientId),
  ],
);

export const patientCareLinks = pgTable(
  "patient_care_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: "cascade" }),
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    source: careLinkSource().notNull(),
    sourceId: uuid().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("patient_care_links_active_idx")
      .on(t.facilityId, t.patientId)
      .where(sql`${t.endedAt} IS NULL`),
    index("patient_care_links_patient_idx").on(t.patientId),
  ],
);

export type PatientRow = typeof patients.$inferSelect;
export type PatientInsert = typeof patients.$inferInsert;
export type PatientIdentifierRow = typeof patientIdentifiers.$inferSelect;
export type PatientCategory = (typeof patientCategory.enumValues)[number];
export type Sex = (typeof sex.enumValues)[number];
export type IdentifierKind = (typeof identifierKind.enumValues)[number];
export type CareLinkSource = (typeof careLinkSource.enumValues)[number];
