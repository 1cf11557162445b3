import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Matches, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { htChannel, htDocumentKind, htProgramme, htStatus } from "../drizzle/schema/index.js";
import { DRY_RUN, enumOf, EXPECTED_VERSION, Money, MutationPayload, Node, screamingEnumOf, VERSION } from "./common.js";
import { Facility } from "./facilities.js";
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
registerEnumType(HtStatus, { name: "HealthTourismStatus", description: "HT-1, in order; CANCELLED from any open state." });
registerEnumType(HtChannel, { name: "HealthTourismChannel" });
registerEnumType(HtProgramme, { name: "HealthTourismProgramme", description: 'FOREIGN_PROGRAM: the "400 patients" programme (HT-7).' });
registerEnumType(HtDocumentKind, { name: "HealthTourismDocumentKind" });
registerEnumType(HtAction, { name: "HealthTourismAction" });
registerEnumType(Greeter, { name: "Greeter" });

@ObjectType({ simpleResolvers: true })
export class HealthTourismDocument {
  @Field(() => ID)
  id!: string;

  @Field(() => HtDocumentKind)
  kind!: keyof typeof HtDocumentKind;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  mediaType!: string;

  @Field(() => Int)
  size!: number;

  @Field(() => String)
  sha256!: string;

  @Field(() => DateTimeISOResolver)
  uploadedAt!: Date;
}

@ObjectType({ simpleResolvers: true })
export class HealthTourismHistoryEntry {
  @Field(() => HtStatus, { nullable: true })
  fromStatus!: keyof typeof HtStatus | null;

  @Field(() => HtStatus)
  toStatus!: keyof typeof HtStatus;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  role!: string;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => [ID], { description: "HT-8: documents attached in this step." })
  documentIds!: string[];

  @Field(() => DateTimeISOResolver)
  at!: Date;
}

@ObjectType({ implements: Node, simpleResolvers: true })
export class HealthTourismCase extends Node {
  @Field(() => Patient, { nullable: true })
  patient!: Patient | null;

  @Field(() => HtProgramme)
  programme!: keyof typeof HtProgramme;

  @Field(() => HtChannel)
  channel!: keyof typeof HtChannel;

  @Field(() => HtStatus)
  status!: keyof typeof HtStatus;

  @Field(() => Facility, { nullable: true })
  facility!: Facility | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  appointmentAt!: Date | null;

  @Field(() => Money, { nullable: true, description: "HT-4: the approximate cost." })
  cost!: Money | null;

  @Field(() => Boolean)
  accommodationRequested!: boolean;

  @Field(() => Boolean)
  transferRequested!: boolean;

  @Field(() => Boolean)
  accommodationArranged!: boolean;

  @Field(() => Boolean)
  transferArranged!: boolean;

  @Field(() => String, { nullable: true })
  interpreterName!: string | null;

  @Field(() => String, { nullable: true })
  interpreterLanguage!: string | null;

  @Field(() => String, { nullable: true })
  guideName!: string | null;

  @Field(() => [HealthTourismDocument])
  documents!: HealthTourismDocument[];

  @Field(() => [HealthTourismHistoryEntry])
  history!: HealthTourismHistoryEntry[];

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@InputType()
export class OpenHealthTourismCaseInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => HtChannel)
  channel!: keyof typeof HtChannel;

  @Field(() => Boolean, { defaultValue: false })
  accommodationRequested!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  transferRequested!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  comment?: string | null;
}

@InputType()
export class DocumentUploadInput {
  @Field(() => HtDocumentKind)
  kind!: keyof typeof HtDocumentKind;

  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => String)
  @Matches(/^[a-z]+\/[a-z0-9.+-]+$/, { message: "mediaType must be a media type such as application/pdf" })
  mediaType!: string;

  @Field(() => String, { description: "The file, base64-encoded (at most the configured size)." })
  contentBase64!: string;
}

@InputType()
export class MoneyInput {
  @Field(() => Int)
  @Min(0)
  amountMinor!: number;

  @Field(() => String)
  @Matches(/^[A-Z]{3}$/, { message: "currency must be an ISO 4217 code" })
  currency!: string;
}

@InputType()
export class InterpreterInput {
  @Field(() => String)
  @Length(2, 200)
  name!: string;

  @Field(() => String, { description: "ISO 639-1" })
  @Matches(/^[a-z]{2}$/)
  language!: string;
}

@InputType()
export class TransitionHealthTourismCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => HtAction)
  action!: (typeof HtAction)[keyof typeof HtAction];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  comment?: string | null;

  @Field(() => [DocumentUploadInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  documents?: DocumentUploadInput[] | null;

  @Field(() => ID, { nullable: true, description: "forward: the facility." })
  facilityId?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "scheduleAppointment" })
  appointmentAt?: Date | null;

  @Field(() => MoneyInput, { nullable: true, description: "scheduleAppointment: approximate cost" })
  @IsOptional()
  @ValidateNested()
  cost?: MoneyInput | null;

  @Field(() => Boolean, { nullable: true })
  accommodationArranged?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  transferArranged?: boolean | null;

  @Field(() => Greeter, { nullable: true, description: "arrive: who met the patient." })
  greetedBy?: keyof typeof Greeter | null;

  @Field(() => InterpreterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  interpreter?: InterpreterInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  guideName?: string | null;

  @Field(() => String, { nullable: true, description: "cancel: why." })
  @IsOptional()
  @Length(3, 1000)
  reason?: string | null;

  @Field(() => Boolean, { description: DRY_RUN, defaultValue: false })
  dryRun!: boolean;
}

@ObjectType()
export class HealthTourismCasePayload extends MutationPayload {
  @Field(() => HealthTourismCase, { nullable: true })
  case!: HealthTourismCase | null;

  @Field(() => HtStatus, { nullable: true })
  wouldBecome!: keyof typeof HtStatus | null;
}
