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
