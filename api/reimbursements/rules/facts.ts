import type { FacilityKind, ReferralRow } from "../../../drizzle/schema/index.js";
import type { FacilityLevel } from "../../facilities/rules.js";

/**
 * The facts SGK's travel, daily allowance and companion reimbursement (REIMB-1..10) is calculated from, and the
 * itemised statement it produces: every line and every refusal cites its rule.
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
