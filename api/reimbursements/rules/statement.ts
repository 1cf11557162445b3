import { nthBusinessDayFrom } from "../../platform/time/business-days.js";
import { groupBy } from "../../platform/conventions/collections.js";
import { dailyRateMinor, formatCoefficient, formatTry, formatTryEn } from "../money.js";
import { dailyAllowanceDays } from "./daily-allowance.js";
import { ESTIMATED_ROAD_FACTOR, travelDistance } from "./distance.js";
import { checkEligibility } from "./eligibility.js";
import type { Explained, FacilityFacts, Leg, Person, ReferenceFacts, ReferralFacts, Statement, StatementLine, TripFacts } from "./facts.js";
import { invoiceLine, nonRegularJustification, regularFare, unjustifiedReason } from "./transport.js";
import { NON_REGULAR, inPeriod, isEmergency, legNames, note, personEn, personTr, transportEn, transportTr } from "./wording.js";

/** REIMB-3 / REIMB-4: where travel is paid to, how far, and the words every travel line uses for it. */
interface PaidDistance {
  capped: boolean;
  paidTo: FacilityFacts;
  paidKm: number;
  actualKm: number;
  paidEstimated: boolean;
  distanceRules: string[];
  explanationTr: string;
  explanationEn: string;
}

/**
 * The statement, step by step: eligibility (REIMB-1, 2, 10), the paid distance (REIMB-3, 4, 13), who is paid
 * (REIMB-9), travel per person and leg (REIMB-5, 6), the daily allowance (REIMB-7, 8), and the totals.
 */
export function calculateStatement(referral: ReferralFacts, trip: TripFacts, reference: ReferenceFacts): Statement {
  const { deadlines, holidays } = reference;
  const applicationDeadline = nthBusinessDayFrom(referral.referralDate, deadlines.travelAndDailyBusinessDays, holidays);
  const treatmentCostDeadline = nthBusinessDayFrom(referral.referralDate, deadlines.treatmentBusinessDays, holidays);
  const ineligibility = checkEligibility(
    referral,
    trip,
    { deadline: applicationDeadline, businessDays: deadlines.travelAndDailyBusinessDays },
    reference.conditions,
  );
  const notes: Explained[] = [];
  const distance = paidDistance(referral, reference, notes);
  const persons = paidPersons(referral, trip, notes);
  const lines = persons.flatMap((person) => travelLines(person, referral, trip, reference, distance, notes));
  const paidDays = dailyAllowanceDays(trip, notes);
  lines.push(...persons.flatMap((person) => dailyLines(person, referral, paidDays, reference)));

  const eligible = ineligibility.length === 0;
  const payable = eligible ? lines : [];
  const sum = (person: Person) => payable.filter((l) => l.person === person).reduce((total, l) => total + l.amountMinor, 0);
  return {
    eligible,
    ineligibility,
    lines: payable,
    notes,
    actualDistanceKm: distance.actualKm,
    paidDistanceKm: distance.paidKm,
    actualDistanceEstimated: reference.actual.estimated,
    paidDistanceEstimated: distance.paidEstimated,
    travelPaidToFacilityId: distance.paidTo.id,
    applicationDeadline,
    treatmentCostDeadline,
    treatmentCostsInTime: trip.applicationDate <= treatmentCostDeadline,
    patientTotalMinor: sum("PATIENT"),
    companionTotalMinor: sum("COMPANION"),
    totalMinor: sum("PATIENT") + sum("COMPANION"),
  };
}

/** REIMB-3 / REIMB-4 / REIMB-13: the paid distance and why; notes an unlisted emergency and an estimated distance. */
function paidDistance(referral: ReferralFacts, reference: ReferenceFacts, notes: Explained[]): PaidDistance {
  const { destination } = referral;
  const { fullDistance, capped, paidTo, paidKm, paidEstimated } = travelDistance(referral, reference);
  const actualKm = reference.actual.km;
  if (isEmergency(referral) && !fullDistance)
    notes.push(
      note(
        ["REIMB-4"],
        `Acil sevk, SGK'nın tüm mesafeyi ödediği acil hallerden ${referral.diagnosisIcd10 ? `değil (${referral.diagnosisIcd10})` : "olduğu gösterilmedi (tanı yok)"}; yol gideri REIMB-3'e göre ödenir.`,
        `The emergency is ${referral.diagnosisIcd10 ? `not one SGK lists for the full distance (${referral.diagnosisIcd10})` : "not shown to be one SGK lists for the full distance (no diagnosis given)"}; travel is paid as REIMB-3 says.`,
      ),
    );
  if (reference.actual.estimated || paidEstimated)
    notes.push(
      note(
        ["REIMB-13"],
        `Yayımlanmış karayolu mesafesi yok: mesafe koordinatlardan tahmin edildi (kuş uçuşu × ${ESTIMATED_ROAD_FACTOR}); SGK gerçek mesafeyi girebilir.`,
        `No published road distance: the distance is estimated from coordinates (great-circle × ${ESTIMATED_ROAD_FACTOR}); SGK may set the real one.`,
      ),
    );
  const explanationTr = fullDistance
    ? `${fullDistance.explanationTr} gerçek varış yerine (${destination.name}, ${paidKm} km) kadar ödenir`
    : capped
      ? `tedaviyi verebilecek en yakın üçüncü basamak kuruluşa (${paidTo.name}, ${paidKm} km) kadar ödenir, ${destination.name} (${actualKm} km) yerine; aradaki fark hastaya aittir`
      : `gidilen kuruma (${destination.name}, ${paidKm} km) kadar ödenir; tedaviyi verebilecek daha yakın üçüncü basamak kuruluş yok`;
  const explanationEn = fullDistance
    ? `the full distance to ${destination.name} (${paidKm} km) is paid because ${fullDistance.explanationEn}`
    : capped
      ? `paid to the nearest level-3 facility able to treat, ${paidTo.name} (${paidKm} km), instead of ${destination.name} (${actualKm} km); the patient bears the difference`
      : `paid to ${destination.name} (${paidKm} km); no level-3 facility able to treat is nearer`;
  return {
    capped,
    paidTo,
    paidKm,
    actualKm,
    paidEstimated,
    distanceRules: fullDistance ? ["REIMB-4"] : ["REIMB-3"],
    explanationTr,
    explanationEn,
  };
}

/** REIMB-9: the companion is paid only when the referral states one necessary and the document records one; notes why not. */
function paidPersons(referral: ReferralFacts, trip: TripFacts, notes: Explained[]): Person[] {
  const companionPaid = trip.companion !== null && referral.companionRequired && trip.companion.recordedOnReferral;
  if (trip.companion && !companionPaid) {
    const reason = !referral.companionRequired
      ? {
          tr: "sevk eden kurum refakatçinin tıbben gerekli olduğunu belirtmemiş",
          en: "the referring facility did not state that a companion is medically necessary",
        }
      : {
          tr: "sevk belgesinde refakatçi eşliğinde gelindiği veya kalındığı kayıtlı değil",
          en: "the referral document does not record that the patient came or stayed with a companion",
        };
    notes.push(note(["REIMB-9"], `Refakatçiye ödeme yapılmaz: ${reason.tr}.`, `The companion is not paid: ${reason.en}.`));
  }
  return companionPaid ? ["PATIENT", "COMPANION"] : ["PATIENT"];
}

const personRules = (person: Person) => (person === "COMPANION" ? ["REIMB-9"] : []);

/**
 * REIMB-5 / REIMB-6: one person's travel. A justified taxi, ambulance or flight leg with its ticket is paid by
 * invoice; every other leg at the regular fare, with a note saying which document fell short.
 */
function travelLines(
  person: Person,
  referral: ReferralFacts,
  trip: TripFacts,
  reference: ReferenceFacts,
  distance: PaidDistance,
  notes: Explained[],
): StatementLine[] {
  const { paidTo, paidKm, distanceRules } = distance;
  if (paidKm === 0) {
    notes.push(
      note(
        distanceRules,
        `${personTr[person]}: tedaviyi verebilecek üçüncü basamak kuruluş (${paidTo.name}) aynı yerleşim yerinde; yol gideri ödenmez.`,
        `${personEn[person]}: a level-3 facility able to treat (${paidTo.name}) is in the same settlement area; no travel is paid.`,
      ),
    );
    return [];
  }
  const vehicle = person === "PATIENT" ? trip.transport : (trip.companion?.transport ?? trip.transport);
  const lines: StatementLine[] = [];
  const regularLegs: { leg: Leg; fare: number }[] = [];
  const unjustified = new Map<string, { reason: { tr: string; en: string }; legs: Leg[] }>();
  for (const [leg, day] of [
    ["OUTBOUND", trip.departureDate],
    ["RETURN", trip.returnDate],
  ] as const) {
    const justification = NON_REGULAR.has(vehicle) ? nonRegularJustification(referral, trip, vehicle, day) : null;
    const ticket = trip.tickets.find((t) => t.person === person && t.leg === leg);
    if (justification && ticket) {
      lines.push(invoiceLine(person, leg, vehicle, ticket, justification, { ...distance, notes }));
      continue;
    }
    if (NON_REGULAR.has(vehicle) && !justification) {
      const reason = unjustifiedReason(referral, trip, vehicle, day);
      const seen = unjustified.get(reason.en) ?? { reason, legs: [] };
      unjustified.set(reason.en, { ...seen, legs: [...seen.legs, leg] });
    }
    if (justification && !ticket)
      notes.push(
        note(
          ["REIMB-6"],
          `${personTr[person]} için ${legNames[leg].tr} bileti/faturası ibraz edilmedi; mutat taşıt ücreti ödenir.`,
          `No ${legNames[leg].en} ticket or invoice for ${personEn[person].toLowerCase()}: the regular fare is paid.`,
        ),
      );
    regularLegs.push({ leg, fare: regularFare(reference.tariffs, paidKm, day) ?? 0 });
  }
  for (const { reason, legs } of unjustified.values()) {
    const which = legs.length === 2 ? { tr: "", en: "" } : { tr: ` (${legNames[legs[0]].tr})`, en: ` (${legNames[legs[0]].en})` };
    notes.push(
      note(
        ["REIMB-6", "REIMB-5"],
        `${personTr[person]} ${transportTr[vehicle]} ile gitmiş${which.tr} ama ${reason.tr}; mutat taşıt ücreti ödenir.`,
        `${personEn[person]} travelled by ${transportEn[vehicle]}${which.en} but ${reason.en}: the regular fare is paid instead.`,
      ),
    );
  }
  for (const [fare, legs] of groupBy(regularLegs, (l) => l.fare)) {
    const what =
      legs.length === 2
        ? { tr: "gidiş-dönüş", en: "round trip" }
        : legs[0].leg === "OUTBOUND"
          ? { tr: "gidiş", en: "outbound" }
          : { tr: "dönüş", en: "return" };
    lines.push({
      person,
      kind: "TRAVEL",
      basis: "REGULAR_FARE",
      paidToFacilityId: paidTo.id,
      quantity: legs.length,
      unitMinor: fare,
      amountMinor: fare * legs.length,
      days: [],
      rules: [...distanceRules, "REIMB-5", ...personRules(person)],
      explanationTr: `${personTr[person]}: ${what.tr} mutat taşıt ücreti (${paidKm} km, tek yön ${formatTry(fare)}); yol gideri ${distance.explanationTr}.`,
      explanationEn: `${personEn[person]}: regular fare, ${what.en} (${paidKm} km, ${formatTryEn(fare)} one way); travel: ${distance.explanationEn}.`,
    });
  }
  return lines;
}

/** REIMB-7 / REIMB-8: one person's paid days at 100 (within a province) or 200 (between) × the coefficient of each day. */
function dailyLines(person: Person, referral: ReferralFacts, paidDays: string[], reference: ReferenceFacts): StatementLine[] {
  const betweenProvinces = referral.origin.provinceCode !== referral.destination.provinceCode;
  const indicator = betweenProvinces ? 200 : 100;
  const byCoefficient = groupBy(paidDays, (day) => reference.coefficients.find((c) => inPeriod(day, c))!);
  return [...byCoefficient].map(([period, days]) => {
    const rate = dailyRateMinor(indicator, period.coefficientMillionths);
    return {
      person,
      kind: "DAILY",
      basis: "DAILY_RATE",
      paidToFacilityId: referral.destination.id,
      quantity: days.length,
      unitMinor: rate,
      amountMinor: rate * days.length,
      days,
      rules: ["REIMB-7", "REIMB-8", ...personRules(person)],
      explanationTr: `${personTr[person]}: ${days.length} gün gündelik × ${formatTry(rate)} (${indicator} × katsayı ${formatCoefficient(period.coefficientMillionths)}, ${betweenProvinces ? "iller arası" : "il içi"} sevk).`,
      explanationEn: `${personEn[person]}: ${days.length} day(s) of daily allowance × ${formatTryEn(rate)} (${indicator} × coefficient ${formatCoefficient(period.coefficientMillionths)}, ${betweenProvinces ? "between provinces" : "within the province"}).`,
    };
  });
}
