CREATE TABLE "appointment_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appointment_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_id" uuid NOT NULL,
	"from_state" "appointment_status",
	"to_state" "appointment_status" NOT NULL,
	"action" text NOT NULL,
	"actor_client_id" text,
	"actor_role" text,
	"actor_person" text,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kz_attachment_request_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "kz_attachment_request_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_id" uuid NOT NULL,
	"from_state" "kz_request_status",
	"to_state" "kz_request_status" NOT NULL,
	"action" text NOT NULL,
	"actor_client_id" text,
	"actor_role" text,
	"actor_person" text,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointment_history" ADD CONSTRAINT "appointment_history_entity_id_appointments_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."appointments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kz_attachment_request_history" ADD CONSTRAINT "kz_attachment_request_history_entity_id_kz_attachment_requests_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."kz_attachment_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_history_entity_idx" ON "appointment_history" USING btree ("entity_id","id");--> statement-breakpoint
CREATE INDEX "kz_attachment_request_history_entity_idx" ON "kz_attachment_request_history" USING btree ("entity_id","id");--> statement-breakpoint
-- The convention for append-only tables (workflow histories, logs): one call makes a table refuse updates, deletes and truncation.
CREATE FUNCTION koordinat_make_append_only(target regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  name text := (SELECT relname FROM pg_class WHERE oid = target);
BEGIN
  EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change()', name || '_append_only', target);
  EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION koordinat_refuse_change()', name || '_no_truncate', target);
END;
$$;
--> statement-breakpoint
SELECT koordinat_make_append_only('appointment_history');
--> statement-breakpoint
SELECT koordinat_make_append_only('kz_attachment_request_history');
--> statement-breakpoint
-- Backfill: the history the rows already tell (who booked is stored; who confirmed, cancelled or decided is not).
INSERT INTO appointment_history (entity_id, from_state, to_state, action, actor_client_id, note, at, version)
SELECT entity_id, from_state, to_state, action, actor_client_id, 'reconstructed from the appointment row (migration 0020)', at, version
FROM (
  SELECT id AS entity_id, NULL::appointment_status AS from_state, 'BOOKED'::appointment_status AS to_state, 'book' AS action,
         booked_by_client_id AS actor_client_id, booked_at AS at, 1 AS version, 0 AS step
  FROM appointments
  UNION ALL
  SELECT id, 'BOOKED', 'BOOKED', 'confirm', NULL, confirmed_at, CASE WHEN status = 'BOOKED' THEN version ELSE version - 1 END, 1
  FROM appointments WHERE confirmed_at IS NOT NULL
  UNION ALL
  SELECT id, 'BOOKED', status,
         CASE status WHEN 'CANCELLED' THEN 'cancel' WHEN 'AUTO_CANCELLED' THEN 'autoCancel' ELSE 'recordAttendance' END,
         NULL, coalesce(cancelled_at, attendance_recorded_at, updated_at), version, 2
  FROM appointments WHERE status <> 'BOOKED'
) moves
ORDER BY at, entity_id, step;
--> statement-breakpoint
INSERT INTO kz_attachment_request_history (entity_id, from_state, to_state, action, actor_client_id, note, at, version)
SELECT entity_id, from_state, to_state, action, NULL, coalesce(reason, 'reconstructed from the request row (migration 0020)'), at, version
FROM (
  SELECT id AS entity_id, NULL::kz_request_status AS from_state, 'SUBMITTED'::kz_request_status AS to_state, 'submit' AS action,
         NULL AS reason, submitted_at AS at, 1 AS version, 0 AS step
  FROM kz_attachment_requests
  UNION ALL
  SELECT id, 'SUBMITTED', 'FILED', 'file', NULL, filed_at, 2, 1
  FROM kz_attachment_requests WHERE filed_at IS NOT NULL
  UNION ALL
  SELECT id, CASE WHEN filed_at IS NULL THEN 'SUBMITTED' ELSE 'FILED' END::kz_request_status, status, 'decide', refusal_reason,
         coalesce(decided_at, updated_at), version, 2
  FROM kz_attachment_requests WHERE status NOT IN ('SUBMITTED', 'FILED')
) moves
ORDER BY at, entity_id, step;
