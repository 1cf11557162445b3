CREATE TYPE "public"."ht_channel" AS ENUM('OFFICIAL_LETTER', 'EMAIL', 'PHONE');--> statement-breakpoint
CREATE TYPE "public"."ht_document_kind" AS ENUM('EPICRISIS_FORM', 'MEDICAL_REPORT', 'SERVICE_STATEMENT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."ht_programme" AS ENUM('HEALTH_TOURISM', 'FOREIGN_PROGRAM');--> statement-breakpoint
CREATE TYPE "public"."ht_status" AS ENUM('INQUIRY_RECEIVED', 'EPICRISIS_REQUESTED', 'EPICRISIS_RECEIVED', 'FORWARDED_TO_FACILITY', 'APPOINTMENT_SCHEDULED', 'PATIENT_INFORMED', 'ACCEPTED', 'DECLINED', 'FACILITY_NOTIFIED', 'ARRIVED', 'IN_TREATMENT', 'REPORTS_DELIVERED', 'COMPLETED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "health_tourism_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"programme" "ht_programme" NOT NULL,
	"channel" "ht_channel" NOT NULL,
	"status" "ht_status" DEFAULT 'INQUIRY_RECEIVED' NOT NULL,
	"facility_id" uuid,
	"appointment_at" timestamp with time zone,
	"cost_amount_minor" bigint,
	"cost_currency" varchar(3),
	"accommodation_requested" boolean DEFAULT false NOT NULL,
	"transfer_requested" boolean DEFAULT false NOT NULL,
	"accommodation_arranged" boolean DEFAULT false NOT NULL,
	"transfer_arranged" boolean DEFAULT false NOT NULL,
	"greeted_by" text,
	"interpreter_name" text,
	"interpreter_language" varchar(3),
	"guide_name" text,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ht_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "ht_document_kind" NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_client_id" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ht_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ht_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid NOT NULL,
	"from_status" "ht_status",
	"to_status" "ht_status" NOT NULL,
	"action" text NOT NULL,
	"client_id" text NOT NULL,
	"role" text NOT NULL,
	"comment" text,
	"document_ids" uuid[] NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "health_tourism_cases" ADD CONSTRAINT "health_tourism_cases_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_tourism_cases" ADD CONSTRAINT "health_tourism_cases_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ht_documents" ADD CONSTRAINT "ht_documents_case_id_health_tourism_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."health_tourism_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ht_history" ADD CONSTRAINT "ht_history_case_id_health_tourism_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."health_tourism_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ht_cases_status_idx" ON "health_tourism_cases" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "ht_cases_facility_idx" ON "health_tourism_cases" USING btree ("facility_id","status");--> statement-breakpoint
CREATE INDEX "ht_documents_case_idx" ON "ht_documents" USING btree ("case_id","kind");--> statement-breakpoint
CREATE INDEX "ht_history_case_idx" ON "ht_history" USING btree ("case_id","id");