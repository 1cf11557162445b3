import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, Length, Matches, MaxLength, ValidateNested } from "class-validator";
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
import {
  ACCESS_JUSTIFICATION,
  Connection,
  connectionOf,
  DRY_RUN,
  enumOf,
  EXPECTED_VERSION,
  IDEMPOTENCY_KEY,
  MutationPayload,
  Node,
  PAYLOAD_OBJECT,
  payloadOf,
  screamingEnumOf,
  VERSION,
} from "./common.js";
import { BedType, Clinic, Facility } from "./facilities.js";
import { HistoryEntry, historyEntryOf } from "./history.js";
import { Patient } from "./patients.js";

export const ReferralUrgency = enumOf(referralUrgency.enumValues);
export const MedicalGrounds = enumOf(medicalGrounds.enumValues);
export const ReferralScope = enumOf(referralScope.enumValues);
export const ReferralStatus = enumOf(referralStatus.enumValues);
export const TransportKind = enumOf(transportKind.enumValues);
export const SearchLevel = enumOf(searchLevel.enumValues);
export const SearchStatus = enumOf(searchStatus.enumValues);
/** The rules, the history and the events keep the internal lower-case verbs (place, accept, …). */
export const ReferralAction = screamingEnumOf(["place", "accept", "reject", "arrive", "complete", "cancel", "escalate"] as const);
export const ReferralDirection = { INCOMING: "INCOMING", OUTGOING: "OUTGOING" } as const;
registerEnumType(ReferralUrgency, {
  valuesConfig: {
    ROUTINE: { description: "Routine." },
    URGENT: { description: "Urgent." },
    EMERGENCY: { description: "Emergency (may start an emergency bed search, ER-1)." },
  },
  description: "How urgent a referral is.",
  name: "ReferralUrgency",
});
registerEnumType(MedicalGrounds, {
  valuesConfig: {
    CANCER: { description: "Cancer treatment or follow-up." },
    ORGAN_TISSUE_TRANSPLANT: { description: "Organ or tissue transplant." },
    LIMB_TRANSPLANT: { description: "Limb transplant." },
    EMERGENCY: { description: "Emergency." },
    OCCUPATIONAL_DISEASE: { description: "Occupational disease (paid in full when referred by an occupational-disease hospital)." },
    OTHER: { description: "Any other grounds: travel is paid to the nearest tertiary facility (REIMB-3)." },
  },
  description: "Medical grounds of a referral; all but OTHER pay the full distance to the actual destination (REIMB-4).",
  name: "MedicalGrounds",
});
registerEnumType(ReferralScope, {
  valuesConfig: {
    IN_SETTLEMENT: { description: "Both facilities are in the same settlement area." },
    IN_PROVINCE: { description: "Another settlement area of the same province." },
    OUT_OF_PROVINCE: { description: "Another province." },
  },
  name: "ReferralScope",
  description: "REF-1: derived from the two facilities, never entered.",
});
registerEnumType(ReferralStatus, {
  valuesConfig: {
    REQUESTED: { description: "Created by the origin; no destination yet." },
    PLACED: { description: "A destination was chosen; waiting for its acceptance." },
    ACCEPTED: { description: "The destination accepted." },
    PATIENT_ARRIVED: { description: "The patient arrived at the destination." },
    COMPLETED: { description: "Treatment completed (for temporary protection, reported to the unit: TP-5)." },
    REJECTED: { description: "The destination rejected it with a reason; the origin may place it again." },
    CANCELLED: { description: "Cancelled with a reason." },
    ESCALATED: { description: "No suitable hospital accepted a temporary-protection patient; the coordination unit coordinates (TP-4)." },
  },
  description: "Where a referral stands (REF-2; ESCALATED for TP-4).",
  name: "ReferralStatus",
});
registerEnumType(TransportKind, {
  valuesConfig: {
    REGULAR: { description: 'Regular intercity transport (bus, minibus; "mutat"): paid from the fare tariff (REIMB-5).' },
    OWN_CAR: { description: "Own car: paid like regular transport (REIMB-5)." },
    TAXI: { description: "Taxi: paid only with a health board report or an emergency prescription (REIMB-6)." },
    AMBULANCE: { description: "Ambulance: paid only with a health board report or an emergency prescription (REIMB-6)." },
    FLIGHT: { description: "Scheduled flight: paid at the economy fare, only with a report or prescription (REIMB-6)." },
  },
  description: "Transport a referral authorises (REIMB-5, REIMB-6).",
  name: "TransportKind",
});
registerEnumType(SearchLevel, {
  valuesConfig: {
    EMERGENCY_112: { description: "The province's 112 command centre (112 KKM): searches in and out of the province." },
    PROVINCIAL_CRISIS_CENTRE: { description: "The Provincial Crisis Centre (İl Kriz Merkezi), after 112 found no place (ER-3)." },
    NATIONAL_CRISIS_CENTRE: { description: "The National (TKHK) Crisis Centre: searches countrywide (ER-4)." },
  },
  description: "The level holding an emergency bed search (ER-2 to ER-4).",
  name: "SearchLevel",
});
registerEnumType(SearchStatus, {
  valuesConfig: {
    SEARCHING: { description: "Looking for a bed at the current level." },
    BED_RESERVED: { description: "A free bed of the needed type is reserved (ER-6); 112 transfers the patient." },
    CLOSED: { description: "The transfer was done (ER-5)." },
    CANCELLED: { description: "Cancelled with its referral." },
  },
  description: "Where an emergency bed search stands.",
  name: "SearchStatus",
});
registerEnumType(ReferralAction, {
  valuesConfig: {
    PLACE: {
      description:
        "The origin places it with a destination (needs destinationFacilityId); TP-2/TP-3 limit where a temporary-protection patient may go.",
    },
    ACCEPT: { description: "The destination accepts it." },
    REJECT: { description: "The destination rejects it (needs a reason)." },
    ARRIVE: { description: "The destination records the patient's arrival." },
    COMPLETE: { description: "The destination records completion (a temporary-protection patient needs a completionReport, TP-5)." },
    CANCEL: { description: "The origin cancels it (needs a reason)." },
    ESCALATE: { description: "A temporary-protection referral no hospital accepted goes to the coordination unit (TP-4)." },
  },
  description: "A step of a referral (REF-2, TP-4).",
  name: "ReferralAction",
});
registerEnumType(ReferralDirection, {
  valuesConfig: {
    INCOMING: { description: "Referrals placed with your facility." },
    OUTGOING: { description: "Referrals your facility made." },
  },
  description: "Which side of a referral your facility is on.",
  name: "ReferralDirection",
});

@ObjectType({ description: "The provision (provizyon) check of a temporary-protection visit (TP-1).", simpleResolvers: true })
export class ProvisionCheck {
  @Field(() => Boolean, { description: "Whether the provision was valid." })
  valid!: boolean;

  @Field(() => String, { description: "The provision's reference number." })
  reference!: string;

  @Field(() => String, { description: "When it was checked (ISO 8601)." })
  checkedAt!: string;
}

@ObjectType({ description: historyEntryOf("referral"), simpleResolvers: true })
export class ReferralHistoryEntry extends HistoryEntry(
  ReferralStatus,
  "referral",
  "create, a ReferralAction in lower case (place, accept, reject, arrive, complete, cancel, escalate), or holdLapsed (the server's, ER-8)",
) {
  @Field(() => ReferralStatus, {
    description: "Status before; null for the creation.",
    nullable: true,
    deprecationReason: "Use fromState.",
  })
  fromStatus!: keyof typeof ReferralStatus | null;

  @Field(() => ReferralStatus, { description: "Status after.", deprecationReason: "Use toState." })
  toStatus!: keyof typeof ReferralStatus;

  @Field(() => String, {
    description: "Role of the principal who acted; SYSTEM for the server's own jobs.",
    deprecationReason: "Use actorRole (null for the server's own jobs).",
  })
  role!: string;

  @Field(() => String, { description: "The comment or reason given, if any.", nullable: true, deprecationReason: "Use note." })
  comment!: string | null;
}

@ObjectType({
  description: "A referral (sevk) of a patient from one facility to another (REF-1, REF-2; TP-1 to TP-5 for temporary protection).",
  implements: Node,
  simpleResolvers: true,
})
export class Referral extends Node {
  @Field(() => Patient, { nullable: true, description: "Personal data: null with FORBIDDEN once your access has ended (PAT-3)." })
  patient!: Patient | null;

  @Field(() => Facility, { description: "The facility that refers the patient." })
  originFacility!: Facility;

  @Field(() => Facility, { description: "The facility it is placed with; null until PLACED.", nullable: true })
  destinationFacility!: Facility | null;

  @Field(() => Clinic, { description: "The clinic (branch) the patient needs." })
  clinic!: Clinic;

  @Field(() => String, { description: "Name of the requesting physician." })
  requestingPhysician!: string;

  @Field(() => String, { description: "Diagnosis as an ICD-10 code, e.g. C50.9." })
  diagnosisIcd10!: string;

  @Field(() => ReferralUrgency, { description: "How urgent the referral is." })
  urgency!: keyof typeof ReferralUrgency;

  @Field(() => MedicalGrounds, { description: "Medical grounds; some pay the full distance (REIMB-4)." })
  medicalGrounds!: keyof typeof MedicalGrounds;

  @Field(() => Boolean, { description: "The referring facility stated a companion is medically required (REIMB-9)." })
  companionRequired!: boolean;

  @Field(() => TransportKind, { description: "Transport the referral authorises (REIMB-5, REIMB-6)." })
  authorisedTransport!: keyof typeof TransportKind;

  @Field(() => ReferralScope, {
    description: "In settlement, in province or out of province (REF-1); null until a destination is placed.",
    nullable: true,
  })
  scope!: keyof typeof ReferralScope | null;

  @Field(() => ReferralStatus, { description: "Where the referral stands (REF-2)." })
  status!: keyof typeof ReferralStatus;

  @Field(() => ProvisionCheck, { nullable: true, description: "TP-1: the provision check of a temporary-protection visit." })
  provision!: ProvisionCheck | null;

  @Field(() => String, {
    description: "The receiving facility's completion report to the unit (TP-5); null until COMPLETED.",
    nullable: true,
  })
  completionReport!: string | null;

  @Field(() => [ReferralHistoryEntry], { description: "Every status change, oldest first; append-only." })
  history!: ReferralHistoryEntry[];

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ description: connectionOf("referrals, newest first") })
export class ReferralConnection extends Connection(Referral, "Referral") {}

@InputType({ description: "The provision (provizyon) check result for a temporary-protection visit (TP-1)." })
export class ProvisionInput {
  @Field(() => Boolean, { description: "Whether the provision is valid; an invalid one refuses the referral (TP-1)." })
  valid!: boolean;

  @Field(() => String, { description: "The provision's reference number, 1 to 100 characters." })
  @Length(1, 100)
  reference!: string;
}

@InputType({ description: "A new referral from the origin facility (REF-2, TP-1)." })
export class CreateReferralInput {
  @Field(() => ID, { description: "Global ID of the patient." })
  patientId!: string;

  @Field(() => ID, { description: "Global ID of the referring facility; a hospital refers only from its own." })
  originFacilityId!: string;

  @Field(() => String, { description: "Clinic the patient needs, e.g. ONCOLOGY (2 to 64 characters)." })
  @Length(2, 64)
  clinicCode!: string;

  @Field(() => String, { description: "Name of the requesting physician, 3 to 200 characters." })
  @Length(3, 200)
  requestingPhysician!: string;

  @Field(() => String, { description: "ICD-10, e.g. C50.9" })
  @Matches(/^[A-Z]\d{2}(\.\d{1,2})?$/, { message: "diagnosisIcd10 must be an ICD-10 code such as C50.9" })
  diagnosisIcd10!: string;

  @Field(() => ReferralUrgency, { description: "How urgent it is." })
  urgency!: keyof typeof ReferralUrgency;

  @Field(() => MedicalGrounds, { description: "The medical grounds (REIMB-4)." })
  medicalGrounds!: keyof typeof MedicalGrounds;

  @Field(() => Boolean, { description: "A companion is medically required (REIMB-9); false by default.", defaultValue: false })
  companionRequired!: boolean;

  @Field(() => TransportKind, { description: "Transport authorised (REIMB-5, REIMB-6); REGULAR by default.", defaultValue: "REGULAR" })
  authorisedTransport!: keyof typeof TransportKind;

  @Field(() => ProvisionInput, { description: "The provision check; required for a temporary-protection patient (TP-1).", nullable: true })
  @IsOptional()
  @ValidateNested()
  provision?: ProvisionInput | null;

  @Field(() => String, { nullable: true, description: ACCESS_JUSTIFICATION })
  @IsOptional()
  @MaxLength(1000)
  accessJustification?: string | null;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Check the referral and answer with SGK's pre-referral check (REIMB-15); write nothing.",
  })
  dryRun!: boolean;
}

@InputType({ description: "One step of a referral (REF-2)." })
export class TransitionReferralInput {
  @Field(() => ID, { description: "Global ID of the referral." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => ReferralAction, {
    description: "The step: the origin places and cancels; the destination accepts, rejects, records arrival and completion.",
  })
  action!: (typeof ReferralAction)[keyof typeof ReferralAction];

  @Field(() => ID, { nullable: true, description: "PLACE: global ID of the destination facility; it must have the clinic." })
  destinationFacilityId?: string | null;

  @Field(() => String, { nullable: true, description: "REJECT / CANCEL: why, 3 to 1000 characters." })
  @IsOptional()
  @Length(3, 1000)
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "COMPLETE: the report to the unit, 3 to 4000 characters (required for temporary protection, TP-5).",
  })
  @IsOptional()
  @Length(3, 4000)
  completionReport?: string | null;

  @Field(() => String, { description: "A comment for the history, up to 1000 characters.", nullable: true })
  @IsOptional()
  @Length(0, 1000)
  comment?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: DRY_RUN })
  dryRun!: boolean;
}

@InputType({ description: "Narrows the referral list; every given field must match." })
export class ReferralFilter {
  @Field(() => ReferralDirection, {
    description: "For a hospital: referrals to it (INCOMING) or from it (OUTGOING); both when omitted.",
    nullable: true,
  })
  direction?: keyof typeof ReferralDirection | null;

  @Field(() => ReferralStatus, { description: "Only referrals in this status.", nullable: true })
  status?: keyof typeof ReferralStatus | null;

  @Field(() => ReferralUrgency, { description: "Only referrals of this urgency.", nullable: true })
  urgency?: keyof typeof ReferralUrgency | null;
}

@ObjectType({ description: payloadOf("createReferral or transitionReferral") })
export class ReferralPayload extends MutationPayload {
  @Field(() => Referral, { description: PAYLOAD_OBJECT, nullable: true })
  referral!: Referral | null;

  @Field(() => ReferralStatus, { nullable: true, description: "With dryRun: the status the transition would lead to." })
  wouldBecome!: keyof typeof ReferralStatus | null;
}

@ObjectType({ description: "One level's turn in a bed search (ER-7).", simpleResolvers: true })
export class BedSearchLevelEntry {
  @Field(() => SearchLevel, { description: "The level." })
  level!: keyof typeof SearchLevel;

  @Field(() => DateTimeISOResolver, { description: "When the level received the search (UTC)." })
  startedAt!: Date;

  @Field(() => DateTimeISOResolver, { description: "When its turn ended (UTC); null while it holds the search.", nullable: true })
  endedAt!: Date | null;

  @Field(() => String, {
    description: "How its turn ended, e.g. BED_RESERVED or ESCALATED; null while it holds the search.",
    nullable: true,
  })
  outcome!: string | null;
}

@ObjectType({ description: historyEntryOf("bed search"), simpleResolvers: true })
export class BedSearchHistoryEntry extends HistoryEntry(
  SearchStatus,
  "bed search",
  "start, offerBed, escalate, completeTransfer, reopen (ER-8), cancelReferral",
) {
  @Field(() => SearchLevel, { description: "The level holding the search after this step (an escalation changes it, ER-3/ER-4)." })
  level!: keyof typeof SearchLevel;
}

@ObjectType({
  description: "An emergency bed search for a referral, held by one level at a time (ER-1 to ER-7).",
  implements: Node,
  simpleResolvers: true,
})
export class BedSearch extends Node {
  @Field(() => Referral, { description: "The referral the bed is for." })
  referral!: Referral;

  @Field(() => BedType, { description: "The bed type needed (ER-1)." })
  bedType!: keyof typeof BedType;

  @Field(() => String, { description: "Province of the referring facility (plate code), whose 112 centre starts the search (ER-2)." })
  provinceCode!: string;

  @Field(() => SearchLevel, { description: "ER-6: only this level acts." })
  level!: keyof typeof SearchLevel;

  @Field(() => SearchStatus, { description: "Where the search stands." })
  status!: keyof typeof SearchStatus;

  @Field(() => Facility, { description: "Facility whose bed is reserved; null until a bed is offered.", nullable: true })
  reservedFacility!: Facility | null;

  @Field(() => [BedSearchLevelEntry], { description: "ER-7: each level's start, end and outcome." })
  levels!: BedSearchLevelEntry[];

  @Field(() => [BedSearchHistoryEntry], {
    description: "Every step of the search (started, offered, escalated, …), oldest first; append-only.",
  })
  history!: BedSearchHistoryEntry[];

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ description: connectionOf("open bed searches, oldest first") })
export class BedSearchConnection extends Connection(BedSearch, "BedSearch") {}

@ObjectType({ description: "Average time to a bed for one level and province (ER-7).", simpleResolvers: true })
export class TimeToBed {
  @Field(() => SearchLevel, { description: "The level." })
  level!: keyof typeof SearchLevel;

  @Field(() => String, { description: "Province plate code." })
  provinceCode!: string;

  @Field(() => Int, { description: "Number of searches measured." })
  searches!: number;

  @Field(() => Int, { description: "Average seconds from the level's start to its end." })
  averageSeconds!: number;
}

@InputType({ description: "Starts an emergency bed search for a referral (ER-1)." })
export class StartBedSearchInput {
  @Field(() => ID, { description: "Global ID of the emergency referral." })
  referralId!: string;

  @Field(() => BedType, { description: "The bed type needed." })
  bedType!: keyof typeof BedType;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "One step of the level holding a bed search (ER-3 to ER-6)." })
export class BedSearchActionInput {
  @Field(() => ID, { description: "Global ID of the bed search." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: "offerBed: the facility whose bed is reserved." })
  facilityId?: string | null;

  @Field(() => String, { description: "A comment for the search's record, up to 1000 characters.", nullable: true })
  @IsOptional()
  @Length(0, 1000)
  comment?: string | null;
}

@ObjectType({ description: payloadOf("a bed-search mutation") })
export class BedSearchPayload extends MutationPayload {
  @Field(() => BedSearch, { description: PAYLOAD_OBJECT, nullable: true })
  search!: BedSearch | null;
}
