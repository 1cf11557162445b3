CREATE TYPE "public"."submission_status" AS ENUM('DRAFT', 'SUBMITTED', 'CORRECTION_REQUESTED', 'RESUBMITTED', 'ACCEPTED');--> statement-breakpoint
CREATE TYPE "public"."tp_nationality" AS ENUM('SY', 'IQ');--> statement-breakpoint
CREATE TABLE "mds_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"facility_id" uuid NOT NULL,
	"nationality" "tp_nationality" NOT NULL,
	"metric" text,
	"reason" text NOT NULL,
	"requested_by_client_id" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mds_dispatches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period" varchar(7) NOT NULL,
	"recipient" text NOT NULL,
	"letter_number" text NOT NULL,
	"letter_date" date NOT NULL,
	"recorded_by_client_id" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mds_rows" (
	"submission_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"facility_id" uuid NOT NULL,
	"nationality" "tp_nationality" NOT NULL,
	"outpatient_visits" integer NOT NULL,
	"emergency_visits" integer NOT NULL,
	"inpatient_admissions" integer NOT NULL,
	"surgeries" integer NOT NULL,
	"births" integer NOT NULL,
	"intensive_care_admissions" integer NOT NULL,
	"referrals_out" integer NOT NULL,
	CONSTRAINT "mds_rows_one_per_facility_nationality" UNIQUE("submission_id","revision","facility_id","nationality"),
	CONSTRAINT "mds_rows_counts_non_negative" CHECK (least("mds_rows"."outpatient_visits", "mds_rows"."emergency_visits", "mds_rows"."inpatient_admissions", "mds_rows"."surgeries", "mds_rows"."births", "mds_rows"."intensive_care_admissions", "mds_rows"."referrals_out") >= 0)
);
--> statement-breakpoint
CREATE TABLE "mds_submission_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"from_status" "submission_status" NOT NULL,
	"to_status" "submission_status" NOT NULL,
	"client_id" text NOT NULL,
	"comment" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mds_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"period" varchar(7) NOT NULL,
	"status" "submission_status" DEFAULT 'DRAFT' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mds_submissions_province_period_key" UNIQUE("province_code","period")
);
--> statement-breakpoint
ALTER TABLE "mds_corrections" ADD CONSTRAINT "mds_corrections_submission_id_mds_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."mds_submissions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mds_corrections" ADD CONSTRAINT "mds_corrections_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mds_rows" ADD CONSTRAINT "mds_rows_submission_id_mds_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."mds_submissions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mds_rows" ADD CONSTRAINT "mds_rows_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mds_submission_events" ADD CONSTRAINT "mds_submission_events_submission_id_mds_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."mds_submissions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mds_submissions" ADD CONSTRAINT "mds_submissions_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mds_submissions_period_idx" ON "mds_submissions" USING btree ("period","status");