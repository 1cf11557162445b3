import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { role } from "./auth.js";
import { facilities } from "./facilities.js";
import { careLinkSource, patients } from "./patients.js";

/**
 * Every read or write of a patient's personal data (KVKK). Append-only: a trigger in the
 * migration refuses UPDATE and DELETE.
 */
export const accessLog = pgTable(
  "access_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull(),
    clientId: text().notNull(),
    role: role().notNull(),
    operation: text().notNull(),
    action: text().notNull(),
    patientId: uuid().notNull(),
    /** Why access was granted: the role's national scope, a care link, or the person themself. */
    basis: text().notNull(),
    requestId: text(),
  },
  (t) => [
    index("access_log_patient_idx").on(t.patientId, t.id),
    index("access_log_client_idx").on(t.clientId, t.id),
    index("access_log_at_idx").on(t.at),
  ],
);

export type AccessLogRow = typeof accessLog.$inferSelect;
export type AccessLogInsert = typeof accessLog.$inferInsert;

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
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index("patient_access_justifications_patient_idx").on(t.patientId, t.at),
    index("patient_access_justifications_at_idx").on(t.at, t.id),
  ],
);

export type PatientAccessJustificationRow = typeof patientAccessJustifications.$inferSelect;
