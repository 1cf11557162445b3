CREATE TYPE "public"."medical_grounds" AS ENUM('CANCER', 'ORGAN_TISSUE_TRANSPLANT', 'LIMB_TRANSPLANT', 'EMERGENCY', 'OCCUPATIONAL_DISEASE', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."referral_scope" AS ENUM('IN_SETTLEMENT', 'IN_PROVINCE', 'OUT_OF_PROVINCE');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('REQUESTED', 'PLACED', 'ACCEPTED', 'PATIENT_ARRIVED', 'COMPLETED', 'REJECTED', 'CANCELLED', 'ESCALATED');--> statement-breakpoint
CREATE TYPE "public"."referral_urgency" AS ENUM('ROUTINE', 'URGENT', 'EMERGENCY');--> statement-breakpoint
CREATE TYPE "public"."search_level" AS ENUM('EMERGENCY_112', 'PROVINCIAL_CRISIS_CENTRE', 'NATIONAL_CRISIS_CENTRE');--> statement-breakpoint
CREATE TYPE "public"."search_status" AS ENUM('SEARCHING', 'BED_RESERVED', 'CLOSED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."transport_kind" AS ENUM('REGULAR', 'OWN_CAR', 'TAXI', 'AMBULANCE', 'FLIGHT');--> statement-breakpoint
CREATE TABLE "bed_reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"search_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"bed_type" "bed_type" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"reserved_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bed_search_levels" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bed_search_levels_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"search_id" uuid NOT NULL,
	"level" "search_level" NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "bed_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"bed_type" "bed_type" NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"level" "search_level" DEFAULT 'EMERGENCY_112' NOT NULL,
	"status" "search_status" DEFAULT 'SEARCHING' NOT NULL,
	"reserved_facility_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_declines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "referral_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"referral_id" uuid NOT NULL,
	"from_status" "referral_status",
	"to_status" "referral_status" NOT NULL,
	"action" text NOT NULL,
	"client_id" text NOT NULL,
	"role" text NOT NULL,
	"comment" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"origin_facility_id" uuid NOT NULL,
	"destination_facility_id" uuid,
	"clinic_code" text NOT NULL,
	"requesting_physician" text NOT NULL,
	"diagnosis_icd10" varchar(8) NOT NULL,
	"urgency" "referral_urgency" NOT NULL,
	"medical_grounds" "medical_grounds" NOT NULL,
	"companion_required" boolean DEFAULT false NOT NULL,
	"authorised_transport" "transport_kind" DEFAULT 'REGULAR' NOT NULL,
	"scope" "referral_scope",
	"status" "referral_status" DEFAULT 'REQUESTED' NOT NULL,
	"provision" jsonb,
	"completion_report" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "facility_beds" DROP CONSTRAINT "facility_beds_total_non_negative";--> statement-breakpoint
ALTER TABLE "facility_beds" ADD COLUMN "occupied" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bed_reservations" ADD CONSTRAINT "bed_reservations_search_id_bed_searches_id_fk" FOREIGN KEY ("search_id") REFERENCES "public"."bed_searches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_reservations" ADD CONSTRAINT "bed_reservations_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_search_levels" ADD CONSTRAINT "bed_search_levels_search_id_bed_searches_id_fk" FOREIGN KEY ("search_id") REFERENCES "public"."bed_searches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_searches" ADD CONSTRAINT "bed_searches_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_searches" ADD CONSTRAINT "bed_searches_reserved_facility_id_facilities_id_fk" FOREIGN KEY ("reserved_facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_declines" ADD CONSTRAINT "referral_declines_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_declines" ADD CONSTRAINT "referral_declines_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_history" ADD CONSTRAINT "referral_history_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_origin_facility_id_facilities_id_fk" FOREIGN KEY ("origin_facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_destination_facility_id_facilities_id_fk" FOREIGN KEY ("destination_facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_clinic_code_clinics_code_fk" FOREIGN KEY ("clinic_code") REFERENCES "public"."clinics"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bed_reservations_active_idx" ON "bed_reservations" USING btree ("facility_id","bed_type") WHERE "bed_reservations"."active";--> statement-breakpoint
CREATE INDEX "bed_searches_status_idx" ON "bed_searches" USING btree ("status","level","province_code");--> statement-breakpoint
CREATE INDEX "referral_history_referral_idx" ON "referral_history" USING btree ("referral_id","id");--> statement-breakpoint
CREATE INDEX "referrals_origin_idx" ON "referrals" USING btree ("origin_facility_id","status","created_at");--> statement-breakpoint
CREATE INDEX "referrals_destination_idx" ON "referrals" USING btree ("destination_facility_id","status","created_at");--> statement-breakpoint
CREATE INDEX "referrals_created_idx" ON "referrals" USING btree ("created_at","id");--> statement-breakpoint
ALTER TABLE "facility_beds" ADD CONSTRAINT "facility_beds_total_non_negative" CHECK ("facility_beds"."total" >= 0 and "facility_beds"."occupied" >= 0);