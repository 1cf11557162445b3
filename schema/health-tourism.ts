import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Matches, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { htChannel, htDocumentKind, htProgramme, htStatus } from "../drizzle/schema/index.js";
import {
  Connection,
  connectionOf,
  DRY_RUN,
  enumOf,
  EXPECTED_VERSION,
  IDEMPOTENCY_KEY,
  Money,
  MutationPayload,
  Node,
  PAYLOAD_OBJECT,
  payloadOf,
  screamingEnumOf,
  VERSION,
} from "./common.js";
import { Facility } from "./facilities.js";
import { HistoryEntry, historyEntryOf } from "./history.js";
import { Patient } from "./patients.js";

export const HtStatus = enumOf(htStatus.enumValues);
export const HtChannel = enumOf(htChannel.enumValues);
export const HtProgramme = enumOf(htProgramme.enumValues);
export const HtDocumentKind = enumOf(htDocumentKind.enumValues);
/** The rules, the history and the events keep the internal camelCase verbs (requestEpicrisis, …). */
export const HtAction = screamingEnumOf([
  "requestEpicrisis",
  "receiveEpicrisis",
  "forward",
  "scheduleAppointment",
  "informPatient",
  "accept",
  "decline",
  "notifyFacility",
  "arrive",
  "startTreatment",
  "deliverReports",
  "complete",
  "cancel",
] as const);
export const Greeter = { UNIT_OFFICER: "UNIT_OFFICER", HOSPITAL_REPRESENTATIVE: "HOSPITAL_REPRESENTATIVE" } as const;
registerEnumType(HtStatus, {
  valuesConfig: {
    INQUIRY_RECEIVED: { description: "The inquiry was received." },
    EPICRISIS_REQUESTED: { description: "The unit's epicrisis form was requested." },
    EPICRISIS_RECEIVED: { description: "Reports and the filled form arrived." },
    FORWARDED_TO_FACILITY: { description: "Sent to the facility's International Health Tourism Unit (HT-3)." },
    APPOINTMENT_SCHEDULED: { description: "The facility set a date and an approximate cost (HT-4)." },
    PATIENT_INFORMED: { description: "The patient was told the date and cost." },
    ACCEPTED: { description: "The patient accepted." },
    DECLINED: { description: "The patient declined." },
    FACILITY_NOTIFIED: { description: "The facility was told the patient comes." },
    ARRIVED: { description: "The patient was met at the facility (HT-5, HT-7)." },
    IN_TREATMENT: { description: "In treatment, with an interpreter and a guide (HT-6)." },
    REPORTS_DELIVERED: { description: "Medical reports and the itemised service statement were handed over." },
    COMPLETED: { description: "Completion was reported to the unit." },
    CANCELLED: { description: "Cancelled with a reason." },
  },
  name: "HealthTourismStatus",
  description: "HT-1, in order; CANCELLED from any open state.",
});
registerEnumType(HtChannel, {
  valuesConfig: {
    OFFICIAL_LETTER: { description: "Official letter." },
    EMAIL: { description: "E-mail." },
    PHONE: { description: "Phone." },
  },
  description: "How a health-tourism inquiry came in (HT-1).",
  name: "HealthTourismChannel",
});
registerEnumType(HtProgramme, {
  valuesConfig: {
    HEALTH_TOURISM: { description: "A health tourist coming for treatment." },
    FOREIGN_PROGRAM: { description: 'The "400 patients" programme: met by hospital representatives (HT-7).' },
  },
  name: "HealthTourismProgramme",
  description: 'FOREIGN_PROGRAM: the "400 patients" programme (HT-7).',
});
registerEnumType(HtDocumentKind, {
  valuesConfig: {
    EPICRISIS_FORM: { description: "The unit's epicrisis form, filled." },
    MEDICAL_REPORT: { description: "A medical report." },
    SERVICE_STATEMENT: { description: "The itemised service statement." },
    OTHER: { description: "Any other document." },
  },
  description: "What a health-tourism document is.",
  name: "HealthTourismDocumentKind",
});
registerEnumType(HtAction, {
  valuesConfig: {
    REQUEST_EPICRISIS: { description: "The unit requests its epicrisis form → EPICRISIS_REQUESTED." },
    RECEIVE_EPICRISIS: { description: "Reports and the filled form arrived → EPICRISIS_RECEIVED." },
    FORWARD: { description: "Forward to a facility with a health-tourism unit (facilityId; HT-3) → FORWARDED_TO_FACILITY." },
    SCHEDULE_APPOINTMENT: { description: "The facility sets a future date and cost (HT-4) → APPOINTMENT_SCHEDULED." },
    INFORM_PATIENT: { description: "The patient is told → PATIENT_INFORMED." },
    ACCEPT: { description: "The patient accepts → ACCEPTED." },
    DECLINE: { description: "The patient declines → DECLINED." },
    NOTIFY_FACILITY: { description: "The facility is told → FACILITY_NOTIFIED." },
    ARRIVE: { description: "The patient was met (greetedBy; HT-5, HT-7) → ARRIVED." },
    START_TREATMENT: { description: "Interpreter and guide assigned (HT-6) → IN_TREATMENT." },
    DELIVER_REPORTS: { description: "Reports and service statement handed over → REPORTS_DELIVERED." },
    COMPLETE: { description: "Completion reported to the unit → COMPLETED." },
    CANCEL: { description: "Cancel an open case (needs a reason) → CANCELLED." },
  },
  description: "A step of a health-tourism case (HT-1).",
  name: "HealthTourismAction",
});
registerEnumType(Greeter, {
  valuesConfig: {
    UNIT_OFFICER: { description: "An officer of the facility's health-tourism unit (health tourists)." },
    HOSPITAL_REPRESENTATIVE: { description: 'A hospital representative ("400 patients" programme, HT-7).' },
  },
  description: "Who met the patient on arrival (HT-5, HT-7).",
  name: "Greeter",
});

@ObjectType({ description: "A document attached to a health-tourism case (HT-8).", simpleResolvers: true })
export class HealthTourismDocument {
  @Field(() => ID, { description: "Opaque ID of the document." })
  id!: string;

  @Field(() => HtDocumentKind, { description: "What the document is." })
  kind!: keyof typeof HtDocumentKind;

  @Field(() => String, { description: "File name as uploaded." })
  name!: string;

  @Field(() => String, { description: "Media type, e.g. application/pdf." })
  mediaType!: string;

  @Field(() => Int, { description: "Size in bytes." })
  size!: number;

  @Field(() => String, { description: "SHA-256 of the content, hex." })
  sha256!: string;

  @Field(() => DateTimeISOResolver, { description: "When it was uploaded (UTC)." })
  uploadedAt!: Date;
}

@ObjectType({ description: `${historyEntryOf("health-tourism case")} HT-8.`, simpleResolvers: true })
export class HealthTourismHistoryEntry extends HistoryEntry(
  HtStatus,
  "health-tourism case",
  "open, or a HealthTourismAction as an internal camelCase verb (requestEpicrisis, …)",
) {
  @Field(() => [ID], { description: "HT-8: documents attached in this step." })
  documentIds!: string[];

  @Field(() => HtStatus, { description: "Status before; null for the opening.", nullable: true, deprecationReason: "Use fromState." })
  fromStatus!: keyof typeof HtStatus | null;

  @Field(() => HtStatus, { description: "Status after.", deprecationReason: "Use toState." })
  toStatus!: keyof typeof HtStatus;

  @Field(() => String, { description: "Role of the principal who acted.", deprecationReason: "Use actorRole." })
  role!: string;

  @Field(() => String, { description: "The comment or reason given, if any.", nullable: true, deprecationReason: "Use note." })
  comment!: string | null;
}

@ObjectType({
  description: "A foreign patient's health-tourism case, from inquiry to completion (HT-1 to HT-8).",
  implements: Node,
  simpleResolvers: true,
})
export class HealthTourismCase extends Node {
  @Field(() => Patient, {
    description: "The patient. Personal data: null with FORBIDDEN once your access has ended (PAT-3).",
    nullable: true,
  })
  patient!: Patient | null;

  @Field(() => HtProgramme, { description: 'Health tourism, or the "400 patients" programme (HT-7).' })
  programme!: keyof typeof HtProgramme;

  @Field(() => HtChannel, { description: "How the inquiry came." })
  channel!: keyof typeof HtChannel;

  @Field(() => HtStatus, { description: "Where the case stands (HT-1)." })
  status!: keyof typeof HtStatus;

  @Field(() => Facility, { description: "The facility it was forwarded to (HT-3); null before.", nullable: true })
  facility!: Facility | null;

  @Field(() => DateTimeISOResolver, {
    description: "The appointment at the facility (UTC, HT-4); null before APPOINTMENT_SCHEDULED.",
    nullable: true,
  })
  appointmentAt!: Date | null;

  @Field(() => Money, { nullable: true, description: "HT-4: the approximate cost." })
  cost!: Money | null;

  @Field(() => Boolean, { description: "The patient asked for accommodation (HT-5)." })
  accommodationRequested!: boolean;

  @Field(() => Boolean, { description: "The patient asked for an airport transfer (HT-5)." })
  transferRequested!: boolean;

  @Field(() => Boolean, { description: "Accommodation is arranged (needed before ARRIVED when requested, HT-5)." })
  accommodationArranged!: boolean;

  @Field(() => Boolean, { description: "The transfer is arranged (needed before ARRIVED when requested, HT-5)." })
  transferArranged!: boolean;

  @Field(() => String, { description: "The interpreter assigned for treatment (HT-6).", nullable: true })
  interpreterName!: string | null;

  @Field(() => String, { description: "The interpreter's language, ISO 639-1: the patient's preferred language (HT-6).", nullable: true })
  interpreterLanguage!: string | null;

  @Field(() => String, { description: "The patient guide assigned (HT-6).", nullable: true })
  guideName!: string | null;

  @Field(() => [HealthTourismDocument], { description: "Documents attached along the way (HT-8)." })
  documents!: HealthTourismDocument[];

  @Field(() => [HealthTourismHistoryEntry], { description: "Every transition, oldest first; append-only (HT-8)." })
  history!: HealthTourismHistoryEntry[];

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ description: connectionOf("health-tourism cases, oldest first") })
export class HealthTourismCaseConnection extends Connection(HealthTourismCase, "HealthTourismCase") {}

@InputType({ description: "A new inquiry (HT-1)." })
export class OpenHealthTourismCaseInput {
  @Field(() => ID, { description: "Global ID of the patient (a HEALTH_TOURIST or FOREIGN_PROGRAM patient)." })
  patientId!: string;

  @Field(() => HtChannel, { description: "How the inquiry came." })
  channel!: keyof typeof HtChannel;

  @Field(() => Boolean, { description: "The patient asks for accommodation (HT-5).", defaultValue: false })
  accommodationRequested!: boolean;

  @Field(() => Boolean, { description: "The patient asks for an airport transfer (HT-5).", defaultValue: false })
  transferRequested!: boolean;

  @Field(() => String, { description: "A comment for the history, up to 2000 characters.", nullable: true })
  @IsOptional()
  @Length(0, 2000)
  comment?: string | null;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "A document to attach (HT-8)." })
export class DocumentUploadInput {
  @Field(() => HtDocumentKind, { description: "What the document is." })
  kind!: keyof typeof HtDocumentKind;

  @Field(() => String, { description: "File name, 1 to 200 characters." })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { description: "Media type, e.g. application/pdf." })
  @Matches(/^[a-z]+\/[a-z0-9.+-]+$/, { message: "mediaType must be a media type such as application/pdf" })
  mediaType!: string;

  @Field(() => String, { description: "The file, base64-encoded (at most the configured size)." })
  contentBase64!: string;
}

@InputType({ description: "An amount of money: integer minor units and an ISO 4217 currency." })
export class MoneyInput {
  @Field(() => Int, { description: "Minor units (kuruş, cent), 0 or more." })
  @Min(0)
  amountMinor!: number;

  @Field(() => String, { description: "ISO 4217 currency code, e.g. EUR." })
  @Matches(/^[A-Z]{3}$/, { message: "currency must be an ISO 4217 code" })
  currency!: string;
}

@InputType({ description: "The interpreter for treatment (HT-6)." })
export class InterpreterInput {
  @Field(() => String, { description: "Full name, 2 to 200 characters." })
  @Length(2, 200)
  name!: string;

  @Field(() => String, { description: "ISO 639-1" })
  @Matches(/^[a-z]{2}$/)
  language!: string;
}

@InputType({ description: "One step of a health-tourism case (HT-1, HT-2); fields that belong to other steps are ignored." })
export class TransitionHealthTourismCaseInput {
  @Field(() => ID, { description: "Global ID of the case." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => HtAction, { description: "The step; only those after the current state are allowed (HT-2)." })
  action!: (typeof HtAction)[keyof typeof HtAction];

  @Field(() => String, { description: "A comment for the history, up to 2000 characters.", nullable: true })
  @IsOptional()
  @Length(0, 2000)
  comment?: string | null;

  @Field(() => [DocumentUploadInput], { description: "Documents attached in this step, at most 20 (HT-8).", nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  documents?: DocumentUploadInput[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "FORWARD: global ID of the facility; it must have an International Health Tourism Unit (HT-3).",
  })
  facilityId?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "SCHEDULE_APPOINTMENT: the appointment (UTC), in the future (HT-4)." })
  appointmentAt?: Date | null;

  @Field(() => MoneyInput, { nullable: true, description: "SCHEDULE_APPOINTMENT: the approximate cost (HT-4)." })
  @IsOptional()
  @ValidateNested()
  cost?: MoneyInput | null;

  @Field(() => Boolean, { description: "ARRIVE: accommodation is arranged (HT-5).", nullable: true })
  accommodationArranged?: boolean | null;

  @Field(() => Boolean, { description: "ARRIVE: the airport transfer is arranged (HT-5).", nullable: true })
  transferArranged?: boolean | null;

  @Field(() => Greeter, { nullable: true, description: "ARRIVE: who met the patient (HT-7)." })
  greetedBy?: keyof typeof Greeter | null;

  @Field(() => InterpreterInput, { description: "START_TREATMENT: the interpreter (HT-6).", nullable: true })
  @IsOptional()
  @ValidateNested()
  interpreter?: InterpreterInput | null;

  @Field(() => String, { description: "START_TREATMENT: the patient guide, 2 to 200 characters (HT-6).", nullable: true })
  @IsOptional()
  @Length(2, 200)
  guideName?: string | null;

  @Field(() => String, { nullable: true, description: "CANCEL: why, 3 to 1000 characters." })
  @IsOptional()
  @Length(3, 1000)
  reason?: string | null;

  @Field(() => Boolean, { description: DRY_RUN, defaultValue: false })
  dryRun!: boolean;
}

@ObjectType({ description: payloadOf("openHealthTourismCase or transitionHealthTourismCase") })
export class HealthTourismCasePayload extends MutationPayload {
  @Field(() => HealthTourismCase, { description: PAYLOAD_OBJECT, nullable: true })
  case!: HealthTourismCase | null;

  @Field(() => HtStatus, { description: "With dryRun: the status the transition would lead to.", nullable: true })
  wouldBecome!: keyof typeof HtStatus | null;
}
