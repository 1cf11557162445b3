import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { role } from "./auth.js";

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
