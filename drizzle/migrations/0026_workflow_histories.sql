-- Hand-written (issue #22): the referral history and the health-tourism case history move to the history convention
-- (drizzle/schema/history.ts) with their rows, and the bed search gets its history, reconstructed from its levels.
-- Each old append-only trigger goes for the backfill; koordinat_make_append_only guards the table again at the end.
DROP TRIGGER "referral_history_append_only" ON "referral_history";--> statement-breakpoint
ALTER TABLE "referral_history" RENAME COLUMN "referral_id" TO "entity_id";--> statement-breakpoint
ALTER TABLE "referral_history" RENAME COLUMN "from_status" TO "from_state";--> statement-breakpoint
ALTER TABLE "referral_history" RENAME COLUMN "to_status" TO "to_state";--> statement-breakpoint
ALTER TABLE "referral_history" RENAME COLUMN "client_id" TO "actor_client_id";--> statement-breakpoint
ALTER TABLE "referral_history" RENAME COLUMN "role" TO "actor_role";--> statement-breakpoint
ALTER TABLE "referral_history" RENAME COLUMN "comment" TO "note";--> statement-breakpoint
ALTER TABLE "referral_history" ALTER COLUMN "actor_client_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "referral_history" ALTER COLUMN "actor_role" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "referral_history" ADD COLUMN "actor_person" text;--> statement-breakpoint
ALTER TABLE "referral_history" ADD COLUMN "version" integer;--> statement-breakpoint
-- The server's own act (a bed hold's lapse, ER-8) was written as client "koordinat", role SYSTEM: the convention names no actor.
UPDATE "referral_history" SET "actor_client_id" = NULL, "actor_role" = NULL WHERE "actor_client_id" = 'koordinat' AND "actor_role" = 'SYSTEM';--> statement-breakpoint
-- A referral is created at version 1 and every move (each with its history row) adds one.
UPDATE "referral_history" h SET "version" = n.step
FROM (SELECT "id", row_number() OVER (PARTITION BY "entity_id" ORDER BY "id") AS step FROM "referral_history") n
WHERE n."id" = h."id";--> statement-breakpoint
ALTER TABLE "referral_history" ALTER COLUMN "version" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "referral_history" RENAME CONSTRAINT "referral_history_referral_id_referrals_id_fk" TO "referral_history_entity_id_referrals_id_fk";--> statement-breakpoint
ALTER INDEX "referral_history_referral_idx" RENAME TO "referral_history_entity_idx";--> statement-breakpoint
SELECT koordinat_make_append_only('referral_history');--> statement-breakpoint
DROP TRIGGER "ht_history_append_only" ON "ht_history";--> statement-breakpoint
ALTER TABLE "ht_history" RENAME TO "health_tourism_case_history";--> statement-breakpoint
ALTER SEQUENCE "ht_history_id_seq" RENAME TO "health_tourism_case_history_id_seq";--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" RENAME CONSTRAINT "ht_history_pkey" TO "health_tourism_case_history_pkey";--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" RENAME COLUMN "case_id" TO "entity_id";--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" RENAME COLUMN "from_status" TO "from_state";--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" RENAME COLUMN "to_status" TO "to_state";--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" RENAME COLUMN "client_id" TO "actor_client_id";--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" RENAME COLUMN "role" TO "actor_role";--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" RENAME COLUMN "comment" TO "note";--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" ALTER COLUMN "actor_client_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" ALTER COLUMN "actor_role" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" ADD COLUMN "actor_person" text;--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" ADD COLUMN "version" integer;--> statement-breakpoint
-- A case is opened at version 1 and every step (each with its history row) adds one.
UPDATE "health_tourism_case_history" h SET "version" = n.step
FROM (SELECT "id", row_number() OVER (PARTITION BY "entity_id" ORDER BY "id") AS step FROM "health_tourism_case_history") n
WHERE n."id" = h."id";--> statement-breakpoint
ALTER TABLE "health_tourism_case_history" ALTER COLUMN "version" SET NOT NULL;--> statement-breakpoint
-- Drizzle's name for the foreign key is 64 characters; PostgreSQL keeps its first 63, here as in drizzle's own DDL.
ALTER TABLE "health_tourism_case_history" RENAME CONSTRAINT "ht_history_case_id_health_tourism_cases_id_fk" TO "health_tourism_case_history_entity_id_health_tourism_cases_id_fk";--> statement-breakpoint
ALTER INDEX "ht_history_case_idx" RENAME TO "health_tourism_case_history_entity_idx";--> statement-breakpoint
SELECT koordinat_make_append_only('health_tourism_case_history');--> statement-breakpoint
CREATE TABLE "bed_search_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bed_search_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_id" uuid NOT NULL,
	"from_state" "search_status",
	"to_state" "search_status" NOT NULL,
	"action" text NOT NULL,
	"actor_client_id" text,
	"actor_role" text,
	"actor_person" text,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	"version" integer NOT NULL,
	"level" "search_level" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bed_search_history" ADD CONSTRAINT "bed_search_history_entity_id_bed_searches_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."bed_searches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bed_search_history_entity_idx" ON "bed_search_history" USING btree ("entity_id","id");--> statement-breakpoint
SELECT koordinat_make_append_only('bed_search_history');--> statement-breakpoint
-- Backfill: the moves the searches' levels tell (ER-7 keeps each level's start, end and outcome). Who acted is not
-- stored: reconstructed steps name no actor. A search starts at version 1 and every move added one.
INSERT INTO "bed_search_history" ("entity_id", "from_state", "to_state", "action", "note", "at", "version", "level")
SELECT "entity_id", "from_state", "to_state", "action", "note", "at",
       row_number() OVER (PARTITION BY "entity_id" ORDER BY k1, k2), "level"
FROM (
  -- ER-1: 112 of the province holds the new search.
  SELECT s."id" AS "entity_id", NULL::search_status AS "from_state", 'SEARCHING'::search_status AS "to_state", 'start' AS "action",
         'reconstructed from the search''s levels (migration 0026)' AS "note", s."created_at" AS "at",
         'EMERGENCY_112'::search_level AS "level", 0::bigint AS k1, 0 AS k2
  FROM "bed_searches" s
  UNION ALL
  -- A level's turn begins after an escalation (ER-3/ER-4) or, after its bed was not used, again at the same level (ER-8).
  SELECT l."search_id", CASE WHEN l.previous = 'BED_FOUND' THEN 'BED_RESERVED' ELSE 'SEARCHING' END::search_status, 'SEARCHING',
         CASE WHEN l.previous = 'BED_FOUND' THEN 'reopen' ELSE 'escalate' END,
         coalesce(nullif(substring(l.previous FROM '^ESCALATED: (.*)$'), ''), 'reconstructed from the search''s levels (migration 0026)'),
         l."started_at", l."level", l."id", 0
  FROM (SELECT *, lag("outcome") OVER (PARTITION BY "search_id" ORDER BY "id") AS previous FROM "bed_search_levels") l
  WHERE l.previous = 'BED_FOUND' OR l.previous LIKE 'ESCALATED%'
  UNION ALL
  -- A level's turn ends with a bed reserved (ER-6) or with the referral's cancellation.
  SELECT l."search_id", 'SEARCHING', CASE l."outcome" WHEN 'BED_FOUND' THEN 'BED_RESERVED' ELSE 'CANCELLED' END::search_status,
         CASE l."outcome" WHEN 'BED_FOUND' THEN 'offerBed' ELSE 'cancelReferral' END,
         'reconstructed from the search''s levels (migration 0026)', l."ended_at", l."level", l."id", 1
  FROM "bed_search_levels" l
  WHERE l."outcome" IN ('BED_FOUND', 'REFERRAL_CANCELLED') AND l."ended_at" IS NOT NULL
  UNION ALL
  -- ER-5: the transfer closed it; or the referral was cancelled while a bed was reserved.
  SELECT s."id", 'BED_RESERVED', s."status", CASE s."status" WHEN 'CLOSED' THEN 'completeTransfer' ELSE 'cancelReferral' END,
         'reconstructed from the search row (migration 0026)', s."updated_at", s."level", 9223372036854775807, 0
  FROM "bed_searches" s
  WHERE s."status" = 'CLOSED'
     OR (s."status" = 'CANCELLED'
         AND NOT EXISTS (SELECT 1 FROM "bed_search_levels" l WHERE l."search_id" = s."id" AND l."outcome" = 'REFERRAL_CANCELLED'))
) moves
ORDER BY "entity_id", k1, k2;
