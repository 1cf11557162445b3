ALTER TYPE "public"."approval_subject_kind" ADD VALUE 'EXTERNAL_REQUEST';--> statement-breakpoint
ALTER TYPE "public"."approval_subject_kind" ADD VALUE 'WORLD_BANK_ACTIVITY';--> statement-breakpoint
ALTER TYPE "public"."approval_subject_kind" ADD VALUE 'DATA_REQUEST';--> statement-breakpoint
ALTER TYPE "public"."approval_subject_kind" ADD VALUE 'GENERIC';--> statement-breakpoint
CREATE TABLE "approval_departments" (
	"code" text PRIMARY KEY NOT NULL,
	"name_tr" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "department_heads" (
	"client_id" text NOT NULL,
	"department_code" text NOT NULL,
	"assigned_by_client_id" text NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "department_heads_pkey" PRIMARY KEY("client_id","department_code")
);
--> statement-breakpoint
ALTER TABLE "approvals" DROP CONSTRAINT "approvals_template_code_approval_templates_code_fk";
--> statement-breakpoint
ALTER TABLE "approval_templates" DROP CONSTRAINT "approval_templates_pkey";--> statement-breakpoint
ALTER TABLE "approval_templates" ADD COLUMN "template_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- APR-6: the departments of the seeds' chains; existing templates take theirs (seed 001's chains are the
-- statistics department's, seed 000's the coordination units' department).
INSERT INTO "approval_departments" ("code", "name_tr", "name_en") VALUES
  ('IARSY', 'İstatistik, Analiz, Raporlama ve Stratejik Yönetim Dairesi Başkanlığı', 'Department of Statistics, Analysis, Reporting and Strategic Management'),
  ('COORDINATION', 'Koordinasyon birimlerinin Daire Başkanlığı (sağlık turizmi, afet yönetimi, yurt dışı hastaneler, dış ilişkiler)', 'Department of the coordination units (health tourism, disaster management, overseas hospitals, foreign relations)'),
  ('COMMUNICATIONS', 'İletişim Dairesi Başkanlığı', 'Communications Department'),
  ('SUPPLY_PLANNING', 'Tedarik Planlama, Stok ve Lojistik Yönetimi Daire Başkanlığı', 'Department of Supply Planning, Stock and Logistics Management');--> statement-breakpoint
ALTER TABLE "approval_templates" ADD COLUMN "department_code" text;--> statement-breakpoint
UPDATE "approval_templates" SET "department_code" = CASE WHEN "code" IN ('ACTIVITY_REPORT_MONTHLY', 'ACTIVITY_REPORT_ANNUAL', 'STRATEGIC_PLAN', 'INTERNAL_CONTROL_REPORT', 'ACTION_PLAN_180_DAY', 'PUBLICATION') THEN 'IARSY' ELSE 'COORDINATION' END;--> statement-breakpoint
ALTER TABLE "approval_templates" ALTER COLUMN "department_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "approval_templates" ADD COLUMN "due_policy" jsonb;--> statement-breakpoint
ALTER TABLE "approval_templates" ADD COLUMN "created_by_client_id" text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE "approval_templates" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "approval_templates" ADD COLUMN "superseded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "approval_templates" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "approval_templates" ADD CONSTRAINT "approval_templates_pkey" PRIMARY KEY("code","template_version");--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "template_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "department_heads" ADD CONSTRAINT "department_heads_department_code_approval_departments_code_fk" FOREIGN KEY ("department_code") REFERENCES "public"."approval_departments"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_templates" ADD CONSTRAINT "approval_templates_department_code_approval_departments_code_fk" FOREIGN KEY ("department_code") REFERENCES "public"."approval_departments"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_template_fk" FOREIGN KEY ("template_code","template_version") REFERENCES "public"."approval_templates"("code","template_version") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "approval_templates_one_current" ON "approval_templates" USING btree ("code") WHERE "approval_templates"."superseded_at" is null and "approval_templates"."retired_at" is null;
--> statement-breakpoint
CREATE TABLE "approval_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "approval_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_id" uuid NOT NULL,
	"from_state" "approval_status",
	"to_state" "approval_status" NOT NULL,
	"action" text NOT NULL,
	"actor_client_id" text,
	"actor_role" text,
	"actor_person" text,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	"version" integer NOT NULL,
	"revision" integer NOT NULL,
	"step_index" integer,
	"step_kind" "approval_step_kind",
	"decision" "approval_decision" NOT NULL,
	"step_started_at" timestamp with time zone NOT NULL,
	"subject_snapshot" jsonb
);
--> statement-breakpoint
ALTER TABLE "approval_history" ADD CONSTRAINT "approval_history_entity_id_approvals_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."approvals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_history_entity_idx" ON "approval_history" USING btree ("entity_id","id");--> statement-breakpoint
SELECT koordinat_make_append_only('approval_history');
--> statement-breakpoint
-- APR-4: one decision per step and revision, whoever comes second (transition()'s version guard decides first).
CREATE UNIQUE INDEX "approval_history_one_per_step" ON "approval_history" ("entity_id", "revision", "step_index") WHERE "step_index" IS NOT NULL;
--> statement-breakpoint
-- The decisions recorded so far move over with their rows: the states and versions they led to are what the chain
-- did (a version per decision, 1 for the submission), the last step's approval ending it APPROVED.
INSERT INTO approval_history (entity_id, from_state, to_state, action, actor_client_id, actor_role, note, at, version,
                              revision, step_index, step_kind, decision, step_started_at, subject_snapshot)
SELECT entity_id, lag(to_state) OVER (PARTITION BY entity_id ORDER BY id), to_state, lower(decision::text), actor_client_id, actor_role,
       note, at, row_number() OVER (PARTITION BY entity_id ORDER BY id), revision, step_index, step_kind, decision, step_started_at,
       subject_snapshot
FROM (
  SELECT d.id, d.approval_id AS entity_id, d.decided_by_client_id AS actor_client_id, d.role AS actor_role, d.comment AS note,
         d.decided_at AS at, d.revision, d.step_index, d.step_kind, d.decision, d.step_started_at, d.subject_snapshot,
         CASE
           WHEN d.decision = 'REJECT' THEN 'REJECTED'
           WHEN d.decision = 'RETURN' THEN 'RETURNED'
           WHEN d.decision IN ('SUBMIT', 'RESUBMIT') THEN 'IN_PROGRESS'
           WHEN d.step_index = jsonb_array_length(t.steps) - 1 THEN 'APPROVED'
           ELSE 'IN_PROGRESS'
         END::approval_status AS to_state
  FROM approval_decisions d
  JOIN approvals a ON a.id = d.approval_id
  JOIN approval_templates t ON t.code = a.template_code AND t.template_version = a.template_version
) decisions
ORDER BY id;

--> statement-breakpoint
DROP TABLE "approval_decisions" CASCADE;
--> statement-breakpoint
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
