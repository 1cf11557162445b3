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
