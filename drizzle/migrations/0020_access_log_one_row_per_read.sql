-- Issue #20: the access log becomes one row per read per request, naming its patients (an array with a GIN index).
-- The per-patient rows are regrouped, a request's rows of one action into one row (the patients in the order they
-- were logged), rows outside a request one by one; then the old table goes (its triggers with it).
DROP INDEX "access_log_patient_idx";--> statement-breakpoint
DROP INDEX "access_log_client_idx";--> statement-breakpoint
DROP INDEX "access_log_at_idx";--> statement-breakpoint
ALTER TABLE "access_log" RENAME TO "access_log_per_patient";--> statement-breakpoint
ALTER TABLE "access_log_per_patient" RENAME CONSTRAINT "access_log_pkey" TO "access_log_per_patient_pkey";--> statement-breakpoint
ALTER SEQUENCE "access_log_id_seq" RENAME TO "access_log_per_patient_id_seq";--> statement-breakpoint
CREATE TABLE "access_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "access_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"client_id" text NOT NULL,
	"role" "role" NOT NULL,
	"operation" text NOT NULL,
	"action" text NOT NULL,
	"patient_ids" uuid[] NOT NULL,
	"bases" text[] NOT NULL,
	"request_id" text
);
--> statement-breakpoint
INSERT INTO "access_log" (at, client_id, role, operation, action, patient_ids, bases, request_id)
  SELECT min(at), client_id, role, operation, action, array_agg(patient_id ORDER BY id), array_agg(basis ORDER BY id), request_id
  FROM "access_log_per_patient"
  GROUP BY coalesce(request_id, 'row ' || id), request_id, client_id, role, operation, action
  ORDER BY min(id);--> statement-breakpoint
DROP TABLE "access_log_per_patient";--> statement-breakpoint
CREATE INDEX "access_log_patients_idx" ON "access_log" USING gin ("patient_ids");--> statement-breakpoint
CREATE INDEX "access_log_client_idx" ON "access_log" USING btree ("client_id","id");--> statement-breakpoint
CREATE INDEX "access_log_at_idx" ON "access_log" USING btree ("at");--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION koordinat_refuse_change();--> statement-breakpoint
CREATE VIEW "public"."access_log_entries" AS (select l.id, e.position::int as position, l.at, l.client_id, l.role::text as role, l.operation, l.action, l.patient_ids,
        e.patient_id, e.basis, l.request_id
      from "access_log" l cross join lateral unnest(l.patient_ids, l.bases) with ordinality as e(patient_id, basis, position));
