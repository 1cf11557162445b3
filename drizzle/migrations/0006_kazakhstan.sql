CREATE TYPE "public"."kz_applicant_relation" AS ENUM('SELF', 'FAMILY_MEMBER', 'LEGAL_REPRESENTATIVE');--> statement-breakpoint
CREATE TYPE "public"."kz_coverage_kind" AS ENUM('VHI', 'OSMS');--> statement-breakpoint
CREATE TYPE "public"."kz_quota_period" AS ENUM('CALENDAR_YEAR', 'SIX_MONTHS');--> statement-breakpoint
CREATE TYPE "public"."kz_request_channel" AS ENUM('EGOV_PORTAL', 'IN_PERSON');--> statement-breakpoint
CREATE TYPE "public"."kz_request_status" AS ENUM('SUBMITTED', 'FILED', 'ATTACHED', 'REFUSED');--> statement-breakpoint
CREATE TABLE "kz_attachment_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_code" text NOT NULL,
	"contract_id" uuid NOT NULL,
	"channel" "kz_request_channel" NOT NULL,
	"eds_certificate_ref" text,
	"application_language" varchar(2),
	"documents" jsonb NOT NULL,
	"residence_kind" text NOT NULL,
	"residence_city" text NOT NULL,
	"residence_district" text NOT NULL,
	"applicant_relation" "kz_applicant_relation" NOT NULL,
	"applicant_person_id" uuid,
	"status" "kz_request_status" DEFAULT 'SUBMITTED' NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decision_due_at" timestamp with time zone NOT NULL,
	"filed_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"notice_number" text,
	"refusal_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kz_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_code" text NOT NULL,
	"contract_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text
);
--> statement-breakpoint
CREATE TABLE "kz_guaranteed_diseases" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kz_guaranteed_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"service_code" text NOT NULL,
	"disease_code" text NOT NULL,
	"provided_on" date NOT NULL,
	"organisation_code" text NOT NULL,
	"recorded_by_client_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kz_insurance_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"insurer_code" text NOT NULL,
	"kind" "kz_coverage_kind" NOT NULL,
	"insured_iin" varchar(12) NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"registered_by_client_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kz_contracts_insurer_number_key" UNIQUE("insurer_code","number")
);
--> statement-breakpoint
CREATE TABLE "kz_phc_organisations" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"city" text NOT NULL,
	"districts" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kz_service_quotas" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"limit_count" integer NOT NULL,
	"period" "kz_quota_period" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_holidays" (
	"country_code" varchar(2) NOT NULL,
	"day" date NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "public_holidays_pkey" PRIMARY KEY("country_code","day")
);
--> statement-breakpoint
ALTER TABLE "kz_attachment_requests" ADD CONSTRAINT "kz_attachment_requests_person_id_patients_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_attachment_requests" ADD CONSTRAINT "kz_attachment_requests_organisation_code_kz_phc_organisations_code_fk" FOREIGN KEY ("organisation_code") REFERENCES "public"."kz_phc_organisations"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_attachment_requests" ADD CONSTRAINT "kz_attachment_requests_contract_id_kz_insurance_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."kz_insurance_contracts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_attachment_requests" ADD CONSTRAINT "kz_attachment_requests_applicant_person_id_patients_id_fk" FOREIGN KEY ("applicant_person_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_attachments" ADD CONSTRAINT "kz_attachments_person_id_patients_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_attachments" ADD CONSTRAINT "kz_attachments_organisation_code_kz_phc_organisations_code_fk" FOREIGN KEY ("organisation_code") REFERENCES "public"."kz_phc_organisations"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_attachments" ADD CONSTRAINT "kz_attachments_contract_id_kz_insurance_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."kz_insurance_contracts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_attachments" ADD CONSTRAINT "kz_attachments_request_id_kz_attachment_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."kz_attachment_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_guaranteed_services" ADD CONSTRAINT "kz_guaranteed_services_person_id_patients_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_guaranteed_services" ADD CONSTRAINT "kz_guaranteed_services_service_code_kz_service_quotas_code_fk" FOREIGN KEY ("service_code") REFERENCES "public"."kz_service_quotas"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_guaranteed_services" ADD CONSTRAINT "kz_guaranteed_services_disease_code_kz_guaranteed_diseases_code_fk" FOREIGN KEY ("disease_code") REFERENCES "public"."kz_guaranteed_diseases"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_guaranteed_services" ADD CONSTRAINT "kz_guaranteed_services_organisation_code_kz_phc_organisations_code_fk" FOREIGN KEY ("organisation_code") REFERENCES "public"."kz_phc_organisations"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kz_requests_org_status_idx" ON "kz_attachment_requests" USING btree ("organisation_code","status","decision_due_at");--> statement-breakpoint
CREATE INDEX "kz_requests_person_idx" ON "kz_attachment_requests" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kz_attachments_one_open_per_person" ON "kz_attachments" USING btree ("person_id") WHERE "kz_attachments"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "kz_services_person_idx" ON "kz_guaranteed_services" USING btree ("person_id","service_code","provided_on");--> statement-breakpoint
CREATE INDEX "kz_contracts_iin_idx" ON "kz_insurance_contracts" USING btree ("insured_iin","ends_on");