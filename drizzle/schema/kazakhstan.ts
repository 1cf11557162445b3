import { sql } from "drizzle-orm";
import { historyTable } from "./history.js";
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { sortKeyInstant, timestamps, version } from "./columns.js";
import { patients } from "./patients.js";

export const kzCoverageKind = pgEnum("kz_coverage_kind", ["VHI", "OSMS"]);
export const kzRequestChannel = pgEnum("kz_request_channel", ["EGOV_PORTAL", "IN_PERSON"]);
export const kzRequestStatus = pgEnum("kz_request_status", ["SUBMITTED", "FILED", "ATTACHED", "REFUSED"]);
export const kzApplicantRelation = pgEnum("kz_applicant_relation", ["SELF", "FAMILY_MEMBER", "LEGAL_REPRESENTATIVE"]);
export const kzQuotaPeriod = pgEnum("kz_quota_period", ["CALENDAR_YEAR", "SIX_MONTHS"]);

/** KZ-2: a voluntary (VHI, ДМС) or compulsory (OSMS) insurance contract of a person by IIN. */
export const kzInsuranceContracts = pgTable(
  "kz_insurance_contracts",
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull(),
    insurerCode: text().notNull(),
    kind: kzCoverageKind().notNull(),
    insuredIin: varchar({ length: 12 }).notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    registeredByClientId: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the person, organisation and insurer were warned of the contract's end (KZ-15); once per contract. */
    expiryWarnedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique("kz_contracts_insurer_number_key").on(t.insurerCode, t.number), index("kz_contracts_iin_idx").on(t.insuredIin, t.endsOn)],
);

/** Primary health-care organisations and the districts they serve (KZ-4). */
export const kzPhcOrganisations = pgTable("kz_phc_organisations", {
  code: text().primaryKey(),
  name: text().notNull(),
  city: text().notNull(),
  districts: text().array().notNull(),
});

export interface KzRequestDocuments {
  insuranceContract: boolean;
  identityDocument: boolean;
  writtenConsent: boolean;
  legalRepresentativeIdentity: boolean;
}

export const kzAttachmentRequests = pgTable(
  "kz_attachment_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    organisationCode: text()
      .notNull()
      .references(() => kzPhcOrganisations.code, { onDelete: "restrict" }),
    contractId: uuid()
      .notNull()
      .references(() => kzInsuranceContracts.id, { onDelete: "restrict" }),
    channel: kzRequestChannel().notNull(),
    edsCertificateRef: text(),
    applicationLanguage: varchar({ length: 2 }),
    documents: jsonb().$type<KzRequestDocuments>().notNull(),
    residenceKind: text().notNull(),
    residenceCity: text().notNull(),
    residenceDistrict: text().notNull(),
    applicantRelation: kzApplicantRelation().notNull(),
    applicantPersonId: uuid().references(() => patients.id, { onDelete: "restrict" }),
    status: kzRequestStatus().notNull().default("SUBMITTED"),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    /** KZ-7: one business day (Asia/Almaty) from submission. */
    decisionDueAt: sortKeyInstant().notNull(),
    filedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    noticeNumber: text(),
    refusalReason: text(),
    /** When the organisation and insurer were told the decision is overdue (KZ-7); once per request. */
    overdueNotifiedAt: timestamp({ withTimezone: true }),
    ...version,
    ...timestamps,
  },
  (t) => [
    index("kz_requests_org_status_idx").on(t.organisationCode, t.status, t.decisionDueAt),
    index("kz_requests_person_idx").on(t.personId),
  ],
);

/** Every step of an attachment request (submitted, filed, attached or refused), append-only. */
export const kzAttachmentRequestHistory = historyTable("kz_attachment_request_history", () => kzAttachmentRequests.id, kzRequestStatus);

/** The Register of Attached Population: at most one open attachment per person (KZ-12). */
export const kzAttachments = pgTable(
  "kz_attachments",
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    organisationCode: text()
      .notNull()
      .references(() => kzPhcOrganisations.code, { onDelete: "restrict" }),
    contractId: uuid()
      .notNull()
      .references(() => kzInsuranceContracts.id, { onDelete: "restrict" }),
    requestId: uuid()
      .notNull()
      .references(() => kzAttachmentRequests.id, { onDelete: "restrict" }),
    startsOn: date({ mode: "string" }).notNull(),
    /** KZ-9: the contract's end; the attachment lapses after it. */
    validUntil: date({ mode: "string" }).notNull(),
    endedAt: timestamp({ withTimezone: true }),
    endReason: text(),
  },
  (t) => [
    uniqueIndex("kz_attachments_one_open_per_person")
      .on(t.personId)
      .where(sql`${t.endedAt} is null`),
    index("kz_attachments_person_idx").on(t.personId, t.startsOn),
  ],
);

/** KZ-13: diseases dangerous to others, treated free for temporary residents and asylum seekers. */
export const kzGuaranteedDiseases = pgTable("kz_guaranteed_diseases", {
  code: text().primaryKey(),
  nameRu: text().notNull(),
  nameEn: text().notNull(),
});

/** KZ-14: the guaranteed volume's per-service quotas. */
export const kzServiceQuotas = pgTable("kz_service_quotas", {
  code: text().primaryKey(),
  nameRu: text().notNull(),
  nameEn: text().notNull(),
  limitCount: integer().notNull(),
  period: kzQuotaPeriod().notNull(),
});

export const kzGuaranteedServices = pgTable(
  "kz_guaranteed_services",
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    serviceCode: text()
      .notNull()
      .references(() => kzServiceQuotas.code, { onDelete: "restrict" }),
    diseaseCode: text()
      .notNull()
      .references(() => kzGuaranteedDiseases.code, { onDelete: "restrict" }),
    providedOn: date({ mode: "string" }).notNull(),
    organisationCode: text()
      .notNull()
      .references(() => kzPhcOrganisations.code, { onDelete: "restrict" }),
    recordedByClientId: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("kz_services_person_idx").on(t.personId, t.serviceCode, t.providedOn)],
);

export type KzContractRow = typeof kzInsuranceContracts.$inferSelect;
export type KzRequestRow = typeof kzAttachmentRequests.$inferSelect;
export type KzAttachmentRow = typeof kzAttachments.$inferSelect;
export type KzQuotaRow = typeof kzServiceQuotas.$inferSelect;
export type KzServiceRow = typeof kzGuaranteedServices.$inferSelect;
