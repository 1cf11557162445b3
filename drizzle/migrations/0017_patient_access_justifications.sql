CREATE TABLE "patient_access_justifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"source" "care_link_source" NOT NULL,
	"source_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"client_id" text NOT NULL,
	"request_id" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "patient_access_justifications" ADD CONSTRAINT "patient_access_justifications_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_access_justifications" ADD CONSTRAINT "patient_access_justifications_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patient_access_justifications_patient_idx" ON "patient_access_justifications" USING btree ("patient_id","at");--> statement-breakpoint
CREATE INDEX "patient_access_justifications_at_idx" ON "patient_access_justifications" USING btree ("at","id");--> statement-breakpoint
-- Append-only, as the access log: a stated reason for access is never changed or removed.
CREATE TRIGGER patient_access_justifications_append_only BEFORE UPDATE OR DELETE ON patient_access_justifications
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();
--> statement-breakpoint
CREATE TRIGGER patient_access_justifications_no_truncate BEFORE TRUNCATE ON patient_access_justifications
  FOR EACH STATEMENT EXECUTE FUNCTION koordinat_refuse_change();
