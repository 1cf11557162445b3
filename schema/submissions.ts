import { Extensions, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Matches, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { LocalDate } from "./local-date.js";
import { MDS_METRICS, submissionStatus, tpNationality } from "../drizzle/schema/index.js";
import { enumOf, EXPECTED_VERSION, IDEMPOTENCY_KEY, MutationPayload, Node, screamingEnumOf, VERSION } from "./common.js";
import { Facility } from "./facilities.js";
import { Province } from "./geography.js";

export const SubmissionStatus = enumOf(submissionStatus.enumValues);
export const ProvinceSubmissionStatus = enumOf(["NOT_STARTED", ...submissionStatus.enumValues] as const);
export const TpNationality = enumOf(tpNationality.enumValues);
export const SubmissionMetric = screamingEnumOf(MDS_METRICS);
export const ExportFormat = { CSV: "CSV", XLSX: "XLSX" } as const;

registerEnumType(SubmissionStatus, {
  name: "SubmissionStatus",
  description: "MDS-3: DRAFT → SUBMITTED → ACCEPTED, or → CORRECTION_REQUESTED → RESUBMITTED → …",
});
registerEnumType(ProvinceSubmissionStatus, { name: "ProvinceSubmissionStatus" });
registerEnumType(TpNationality, { name: "TpNationality", description: "Temporary-protection nationalities reported: Syria, Iraq." });
registerEnumType(SubmissionMetric, { name: "SubmissionMetric" });
registerEnumType(ExportFormat, { name: "ExportFormat" });

const periodPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

@ObjectType({ simpleResolvers: true })
export class MonthlySubmissionRow {
  @Field(() => Facility)
  facility!: Facility;

  @Field(() => TpNationality)
  nationality!: keyof typeof TpNationality;

  @Field(() => Int)
  outpatientVisits!: number;

  @Field(() => Int)
  emergencyVisits!: number;

  @Field(() => Int)
  inpatientAdmissions!: number;

  @Field(() => Int)
  surgeries!: number;

  @Field(() => Int)
  births!: number;

  @Field(() => Int)
  intensiveCareAdmissions!: number;

  @Field(() => Int)
  referralsOut!: number;
}

@ObjectType({ simpleResolvers: true })
export class SubmissionCorrection {
  @Field(() => Int, { description: "The revision the rows were sent back from." })
  revision!: number;

  @Field(() => Facility)
  facility!: Facility;

  @Field(() => TpNationality)
  nationality!: keyof typeof TpNationality;

  @Field(() => SubmissionMetric, { nullable: true })
  metric!: (typeof SubmissionMetric)[keyof typeof SubmissionMetric] | null;

  @Field(() => String)
  reason!: string;

  @Field(() => DateTimeISOResolver)
  requestedAt!: Date;
}

@ObjectType({ simpleResolvers: true })
export class SubmissionEvent {
  @Field(() => Int)
  revision!: number;

  @Field(() => SubmissionStatus)
  fromStatus!: keyof typeof SubmissionStatus;

  @Field(() => SubmissionStatus)
  toStatus!: keyof typeof SubmissionStatus;

  @Field(() => String)
  clientId!: string;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => DateTimeISOResolver)
  at!: Date;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "MDS-2: a province's data for one month." })
export class MonthlySubmission extends Node {
  @Field(() => Province)
  province!: Province;

  @Field(() => String, { description: "The reporting month, YYYY-MM." })
  period!: string;

  @Field(() => SubmissionStatus)
  status!: keyof typeof SubmissionStatus;

  @Field(() => Int, { description: "Every correction request opens a new revision; earlier ones stay readable." })
  revision!: number;

  @Field(() => [MonthlySubmissionRow], { description: "The rows of a revision (default: the current one)." })
  rows!: MonthlySubmissionRow[];

  @Field(() => [SubmissionCorrection])
  corrections!: SubmissionCorrection[];

  @Field(() => [SubmissionEvent])
  history!: SubmissionEvent[];

  @Field(() => DateTimeISOResolver, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ simpleResolvers: true })
export class ProvincePeriodStatus {
  @Field(() => Province)
  province!: Province;

  @Field(() => ProvinceSubmissionStatus)
  status!: keyof typeof ProvinceSubmissionStatus;

  @Field(() => Boolean, { description: "Past the due day and not handed in (MDS-4)." })
  overdue!: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true })
  submittedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "MDS-4: where all 81 provinces stand for a period." })
export class SubmissionPeriod {
  @Field(() => String)
  period!: string;

  @Field(() => LocalDate)
  opensOn!: string;

  @Field(() => LocalDate)
  dueOn!: string;

  @Field(() => [ProvincePeriodStatus])
  provinces!: ProvincePeriodStatus[];
}

@ObjectType({ simpleResolvers: true })
export class MetricChange {
  @Field(() => SubmissionMetric)
  metric!: (typeof SubmissionMetric)[keyof typeof SubmissionMetric];

  @Field(() => Int)
  value!: number;

  @Field(() => Int, { nullable: true, description: "Null when the previous period has no accepted data." })
  previousValue!: number | null;

  @Field(() => Int, { nullable: true })
  change!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class NationalityMetricChange extends MetricChange {
  @Field(() => TpNationality)
  nationality!: keyof typeof TpNationality;
}

@ObjectType({ simpleResolvers: true })
export class ProvinceMetricChange extends MetricChange {
  @Field(() => Province)
  province!: Province;
}

@ObjectType({ simpleResolvers: true, description: "MDS-5: accepted data consolidated, with the change against the previous period." })
export class SubmissionConsolidation {
  @Field(() => String)
  period!: string;

  @Field(() => String)
  previousPeriod!: string;

  @Field(() => Int)
  acceptedProvinces!: number;

  @Field(() => [MetricChange])
  national!: MetricChange[];

  @Field(() => [NationalityMetricChange])
  byNationality!: NationalityMetricChange[];

  @Field(() => [ProvinceMetricChange])
  byProvince!: ProvinceMetricChange[];
}

@ObjectType({ simpleResolvers: true })
export class DownloadLink {
  @Field(() => String)
  url!: string;

  @Field(() => DateTimeISOResolver)
  expiresAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "MDS-6: a dispatch of the month's data, by letter." })
export class SubmissionDispatch {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  period!: string;

  @Field(() => String, { description: "e.g. Göç Sağlığı Hizmetleri Dairesi (HSGM), or the requesting ministry." })
  recipient!: string;

  @Field(() => String)
  letterNumber!: string;

  @Field(() => LocalDate)
  letterDate!: string;

  @Field(() => DateTimeISOResolver)
  recordedAt!: Date;
}

@InputType()
export class MonthlySubmissionRowInput {
  @Field(() => ID)
  facilityId!: string;

  @Field(() => TpNationality)
  nationality!: keyof typeof TpNationality;

  @Field(() => Int)
  outpatientVisits!: number;

  @Field(() => Int)
  emergencyVisits!: number;

  @Field(() => Int)
  inpatientAdmissions!: number;

  @Field(() => Int)
  surgeries!: number;

  @Field(() => Int)
  births!: number;

  @Field(() => Int)
  intensiveCareAdmissions!: number;

  @Field(() => Int)
  referralsOut!: number;
}

@InputType({ description: "A province's whole month in one call (bulk input: up to 2000 rows), stored all or nothing." })
export class SaveMonthlyDraftInput {
  @Field(() => String)
  @Matches(periodPattern, { message: "period must be YYYY-MM" })
  period!: string;

  @Field(() => [MonthlySubmissionRowInput])
  @Extensions({ bulkInput: true }) // above the 250 items of other input lists (api/platform/query-cost.ts)
  @ArrayMaxSize(2000)
  rows!: MonthlySubmissionRowInput[];

  @Field(() => Int, { description: EXPECTED_VERSION, nullable: true })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}

@InputType()
export class SubmitMonthlySubmissionInput {
  @Field(() => String)
  @Matches(periodPattern, { message: "period must be YYYY-MM" })
  period!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType()
export class CorrectionRowInput {
  @Field(() => ID)
  facilityId!: string;

  @Field(() => TpNationality)
  nationality!: keyof typeof TpNationality;

  @Field(() => SubmissionMetric, { nullable: true })
  metric?: (typeof SubmissionMetric)[keyof typeof SubmissionMetric] | null;

  @Field(() => String)
  @Length(3, 1000)
  reason!: string;
}

@InputType()
export class RequestSubmissionCorrectionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => [CorrectionRowInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  rows!: CorrectionRowInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  comment?: string | null;
}

@InputType()
export class AcceptMonthlySubmissionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;
}

@InputType()
export class RecordSubmissionDispatchInput {
  @Field(() => String)
  @Matches(periodPattern, { message: "period must be YYYY-MM" })
  period!: string;

  @Field(() => String)
  @Length(2, 300)
  recipient!: string;

  @Field(() => String)
  @Length(1, 100)
  letterNumber!: string;

  @Field(() => LocalDate)
  letterDate!: string;
}

@ObjectType()
export class MonthlySubmissionPayload extends MutationPayload {
  @Field(() => MonthlySubmission, { nullable: true })
  submission!: MonthlySubmission | null;
}
