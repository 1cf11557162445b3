CREATE TYPE "public"."bed_type" AS ENUM('GENERAL', 'ICU_ADULT', 'ICU_PAEDIATRIC', 'ICU_NEONATAL', 'ICU_CORONARY', 'BURN', 'PSYCHIATRIC');--> statement-breakpoint
CREATE TYPE "public"."facility_kind" AS ENUM('FAMILY_HEALTH_CENTRE', 'STATE_HOSPITAL', 'PRIVATE_HOSPITAL', 'ORAL_DENTAL_CENTRE', 'OCCUPATIONAL_DISEASE_HOSPITAL', 'TRAINING_RESEARCH_HOSPITAL', 'UNIVERSITY_HOSPITAL', 'CITY_HOSPITAL');--> statement-breakpoint
CREATE TYPE "public"."facility_ownership" AS ENUM('PUBLIC', 'PRIVATE', 'UNIVERSITY');--> statement-breakpoint
CREATE TYPE "public"."care_link_source" AS ENUM('REFERRAL', 'HEALTH_TOURISM_CASE', 'APPOINTMENT');--> statement-breakpoint
CREATE TYPE "public"."identifier_kind" AS ENUM('TCKN', 'YKN', 'TEMPORARY_PROTECTION', 'IIN', 'PASSPORT');--> statement-breakpoint
CREATE TYPE "public"."patient_category" AS ENUM('CITIZEN', 'HEALTH_TOURIST', 'FOREIGN_PROGRAM', 'TEMPORARY_PROTECTION', 'KZ_RESIDENT');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('FEMALE', 'MALE', 'UNKNOWN');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('PARTNER_HOSPITAL', 'PROVINCIAL_DIRECTORATE', 'COORDINATION_UNIT', 'DEPARTMENT_HEAD', 'DEPUTY_GENERAL_DIRECTOR', 'GENERAL_DIRECTOR', 'EMERGENCY_112', 'PROVINCIAL_CRISIS_CENTRE', 'NATIONAL_CRISIS_CENTRE', 'INSURER', 'EGOV_PORTAL', 'PHC_ORGANISATION', 'AUDITOR');--> statement-breakpoint
CREATE TYPE "public"."scope_kind" AS ENUM('NATIONAL', 'FACILITY', 'PROVINCE', 'INSURER', 'ORGANISATION', 'PERSON');--> statement-breakpoint
CREATE TABLE "districts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"name" text NOT NULL,
	"settlement_area_code" text NOT NULL,
	CONSTRAINT "districts_province_name_key" UNIQUE("province_code","name")
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"code" varchar(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "road_distances" (
	"from_code" text NOT NULL,
	"to_code" text NOT NULL,
	"km" integer NOT NULL,
	CONSTRAINT "road_distances_pkey" PRIMARY KEY("from_code","to_code"),
	CONSTRAINT "road_distances_ordered_pair" CHECK ("road_distances"."from_code" < "road_distances"."to_code"),
	CONSTRAINT "road_distances_km_positive" CHECK ("road_distances"."km" > 0)
);
--> statement-breakpoint
CREATE TABLE "settlement_areas" (
	"code" text PRIMARY KEY NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinics" (
	"code" text PRIMARY KEY NOT NULL,
	"name_tr" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "facility_kind" NOT NULL,
	"ownership" "facility_ownership" NOT NULL,
	"country_code" varchar(2) DEFAULT 'TR' NOT NULL,
	"province_code" varchar(2),
	"settlement_area_code" text,
	"district_id" uuid,
	"latitude" double precision,
	"longitude" double precision,
	"has_health_tourism_unit" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facilities_code_key" UNIQUE("code"),
	CONSTRAINT "facilities_domestic_has_place" CHECK (("facilities"."country_code" = 'TR') = ("facilities"."province_code" IS NOT NULL AND "facilities"."settlement_area_code" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "facility_beds" (
	"facility_id" uuid NOT NULL,
	"bed_type" "bed_type" NOT NULL,
	"total" integer NOT NULL,
	CONSTRAINT "facility_beds_pkey" PRIMARY KEY("facility_id","bed_type"),
	CONSTRAINT "facility_beds_total_non_negative" CHECK ("facility_beds"."total" >= 0)
);
--> statement-breakpoint
CREATE TABLE "facility_clinics" (
	"facility_id" uuid NOT NULL,
	"clinic_code" text NOT NULL,
	CONSTRAINT "facility_clinics_pkey" PRIMARY KEY("facility_id","clinic_code")
);
--> statement-breakpoint
CREATE TABLE "patient_care_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"source" "care_link_source" NOT NULL,
	"source_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "patient_identifiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"kind" "identifier_kind" NOT NULL,
	"value" text NOT NULL,
	"issuing_country" varchar(2) DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_identifiers_kind_value_key" UNIQUE("kind","issuing_country","value")
);
--> statement-breakpoint
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" "patient_category" NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" "sex" NOT NULL,
	"nationality" varchar(2) NOT NULL,
	"phone" text,
	"email" text,
	"address" text,
	"preferred_language" varchar(3) DEFAULT 'tr' NOT NULL,
	"guardian" jsonb,
	"registering_facility_id" uuid,
	"created_by_client_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" text NOT NULL,
	"name" text NOT NULL,
	"secret_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"scope_kind" "scope_kind" NOT NULL,
	"scope_value" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "api_clients_client_id_key" UNIQUE("client_id")
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "access_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"client_id" text NOT NULL,
	"role" "role" NOT NULL,
	"operation" text NOT NULL,
	"action" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"client_id" text NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY("client_id","key")
);
--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_settlement_area_code_settlement_areas_code_fk" FOREIGN KEY ("settlement_area_code") REFERENCES "public"."settlement_areas"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "road_distances" ADD CONSTRAINT "road_distances_from_code_settlement_areas_code_fk" FOREIGN KEY ("from_code") REFERENCES "public"."settlement_areas"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "road_distances" ADD CONSTRAINT "road_distances_to_code_settlement_areas_code_fk" FOREIGN KEY ("to_code") REFERENCES "public"."settlement_areas"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_areas" ADD CONSTRAINT "settlement_areas_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_settlement_area_code_settlement_areas_code_fk" FOREIGN KEY ("settlement_area_code") REFERENCES "public"."settlement_areas"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_beds" ADD CONSTRAINT "facility_beds_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_clinics" ADD CONSTRAINT "facility_clinics_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_clinics" ADD CONSTRAINT "facility_clinics_clinic_code_clinics_code_fk" FOREIGN KEY ("clinic_code") REFERENCES "public"."clinics"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_care_links" ADD CONSTRAINT "patient_care_links_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_care_links" ADD CONSTRAINT "patient_care_links_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_identifiers" ADD CONSTRAINT "patient_identifiers_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_registering_facility_id_facilities_id_fk" FOREIGN KEY ("registering_facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "settlement_areas_province_idx" ON "settlement_areas" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "facilities_province_idx" ON "facilities" USING btree ("province_code","code");--> statement-breakpoint
CREATE INDEX "facilities_country_idx" ON "facilities" USING btree ("country_code","code");--> statement-breakpoint
CREATE INDEX "facility_clinics_clinic_idx" ON "facility_clinics" USING btree ("clinic_code","facility_id");--> statement-breakpoint
CREATE INDEX "patient_care_links_active_idx" ON "patient_care_links" USING btree ("facility_id","patient_id") WHERE "patient_care_links"."ended_at" IS NULL;--> statement-breakpoint
CREATE INDEX "patient_care_links_patient_idx" ON "patient_care_links" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "patient_identifiers_patient_idx" ON "patient_identifiers" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "patients_created_idx" ON "patients" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "patients_category_idx" ON "patients" USING btree ("category","created_at","id");--> statement-breakpoint
CREATE INDEX "access_log_patient_idx" ON "access_log" USING btree ("patient_id","id");--> statement-breakpoint
CREATE INDEX "access_log_client_idx" ON "access_log" USING btree ("client_id","id");--> statement-breakpoint
CREATE INDEX "access_log_at_idx" ON "access_log" USING btree ("at");