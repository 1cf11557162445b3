import { bigint, boolean, customType, index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { sortableTimestamps, version } from "./columns.js";
import { historyTable } from "./history.js";
import { facilities } from "./facilities.js";
import { patients } from "./patients.js";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const htStatus = pgEnum("ht_status", [
  "INQUIRY_RECEIVED",
  "EPICRISIS_REQUESTED",
  "EPICRISIS_RECEIVED",
  "FORWARDED_TO_FACILITY",
  "APPOINTMENT_SCHEDULED",
  "PATIENT_INFORMED",
  "ACCEPTED",
  "DECLINED",
  "FACILITY_NOTIFIED",
  "ARRIVED",
  "IN_TREATMENT",
  "REPORTS_DELIVERED",
  "COMPLETED",
  "CANCELLED",
]);
export const htChannel = pgEnum("ht_channel", ["OFFICIAL_LETTER", "EMAIL", "PHONE"]);
export const htProgramme = pgEnum("ht_programme", ["HEALTH_TOURISM", "FOREIGN_PROGRAM"]);
export const htDocumentKind = pgEnum("ht_document_kind", ["EPICRISIS_FORM", "MEDICAL_REPORT", "SERVICE_STATEMENT", "OTHER"]);

/** HT-1: a foreign patient's health-tourism case (or one of the "400 patients" programme, HT-7). */
export const healthTourismCases = pgTable(
  "health_tourism_cases",
  {
    id: uuid().primaryKey().defaultRandom(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    programme: htProgramme().notNull(),
    channel: htChannel().notNull(),
    status: htStatus().notNull().default("INQUIRY_RECEIVED"),
    facilityId: uuid().references(() => facilities.id, { onDelete: "restrict" }),
    appointmentAt: timestamp({ withTimezone: true }),
    costAmountMinor: bigint({ mode: "number" }),
    costCurrency: varchar({ length: 3 }),
    accommodationRequested: boolean().notNull().default(false),
    transferRequested: boolean().notNull().default(false),
    accommodationArranged: boolean().notNull().default(false),
    transferArranged: boolean().notNull().default(false),
    greetedBy: text(),
    interpreterName: text(),
    interpreterLanguage: varchar({ length: 3 }),
    guideName: text(),
    cancelReason: text(),
    ...version,
    ...sortableTimestamps,
  },
  (t) => [index("ht_cases_status_idx").on(t.status, t.createdAt), index("ht_cases_facility_idx").on(t.facilityId, t.status)],
);

/** Documents of a case (epicrisis, reports, itemised statement) with their checksum (HT-8). */
export const htDocuments = pgTable(
  "ht_documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => healthTourismCases.id, { onDelete: "restrict" }),
    kind: htDocumentKind().notNull(),
    name: text().notNull(),
    mediaType: text().notNull(),
    size: integer().notNull(),
    sha256: varchar({ length: 64 }).notNull(),
    content: bytea().notNull(),
    uploadedByClientId: text().notNull(),
    uploadedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("ht_documents_case_idx").on(t.caseId, t.kind)],
);

/** HT-8: every transition, who and when, with the documents attached in it, by the history convention; append-only. */
export const healthTourismCaseHistory = historyTable("health_tourism_case_history", () => healthTourismCases.id, htStatus, {
  documentIds: uuid().array().notNull(),
});

export type HtCaseRow = typeof healthTourismCases.$inferSelect;
export type HtStatus = (typeof htStatus.enumValues)[number];
export type HtDocumentRow = typeof htDocuments.$inferSelect;
/** A document without its content. */
export type HtDocumentMeta = Omit<HtDocumentRow, "content" | "uploadedByClientId">;
export type HtHistoryRow = typeof healthTourismCaseHistory.$inferSelect;
export type HtDocumentKind = (typeof htDocumentKind.enumValues)[number];
