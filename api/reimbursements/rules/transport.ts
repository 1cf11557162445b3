import { addDays, addMonths } from "../../platform/time/clock.js";
import { divideHalfUp, formatTry, formatTryEn } from "../money.js";
import type {
  Explained,
  FacilityFacts,
  FareTariff,
  HealthBoardReport,
  Leg,
  Person,
  ReferralFacts,
  StatementLine,
  Ticket,
  Transport,
  TripFacts,
} from "./facts.js";
import { PERIODIC_TREATMENTS, inPeriod, isEmergency, legNames, note, personEn, personTr, transportEn, transportTr } from "./wording.js";

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

/** Why a taxi, ambulance or flight on `day` was not justified, naming the document that fell short. */
export function unjustifiedReason(referral: ReferralFacts, trip: TripFacts, vehicle: Transport, day: string): { tr: string; en: string } {
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

/** REIMB-5: the one-way regular fare for a distance on a day, from the tariff in force. */
export function regularFare(tariffs: FareTariff[], km: number, day: string): number | null {
  const tariff = tariffs.find((t) => inPeriod(day, t));
  return tariff?.bands.find((b) => b.fromKm <= km && km <= b.toKm)?.fareMinor ?? null;
}

/** REIMB-6: a justified taxi, ambulance or flight leg, paid by its invoice (flights at economy), scaled down when REIMB-3 caps the distance. */
export function invoiceLine(
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
