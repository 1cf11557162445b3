import type { FacilityKind, ReferralRow, ReimbursementClaimStatus } from "../../drizzle/schema/index.js";
import { addDays, daysBetween } from "../platform/time/clock.js";
import { nthBusinessDayFrom } from "../platform/time/business-days.js";
import { userError, type UserError } from "../platform/conventions/errors.js";
import type { Transitions } from "../platform/conventions/state-machine.js";
import type { FacilityLevel } from "../facilities/rules.js";
import { dailyRateMinor, divideHalfUp, formatCoefficient, formatTry, formatTryEn } from "./money.js";

/**
 * SGK travel, daily allowance and companion reimbursement (REIMB-1..10) as one pure calculation:
 * facts in, an itemised statement out, every line and every refusal citing its rule.
 */

export type Person = "PATIENT" | "COMPANION";
export type Leg = "OUTBOUND" | "RETURN";
export type Transport = ReferralRow["authorisedTransport"];
export type CabinClass = "ECONOMY" | "BUSINESS" | "VIP";
export type TreatmentKind = "CHEMOTHERAPY" | "RADIOTHERAPY" | "DIALYSIS" | "OTHER";
export type LineBasis = "REGULAR_FARE" | "ECONOMY_FARE" | "ACTUAL_INVOICE" | "DAILY_RATE";

export interface FacilityFacts {
  id: string;
  name: string;
  kind: FacilityKind;
  level: FacilityLevel;
  provinceCode: string;
  settlementAreaCode: string;
}

export interface Ticket {
  person: Person;
  leg: Leg;
  /** What was paid, in kuruş (the invoice or ticket). */
  amountMinor: number;
  cabinClass: CabinClass | null;
  /** Flights in business or VIP: the economy fare of the same flight, in kuruş. */
  economyFareMinor: number | null;
}

export interface HealthBoardReport {
  vehicle: Transport;
  statesDisease: boolean;
  statesWhyRegularTransportImpossible: boolean;
  treatmentKind: TreatmentKind;
  issuedOn: string;
}

export interface EmergencyTransportDocument {
  vehicle: Transport;
  signedByPhysician: boolean;
}

export interface TripFacts {
  /** The day the patient applied to the referred facility (REIMB-10). */
  applicationDate: string;
  departureDate: string;
  returnDate: string;
  transport: Transport;
  tickets: Ticket[];
  healthBoardReport: HealthBoardReport | null;
  emergencyTransportDocument: EmergencyTransportDocument | null;
  outpatientDays: string[];
  inpatientDays: string[];
  sickLeaveDays: string[];
  /** Treatment ended on the day of arrival and the patient left that day (REIMB-7). */
  sameDayDischarge: boolean;
  onwardReferrals: { facility: FacilityFacts; outpatientDays: string[] }[];
  /** Present when a companion travelled; `recordedOnReferral`: the referral document says so (REIMB-9). */
  companion: { recordedOnReferral: boolean; transport: Transport | null } | null;
}

export interface ReferralFacts {
  origin: FacilityFacts;
  destination: FacilityFacts;
  clinicCode: string;
  medicalGrounds: ReferralRow["medicalGrounds"];
  urgency: ReferralRow["urgency"];
  /** The referring facility stated a companion is medically necessary (REIMB-9). */
  companionRequired: boolean;
  referralDate: string;
  /** ICD-10; matched against SGK's condition lists (REIMB-2's exceptions, REIMB-4's emergencies). Null: not given. */
  diagnosisIcd10: string | null;
  /** A stored referral: the day the referred facility recorded the patient's arrival (the application, REIMB-10). */
  recordedArrivalDate: string | null;
}

export interface CoefficientPeriod {
  validFrom: string;
  validUntil: string;
  coefficientMillionths: number;
}

export interface FareTariff {
  validFrom: string;
  validUntil: string;
  bands: { fromKm: number; toKm: number; fareMinor: number }[];
}

/**
 * SGK's condition lists as ICD-10 code prefixes ("C50" covers C50.9): the seed names these cases without listing
 * them ("bazı acil haller", "istisnaları hariç"), so SGK keeps them as data (docs/domain/sgk.md, REIMB-2, REIMB-4).
 */
export interface SgkConditionLists {
  /** REIMB-4: the emergencies for which the full distance is paid. */
  emergencyFullDistance: string[];
  /** REIMB-2: the conditions for which a referral by a level-1 facility is paid all the same. */
  primaryCareExceptions: string[];
}

export const DEFAULT_CONDITION_LISTS: SgkConditionLists = { emergencyFullDistance: [], primaryCareExceptions: [] };

/** A road distance between two settlement areas: published or set by SGK, or estimated from coordinates (REIMB-13). */
export interface DistanceFacts {
  km: number;
  estimated: boolean;
}

export interface ReferenceFacts {
  /** Road km from the origin's settlement area to the destination's. */
  actual: DistanceFacts;
  /** The nearest level-3 facility (by road from the origin) that has the referral's clinic, with its distance. */
  nearestTertiary: { facility: FacilityFacts; distance: DistanceFacts } | null;
  conditions: SgkConditionLists;
  coefficients: CoefficientPeriod[];
  tariffs: FareTariff[];
  holidays: ReadonlySet<string>;
  deadlines: ReimbursementDeadlines;
}

export interface ReimbursementDeadlines {
  /** REIMB-10: business days, the referral day included, to apply for travel and daily allowance. */
  travelAndDailyBusinessDays: number;
  /** REIMB-10: the same for treatment costs. */
  treatmentBusinessDays: number;
}

export const DEFAULT_DEADLINES: ReimbursementDeadlines = { travelAndDailyBusinessDays: 3, treatmentBusinessDays: 5 };

export interface Explained {
  rules: string[];
  explanationTr: string;
  explanationEn: string;
}

export interface StatementLine extends Explained {
  person: Person;
  kind: "TRAVEL" | "DAILY";
  basis: LineBasis;
  paidToFacilityId: string;
  quantity: number;
  unitMinor: number;
  amountMinor: number;
  /** DAILY lines: the paid days. */
  days: string[];
}

export interface Ineligibility extends Explained {
  rule: string;
  code: string;
}

export interface Statement {
  eligible: boolean;
  ineligibility: Ineligibility[];
  lines: StatementLine[];
  /** What was considered and not paid, with its rule: the auditor's trail. */
  notes: Explained[];
  actualDistanceKm: number;
  paidDistanceKm: number;
  /** REIMB-13: the distance was estimated from coordinates (no published or SGK-set road distance). */
  actualDistanceEstimated: boolean;
  paidDistanceEstimated: boolean;
  travelPaidToFacilityId: string;
  applicationDeadline: string;
  treatmentCostDeadline: string;
  treatmentCostsInTime: boolean;
  patientTotalMinor: number;
  companionTotalMinor: number;
  totalMinor: number;
}

/** One claim covers one trip; a longer treatment is claimed per trip. */
const MAX_TRIP_DAYS = 366;

const note = (rules: string[], explanationTr: string, explanationEn: string): Explained => ({ rules, explanationTr, explanationEn });

const FULL_DISTANCE_GROUNDS: ReadonlySet<ReferralRow["medicalGrounds"]> = new Set(["ORGAN_TISSUE_TRANSPLANT", "CANCER", "LIMB_TRANSPLANT"]);

/** Whether an ICD-10 code falls under one of SGK's listed prefixes. */
export const listedCondition = (diagnosis: string | null, prefixes: string[]) =>
  diagnosis !== null && prefixes.some((prefix) => diagnosis.toUpperCase().startsWith(prefix.toUpperCase()));

/**
 * REIMB-13: the road factor turning a great-circle distance into an estimated road distance: the median ratio of
 * the 803 published road distances to the great-circle distances between the same areas' reference points
 * (10th percentile 1.25, 90th 1.68; docs/domain/sgk.md).
 */
export const ESTIMATED_ROAD_FACTOR = 1.42;
const EARTH_RADIUS_KM = 6371.0088;

/** The great-circle (haversine) distance between two points, in km. */
export function greatCircleKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** REIMB-13: the estimated road distance between two different settlement areas, whole km, at least 1. */
export const estimatedRoadKm = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
  Math.max(1, Math.round(greatCircleKm(a, b) * ESTIMATED_ROAD_FACTOR));
const NON_REGULAR: ReadonlySet<Transport> = new Set(["TAXI", "AMBULANCE", "FLIGHT"]);
const PERIODIC_TREATMENTS: ReadonlySet<TreatmentKind> = new Set(["CHEMOTHERAPY", "RADIOTHERAPY", "DIALYSIS"]);
const transportTr: Record<Transport, string> = {
  REGULAR: "mutat taşıt",
  OWN_CAR: "özel araç",
  TAXI: "taksi",
  AMBULANCE: "ambulans",
  FLIGHT: "uçak",
};
const transportEn: Record<Transport, string> = {
  REGULAR: "regular transport",
  OWN_CAR: "own car",
  TAXI: "taxi",
  AMBULANCE: "ambulance",
  FLIGHT: "flight",
};
const legNames: Record<Leg, { tr: string; en: string }> = {
  OUTBOUND: { tr: "gidiş", en: "outbound" },
  RETURN: { tr: "dönüş", en: "return" },
};
const personTr: Record<Person, string> = { PATIENT: "Hasta", COMPANION: "Refakatçi" };
const personEn: Record<Person, string> = { PATIENT: "The patient", COMPANION: "The companion" };

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

/**
 * REIMB-4: the cases in which the full distance to the actual destination is paid. An emergency counts only when
 * SGK lists its condition ("bazı acil haller", seed 003), not every emergency.
 */
export function fullDistanceGrounds(referral: ReferralFacts, conditions: SgkConditionLists): Explained | null {
  if (referral.origin.level === 3)
    return note(["REIMB-4"], "sevk üçüncü basamak bir sağlık kuruluşunca yapıldığı için", "the referral was issued by a level-3 facility");
  const listedEmergency = isEmergency(referral) && listedCondition(referral.diagnosisIcd10, conditions.emergencyFullDistance);
  if (FULL_DISTANCE_GROUNDS.has(referral.medicalGrounds) || listedEmergency) {
    const grounds = FULL_DISTANCE_GROUNDS.has(referral.medicalGrounds) ? referral.medicalGrounds : "EMERGENCY";
    const tr: Record<string, string> = {
      ORGAN_TISSUE_TRANSPLANT: "organ veya doku nakli için yapıldığı için",
      CANCER: "kanser tedavisi veya kontrolü için yapıldığı için",
      LIMB_TRANSPLANT: "uzuv nakli için yapıldığı için",
      EMERGENCY: `SGK'nın saydığı acil hallerden biri (${referral.diagnosisIcd10}) için yapıldığı için`,
    };
    const en: Record<string, string> = {
      ORGAN_TISSUE_TRANSPLANT: "the referral is for an organ or tissue transplant",
      CANCER: "the referral is for cancer treatment or follow-up",
      LIMB_TRANSPLANT: "the referral is for a limb transplant",
      EMERGENCY: `the referral is for one of the emergencies SGK lists (${referral.diagnosisIcd10})`,
    };
    return note(["REIMB-4"], `sevk ${tr[grounds]}`, en[grounds]);
  }
  if (referral.medicalGrounds === "OCCUPATIONAL_DISEASE" && referral.origin.kind === "OCCUPATIONAL_DISEASE_HOSPITAL")
    return note(
      ["REIMB-4"],
      "sevk meslek hastalığı nedeniyle meslek hastanesinden yapıldığı için",
      "the occupational-disease referral came from an occupational-disease hospital",
    );
  return null;
}

/** REIMB-3 / REIMB-4: the facility and one-way distance travel is paid for. */
export function travelDistance(referral: ReferralFacts, reference: Pick<ReferenceFacts, "actual" | "nearestTertiary" | "conditions">) {
  const fullDistance = fullDistanceGrounds(referral, reference.conditions);
  const nearest = reference.nearestTertiary;
  const capped = !fullDistance && nearest !== null && nearest.distance.km < reference.actual.km;
  const paid = capped ? nearest.distance : reference.actual;
  return {
    fullDistance,
    capped,
    paidTo: capped ? nearest.facility : referral.destination,
    paidKm: paid.km,
    paidEstimated: paid.estimated,
  };
}

/** REIMB-1, REIMB-2, REIMB-10: whether travel and daily allowance are payable at all. */
export function checkEligibility(
  referral: ReferralFacts,
  trip: Pick<TripFacts, "applicationDate">,
  application: { deadline: string; businessDays: number },
  conditions: SgkConditionLists,
): Ineligibility[] {
  const refusals: Ineligibility[] = [];
  if (referral.origin.settlementAreaCode === referral.destination.settlementAreaCode)
    refusals.push({
      rule: "REIMB-1",
      code: "WITHIN_SETTLEMENT_AREA",
      ...note(
        ["REIMB-1"],
        `${referral.destination.name}, ilk başvurulan ${referral.origin.name} ile aynı yerleşim yerinde; yerleşim yeri dışına sevk yok.`,
        `${referral.destination.name} lies in the settlement area of ${referral.origin.name}, the facility first applied to: no referral outside it.`,
      ),
    });
  // "istisnaları hariç" (seed 003): a level-1 referral for a condition SGK lists as an exception is paid.
  if (referral.origin.level === 1 && !listedCondition(referral.diagnosisIcd10, conditions.primaryCareExceptions))
    refusals.push({
      rule: "REIMB-2",
      code: "REFERRED_BY_LEVEL_1",
      ...note(
        ["REIMB-2"],
        `Sevk birinci basamak bir sağlık kuruluşunca (${referral.origin.name}) yapılmış ve tanı SGK'nın istisnalarından değil; yol gideri ve gündelik ödenmez.`,
        `The referral was issued by a level-1 facility (${referral.origin.name}) for a condition that is not one of SGK's exceptions; travel and daily allowance are not paid.`,
      ),
    });
  const { deadline, businessDays } = application;
  if (trip.applicationDate > deadline)
    refusals.push({
      rule: "REIMB-10",
      code: "LATE_APPLICATION",
      ...note(
        ["REIMB-10"],
        `Sevk edilen kuruma ${trip.applicationDate} tarihinde başvurulmuş; sevk günü dahil ${businessDays} iş günü ${deadline} tarihinde doldu.`,
        `The patient applied to the referred facility on ${trip.applicationDate}; the ${businessDays} business days from the referral day (included) ended on ${deadline}.`,
      ),
    });
  return refusals;
}

/** A report for a non-periodic treatment accompanies its referral: issued at most this many days before it. */
export const REPORT_BEFORE_REFERRAL_DAYS = 30;

/** REIMB-6: the last day a health board report covers: 3 months for periodic treatments (the corresponding day, TBK m.92). */
function reportCoverage(report: HealthBoardReport, referral: ReferralFacts, trip: TripFacts): { from: string; until: string } {
  return PERIODIC_TREATMENTS.has(report.treatmentKind)
    ? { from: report.issuedOn, until: addMonths(report.issuedOn, 3) }
    : { from: addDays(referral.referralDate, -REPORT_BEFORE_REFERRAL_DAYS), until: trip.returnDate };
}

const reportIsComplete = (report: HealthBoardReport, vehicle: Transport) =>
  report.vehicle === vehicle && report.statesDisease && report.statesWhyRegularTransportImpossible;

/** REIMB-6: whether a taxi, ambulance or flight on `day` is justified by a report (a) or an emergency document (b). */
export function nonRegularJustification(referral: ReferralFacts, trip: TripFacts, vehicle: Transport, day: string): Explained | null {
  const report = trip.healthBoardReport;
  if (report && reportIsComplete(report, vehicle)) {
    const coverage = reportCoverage(report, referral, trip);
    const periodic = PERIODIC_TREATMENTS.has(report.treatmentKind);
    const covers = periodic ? report.issuedOn <= day && day <= coverage.until : report.issuedOn >= coverage.from;
    if (covers)
      return periodic
        ? note(
            ["REIMB-6"],
            `sağlık kurulu raporu (${report.issuedOn}) ${transportTr[vehicle]} ile gidilmesini öngörüyor; ${report.treatmentKind.toLowerCase()} raporu ${coverage.until} tarihine kadar geçerli`,
            `the health board report of ${report.issuedOn} prescribes travel by ${transportEn[vehicle]}; for ${report.treatmentKind.toLowerCase()} it is valid until ${coverage.until}`,
          )
        : note(
            ["REIMB-6"],
            `sağlık kurulu raporu (${report.issuedOn}) ${transportTr[vehicle]} ile gidilmesini öngörüyor`,
            `the health board report of ${report.issuedOn} prescribes travel by ${transportEn[vehicle]}`,
          );
  }
  const document = trip.emergencyTransportDocument;
  if (isEmergency(referral) && document && document.vehicle === vehicle && document.signedByPhysician)
    return note(
      ["REIMB-6"],
      `acil durumda hekim ${transportTr[vehicle]} ile sevki imzalı belgeyle öngörmüş`,
      `in an emergency the physician prescribed the ${transportEn[vehicle]} in a signed document`,
    );
  return null;
}

const isEmergency = (referral: ReferralFacts) => referral.urgency === "EMERGENCY" || referral.medicalGrounds === "EMERGENCY";

/** Why a taxi, ambulance or flight on `day` was not justified, naming the document that fell short. */
function unjustifiedReason(referral: ReferralFacts, trip: TripFacts, vehicle: Transport, day: string): { tr: string; en: string } {
  const { healthBoardReport: report, emergencyTransportDocument: document } = trip;
  if (report) {
    if (report.vehicle !== vehicle)
      return {
        tr: `rapor ${transportTr[report.vehicle]} öngörüyor`,
        en: `the health board report prescribes ${transportEn[report.vehicle]}`,
      };
    if (!reportIsComplete(report, vehicle))
      return {
        tr: "rapor hastalığı ve mutat taşıtla seyahat edilememe sebebini belirtmiyor",
        en: "the health board report does not state the disease and why regular transport is impossible",
      };
    const coverage = reportCoverage(report, referral, trip);
    return PERIODIC_TREATMENTS.has(report.treatmentKind)
      ? {
          tr: `${report.issuedOn} tarihli rapor ${day} gününü kapsamıyor (geçerlilik ${coverage.until} tarihine kadar)`,
          en: `the report of ${report.issuedOn} does not cover ${day} (valid until ${coverage.until})`,
        }
      : {
          tr: `${report.issuedOn} tarihli rapor ${referral.referralDate} tarihli sevkten ${REPORT_BEFORE_REFERRAL_DAYS} günden daha eski; bu sevkin raporu değil`,
          en: `the report of ${report.issuedOn} is more than ${REPORT_BEFORE_REFERRAL_DAYS} days older than the referral of ${referral.referralDate}, so it is not this referral's`,
        };
  }
  if (document) {
    if (!isEmergency(referral))
      return { tr: "acil durum belgesi yalnız acil sevklerde geçerli", en: "an emergency document counts only for an emergency referral" };
    if (document.vehicle !== vehicle)
      return {
        tr: `acil durum belgesi ${transportTr[document.vehicle]} öngörüyor`,
        en: `the emergency document prescribes ${transportEn[document.vehicle]}`,
      };
    return { tr: "acil durum belgesi hekimce imzalanmamış", en: "the emergency document is not signed by a physician" };
  }
  return { tr: "sağlık kurulu raporu veya acil durum belgesi yok", en: "there is no health board report or emergency document" };
}

/** `day` plus whole calendar months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

const inPeriod = (day: string, period: { validFrom: string; validUntil: string }) => period.validFrom <= day && day <= period.validUntil;

/** REIMB-5: the one-way regular fare for a distance on a day, from the tariff in force. */
export function regularFare(tariffs: FareTariff[], km: number, day: string): number | null {
  const tariff = tariffs.find((t) => inPeriod(day, t));
  return tariff?.bands.find((b) => b.fromKm <= km && km <= b.toKm)?.fareMinor ?? null;
}

/** The days that may be paid a daily allowance (REIMB-7): departure, return and outpatient days. */
const payableDays = (trip: TripFacts) =>
  [trip.departureDate, trip.returnDate, ...trip.outpatientDays, ...trip.onwardReferrals.flatMap((o) => o.outpatientDays)].sort();

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

/** The statement: eligibility, travel to the paid destination, daily allowance, companion. */
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
  const lines: StatementLine[] = [];
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
  const distanceRules = fullDistance ? ["REIMB-4"] : ["REIMB-3"];
  const distanceTr = fullDistance
    ? `${fullDistance.explanationTr} gerçek varış yerine (${destination.name}, ${paidKm} km) kadar ödenir`
    : capped
      ? `tedaviyi verebilecek en yakın üçüncü basamak kuruluşa (${paidTo.name}, ${paidKm} km) kadar ödenir, ${destination.name} (${actualKm} km) yerine; aradaki fark hastaya aittir`
      : `gidilen kuruma (${destination.name}, ${paidKm} km) kadar ödenir; tedaviyi verebilecek daha yakın üçüncü basamak kuruluş yok`;
  const distanceEn = fullDistance
    ? `the full distance to ${destination.name} (${paidKm} km) is paid because ${fullDistance.explanationEn}`
    : capped
      ? `paid to the nearest level-3 facility able to treat, ${paidTo.name} (${paidKm} km), instead of ${destination.name} (${actualKm} km); the patient bears the difference`
      : `paid to ${destination.name} (${paidKm} km); no level-3 facility able to treat is nearer`;

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
  const persons: Person[] = companionPaid ? ["PATIENT", "COMPANION"] : ["PATIENT"];
  const personRules = (person: Person) => (person === "COMPANION" ? ["REIMB-9"] : []);

  for (const person of persons) {
    const vehicle = person === "PATIENT" ? trip.transport : (trip.companion?.transport ?? trip.transport);
    if (paidKm === 0) {
      notes.push(
        note(
          distanceRules,
          `${personTr[person]}: tedaviyi verebilecek üçüncü basamak kuruluş (${paidTo.name}) aynı yerleşim yerinde; yol gideri ödenmez.`,
          `${personEn[person]}: a level-3 facility able to treat (${paidTo.name}) is in the same settlement area; no travel is paid.`,
        ),
      );
      continue;
    }
    const regularLegs: { leg: Leg; day: string; fare: number }[] = [];
    const unjustified = new Map<string, { reason: { tr: string; en: string }; legs: Leg[] }>();
    for (const [leg, day] of [
      ["OUTBOUND", trip.departureDate],
      ["RETURN", trip.returnDate],
    ] as const) {
      const justification = NON_REGULAR.has(vehicle) ? nonRegularJustification(referral, trip, vehicle, day) : null;
      const ticket = trip.tickets.find((t) => t.person === person && t.leg === leg);
      if (justification && ticket) {
        lines.push(
          invoiceLine(person, leg, vehicle, ticket, justification, {
            capped,
            paidKm,
            actualKm: actualKm,
            paidTo,
            distanceRules,
            notes,
          }),
        );
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
      regularLegs.push({ leg, day, fare: regularFare(reference.tariffs, paidKm, day) ?? 0 });
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
    for (const [fare, legs] of groupByValue(regularLegs, (l) => l.fare)) {
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
        explanationTr: `${personTr[person]}: ${what.tr} mutat taşıt ücreti (${paidKm} km, tek yön ${formatTry(fare)}); yol gideri ${distanceTr}.`,
        explanationEn: `${personEn[person]}: regular fare, ${what.en} (${paidKm} km, ${formatTryEn(fare)} one way); travel: ${distanceEn}.`,
      });
    }
  }

  // REIMB-7 / REIMB-8: the paid days and their rates.
  const paidDays = dailyAllowanceDays(trip, notes);
  const betweenProvinces = referral.origin.provinceCode !== destination.provinceCode;
  const indicator = betweenProvinces ? 200 : 100;
  for (const person of persons) {
    const byCoefficient = groupByValue(paidDays, (day) => reference.coefficients.find((c) => inPeriod(day, c))!);
    for (const [period, days] of byCoefficient) {
      const rate = dailyRateMinor(indicator, period.coefficientMillionths);
      lines.push({
        person,
        kind: "DAILY",
        basis: "DAILY_RATE",
        paidToFacilityId: destination.id,
        quantity: days.length,
        unitMinor: rate,
        amountMinor: rate * days.length,
        days,
        rules: ["REIMB-7", "REIMB-8", ...personRules(person)],
        explanationTr: `${personTr[person]}: ${days.length} gün gündelik × ${formatTry(rate)} (${indicator} × katsayı ${formatCoefficient(period.coefficientMillionths)}, ${betweenProvinces ? "iller arası" : "il içi"} sevk).`,
        explanationEn: `${personEn[person]}: ${days.length} day(s) of daily allowance × ${formatTryEn(rate)} (${indicator} × coefficient ${formatCoefficient(period.coefficientMillionths)}, ${betweenProvinces ? "between provinces" : "within the province"}).`,
      });
    }
  }

  const eligible = ineligibility.length === 0;
  const payable = eligible ? lines : [];
  const sum = (person: Person) => payable.filter((l) => l.person === person).reduce((total, l) => total + l.amountMinor, 0);
  return {
    eligible,
    ineligibility,
    lines: payable,
    notes,
    actualDistanceKm: actualKm,
    paidDistanceKm: paidKm,
    actualDistanceEstimated: reference.actual.estimated,
    paidDistanceEstimated: paidEstimated,
    travelPaidToFacilityId: paidTo.id,
    applicationDeadline,
    treatmentCostDeadline,
    treatmentCostsInTime: trip.applicationDate <= treatmentCostDeadline,
    patientTotalMinor: sum("PATIENT"),
    companionTotalMinor: sum("COMPANION"),
    totalMinor: sum("PATIENT") + sum("COMPANION"),
  };
}

/** REIMB-6: a justified taxi, ambulance or flight leg, paid by its invoice (flights at economy), scaled down when REIMB-3 caps the distance. */
function invoiceLine(
  person: Person,
  leg: Leg,
  vehicle: Transport,
  ticket: Ticket,
  justification: Explained,
  distance: { capped: boolean; paidKm: number; actualKm: number; paidTo: FacilityFacts; distanceRules: string[]; notes: Explained[] },
): StatementLine {
  const { tr: legTr, en: legEn } = legNames[leg];
  const upgraded = vehicle === "FLIGHT" && ticket.cabinClass !== null && ticket.cabinClass !== "ECONOMY";
  const base = upgraded ? Math.min(ticket.amountMinor, ticket.economyFareMinor!) : ticket.amountMinor;
  if (upgraded)
    distance.notes.push(
      note(
        ["REIMB-6"],
        `${personTr[person]}: ${legTr} uçuşu ${ticket.cabinClass} sınıfında (${formatTry(ticket.amountMinor)}); ekonomi sınıfı ücreti (${formatTry(base)}) ödenir.`,
        `${personEn[person]}: the ${legEn} flight was ${ticket.cabinClass} (${formatTryEn(ticket.amountMinor)}); the economy fare (${formatTryEn(base)}) is paid.`,
      ),
    );
  const amount = distance.capped ? divideHalfUp(base * distance.paidKm, distance.actualKm) : base;
  const scaledTr = distance.capped ? `; ${distance.paidTo.name} uzaklığına oranla (${distance.paidKm}/${distance.actualKm} km)` : "";
  const scaledEn = distance.capped
    ? `, scaled to the distance to ${distance.paidTo.name} (${distance.paidKm}/${distance.actualKm} km)`
    : "";
  return {
    person,
    kind: "TRAVEL",
    basis: vehicle === "FLIGHT" ? "ECONOMY_FARE" : "ACTUAL_INVOICE",
    paidToFacilityId: distance.paidTo.id,
    quantity: 1,
    unitMinor: amount,
    amountMinor: amount,
    days: [],
    rules: [...distance.distanceRules, "REIMB-6", ...(person === "COMPANION" ? ["REIMB-9"] : [])],
    explanationTr: `${personTr[person]}: ${legTr} ${transportTr[vehicle]} ${vehicle === "FLIGHT" ? "bileti ekonomi sınıfı üzerinden" : "faturası"} ${formatTry(amount)}; ${justification.explanationTr}${scaledTr}.`,
    explanationEn: `${personEn[person]}: ${legEn} ${transportEn[vehicle]} ${vehicle === "FLIGHT" ? "at the economy fare" : "by invoice"}, ${formatTryEn(amount)}; ${justification.explanationEn}${scaledEn}.`,
  };
}

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

function groupByValue<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

export type ClaimAction = "calculate" | "approve" | "reject" | "pay";

/** REIMB-11: SUBMITTED → CALCULATED → APPROVED → PAID, or REJECTED with the failing rule IDs. */
export const claimTransitions: Transitions<ReimbursementClaimStatus, ClaimAction> = {
  SUBMITTED: { calculate: "CALCULATED", reject: "REJECTED" },
  CALCULATED: { calculate: "CALCULATED", approve: "APPROVED", reject: "REJECTED" },
  APPROVED: { pay: "PAID" },
  PAID: {},
  REJECTED: {},
};

export const REIMBURSEMENT_RULES = Array.from({ length: 13 }, (_, i) => `REIMB-${i + 1}`);

/** REIMB-11: a rejection names at least one REIMB rule and only known ones. */
export function checkRejection(rules: string[], reason: string): UserError[] {
  const errors: UserError[] = [];
  if (rules.length === 0)
    errors.push(userError(["input", "rules"], "RULES_REQUIRED", "A rejection names the failing rule IDs (REIMB-1..REIMB-13).", "REIMB-11"));
  rules.forEach((rule, i) => {
    if (!REIMBURSEMENT_RULES.includes(rule))
      errors.push(
        userError(["input", "rules", String(i)], "UNKNOWN_RULE", `${rule} is not a reimbursement rule (REIMB-1..REIMB-13).`, "REIMB-11"),
      );
  });
  if (reason.trim().length === 0)
    errors.push(userError(["input", "reason"], "REASON_REQUIRED", "A rejection gives its reason.", "REIMB-11"));
  return errors;
}

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

/**
 * REIMB-15: the trip a pre-referral check prices: leave and apply on the referral day, come back the next day, by the
 * authorised transport with no tickets or reports yet, the companion recorded when the referral states one necessary.
 * It is the least the referral is worth; each outpatient day at the referred place adds one daily rate.
 */
export function nominalTrip(referralDate: string, transport: Transport, companionRequired: boolean): TripFacts {
  return {
    applicationDate: referralDate,
    departureDate: referralDate,
    returnDate: addDays(referralDate, 1),
    transport,
    tickets: [],
    healthBoardReport: null,
    emergencyTransportDocument: null,
    outpatientDays: [],
    inpatientDays: [],
    sickLeaveDays: [],
    sameDayDischarge: false,
    onwardReferrals: [],
    companion: companionRequired ? { recordedOnReferral: true, transport: null } : null,
  };
}

/** REIMB-15: what the referral document carries that SGK looks at, and what it means for the payment. */
export function documentNotes(facts: { companionRequired: boolean; authorisedTransport: Transport }): Explained[] {
  const notes: Explained[] = [];
  notes.push(
    facts.companionRequired
      ? note(
          ["REIMB-9"],
          "Refakatçinin tıbben gerekli olduğu sevkte belirtildi; refakatçiye ödeme için sevk belgesine refakatçi eşliğinde gelindiği/kalındığı da yazılmalı.",
          "The referral states a companion is medically necessary; for the companion to be paid, the referral document must also record that the patient came or stayed with one.",
        )
      : note(
          ["REIMB-9"],
          "Sevkte refakatçinin tıbben gerekli olduğu belirtilmedi: refakatçiye yol ve gündelik ödenmez.",
          "The referral does not state a companion is medically necessary: a companion is paid neither travel nor daily allowance.",
        ),
  );
  if (NON_REGULAR.has(facts.authorisedTransport))
    notes.push(
      note(
        ["REIMB-6"],
        `${transportTr[facts.authorisedTransport]} için hastalığı, mutat taşıtla seyahat edilememe sebebini ve aracı belirten sağlık kurulu raporu (ya da acil halde hekimin imzalı belgesi) ve fatura/bilet gerekir; yoksa mutat taşıt ücreti ödenir.`,
        `A ${transportEn[facts.authorisedTransport]} is paid only with a health board report stating the disease, why regular transport is impossible and the vehicle (or, in an emergency, the physician's signed document) and the invoice or ticket; otherwise the regular fare is paid.`,
      ),
    );
  return notes;
}

export interface CoefficientGap {
  validFrom: string;
  validUntil: string;
  /** The first day of the half-year no coefficient period covers. */
  firstUncoveredDay: string;
  /** Days from today to the half-year's start; negative once it has started. */
  startsInDays: number;
}

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
