import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, Length, Matches, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { LocalDate } from "./local-date.js";
import { kzApplicantRelation, kzCoverageKind, kzQuotaPeriod, kzRequestChannel, kzRequestStatus } from "../drizzle/schema/index.js";
import { MutationPayload, Node, enumOf } from "./common.js";

export const KzCoverageKind = enumOf(kzCoverageKind.enumValues);
export const KzRequestChannel = enumOf(kzRequestChannel.enumValues);
export const KzRequestStatus = enumOf(kzRequestStatus.enumValues);
export const KzApplicantRelation = enumOf(kzApplicantRelation.enumValues);
export const KzQuotaPeriod = enumOf(kzQuotaPeriod.enumValues);
export const AttachmentEndReason = enumOf(["REATTACHED", "CONTRACT_ENDED"] as const);
export type AttachmentEndReason = keyof typeof AttachmentEndReason;
registerEnumType(AttachmentEndReason, {
  name: "AttachmentEndReason",
  description: "Why an attachment ended.",
  valuesConfig: {
    REATTACHED: { description: "The person attached to another organisation; the old one detached automatically (KZ-12)." },
    CONTRACT_ENDED: { description: "The insurance contract it was valid for ended (KZ-9)." },
  },
});
registerEnumType(KzCoverageKind, {
  name: "KzCoverageKind",
  description: "VHI: voluntary (ДМС) with a private insurer; OSMS: compulsory social health insurance.",
});
registerEnumType(KzRequestChannel, { name: "KzRequestChannel" });
registerEnumType(KzRequestStatus, { name: "KzRequestStatus" });
registerEnumType(KzApplicantRelation, { name: "KzApplicantRelation" });
registerEnumType(KzQuotaPeriod, {
  name: "KzQuotaPeriod",
  description: "CALENDAR_YEAR counts per calendar year; SIX_MONTHS means 6 months after the previous one.",
});

const iin = /^\d{12}$/;

@ObjectType({ implements: Node, simpleResolvers: true })
export class InsuranceContract extends Node {
  @Field(() => String)
  number!: string;

  @Field(() => String)
  insurerCode!: string;

  @Field(() => KzCoverageKind)
  kind!: keyof typeof KzCoverageKind;

  @Field(() => String)
  insuredIin!: string;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate)
  endsOn!: string;
}

@ObjectType({ simpleResolvers: true, description: "KZ-3: may this IIN be employed on the day?" })
export class EmploymentEligibility {
  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => [InsuranceContract], { description: "The contracts in force that day." })
  contracts!: InsuranceContract[];

  @Field(() => String)
  rule!: string;
}

@ObjectType({ simpleResolvers: true })
export class KzRequestDocumentsType {
  @Field(() => Boolean)
  insuranceContract!: boolean;

  @Field(() => Boolean)
  identityDocument!: boolean;

  @Field(() => Boolean)
  writtenConsent!: boolean;

  @Field(() => Boolean)
  legalRepresentativeIdentity!: boolean;
}

@ObjectType({ implements: Node, simpleResolvers: true })
export class AttachmentRequest extends Node {
  @Field(() => String)
  organisationCode!: string;

  @Field(() => KzRequestChannel)
  channel!: keyof typeof KzRequestChannel;

  @Field(() => KzApplicantRelation)
  applicantRelation!: keyof typeof KzApplicantRelation;

  @Field(() => KzRequestStatus)
  status!: keyof typeof KzRequestStatus;

  @Field(() => DateTimeISOResolver)
  submittedAt!: Date;

  @Field(() => DateTimeISOResolver, { description: "KZ-7: end of the next business day, Asia/Almaty." })
  decisionDueAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  filedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "KZ-8: the attachment notice in the person's e-gov cabinet." })
  noticeNumber!: string | null;

  @Field(() => String, { nullable: true })
  refusalReason!: string | null;

  @Field(() => KzRequestDocumentsType)
  documents!: KzRequestDocumentsType;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ simpleResolvers: true })
export class Attachment {
  @Field(() => String)
  organisationCode!: string;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate, { description: "KZ-9: the contract's end." })
  validUntil!: string;

  @Field(() => Boolean, { description: "False once the contract has ended or another attachment replaced it." })
  active!: boolean;

  @Field(() => AttachmentEndReason, { nullable: true, description: "Why the attachment ended (KZ-9, KZ-12); null while active." })
  endReason!: AttachmentEndReason | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When it ended: the new attachment's decision, or midnight (Asia/Almaty) after the contract's last day.",
  })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "REATTACHED: the organisation the person attached to instead." })
  reattachedTo!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class GuaranteedDisease {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameRu!: string;

  @Field(() => String)
  nameEn!: string;
}

@ObjectType({ simpleResolvers: true })
export class GuaranteedServiceQuota {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameRu!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => Int)
  limitCount!: number;

  @Field(() => KzQuotaPeriod)
  period!: keyof typeof KzQuotaPeriod;

  @Field(() => Int, { description: "Services given up to the day asked about." })
  used!: number;

  @Field(() => LocalDate, { description: "The first day the service can be given again (the day asked about if now)." })
  availableOn!: string;
}

@ObjectType({ simpleResolvers: true })
export class GuaranteedService {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  serviceCode!: string;

  @Field(() => String)
  diseaseCode!: string;

  @Field(() => LocalDate)
  providedOn!: string;

  @Field(() => String)
  organisationCode!: string;
}

@InputType()
export class RegisterInsuranceContractInput {
  @Field(() => String)
  @Length(3, 64)
  number!: string;

  @Field(() => KzCoverageKind)
  kind!: keyof typeof KzCoverageKind;

  @Field(() => String)
  @Matches(iin, { message: "insuredIin must be 12 digits" })
  insuredIin!: string;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate)
  endsOn!: string;
}

@InputType()
export class KzRequestDocumentsInput {
  @Field(() => Boolean, { defaultValue: false })
  insuranceContract!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  identityDocument!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  writtenConsent!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  legalRepresentativeIdentity!: boolean;
}

@InputType()
export class ResidenceInput {
  @Field(() => String, { description: "PERMANENT or TEMPORARY" })
  @Matches(/^(PERMANENT|TEMPORARY)$/)
  kind!: string;

  @Field(() => String)
  @Length(2, 100)
  city!: string;

  @Field(() => String)
  @Length(2, 100)
  district!: string;
}

@InputType()
export class SubmitAttachmentRequestInput {
  @Field(() => String)
  @Matches(iin, { message: "personIin must be 12 digits" })
  personIin!: string;

  @Field(() => String)
  @Length(2, 64)
  organisationCode!: string;

  @Field(() => ID)
  contractId!: string;

  @Field(() => KzRequestChannel)
  channel!: keyof typeof KzRequestChannel;

  @Field(() => String, { nullable: true, description: "EGOV_PORTAL: the EDS certificate's reference." })
  @IsOptional()
  @Length(4, 200)
  edsCertificateRef?: string | null;

  @Field(() => String, { nullable: true, description: "IN_PERSON: kk or ru." })
  @IsOptional()
  applicationLanguage?: string | null;

  @Field(() => KzRequestDocumentsInput)
  @ValidateNested()
  documents!: KzRequestDocumentsInput;

  @Field(() => ResidenceInput)
  @ValidateNested()
  residence!: ResidenceInput;

  @Field(() => KzApplicantRelation, {
    defaultValue: "SELF",
    description:
      "SELF, FAMILY_MEMBER (with the member's written or digital consent, KZ-10) or LEGAL_REPRESENTATIVE of a child (KZ-11). On the portal the applicant is the portal's person; a representative must be the child's guardian on record.",
  })
  applicantRelation!: keyof typeof KzApplicantRelation;

  @Field(() => String, {
    nullable: true,
    description:
      "IN_PERSON, for a family member or representative: the IIN of the person applying, as the staff identified them (recorded).",
  })
  @IsOptional()
  @Matches(iin, { message: "applicantIin must be 12 digits" })
  applicantIin?: string | null;
}

@InputType()
export class DecideAttachmentRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => Boolean, { description: "true: attach (notice); false: refuse with reasons (KZ-8)." })
  attach!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  refusalReason?: string | null;
}

@InputType()
export class FileAttachmentRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType()
export class RecordGuaranteedServiceInput {
  @Field(() => String)
  @Matches(iin, { message: "personIin must be 12 digits" })
  personIin!: string;

  @Field(() => String)
  @Length(2, 64)
  serviceCode!: string;

  @Field(() => String)
  @Length(2, 64)
  diseaseCode!: string;

  @Field(() => LocalDate)
  providedOn!: string;
}

@ObjectType()
export class InsuranceContractPayload extends MutationPayload {
  @Field(() => InsuranceContract, { nullable: true })
  contract!: InsuranceContract | null;
}

@ObjectType()
export class AttachmentRequestPayload extends MutationPayload {
  @Field(() => AttachmentRequest, { nullable: true })
  request!: AttachmentRequest | null;
}

@ObjectType()
export class GuaranteedServicePayload extends MutationPayload {
  @Field(() => GuaranteedService, { nullable: true })
  service!: GuaranteedService | null;
}
