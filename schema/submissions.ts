import { Extensions, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Matches, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { LocalDate } from "./local-date.js";
import { MDS_METRICS, submissionStatus, tpNationality } from "../drizzle/schema/index.js";
import {
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
import { Facility } from "./facilities.js";
import { Province } from "./geography.js";

export const SubmissionStatus = enumOf(submissionStatus.enumValues);
export const ProvinceSubmissionStatus = enumOf(["NOT_STARTED", ...submissionStatus.enumValues] as const);
export const TpNationality = enumOf(tpNationality.enumValues);
export const SubmissionMetric = screamingEnumOf(MDS_METRICS);
export const ExportFormat = { CSV: "CSV", XLSX: "XLSX" } as const;

registerEnumType(SubmissionStatus, {
  valuesConfig: {
    DRAFT: { description: "Being entered by the province." },
    SUBMITTED: { description: "Submitted, waiting for the unit's review." },
    CORRECTION_REQUESTED: { description: "The unit marked rows with reasons; the province corrects them." },
    RESUBMITTED: { description: "Corrected and submitted again." },
    ACCEPTED: { description: "Accepted; counts in the consolidation (MDS-5)." },
  },
  name: "SubmissionStatus",
  description: "MDS-3: DRAFT → SUBMITTED → ACCEPTED, or → CORRECTION_REQUESTED → RESUBMITTED → …",
});
registerEnumType(ProvinceSubmissionStatus, {
  valuesConfig: {
    NOT_STARTED: { description: "No submission for the period yet." },
    DRAFT: { description: "A draft exists, not submitted." },
    SUBMITTED: { description: "Submitted, waiting for review." },
    CORRECTION_REQUESTED: { description: "Sent back for correction." },
    RESUBMITTED: { description: "Corrected and submitted again." },
    ACCEPTED: { description: "Accepted." },
  },
  description: "A province's state for a period (MDS-4): a submission status, or NOT_STARTED.",
  name: "ProvinceSubmissionStatus",
});
registerEnumType(TpNationality, {
  valuesConfig: { SY: { description: "Syria." }, IQ: { description: "Iraq." } },
  name: "TpNationality",
  description: "Temporary-protection nationalities reported: Syria, Iraq.",
});
registerEnumType(SubmissionMetric, {
  valuesConfig: {
    OUTPATIENT_VISITS: { description: "Outpatient visits." },
    EMERGENCY_VISITS: { description: "Emergency visits." },
    INPATIENT_ADMISSIONS: { description: "Inpatient admissions." },
    SURGERIES: { description: "Surgeries." },
    BIRTHS: { description: "Births." },
    INTENSIVE_CARE_ADMISSIONS: { description: "Intensive-care admissions." },
    REFERRALS_OUT: { description: "Referrals out to other facilities." },
  },
  description: "The counts a monthly submission reports (MDS-2).",
  name: "SubmissionMetric",
});
registerEnumType(ExportFormat, {
  valuesConfig: {
    CSV: { description: "Comma-separated values, UTF-8, one line per province, nationality and metric." },
    XLSX: { description: "Excel workbook: national totals and one sheet per nationality." },
  },
  description: "File format of the consolidation export (MDS-5).",
  name: "ExportFormat",
});

const periodPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

@ObjectType({ description: "One facility's counts for one nationality in the period (MDS-2).", simpleResolvers: true })
export class MonthlySubmissionRow {
  @Field(() => Facility, { description: "The facility, in the submitting province." })
  facility!: Facility;

  @Field(() => TpNationality, { description: "Nationality of the patients counted." })
  nationality!: keyof typeof TpNationality;

  @Field(() => Int, { description: "Outpatient visits." })
  outpatientVisits!: number;

  @Field(() => Int, { description: "Emergency visits." })
  emergencyVisits!: number;

  @Field(() => Int, { description: "Inpatient admissions." })
  inpatientAdmissions!: number;

  @Field(() => Int, { description: "Surgeries." })
  surgeries!: number;

  @Field(() => Int, { description: "Births." })
  births!: number;

  @Field(() => Int, { description: "Intensive-care admissions." })
  intensiveCareAdmissions!: number;

  @Field(() => Int, { description: "Referrals to other facilities." })
  referralsOut!: number;
}

@ObjectType({ description: "A row the coordination unit asked to correct (MDS-3).", simpleResolvers: true })
export class SubmissionCorrection {
  @Field(() => Int, { description: "The revision the rows were sent back from." })
  revision!: number;

  @Field(() => Facility, { description: "The facility of the row." })
  facility!: Facility;

  @Field(() => TpNationality, { description: "The nationality of the row." })
  nationality!: keyof typeof TpNationality;

  @Field(() => SubmissionMetric, { description: "The count in question.", nullable: true })
  metric!: (typeof SubmissionMetric)[keyof typeof SubmissionMetric] | null;

  @Field(() => String, { description: "Why it must be corrected." })
  reason!: string;

  @Field(() => DateTimeISOResolver, { description: "When the correction was requested (UTC)." })
  requestedAt!: Date;
}

@ObjectType({ description: "One step of a submission's history (MDS-3, MDS-7), append-only.", simpleResolvers: true })
export class SubmissionEvent {
  @Field(() => Int, { description: "Revision the step belongs to." })
  revision!: number;

  @Field(() => SubmissionStatus, { description: "State before.", nullable: true })
  fromState!: keyof typeof SubmissionStatus | null;

  @Field(() => SubmissionStatus, { description: "State after." })
  toState!: keyof typeof SubmissionStatus;

  @Field(() => String, {
    description:
      "What happened: submit, requestCorrection, accept, or correct (MDS-7: the coordination unit corrected the rows itself, with its reason in `note`).",
  })
  action!: string;

  @Field(() => String, { description: "Role of the client that acted; null for steps recorded before roles were kept.", nullable: true })
  actorRole!: string | null;

  @Field(() => String, { description: "The comment or reason given, if any.", nullable: true })
  note!: string | null;

  @Field(() => DateTimeISOResolver, { description: "When (UTC)." })
  at!: Date;

  @Field(() => Int, { description: "The submission's version after this step." })
  version!: number;

  @Field(() => SubmissionStatus, {
    description: "Status before.",
    nullable: true,
    deprecationReason: "Use fromState (the history convention's name).",
  })
  fromStatus!: keyof typeof SubmissionStatus | null;

  @Field(() => SubmissionStatus, { description: "Status after.", deprecationReason: "Use toState." })
  toStatus!: keyof typeof SubmissionStatus;

  @Field(() => String, { description: "The API client that made the change.", nullable: true, deprecationReason: "Use actorRole." })
  clientId!: string | null;

  @Field(() => String, { description: "The comment given, if any.", nullable: true, deprecationReason: "Use note." })
  comment!: string | null;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "MDS-2: a province's data for one month." })
export class MonthlySubmission extends Node {
  @Field(() => Province, { description: "The province that submits." })
  province!: Province;

  @Field(() => String, { description: "The reporting month, YYYY-MM." })
  period!: string;

  @Field(() => SubmissionStatus, { description: "Where the submission stands (MDS-3)." })
  status!: keyof typeof SubmissionStatus;

  @Field(() => Int, { description: "Every correction request opens a new revision; earlier ones stay readable." })
  revision!: number;

  @Field(() => [MonthlySubmissionRow], { description: "The rows of a revision (default: the current one)." })
  rows!: MonthlySubmissionRow[];

  @Field(() => [SubmissionCorrection], { description: "Rows the coordination unit asked to correct, with reasons, across revisions." })
  corrections!: SubmissionCorrection[];

  @Field(() => [SubmissionEvent], { description: "Every status change, oldest first." })
  history!: SubmissionEvent[];

  @Field(() => DateTimeISOResolver, { description: "When it was last submitted (UTC); null while a draft.", nullable: true })
  submittedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { description: "When the unit accepted it (UTC); null until then.", nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ description: "One province's state for a period (MDS-4).", simpleResolvers: true })
export class ProvincePeriodStatus {
  @Field(() => Province, { description: "The province." })
  province!: Province;

  @Field(() => ProvinceSubmissionStatus, { description: "Its submission's status; NOT_STARTED when it has none." })
  status!: keyof typeof ProvinceSubmissionStatus;

  @Field(() => Boolean, { description: "Past the due day and not handed in (MDS-4)." })
  overdue!: boolean;

  @Field(() => DateTimeISOResolver, { description: "When it last submitted (UTC); null if never.", nullable: true })
  submittedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "MDS-4: where all 81 provinces stand for a period." })
export class SubmissionPeriod {
  @Field(() => String, { description: "The reporting period, YYYY-MM." })
  period!: string;

  @Field(() => LocalDate, { description: "Day entry opened: the 1st of the following month (MDS-1)." })
  opensOn!: string;

  @Field(() => LocalDate, { description: "Day the submissions are due (the configured due day, MDS-1)." })
  dueOn!: string;

  @Field(() => [ProvincePeriodStatus], { description: "All 81 provinces with their status, overdue ones flagged." })
  provinces!: ProvincePeriodStatus[];
}

@ObjectType({ description: "A metric's national total and its change.", simpleResolvers: true })
export class MetricChange {
  @Field(() => SubmissionMetric, { description: "The metric." })
  metric!: (typeof SubmissionMetric)[keyof typeof SubmissionMetric];

  @Field(() => Int, { description: "Total in the period." })
  value!: number;

  @Field(() => Int, { nullable: true, description: "Null when the previous period has no accepted data." })
  previousValue!: number | null;

  @Field(() => Int, { description: "Value minus the previous period's; null without a previous value.", nullable: true })
  change!: number | null;
}

@ObjectType({ description: "A metric's total for one nationality and its change.", simpleResolvers: true })
export class NationalityMetricChange extends MetricChange {
  @Field(() => TpNationality, { description: "The nationality." })
  nationality!: keyof typeof TpNationality;
}

@ObjectType({ description: "A metric's total for one province and its change.", simpleResolvers: true })
export class ProvinceMetricChange extends MetricChange {
  @Field(() => Province, { description: "The province." })
  province!: Province;
}

@ObjectType({ simpleResolvers: true, description: "MDS-5: accepted data consolidated, with the change against the previous period." })
export class SubmissionConsolidation {
  @Field(() => String, { description: "The period, YYYY-MM." })
  period!: string;

  @Field(() => String, { description: "The period compared against, YYYY-MM." })
  previousPeriod!: string;

  @Field(() => Int, { description: "Provinces whose data is accepted and counted (of 81)." })
  acceptedProvinces!: number;

  @Field(() => [MetricChange], { description: "National total per metric." })
  national!: MetricChange[];

  @Field(() => [NationalityMetricChange], { description: "Total per metric and nationality." })
  byNationality!: NationalityMetricChange[];

  @Field(() => [ProvinceMetricChange], { description: "Total per metric and province." })
  byProvince!: ProvinceMetricChange[];
}

@ObjectType({ description: "A short-lived download link.", simpleResolvers: true })
export class DownloadLink {
  @Field(() => String, { description: "The URL; it needs no token, so do not share it." })
  url!: string;

  @Field(() => DateTimeISOResolver, { description: "When the link stops working (UTC); a later request answers 410." })
  expiresAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "MDS-6: a dispatch of the month's data, by letter." })
export class SubmissionDispatch {
  @Field(() => ID, { description: "Opaque ID of the dispatch." })
  id!: string;

  @Field(() => String, { description: "The period dispatched, YYYY-MM." })
  period!: string;

  @Field(() => String, { description: "e.g. Göç Sağlığı Hizmetleri Dairesi (HSGM), or the requesting ministry." })
  recipient!: string;

  @Field(() => String, { description: "Number of the official letter." })
  letterNumber!: string;

  @Field(() => LocalDate, { description: "Date of the official letter." })
  letterDate!: string;

  @Field(() => DateTimeISOResolver, { description: "When it was recorded (UTC)." })
  recordedAt!: Date;
}

@InputType({ description: "One facility's counts for one nationality (MDS-2): non-negative integers." })
export class MonthlySubmissionRowInput {
  @Field(() => ID, { description: "Global ID of a facility of your province." })
  facilityId!: string;

  @Field(() => TpNationality, { description: "Nationality of the patients counted: SY or IQ." })
  nationality!: keyof typeof TpNationality;

  @Field(() => Int, { description: "Outpatient visits, 0 or more." })
  outpatientVisits!: number;

  @Field(() => Int, { description: "Emergency visits, 0 or more." })
  emergencyVisits!: number;

  @Field(() => Int, { description: "Inpatient admissions, 0 or more." })
  inpatientAdmissions!: number;

  @Field(() => Int, { description: "Surgeries, 0 or more." })
  surgeries!: number;

  @Field(() => Int, { description: "Births, 0 or more." })
  births!: number;

  @Field(() => Int, { description: "Intensive-care admissions, 0 or more." })
  intensiveCareAdmissions!: number;

  @Field(() => Int, { description: "Referrals to other facilities, 0 or more." })
  referralsOut!: number;
}

@InputType({ description: "A province's whole month in one call (bulk input: up to 2000 rows), stored all or nothing." })
export class SaveMonthlyDraftInput {
  @Field(() => String, { description: "Reporting period, YYYY-MM: the previous month, open from the 1st (MDS-1)." })
  @Matches(periodPattern, { message: "period must be YYYY-MM" })
  period!: string;

  @Field(() => [MonthlySubmissionRowInput], {
    description: "All rows of the draft (replacing the saved ones), at most 2000; a bad row is refused with a row-level error (MDS-2).",
  })
  @Extensions({ bulkInput: true }) // above the 250 items of other input lists (api/platform/edge/query-cost.ts)
  @ArrayMaxSize(2000)
  rows!: MonthlySubmissionRowInput[];

  @Field(() => Int, { description: EXPECTED_VERSION, nullable: true })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}

@InputType({ description: "Submits (or resubmits) your province's draft (MDS-3)." })
export class SubmitMonthlySubmissionInput {
  @Field(() => String, { description: "Reporting period, YYYY-MM." })
  @Matches(periodPattern, { message: "period must be YYYY-MM" })
  period!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "One row to correct and why." })
export class CorrectionRowInput {
  @Field(() => ID, { description: "Global ID of the row's facility." })
  facilityId!: string;

  @Field(() => TpNationality, { description: "The row's nationality." })
  nationality!: keyof typeof TpNationality;

  @Field(() => SubmissionMetric, { description: "The count in question.", nullable: true })
  metric?: (typeof SubmissionMetric)[keyof typeof SubmissionMetric] | null;

  @Field(() => String, { description: "Why it must be corrected, 3 to 1000 characters." })
  @Length(3, 1000)
  reason!: string;
}

@InputType({ description: "The unit sends a submission back with the rows to correct (MDS-3)." })
export class RequestSubmissionCorrectionInput {
  @Field(() => ID, { description: "Global ID of the submission." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => [CorrectionRowInput], { description: "The rows to correct, each with its reason, at most 500." })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  rows!: CorrectionRowInput[];

  @Field(() => String, { description: "A comment to the province, up to 2000 characters.", nullable: true })
  @IsOptional()
  @Length(0, 2000)
  comment?: string | null;
}

@InputType({ description: "MDS-7: the unit corrects a submitted or resubmitted submission itself, as its own correction." })
export class CorrectMonthlySubmissionInput {
  @Field(() => ID, { description: "Global ID of the submission." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => [MonthlySubmissionRowInput], {
    description: "The corrected rows, at most 2000: each replaces the row of its facility and nationality, or is added (MDS-2 applies).",
  })
  @Extensions({ bulkInput: true }) // as saveMonthlyDraft: a whole province may be corrected at once
  @ArrayMaxSize(2000)
  rows!: MonthlySubmissionRowInput[];

  @Field(() => String, { description: "Why the unit corrects the province's data, 3 to 1000 characters; the province reads it." })
  @Length(3, 1000)
  reason!: string;
}

@InputType({ description: "The unit accepts a submitted or resubmitted submission (MDS-3)." })
export class AcceptMonthlySubmissionInput {
  @Field(() => ID, { description: "Global ID of the submission." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;
}

@InputType({ description: "The dispatch of a period's data (MDS-6)." })
export class RecordSubmissionDispatchInput {
  @Field(() => String, { description: "The period dispatched, YYYY-MM." })
  @Matches(periodPattern, { message: "period must be YYYY-MM" })
  period!: string;

  @Field(() => String, { description: "Who received it, 2 to 300 characters, e.g. Göç Sağlığı Hizmetleri Dairesi (HSGM)." })
  @Length(2, 300)
  recipient!: string;

  @Field(() => String, { description: "Number of the official letter, 1 to 100 characters." })
  @Length(1, 100)
  letterNumber!: string;

  @Field(() => LocalDate, { description: "Date of the official letter." })
  letterDate!: string;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "MDS-5: which period to export, in which format." })
export class ExportMonthlyConsolidationInput {
  @Field(() => String, { description: "Reporting period, YYYY-MM." })
  @Matches(periodPattern, { message: "period must be YYYY-MM" })
  period!: string;

  @Field(() => ExportFormat, { description: "CSV or XLSX." })
  format!: keyof typeof ExportFormat;
}

@ObjectType({ description: "MDS-1: the monthly submissions' settings.", simpleResolvers: true })
export class MonthlySubmissionSettings {
  @Field(() => Int, { description: "The day of the month (1–28) the previous month's submissions are due." })
  dueDay!: number;

  @Field(() => Int, {
    description:
      "Optimistic-concurrency version: 0 until the due day is first set, then one higher after every change; send it back as `expectedVersion`.",
  })
  version!: number;
}

@InputType({ description: "MDS-1: a new due day." })
export class SetMonthlySubmissionDueDayInput {
  @Field(() => Int, { description: "Day of the month, 1 to 28." })
  dueDay!: number;

  @Field(() => Int, {
    description: `${EXPECTED_VERSION} Optional: without it the change applies over whatever is current.`,
    nullable: true,
  })
  @IsOptional()
  @Min(0)
  expectedVersion?: number | null;
}

@ObjectType({ description: payloadOf("setMonthlySubmissionDueDay") })
export class MonthlySubmissionSettingsPayload extends MutationPayload {
  @Field(() => MonthlySubmissionSettings, { description: PAYLOAD_OBJECT, nullable: true })
  settings!: MonthlySubmissionSettings | null;
}

@ObjectType({ description: payloadOf("exportMonthlyConsolidation") })
export class ExportMonthlyConsolidationPayload extends MutationPayload {
  @Field(() => DownloadLink, { description: "The link; null when `userErrors` refused it.", nullable: true })
  link!: DownloadLink | null;
}

@ObjectType({ description: payloadOf("recordSubmissionDispatch") })
export class SubmissionDispatchPayload extends MutationPayload {
  @Field(() => SubmissionDispatch, { description: PAYLOAD_OBJECT, nullable: true })
  dispatch!: SubmissionDispatch | null;
}

@ObjectType({ description: payloadOf("a monthly-submission mutation") })
export class MonthlySubmissionPayload extends MutationPayload {
  @Field(() => MonthlySubmission, { description: PAYLOAD_OBJECT, nullable: true })
  submission!: MonthlySubmission | null;
}
