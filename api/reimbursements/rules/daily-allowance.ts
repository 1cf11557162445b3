import type { Explained, TripFacts } from "./facts.js";
import { note } from "./wording.js";

/** The days that may be paid a daily allowance (REIMB-7): departure, return and outpatient days. */
export const payableDays = (trip: TripFacts) =>
  [trip.departureDate, trip.returnDate, ...trip.outpatientDays, ...trip.onwardReferrals.flatMap((o) => o.outpatientDays)].sort();

/** REIMB-7: departure and return days, plus outpatient days (here and after onward referrals) not on sick leave; inpatient days are not paid. */
export function dailyAllowanceDays(trip: TripFacts, notes: Explained[]): string[] {
  const treatedAfterApplication = [
    ...trip.outpatientDays,
    ...trip.inpatientDays,
    ...trip.onwardReferrals.flatMap((o) => o.outpatientDays),
  ].some((day) => day > trip.applicationDate);
  if (trip.sameDayDischarge || (trip.returnDate === trip.applicationDate && !treatedAfterApplication)) {
    notes.push(
      note(
        ["REIMB-7"],
        "Tedavi varış günü sona erdi ve hasta aynı gün ayrıldı: gündelik ödenmez.",
        "Treatment ended on the day of arrival and the patient left that day: no daily allowance.",
      ),
    );
    return [];
  }
  const sickLeave = new Set(trip.sickLeaveDays);
  const outpatient = [...trip.outpatientDays, ...trip.onwardReferrals.flatMap((o) => o.outpatientDays)];
  const onSickLeave = outpatient.filter((day) => sickLeave.has(day) && day !== trip.departureDate && day !== trip.returnDate);
  const days = new Set([trip.departureDate, trip.returnDate, ...outpatient.filter((day) => !sickLeave.has(day))]);
  const inpatientOnly = trip.inpatientDays.filter((day) => !days.has(day));
  if (inpatientOnly.length > 0)
    notes.push(
      note(
        ["REIMB-7"],
        `${inpatientOnly.length} yatarak tedavi günü için gündelik ödenmez; yalnız gidiş ve dönüş günleri ödenir.`,
        `${inpatientOnly.length} inpatient day(s) are not paid; only the departure and return days are.`,
      ),
    );
  if (onSickLeave.length > 0)
    notes.push(
      note(
        ["REIMB-7"],
        `Ayakta tedavi sırasında sağlık raporlu ${new Set(onSickLeave).size} gün için gündelik ödenmez.`,
        `${new Set(onSickLeave).size} outpatient day(s) covered by a sick-leave report are not paid.`,
      ),
    );
  for (const onward of trip.onwardReferrals.filter((o) => o.outpatientDays.length > 0))
    notes.push(
      note(
        ["REIMB-7"],
        `${onward.facility.name} kuruluşuna sevk sonrası ayakta tedavi günleri de sayılır.`,
        `Outpatient days at ${onward.facility.name} after the onward referral count too.`,
      ),
    );
  return [...days].sort();
}
