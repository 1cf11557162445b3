-- referral_history and ht_history: IF NOT EXISTS, because a branch that moves them onto the history convention
-- (drizzle/schema/history.ts) gives them actor_person already; either order of the two migrations works.
CREATE TABLE "oidc_state" (
	"model" text NOT NULL,
	"id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"expires_at" timestamp with time zone,
	"uid" text,
	"grant_id" text,
	"user_code" text,
	CONSTRAINT "oidc_state_pkey" PRIMARY KEY("model","id")
);
--> statement-breakpoint
CREATE TABLE "staff_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"organisation" text NOT NULL,
	"role" "role" NOT NULL,
	"scope_kind" "scope_kind" NOT NULL,
	"scope_value" text,
	"password_hash" text NOT NULL,
	"totp_secret" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"disabled_by" text,
	CONSTRAINT "staff_accounts_username_key" UNIQUE("username"),
	CONSTRAINT "staff_accounts_username_form" CHECK ("staff_accounts"."username" ~ '^[a-z0-9][a-z0-9._-]{1,62}$')
);
--> statement-breakpoint
DROP VIEW "public"."access_log_entries";--> statement-breakpoint
ALTER TABLE "access_log" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "domain_events" ADD COLUMN "actor_person_id" text;--> statement-breakpoint
ALTER TABLE "ht_history" ADD COLUMN IF NOT EXISTS "actor_person" text;--> statement-breakpoint
ALTER TABLE "referral_history" ADD COLUMN IF NOT EXISTS "actor_person" text;--> statement-breakpoint
ALTER TABLE "settlement_area_history" ADD COLUMN "actor_person" text;--> statement-breakpoint
CREATE INDEX "oidc_state_uid_idx" ON "oidc_state" USING btree ("uid");--> statement-breakpoint
CREATE INDEX "oidc_state_grant_idx" ON "oidc_state" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "oidc_state_user_code_idx" ON "oidc_state" USING btree ("user_code");--> statement-breakpoint
CREATE INDEX "oidc_state_expires_idx" ON "oidc_state" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "staff_accounts_created_idx" ON "staff_accounts" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "access_log_person_idx" ON "access_log" USING btree ("person_id","id") WHERE "access_log"."person_id" is not null;--> statement-breakpoint
CREATE VIEW "public"."access_log_entries" AS (select l.id, e.position::int as position, l.at, l.client_id, l.person_id, l.role::text as role, l.operation, l.action, l.patient_ids,
        e.patient_id, e.basis, l.request_id
      from "access_log" l cross join lateral unnest(l.patient_ids, l.bases) with ordinality as e(patient_id, basis, position));