import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { sortableTimestamps, version } from "./columns.js";
import { historyTable } from "./history.js";
import { patients } from "./patients.js";
import { referrals } from "./referrals.js";

/**
 * REIMB-8: the civil-servant monthly coefficient (memur aylık katsayısı), one row per validity
 * period. Stored in millionths (0.165786 → 165786) so the daily rate is computed in integers.
 * An exclusion constraint (migration 0012) keeps periods from overlapping.
 */
export const civilServantCoefficients = pgTable(
  "civil_servant_coefficients",
  {
    validFrom: date({ mode: "string" }).primaryKey(),
    validUntil: date({ mode: "string" }).notNull(),
    coefficientMillionths: integer().notNull(),
    createdByClientId: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    check("civil_servant_coefficients_period", sql`${t.validUntil} >= ${t.validFrom}`),
    check("civil_servant_coefficients_positive", sql`${t.coefficientMillionths} > 0`),
  ],
);

/**
 * REIMB-14: the half-years the coordination unit and SGK have been told lack a coefficient
 * (`civilServantCoefficient.missing`), so each is announced once.
 */
export const civilServantCoefficientGapNotices = pgTable("civil_servant_coefficient_gap_notices", {
  validFrom: date({ mode: "string" }).primaryKey(),
  firstUncoveredDay: date({ mode: "string" }).notNull(),
  notifiedAt: timestamp({ withTimezone: true }).notNull(),
});

/** REIMB-5: a regular intercity fare tariff (taban ücret tarifesi) in force over a period; its km bands below. */
export const regularFareTariffs = pgTable(
  "regular_fare_tariffs",
  {
    id: uuid().primaryKey().defaultRandom(),
    validFrom: date({ mode: "string" }).notNull().unique("regular_fare_tariffs_valid_from_key"),
    validUntil: date({ mode: "string" }).notNull(),
    source: text().notNull(),
    createdByClientId: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [check("regular_fare_tariffs_period", sql`${t.validUntil} >= ${t.validFrom}`)],
);

/** One band of a tariff: the one-way fare per passenger for a road distance of fromKm..toKm (inclusive). */
export const regularFareBands = pgTable(
  "regular_fare_bands",
  {
    tariffId: uuid()
      .notNull()
      .references(() => regularFareTariffs.id, { onDelete: "cascade" }),
    fromKm: integer().notNull(),
    toKm: integer().notNull(),
    fareMinor: integer().notNull(),
  },
  (t) => [
    primaryKey({ name: "regular_fare_bands_pkey", columns: [t.tariffId, t.fromKm] }),
    check("regular_fare_bands_range", sql`${t.fromKm} >= 1 and ${t.toKm} >= ${t.fromKm} and ${t.fareMinor} > 0`),
  ],
);

/**
 * REIMB-12: SGK insurance status as a dated fact SGK records for a patient. Facts are append-only; the
 * status on a day is the fact with the latest effectiveFrom on or before it (the later recorded one on a tie).
 * `sequence` numbers a patient's facts 1, 2, …: recording the next one names the last it saw (expectedVersion).
 */
export const sgkInsuranceFacts = pgTable(
  "sgk_insurance_facts",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    sequence: integer().notNull(),
    insured: boolean().notNull(),
    effectiveFrom: date({ mode: "string" }).notNull(),
    /** SGK's reference for the fact (e.g. the provision query or the registration). */
    reference: text().notNull(),
    clientId: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("sgk_insurance_facts_sequence_key").on(t.patientId, t.sequence),
    index("sgk_insurance_facts_patient_idx").on(t.patientId, t.effectiveFrom),
  ],
);

export const reimbursementClaimStatus = pgEnum("reimbursement_claim_status", ["SUBMITTED", "CALCULATED", "APPROVED", "PAID", "REJECTED"]);
export const reimbursementChannel = pgEnum("reimbursement_channel", ["POST", "IN_PERSON"]);

/** REIMB-11: a claim for travel and daily allowance after a referral, filed at an SGK provincial office. */
export const reimbursementClaims = pgTable(
  "reimbursement_claims",
  {
    id: uuid().primaryKey().defaultRandom(),
    referralId: uuid()
      .notNull()
      .references(() => referrals.id, { onDelete: "restrict" }),
    patientId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    insurerCode: text().notNull(),
    channel: reimbursementChannel().notNull(),
    officeProvinceCode: varchar({ length: 2 }).notNull(),
    /** The trip facts as the claimant declared them (the quote input without the referral). */
    trip: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The itemised statement of the last calculation. */
    statement: jsonb().$type<Record<string, unknown>>(),
    totalMinor: integer(),
    status: reimbursementClaimStatus().notNull().default("SUBMITTED"),
    rejectionRules: text().array(),
    rejectionReason: text(),
    paymentReference: text(),
    paidOn: date({ mode: "string" }),
    ...version,
    ...sortableTimestamps,
  },
  (t) => [
    index("reimbursement_claims_status_idx").on(t.status, t.createdAt, t.id),
    index("reimbursement_claims_patient_idx").on(t.patientId, t.createdAt),
    // One live claim per referral: a rejected one may be filed again with corrected facts.
    uniqueIndex("reimbursement_claims_one_live_per_referral")
      .on(t.referralId)
      .where(sql`${t.status} <> 'REJECTED'`),
    uniqueIndex("reimbursement_claims_payment_reference_key").on(t.paymentReference),
  ],
);

/** Every transition of a claim, append-only, by the history convention (drizzle/schema/history.ts). */
export const reimbursementClaimHistory = historyTable(
  "reimbursement_claim_history",
  () => reimbursementClaims.id,
  reimbursementClaimStatus,
);

export type SgkInsuranceFactRow = typeof sgkInsuranceFacts.$inferSelect;
export type CoefficientRow = typeof civilServantCoefficients.$inferSelect;
export type FareTariffRow = typeof regularFareTariffs.$inferSelect;
export type FareBandRow = typeof regularFareBands.$inferSelect;
export type ReimbursementClaimRow = typeof reimbursementClaims.$inferSelect;
export type ReimbursementClaimStatus = (typeof reimbursementClaimStatus.enumValues)[number];
