import { sql } from "drizzle-orm";
import { bigint, index, integer, pgTable, pgView, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { role } from "./auth.js";
import { sortKeyInstant } from "./columns.js";
import { facilities } from "./facilities.js";
import { careLinkSource, patients } from "./patients.js";

/**
 * Every read or write of patients' personal data (KVKK): one row per read (or write) per request, naming every
 * patient it concerned, as a FHIR AuditEvent names its entities. Written in the transaction of the read (no answer
 * without its record); "who read patient X" is one query on the GIN index of `patient_ids`. Append-only: a trigger
 * in the migration refuses UPDATE and DELETE. Partitioned by month on `at` (migration 0027; drizzle cannot say so): the
 * primary key is (`id`, `at`) in the database, `id` a sequence's default; "who read patient X" reads each month's GIN
 * index, a query bounded in time only its months. Kept at least 10 years.
 */
export const accessLog = pgTable(
  "access_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull(),
    clientId: text().notNull(),
    /** The staff account (staff_accounts.id) of the person who signed in to the client; null for a machine client. */
    personId: uuid(),
    role: role().notNull(),
    operation: text().notNull(),
    action: text().notNull(),
    /** The patients read or written, each once. */
    patientIds: uuid().array().notNull(),
    /** Why access to each was granted, in the order of `patientIds`: the role's national scope, a care link, or the person themself. */
    bases: text().array().notNull(),
    requestId: text(),
  },
  (t) => [
    index("access_log_patients_idx").using("gin", t.patientIds),
    index("access_log_client_idx").on(t.clientId, t.id),
    index("access_log_person_idx")
      .on(t.personId, t.id)
      .where(sql`${t.personId} is not null`),
    index("access_log_at_idx").on(t.at),
  ],
);

export type AccessLogInsert = typeof accessLog.$inferInsert;

/**
 * The access log as the `accessLog` API answers it: one entry per patient of each row, numbered by its `position`
 * in the row. A filter on one patient also tests `patient_ids @> array[…]` (which reaches the GIN index).
 */
export const accessLogEntries = pgView("access_log_entries", {
  id: bigint({ mode: "number" }).notNull(),
  position: integer().notNull(),
  at: timestamp({ withTimezone: true }).notNull(),
  clientId: text().notNull(),
  personId: uuid(),
  role: text().notNull(),
  operation: text().notNull(),
  action: text().notNull(),
  patientIds: uuid().array().notNull(),
  patientId: uuid().notNull(),
  basis: text().notNull(),
  requestId: text(),
}).as(
  sql`select l.id, e.position::int as position, l.at, l.client_id, l.person_id, l.role::text as role, l.operation, l.action, l.patient_ids,
        e.patient_id, e.basis, l.request_id
      from ${accessLog} l cross join lateral unnest(l.patient_ids, l.bases) with ordinality as e(patient_id, basis, position)`,
);

export type AccessLogRow = typeof accessLogEntries.$inferSelect;

/**
 * PAT-3: a hospital that gives itself access to a patient by its own new act (a referral or an appointment where it
 * had no care link) states why. Kept for auditors and announced to the coordination unit (`patient.access_justified`).
 * Append-only, as the access log.
 */
export const patientAccessJustifications = pgTable(
  "patient_access_justifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "restrict" }),
    /** The act that created the care link. */
    source: careLinkSource().notNull(),
    sourceId: uuid().notNull(),
    reason: text().notNull(),
    clientId: text().notNull(),
    requestId: text(),
    at: sortKeyInstant().notNull(),
  },
  (t) => [
    index("patient_access_justifications_patient_idx").on(t.patientId, t.at),
    index("patient_access_justifications_at_idx").on(t.at, t.id),
  ],
);

export type PatientAccessJustificationRow = typeof patientAccessJustifications.$inferSelect;
