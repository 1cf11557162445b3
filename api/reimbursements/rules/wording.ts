import type { Explained, Leg, Person, ReferralFacts, Transport, TreatmentKind } from "./facts.js";

/** The shared words of the statement's lines and notes, and the small predicates every rule uses. */

export const note = (rules: string[], explanationTr: string, explanationEn: string): Explained => ({ rules, explanationTr, explanationEn });

/** Whether an ICD-10 code falls under one of SGK's listed prefixes. */
export const listedCondition = (diagnosis: string | null, prefixes: string[]) =>
  diagnosis !== null && prefixes.some((prefix) => diagnosis.toUpperCase().startsWith(prefix.toUpperCase()));

export const NON_REGULAR: ReadonlySet<Transport> = new Set(["TAXI", "AMBULANCE", "FLIGHT"]);
export const PERIODIC_TREATMENTS: ReadonlySet<TreatmentKind> = new Set(["CHEMOTHERAPY", "RADIOTHERAPY", "DIALYSIS"]);
export const transportTr: Record<Transport, string> = {
  REGULAR: "mutat taşıt",
  OWN_CAR: "özel araç",
  TAXI: "taksi",
  AMBULANCE: "ambulans",
  FLIGHT: "uçak",
};
export const transportEn: Record<Transport, string> = {
  REGULAR: "regular transport",
  OWN_CAR: "own car",
  TAXI: "taxi",
  AMBULANCE: "ambulance",
  FLIGHT: "flight",
};
export const legNames: Record<Leg, { tr: string; en: string }> = {
  OUTBOUND: { tr: "gidiş", en: "outbound" },
  RETURN: { tr: "dönüş", en: "return" },
};
export const personTr: Record<Person, string> = { PATIENT: "Hasta", COMPANION: "Refakatçi" };
export const personEn: Record<Person, string> = { PATIENT: "The patient", COMPANION: "The companion" };

export const isEmergency = (referral: ReferralFacts) => referral.urgency === "EMERGENCY" || referral.medicalGrounds === "EMERGENCY";

export const inPeriod = (day: string, period: { validFrom: string; validUntil: string }) =>
  period.validFrom <= day && day <= period.validUntil;
