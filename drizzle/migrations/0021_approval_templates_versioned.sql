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