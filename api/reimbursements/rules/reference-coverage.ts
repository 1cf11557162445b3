import { addDays } from "../../platform/time/clock.js";
import { userError, type UserError } from "../../platform/conventions/errors.js";
import { payableDays } from "./daily-allowance.js";
import { travelDistance } from "./distance.js";
import type { ReferenceFacts, ReferralFacts, TripFacts } from "./facts.js";
import { regularFare } from "./transport.js";
import { inPeriod } from "./wording.js";

/**
 * Reference data the statement needs and does not have (no tariff, coefficient or holiday calendar
 * for a day): the statement is not guessed; a claim waits for SGK or the ministry to add the data.
 */
export function checkReferenceCoverage(referral: ReferralFacts, trip: TripFacts, reference: ReferenceFacts, path: string[]): UserError[] {
  const errors: UserError[] = [];
  const { paidKm } = travelDistance(referral, reference);
  for (const [field, day] of [
    ["departureDate", trip.departureDate],
    ["returnDate", trip.returnDate],
  ] as const) {
    if (paidKm > 0 && regularFare(reference.tariffs, paidKm, day) === null)
      errors.push(
        userError(
          [...path, field],
          "NO_FARE_TARIFF",
          `No regular fare tariff covers ${paidKm} km on ${day}: SGK has to add it.`,
          "REIMB-5",
        ),
      );
  }
  const uncovered = payableDays(trip).find((day) => !reference.coefficients.some((c) => inPeriod(day, c)));
  if (uncovered)
    errors.push(
      userError(path, "NO_COEFFICIENT", `No civil-servant coefficient is in force on ${uncovered}: SGK has to add its period.`, "REIMB-8"),
    );
  // Business days are counted from the referral day over at most a few weeks; each year they reach needs its holidays.
  const calendarYears = new Set([...reference.holidays].map((day) => day.slice(0, 4)));
  const missingYear = [referral.referralDate, addDays(referral.referralDate, 60)]
    .map((day) => day.slice(0, 4))
    .find((year) => !calendarYears.has(year));
  if (missingYear)
    errors.push(
      userError(
        path,
        "NO_HOLIDAY_CALENDAR",
        `No Turkish public holidays are recorded for ${missingYear}: business days cannot be counted.`,
        "REIMB-10",
      ),
    );
  return errors;
}
