import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { LocalDate } from "./local-date.js";
import { approvalDecisionKind, approvalStatus, approvalStepKind, approvalSubjectKind } from "../drizzle/schema/index.js";
import { Connection, enumOf, EXPECTED_VERSION, IDEMPOTENCY_KEY, MutationPayload, Node, VERSION } from "./common.js";

export const ApprovalStepKind = enumOf(approvalStepKind.enumValues);
export const ApprovalStatus = enumOf(approvalStatus.enumValues);
export const ApprovalDecisionKind = enumOf(approvalDecisionKind.enumValues);
export const ApprovalSubjectKind = enumOf(approvalSubjectKind.enumValues);
export const StepDecision = { APPROVE: "APPROVE", SIGN: "SIGN", COMPLETE: "COMPLETE", REJECT: "REJECT", RETURN: "RETURN" } as const;
export const EmploymentType = { PERMANENT_PUBLIC: "PERMANENT_PUBLIC", CONTRACT_4B: "CONTRACT_4B" } as const;
export const VisaStatus = { NOT_STARTED: "NOT_STARTED", APPLIED: "APPLIED", ISSUED: "ISSUED", REFUSED: "REFUSED" } as const;
export const InternationalOrganisation = { WHO: "WHO", OECD: "OECD", EU: "EU" } as const;
export const PetitionChannel = { BIMER_CIMER: "BIMER_CIMER", SABIM: "SABIM", RIGHT_TO_INFORMATION: "RIGHT_TO_INFORMATION" } as const;

registerEnumType(ApprovalStepKind, { name: "ApprovalStepKind" });
registerEnumType(ApprovalStatus, { name: "ApprovalStatus", description: "RETURNED: back with the preparer for a new revision (APR-3)." });
registerEnumType(ApprovalDecisionKind, { name: "ApprovalDecisionKind" });
registerEnumType(ApprovalSubjectKind, { name: "ApprovalSubjectKind" });
registerEnumType(StepDecision, {
  name: "StepDecision",
  description: "APPROVE/REJECT/RETURN for approvals, SIGN for signatures, COMPLETE for the unit's own tasks.",
});
registerEnumType(EmploymentType, {
  name: "EmploymentType",
  description: "CONTRACT_4B (sözleşmeli, 657/4-b) staff are not posted overseas.",
});
registerEnumType(VisaStatus, { name: "VisaStatus" });
registerEnumType(InternationalOrganisation, { name: "InternationalOrganisation" });
registerEnumType(PetitionChannel, { name: "PetitionChannel" });

// ---- subjects: what each chain decides about -------------------------------------------------

@ObjectType({ simpleResolvers: true })
export class ReportSubject {
  @Field(() => String, { description: "The period reported on: 2026-10, 2026, 2026-Q3, 2025-2029…" })
  period!: string;

  @Field(() => String)
  summary!: string;
}

@ObjectType({ simpleResolvers: true })
export class PublicationSubject {
  @Field(() => String)
  publicationTitle!: string;

  @Field(() => String)
  summary!: string;
}

@ObjectType({ simpleResolvers: true })
export class Trainee {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  institution!: string;

  @Field(() => String)
  provinceCode!: string;
}

@ObjectType({ simpleResolvers: true })
export class TrainerTrainingSubject {
  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => [Trainee])
  trainees!: Trainee[];
}

@ObjectType({ simpleResolvers: true })
export class DeploymentDocuments {
  @Field(() => Boolean)
  photo!: boolean;

  @Field(() => Boolean)
  passport!: boolean;

  @Field(() => Boolean)
  payslip!: boolean;

  @Field(() => Boolean)
  workForm!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class OverseasDeploymentSubject {
  @Field(() => String)
  applicantName!: string;

  @Field(() => EmploymentType)
  employmentType!: keyof typeof EmploymentType;

  @Field(() => String, { description: "ISO country of the posting: SD, SO, BD, SY…" })
  countryCode!: string;

  @Field(() => Int)
  postingMonths!: number;

  @Field(() => DeploymentDocuments)
  documents!: DeploymentDocuments;

  @Field(() => VisaStatus)
  visaStatus!: keyof typeof VisaStatus;

  @Field(() => [String], { description: "Tickets and equipment requested." })
  requests!: string[];
}

@ObjectType({ simpleResolvers: true })
export class InformationRequestSubject {
  @Field(() => InternationalOrganisation)
  organisation!: keyof typeof InternationalOrganisation;

  @Field(() => String)
  reference!: string;

  @Field(() => LocalDate)
  dueOn!: string;

  @Field(() => String)
  summary!: string;
}

@ObjectType({ simpleResolvers: true })
export class PetitionSubject {
  @Field(() => PetitionChannel)
  channel!: keyof typeof PetitionChannel;

  @Field(() => String)
  petitionerName!: string;

  @Field(() => LocalDate)
  receivedOn!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { nullable: true, description: "The answer sent, recorded when the last step completes." })
  answer!: string | null;
}

export const ApprovalSubject = createUnionType({
  name: "ApprovalSubject",
  types: () =>
    [
      ReportSubject,
      PublicationSubject,
      TrainerTrainingSubject,
      OverseasDeploymentSubject,
      InformationRequestSubject,
      PetitionSubject,
    ] as const,
  // Subjects are stored as JSON tagged with their GraphQL type name.
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@InputType()
export class ReportSubjectInput {
  @Field(() => String)
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-\d{4})?$/, { message: "period is YYYY, YYYY-MM, YYYY-Qn or YYYY-YYYY" })
  period!: string;

  @Field(() => String)
  @Length(3, 4000)
  summary!: string;
}

@InputType()
export class PublicationSubjectInput {
  @Field(() => String)
  @Length(3, 300)
  publicationTitle!: string;

  @Field(() => String)
  @Length(3, 4000)
  summary!: string;
}

@InputType()
export class TraineeInput {
  @Field(() => String)
  @Length(3, 200)
  name!: string;

  @Field(() => String)
  @Length(3, 200)
  institution!: string;

  @Field(() => String)
  @Matches(/^\d{2}$/)
  provinceCode!: string;
}

@InputType()
export class TrainerTrainingSubjectInput {
  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => [TraineeInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  trainees!: TraineeInput[];
}

@InputType()
export class DeploymentDocumentsInput {
  @Field(() => Boolean)
  photo!: boolean;

  @Field(() => Boolean)
  passport!: boolean;

  @Field(() => Boolean)
  payslip!: boolean;

  @Field(() => Boolean)
  workForm!: boolean;
}

@InputType()
export class OverseasDeploymentSubjectInput {
  @Field(() => String)
  @Length(3, 200)
  applicantName!: string;

  @Field(() => EmploymentType)
  employmentType!: keyof typeof EmploymentType;

  @Field(() => String)
  @Matches(/^[A-Z]{2}$/)
  countryCode!: string;

  @Field(() => Int)
  @Min(1)
  @Max(60)
  postingMonths!: number;

  @Field(() => DeploymentDocumentsInput)
  @ValidateNested()
  documents!: DeploymentDocumentsInput;

  @Field(() => VisaStatus, { defaultValue: "NOT_STARTED" })
  visaStatus!: keyof typeof VisaStatus;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  requests!: string[];
}

@InputType()
export class InformationRequestSubjectInput {
  @Field(() => InternationalOrganisation)
  organisation!: keyof typeof InternationalOrganisation;

  @Field(() => String)
  @Length(1, 100)
  reference!: string;

  @Field(() => LocalDate)
  dueOn!: string;

  @Field(() => String)
  @Length(3, 4000)
  summary!: string;
}

@InputType()
export class PetitionSubjectInput {
  @Field(() => PetitionChannel)
  channel!: keyof typeof PetitionChannel;

  @Field(() => String)
  @Length(2, 200)
  petitionerName!: string;

  @Field(() => LocalDate)
  receivedOn!: string;

  @Field(() => String)
  @Length(3, 4000)
  summary!: string;
}

@InputType({ description: "Exactly the one field that fits the template's subject kind." })
export class ApprovalSubjectInput {
  @Field(() => ReportSubjectInput, { nullable: true, description: "ACTIVITY_REPORT, STRATEGIC_PLAN, INTERNAL_CONTROL_REPORT, ACTION_PLAN" })
  @IsOptional()
  @ValidateNested()
  report?: ReportSubjectInput;

  @Field(() => PublicationSubjectInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  publication?: PublicationSubjectInput;

  @Field(() => TrainerTrainingSubjectInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  trainerTraining?: TrainerTrainingSubjectInput;

  @Field(() => OverseasDeploymentSubjectInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  overseasDeployment?: OverseasDeploymentSubjectInput;

  @Field(() => InformationRequestSubjectInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  informationRequest?: InformationRequestSubjectInput;

  @Field(() => PetitionSubjectInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  petition?: PetitionSubjectInput;
}

// ---- templates, approvals, history ---------------------------------------------------------

@ObjectType({ simpleResolvers: true })
export class ApprovalStep {
  @Field(() => Int)
  index!: number;

  @Field(() => ApprovalStepKind)
  kind!: keyof typeof ApprovalStepKind;

  @Field(() => String, { description: "The role that decides it; PREPARER for the preparing unit's own tasks." })
  role!: string;

  @Field(() => String)
  labelTr!: string;

  @Field(() => String)
  labelEn!: string;
}

@ObjectType({ simpleResolvers: true, description: "APR-1: a chain template, kept as data." })
export class ApprovalTemplate {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameTr!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => ApprovalSubjectKind)
  subjectKind!: keyof typeof ApprovalSubjectKind;

  @Field(() => [ApprovalStep])
  steps!: ApprovalStep[];
}

@ObjectType({ simpleResolvers: true, description: "APR-3: one immutable entry of the history." })
export class ApprovalHistoryEntry {
  @Field(() => Int)
  revision!: number;

  @Field(() => Int, { nullable: true })
  stepIndex!: number | null;

  @Field(() => ApprovalStepKind, { nullable: true })
  stepKind!: keyof typeof ApprovalStepKind | null;

  @Field(() => String)
  role!: string;

  @Field(() => ApprovalDecisionKind)
  decision!: keyof typeof ApprovalDecisionKind;

  @Field(() => String)
  comment!: string;

  @Field(() => String)
  decidedByClientId!: string;

  @Field(() => DateTimeISOResolver)
  stepStartedAt!: Date;

  @Field(() => DateTimeISOResolver)
  decidedAt!: Date;
}

@ObjectType({ implements: Node, simpleResolvers: true })
export class Approval extends Node {
  @Field(() => ApprovalTemplate)
  template!: ApprovalTemplate;

  @Field(() => String)
  title!: string;

  @Field(() => ApprovalSubject)
  subject!: typeof ApprovalSubject;

  @Field(() => ApprovalStatus)
  status!: keyof typeof ApprovalStatus;

  @Field(() => Int, { description: "Increases with every RETURN and resubmission." })
  revision!: number;

  @Field(() => ApprovalStep, { nullable: true, description: "The step waiting for a decision." })
  currentStep!: ApprovalStep | null;

  @Field(() => String)
  preparerRole!: string;

  @Field(() => [ApprovalHistoryEntry])
  history!: ApprovalHistoryEntry[];

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType()
export class ApprovalConnection extends Connection(Approval, "Approval") {}

@ObjectType({ simpleResolvers: true })
export class ApprovalStepDuration {
  @Field(() => String)
  templateCode!: string;

  @Field(() => ApprovalStepKind)
  stepKind!: keyof typeof ApprovalStepKind;

  @Field(() => Int)
  decisions!: number;

  @Field(() => Int, { description: "Average seconds from the step's start to its decision." })
  averageSeconds!: number;

  @Field(() => Int, { description: "90th percentile of the same." })
  p90Seconds!: number;
}

@InputType()
export class StartApprovalInput {
  @Field(() => String)
  @Length(2, 64)
  templateCode!: string;

  @Field(() => String)
  @Length(3, 300)
  title!: string;

  @Field(() => ApprovalSubjectInput)
  @ValidateNested()
  subject!: ApprovalSubjectInput;

  @Field(() => String, { defaultValue: "Onayınıza sunulur." })
  @Length(2, 2000)
  comment!: string;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType()
export class DecideApprovalStepInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => StepDecision)
  decision!: keyof typeof StepDecision;

  @Field(() => String)
  @Length(0, 2000)
  comment!: string;

  @Field(() => String, { nullable: true, description: "PETITION: the answer sent to the petitioner, with the last step." })
  @IsOptional()
  @Length(3, 4000)
  answer?: string | null;
}

@InputType()
export class ResubmitApprovalInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => ApprovalSubjectInput, { nullable: true, description: "The revised subject; omitted keeps it." })
  @IsOptional()
  @ValidateNested()
  subject?: ApprovalSubjectInput;

  @Field(() => String)
  @Length(2, 2000)
  comment!: string;
}

@InputType()
export class ApprovalFilter {
  @Field(() => String, { nullable: true })
  templateCode?: string | null;

  @Field(() => ApprovalStatus, { nullable: true })
  status?: keyof typeof ApprovalStatus | null;
}

@ObjectType()
export class ApprovalPayload extends MutationPayload {
  @Field(() => Approval, { nullable: true })
  approval!: Approval | null;
}
