-- Issue #20: the access log becomes one row per read per request, naming its patients (an array with a GIN index).
-- The per-patient rows are regrouped, a request's rows of one action into one row (the patients in the order they
-- were logged), rows outside a request one by one; then the old table goes (its triggers with it).
DROP INDEX "access_log_patient_idx";--> statement-breakpoint
DROP INDEX "access_log_client_idx";--> statement-breakpoint
DROP INDEX "access_log_at_idx";--> statement-breakpoint
ALTER TABLE "access_log" RENAME TO "access_log_per_patient";--> statement-breakpoint
ALTER TABLE "access_log_per_patient" RENAME CONSTRAINT "access_log_pkey" TO "access_log_per_patient_pkey";--> statement-breakpoint
ALTER SEQUENCE "access_log_id_seq" RENAME TO "access_log_per_patient_id_seq";--> statement-breakpoint
CREATE TABLE "access_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "access_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"client_id" text NOT NULL,
	"role" "role" NOT NULL,
	"operation" text NOT NULL,
	"action" text NOT NULL,
	"patient_ids" uuid[] NOT NULL,
	"bases" text[] NOT NULL,
	"request_id" text
);
--> statement-breakpoint
INSERT INTO "access_log" (at, client_id, role, operation, action, patient_ids, bases, request_id)
  SELECT min(at), client_id, role, operation, action, array_agg(patient_id ORDER BY id), array_agg(basis ORDER BY id), request_id
  FROM "access_log_per_patient"
  GROUP BY coalesce(request_id, 'row ' || id), request_id, client_id, role, operation, action
  ORDER BY min(id);--> statement-breakpoint
DROP TABLE "access_log_per_patient";--> statement-breakpoint
CREATE INDEX "access_log_patients_idx" ON "access_log" USING gin ("patient_ids");--> statement-breakpoint
CREATE INDEX "access_log_client_idx" ON "access_log" USING btree ("client_id","id");--> statement-breakpoint
CREATE INDEX "access_log_at_idx" ON "access_log" USING btree ("at");--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION koordinat_refuse_change();--> statement-breakpoint
CREATE VIEW "public"."access_log_entries" AS (select l.id, e.position::int as position, l.at, l.client_id, l.role::text as role, l.operation, l.action, l.patient_ids,
        e.patient_id, e.basis, l.request_id
      from "access_log" l cross join lateral unnest(l.patient_ids, l.bases) with ordinality as e(patient_id, basis, position));

--> statement-breakpoint
CREATE TABLE "mds_period_totals" (
	"period" varchar(7) NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"nationality" "tp_nationality" NOT NULL,
	"submission_id" uuid NOT NULL,
	"outpatient_visits" integer NOT NULL,
	"emergency_visits" integer NOT NULL,
	"inpatient_admissions" integer NOT NULL,
	"surgeries" integer NOT NULL,
	"births" integer NOT NULL,
	"intensive_care_admissions" integer NOT NULL,
	"referrals_out" integer NOT NULL,
	CONSTRAINT "mds_period_totals_period_province_code_nationality_pk" PRIMARY KEY("period","province_code","nationality")
);
--> statement-breakpoint
ALTER TABLE "mds_period_totals" ADD CONSTRAINT "mds_period_totals_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mds_period_totals" ADD CONSTRAINT "mds_period_totals_submission_id_mds_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."mds_submissions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- The submissions accepted so far: their accepted revision's sums, as acceptance writes them from now on.
INSERT INTO "mds_period_totals"
  SELECT s.period, s.province_code, r.nationality, s.id, sum(r.outpatient_visits)::int, sum(r.emergency_visits)::int,
         sum(r.inpatient_admissions)::int, sum(r.surgeries)::int, sum(r.births)::int, sum(r.intensive_care_admissions)::int,
         sum(r.referrals_out)::int
  FROM "mds_rows" r JOIN "mds_submissions" s ON s.id = r.submission_id AND s.revision = r.revision
  WHERE s.status = 'ACCEPTED'
  GROUP BY s.id, r.nationality;
