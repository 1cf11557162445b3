-- Hand-written: the claim history and the monthly-submission history move to the history convention
-- (drizzle/schema/history.ts) with their rows. The append-only triggers are set aside for the backfill only.
ALTER TABLE "reimbursement_claim_history" DISABLE TRIGGER "reimbursement_claim_history_append_only";--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" RENAME COLUMN "claim_id" TO "entity_id";--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" RENAME COLUMN "from_status" TO "from_state";--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" RENAME COLUMN "to_status" TO "to_state";--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" RENAME COLUMN "client_id" TO "actor_client_id";--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" RENAME COLUMN "role" TO "actor_role";--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" RENAME COLUMN "comment" TO "note";--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" ALTER COLUMN "actor_client_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" ALTER COLUMN "actor_role" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" ADD COLUMN "actor_person" text;--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" ADD COLUMN "version" integer;--> statement-breakpoint
-- A claim's submission and its automatic calculation both happened at version 1; every later step added one.
UPDATE "reimbursement_claim_history" h SET "version" = greatest(1, n.step - 1)
FROM (SELECT "id", row_number() OVER (PARTITION BY "entity_id" ORDER BY "id") AS step FROM "reimbursement_claim_history") n
WHERE n."id" = h."id";--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" ALTER COLUMN "version" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" ENABLE TRIGGER "reimbursement_claim_history_append_only";--> statement-breakpoint
ALTER TABLE "reimbursement_claim_history" RENAME CONSTRAINT "reimbursement_claim_history_claim_id_reimbursement_claims_id_fk" TO "reimbursement_claim_history_entity_id_reimbursement_claims_id_fk";--> statement-breakpoint
ALTER INDEX "reimbursement_claim_history_claim_idx" RENAME TO "reimbursement_claim_history_entity_idx";--> statement-breakpoint
CREATE TRIGGER "reimbursement_claim_history_no_truncate" BEFORE TRUNCATE ON "reimbursement_claim_history"
  FOR EACH STATEMENT EXECUTE FUNCTION koordinat_refuse_change();--> statement-breakpoint
ALTER TABLE "mds_submission_events" DISABLE TRIGGER "mds_submission_events_append_only";--> statement-breakpoint
ALTER TABLE "mds_submission_events" RENAME TO "monthly_submission_history";--> statement-breakpoint
ALTER TRIGGER "mds_submission_events_append_only" ON "monthly_submission_history" RENAME TO "monthly_submission_history_append_only";--> statement-breakpoint
ALTER TABLE "monthly_submission_history" ADD COLUMN "seq" bigint GENERATED ALWAYS AS IDENTITY;--> statement-breakpoint
ALTER TABLE "monthly_submission_history" RENAME COLUMN "submission_id" TO "entity_id";--> statement-breakpoint
ALTER TABLE "monthly_submission_history" RENAME COLUMN "from_status" TO "from_state";--> statement-breakpoint
ALTER TABLE "monthly_submission_history" RENAME COLUMN "to_status" TO "to_state";--> statement-breakpoint
ALTER TABLE "monthly_submission_history" RENAME COLUMN "client_id" TO "actor_client_id";--> statement-breakpoint
ALTER TABLE "monthly_submission_history" RENAME COLUMN "comment" TO "note";--> statement-breakpoint
ALTER TABLE "monthly_submission_history" ALTER COLUMN "from_state" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "monthly_submission_history" ALTER COLUMN "actor_client_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "monthly_submission_history" ADD COLUMN "actor_role" text;--> statement-breakpoint
ALTER TABLE "monthly_submission_history" ADD COLUMN "actor_person" text;--> statement-breakpoint
-- The revision of a step is 1 + the corrections before it (GraphQL derives it); the stored column goes. The version of
-- the steps recorded before the convention is their order: the submission's own version also counted draft saves.
ALTER TABLE "monthly_submission_history" ADD COLUMN "version" integer;--> statement-breakpoint
UPDATE "monthly_submission_history" h SET "version" = n.step
FROM (SELECT "id", row_number() OVER (PARTITION BY "entity_id" ORDER BY "at", "seq") AS step FROM "monthly_submission_history") n
WHERE n."id" = h."id";--> statement-breakpoint
ALTER TABLE "monthly_submission_history" ALTER COLUMN "version" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "monthly_submission_history" DROP COLUMN "revision";--> statement-breakpoint
-- Its ids become the convention's: an order (the uuids go, the order they were recorded in stays).
ALTER TABLE "monthly_submission_history" DROP CONSTRAINT "mds_submission_events_pkey";--> statement-breakpoint
ALTER TABLE "monthly_submission_history" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "monthly_submission_history" RENAME COLUMN "seq" TO "id";--> statement-breakpoint
ALTER SEQUENCE "monthly_submission_history_seq_seq" RENAME TO "monthly_submission_history_id_seq";--> statement-breakpoint
ALTER TABLE "monthly_submission_history" ADD PRIMARY KEY ("id");--> statement-breakpoint
ALTER TABLE "monthly_submission_history" ENABLE TRIGGER "monthly_submission_history_append_only";--> statement-breakpoint
ALTER TABLE "monthly_submission_history" RENAME CONSTRAINT "mds_submission_events_submission_id_mds_submissions_id_fk" TO "monthly_submission_history_entity_id_mds_submissions_id_fk";--> statement-breakpoint
CREATE INDEX "monthly_submission_history_entity_idx" ON "monthly_submission_history" USING btree ("entity_id","id");--> statement-breakpoint
CREATE TRIGGER "monthly_submission_history_no_truncate" BEFORE TRUNCATE ON "monthly_submission_history"
  FOR EACH STATEMENT EXECUTE FUNCTION koordinat_refuse_change();
