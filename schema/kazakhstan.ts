import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, Length, Matches, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { LocalDate } from "./local-date.js";
import { kzApplicantRelation, kzCoverageKind, kzQuotaPeriod, kzRequestChannel, kzRequestStatus } from "../drizzle/schema/index.js";
import { HistoryEntry, historyEntryOf } from "./history.js";
import {
  Connection,
  connectionOf,
  enumOf,
  EXPECTED_VERSION,
  IDEMPOTENCY_KEY,
  MutationPayload,
  Node,
  PAYLOAD_OBJECT,
  payloadOf,
  VERSION,
} from "./common.js";

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
  valuesConfig: {
    VHI: { description: "Voluntary medical insurance (ДМС) with a private insurer." },
    OSMS: { description: "Compulsory social health insurance (ОСМС): primary care and emergency inpatient care." },
  },
  name: "KzCoverageKind",
  description: "VHI: voluntary (ДМС) with a private insurer; OSMS: compulsory social health insurance.",
});
registerEnumType(KzRequestChannel, {
  valuesConfig: {
    EGOV_PORTAL: { description: "Through egov.kz, signed with an electronic digital signature (EDS)." },
    IN_PERSON: {
      description: "A written application in Kazakh or Russian to the head of the organisation, with the contract and passport.",
    },
  },
  description: "How an attachment request is made (KZ-5).",
  name: "KzRequestChannel",
});
registerEnumType(KzRequestStatus, {
  valuesConfig: {
    SUBMITTED: { description: "Received; waiting to be filed." },
    FILED: { description: "Filed into the Register of Attached Population (KZ-6); to be decided within 1 business day (KZ-7)." },
    ATTACHED: { description: "Attached, with a notice in the person's e-gov cabinet (KZ-8); any earlier attachment ended (KZ-12)." },
    REFUSED: { description: "Refused with reasons (KZ-8)." },
  },
  description: "Where an attachment request stands.",
  name: "KzRequestStatus",
});
registerEnumType(KzApplicantRelation, {
  valuesConfig: {
    SELF: { description: "The person themself." },
    FAMILY_MEMBER: { description: "A family member, with the person's written consent (KZ-10)." },
    LEGAL_REPRESENTATIVE: { description: "The legal representative of a child under 18 (KZ-11)." },
  },
  description: "Who submits an attachment request.",
  name: "KzApplicantRelation",
});
registerEnumType(KzQuotaPeriod, {
  valuesConfig: {
    CALENDAR_YEAR: { description: "Per calendar year (January to December)." },
    SIX_MONTHS: { description: "Once in 6 months: 6 months after the previous one." },
  },
  name: "KzQuotaPeriod",
  description: "CALENDAR_YEAR counts per calendar year; SIX_MONTHS means 6 months after the previous one.",
});

const iin = /^\d{12}$/;

@ObjectType({
  description:
    "A Kazakh medical insurance contract (KZ-2): voluntary (VHI) or compulsory social (OSMS). An attachment lasts as long as it does (KZ-9).",
  implements: Node,
  simpleResolvers: true,
})
export class InsuranceContract extends Node {
  @Field(() => String, { description: "Contract number as the insurer issued it." })
  number!: string;

  @Field(() => String, { description: "Code of the insurer that registered it." })
  insurerCode!: string;

  @Field(() => KzCoverageKind, { description: "Voluntary (VHI) or compulsory social (OSMS) insurance." })
  kind!: keyof typeof KzCoverageKind;

  @Field(() => String, { description: "IIN of the insured person (12 digits, ID-2)." })
  insuredIin!: string;

  @Field(() => LocalDate, { description: "First day of coverage." })
  startsOn!: string;

  @Field(() => LocalDate, { description: "Last day of coverage." })
  endsOn!: string;
}

@ObjectType({ simpleResolvers: true, description: "KZ-3: may this IIN be employed on the day?" })
export class EmploymentEligibility {
  @Field(() => Boolean, { description: "True when the person has active VHI or OSMS coverage on the day (KZ-3)." })
  eligible!: boolean;

  @Field(() => [InsuranceContract], { description: "The contracts in force that day." })
  contracts!: InsuranceContract[];

  @Field(() => String, { description: "The rule that decided: KZ-3." })
  rule!: string;
}

@ObjectType({ description: "Which documents came with an attachment request (each true when present).", simpleResolvers: true })
export class KzRequestDocumentsType {
  @Field(() => Boolean, { description: "The insurance contract." })
  insuranceContract!: boolean;

  @Field(() => Boolean, { description: "The person's identity document (passport)." })
  identityDocument!: boolean;

  @Field(() => Boolean, { description: "The person's written consent, when a family member applies (KZ-10)." })
  writtenConsent!: boolean;

  @Field(() => Boolean, { description: "The legal representative's identity document, for a child (KZ-11)." })
  legalRepresentativeIdentity!: boolean;
}

@ObjectType({ description: historyEntryOf("attachment request") })
export class AttachmentRequestHistoryEntry extends HistoryEntry(KzRequestStatus, "attachment request", "submit, file, decide") {}

@ObjectType({
  description: "A request to attach a person to a primary-care (PHC) organisation (KZ-4 to KZ-12).",
  implements: Node,
  simpleResolvers: true,
})
export class AttachmentRequest extends Node {
  @Field(() => String, { description: "Code of the PHC organisation chosen (KZ-4)." })
  organisationCode!: string;

  @Field(() => KzRequestChannel, { description: "How the request was made (KZ-5)." })
  channel!: keyof typeof KzRequestChannel;

  @Field(() => KzApplicantRelation, { description: "Who applied: the person, a family member (KZ-10) or a legal representative (KZ-11)." })
  applicantRelation!: keyof typeof KzApplicantRelation;

  @Field(() => KzRequestStatus, { description: "Where the request stands." })
  status!: keyof typeof KzRequestStatus;

  @Field(() => DateTimeISOResolver, { description: "When it was submitted (UTC)." })
  submittedAt!: Date;

  @Field(() => DateTimeISOResolver, { description: "KZ-7: end of the next business day, Asia/Almaty." })
  decisionDueAt!: Date;

  @Field(() => DateTimeISOResolver, {
    description: "When staff filed it into the Register of Attached Population (KZ-6); null until then.",
    nullable: true,
  })
  filedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { description: "When it was decided (UTC); null until then.", nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "KZ-8: the attachment notice in the person's e-gov cabinet." })
  noticeNumber!: string | null;

  @Field(() => String, { description: "The reasons of a refusal (KZ-8); null unless REFUSED.", nullable: true })
  refusalReason!: string | null;

  @Field(() => KzRequestDocumentsType, { description: "Which documents came with the request." })
  documents!: KzRequestDocumentsType;

  @Field(() => [AttachmentRequestHistoryEntry], {
    description: "Every step of the request (submitted, filed, attached or refused), oldest first; append-only.",
  })
  history!: AttachmentRequestHistoryEntry[];

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ description: connectionOf("a PHC organisation's attachment requests, by decision deadline (earliest first)") })
export class AttachmentRequestConnection extends Connection(AttachmentRequest, "AttachmentRequest") {}

@ObjectType({ description: "A person's current attachment to a primary-care organisation (KZ-9, KZ-12).", simpleResolvers: true })
export class Attachment {
  @Field(() => String, { description: "Code of the PHC organisation." })
  organisationCode!: string;

  @Field(() => LocalDate, { description: "First day of the attachment." })
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

@ObjectType({
  description: "One of the 23 diseases dangerous to others covered by the free guaranteed volume (KZ-13).",
  simpleResolvers: true,
})
export class GuaranteedDisease {
  @Field(() => String, { description: "Disease code, e.g. TUBERCULOSIS." })
  code!: string;

  @Field(() => String, { description: "Name in Russian." })
  nameRu!: string;

  @Field(() => String, { description: "Name in English." })
  nameEn!: string;
}

@ObjectType({ description: "One service of the free guaranteed volume and its quota for the person (KZ-14).", simpleResolvers: true })
export class GuaranteedServiceQuota {
  @Field(() => String, { description: "Service code, e.g. THERAPIST, CHEST_XRAY." })
  code!: string;

  @Field(() => String, { description: "Name in Russian." })
  nameRu!: string;

  @Field(() => String, { description: "Name in English." })
  nameEn!: string;

  @Field(() => Int, { description: "How many times the service may be provided per period." })
  limitCount!: number;

  @Field(() => KzQuotaPeriod, { description: "The period the limit counts over." })
  period!: keyof typeof KzQuotaPeriod;

  @Field(() => Int, { description: "Services given up to the day asked about." })
  used!: number;

  @Field(() => LocalDate, { description: "The first day the service can be given again (the day asked about if now)." })
  availableOn!: string;
}

@ObjectType({ description: "A service of the free guaranteed volume provided to a person (KZ-13, KZ-14).", simpleResolvers: true })
export class GuaranteedService {
  @Field(() => ID, { description: "Opaque ID of the record." })
  id!: string;

  @Field(() => String, { description: "The service, e.g. THERAPIST." })
  serviceCode!: string;

  @Field(() => String, { description: "The disease dangerous to others it was for (KZ-13)." })
  diseaseCode!: string;

  @Field(() => LocalDate, { description: "Day the service was provided." })
  providedOn!: string;

  @Field(() => String, { description: "The organisation that provided it." })
  organisationCode!: string;
}

@InputType({ description: "A contract the insurer registers (KZ-2)." })
export class RegisterInsuranceContractInput {
  @Field(() => String, { description: "Contract number, 3 to 64 characters; unique per insurer." })
  @Length(3, 64)
  number!: string;

  @Field(() => KzCoverageKind, { description: "VHI or OSMS." })
  kind!: keyof typeof KzCoverageKind;

  @Field(() => String, { description: "IIN of the insured person: 12 digits passing the ID-2 check." })
  @Matches(iin, { message: "insuredIin must be 12 digits" })
  insuredIin!: string;

  @Field(() => LocalDate, { description: "First day of coverage." })
  startsOn!: string;

  @Field(() => LocalDate, { description: "Last day of coverage, not before startsOn." })
  endsOn!: string;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "Which documents come with the request (each true when present)." })
export class KzRequestDocumentsInput {
  @Field(() => Boolean, { description: "The insurance contract (always required).", defaultValue: false })
  insuranceContract!: boolean;

  @Field(() => Boolean, { description: "The person's identity document (always required).", defaultValue: false })
  identityDocument!: boolean;

  @Field(() => Boolean, {
    description: "The person's written consent; required when a family member applies (KZ-10).",
    defaultValue: false,
  })
  writtenConsent!: boolean;

  @Field(() => Boolean, {
    description: "The legal representative's identity document; required for a child under 18 (KZ-11).",
    defaultValue: false,
  })
  legalRepresentativeIdentity!: boolean;
}

@InputType({ description: "Place of residence (KZ-4)." })
export class ResidenceInput {
  @Field(() => String, { description: "PERMANENT or TEMPORARY" })
  @Matches(/^(PERMANENT|TEMPORARY)$/)
  kind!: string;

  @Field(() => String, { description: "City, 2 to 100 characters." })
  @Length(2, 100)
  city!: string;

  @Field(() => String, { description: "District of the city, 2 to 100 characters." })
  @Length(2, 100)
  district!: string;
}

@InputType({ description: "A request to attach a person to a PHC organisation (KZ-4, KZ-5, KZ-10, KZ-11)." })
export class SubmitAttachmentRequestInput {
  @Field(() => String, { description: "IIN of the person to attach: 12 digits passing the ID-2 check." })
  @Matches(iin, { message: "personIin must be 12 digits" })
  personIin!: string;

  @Field(() => String, { description: "Code of the chosen PHC organisation, at the place of residence (KZ-4)." })
  @Length(2, 64)
  organisationCode!: string;

  @Field(() => ID, { description: "Global ID of the person's insurance contract, active on the day." })
  contractId!: string;

  @Field(() => KzRequestChannel, { description: "How the request is made (KZ-5)." })
  channel!: keyof typeof KzRequestChannel;

  @Field(() => String, { nullable: true, description: "EGOV_PORTAL: the EDS certificate's reference." })
  @IsOptional()
  @Length(4, 200)
  edsCertificateRef?: string | null;

  @Field(() => String, { nullable: true, description: "IN_PERSON: kk or ru." })
  @IsOptional()
  applicationLanguage?: string | null;

  @Field(() => KzRequestDocumentsInput, {
    description: "Which documents come with it; the channel and relation decide which are required.",
  })
  @ValidateNested()
  documents!: KzRequestDocumentsInput;

  @Field(() => ResidenceInput, { description: "The place of permanent or temporary residence (KZ-4)." })
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

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "The organisation's decision (KZ-8): attach, or refuse with reasons." })
export class DecideAttachmentRequestInput {
  @Field(() => ID, { description: "Global ID of the request." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => Boolean, { description: "true: attach (notice); false: refuse with reasons (KZ-8)." })
  attach!: boolean;

  @Field(() => String, {
    description: "The reasons of a refusal, up to 2000 characters; a refusal without one is rejected (KZ-8).",
    nullable: true,
  })
  @IsOptional()
  @Length(0, 2000)
  refusalReason?: string | null;
}

@InputType({ description: "Staff file a request into the Register of Attached Population (KZ-6)." })
export class FileAttachmentRequestInput {
  @Field(() => ID, { description: "Global ID of the request." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;
}

@InputType({ description: "A service provided under the free guaranteed volume." })
export class RecordGuaranteedServiceInput {
  @Field(() => String, { description: "IIN of the person: 12 digits passing the ID-2 check." })
  @Matches(iin, { message: "personIin must be 12 digits" })
  personIin!: string;

  @Field(() => String, { description: "Service code from guaranteedVolume, e.g. THERAPIST." })
  @Length(2, 64)
  serviceCode!: string;

  @Field(() => String, { description: "Disease code from guaranteedDiseases (KZ-13)." })
  @Length(2, 64)
  diseaseCode!: string;

  @Field(() => LocalDate, { description: "Day it was provided; beyond the quota it is refused with the day it becomes available (KZ-14)." })
  providedOn!: string;
}

@ObjectType({ description: payloadOf("registerInsuranceContract") })
export class InsuranceContractPayload extends MutationPayload {
  @Field(() => InsuranceContract, { description: PAYLOAD_OBJECT, nullable: true })
  contract!: InsuranceContract | null;
}

@ObjectType({ description: payloadOf("an attachment-request mutation") })
export class AttachmentRequestPayload extends MutationPayload {
  @Field(() => AttachmentRequest, { description: PAYLOAD_OBJECT, nullable: true })
  request!: AttachmentRequest | null;
}

@ObjectType({ description: payloadOf("recordGuaranteedService") })
export class GuaranteedServicePayload extends MutationPayload {
  @Field(() => GuaranteedService, { description: PAYLOAD_OBJECT, nullable: true })
  service!: GuaranteedService | null;
}
