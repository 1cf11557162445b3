CREATE TYPE "public"."approval_decision" AS ENUM('SUBMIT', 'RESUBMIT', 'APPROVE', 'SIGN', 'COMPLETE', 'REJECT', 'RETURN');--> statement-breakpoint
CREATE TYPE "public"."approval_status" AS ENUM('IN_PROGRESS', 'RETURNED', 'APPROVED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."approval_step_kind" AS ENUM('REVIEW', 'APPROVAL', 'SIGNATURE', 'PREPARATION', 'EXTERNAL', 'NOTIFICATION');--> statement-breakpoint
CREATE TYPE "public"."approval_subject_kind" AS ENUM('ACTIVITY_REPORT', 'STRATEGIC_PLAN', 'INTERNAL_CONTROL_REPORT', 'ACTION_PLAN', 'PUBLICATION', 'TRAINER_TRAINING', 'OVERSEAS_DEPLOYMENT', 'INFORMATION_REQUEST', 'PETITION');--> statement-breakpoint
CREATE TABLE "approval_decisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "approval_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"approval_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"step_index" integer,
	"step_kind" "approval_step_kind",
	"role" text NOT NULL,
	"decision" "approval_decision" NOT NULL,
	"comment" text NOT NULL,
	"decided_by_client_id" text NOT NULL,
	"step_started_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"subject_snapshot" jsonb
);
--> statement-breakpoint
CREATE TABLE "approval_templates" (
	"code" text PRIMARY KEY NOT NULL,
	"name_tr" text NOT NULL,
	"name_en" text NOT NULL,
	"subject_kind" "approval_subject_kind" NOT NULL,
	"steps" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_code" text NOT NULL,
	"title" text NOT NULL,
	"subject" jsonb NOT NULL,
	"preparer_client_id" text NOT NULL,
	"preparer_role" text NOT NULL,
	"status" "approval_status" DEFAULT 'IN_PROGRESS' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"current_step" integer,
	"current_step_started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "approval_decisions" ADD CONSTRAINT "approval_decisions_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "public"."approvals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_template_code_approval_templates_code_fk" FOREIGN KEY ("template_code") REFERENCES "public"."approval_templates"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "approval_decisions_one_per_step" ON "approval_decisions" USING btree ("approval_id","revision","step_index") WHERE "approval_decisions"."step_index" is not null;--> statement-breakpoint
CREATE INDEX "approval_decisions_approval_idx" ON "approval_decisions" USING btree ("approval_id","id");--> statement-breakpoint
CREATE INDEX "approvals_status_idx" ON "approvals" USING btree ("status","template_code","created_at");