import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { LocalDate } from "./local-date.js";
import { approvalDecisionKind, approvalStatus, approvalStepKind, approvalSubjectKind } from "../drizzle/schema/index.js";
import {
  Connection,
  connectionOf,
  CREATED_AT,
  enumOf,
  EXPECTED_VERSION,
  IDEMPOTENCY_KEY,
  MutationPayload,
  Node,
  PAYLOAD_OBJECT,
  payloadOf,
  VERSION,
} from "./common.js";

export const ApprovalStepKind = enumOf(approvalStepKind.enumValues);
export const ApprovalStatus = enumOf(approvalStatus.enumValues);
export const ApprovalDecisionKind = enumOf(approvalDecisionKind.enumValues);
export const ApprovalSubjectKind = enumOf(approvalSubjectKind.enumValues);
export const StepDecision = { APPROVE: "APPROVE", SIGN: "SIGN", COMPLETE: "COMPLETE", REJECT: "REJECT", RETURN: "RETURN" } as const;
export const EmploymentType = { PERMANENT_PUBLIC: "PERMANENT_PUBLIC", CONTRACT_4B: "CONTRACT_4B" } as const;
export const VisaStatus = { NOT_STARTED: "NOT_STARTED", APPLIED: "APPLIED", ISSUED: "ISSUED", REFUSED: "REFUSED" } as const;
export const InternationalOrganisation = {
  WHO: "WHO",
  OECD: "OECD",
  EU: "EU",
  OTHER_ORGANISATION: "OTHER_ORGANISATION",
  COUNTRY: "COUNTRY",
} as const;
export const PetitionChannel = {
  BIMER_CIMER: "BIMER_CIMER",
  SBN: "SBN",
  SABIM: "SABIM",
  RIGHT_TO_INFORMATION: "RIGHT_TO_INFORMATION",
} as const;
export const ExternalInstitution = {
  PRESIDENCY: "PRESIDENCY",
  PRIME_MINISTRY: "PRIME_MINISTRY",
  MINISTRY_OF_DEVELOPMENT: "MINISTRY_OF_DEVELOPMENT",
  MINISTRY_OF_LABOUR_AND_SOCIAL_SECURITY: "MINISTRY_OF_LABOUR_AND_SOCIAL_SECURITY",
  COURT_OF_ACCOUNTS: "COURT_OF_ACCOUNTS",
  STRATEGY_DEVELOPMENT_DEPARTMENT: "STRATEGY_DEVELOPMENT_DEPARTMENT",
  OTHER: "OTHER",
} as const;
export const ApprovalTemplateStatus = { CURRENT: "CURRENT", SUPERSEDED: "SUPERSEDED", RETIRED: "RETIRED" } as const;
export const DuePeriod = { MONTH: "MONTH", YEAR: "YEAR" } as const;
export const TemplateStepRole = {
  DEPARTMENT_HEAD: "DEPARTMENT_HEAD",
  DEPUTY_GENERAL_DIRECTOR: "DEPUTY_GENERAL_DIRECTOR",
  GENERAL_DIRECTOR: "GENERAL_DIRECTOR",
  PREPARER: "PREPARER",
} as const;

registerEnumType(ApprovalStepKind, {
  valuesConfig: {
    REVIEW: { description: "The role holder reviews and forwards (uygun görürse sunar)." },
    APPROVAL: { description: "The role holder approves, rejects or returns." },
    SIGNATURE: { description: "The role holder signs; usually the last step." },
    PREPARATION: { description: "The unit's own work within the chain, e.g. preparing letters; completed with COMPLETE." },
    EXTERNAL: {
      description: "A step outside the ministry (e.g. the General Directorate of Foreign Relations and EU), recorded by the unit.",
    },
    NOTIFICATION: { description: "The unit informs others (e.g. the provinces); completed with COMPLETE." },
  },
  description: "What a step of a chain does.",
  name: "ApprovalStepKind",
});
registerEnumType(ApprovalStatus, {
  valuesConfig: {
    IN_PROGRESS: { description: "Waiting for the current step's decision." },
    RETURNED: { description: "Returned to the preparing unit for revision (APR-3)." },
    APPROVED: { description: "Every step decided; the chain is complete." },
    REJECTED: { description: "Rejected at a step; the chain ended." },
  },
  name: "ApprovalStatus",
  description: "RETURNED: back with the preparer for a new revision (APR-3).",
});
registerEnumType(ApprovalDecisionKind, {
  valuesConfig: {
    SUBMIT: { description: "The preparing unit submitted the subject." },
    RESUBMIT: { description: "The preparing unit resubmitted after a RETURN (new revision)." },
    APPROVE: { description: "The step was approved and forwarded." },
    SIGN: { description: "The step was signed." },
    COMPLETE: { description: "The unit's own task step was completed." },
    REJECT: { description: "Rejected; the chain ended." },
    RETURN: { description: "Returned to the preparer for revision." },
  },
  description: "What an entry of an approval's history records.",
  name: "ApprovalDecisionKind",
});
registerEnumType(ApprovalSubjectKind, {
  valuesConfig: {
    ACTIVITY_REPORT: { description: "Monthly or annual activity report." },
    STRATEGIC_PLAN: { description: "Strategic plan." },
    INTERNAL_CONTROL_REPORT: { description: "Quarterly internal-control report." },
    ACTION_PLAN: { description: "180-day action plan." },
    PUBLICATION: { description: "A publication of the directorate." },
    TRAINER_TRAINING: { description: "CBRN (KBRN) trainer training: the proposed trainees." },
    OVERSEAS_DEPLOYMENT: { description: "Posting of personnel to an overseas facility (Sudan, Somalia, Bangladesh, Syria)." },
    INFORMATION_REQUEST: {
      description: "Information request from an international organisation (WHO, OECD, EU…) or a country (bilateral).",
    },
    PETITION: { description: "Petition (BİMER/CİMER, SBN, SABİM, right to information) to be answered." },
    EXTERNAL_REQUEST: { description: "A request from an institution outside the directorate (Presidency, Court of Accounts, SGB…)." },
    WORLD_BANK_ACTIVITY: { description: "An activity financed by the World Bank." },
    DATA_REQUEST: { description: "A data request for a scientific study." },
    GENERIC: { description: "Any other chain (APR-9): a summary and named attributes." },
  },
  description: "What an approval chain is about (APR-1).",
  name: "ApprovalSubjectKind",
});
registerEnumType(StepDecision, {
  valuesConfig: {
    APPROVE: { description: "Approve and forward to the next step (uygun görürse sunar)." },
    SIGN: { description: "Sign a signature step." },
    COMPLETE: { description: "Mark the unit's own task step done." },
    REJECT: { description: "Reject: the chain ends." },
    RETURN: { description: "Return to the preparer for revision; a resubmission starts a new revision (APR-3)." },
  },
  name: "StepDecision",
  description: "APPROVE/REJECT/RETURN for approvals, SIGN for signatures, COMPLETE for the unit's own tasks.",
});
registerEnumType(EmploymentType, {
  valuesConfig: {
    PERMANENT_PUBLIC: { description: "Permanent public employee (kadrolu): may be posted." },
    CONTRACT_4B: { description: "Contract staff under 657/4-b: not posted overseas." },
  },
  name: "EmploymentType",
  description: "CONTRACT_4B (sözleşmeli, 657/4-b) staff are not posted overseas.",
});
registerEnumType(VisaStatus, {
  valuesConfig: {
    NOT_STARTED: { description: "Not applied for yet." },
    APPLIED: { description: "Applied for, waiting." },
    ISSUED: { description: "Visa issued." },
    REFUSED: { description: "Visa refused." },
  },
  description: "Where the visa process of an overseas posting stands.",
  name: "VisaStatus",
});
registerEnumType(InternationalOrganisation, {
  valuesConfig: {
    WHO: { description: "World Health Organization." },
    OECD: { description: "Organisation for Economic Co-operation and Development." },
    EU: { description: "European Union." },
    OTHER_ORGANISATION: { description: "Another international organisation, named in organisationName." },
    COUNTRY: { description: "Another country, within bilateral relations (requestingCountryCode names it, APR-12)." },
  },
  description: "Who sends an information request: an international organisation or, bilaterally, a country.",
  name: "InternationalOrganisation",
});
registerEnumType(PetitionChannel, {
  valuesConfig: {
    BIMER_CIMER: { description: "The Presidency's communication centre (BİMER/CİMER)." },
    SBN: { description: "SBN, as seeds 000 and 001 name it among the petition channels." },
    SABIM: { description: "The Ministry of Health's communication centre (SABİM, 184)." },
    RIGHT_TO_INFORMATION: { description: "A right-to-information request (Law 4982)." },
  },
  description: "Where a petition came from.",
  name: "PetitionChannel",
});
registerEnumType(ExternalInstitution, {
  valuesConfig: {
    PRESIDENCY: { description: "Presidency (Cumhurbaşkanlığı)." },
    PRIME_MINISTRY: { description: "Prime Ministry (Başbakanlık), as the seed names it." },
    MINISTRY_OF_DEVELOPMENT: { description: "Ministry of Development (Kalkınma Bakanlığı)." },
    MINISTRY_OF_LABOUR_AND_SOCIAL_SECURITY: { description: "Ministry of Labour and Social Security." },
    COURT_OF_ACCOUNTS: { description: "Court of Accounts (Sayıştay)." },
    STRATEGY_DEVELOPMENT_DEPARTMENT: { description: "The ministry's Strategy Development Department (SGB)." },
    OTHER: { description: "Another institution, named in institutionName." },
  },
  description: "Institutions outside the directorate whose requests the strategic-management unit answers.",
  name: "ExternalInstitution",
});
registerEnumType(ApprovalTemplateStatus, {
  valuesConfig: {
    CURRENT: { description: "New chains start on this version." },
    SUPERSEDED: { description: "A newer version replaced it; chains started on it keep it." },
    RETIRED: { description: "No new chains; running ones finish on their version." },
  },
  description: "Where a template version stands (APR-8).",
  name: "ApprovalTemplateStatus",
});
registerEnumType(DuePeriod, {
  valuesConfig: {
    MONTH: { description: "The report covers a month (YYYY-MM), due on its last day." },
    YEAR: { description: "The report covers a year (YYYY), due on 31 December." },
  },
  description: "The period a due report covers (APR-7).",
  name: "DuePeriod",
});
registerEnumType(TemplateStepRole, {
  valuesConfig: {
    DEPARTMENT_HEAD: { description: "The Department Head of the chain's department, or of the step's department (APR-6)." },
    DEPUTY_GENERAL_DIRECTOR: { description: "The Deputy General Director." },
    GENERAL_DIRECTOR: { description: "The General Director." },
    PREPARER: { description: "The preparing unit's own task (PREPARATION, EXTERNAL or NOTIFICATION)." },
  },
  description: "Who decides a step of a template.",
  name: "TemplateStepRole",
});

// ---- subjects: what each chain decides about -------------------------------------------------

@ObjectType({
  description: "A report or plan: activity report, strategic plan, internal-control report, action plan.",
  simpleResolvers: true,
})
export class ReportSubject {
  @Field(() => String, { description: "The period reported on: 2026-10, 2026, 2026-Q3, 2025-2029…" })
  period!: string;

  @Field(() => String, { description: "What the report covers." })
  summary!: string;
}

@ObjectType({ description: "A publication to approve.", simpleResolvers: true })
export class PublicationSubject {
  @Field(() => String, { description: "Title of the publication." })
  publicationTitle!: string;

  @Field(() => String, { description: "What it is about." })
  summary!: string;
}

@ObjectType({ description: "A proposed trainee of a CBRN trainer training.", simpleResolvers: true })
export class Trainee {
  @Field(() => String, { description: "Full name." })
  name!: string;

  @Field(() => String, { description: "Institution the trainee works at." })
  institution!: string;

  @Field(() => String, { description: "Province plate code of the institution, 01 to 81." })
  provinceCode!: string;
}

@ObjectType({ description: "A CBRN trainer training and its proposed trainees.", simpleResolvers: true })
export class TrainerTrainingSubject {
  @Field(() => LocalDate, { description: "First day of the training." })
  startsOn!: string;

  @Field(() => [Trainee], { description: "The proposed trainees." })
  trainees!: Trainee[];
}

@ObjectType({ description: "The documents an overseas posting requires (each true when supplied).", simpleResolvers: true })
export class DeploymentDocuments {
  @Field(() => Boolean, { description: "A photograph." })
  photo!: boolean;

  @Field(() => Boolean, { description: "A passport copy." })
  passport!: boolean;

  @Field(() => Boolean, { description: "A payslip." })
  payslip!: boolean;

  @Field(() => Boolean, { description: "The work form." })
  workForm!: boolean;
}

@ObjectType({ description: "A posting of personnel to a ministry-run overseas facility.", simpleResolvers: true })
export class OverseasDeploymentSubject {
  @Field(() => String, { description: "Full name of the applicant." })
  applicantName!: string;

  @Field(() => EmploymentType, { description: "Must be a permanent public employee (CONTRACT_4B is refused)." })
  employmentType!: keyof typeof EmploymentType;

  @Field(() => String, { description: "ISO country of the posting: SD, SO, BD, SY…" })
  countryCode!: string;

  @Field(() => Int, { description: "Length of the posting in months." })
  postingMonths!: number;

  @Field(() => DeploymentDocuments, { description: "Which required documents were supplied." })
  documents!: DeploymentDocuments;

  @Field(() => VisaStatus, { description: "Where the visa process stands." })
  visaStatus!: keyof typeof VisaStatus;

  @Field(() => [String], { description: "Tickets and equipment requested." })
  requests!: string[];
}

@ObjectType({ description: "An information request from an international organisation.", simpleResolvers: true })
export class InformationRequestSubject {
  @Field(() => InternationalOrganisation, { description: "Who asks: an organisation, or COUNTRY for a bilateral request." })
  organisation!: keyof typeof InternationalOrganisation;

  @Field(() => String, { nullable: true, description: "OTHER_ORGANISATION: the organisation's name." })
  organisationName!: string | null;

  @Field(() => String, { nullable: true, description: "COUNTRY: ISO 3166-1 alpha-2 code of the requesting country (APR-12)." })
  requestingCountryCode!: string | null;

  @Field(() => String, { description: "The organisation's reference for the request." })
  reference!: string;

  @Field(() => LocalDate, { description: "When the answer is due." })
  dueOn!: string;

  @Field(() => String, { description: "What is asked." })
  summary!: string;
}

@ObjectType({ description: "A petition to answer.", simpleResolvers: true })
export class PetitionSubject {
  @Field(() => PetitionChannel, { description: "Where the petition came from." })
  channel!: keyof typeof PetitionChannel;

  @Field(() => String, { description: "Name of the petitioner." })
  petitionerName!: string;

  @Field(() => LocalDate, { description: "Day the petition was received." })
  receivedOn!: string;

  @Field(() => String, { description: "What the petition asks." })
  summary!: string;

  @Field(() => String, { nullable: true, description: "The answer sent, recorded when the last step completes." })
  answer!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The unit that answered the petitioner when it was not ours (PETITION_RELEVANT_UNIT, APR-10).",
  })
  answeringUnit!: string | null;
}

@ObjectType({ description: "A request from an institution outside the directorate.", simpleResolvers: true })
export class ExternalRequestSubject {
  @Field(() => ExternalInstitution, { description: "Who asks." })
  institution!: keyof typeof ExternalInstitution;

  @Field(() => String, { nullable: true, description: "OTHER: the institution's name." })
  institutionName!: string | null;

  @Field(() => String, { description: "The institution's reference (letter number)." })
  reference!: string;

  @Field(() => LocalDate, { nullable: true, description: "When the answer is due, if the request says." })
  answerDueOn!: string | null;

  @Field(() => String, { description: "What is asked (action plans, activities…)." })
  summary!: string;
}

@ObjectType({ description: "An activity planned under World Bank financing.", simpleResolvers: true })
export class WorldBankActivitySubject {
  @Field(() => String, { description: "Title of the activity." })
  activityTitle!: string;

  @Field(() => String, { description: "The strategic goal it serves." })
  strategicGoal!: string;

  @Field(() => String, { description: "What the activity does." })
  summary!: string;
}

@ObjectType({ description: "A data request for a scientific study.", simpleResolvers: true })
export class DataRequestSubject {
  @Field(() => String, { description: "Who asks: another general directorate or department." })
  requester!: string;

  @Field(() => String, { description: "Title of the study." })
  studyTitle!: string;

  @Field(() => String, { description: "The data asked for." })
  dataRequested!: string;
}

@ObjectType({ description: "A named value of a generic subject.", simpleResolvers: true })
export class SubjectAttribute {
  @Field(() => String, { description: "Name of the attribute." })
  name!: string;

  @Field(() => String, { description: "Its value." })
  value!: string;
}

@ObjectType({ description: "The subject of a chain no other subject kind names (APR-9).", simpleResolvers: true })
export class GenericSubject {
  @Field(() => String, { description: "What the chain decides about." })
  summary!: string;

  @Field(() => [SubjectAttribute], { description: "Named values, in the order given." })
  attributes!: SubjectAttribute[];
}

export const ApprovalSubject = createUnionType({
  name: "ApprovalSubject",
  description: "The subject of an approval, one type per subject kind of its template (APR-1).",
  types: () =>
    [
      ReportSubject,
      PublicationSubject,
      TrainerTrainingSubject,
      OverseasDeploymentSubject,
      InformationRequestSubject,
      PetitionSubject,
      ExternalRequestSubject,
      WorldBankActivitySubject,
      DataRequestSubject,
      GenericSubject,
    ] as const,
  // Subjects are stored as JSON tagged with their GraphQL type name.
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@InputType({ description: "A report or plan." })
export class ReportSubjectInput {
  @Field(() => String, { description: "Period covered: YYYY, YYYY-MM, YYYY-Qn or YYYY-YYYY." })
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-\d{4})?$/, { message: "period is YYYY, YYYY-MM, YYYY-Qn or YYYY-YYYY" })
  period!: string;

  @Field(() => String, { description: "What it covers, 3 to 4000 characters." })
  @Length(3, 4000)
  summary!: string;
}

@InputType({ description: "A publication." })
export class PublicationSubjectInput {
  @Field(() => String, { description: "Title, 3 to 300 characters." })
  @Length(3, 300)
  publicationTitle!: string;

  @Field(() => String, { description: "What it is about, 3 to 4000 characters." })
  @Length(3, 4000)
  summary!: string;
}

@InputType({ description: "A proposed trainee." })
export class TraineeInput {
  @Field(() => String, { description: "Full name, 3 to 200 characters." })
  @Length(3, 200)
  name!: string;

  @Field(() => String, { description: "Institution, 3 to 200 characters." })
  @Length(3, 200)
  institution!: string;

  @Field(() => String, { description: "Province plate code, 01 to 81." })
  @Matches(/^\d{2}$/)
  provinceCode!: string;
}

@InputType({ description: "A CBRN trainer training." })
export class TrainerTrainingSubjectInput {
  @Field(() => LocalDate, { description: "First day of the training." })
  startsOn!: string;

  @Field(() => [TraineeInput], { description: "The proposed trainees, 1 to 200." })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  trainees!: TraineeInput[];
}

@InputType({ description: "The required documents, each true when supplied." })
export class DeploymentDocumentsInput {
  @Field(() => Boolean, { description: "A photograph." })
  photo!: boolean;

  @Field(() => Boolean, { description: "A passport copy." })
  passport!: boolean;

  @Field(() => Boolean, { description: "A payslip." })
  payslip!: boolean;

  @Field(() => Boolean, { description: "The work form." })
  workForm!: boolean;
}

@InputType({ description: "A posting to a ministry-run overseas facility." })
export class OverseasDeploymentSubjectInput {
  @Field(() => String, { description: "Full name, 3 to 200 characters." })
  @Length(3, 200)
  applicantName!: string;

  @Field(() => EmploymentType, { description: "Only PERMANENT_PUBLIC employees may be posted (APR-1)." })
  employmentType!: keyof typeof EmploymentType;

  @Field(() => String, { description: "ISO 3166-1 alpha-2 country of the posting, e.g. SD, SO, BD, SY." })
  @Matches(/^[A-Z]{2}$/)
  countryCode!: string;

  @Field(() => Int, { description: "Length of the posting, 1 to 60 months." })
  @Min(1)
  @Max(60)
  postingMonths!: number;

  @Field(() => DeploymentDocumentsInput, { description: "Which required documents are supplied; all four are needed." })
  @ValidateNested()
  documents!: DeploymentDocumentsInput;

  @Field(() => VisaStatus, { description: "Where the visa process stands (default NOT_STARTED).", defaultValue: "NOT_STARTED" })
  visaStatus!: keyof typeof VisaStatus;

  @Field(() => [String], { description: "Tickets and equipment requested, at most 20.", defaultValue: [] })
  @ArrayMaxSize(20)
  requests!: string[];
}

@InputType({ description: "An information request from an international organisation or, bilaterally, a country." })
export class InformationRequestSubjectInput {
  @Field(() => InternationalOrganisation, { description: "Who asks; COUNTRY for a bilateral request (APR-12)." })
  organisation!: keyof typeof InternationalOrganisation;

  @Field(() => String, { nullable: true, description: "OTHER_ORGANISATION: its name, 2 to 200 characters." })
  @IsOptional()
  @Length(2, 200)
  organisationName?: string | null;

  @Field(() => String, { nullable: true, description: "COUNTRY: ISO 3166-1 alpha-2 code of the requesting country." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  requestingCountryCode?: string | null;

  @Field(() => String, { description: "The organisation's reference, 1 to 100 characters." })
  @Length(1, 100)
  reference!: string;

  @Field(() => LocalDate, { description: "When the answer is due." })
  dueOn!: string;

  @Field(() => String, { description: "What is asked, 3 to 4000 characters." })
  @Length(3, 4000)
  summary!: string;
}

@InputType({ description: "A petition to answer." })
export class PetitionSubjectInput {
  @Field(() => PetitionChannel, { description: "Where it came from." })
  channel!: keyof typeof PetitionChannel;

  @Field(() => String, { description: "Name of the petitioner, 2 to 200 characters." })
  @Length(2, 200)
  petitionerName!: string;

  @Field(() => LocalDate, { description: "Day it was received." })
  receivedOn!: string;

  @Field(() => String, { description: "What it asks, 3 to 4000 characters." })
  @Length(3, 4000)
  summary!: string;
}

@InputType({ description: "A request from an institution outside the directorate." })
export class ExternalRequestSubjectInput {
  @Field(() => ExternalInstitution, { description: "Who asks." })
  institution!: keyof typeof ExternalInstitution;

  @Field(() => String, { nullable: true, description: "OTHER: the institution's name, 2 to 200 characters." })
  @IsOptional()
  @Length(2, 200)
  institutionName?: string | null;

  @Field(() => String, { description: "The institution's reference, 1 to 100 characters." })
  @Length(1, 100)
  reference!: string;

  @Field(() => LocalDate, { nullable: true, description: "When the answer is due, if the request says." })
  answerDueOn?: string | null;

  @Field(() => String, { description: "What is asked, 3 to 4000 characters." })
  @Length(3, 4000)
  summary!: string;
}

@InputType({ description: "An activity planned under World Bank financing." })
export class WorldBankActivitySubjectInput {
  @Field(() => String, { description: "Title, 3 to 300 characters." })
  @Length(3, 300)
  activityTitle!: string;

  @Field(() => String, { description: "The strategic goal it serves, 3 to 500 characters." })
  @Length(3, 500)
  strategicGoal!: string;

  @Field(() => String, { description: "What the activity does, 3 to 4000 characters." })
  @Length(3, 4000)
  summary!: string;
}

@InputType({ description: "A data request for a scientific study." })
export class DataRequestSubjectInput {
  @Field(() => String, { description: "Who asks, 2 to 300 characters." })
  @Length(2, 300)
  requester!: string;

  @Field(() => String, { description: "Title of the study, 3 to 300 characters." })
  @Length(3, 300)
  studyTitle!: string;

  @Field(() => String, { description: "The data asked for, 3 to 4000 characters." })
  @Length(3, 4000)
  dataRequested!: string;
}

@InputType({ description: "A named value of a generic subject." })
export class SubjectAttributeInput {
  @Field(() => String, { description: "Name, 1 to 100 characters." })
  @Length(1, 100)
  name!: string;

  @Field(() => String, { description: "Value, up to 2000 characters." })
  @Length(0, 2000)
  value!: string;
}

@InputType({ description: "The subject of a GENERIC chain (APR-9)." })
export class GenericSubjectInput {
  @Field(() => String, { description: "What the chain decides about, 3 to 4000 characters." })
  @Length(3, 4000)
  summary!: string;

  @Field(() => [SubjectAttributeInput], { description: "Named values, at most 50.", defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  attributes!: SubjectAttributeInput[];
}

@InputType({ description: "Exactly the one field that fits the template's subject kind." })
export class ApprovalSubjectInput {
  @Field(() => ReportSubjectInput, { nullable: true, description: "ACTIVITY_REPORT, STRATEGIC_PLAN, INTERNAL_CONTROL_REPORT, ACTION_PLAN" })
  @IsOptional()
  @ValidateNested()
  report?: ReportSubjectInput;

  @Field(() => PublicationSubjectInput, { description: "PUBLICATION.", nullable: true })
  @IsOptional()
  @ValidateNested()
  publication?: PublicationSubjectInput;

  @Field(() => TrainerTrainingSubjectInput, { description: "TRAINER_TRAINING (KBRN trainer training).", nullable: true })
  @IsOptional()
  @ValidateNested()
  trainerTraining?: TrainerTrainingSubjectInput;

  @Field(() => OverseasDeploymentSubjectInput, { description: "OVERSEAS_DEPLOYMENT.", nullable: true })
  @IsOptional()
  @ValidateNested()
  overseasDeployment?: OverseasDeploymentSubjectInput;

  @Field(() => InformationRequestSubjectInput, { description: "INFORMATION_REQUEST.", nullable: true })
  @IsOptional()
  @ValidateNested()
  informationRequest?: InformationRequestSubjectInput;

  @Field(() => PetitionSubjectInput, { description: "PETITION.", nullable: true })
  @IsOptional()
  @ValidateNested()
  petition?: PetitionSubjectInput;

  @Field(() => ExternalRequestSubjectInput, { description: "EXTERNAL_REQUEST.", nullable: true })
  @IsOptional()
  @ValidateNested()
  externalRequest?: ExternalRequestSubjectInput;

  @Field(() => WorldBankActivitySubjectInput, { description: "WORLD_BANK_ACTIVITY.", nullable: true })
  @IsOptional()
  @ValidateNested()
  worldBankActivity?: WorldBankActivitySubjectInput;

  @Field(() => DataRequestSubjectInput, { description: "DATA_REQUEST.", nullable: true })
  @IsOptional()
  @ValidateNested()
  dataRequest?: DataRequestSubjectInput;

  @Field(() => GenericSubjectInput, { description: "GENERIC (APR-9).", nullable: true })
  @IsOptional()
  @ValidateNested()
  generic?: GenericSubjectInput;
}

// ---- templates, approvals, history ---------------------------------------------------------

@ObjectType({ description: "One step of a chain template.", simpleResolvers: true })
export class ApprovalStep {
  @Field(() => Int, { description: "Position in the chain, from 0." })
  index!: number;

  @Field(() => ApprovalStepKind, { description: "What the step does." })
  kind!: keyof typeof ApprovalStepKind;

  @Field(() => String, { description: "The role that decides it; PREPARER for the preparing unit's own tasks." })
  role!: string;

  @Field(() => String, { description: "What the step is called, in Turkish, e.g. Daire Başkanı onayı." })
  labelTr!: string;

  @Field(() => String, { description: "What the step is called, in English." })
  labelEn!: string;

  @Field(() => String, {
    nullable: true,
    description: "A Department Head step of another department than the chain's, e.g. COMMUNICATIONS (APR-6).",
  })
  department!: string | null;

  @Field(() => [StepDecision], {
    description: "The decisions the step takes, by its kind (APR-3): e.g. SIGN, REJECT or RETURN for a SIGNATURE.",
  })
  decisions!: (keyof typeof StepDecision)[];
}

@ObjectType({ description: "When a template's reports are due (APR-7).", simpleResolvers: true })
export class ApprovalDuePolicy {
  @Field(() => DuePeriod, { description: "The period a report covers; it is due on the period's last day." })
  period!: keyof typeof DuePeriod;

  @Field(() => Int, { description: "Days before the due day from which the report is asked for (7: the month's last week)." })
  windowDays!: number;
}

@ObjectType({
  description: "A department (Daire Başkanlığı) whose head decides its chains' Department Head steps (APR-6).",
  simpleResolvers: true,
})
export class ApprovalDepartment {
  @Field(() => String, { description: "Stable code, e.g. IARSY." })
  code!: string;

  @Field(() => String, { description: "Name in Turkish." })
  nameTr!: string;

  @Field(() => String, { description: "Name in English." })
  nameEn!: string;

  @Field(() => [String], { description: "Client IDs of the Department Head clients that head it." })
  headClientIds!: string[];
}

@ObjectType({ simpleResolvers: true, description: "APR-1: a chain template, kept as data." })
export class ApprovalTemplate {
  @Field(() => String, { description: "Stable template code, e.g. ACTIVITY_REPORT_MONTHLY, PETITION." })
  code!: string;

  @Field(() => String, { description: "Name in Turkish." })
  nameTr!: string;

  @Field(() => String, { description: "Name in English." })
  nameEn!: string;

  @Field(() => ApprovalSubjectKind, { description: "What kind of subject the template's chains carry." })
  subjectKind!: keyof typeof ApprovalSubjectKind;

  @Field(() => [ApprovalStep], { description: "The steps in order." })
  steps!: ApprovalStep[];

  @Field(() => Int, { description: "Version of the template: 1, then one more per revision (APR-8)." })
  templateVersion!: number;

  @Field(() => ApprovalTemplateStatus, { description: "CURRENT, SUPERSEDED or RETIRED (APR-8)." })
  status!: keyof typeof ApprovalTemplateStatus;

  @Field(() => String, { description: "The department whose head decides the chain's Department Head steps (APR-6)." })
  departmentCode!: string;

  @Field(() => ApprovalDuePolicy, { nullable: true, description: "When its reports are due; null when they have no due day (APR-7)." })
  duePolicy!: ApprovalDuePolicy | null;

  @Field(() => DateTimeISOResolver, { description: "When this version was created." })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When it was retired; null unless RETIRED." })
  retiredAt!: Date | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "APR-3: one immutable entry of the history (the `approval_history` convention): the move from one state to another, and the step it decided.",
})
export class ApprovalHistoryEntry {
  @Field(() => ApprovalStatus, { description: "State before; null for the submission.", nullable: true })
  fromState!: keyof typeof ApprovalStatus | null;

  @Field(() => ApprovalStatus, { description: "State after." })
  toState!: keyof typeof ApprovalStatus;

  @Field(() => String, { description: "What was done: submit, approve, sign, complete, reject, return, resubmit." })
  action!: string;

  @Field(() => String, { description: "The comment given with it (the same as `comment`).", nullable: true })
  note!: string | null;

  @Field(() => String, { description: "Role of the client that acted (the same as `role`).", nullable: true })
  actorRole!: string | null;

  @Field(() => DateTimeISOResolver, { description: "When (UTC; the same as `decidedAt`)." })
  at!: Date;

  @Field(() => Int, { description: "The approval's version after this entry." })
  version!: number;

  @Field(() => Int, { description: "Revision of the subject it belongs to (a RETURN starts a new one)." })
  revision!: number;

  @Field(() => Int, { description: "Index of the step decided; null for submissions.", nullable: true })
  stepIndex!: number | null;

  @Field(() => ApprovalStepKind, { description: "Kind of the step decided; null for submissions.", nullable: true })
  stepKind!: keyof typeof ApprovalStepKind | null;

  @Field(() => String, { description: "Role of the principal who acted." })
  role!: string;

  @Field(() => ApprovalDecisionKind, { description: "What was done." })
  decision!: keyof typeof ApprovalDecisionKind;

  @Field(() => String, { description: "The comment given with it." })
  comment!: string;

  @Field(() => String, { description: "The API client that acted." })
  decidedByClientId!: string;

  @Field(() => DateTimeISOResolver, { description: "When the step became current (UTC), for step durations." })
  stepStartedAt!: Date;

  @Field(() => DateTimeISOResolver, { description: "When it was decided (UTC)." })
  decidedAt!: Date;
}

@ObjectType({
  description:
    "An approval chain for one subject (APR-1 to APR-4): steps decided in order by the holders of their roles, with an append-only history.",
  implements: Node,
  simpleResolvers: true,
})
export class Approval extends Node {
  @Field(() => ApprovalTemplate, { description: "The chain template it follows, in the version it started on (APR-1, APR-8)." })
  template!: ApprovalTemplate;

  @Field(() => LocalDate, {
    nullable: true,
    description: "APR-7: the day the report is due (Europe/Istanbul); null when not due on a day.",
  })
  dueOn!: string | null;

  @Field(() => Boolean, { description: "APR-7: still open after its due day." })
  overdue!: boolean;

  @Field(() => String, { description: "Title the preparing unit gave the subject." })
  title!: string;

  @Field(() => ApprovalSubject, { description: "The subject's details, typed by the template's subject kind." })
  subject!: typeof ApprovalSubject;

  @Field(() => ApprovalStatus, { description: "Where the chain stands." })
  status!: keyof typeof ApprovalStatus;

  @Field(() => Int, { description: "Increases with every RETURN and resubmission." })
  revision!: number;

  @Field(() => ApprovalStep, { nullable: true, description: "The step waiting for a decision." })
  currentStep!: ApprovalStep | null;

  @Field(() => String, { description: "Role of the preparing unit; it never decides its own subject (APR-2)." })
  preparerRole!: string;

  @Field(() => [ApprovalHistoryEntry], { description: "Every submission and decision, oldest first; append-only (APR-3)." })
  history!: ApprovalHistoryEntry[];

  @Field(() => DateTimeISOResolver, { description: CREATED_AT })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { description: "When the chain ended (approved or rejected); null while open.", nullable: true })
  completedAt!: Date | null;

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ description: connectionOf("approvals, newest first") })
export class ApprovalConnection extends Connection(Approval, "Approval") {}

@ObjectType({ description: "How long one kind of step takes in one template, from its start to its decision.", simpleResolvers: true })
export class ApprovalStepDuration {
  @Field(() => String, { description: "The template." })
  templateCode!: string;

  @Field(() => ApprovalStepKind, { description: "The kind of step." })
  stepKind!: keyof typeof ApprovalStepKind;

  @Field(() => Int, { description: "Number of decisions measured." })
  decisions!: number;

  @Field(() => Int, { description: "Average seconds from the step's start to its decision." })
  averageSeconds!: number;

  @Field(() => Int, { description: "90th percentile of the same." })
  p90Seconds!: number;
}

@InputType({ description: "A new subject submitted into a chain (APR-1)." })
export class StartApprovalInput {
  @Field(() => String, { description: "The chain template, e.g. PETITION (see approvalTemplates)." })
  @Length(2, 64)
  templateCode!: string;

  @Field(() => String, { description: "Title of the subject, 3 to 300 characters." })
  @Length(3, 300)
  title!: string;

  @Field(() => ApprovalSubjectInput, { description: "The subject's details: exactly the field that fits the template's subject kind." })
  @ValidateNested()
  subject!: ApprovalSubjectInput;

  @Field(() => String, { description: "Comment for the first step, 2 to 2000 characters.", defaultValue: "Onayınıza sunulur." })
  @Length(2, 2000)
  comment!: string;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "A decision on the current step, by a holder of its role (APR-2)." })
export class DecideApprovalStepInput {
  @Field(() => ID, { description: "Global ID of the approval." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => StepDecision, { description: "The decision; it must fit the step's kind." })
  decision!: keyof typeof StepDecision;

  @Field(() => String, { description: "Why, 2 to 2000 characters; kept in the history (APR-3)." })
  @Length(0, 2000)
  comment!: string;

  @Field(() => String, { nullable: true, description: "PETITION: the answer sent to the petitioner, with the last step." })
  @IsOptional()
  @Length(3, 4000)
  answer?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "PETITION_RELEVANT_UNIT: the unit that answered the petitioner, with the last step (APR-10).",
  })
  @IsOptional()
  @Length(2, 300)
  answeringUnit?: string | null;
}

@InputType({ description: "The preparer's resubmission after a RETURN." })
export class ResubmitApprovalInput {
  @Field(() => ID, { description: "Global ID of the returned approval." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => ApprovalSubjectInput, { nullable: true, description: "The revised subject; omitted keeps it." })
  @IsOptional()
  @ValidateNested()
  subject?: ApprovalSubjectInput;

  @Field(() => String, { description: "What was revised, 2 to 2000 characters." })
  @Length(2, 2000)
  comment!: string;
}

@InputType({ description: "Narrows the approval list; every given field must match." })
export class ApprovalFilter {
  @Field(() => String, { description: "Only chains of this template.", nullable: true })
  templateCode?: string | null;

  @Field(() => ApprovalStatus, { description: "Only chains in this status.", nullable: true })
  status?: keyof typeof ApprovalStatus | null;

  @Field(() => Boolean, { description: "Only chains open after their due day (true) or not overdue (false) (APR-7).", nullable: true })
  overdue?: boolean | null;
}

@ObjectType({ description: payloadOf("an approval mutation") })
export class ApprovalPayload extends MutationPayload {
  @Field(() => Approval, { description: PAYLOAD_OBJECT, nullable: true })
  approval!: Approval | null;
}

// ---- template administration (APR-8) and department heads (APR-6) ----------------------------

@InputType({ description: "One step of a template." })
export class ApprovalStepInput {
  @Field(() => ApprovalStepKind, { description: "What the step does." })
  kind!: keyof typeof ApprovalStepKind;

  @Field(() => TemplateStepRole, { description: "Who decides it." })
  role!: keyof typeof TemplateStepRole;

  @Field(() => String, { description: "Its name in Turkish, 2 to 300 characters." })
  @Length(2, 300)
  labelTr!: string;

  @Field(() => String, { description: "Its name in English, 2 to 300 characters." })
  @Length(2, 300)
  labelEn!: string;

  @Field(() => String, { nullable: true, description: "A Department Head step of another department than the template's." })
  @IsOptional()
  @Length(2, 64)
  department?: string | null;
}

@InputType({ description: "When reports of the template are due (APR-7)." })
export class ApprovalDuePolicyInput {
  @Field(() => DuePeriod, { description: "The period a report covers." })
  period!: keyof typeof DuePeriod;

  @Field(() => Int, { description: "Days before the due day from which it is asked for, 0 to 31.", defaultValue: 0 })
  @Min(0)
  @Max(31)
  windowDays!: number;
}

@InputType({ description: "A new chain template (APR-8)." })
export class CreateApprovalTemplateInput {
  @Field(() => String, { description: "Stable code: upper case letters, digits and underscores, 2 to 64." })
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/)
  code!: string;

  @Field(() => String, { description: "Name in Turkish, 2 to 300 characters." })
  @Length(2, 300)
  nameTr!: string;

  @Field(() => String, { description: "Name in English, 2 to 300 characters." })
  @Length(2, 300)
  nameEn!: string;

  @Field(() => ApprovalSubjectKind, { description: "What its chains carry; GENERIC for a chain no other kind names (APR-9)." })
  subjectKind!: keyof typeof ApprovalSubjectKind;

  @Field(() => String, { description: "The department whose head decides its Department Head steps (see approvalDepartments)." })
  @Length(2, 64)
  departmentCode!: string;

  @Field(() => [ApprovalStepInput], { description: "The steps in order, 1 to 30." })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  steps!: ApprovalStepInput[];

  @Field(() => ApprovalDuePolicyInput, { nullable: true, description: "When its reports are due; REPORT-carrying kinds only." })
  @IsOptional()
  @ValidateNested()
  duePolicy?: ApprovalDuePolicyInput | null;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "A new version of a template: running chains keep theirs (APR-8)." })
export class ReviseApprovalTemplateInput {
  @Field(() => String, { description: "The template's code." })
  @Length(2, 64)
  code!: string;

  @Field(() => Int, { description: "The current version you read; another revision in between is a CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New Turkish name; omitted keeps it." })
  @IsOptional()
  @Length(2, 300)
  nameTr?: string | null;

  @Field(() => String, { nullable: true, description: "New English name; omitted keeps it." })
  @IsOptional()
  @Length(2, 300)
  nameEn?: string | null;

  @Field(() => [ApprovalStepInput], { description: "The new steps in order, 1 to 30." })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  steps!: ApprovalStepInput[];

  @Field(() => ApprovalDuePolicyInput, { nullable: true, description: "When its reports are due; omitted keeps it." })
  @IsOptional()
  @ValidateNested()
  duePolicy?: ApprovalDuePolicyInput | null;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "Retires a template: no new chains; running ones finish (APR-8)." })
export class RetireApprovalTemplateInput {
  @Field(() => String, { description: "The template's code." })
  @Length(2, 64)
  code!: string;

  @Field(() => Int, { description: "The current version you read." })
  expectedVersion!: number;
}

@ObjectType({ description: payloadOf("a template mutation") })
export class ApprovalTemplatePayload extends MutationPayload {
  @Field(() => ApprovalTemplate, { description: PAYLOAD_OBJECT, nullable: true })
  template!: ApprovalTemplate | null;
}

@InputType({ description: "Records that a Department Head client heads a department (APR-6)." })
export class AssignDepartmentHeadInput {
  @Field(() => String, { description: "Client ID of a DEPARTMENT_HEAD client." })
  @Length(2, 128)
  clientId!: string;

  @Field(() => String, { description: "The department's code (see approvalDepartments)." })
  @Length(2, 64)
  departmentCode!: string;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@ObjectType({ description: payloadOf("a department-head assignment") })
export class ApprovalDepartmentPayload extends MutationPayload {
  @Field(() => ApprovalDepartment, { description: PAYLOAD_OBJECT, nullable: true })
  department!: ApprovalDepartment | null;
}
