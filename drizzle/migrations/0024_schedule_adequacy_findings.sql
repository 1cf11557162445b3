CREATE TABLE "schedule_adequacy_findings" (
	"week_start" date NOT NULL,
	"facility_id" uuid NOT NULL,
	"reasons" jsonb NOT NULL,
	"capacity" integer NOT NULL,
	"required_capacity" integer NOT NULL,
	"physicians_without_schedule" jsonb NOT NULL,
	"announced_at" timestamp with time zone NOT NULL,
	CONSTRAINT "schedule_adequacy_findings_pkey" PRIMARY KEY("week_start","facility_id")
);
--> statement-breakpoint
CREATE TABLE "schedule_adequacy_reviews" (
	"week_start" date PRIMARY KEY NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL,
	"findings" integer NOT NULL,
	"reviewed_by" text DEFAULT 'job' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "schedule_adequacy_findings" ADD CONSTRAINT "schedule_adequacy_findings_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;