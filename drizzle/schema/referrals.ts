import { sql } from "drizzle-orm";
import { bigint, boolean, index, jsonb, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { sortableTimestamps, version } from "./columns.js";
import { historyTable } from "./history.js";
import { bedType, clinics, facilities } from "./facilities.js";
import { patients } from "./patients.js";

export const referralUrgency = pgEnum("referral_urgency", ["ROUTINE", "URGENT", "EMERGENCY"]);
export const medicalGrounds = pgEnum("medical_grounds", [
  "CANCER",
  "ORGAN_TISSUE_TRANSPLANT",
  "LIMB_TRANSPLANT",
  "EMERGENCY",
  "OCCUPATIONAL_DISEASE",
  "OTHER",
]);
export const referralScope = pgEnum("referral_scope", ["IN_SETTLEMENT", "IN_PROVINCE", "OUT_OF_PROVINCE"]);
export const referralStatus = pgEnum("referral_status", [
  "REQUESTED",
  "PLACED",
  "ACCEPTED",
  "PATIENT_ARRIVED",
  "COMPLETED",
  "REJECTED",
  "CANCELLED",
  "ESCALATED",
]);
export const transportKind = pgEnum("transport_kind", ["REGULAR", "OWN_CAR", "TAXI", "AMBULANCE", "FLIGHT"]);
export const searchLevel = pgEnum("search_level", ["EMERGENCY_112", "PROVINCIAL_CRISIS_CENTRE", "NATIONAL_CRISIS_CENTRE"]);
export const bedHoldRelease = pgEnum("bed_hold_release", ["EXPIRED", "REJECTED", "CANCELLED", "DISCHARGED", "REPORTED"]);
export const searchStatus = pgEnum("search_status", ["SEARCHING", "BED_RESERVED", "CLOSED", "CANCELLED"]);

export interface ProvisionCheck {
  valid: boolean;
  reference: string;
  checkedAt: string;
}

/** A referral (sevk) from one facility to another; the destination is chosen when placed (REF-2). */
export const referrals = pgTable(
  "referrals",
  {
    id: uuid().primaryKey().defaultRandom(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    originFacilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "restrict" }),
    destinationFacilityId: uuid().references(() => facilities.id, { onDelete: "restrict" }),
    clinicCode: text()
      .notNull()
      .references(() => clinics.code, { onDelete: "restrict" }),
    requestingPhysician: text().notNull(),
    diagnosisIcd10: varchar({ length: 8 }).notNull(),
    urgency: referralUrgency().notNull(),
    medicalGrounds: medicalGrounds().notNull(),
    companionRequired: boolean().notNull().default(false),
    authorisedTransport: transportKind().notNull().default("REGULAR"),
    /** REF-1: derived from the two facilities when placed, never entered. */
    scope: referralScope(),
    status: referralStatus().notNull().default("REQUESTED"),
    /** TP-1: the provision (provizyon) check of a temporary-protection patient's visit. */
    provision: jsonb().$type<ProvisionCheck>(),
    completionReport: text(),
    ...version,
    ...sortableTimestamps,
  },
  (t) => [
    index("referrals_origin_idx").on(t.originFacilityId, t.status, t.createdAt),
    index("referrals_destination_idx").on(t.destinationFacilityId, t.status, t.createdAt),
    index("referrals_created_idx").on(t.createdAt, t.id),
  ],
);

/** Facilities that said they cannot treat the referral (TP-3 looks here). */
export const referralDeclines = pgTable("referral_declines", {
  id: uuid().primaryKey().defaultRandom(),
  referralId: uuid()
    .notNull()
    .references(() => referrals.id, { onDelete: "restrict" }),
  facilityId: uuid()
    .notNull()
    .references(() => facilities.id, { onDelete: "restrict" }),
  reason: text().notNull(),
  at: timestamp({ withTimezone: true }).notNull(),
});

/** Every transition of a referral (REF-2), by the history convention; append-only. */
export const referralHistory = historyTable("referral_history", () => referrals.id, referralStatus);

/** ER-1..7: the emergency bed search for a referral, moving 112 → provincial → national crisis centre. */
export const bedSearches = pgTable(
  "bed_searches",
  {
    id: uuid().primaryKey().defaultRandom(),
    referralId: uuid()
      .notNull()
      .references(() => referrals.id, { onDelete: "restrict" }),
    bedType: bedType().notNull(),
    provinceCode: varchar({ length: 2 }).notNull(),
    level: searchLevel().notNull().default("EMERGENCY_112"),
    status: searchStatus().notNull().default("SEARCHING"),
    reservedFacilityId: uuid().references(() => facilities.id, { onDelete: "restrict" }),
    ...version,
    ...sortableTimestamps,
  },
  (t) => [index("bed_searches_status_idx").on(t.status, t.level, t.provinceCode)],
);

/**
 * Every move of a bed search (ER-1..8), by the history convention; append-only. `level`: the level holding the search
 * after the move (an escalation keeps the state SEARCHING and changes the level).
 */
export const bedSearchHistory = historyTable("bed_search_history", () => bedSearches.id, searchStatus, {
  level: searchLevel().notNull(),
});

/** ER-7: each level's start, end and outcome. */
export const bedSearchLevels = pgTable("bed_search_levels", {
  id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  searchId: uuid()
    .notNull()
    .references(() => bedSearches.id, { onDelete: "restrict" }),
  level: searchLevel().notNull(),
  startedAt: timestamp({ withTimezone: true }).notNull(),
  endedAt: timestamp({ withTimezone: true }),
  outcome: text(),
});

/**
 * A bed held for a search (ER-6). Active until released: the destination did not accept it by `acceptBy`
 * (EXPIRED), refused it (REJECTED), the referral was cancelled (CANCELLED); once the patient arrived
 * (`arrivedAt`) it stands for the occupied bed until the patient is discharged (DISCHARGED) or the
 * facility's next occupancy report counts them (REPORTED) (ER-8).
 */
export const bedReservations = pgTable(
  "bed_reservations",
  {
    id: uuid().primaryKey().defaultRandom(),
    searchId: uuid()
      .notNull()
      .references(() => bedSearches.id, { onDelete: "restrict" }),
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "restrict" }),
    bedType: bedType().notNull(),
    active: boolean().notNull().default(true),
    reservedAt: timestamp({ withTimezone: true }).notNull(),
    /** The destination accepts the referral by then, or the hold lapses (ER-8). */
    acceptBy: timestamp({ withTimezone: true }),
    arrivedAt: timestamp({ withTimezone: true }),
    releasedAt: timestamp({ withTimezone: true }),
    releaseReason: bedHoldRelease(),
  },
  (t) => [
    index("bed_reservations_active_idx")
      .on(t.facilityId, t.bedType)
      .where(sql`${t.active}`),
    index("bed_reservations_search_idx").on(t.searchId),
  ],
);

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralHistoryRow = typeof referralHistory.$inferSelect;
export type BedSearchHistoryRow = typeof bedSearchHistory.$inferSelect;
export type SearchStatus = (typeof searchStatus.enumValues)[number];
export type BedSearchLevelRow = typeof bedSearchLevels.$inferSelect;
export type ReferralStatus = (typeof referralStatus.enumValues)[number];
export type ReferralScope = (typeof referralScope.enumValues)[number];
export type BedHoldRow = typeof bedReservations.$inferSelect;
export type BedHoldRelease = (typeof bedHoldRelease.enumValues)[number];
export type BedSearchRow = typeof bedSearches.$inferSelect;
export type SearchLevel = (typeof searchLevel.enumValues)[number];
