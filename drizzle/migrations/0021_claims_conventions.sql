CREATE TABLE "mds_overdue_notices" (
	"period" varchar(7) NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"due_on" date NOT NULL,
	"notified_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mds_overdue_notices_pkey" PRIMARY KEY("period","province_code")
);
--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Hand-edited: the existing rows get the action their statuses imply, then the column is required.
ALTER TABLE "mds_submission_events" ADD COLUMN "action" text;--> statement-breakpoint
UPDATE "mds_submission_events" SET "action" = CASE "to_status"
  WHEN 'CORRECTION_REQUESTED' THEN 'requestCorrection' WHEN 'ACCEPTED' THEN 'accept' ELSE 'submit' END;--> statement-breakpoint
ALTER TABLE "mds_submission_events" ALTER COLUMN "action" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "mds_overdue_notices" ADD CONSTRAINT "mds_overdue_notices_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
-- MDS-3: every status change of a monthly submission is kept, like the other histories: append-only.
CREATE TRIGGER mds_submission_events_append_only BEFORE UPDATE OR DELETE ON mds_submission_events
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();
