import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { LocalDate } from "./local-date.js";
import { reimbursementChannel, reimbursementClaimStatus } from "../drizzle/schema/index.js";
import {
  Connection,
  connectionOf,
  enumOf,
  EXPECTED_VERSION,
  IDEMPOTENCY_KEY,
  Money,
  MutationPayload,
  Node,
  PAYLOAD_OBJECT,
  payloadOf,
  UserError,
  VERSION,
} from "./common.js";
import { Facility } from "./facilities.js";
import { Patient } from "./patients.js";
import { MedicalGrounds, Referral, ReferralUrgency, TransportKind } from "./referrals.js";

export const ReimbursedPerson = enumOf(["PATIENT", "COMPANION"] as const);
export const ReimbursementLineKind = enumOf(["TRAVEL", "DAILY"] as const);
export const ReimbursementBasis = enumOf(["REGULAR_FARE", "ECONOMY_FARE", "ACTUAL_INVOICE", "DAILY_RATE"] as const);
export const TripLeg = enumOf(["OUTBOUND", "RETURN"] as const);
export const CabinClass = enumOf(["ECONOMY", "BUSINESS", "VIP"] as const);
export const TreatmentKind = enumOf(["CHEMOTHERAPY", "RADIOTHERAPY", "DIALYSIS", "OTHER"] as const);
export const ReimbursementClaimStatus = enumOf(reimbursementClaimStatus.enumValues);
export const ReimbursementChannel = enumOf(reimbursementChannel.enumValues);
registerEnumType(ReimbursedPerson, {
  valuesConfig: { PATIENT: { description: "The patient." }, COMPANION: { description: "The companion (REIMB-9)." } },
  description: "Whom a statement line pays.",
  name: "ReimbursedPerson",
});
registerEnumType(ReimbursementLineKind, {
  valuesConfig: { TRAVEL: { description: "Travel (REIMB-3 to REIMB-6)." }, DAILY: { description: "Daily allowance (REIMB-7, REIMB-8)." } },
  description: "What a statement line pays.",
  name: "ReimbursementLineKind",
});
registerEnumType(ReimbursementBasis, {
  valuesConfig: {
    REGULAR_FARE: { description: "The regular intercity fare for the distance from the tariff (REIMB-5)." },
    ECONOMY_FARE: { description: "A flight paid at the economy fare (REIMB-6)." },
    ACTUAL_INVOICE: { description: "The invoice or ticket, for taxi, ambulance or flight with a report or prescription (REIMB-6)." },
    DAILY_RATE: { description: "100 or 200 × the civil-servant coefficient, rounded to the kuruş (REIMB-8)." },
  },
  name: "ReimbursementBasis",
  description:
    "REGULAR_FARE: km-banded tariff (REIMB-5); ECONOMY_FARE: flight at economy (REIMB-6); ACTUAL_INVOICE: taxi/ambulance invoice (REIMB-6); DAILY_RATE: REIMB-8.",
});
registerEnumType(TripLeg, {
  valuesConfig: { OUTBOUND: { description: "From home to the referred facility." }, RETURN: { description: "Back home." } },
  description: "A leg of the trip.",
  name: "TripLeg",
});
registerEnumType(CabinClass, {
  valuesConfig: {
    ECONOMY: { description: "Economy." },
    BUSINESS: { description: "Business: paid at the economy fare." },
    VIP: { description: "VIP: paid at the economy fare." },
  },
  description: "Cabin class of a flight; only the economy fare is paid (REIMB-6).",
  name: "CabinClass",
});
registerEnumType(TreatmentKind, {
  valuesConfig: {
    CHEMOTHERAPY: { description: "Chemotherapy: its report stays valid 3 months." },
    RADIOTHERAPY: { description: "Radiotherapy: its report stays valid 3 months." },
    DIALYSIS: { description: "Dialysis: its report stays valid 3 months." },
    OTHER: { description: "Any other treatment: the report covers this trip." },
  },
  name: "TreatmentKind",
  description: "REIMB-6: a report for chemotherapy, radiotherapy or dialysis stays valid 3 months.",
});
registerEnumType(ReimbursementClaimStatus, {
  valuesConfig: {
    SUBMITTED: { description: "Received by SGK; not calculated yet." },
    CALCULATED: { description: "The itemised statement is calculated; may be calculated again or decided." },
    APPROVED: { description: "Approved for payment." },
    PAID: { description: "Paid via PTT, with its payment reference." },
    REJECTED: { description: "Rejected with the failing rule IDs." },
  },
  name: "ReimbursementClaimStatus",
  description: "REIMB-11.",
});
registerEnumType(ReimbursementChannel, {
  valuesConfig: { POST: { description: "Sent by post." }, IN_PERSON: { description: "Handed in at an SGK provincial office." } },
  name: "ReimbursementChannel",
  description: "Claims come by post or in person at an SGK provincial office.",
});

const MAX_TRIP_DAY_LIST = 366;
/** 100,000.00 TL: far above any fare, and keeps a statement's total inside a 32-bit integer. */
const MAX_TICKET_MINOR = 10_000_000;

@InputType({ description: "A ticket or invoice for one person and one leg (REIMB-6)." })
export class TicketInput {
  @Field(() => ReimbursedPerson, { description: "Whose ticket: the patient or the companion." })
  person!: keyof typeof ReimbursedPerson;

  @Field(() => TripLeg, { description: "Outbound or return." })
  leg!: keyof typeof TripLeg;

  @Field(() => Int, { description: "What the ticket or invoice says, in kuruş (at most 100,000.00 TL)." })
  @Min(1)
  @Max(MAX_TICKET_MINOR)
  amountMinor!: number;

  @Field(() => CabinClass, { nullable: true, description: "Flights only." })
  cabinClass?: keyof typeof CabinClass | null;

  @Field(() => Int, { nullable: true, description: "Business or VIP flights: the economy fare of the same flight, in kuruş (REIMB-6)." })
  @IsOptional()
  @Min(1)
  @Max(MAX_TICKET_MINOR)
  economyFareMinor?: number | null;
}

@InputType({ description: "A health board report (sağlık kurulu raporu) that justifies taxi, ambulance or flight (REIMB-6 a)." })
export class HealthBoardReportInput {
  @Field(() => TransportKind, { description: "The vehicle the report prescribes." })
  vehicle!: keyof typeof TransportKind;

  @Field(() => Boolean, { description: "The report states the disease." })
  statesDisease!: boolean;

  @Field(() => Boolean, { description: "The report states why regular transport is impossible." })
  statesWhyRegularTransportImpossible!: boolean;

  @Field(() => TreatmentKind, { description: "The treatment; chemotherapy, radiotherapy and dialysis reports stay valid 3 months." })
  treatmentKind!: keyof typeof TreatmentKind;

  @Field(() => LocalDate, { description: "Day the report was issued." })
  issuedOn!: string;
}

@InputType({ description: "In an emergency, the physician's signed prescription of a vehicle (REIMB-6 b)." })
export class EmergencyTransportDocumentInput {
  @Field(() => TransportKind, { description: "The vehicle prescribed." })
  vehicle!: keyof typeof TransportKind;

  @Field(() => Boolean, { description: "The document is signed by the physician." })
  signedByPhysician!: boolean;
}

@InputType({ description: "An onward referral to another hospital during the treatment (REIMB-7)." })
export class OnwardReferralInput {
  @Field(() => ID, { description: "The hospital the patient was referred on to." })
  facilityId!: string;

  @Field(() => [LocalDate], { description: "Days of outpatient treatment there." })
  @ArrayMaxSize(MAX_TRIP_DAY_LIST)
  outpatientDays!: string[];
}

@InputType({ description: "A companion who travelled with the patient (REIMB-9)." })
export class CompanionInput {
  @Field(() => Boolean, { description: "The referral document records that the patient came or stayed with a companion (REIMB-9)." })
  recordedOnReferral!: boolean;

  @Field(() => TransportKind, { nullable: true, description: "How the companion travelled; the patient's transport when omitted." })
  transport?: keyof typeof TransportKind | null;
}

@InputType({ description: "What happened on the trip, as the claimant declares it." })
export class TripInput {
  @Field(() => LocalDate, { description: "The day the patient applied to the referred facility (REIMB-10)." })
  applicationDate!: string;

  @Field(() => LocalDate, { description: "Day the patient left home (paid as a daily-allowance day, REIMB-7)." })
  departureDate!: string;

  @Field(() => LocalDate, { description: "Day the patient came back (paid as a daily-allowance day, REIMB-7)." })
  returnDate!: string;

  @Field(() => TransportKind, { description: "How the patient travelled." })
  transport!: keyof typeof TransportKind;

  @Field(() => [TicketInput], { defaultValue: [], description: "Tickets or invoices, one per person and leg (REIMB-6)." })
  @ArrayMaxSize(4)
  @ValidateNested()
  tickets!: TicketInput[];

  @Field(() => HealthBoardReportInput, { description: "A health board report for taxi, ambulance or flight (REIMB-6 a).", nullable: true })
  @IsOptional()
  @ValidateNested()
  healthBoardReport?: HealthBoardReportInput | null;

  @Field(() => EmergencyTransportDocumentInput, {
    description: "An emergency physician's signed prescription of the vehicle (REIMB-6 b).",
    nullable: true,
  })
  @IsOptional()
  @ValidateNested()
  emergencyTransportDocument?: EmergencyTransportDocumentInput | null;

  @Field(() => [LocalDate], { defaultValue: [], description: "Days of outpatient treatment at the referred facility." })
  @ArrayMaxSize(MAX_TRIP_DAY_LIST)
  outpatientDays!: string[];

  @Field(() => [LocalDate], { description: "Days as an inpatient; not paid (REIMB-7).", defaultValue: [] })
  @ArrayMaxSize(MAX_TRIP_DAY_LIST)
  inpatientDays!: string[];

  @Field(() => [LocalDate], { defaultValue: [], description: "Days covered by a sick-leave report during outpatient treatment." })
  @ArrayMaxSize(MAX_TRIP_DAY_LIST)
  sickLeaveDays!: string[];

  @Field(() => Boolean, { defaultValue: false, description: "Treatment ended on the day of arrival and the patient left that day." })
  sameDayDischarge!: boolean;

  @Field(() => [OnwardReferralInput], {
    description: "Onward referrals to other hospitals; their outpatient days count too (REIMB-7).",
    defaultValue: [],
  })
  @ArrayMaxSize(5)
  @ValidateNested()
  onwardReferrals!: OnwardReferralInput[];

  @Field(() => CompanionInput, { nullable: true, description: "Present when a companion travelled." })
  @IsOptional()
  @ValidateNested()
  companion?: CompanionInput | null;
}

@InputType({ description: "The referral's facts, for a quote without a stored referral." })
export class ReferralFactsInput {
  @Field(() => ID, { description: "Global ID of the referring facility." })
  originFacilityId!: string;

  @Field(() => ID, { description: "Global ID of the facility referred to." })
  destinationFacilityId!: string;

  @Field(() => String, { description: "The clinic (branch) of the treatment: 'can provide the treatment' (REIMB-3)." })
  @Length(2, 64)
  clinicCode!: string;

  @Field(() => MedicalGrounds, { description: "Medical grounds (REIMB-4)." })
  medicalGrounds!: keyof typeof MedicalGrounds;

  @Field(() => ReferralUrgency, { description: "Urgency (default ROUTINE).", defaultValue: "ROUTINE" })
  urgency!: keyof typeof ReferralUrgency;

  @Field(() => Boolean, { defaultValue: false, description: "The referring facility stated a companion is medically necessary." })
  companionRequired!: boolean;

  @Field(() => LocalDate, { description: "Day of the referral; REIMB-10 counts from it." })
  referralDate!: string;

  @Field(() => String, {
    nullable: true,
    description: "ICD-10, e.g. I21.0: matched against SGK's listed emergencies (REIMB-4) and primary-care exceptions (REIMB-2).",
  })
  @IsOptional()
  @Matches(/^[A-Z]\d{2}(\.\d{1,2})?$/, { message: "diagnosisIcd10 must be an ICD-10 code such as C50.9" })
  diagnosisIcd10?: string | null;
}

@InputType({ description: "The facts to quote: a stored referral or its facts, and the trip." })
export class ReimbursementQuoteInput {
  @Field(() => ID, { nullable: true, description: "A stored referral; or give `referral` instead." })
  referralId?: string | null;

  @Field(() => ReferralFactsInput, { description: "The referral's facts, when there is no stored referral.", nullable: true })
  @IsOptional()
  @ValidateNested()
  referral?: ReferralFactsInput | null;

  @Field(() => TripInput, { description: "What happened on the trip." })
  @ValidateNested()
  trip!: TripInput;
}

@ObjectType({ description: "A consideration of the calculation, with the rules that produced it.", simpleResolvers: true })
export class ReimbursementNote {
  @Field(() => [String], { description: "Rule IDs that produced it, e.g. [REIMB-3]." })
  rules!: string[];

  @Field(() => String, { description: "Explanation in Turkish, as SGK writes it." })
  explanationTr!: string;

  @Field(() => String, { description: "Explanation in English." })
  explanationEn!: string;
}

@ObjectType({ simpleResolvers: true, description: "A reason nothing is paid, with its rule." })
export class ReimbursementIneligibility extends ReimbursementNote {
  @Field(() => String, { description: "The main rule that refused, e.g. REIMB-10." })
  rule!: string;

  @Field(() => String, { description: "Machine-readable reason, e.g. LATE_APPLICATION." })
  code!: string;
}

@ObjectType({ description: "One paid line of the statement, citing the rules that produced it." })
export class ReimbursementLine extends ReimbursementNote {
  @Field(() => ReimbursedPerson, { description: "Whom it pays: the patient or the companion." })
  person!: keyof typeof ReimbursedPerson;

  @Field(() => ReimbursementLineKind, { description: "Travel or daily allowance." })
  kind!: keyof typeof ReimbursementLineKind;

  @Field(() => ReimbursementBasis, { description: "How the amount was set." })
  basis!: keyof typeof ReimbursementBasis;

  @Field(() => Facility, { description: "Travel: the facility the distance is paid to; daily: the referred facility." })
  paidToFacility!: Facility;

  @Field(() => Int, { description: "Trips (travel: legs) or days (daily allowance)." })
  quantity!: number;

  @Field(() => Money, { description: "Amount per trip or per day." })
  unitAmount!: Money;

  @Field(() => Money, { description: "quantity × unitAmount." })
  amount!: Money;

  @Field(() => [LocalDate], { description: "DAILY: the paid days." })
  days!: string[];
}

@ObjectType({ description: "The itemised SGK statement: every line and every refusal cites its rule." })
export class ReimbursementStatement {
  @Field(() => Boolean, { description: "Whether anything is paid at all (REIMB-1, REIMB-2, REIMB-10)." })
  eligible!: boolean;

  @Field(() => [ReimbursementIneligibility], { description: "Why nothing is paid, each reason with its rule; empty when eligible." })
  ineligibility!: ReimbursementIneligibility[];

  @Field(() => [ReimbursementLine], { description: "The paid lines: travel and daily allowance, for the patient and any companion." })
  lines!: ReimbursementLine[];

  @Field(() => [ReimbursementNote], { description: "What was considered and not paid, and why." })
  notes!: ReimbursementNote[];

  @Field(() => Int, { description: "One-way road distance to the facility actually referred to, in km." })
  actualDistanceKm!: number;

  @Field(() => Int, { description: "REIMB-3 / REIMB-4: the one-way distance travel is paid for." })
  paidDistanceKm!: number;

  @Field(() => Boolean, { description: "REIMB-13: the actual distance is estimated from coordinates (no published or SGK-set distance)." })
  actualDistanceEstimated!: boolean;

  @Field(() => Boolean, { description: "REIMB-13: the paid distance is estimated from coordinates." })
  paidDistanceEstimated!: boolean;

  @Field(() => Facility, {
    description: "The facility travel is paid to: the actual destination, or the nearest tertiary facility that can treat (REIMB-3).",
  })
  travelPaidToFacility!: Facility;

  @Field(() => LocalDate, {
    description: "REIMB-10: the last day to apply to the referred facility for travel and daily allowance.",
  })
  applicationDeadline!: string;

  @Field(() => LocalDate, { description: "REIMB-10: the same for treatment costs." })
  treatmentCostDeadline!: string;

  @Field(() => Boolean, { description: "Whether the patient applied within the treatment-cost limit (REIMB-10)." })
  treatmentCostsInTime!: boolean;

  @Field(() => Money, { description: "Total paid for the patient." })
  patientTotal!: Money;

  @Field(() => Money, { description: "Total paid for the companion (REIMB-9); zero without one." })
  companionTotal!: Money;

  @Field(() => Money, { description: "Total of the statement: patient plus companion." })
  total!: Money;
}

@ObjectType({ description: "A calculation without a claim: what SGK would pay for these facts." })
export class ReimbursementQuote {
  @Field(() => ReimbursementStatement, {
    description: "The itemised statement; null when the facts cannot be calculated (see userErrors).",
    nullable: true,
  })
  statement!: ReimbursementStatement | null;

  @Field(() => [UserError], { description: "Facts that cannot be calculated, naming the field and the rule; no statement then." })
  userErrors!: UserError[];
}

@ObjectType({ description: "One status change of a claim; append-only.", simpleResolvers: true })
export class ReimbursementClaimHistoryEntry {
  @Field(() => ReimbursementClaimStatus, { description: "State before; null for the submission.", nullable: true })
  fromState!: keyof typeof ReimbursementClaimStatus | null;

  @Field(() => ReimbursementClaimStatus, { description: "State after." })
  toState!: keyof typeof ReimbursementClaimStatus;

  @Field(() => String, { description: "What was done: submit, calculate, approve, reject or pay." })
  action!: string;

  @Field(() => String, { description: "Role of the client that acted.", nullable: true })
  actorRole!: string | null;

  @Field(() => String, { description: "The comment given, if any (the channel, for the submission).", nullable: true })
  note!: string | null;

  @Field(() => DateTimeISOResolver, { description: "When (UTC)." })
  at!: Date;

  @Field(() => Int, { description: "The claim's version after this step." })
  version!: number;

  @Field(() => ReimbursementClaimStatus, {
    description: "Status before; null for the submission.",
    nullable: true,
    deprecationReason: "Use fromState (the history convention's name).",
  })
  fromStatus!: keyof typeof ReimbursementClaimStatus | null;

  @Field(() => ReimbursementClaimStatus, { description: "Status after.", deprecationReason: "Use toState." })
  toStatus!: keyof typeof ReimbursementClaimStatus;

  @Field(() => String, { description: "Role of the principal who acted.", nullable: true, deprecationReason: "Use actorRole." })
  role!: string | null;

  @Field(() => String, {
    description: "The API client that acted.",
    nullable: true,
    deprecationReason: "Clients are not named to each other; kept for SGK's own audit.",
  })
  clientId!: string | null;

  @Field(() => String, { description: "The comment given, if any.", nullable: true, deprecationReason: "Use note." })
  comment!: string | null;
}

@ObjectType({ implements: Node, description: "REIMB-11: an SGK claim for travel and daily allowance after a referral." })
export class ReimbursementClaim extends Node {
  @Field(() => Referral, { description: "The referral the claim is for." })
  referral!: Referral;

  @Field(() => Patient, { description: "The claimant patient. Personal data: reads are authorised and logged.", nullable: true })
  patient!: Patient | null;

  @Field(() => ReimbursementClaimStatus, { description: "Where the claim stands (REIMB-11)." })
  status!: keyof typeof ReimbursementClaimStatus;

  @Field(() => ReimbursementChannel, { description: "How the claim came in: by post or in person." })
  channel!: keyof typeof ReimbursementChannel;

  @Field(() => String, { description: "The SGK provincial office (plate code) that took the claim." })
  officeProvinceCode!: string;

  @Field(() => ReimbursementStatement, { nullable: true, description: "The last calculation; null until calculated." })
  statement!: ReimbursementStatement | null;

  @Field(() => [String], { description: "REJECTED: the failing rule IDs." })
  rejectionRules!: string[];

  @Field(() => String, { description: "REJECTED: the explanation given.", nullable: true })
  rejectionReason!: string | null;

  @Field(() => String, { nullable: true, description: "PAID: the PTT payment reference." })
  paymentReference!: string | null;

  @Field(() => LocalDate, { description: "PAID: the day PTT paid it.", nullable: true })
  paidOn!: string | null;

  @Field(() => Int, { description: VERSION })
  version!: number;

  @Field(() => DateTimeISOResolver, { description: "When it was submitted (UTC)." })
  submittedAt!: Date;

  @Field(() => [ReimbursementClaimHistoryEntry], { description: "Every status change, oldest first; append-only." })
  history!: ReimbursementClaimHistoryEntry[];
}

@ObjectType({ description: connectionOf("reimbursement claims, oldest first") })
export class ReimbursementClaimConnection extends Connection(ReimbursementClaim, "ReimbursementClaim") {}

@InputType({ description: "Narrows the claim list; every given field must match." })
export class ReimbursementClaimFilter {
  @Field(() => ReimbursementClaimStatus, { description: "Only claims in this status.", nullable: true })
  status?: keyof typeof ReimbursementClaimStatus | null;

  @Field(() => ID, { description: "Only claims for this referral (global ID).", nullable: true })
  referralId?: string | null;
}

@InputType({ description: "A claim SGK receives, calculated on submission (REIMB-11)." })
export class SubmitReimbursementClaimInput {
  @Field(() => ID, { description: "Global ID of the referral." })
  referralId!: string;

  @Field(() => TripInput, { description: "What happened on the trip, as the claimant declares it." })
  @ValidateNested()
  trip!: TripInput;

  @Field(() => ReimbursementChannel, { description: "How the claim came in." })
  channel!: keyof typeof ReimbursementChannel;

  @Field(() => String, { description: "The SGK provincial office's plate code, 01..81." })
  @Matches(/^(0[1-9]|[1-7]\d|8[01])$/, { message: "officeProvinceCode must be a plate code 01..81" })
  officeProvinceCode!: string;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "A step on a claim (calculate, approve)." })
export class ReimbursementClaimStepInput {
  @Field(() => ID, { description: "Global ID of the claim." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => String, { description: "A comment for the history, up to 1000 characters.", nullable: true })
  @IsOptional()
  @Length(0, 1000)
  comment?: string | null;
}

@InputType({ description: "Rejects a claim (REIMB-11)." })
export class RejectReimbursementClaimInput extends ReimbursementClaimStepInput {
  @Field(() => [String], { description: "The failing rule IDs, e.g. [REIMB-10]." })
  @ArrayMaxSize(11)
  rules!: string[];

  @Field(() => String, { description: "The explanation to the claimant, up to 2000 characters." })
  @Length(0, 2000)
  reason!: string;
}

@InputType({ description: "The PTT payment of an approved claim (REIMB-11)." })
export class RecordReimbursementPaymentInput extends ReimbursementClaimStepInput {
  @Field(() => String, { description: "The PTT payment reference." })
  @Matches(/^[A-Z0-9][A-Z0-9-]{5,39}$/, { message: "pttReference is 6 to 40 capital letters, digits and dashes" })
  pttReference!: string;

  @Field(() => LocalDate, { description: "Day PTT paid." })
  paidOn!: string;
}

@ObjectType({ description: payloadOf("a reimbursement-claim mutation") })
export class ReimbursementClaimPayload extends MutationPayload {
  @Field(() => ReimbursementClaim, { description: PAYLOAD_OBJECT, nullable: true })
  claim!: ReimbursementClaim | null;
}

@ObjectType({ simpleResolvers: true, description: "REIMB-8: the civil-servant monthly coefficient over a period." })
export class CivilServantCoefficient {
  @Field(() => LocalDate, { description: "First day the coefficient applies." })
  validFrom!: string;

  @Field(() => LocalDate, { description: "Last day it applies." })
  validUntil!: string;

  @Field(() => String, { description: "Decimal with 6 places, e.g. 0.165786." })
  coefficient!: string;
}

@InputType({ description: "A coefficient period (REIMB-8); periods may not overlap." })
export class SetCivilServantCoefficientInput {
  @Field(() => LocalDate, { description: "First day it applies." })
  validFrom!: string;

  @Field(() => LocalDate, { description: "Last day it applies, not before validFrom." })
  validUntil!: string;

  @Field(() => String, { description: "Decimal with up to 6 places, e.g. 1.387871." })
  coefficient!: string;
}

@ObjectType({ description: payloadOf("setCivilServantCoefficient") })
export class CivilServantCoefficientPayload extends MutationPayload {
  @Field(() => CivilServantCoefficient, { description: PAYLOAD_OBJECT, nullable: true })
  coefficient!: CivilServantCoefficient | null;
}

@ObjectType({ description: "The regular fare for one distance band (REIMB-5).", simpleResolvers: true })
export class RegularFareBand {
  @Field(() => Int, { description: "Lower bound of the band, km (inclusive)." })
  fromKm!: number;

  @Field(() => Int, { description: "Upper bound of the band, km (inclusive)." })
  toKm!: number;

  @Field(() => Money, { description: "One way, one passenger." })
  fare!: Money;
}

@ObjectType({ simpleResolvers: true, description: "REIMB-5: the regular intercity fare tariff in force over a period." })
export class RegularFareTariff {
  @Field(() => LocalDate, { description: "First day the tariff applies." })
  validFrom!: string;

  @Field(() => LocalDate, { description: "Last day it applies." })
  validUntil!: string;

  @Field(() => String, { description: "Where the figures come from, e.g. the Official Gazette number." })
  source!: string;

  @Field(() => [RegularFareBand], { description: "Fares by distance band." })
  bands!: RegularFareBand[];
}

@InputType({ description: "The fare for one distance band." })
export class RegularFareBandInput {
  @Field(() => Int, { description: "Lower bound, km (inclusive), 1 or more." })
  @Min(1)
  fromKm!: number;

  @Field(() => Int, { description: "Upper bound, km (inclusive), at most 5000." })
  @Max(5000)
  toKm!: number;

  @Field(() => Int, { description: "Kuruş, one way." })
  @Min(1)
  fareMinor!: number;
}

@InputType({ description: "A regular fare tariff (REIMB-5) for a period; periods may not overlap." })
export class SetRegularFareTariffInput {
  @Field(() => LocalDate, { description: "First day it applies." })
  validFrom!: string;

  @Field(() => LocalDate, { description: "Last day it applies, not before validFrom." })
  validUntil!: string;

  @Field(() => String, { description: "Where the figures come from, e.g. the Tebliğ's Official Gazette number." })
  @Length(3, 300)
  source!: string;

  @Field(() => [RegularFareBandInput], {
    description: "Fares by distance band, at most 50: from 1 km upwards without gaps or overlaps, never cheaper with distance.",
  })
  @ArrayMaxSize(50)
  @ValidateNested()
  bands!: RegularFareBandInput[];
}

@ObjectType({ description: payloadOf("setRegularFareTariff") })
export class RegularFareTariffPayload extends MutationPayload {
  @Field(() => RegularFareTariff, { description: PAYLOAD_OBJECT, nullable: true })
  tariff!: RegularFareTariff | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "REIMB-10's limits, in business days counting the referral day, and SGK's condition lists (REIMB-2, REIMB-4).",
})
export class ReimbursementSettings {
  @Field(() => Int, { description: "To apply to the referred facility for travel and daily allowance (default 3)." })
  travelAndDailyBusinessDays!: number;

  @Field(() => Int, { description: "The same for treatment costs (default 5)." })
  treatmentBusinessDays!: number;

  @Field(() => [String], {
    description: "REIMB-4: ICD-10 codes or prefixes of the emergencies ('bazı acil haller') for which the full distance is paid.",
  })
  emergencyFullDistance!: string[];

  @Field(() => [String], {
    description: "REIMB-2: ICD-10 codes or prefixes for which a level-1 facility's referral is paid ('istisnaları hariç').",
  })
  primaryCareExceptions!: string[];

  @Field(() => Int, {
    description:
      "Optimistic-concurrency version: 0 until SGK first changes the settings, then one higher after every change; send it back as `expectedVersion`.",
  })
  version!: number;
}

@ObjectType({ description: payloadOf("updateReimbursementSettings") })
export class ReimbursementSettingsPayload extends MutationPayload {
  @Field(() => ReimbursementSettings, { description: PAYLOAD_OBJECT, nullable: true })
  settings!: ReimbursementSettings | null;
}

@InputType({ description: "New REIMB-10 limits; omitted ones stay as they are." })
export class UpdateReimbursementSettingsInput {
  @Field(() => Int, { description: "Business days to apply for travel and daily allowance, 1 to 30.", nullable: true })
  @IsOptional()
  @Min(1)
  @Max(30)
  travelAndDailyBusinessDays?: number | null;

  @Field(() => Int, { description: "Business days to apply for treatment costs, 1 to 30.", nullable: true })
  @IsOptional()
  @Min(1)
  @Max(30)
  treatmentBusinessDays?: number | null;

  @Field(() => [String], { nullable: true, description: "Replaces REIMB-4's list of emergencies (ICD-10 codes or prefixes)." })
  @IsOptional()
  @ArrayMaxSize(500)
  emergencyFullDistance?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Replaces REIMB-2's list of primary-care exceptions (ICD-10 codes or prefixes)." })
  @IsOptional()
  @ArrayMaxSize(500)
  primaryCareExceptions?: string[] | null;

  @Field(() => Int, {
    description: `${EXPECTED_VERSION} Optional: without it the change applies over whatever is current.`,
    nullable: true,
  })
  @IsOptional()
  @Min(0)
  expectedVersion?: number | null;
}

@ObjectType({ simpleResolvers: true, description: "REIMB-14: a half-year that some day lacks a civil-servant coefficient." })
export class CivilServantCoefficientGap {
  @Field(() => LocalDate, { description: "The half-year's first day (1 January or 1 July)." })
  validFrom!: string;

  @Field(() => LocalDate, { description: "The half-year's last day." })
  validUntil!: string;

  @Field(() => LocalDate, { description: "The first day no coefficient period covers." })
  firstUncoveredDay!: string;

  @Field(() => Int, { description: "Days from today to the half-year's start; negative once it has started." })
  startsInDays!: number;
}

@ObjectType({ simpleResolvers: true, description: "REIMB-12: one SGK insurance fact, in force from its day until a later one." })
export class SgkInsuranceFact {
  @Field(() => Int, { description: "The fact's number for this patient (1, 2, …)." })
  sequence!: number;

  @Field(() => Boolean, { description: "Insured by SGK from effectiveFrom on." })
  insured!: boolean;

  @Field(() => LocalDate, { description: "The day from which the fact holds." })
  effectiveFrom!: string;

  @Field(() => String, { description: "SGK's reference for the fact." })
  reference!: string;

  @Field(() => DateTimeISOResolver, { description: "When SGK recorded it." })
  at!: Date;
}

@ObjectType({ simpleResolvers: true, description: "REIMB-12: a patient's SGK insurance on a day, with every fact SGK recorded." })
export class SgkInsuranceStatus {
  @Field(() => LocalDate, { description: "The day the status is for." })
  on!: string;

  @Field(() => Boolean, { nullable: true, description: "Insured on that day; null when SGK has recorded nothing in force then." })
  insured!: boolean | null;

  @Field(() => SgkInsuranceFact, { nullable: true, description: "The fact in force on that day." })
  fact!: SgkInsuranceFact | null;

  @Field(() => Int, { description: "The number of recorded facts: give it as expectedVersion to record the next." })
  version!: number;

  @Field(() => [SgkInsuranceFact], { description: "Every recorded fact, oldest first (append-only)." })
  history!: SgkInsuranceFact[];
}

@InputType({ description: "REIMB-12: SGK records a patient's insurance status from a day on." })
export class RecordSgkInsuranceStatusInput {
  @Field(() => ID, { description: "The patient." })
  patientId!: string;

  @Field(() => Boolean, { description: "Insured (true) or not (false) from effectiveFrom on." })
  insured!: boolean;

  @Field(() => LocalDate, { description: "The day from which the status holds." })
  effectiveFrom!: string;

  @Field(() => String, { description: "SGK's reference (e.g. the registration or provision query)." })
  @Length(1, 200)
  reference!: string;

  @Field(() => Int, { description: "The status's version you read (0 when none is recorded)." })
  @Min(0)
  expectedVersion!: number;
}

@ObjectType({ description: "The result of recordSgkInsuranceStatus." })
export class SgkInsuranceStatusPayload extends MutationPayload {
  @Field(() => SgkInsuranceStatus, { nullable: true, description: "The status on effectiveFrom after the recording." })
  status!: SgkInsuranceStatus | null;
}

@ObjectType({ simpleResolvers: true, description: "REIMB-13: one dated road distance row for a pair of settlement areas." })
export class RoadDistanceEntry {
  @Field(() => LocalDate, { description: "The day from which the figure applies." })
  validFrom!: string;

  @Field(() => Int, { description: "Road km." })
  km!: number;

  @Field(() => String, { description: "Where the figure comes from." })
  source!: string;

  @Field(() => String, { description: "The client that recorded it ('seed' for the published table)." })
  createdByClientId!: string;
}

@ObjectType({ simpleResolvers: true, description: "REIMB-13: the road distance between two settlement areas on a day." })
export class RoadDistance {
  @Field(() => String, { description: "One settlement area's code." })
  fromAreaCode!: string;

  @Field(() => String, { description: "The other settlement area's code." })
  toAreaCode!: string;

  @Field(() => LocalDate, { description: "The day the distance is for." })
  on!: string;

  @Field(() => Int, { description: "Road km (0 within one area)." })
  km!: number;

  @Field(() => Boolean, { description: "Estimated from coordinates: no published or SGK-set distance is in force." })
  estimated!: boolean;

  @Field(() => LocalDate, { nullable: true, description: "The start of the row in force; null when estimated." })
  validFrom!: string | null;

  @Field(() => String, { description: "Where the figure comes from, or how it was estimated." })
  source!: string;

  @Field(() => [RoadDistanceEntry], { description: "Every dated row recorded for the pair, oldest first." })
  history!: RoadDistanceEntry[];
}

@InputType({ description: "REIMB-13: SGK sets a pair's road distance from a day on (overriding a published or estimated one)." })
export class SetRoadDistanceInput {
  @Field(() => String, { description: "One settlement area's code, e.g. 01-02." })
  fromAreaCode!: string;

  @Field(() => String, { description: "The other settlement area's code." })
  toAreaCode!: string;

  @Field(() => Int, { description: "Road km, 1 to 5000." })
  km!: number;

  @Field(() => LocalDate, { description: "The day from which the figure applies; earlier days keep the earlier figure." })
  validFrom!: string;

  @Field(() => String, { description: "Where the figure comes from, e.g. KGM's distance table." })
  @Length(1, 300)
  source!: string;
}

@ObjectType({ description: "The result of setRoadDistance." })
export class RoadDistancePayload extends MutationPayload {
  @Field(() => RoadDistance, { nullable: true, description: "The pair's distance on validFrom." })
  distance!: RoadDistance | null;
}
