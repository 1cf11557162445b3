CREATE TABLE "settlement_area_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "settlement_area_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"name" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"effective_from" date NOT NULL,
	"client_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "settlement_area_history_version_key" UNIQUE("code","version")
);
--> statement-breakpoint
CREATE TABLE "sgk_insurance_facts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sgk_insurance_facts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"patient_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"insured" boolean NOT NULL,
	"effective_from" date NOT NULL,
	"reference" text NOT NULL,
	"client_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "road_distances" ADD COLUMN "valid_from" date DEFAULT '2000-01-01' NOT NULL;--> statement-breakpoint
ALTER TABLE "road_distances" ADD COLUMN "source" text DEFAULT 'published road-distance table (seed)' NOT NULL;--> statement-breakpoint
ALTER TABLE "road_distances" ADD COLUMN "created_by_client_id" text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE "road_distances" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "settlement_areas" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "settlement_areas" ADD COLUMN "longitude" double precision;--> statement-breakpoint
-- Hand-written: existing areas take the mean of their facilities' coordinates (the seed's source, docs/domain/sgk.md).
UPDATE "settlement_areas" AS a SET "latitude" = c.lat, "longitude" = c.lon
  FROM (SELECT "settlement_area_code" AS code, avg("latitude") AS lat, avg("longitude") AS lon FROM "facilities"
        WHERE "latitude" IS NOT NULL AND "longitude" IS NOT NULL GROUP BY "settlement_area_code") AS c
  WHERE c.code = a."code";--> statement-breakpoint
ALTER TABLE "settlement_areas" ALTER COLUMN "latitude" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "settlement_areas" ALTER COLUMN "longitude" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "settlement_areas" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "settlement_area_history" ADD CONSTRAINT "settlement_area_history_code_settlement_areas_code_fk" FOREIGN KEY ("code") REFERENCES "public"."settlement_areas"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sgk_insurance_facts" ADD CONSTRAINT "sgk_insurance_facts_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sgk_insurance_facts_sequence_key" ON "sgk_insurance_facts" USING btree ("patient_id","sequence");--> statement-breakpoint
CREATE INDEX "sgk_insurance_facts_patient_idx" ON "sgk_insurance_facts" USING btree ("patient_id","effective_from");--> statement-breakpoint
ALTER TABLE "road_distances" DROP CONSTRAINT "road_distances_pkey";
--> statement-breakpoint
ALTER TABLE "road_distances" ADD CONSTRAINT "road_distances_pkey" PRIMARY KEY("from_code","to_code","valid_from");--> statement-breakpoint
ALTER TABLE "settlement_areas" ADD CONSTRAINT "settlement_areas_coordinates" CHECK ("settlement_areas"."latitude" between -90 and 90 and "settlement_areas"."longitude" between -180 and 180);
--> statement-breakpoint
-- REIMB-12 / REIMB-13: SGK's insurance facts and the settlement-area history are append-only.
CREATE TRIGGER sgk_insurance_facts_append_only BEFORE UPDATE OR DELETE ON sgk_insurance_facts
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();
--> statement-breakpoint
CREATE TRIGGER settlement_area_history_append_only BEFORE UPDATE OR DELETE ON settlement_area_history
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();
