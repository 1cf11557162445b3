import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid, varchar } from "drizzle-orm/pg-core";
import { timestamps, version } from "./columns.js";
import { historyTable } from "./history.js";
import { facilities } from "./facilities.js";
import { provinces } from "./geography.js";

export const submissionStatus = pgEnum("submission_status", ["DRAFT", "SUBMITTED", "CORRECTION_REQUESTED", "RESUBMITTED", "ACCEPTED"]);
export const tpNationality = pgEnum("tp_nationality", ["SY", "IQ"]);

/** MDS-1: the counts a province reports per facility and nationality, one column each in mds_rows. */
export const MDS_METRICS = [
  "outpatientVisits",
  "emergencyVisits",
  "inpatientAdmissions",
  "surgeries",
  "births",
  "intensiveCareAdmissions",
  "referralsOut",
] as const;
export type MdsMetric = (typeof MDS_METRICS)[number];

/** MDS-2: one submission per province and reporting period (YYYY-MM). */
export const mdsSubmissions = pgTable(
  "mds_submissions",
  {
    id: uuid().primaryKey().defaultRandom(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code, { onDelete: "restrict" }),
    period: varchar({ length: 7 }).notNull(),
    status: submissionStatus().notNull().default("DRAFT"),
    /** The revision being edited or last submitted; earlier revisions stay as they were (MDS-3). */
    revision: integer().notNull().default(1),
    submittedAt: timestamp({ withTimezone: true }),
    acceptedAt: timestamp({ withTimezone: true }),
    ...version,
    ...timestamps,
  },
  (t) => [
    unique("mds_submissions_province_period_key").on(t.provinceCode, t.period),
    index("mds_submissions_period_idx").on(t.period, t.status),
  ],
);

/** The rows of each revision: per facility and nationality, the month's counts. */
export const mdsRows = pgTable(
  "mds_rows",
  {
    submissionId: uuid()
      .notNull()
      .references(() => mdsSubmissions.id, { onDelete: "restrict" }),
    revision: integer().notNull(),
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "restrict" }),
    nationality: tpNationality().notNull(),
    outpatientVisits: integer().notNull(),
    emergencyVisits: integer().notNull(),
    inpatientAdmissions: integer().notNull(),
    surgeries: integer().notNull(),
    births: integer().notNull(),
    intensiveCareAdmissions: integer().notNull(),
    referralsOut: integer().notNull(),
  },
  (t) => [
    unique("mds_rows_one_per_facility_nationality").on(t.submissionId, t.revision, t.facilityId, t.nationality),
    check(
      "mds_rows_counts_non_negative",
      sql`least(${t.outpatientVisits}, ${t.emergencyVisits}, ${t.inpatientAdmissions}, ${t.surgeries}, ${t.births}, ${t.intensiveCareAdmissions}, ${t.referralsOut}) >= 0`,
    ),
  ],
);

/** MDS-3: rows the coordination unit sent back, with the reason, for one revision. */
export const mdsCorrections = pgTable("mds_corrections", {
  id: uuid().primaryKey().defaultRandom(),
  submissionId: uuid()
    .notNull()
    .references(() => mdsSubmissions.id, { onDelete: "restrict" }),
  revision: integer().notNull(),
  facilityId: uuid()
    .notNull()
    .references(() => facilities.id, { onDelete: "restrict" }),
  nationality: tpNationality().notNull(),
  metric: text(),
  reason: text().notNull(),
  requestedByClientId: text().notNull(),
  requestedAt: timestamp({ withTimezone: true }).notNull(),
});

/**
 * MDS-3 / MDS-7: every status change and every correction by the coordination unit (action `correct`, its reason in
 * `note`), append-only, by the history convention (drizzle/schema/history.ts).
 */
export const monthlySubmissionHistory = historyTable("monthly_submission_history", () => mdsSubmissions.id, submissionStatus);

/** MDS-6: the monthly dispatch to HSGM, or to another ministry on request. */
export const mdsDispatches = pgTable("mds_dispatches", {
  id: uuid().primaryKey().defaultRandom(),
  period: varchar({ length: 7 }).notNull(),
  recipient: text().notNull(),
  letterNumber: text().notNull(),
  letterDate: date({ mode: "string" }).notNull(),
  recordedByClientId: text().notNull(),
  recordedAt: timestamp({ withTimezone: true }).notNull(),
});

export type MdsSubmissionRow = typeof mdsSubmissions.$inferSelect;
export type MdsRow = typeof mdsRows.$inferSelect;
export type MdsCorrectionRow = typeof mdsCorrections.$inferSelect;
export type MdsDispatchRow = typeof mdsDispatches.$inferSelect;
export type SubmissionStatus = (typeof submissionStatus.enumValues)[number];
export type TpNationality = (typeof tpNationality.enumValues)[number];

/** MDS-4: a province told once that its period is overdue (the period's submission may not exist yet). */
export const mdsOverdueNotices = pgTable(
  "mds_overdue_notices",
  {
    period: varchar({ length: 7 }).notNull(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code, { onDelete: "restrict" }),
    dueOn: date({ mode: "string" }).notNull(),
    notifiedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: "mds_overdue_notices_pkey", columns: [t.period, t.provinceCode] })],
);

/**
 * MDS-5: an accepted submission's sums per nationality, written in the transaction that accepts it (ACCEPTED is
 * final), so a period's consolidation reads at most 81 × 2 rows however many facilities reported.
 */
export const mdsPeriodTotals = pgTable(
  "mds_period_totals",
  {
    period: varchar({ length: 7 }).notNull(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code, { onDelete: "restrict" }),
    nationality: tpNationality().notNull(),
    submissionId: uuid()
      .notNull()
      .references(() => mdsSubmissions.id, { onDelete: "restrict" }),
    outpatientVisits: integer().notNull(),
    emergencyVisits: integer().notNull(),
    inpatientAdmissions: integer().notNull(),
    surgeries: integer().notNull(),
    births: integer().notNull(),
    intensiveCareAdmissions: integer().notNull(),
    referralsOut: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.period, t.provinceCode, t.nationality] })],
);
