ALTER TABLE "settings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- MDS-3: every status change of a monthly submission is kept, like the other histories: append-only.
CREATE TRIGGER mds_submission_events_append_only BEFORE UPDATE OR DELETE ON mds_submission_events
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();
