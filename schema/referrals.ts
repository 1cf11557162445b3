import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, Length, Matches, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import {
  medicalGrounds,
  referralScope,
  referralStatus,
  referralUrgency,
  searchLevel,
  searchStatus,
  transportKind,
} from "../drizzle/schema/index.js";
import { Connection, MutationPayload, Node, enumOf } from "./common.js";
import { BedType, Clinic, Facility } from "./facilities.js";
import { Patient } from "./patients.js";

export const ReferralUrgency = enumOf(referralUrgency.enumValues);
export const MedicalGrounds = enumOf(medicalGrounds.enumValues);
export const ReferralScope = enumOf(referralScope.enumValues);
export const ReferralStatus = enumOf(referralStatus.enumValues);
export const TransportKind = enumOf(transportKind.enumValues);
export const SearchLevel = enumOf(searchLevel.enumValues);
export const SearchStatus = enumOf(searchStatus.enumValues);
export const ReferralAction = enumOf(["place", "accept", "reject", "arrive", "complete", "cancel", "escalate"] as const);
export const ReferralDirection = { INCOMING: "INCOMING", OUTGOING: "OUTGOING" } as const;
registerEnumType(ReferralUrgency, { name: "ReferralUrgency" });
registerEnumType(MedicalGrounds, { name: "MedicalGrounds" });
registerEnumType(ReferralScope, { name: "ReferralScope", description: "REF-1: derived from the two facilities, never entered." });
registerEnumType(ReferralStatus, { name: "ReferralStatus" });
registerEnumType(TransportKind, { name: "TransportKind" });
registerEnumType(SearchLevel, { name: "SearchLevel" });
registerEnumType(SearchStatus, { name: "SearchStatus" });
registerEnumType(ReferralAction, { name: "ReferralAction" });
registerEnumType(ReferralDirection, { name: "ReferralDirection" });

@ObjectType({ simpleResolvers: true })
export class ProvisionCheck {
  @Field(() => Boolean)
  valid!: boolean;

  @Field(() => String)
  reference!: string;

  @Field(() => String)
  checkedAt!: string;
}

@ObjectType({ simpleResolvers: true })
export class ReferralHistoryEntry {
  @Field(() => ReferralStatus, { nullable: true })
  fromStatus!: keyof typeof ReferralStatus | null;

  @Field(() => ReferralStatus)
  toStatus!: keyof typeof ReferralStatus;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  role!: string;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => DateTimeISOResolver)
  at!: Date;
}

@ObjectType({ implements: Node, simpleResolvers: true })
export class Referral extends Node {
  @Field(() => Patient, { nullable: true, description: "Personal data: null with FORBIDDEN once your access has ended (PAT-3)." })
  patient!: Patient | null;

  @Field(() => Facility)
  originFacility!: Facility;

  @Field(() => Facility, { nullable: true })
  destinationFacility!: Facility | null;

  @Field(() => Clinic)
  clinic!: Clinic;

  @Field(() => String)
  requestingPhysician!: string;

  @Field(() => String)
  diagnosisIcd10!: string;

  @Field(() => ReferralUrgency)
  urgency!: keyof typeof ReferralUrgency;

  @Field(() => MedicalGrounds)
  medicalGrounds!: keyof typeof MedicalGrounds;

  @Field(() => Boolean)
  companionRequired!: boolean;

  @Field(() => TransportKind)
  authorisedTransport!: keyof typeof TransportKind;

  @Field(() => ReferralScope, { nullable: true })
  scope!: keyof typeof ReferralScope | null;

  @Field(() => ReferralStatus)
  status!: keyof typeof ReferralStatus;

  @Field(() => ProvisionCheck, { nullable: true, description: "TP-1: the provision check of a temporary-protection visit." })
  provision!: ProvisionCheck | null;

  @Field(() => String, { nullable: true })
  completionReport!: string | null;

  @Field(() => [ReferralHistoryEntry])
  history!: ReferralHistoryEntry[];

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class ReferralConnection extends Connection(Referral, "Referral") {}

@InputType()
export class ProvisionInput {
  @Field(() => Boolean)
  valid!: boolean;

  @Field(() => String)
  @Length(1, 100)
  reference!: string;
}

@InputType()
export class CreateReferralInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => ID)
  originFacilityId!: string;

  @Field(() => String)
  @Length(2, 64)
  clinicCode!: string;

  @Field(() => String)
  @Length(3, 200)
  requestingPhysician!: string;

  @Field(() => String, { description: "ICD-10, e.g. C50.9" })
  @Matches(/^[A-Z]\d{2}(\.\d{1,2})?$/, { message: "diagnosisIcd10 must be an ICD-10 code such as C50.9" })
  diagnosisIcd10!: string;

  @Field(() => ReferralUrgency)
  urgency!: keyof typeof ReferralUrgency;

  @Field(() => MedicalGrounds)
  medicalGrounds!: keyof typeof MedicalGrounds;

  @Field(() => Boolean, { defaultValue: false })
  companionRequired!: boolean;

  @Field(() => TransportKind, { defaultValue: "REGULAR" })
  authorisedTransport!: keyof typeof TransportKind;

  @Field(() => ProvisionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  provision?: ProvisionInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Check the referral and answer with SGK's pre-referral check (REIMB-15); write nothing.",
  })
  dryRun!: boolean;
}

@InputType()
export class TransitionReferralInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => ReferralAction)
  action!: keyof typeof ReferralAction;

  @Field(() => ID, { nullable: true, description: "place: the destination." })
  destinationFacilityId?: string | null;

  @Field(() => String, { nullable: true, description: "reject / cancel: why." })
  @IsOptional()
  @Length(3, 1000)
  reason?: string | null;

  @Field(() => String, { nullable: true, description: "complete: the report to the unit (TP-5)." })
  @IsOptional()
  @Length(3, 4000)
  completionReport?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000)
  comment?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Check the transition and report the outcome; write nothing." })
  dryRun!: boolean;
}

@InputType()
export class ReferralFilter {
  @Field(() => ReferralDirection, { nullable: true })
  direction?: keyof typeof ReferralDirection | null;

  @Field(() => ReferralStatus, { nullable: true })
  status?: keyof typeof ReferralStatus | null;

  @Field(() => ReferralUrgency, { nullable: true })
  urgency?: keyof typeof ReferralUrgency | null;
}

@ObjectType()
export class ReferralPayload extends MutationPayload {
  @Field(() => Referral, { nullable: true })
  referral!: Referral | null;

  @Field(() => ReferralStatus, { nullable: true, description: "dryRun: the status the transition would lead to." })
  wouldBecome!: keyof typeof ReferralStatus | null;
}

@ObjectType({ simpleResolvers: true })
export class BedSearchLevelEntry {
  @Field(() => SearchLevel)
  level!: keyof typeof SearchLevel;

  @Field(() => DateTimeISOResolver)
  startedAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;
}

@ObjectType({ implements: Node, simpleResolvers: true })
export class BedSearch extends Node {
  @Field(() => Referral)
  referral!: Referral;

  @Field(() => BedType)
  bedType!: keyof typeof BedType;

  @Field(() => String)
  provinceCode!: string;

  @Field(() => SearchLevel, { description: "ER-6: only this level acts." })
  level!: keyof typeof SearchLevel;

  @Field(() => SearchStatus)
  status!: keyof typeof SearchStatus;

  @Field(() => Facility, { nullable: true })
  reservedFacility!: Facility | null;

  @Field(() => [BedSearchLevelEntry], { description: "ER-7: each level's start, end and outcome." })
  levels!: BedSearchLevelEntry[];

  @Field(() => Int)
  version!: number;
}

@ObjectType({ simpleResolvers: true })
export class TimeToBed {
  @Field(() => SearchLevel)
  level!: keyof typeof SearchLevel;

  @Field(() => String)
  provinceCode!: string;

  @Field(() => Int)
  searches!: number;

  @Field(() => Int)
  averageSeconds!: number;
}

@InputType()
export class StartBedSearchInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => BedType)
  bedType!: keyof typeof BedType;
}

@InputType()
export class BedSearchActionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: "offerBed: the facility whose bed is reserved." })
  facilityId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000)
  comment?: string | null;
}

@ObjectType()
export class BedSearchPayload extends MutationPayload {
  @Field(() => BedSearch, { nullable: true })
  search!: BedSearch | null;
}
