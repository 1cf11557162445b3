CREATE TYPE "public"."reimbursement_channel" AS ENUM('POST', 'IN_PERSON');--> statement-breakpoint
CREATE TYPE "public"."reimbursement_claim_status" AS ENUM('SUBMITTED', 'CALCULATED', 'APPROVED', 'PAID', 'REJECTED');--> statement-breakpoint
CREATE TABLE "civil_servant_coefficients" (
	"valid_from" date PRIMARY KEY NOT NULL,
	"valid_until" date NOT NULL,
	"coefficient_millionths" integer NOT NULL,
	"created_by_client_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "civil_servant_coefficients_period" CHECK ("civil_servant_coefficients"."valid_until" >= "civil_servant_coefficients"."valid_from"),
	CONSTRAINT "civil_servant_coefficients_positive" CHECK ("civil_servant_coefficients"."coefficient_millionths" > 0)
);
--> statement-breakpoint
CREATE TABLE "regular_fare_bands" (
	"tariff_id" uuid NOT NULL,
	"from_km" integer NOT NULL,
	"to_km" integer NOT NULL,
	"fare_minor" integer NOT NULL,
	CONSTRAINT "regular_fare_bands_pkey" PRIMARY KEY("tariff_id","from_km"),
	CONSTRAINT "regular_fare_bands_range" CHECK ("regular_fare_bands"."from_km" >= 1 and "regular_fare_bands"."to_km" >= "regular_fare_bands"."from_km" and "regular_fare_bands"."fare_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "regular_fare_tariffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"source" text NOT NULL,
	"created_by_client_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "regular_fare_tariffs_valid_from_key" UNIQUE("valid_from"),
	CONSTRAINT "regular_fare_tariffs_period" CHECK ("regular_fare_tariffs"."valid_until" >= "regular_fare_tariffs"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "reimbursement_claim_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reimbursement_claim_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"claim_id" uuid NOT NULL,
	"from_status" "reimbursement_claim_status",
	"to_status" "reimbursement_claim_status" NOT NULL,
	"action" text NOT NULL,
	"client_id" text NOT NULL,
	"role" text NOT NULL,
	"comment" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reimbursement_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"insurer_code" text NOT NULL,
	"channel" "reimbursement_channel" NOT NULL,
	"office_province_code" varchar(2) NOT NULL,
	"trip" jsonb NOT NULL,
	"statement" jsonb,
	"total_minor" integer,
	"status" "reimbursement_claim_status" DEFAULT 'SUBMITTED' NOT NULL,
	"rejection_rules" text[],
	"rejection_reason" text,
	"payment_reference" text,
	"paid_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "regular_fare_bands" ADD CONSTRAINT "regular_fare_bands_tariff_id_regular_fare_tariffs_id_fk" FOREIGN KEY ("tariff_id") REFERENCES "public"."regular_fare_tariffs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" ADD CONSTRAINT "reimbursement_claim_history_claim_id_reimbursement_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."reimbursement_claims"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_claims" ADD CONSTRAINT "reimbursement_claims_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_claims" ADD CONSTRAINT "reimbursement_claims_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reimbursement_claim_history_claim_idx" ON "reimbursement_claim_history" USING btree ("claim_id","id");--> statement-breakpoint
CREATE INDEX "reimbursement_claims_status_idx" ON "reimbursement_claims" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "reimbursement_claims_patient_idx" ON "reimbursement_claims" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reimbursement_claims_one_live_per_referral" ON "reimbursement_claims" USING btree ("referral_id") WHERE "reimbursement_claims"."status" <> 'REJECTED';--> statement-breakpoint
CREATE UNIQUE INDEX "reimbursement_claims_payment_reference_key" ON "reimbursement_claims" USING btree ("payment_reference");