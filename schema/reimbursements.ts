import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { LocalDate } from "./local-date.js";
import { reimbursementChannel, reimbursementClaimStatus } from "../drizzle/schema/index.js";
import { Connection, Money, MutationPayload, Node, UserError, enumOf } from "./common.js";
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
registerEnumType(ReimbursedPerson, { name: "ReimbursedPerson" });
registerEnumType(ReimbursementLineKind, { name: "ReimbursementLineKind" });
registerEnumType(ReimbursementBasis, {
  name: "ReimbursementBasis",
  description:
    "REGULAR_FARE: km-banded tariff (REIMB-5); ECONOMY_FARE: flight at economy (REIMB-6); ACTUAL_INVOICE: taxi/ambulance invoice (REIMB-6); DAILY_RATE: REIMB-8.",
});
registerEnumType(TripLeg, { name: "TripLeg" });
registerEnumType(CabinClass, { name: "CabinClass" });
registerEnumType(TreatmentKind, {
  name: "TreatmentKind",
  description: "REIMB-6: a report for chemotherapy, radiotherapy or dialysis stays valid 3 months.",
});
registerEnumType(ReimbursementClaimStatus, { name: "ReimbursementClaimStatus", description: "REIMB-11." });
registerEnumType(ReimbursementChannel, {
  name: "ReimbursementChannel",
  description: "Claims come by post or in person at an SGK provincial office.",
});

const MAX_TRIP_DAY_LIST = 366;
/** 100,000.00 TL: far above any fare, and keeps a statement's total inside a 32-bit integer. */
const MAX_TICKET_MINOR = 10_000_000;

@InputType()
export class TicketInput {
  @Field(() => ReimbursedPerson)
  person!: keyof typeof ReimbursedPerson;

  @Field(() => TripLeg)
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

@InputType()
export class HealthBoardReportInput {
  @Field(() => TransportKind, { description: "The vehicle the report prescribes." })
  vehicle!: keyof typeof TransportKind;

  @Field(() => Boolean)
  statesDisease!: boolean;

  @Field(() => Boolean)
  statesWhyRegularTransportImpossible!: boolean;

  @Field(() => TreatmentKind)
  treatmentKind!: keyof typeof TreatmentKind;

  @Field(() => LocalDate)
  issuedOn!: string;
}

@InputType()
export class EmergencyTransportDocumentInput {
  @Field(() => TransportKind)
  vehicle!: keyof typeof TransportKind;

  @Field(() => Boolean)
  signedByPhysician!: boolean;
}

@InputType()
export class OnwardReferralInput {
  @Field(() => ID, { description: "The hospital the patient was referred on to." })
  facilityId!: string;

  @Field(() => [LocalDate])
  @ArrayMaxSize(MAX_TRIP_DAY_LIST)
  outpatientDays!: string[];
}

@InputType()
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

  @Field(() => LocalDate)
  departureDate!: string;

  @Field(() => LocalDate)
  returnDate!: string;

  @Field(() => TransportKind, { description: "How the patient travelled." })
  transport!: keyof typeof TransportKind;

  @Field(() => [TicketInput], { defaultValue: [], description: "Tickets or invoices, one per person and leg (REIMB-6)." })
  @ArrayMaxSize(4)
  @ValidateNested()
  tickets!: TicketInput[];

  @Field(() => HealthBoardReportInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  healthBoardReport?: HealthBoardReportInput | null;

  @Field(() => EmergencyTransportDocumentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  emergencyTransportDocument?: EmergencyTransportDocumentInput | null;

  @Field(() => [LocalDate], { defaultValue: [], description: "Days of outpatient treatment at the referred facility." })
  @ArrayMaxSize(MAX_TRIP_DAY_LIST)
  outpatientDays!: string[];

  @Field(() => [LocalDate], { defaultValue: [] })
  @ArrayMaxSize(MAX_TRIP_DAY_LIST)
  inpatientDays!: string[];

  @Field(() => [LocalDate], { defaultValue: [], description: "Days covered by a sick-leave report during outpatient treatment." })
  @ArrayMaxSize(MAX_TRIP_DAY_LIST)
  sickLeaveDays!: string[];

  @Field(() => Boolean, { defaultValue: false, description: "Treatment ended on the day of arrival and the patient left that day." })
  sameDayDischarge!: boolean;

  @Field(() => [OnwardReferralInput], { defaultValue: [] })
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
  @Field(() => ID)
  originFacilityId!: string;

  @Field(() => ID)
  destinationFacilityId!: string;

  @Field(() => String, { description: "The clinic (branch) of the treatment: 'can provide the treatment' (REIMB-3)." })
  @Length(2, 64)
  clinicCode!: string;

  @Field(() => MedicalGrounds)
  medicalGrounds!: keyof typeof MedicalGrounds;

  @Field(() => ReferralUrgency, { defaultValue: "ROUTINE" })
  urgency!: keyof typeof ReferralUrgency;

  @Field(() => Boolean, { defaultValue: false, description: "The referring facility stated a companion is medically necessary." })
  companionRequired!: boolean;

  @Field(() => LocalDate)
  referralDate!: string;

  @Field(() => String, {
    nullable: true,
    description: "ICD-10, e.g. I21.0: matched against SGK's listed emergencies (REIMB-4) and primary-care exceptions (REIMB-2).",
  })
  @IsOptional()
  @Matches(/^[A-Z]\d{2}(\.\d{1,2})?$/, { message: "diagnosisIcd10 must be an ICD-10 code such as C50.9" })
  diagnosisIcd10?: string | null;
}

@InputType()
export class ReimbursementQuoteInput {
  @Field(() => ID, { nullable: true, description: "A stored referral; or give `referral` instead." })
  referralId?: string | null;

  @Field(() => ReferralFactsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  referral?: ReferralFactsInput | null;

  @Field(() => TripInput)
  @ValidateNested()
  trip!: TripInput;
}

@ObjectType({ simpleResolvers: true })
export class ReimbursementNote {
  @Field(() => [String])
  rules!: string[];

  @Field(() => String)
  explanationTr!: string;

  @Field(() => String)
  explanationEn!: string;
}

@ObjectType({ simpleResolvers: true, description: "A reason nothing is paid, with its rule." })
export class ReimbursementIneligibility extends ReimbursementNote {
  @Field(() => String)
  rule!: string;

  @Field(() => String)
  code!: string;
}

@ObjectType()
export class ReimbursementLine extends ReimbursementNote {
  @Field(() => ReimbursedPerson)
  person!: keyof typeof ReimbursedPerson;

  @Field(() => ReimbursementLineKind)
  kind!: keyof typeof ReimbursementLineKind;

  @Field(() => ReimbursementBasis)
  basis!: keyof typeof ReimbursementBasis;

  @Field(() => Facility, { description: "Travel: the facility the distance is paid to; daily: the referred facility." })
  paidToFacility!: Facility;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Money)
  unitAmount!: Money;

  @Field(() => Money)
  amount!: Money;

  @Field(() => [LocalDate], { description: "DAILY: the paid days." })
  days!: string[];
}

@ObjectType({ description: "The itemised SGK statement: every line and every refusal cites its rule." })
export class ReimbursementStatement {
  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => [ReimbursementIneligibility])
  ineligibility!: ReimbursementIneligibility[];

  @Field(() => [ReimbursementLine])
  lines!: ReimbursementLine[];

  @Field(() => [ReimbursementNote], { description: "What was considered and not paid, and why." })
  notes!: ReimbursementNote[];

  @Field(() => Int)
  actualDistanceKm!: number;

  @Field(() => Int, { description: "REIMB-3 / REIMB-4: the one-way distance travel is paid for." })
  paidDistanceKm!: number;

  @Field(() => Boolean, { description: "REIMB-13: the actual distance is estimated from coordinates (no published or SGK-set distance)." })
  actualDistanceEstimated!: boolean;

  @Field(() => Boolean, { description: "REIMB-13: the paid distance is estimated from coordinates." })
  paidDistanceEstimated!: boolean;

  @Field(() => Facility)
  travelPaidToFacility!: Facility;

  @Field(() => LocalDate, {
    description: "REIMB-10: the last day to apply to the referred facility for travel and daily allowance.",
  })
  applicationDeadline!: string;

  @Field(() => LocalDate, { description: "REIMB-10: the same for treatment costs." })
  treatmentCostDeadline!: string;

  @Field(() => Boolean)
  treatmentCostsInTime!: boolean;

  @Field(() => Money)
  patientTotal!: Money;

  @Field(() => Money)
  companionTotal!: Money;

  @Field(() => Money)
  total!: Money;
}

@ObjectType()
export class ReimbursementQuote {
  @Field(() => ReimbursementStatement, { nullable: true })
  statement!: ReimbursementStatement | null;

  @Field(() => [UserError], { description: "Facts that cannot be calculated, naming the field and the rule; no statement then." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
export class ReimbursementClaimHistoryEntry {
  @Field(() => ReimbursementClaimStatus, { nullable: true })
  fromStatus!: keyof typeof ReimbursementClaimStatus | null;

  @Field(() => ReimbursementClaimStatus)
  toStatus!: keyof typeof ReimbursementClaimStatus;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  role!: string;

  @Field(() => String)
  clientId!: string;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => DateTimeISOResolver)
  at!: Date;
}

@ObjectType({ implements: Node, description: "REIMB-11: an SGK claim for travel and daily allowance after a referral." })
export class ReimbursementClaim extends Node {
  @Field(() => Referral)
  referral!: Referral;

  @Field(() => Patient, { nullable: true })
  patient!: Patient | null;

  @Field(() => ReimbursementClaimStatus)
  status!: keyof typeof ReimbursementClaimStatus;

  @Field(() => ReimbursementChannel)
  channel!: keyof typeof ReimbursementChannel;

  @Field(() => String, { description: "The SGK provincial office (plate code) that took the claim." })
  officeProvinceCode!: string;

  @Field(() => ReimbursementStatement, { nullable: true, description: "The last calculation; null until calculated." })
  statement!: ReimbursementStatement | null;

  @Field(() => [String], { description: "REJECTED: the failing rule IDs." })
  rejectionRules!: string[];

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;

  @Field(() => String, { nullable: true, description: "PAID: the PTT payment reference." })
  paymentReference!: string | null;

  @Field(() => LocalDate, { nullable: true })
  paidOn!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeISOResolver)
  submittedAt!: Date;

  @Field(() => [ReimbursementClaimHistoryEntry])
  history!: ReimbursementClaimHistoryEntry[];
}

@ObjectType()
export class ReimbursementClaimConnection extends Connection(ReimbursementClaim, "ReimbursementClaim") {}

@InputType()
export class ReimbursementClaimFilter {
  @Field(() => ReimbursementClaimStatus, { nullable: true })
  status?: keyof typeof ReimbursementClaimStatus | null;

  @Field(() => ID, { nullable: true })
  referralId?: string | null;
}

@InputType()
export class SubmitReimbursementClaimInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => TripInput)
  @ValidateNested()
  trip!: TripInput;

  @Field(() => ReimbursementChannel)
  channel!: keyof typeof ReimbursementChannel;

  @Field(() => String, { description: "The SGK provincial office's plate code, 01..81." })
  @Matches(/^(0[1-9]|[1-7]\d|8[01])$/, { message: "officeProvinceCode must be a plate code 01..81" })
  officeProvinceCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType()
export class ReimbursementClaimStepInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000)
  comment?: string | null;
}

@InputType()
export class RejectReimbursementClaimInput extends ReimbursementClaimStepInput {
  @Field(() => [String], { description: "The failing rule IDs, e.g. [REIMB-10]." })
  @ArrayMaxSize(11)
  rules!: string[];

  @Field(() => String)
  @Length(0, 2000)
  reason!: string;
}

@InputType()
export class RecordReimbursementPaymentInput extends ReimbursementClaimStepInput {
  @Field(() => String, { description: "The PTT payment reference." })
  @Matches(/^[A-Z0-9][A-Z0-9-]{5,39}$/, { message: "pttReference is 6 to 40 capital letters, digits and dashes" })
  pttReference!: string;

  @Field(() => LocalDate)
  paidOn!: string;
}

@ObjectType()
export class ReimbursementClaimPayload extends MutationPayload {
  @Field(() => ReimbursementClaim, { nullable: true })
  claim!: ReimbursementClaim | null;
}

@ObjectType({ simpleResolvers: true, description: "REIMB-8: the civil-servant monthly coefficient over a period." })
export class CivilServantCoefficient {
  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate)
  validUntil!: string;

  @Field(() => String, { description: "Decimal with 6 places, e.g. 0.165786." })
  coefficient!: string;
}

@InputType()
export class SetCivilServantCoefficientInput {
  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate)
  validUntil!: string;

  @Field(() => String, { description: "Decimal with up to 6 places, e.g. 1.387871." })
  coefficient!: string;
}

@ObjectType()
export class CivilServantCoefficientPayload extends MutationPayload {
  @Field(() => CivilServantCoefficient, { nullable: true })
  coefficient!: CivilServantCoefficient | null;
}

@ObjectType({ simpleResolvers: true })
export class RegularFareBand {
  @Field(() => Int)
  fromKm!: number;

  @Field(() => Int)
  toKm!: number;

  @Field(() => Money, { description: "One way, one passenger." })
  fare!: Money;
}

@ObjectType({ simpleResolvers: true, description: "REIMB-5: the regular intercity fare tariff in force over a period." })
export class RegularFareTariff {
  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate)
  validUntil!: string;

  @Field(() => String)
  source!: string;

  @Field(() => [RegularFareBand])
  bands!: RegularFareBand[];
}

@InputType()
export class RegularFareBandInput {
  @Field(() => Int)
  @Min(1)
  fromKm!: number;

  @Field(() => Int)
  @Max(5000)
  toKm!: number;

  @Field(() => Int, { description: "Kuruş, one way." })
  @Min(1)
  fareMinor!: number;
}

@InputType()
export class SetRegularFareTariffInput {
  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate)
  validUntil!: string;

  @Field(() => String, { description: "Where the figures come from, e.g. the Tebliğ's Official Gazette number." })
  @Length(3, 300)
  source!: string;

  @Field(() => [RegularFareBandInput])
  @ArrayMaxSize(50)
  @ValidateNested()
  bands!: RegularFareBandInput[];
}

@ObjectType()
export class RegularFareTariffPayload extends MutationPayload {
  @Field(() => RegularFareTariff, { nullable: true })
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
}

@InputType()
export class UpdateReimbursementSettingsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(30)
  travelAndDailyBusinessDays?: number | null;

  @Field(() => Int, { nullable: true })
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
