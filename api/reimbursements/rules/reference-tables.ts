import { addDays, daysBetween } from "../../platform/time/clock.js";
import { userError, type UserError } from "../../platform/conventions/errors.js";
import type { CoefficientPeriod } from "./facts.js";
import { inPeriod } from "./wording.js";

/** REIMB-5: a tariff's bands start at 1 km, follow each other without gaps or overlaps, and never get cheaper with distance. */
export function checkFareBands(bands: { fromKm: number; toKm: number; fareMinor: number }[], path: string[]): UserError[] {
  if (bands.length === 0) return [userError(path, "NO_BANDS", "A tariff has at least one km band.", "REIMB-5")];
  const errors: UserError[] = [];
  bands.forEach((band, i) => {
    const expectedFrom = i === 0 ? 1 : bands[i - 1].toKm + 1;
    if (band.fromKm !== expectedFrom)
      errors.push(
        userError(
          [...path, String(i), "fromKm"],
          "BAND_GAP",
          `Band ${i + 1} starts at ${expectedFrom} km (bands follow each other from 1 km).`,
          "REIMB-5",
        ),
      );
    if (band.toKm < band.fromKm)
      errors.push(userError([...path, String(i), "toKm"], "BAND_RANGE", "A band ends at or after its start.", "REIMB-5"));
    if (band.fareMinor <= 0)
      errors.push(userError([...path, String(i), "fareMinor"], "FARE_NOT_POSITIVE", "A fare is positive.", "REIMB-5"));
    if (i > 0 && band.fareMinor < bands[i - 1].fareMinor)
      errors.push(userError([...path, String(i), "fareMinor"], "FARE_DECREASES", "A longer distance does not cost less.", "REIMB-5"));
  });
  return errors;
}

export interface CoefficientGap {
  validFrom: string;
  validUntil: string;
  /** The first day of the half-year no coefficient period covers. */
  firstUncoveredDay: string;
  /** Days from today to the half-year's start; negative once it has started. */
  startsInDays: number;
}

/** REIMB-14: how many days before a half-year without a coefficient starts the coordination unit hears of it. */
export const COEFFICIENT_GAP_WARNING_DAYS = 30;

/** The coefficient is published per half-year (January and July) since the first period the product pays (2021 H1). */
export const FIRST_COEFFICIENT_HALF_YEAR = "2021-01-01";

/**
 * REIMB-14: the half-years from 2021 up to the one `withinDays` ahead of today that some day lacks a coefficient:
 * the coordination unit hears of a period without one before it starts, and of past ones still missing.
 */
export function coefficientGaps(periods: CoefficientPeriod[], today: string, withinDays: number): CoefficientGap[] {
  const horizon = addDays(today, withinDays);
  const gaps: CoefficientGap[] = [];
  for (let start = FIRST_COEFFICIENT_HALF_YEAR; start <= horizon;) {
    const [year, month] = start.split("-").map(Number);
    const end = month === 1 ? `${year}-06-30` : `${year}-12-31`;
    let uncovered: string | null = null;
    for (let day = start; day <= end && uncovered === null;) {
      const period = periods.find((p) => inPeriod(day, p));
      if (!period) uncovered = day;
      else day = addDays(period.validUntil, 1);
    }
    if (uncovered) gaps.push({ validFrom: start, validUntil: end, firstUncoveredDay: uncovered, startsInDays: daysBetween(today, start) });
    start = addDays(end, 1);
  }
  return gaps;
}

/** REIMB-5 / REIMB-8: a validity period ends on or after its start. */
export function checkPeriod(input: { validFrom: string; validUntil: string }, rule: string): UserError[] {
  return input.validUntil < input.validFrom
    ? [userError(["input", "validUntil"], "PERIOD_ENDS_BEFORE_START", "validUntil is on or after validFrom.", rule)]
    : [];
}

/** REIMB-8: a coefficient period: its dates in order and a positive coefficient (parsed to millionths, null when not a decimal). */
export function checkCoefficient(input: { validFrom: string; validUntil: string }, millionths: number | null): UserError[] {
  const errors = checkPeriod(input, "REIMB-8");
  if (millionths === null || millionths === 0)
    errors.push(
      userError(
        ["input", "coefficient"],
        "NOT_A_COEFFICIENT",
        "The coefficient is a positive decimal with up to 6 places, e.g. 1.387871.",
        "REIMB-8",
      ),
    );
  return errors;
}

const ICD10_PREFIX = /^[A-Z](\d{1,2}(\.\d{1,2})?)?$/;

/** REIMB-10's limits are 1 to 30 business days; REIMB-2's and REIMB-4's lists hold ICD-10 codes or prefixes. */
export function checkReimbursementSettings(deadlines: Record<string, number>, lists: Record<string, string[]>): UserError[] {
  const errors: UserError[] = [];
  for (const [field, days] of Object.entries(deadlines))
    if (!Number.isInteger(days) || days < 1 || days > 30)
      errors.push(userError(["input", field], "OUT_OF_RANGE", "a number of business days from 1 to 30.", "REIMB-10"));
  for (const [list, prefixes] of Object.entries(lists))
    prefixes.forEach((prefix, i) => {
      if (!ICD10_PREFIX.test(prefix))
        errors.push(
          userError(
            ["input", list, String(i)],
            "NOT_AN_ICD10_PREFIX",
            "an ICD-10 code or code prefix such as I21, I21.0 or T.",
            list === "emergencyFullDistance" ? "REIMB-4" : "REIMB-2",
          ),
        );
    });
  return errors;
}
