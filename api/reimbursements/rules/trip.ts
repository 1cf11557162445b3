import { daysBetween } from "../../platform/time/clock.js";
import { userError, type UserError } from "../../platform/conventions/errors.js";
import type { Person, ReferralFacts, TripFacts } from "./facts.js";

/** One claim covers one trip; a longer treatment is claimed per trip. */
const MAX_TRIP_DAYS = 366;

/** Input checks that name the field: dates in order, days inside the trip, tickets complete. */
export function checkTripFacts(
  referral: Pick<ReferralFacts, "referralDate" | "recordedArrivalDate">,
  trip: TripFacts,
  path: string[],
): UserError[] {
  const errors: UserError[] = [];
  const at = (...field: (string | number)[]) => [...path, ...field.map(String)];
  if (trip.departureDate < referral.referralDate)
    errors.push(
      userError(
        at("departureDate"),
        "BEFORE_REFERRAL",
        `The departure (${trip.departureDate}) is before the referral (${referral.referralDate}).`,
        "REIMB-7",
      ),
    );
  if (trip.returnDate < trip.departureDate)
    errors.push(userError(at("returnDate"), "RETURN_BEFORE_DEPARTURE", "The return date is before the departure date.", "REIMB-7"));
  else if (daysBetween(trip.departureDate, trip.returnDate) >= MAX_TRIP_DAYS)
    errors.push(userError(at("returnDate"), "TRIP_TOO_LONG", `One claim covers a trip of at most ${MAX_TRIP_DAYS} days.`, "REIMB-7"));
  if (trip.applicationDate < referral.referralDate)
    errors.push(
      userError(at("applicationDate"), "BEFORE_REFERRAL", "The application to the referred facility is before the referral.", "REIMB-10"),
    );
  if (trip.applicationDate < trip.departureDate || trip.applicationDate > trip.returnDate)
    errors.push(
      userError(at("applicationDate"), "OUTSIDE_TRIP", "The application to the referred facility falls outside the trip.", "REIMB-10"),
    );
  if (referral.recordedArrivalDate && trip.applicationDate !== referral.recordedArrivalDate)
    errors.push(
      userError(
        at("applicationDate"),
        "APPLICATION_DATE_MISMATCH",
        `The referred facility recorded the patient's arrival on ${referral.recordedArrivalDate}, not ${trip.applicationDate}.`,
        "REIMB-10",
      ),
    );
  const treatmentDays = [...trip.outpatientDays, ...trip.inpatientDays, ...trip.onwardReferrals.flatMap((o) => o.outpatientDays)];
  if (treatmentDays.some((day) => day < trip.applicationDate))
    errors.push(
      userError(
        at("outpatientDays"),
        "TREATMENT_BEFORE_APPLICATION",
        "Treatment at the referred place starts on or after the application.",
        "REIMB-7",
      ),
    );
  if (trip.sameDayDischarge && (trip.returnDate !== trip.applicationDate || treatmentDays.some((day) => day > trip.applicationDate)))
    errors.push(
      userError(
        at("sameDayDischarge"),
        "NOT_SAME_DAY",
        "A same-day discharge means the patient left on the day of the application, with no treatment after it.",
        "REIMB-7",
      ),
    );
  const inTrip = (day: string) => day >= trip.departureDate && day <= trip.returnDate;
  const dayLists: [string, string[]][] = [
    ["outpatientDays", trip.outpatientDays],
    ["inpatientDays", trip.inpatientDays],
    ["sickLeaveDays", trip.sickLeaveDays],
  ];
  trip.onwardReferrals.forEach((onward, i) => dayLists.push([`onwardReferrals.${i}.outpatientDays`, onward.outpatientDays]));
  for (const [field, days] of dayLists) {
    days.forEach((day, i) => {
      if (!inTrip(day))
        errors.push(
          userError(
            at(...field.split("."), i),
            "OUTSIDE_TRIP",
            `${day} is outside the trip ${trip.departureDate}..${trip.returnDate}.`,
            "REIMB-7",
          ),
        );
    });
  }
  const outpatient = new Set([...trip.outpatientDays, ...trip.onwardReferrals.flatMap((o) => o.outpatientDays)]);
  trip.inpatientDays.forEach((day, i) => {
    if (outpatient.has(day))
      errors.push(
        userError(
          at("inpatientDays", i),
          "INPATIENT_AND_OUTPATIENT",
          `${day} is given both as an inpatient and an outpatient day.`,
          "REIMB-7",
        ),
      );
  });
  const vehicleOf = (person: Person) => (person === "PATIENT" ? trip.transport : (trip.companion?.transport ?? trip.transport));
  trip.tickets.forEach((ticket, i) => {
    if (ticket.amountMinor <= 0)
      errors.push(userError(at("tickets", i, "amount"), "AMOUNT_NOT_POSITIVE", "A ticket amount is positive.", "REIMB-6"));
    if (vehicleOf(ticket.person) === "FLIGHT" && !ticket.cabinClass)
      errors.push(
        userError(
          at("tickets", i, "cabinClass"),
          "CABIN_CLASS_REQUIRED",
          "A flight ticket states its cabin class: flights are paid at economy.",
          "REIMB-6",
        ),
      );
    if (ticket.cabinClass && ticket.cabinClass !== "ECONOMY" && ticket.economyFareMinor === null)
      errors.push(
        userError(
          at("tickets", i, "economyFare"),
          "ECONOMY_FARE_REQUIRED",
          "A business or VIP ticket is paid at the economy fare: give it.",
          "REIMB-6",
        ),
      );
    if (ticket.economyFareMinor !== null && ticket.economyFareMinor <= 0)
      errors.push(userError(at("tickets", i, "economyFare"), "AMOUNT_NOT_POSITIVE", "An economy fare is positive.", "REIMB-6"));
    if (ticket.person === "COMPANION" && !trip.companion)
      errors.push(userError(at("tickets", i, "person"), "NO_COMPANION", "A companion ticket needs the companion facts.", "REIMB-9"));
  });
  const legs = new Set(trip.tickets.map((t) => `${t.person}:${t.leg}`));
  if (legs.size !== trip.tickets.length)
    errors.push(userError(at("tickets"), "DUPLICATE_TICKET", "One ticket per person and leg.", "REIMB-6"));
  if (trip.healthBoardReport && trip.healthBoardReport.issuedOn > trip.departureDate)
    errors.push(
      userError(
        at("healthBoardReport", "issuedOn"),
        "REPORT_AFTER_DEPARTURE",
        "The health board report is dated after the departure.",
        "REIMB-6",
      ),
    );
  return errors;
}
