import { MDS_METRICS, type MdsMetric, type SubmissionStatus, type TpNationality } from "../../drizzle/schema/index.js";
import { addDays } from "../platform/time/clock.js";
import { userError, type UserError } from "../platform/conventions/errors.js";
import { nextStateOf, type Transitions } from "../platform/conventions/state-machine.js";

export const METRICS = MDS_METRICS;
export type Metric = MdsMetric;
export const NATIONALITIES: TpNationality[] = ["SY", "IQ"];
export const DEFAULT_DUE_DAY = 10;

export type MdsRowValues = { facilityId: string; nationality: TpNationality } & Record<Metric, number>;

const pad = (n: number) => String(n).padStart(2, "0");

/** The month after `period` (YYYY-MM). */
export function nextPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

export function previousPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/** MDS-1: a period opens on the 1st of the following month (Istanbul) and is due on the configured day. */
export function periodWindow(period: string, dueDay: number): { opensOn: string; dueOn: string } {
  const opensOn = `${nextPeriod(period)}-01`;
  return { opensOn, dueOn: addDays(opensOn, dueDay - 1) };
}

/** The period whose entry is open on `today`: the previous month. */
export const currentReportingPeriod = (today: string) => previousPeriod(today.slice(0, 7));

export function checkPeriodOpen(period: string, today: string, field: string[]): UserError[] {
  const { opensOn } = periodWindow(period, DEFAULT_DUE_DAY);
  return today >= opensOn
    ? []
    : [
        userError(
          field,
          "NOT_OPEN",
          `Entry for ${period} opens on ${opensOn} (Europe/Istanbul); the open period is ${currentReportingPeriod(today)}.`,
          "MDS-1",
        ),
      ];
}

/** MDS-2: each row names a facility of the province, once per nationality, with non-negative whole counts. */
export function checkRows(rows: MdsRowValues[], facilitiesOfProvince: ReadonlySet<string>, provinceCode: string): UserError[] {
  const errors: UserError[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const path = ["input", "rows", String(index)];
    const where = `row ${index + 1} (facility ${row.facilityId}, ${row.nationality})`;
    if (!facilitiesOfProvince.has(row.facilityId)) {
      errors.push(
        userError(
          [...path, "facilityId"],
          "FACILITY_OUTSIDE_PROVINCE",
          `${where}: the facility is not one of province ${provinceCode}.`,
          "MDS-2",
        ),
      );
    }
    for (const metric of METRICS) {
      if (!Number.isInteger(row[metric]) || row[metric] < 0) {
        errors.push(
          userError([...path, metric], "NEGATIVE_OR_FRACTION", `${where}: ${metric} must be a whole number of 0 or more.`, "MDS-2"),
        );
      }
    }
    const key = `${row.facilityId}|${row.nationality}`;
    if (seen.has(key))
      errors.push(
        userError([...path, "facilityId"], "DUPLICATE_ROW", `${where}: this facility and nationality already have a row.`, "MDS-2"),
      );
    seen.add(key);
  });
  return errors;
}

export type SubmissionAction = "submit" | "requestCorrection" | "accept" | "correct";

/** MDS-3, and MDS-7: the unit corrects a handed-in submission itself, which stays where it was, under review. */
export const submissionMoves: Transitions<SubmissionStatus, SubmissionAction> = {
  DRAFT: { submit: "SUBMITTED" },
  SUBMITTED: { requestCorrection: "CORRECTION_REQUESTED", accept: "ACCEPTED", correct: "SUBMITTED" },
  CORRECTION_REQUESTED: { submit: "RESUBMITTED" },
  RESUBMITTED: { requestCorrection: "CORRECTION_REQUESTED", accept: "ACCEPTED", correct: "RESUBMITTED" },
  ACCEPTED: {},
};

/** MDS-3: the status a step leads to, or a refusal naming the current status and where it may go. */
export const transition = (action: SubmissionAction, from: SubmissionStatus) =>
  nextStateOf(submissionMoves, from, action, action === "correct" ? "MDS-7" : "MDS-3");

export const editable = (status: SubmissionStatus) => status === "DRAFT" || status === "CORRECTION_REQUESTED";

export type ProvincePeriodStatus = SubmissionStatus | "NOT_STARTED";

/** MDS-4: overdue means not yet handed in (or not handed back after a correction request) after the due day. */
export function isOverdue(status: ProvincePeriodStatus, today: string, dueOn: string): boolean {
  return today > dueOn && (status === "NOT_STARTED" || status === "DRAFT" || status === "CORRECTION_REQUESTED");
}

export interface Change {
  value: number;
  previousValue: number | null;
  change: number | null;
}

export const changeOf = (value: number, previousValue: number | null): Change => ({
  value,
  previousValue,
  change: previousValue === null ? null : value - previousValue,
});

/** MDS-1: the due day is a day every month has. */
export const checkDueDay = (dueDay: number): UserError[] =>
  Number.isInteger(dueDay) && dueDay >= 1 && dueDay <= 28
    ? []
    : [userError(["input", "dueDay"], "NOT_A_DUE_DAY", "The due day is a day of the month from 1 to 28.", "MDS-1")];

/** MDS-3: a province edits its draft, or the revision a correction request opened; nothing else. */
export const checkEditable = (period: string, status: SubmissionStatus): UserError[] =>
  editable(status)
    ? []
    : [
        userError(
          ["input", "period"],
          "NOT_EDITABLE",
          `The ${period} submission is ${status}; it is edited again only after a correction request.`,
          "MDS-3",
        ),
      ];

/** MDS-3: only a saved draft is submitted. */
export const checkDraftExists = (period: string, submission: unknown): UserError[] =>
  submission ? [] : [userError(["input", "period"], "NO_DRAFT", `There is no ${period} draft to submit.`, "MDS-3")];

/** MDS-3: a correction request names at least one row the submission has, each with its reason. */
export function checkCorrectionRows(
  requested: { facilityId: string; nationality: TpNationality }[],
  submitted: { facilityId: string; nationality: TpNationality }[],
): UserError[] {
  if (requested.length === 0)
    return [userError(["input", "rows"], "REQUIRED", "Name at least one row to correct, with the reason.", "MDS-3")];
  return requested.flatMap((r, i) =>
    submitted.some((row) => row.facilityId === r.facilityId && row.nationality === r.nationality)
      ? []
      : [userError(["input", "rows", String(i)], "NO_SUCH_ROW", "The submission has no row for this facility and nationality.", "MDS-3")],
  );
}

/** MDS-4: the provinces overdue for a period, with their status and submission (none while NOT_STARTED). */
export function overdueProvinces<S extends { provinceCode: string; status: SubmissionStatus }>(
  provinceCodes: string[],
  submissions: S[],
  today: string,
  dueOn: string,
): { provinceCode: string; status: ProvincePeriodStatus; submission: S | null }[] {
  return provinceCodes.flatMap((provinceCode) => {
    const submission = submissions.find((s) => s.provinceCode === provinceCode) ?? null;
    const status: ProvincePeriodStatus = submission?.status ?? "NOT_STARTED";
    return isOverdue(status, today, dueOn) ? [{ provinceCode, status, submission }] : [];
  });
}

/** MDS-7: the unit's own correction names the rows it changes (MDS-2 applies to them) and why. */
export function checkUnitCorrection(
  rows: MdsRowValues[],
  facilitiesOfProvince: ReadonlySet<string>,
  provinceCode: string,
  reason: string,
): UserError[] {
  const errors = rows.length === 0 ? [userError(["input", "rows"], "REQUIRED", "Give at least one corrected row.", "MDS-7")] : [];
  errors.push(...checkRows(rows, facilitiesOfProvince, provinceCode));
  if (reason.trim().length === 0)
    errors.push(userError(["input", "reason"], "REASON_REQUIRED", "Say why the unit corrects the province's data.", "MDS-7"));
  return errors;
}

/** MDS-7: the corrected revision: the submitted rows with the unit's rows in place of (or beside) them. */
export function correctedRows(submitted: MdsRowValues[], corrections: MdsRowValues[]): MdsRowValues[] {
  const key = (row: MdsRowValues) => `${row.facilityId}|${row.nationality}`;
  const corrected = new Set(corrections.map(key));
  const values = (row: MdsRowValues): MdsRowValues => ({
    facilityId: row.facilityId,
    nationality: row.nationality,
    ...(Object.fromEntries(METRICS.map((m) => [m, row[m]])) as Record<Metric, number>),
  });
  return [...submitted.filter((row) => !corrected.has(key(row))), ...corrections].map(values);
}

/** MDS-3: the revision a history step belongs to: the first, plus one for each correction (requested or made) before it. */
export function revisionsOf(steps: { action: string }[]): number[] {
  let revision = 1;
  return steps.map((step) => {
    const current = revision;
    if (step.action === "requestCorrection" || step.action === "correct") revision += 1;
    return current;
  });
}
