-- Hand-written (issue #21 item 3): the append-only and time-ordered tables become natively partitioned by month
-- (PARTITION BY RANGE on their time column), with a DEFAULT partition so an insert never fails, monthly partitions
-- made ahead, and a retention per table that a maintenance job applies by dropping whole partitions. Plain SQL and
-- plpgsql only: the same migration runs on PostgreSQL 15 and on the embedded engine (no pg_partman there).
--
-- The convention (README "Partitions and retention"): one call converts a table in place, rows and all:
--     SELECT koordinat_partition_by_month('<table>', '<time column>', '<retention>'::interval);
-- and koordinat_maintain_partitions() (the server's minute jobs, `npm run db:partitions`) keeps every registered
-- table's partitions made ahead, moves rows that fell into the DEFAULT partition into months of their own and drops
-- partitions older than the table's retention.

-- Which tables are partitioned by month, on which column, how many months are made ahead and how long partitions
-- are kept (null: for ever). The access log is kept at least 10 years (KVKK audit trail): no setting can shorten it.
CREATE TABLE "koordinat_partitioned_tables" (
	"table_name" text PRIMARY KEY,
	"column_name" text NOT NULL,
	"retention" interval,
	"premake_months" integer DEFAULT 3 NOT NULL CHECK ("premake_months" BETWEEN 0 AND 24),
	CONSTRAINT "koordinat_partitioned_tables_access_log_retention" CHECK ("table_name" <> 'access_log' OR "retention" IS NULL OR "retention" >= interval '10 years')
);
--> statement-breakpoint
-- The first instant of the month (UTC) holding `at`.
CREATE FUNCTION koordinat_month_start(at timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('month', at, 'UTC')
$$;
--> statement-breakpoint
-- The monthly partition of `parent` for the month starting at `month_start` (named <parent>_pYYYY_MM), made if
-- missing. Row triggers are cloned by PostgreSQL; a TRUNCATE guard of the parent is given to the partition too.
-- Returns the partition's name when it was made, null when it existed.
CREATE FUNCTION koordinat_ensure_month_partition(parent regclass, month_start timestamptz) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  parent_name text := (SELECT relname FROM pg_class WHERE oid = parent);
  part_name text := parent_name || '_p' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
BEGIN
  IF to_regclass(quote_ident(part_name)) IS NOT NULL THEN
    RETURN NULL;
  END IF;
  EXECUTE format('CREATE TABLE %I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)', part_name, parent,
    month_start, month_start + interval '1 month');
  PERFORM koordinat_guard_partition_truncate(parent, part_name);
  RETURN part_name;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION koordinat_guard_partition_truncate(parent regclass, part_name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- A statement trigger of a partitioned table does not reach its partitions: TRUNCATE of one is refused by its own.
  IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = parent AND NOT tgisinternal AND tgfoid = 'koordinat_refuse_change'::regproc
             AND (tgtype & 32) <> 0)
     AND NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = to_regclass(quote_ident(part_name)) AND tgname = part_name || '_no_truncate') THEN
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION koordinat_refuse_change()',
      part_name || '_no_truncate', part_name);
  END IF;
END;
$$;
--> statement-breakpoint
-- The append-only convention now also guards the partitions a partitioned table already has.
CREATE OR REPLACE FUNCTION koordinat_make_append_only(target regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  name text := (SELECT relname FROM pg_class WHERE oid = target);
  part regclass;
BEGIN
  EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change()', name || '_append_only', target);
  EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION koordinat_refuse_change()', name || '_no_truncate', target);
  FOR part IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = target LOOP
    PERFORM koordinat_guard_partition_truncate(target, (SELECT relname FROM pg_class WHERE oid = part));
  END LOOP;
END;
$$;
--> statement-breakpoint
-- Keeps one registered table's partitions (the lock of koordinat_maintain_partitions is the caller's): months from
-- `at`'s to `premake_months` ahead exist; rows that fell into DEFAULT (dated beyond what was made) get their months
-- and move there; partitions wholly older than `at - retention` are dropped. Reports what it did.
CREATE FUNCTION koordinat_maintain_partitioned_table(parent regclass, at timestamptz DEFAULT now())
RETURNS TABLE(table_name text, action text, partition_name text, moved_rows bigint) LANGUAGE plpgsql AS $$
DECLARE
  conf koordinat_partitioned_tables%ROWTYPE;
  parent_name text := (SELECT relname FROM pg_class WHERE oid = parent);
  default_name text := parent_name || '_default';
  moving_name text := parent_name || '_default_moving';
  columns text;
  month timestamptz;
  made text;
  part record;
  upper_bound timestamptz;
  moved bigint := 0;
  stray boolean;
BEGIN
  SELECT * INTO conf FROM koordinat_partitioned_tables c WHERE c.table_name = parent_name;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'table % is not registered in koordinat_partitioned_tables', parent_name;
  END IF;
  table_name := parent_name;
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', default_name) INTO stray;
  IF stray THEN
    -- Rows past the made months: the DEFAULT partition is set aside, their months are made, and the rows are
    -- inserted again through the parent (no UPDATE or DELETE: the append-only guards stay on).
    EXECUTE format('ALTER TABLE %s DETACH PARTITION %I', parent, default_name);
    EXECUTE format('ALTER TABLE %I RENAME TO %I', default_name, moving_name);
    FOR month IN EXECUTE format('SELECT DISTINCT koordinat_month_start(%I) FROM %I ORDER BY 1', conf.column_name, moving_name) LOOP
      made := koordinat_ensure_month_partition(parent, month);
      IF made IS NOT NULL THEN
        action := 'created'; partition_name := made; moved_rows := NULL; RETURN NEXT;
      END IF;
    END LOOP;
  END IF;
  FOR month IN SELECT generate_series(koordinat_month_start(at), koordinat_month_start(at) + make_interval(months => conf.premake_months), interval '1 month') LOOP
    made := koordinat_ensure_month_partition(parent, month);
    IF made IS NOT NULL THEN
      action := 'created'; partition_name := made; moved_rows := NULL; RETURN NEXT;
    END IF;
  END LOOP;
  IF to_regclass(quote_ident(default_name)) IS NULL THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF %s DEFAULT', default_name, parent);
    PERFORM koordinat_guard_partition_truncate(parent, default_name);
  END IF;
  IF stray THEN
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO columns
      FROM pg_attribute WHERE attrelid = parent AND attnum > 0 AND NOT attisdropped;
    EXECUTE format('INSERT INTO %s (%s) SELECT %s FROM %I', parent, columns, columns, moving_name);
    GET DIAGNOSTICS moved = ROW_COUNT;
    EXECUTE format('DROP TABLE %I', moving_name);
    action := 'moved from default'; partition_name := default_name; moved_rows := moved; RETURN NEXT;
  END IF;
  IF conf.retention IS NOT NULL THEN
    FOR part IN
      SELECT c.oid::regclass AS rel, c.relname, pg_get_expr(c.relpartbound, c.oid) AS bound
      FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = parent ORDER BY c.relname
    LOOP
      CONTINUE WHEN part.bound = 'DEFAULT';
      upper_bound := substring(part.bound FROM 'TO \(''([^'']+)''\)')::timestamptz;
      IF upper_bound <= at - conf.retention THEN
        EXECUTE format('DROP TABLE %s', part.rel);
        action := 'dropped'; partition_name := part.relname; moved_rows := NULL; RETURN NEXT;
      END IF;
    END LOOP;
  END IF;
END;
$$;
--> statement-breakpoint
-- Every registered table's upkeep, one caller at a time (two API processes running it at once wait for each other).
-- Making or dropping a partition locks its parent: behind a long query on the table, that wait would hold up every
-- insert queued behind it (each read writes the access log). So a table whose lock is not had within
-- `lock_wait` is skipped ("skipped: lock wait") and tried again on the next run; months are made 3 ahead.
CREATE FUNCTION koordinat_maintain_partitions(at timestamptz DEFAULT now(), lock_wait interval DEFAULT interval '2 seconds')
RETURNS TABLE(table_name text, action text, partition_name text, moved_rows bigint) LANGUAGE plpgsql AS $$
DECLARE
  registered text;
  done jsonb;
  previous_lock_timeout text := current_setting('lock_timeout');
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('koordinat_maintain_partitions'));
  PERFORM set_config('lock_timeout', (extract(epoch FROM lock_wait) * 1000)::bigint::text, true);
  FOR registered IN SELECT c.table_name FROM koordinat_partitioned_tables c ORDER BY c.table_name LOOP
    BEGIN
      SELECT coalesce(jsonb_agg(to_jsonb(m)), '[]') INTO done FROM koordinat_maintain_partitioned_table(quote_ident(registered)::regclass, at) m;
    EXCEPTION WHEN lock_not_available THEN
      done := jsonb_build_array(jsonb_build_object('table_name', registered, 'action', 'skipped: lock wait'));
    END;
    RETURN QUERY SELECT d->>'table_name', d->>'action', d->>'partition_name', (d->>'moved_rows')::bigint FROM jsonb_array_elements(done) d;
  END LOOP;
  PERFORM set_config('lock_timeout', previous_lock_timeout, true);
END;
$$;
--> statement-breakpoint
-- Converts `target` in place into a table partitioned by month on `column_name` (a timestamptz), rows and all, and
-- registers it with its retention (null: kept for ever). Columns, defaults, NOT NULL, CHECK and outgoing foreign
-- keys, indexes, triggers (the append-only guards) and the views reading it come from the catalog, so whatever
-- earlier migrations added is kept. What native partitioning requires changes: an identity column becomes a column
-- with a sequence default (PostgreSQL 15 allows no identity on a partitioned table; the sequence keeps its name and
-- position), and the primary key and unique constraints gain the partition column. Refused: a foreign key pointing
-- INTO the table (drop or re-point it first) and a unique index outside a constraint that lacks the column.
-- Called again on a partitioned table, it only updates the registration and maintains it.
CREATE FUNCTION koordinat_partition_by_month(target regclass, column_name text, retention interval DEFAULT NULL, premake_months integer DEFAULT 3)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  name text := (SELECT relname FROM pg_class WHERE oid = target);
  old_name text := (SELECT relname FROM pg_class WHERE oid = target) || '_unpartitioned';
  part_attnum smallint;
  item record;
  views text[] := '{}';
  view_names text[] := '{}';
  constraints text[] := '{}';
  indexes text[] := '{}';
  triggers text[] := '{}';
  sequences text[] := '{}';
  columns text;
  month timestamptz;
  seq record;
  last_value bigint;
  is_called boolean;
  i integer;
BEGIN
  INSERT INTO koordinat_partitioned_tables AS c (table_name, column_name, retention, premake_months)
    VALUES (name, koordinat_partition_by_month.column_name, koordinat_partition_by_month.retention, koordinat_partition_by_month.premake_months)
    ON CONFLICT ON CONSTRAINT koordinat_partitioned_tables_pkey DO UPDATE
    SET column_name = excluded.column_name, retention = excluded.retention, premake_months = excluded.premake_months;
  IF (SELECT relkind FROM pg_class WHERE oid = target) = 'p' THEN
    PERFORM koordinat_maintain_partitioned_table(target);
    RETURN;
  END IF;
  SELECT attnum INTO part_attnum FROM pg_attribute
    WHERE attrelid = target AND attname = koordinat_partition_by_month.column_name AND NOT attisdropped
      AND atttypid = 'timestamptz'::regtype;
  IF part_attnum IS NULL THEN
    RAISE EXCEPTION 'table % has no timestamptz column %', name, koordinat_partition_by_month.column_name;
  END IF;
  FOR item IN SELECT conname, conrelid::regclass AS rel FROM pg_constraint WHERE confrelid = target AND contype = 'f' LOOP
    RAISE EXCEPTION 'foreign key % of % points into %: a partitioned table needs the partition column in it; drop or re-point it first',
      item.conname, item.rel, name;
  END LOOP;

  -- What the new table needs again, read before anything moves.
  FOR item IN
    SELECT DISTINCT v.oid, v.oid::regclass AS rel, v.relkind FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
      JOIN pg_class v ON v.oid = r.ev_class
    WHERE d.refobjid = target AND d.classid = 'pg_rewrite'::regclass AND v.oid <> target ORDER BY v.oid
  LOOP
    IF item.relkind <> 'v' THEN
      RAISE EXCEPTION 'materialized view % reads %: drop it first', item.rel, name;
    END IF;
    view_names := view_names || item.rel::text;
    views := views || format('CREATE VIEW %s AS %s', item.rel, pg_get_viewdef(item.oid));
  END LOOP;
  FOR item IN SELECT conname, contype, conkey, oid FROM pg_constraint WHERE conrelid = target AND contype IN ('p', 'u', 'f', 'c', 'x') ORDER BY contype DESC, conname LOOP
    IF item.contype = 'x' THEN
      RAISE EXCEPTION 'exclusion constraint % of % cannot be kept on a partitioned table', item.conname, name;
    ELSIF item.contype IN ('p', 'u') THEN
      SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord) INTO columns
        FROM unnest(item.conkey || CASE WHEN part_attnum = ANY (item.conkey) THEN '{}'::smallint[] ELSE ARRAY[part_attnum] END)
             WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = target AND a.attnum = k.attnum;
      constraints := constraints || format('ALTER TABLE %I ADD CONSTRAINT %I %s (%s)', name, item.conname,
        CASE item.contype WHEN 'p' THEN 'PRIMARY KEY' ELSE 'UNIQUE' END, columns);
    ELSE
      constraints := constraints || format('ALTER TABLE %I ADD CONSTRAINT %I %s', name, item.conname, pg_get_constraintdef(item.oid));
    END IF;
  END LOOP;
  FOR item IN
    SELECT x.indexrelid, x.indisunique, x.indkey::smallint[] AS keys, c.relname FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
    WHERE x.indrelid = target AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.conrelid = target)
  LOOP
    IF item.indisunique AND NOT part_attnum = ANY (item.keys) THEN
      RAISE EXCEPTION 'unique index % of % lacks the partition column %: replace it first', item.relname, name, koordinat_partition_by_month.column_name;
    END IF;
    indexes := indexes || pg_get_indexdef(item.indexrelid);
  END LOOP;
  FOR item IN SELECT oid, tgname, tgenabled FROM pg_trigger WHERE tgrelid = target AND NOT tgisinternal ORDER BY tgname LOOP
    triggers := triggers || pg_get_triggerdef(item.oid);
    IF item.tgenabled = 'D' THEN
      triggers := triggers || format('ALTER TABLE %I DISABLE TRIGGER %I', name, item.tgname);
    END IF;
  END LOOP;

  -- The swap: the old table steps aside, the partitioned one takes its name, its months and its rows.
  FOR i IN REVERSE coalesce(array_length(view_names, 1), 0)..1 LOOP
    EXECUTE format('DROP VIEW %s', view_names[i]);
  END LOOP;
  EXECUTE format('ALTER TABLE %s RENAME TO %I', target, old_name);
  EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS) PARTITION BY RANGE (%I)',
    name, old_name, koordinat_partition_by_month.column_name);
  FOR month IN EXECUTE format(
    'SELECT DISTINCT koordinat_month_start(%I) FROM %I UNION SELECT generate_series(koordinat_month_start(now()), koordinat_month_start(now()) + make_interval(months => %s), interval ''1 month'') ORDER BY 1',
    koordinat_partition_by_month.column_name, old_name, premake_months)
  LOOP
    PERFORM koordinat_ensure_month_partition(name::regclass, month);
  END LOOP;
  EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', name || '_default', name);
  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO columns
    FROM pg_attribute WHERE attrelid = name::regclass AND attnum > 0 AND NOT attisdropped;
  EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I', name, columns, columns, old_name);
  -- Sequences: an identity's (dropped with the old table) is made again under its name at its position; a serial's
  -- moves to the new column.
  FOR seq IN
    SELECT a.attname, a.attidentity, pg_get_serial_sequence(quote_ident(old_name), a.attname) AS seqname
    FROM pg_attribute a WHERE a.attrelid = old_name::regclass AND a.attnum > 0 AND NOT a.attisdropped
      AND pg_get_serial_sequence(quote_ident(old_name), a.attname) IS NOT NULL
  LOOP
    IF seq.attidentity <> '' THEN
      EXECUTE format('SELECT last_value, is_called FROM %s', seq.seqname) INTO last_value, is_called;
      sequences := sequences || format('CREATE SEQUENCE %s AS bigint OWNED BY %I.%I', seq.seqname, name, seq.attname)
        || format('SELECT setval(%L, %s, %L)', seq.seqname, last_value, is_called)
        || format('ALTER TABLE %I ALTER COLUMN %I SET DEFAULT nextval(%L::regclass)', name, seq.attname, seq.seqname);
    ELSE
      EXECUTE format('ALTER SEQUENCE %s OWNED BY %I.%I', seq.seqname, name, seq.attname);
    END IF;
  END LOOP;
  EXECUTE format('DROP TABLE %I', old_name);
  FOR i IN 1..coalesce(array_length(sequences, 1), 0) LOOP EXECUTE sequences[i]; END LOOP;
  FOR i IN 1..coalesce(array_length(constraints, 1), 0) LOOP EXECUTE constraints[i]; END LOOP;
  FOR i IN 1..coalesce(array_length(indexes, 1), 0) LOOP EXECUTE indexes[i]; END LOOP;
  FOR i IN 1..coalesce(array_length(triggers, 1), 0) LOOP EXECUTE triggers[i]; END LOOP;
  FOR item IN SELECT inhrelid FROM pg_inherits WHERE inhparent = name::regclass LOOP
    PERFORM koordinat_guard_partition_truncate(name::regclass, (SELECT relname FROM pg_class WHERE oid = item.inhrelid));
  END LOOP;
  FOR i IN 1..coalesce(array_length(views, 1), 0) LOOP EXECUTE views[i]; END LOOP;
END;
$$;
--> statement-breakpoint
-- Foreign keys INTO partitioned tables would need the partition column in them. Deliveries point at their event and
-- attempts at their delivery without one: retention drops deliveries (90 days) long before their events (13 months),
-- and a delivery's attempts go with it (the trigger below; by retention, at the same age).
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_event_seq_domain_events_seq_fk";
--> statement-breakpoint
ALTER TABLE "webhook_attempts" DROP CONSTRAINT "webhook_attempts_delivery_id_webhook_deliveries_id_fk";
--> statement-breakpoint
CREATE FUNCTION koordinat_delete_delivery_attempts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM webhook_attempts WHERE delivery_id = OLD.id;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "webhook_deliveries_delete_attempts" AFTER DELETE ON "webhook_deliveries"
  FOR EACH ROW EXECUTE FUNCTION koordinat_delete_delivery_attempts();
--> statement-breakpoint
-- APR-4's "one decision per step and revision" was a partial unique index of approval_history; a partitioned table's
-- unique index must hold the time column, which would defeat it. The guard moves to a small table of decided steps,
-- filled by a trigger and keyed by the same name, so a second decision still fails as a unique violation of
-- approval_history_one_per_step.
DROP INDEX "approval_history_one_per_step";
--> statement-breakpoint
CREATE TABLE "approval_history_decided_steps" (
	"entity_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"step_index" integer NOT NULL,
	CONSTRAINT "approval_history_one_per_step" PRIMARY KEY ("entity_id", "revision", "step_index")
);
--> statement-breakpoint
INSERT INTO "approval_history_decided_steps" SELECT DISTINCT entity_id, revision, step_index FROM approval_history WHERE step_index IS NOT NULL;
--> statement-breakpoint
CREATE FUNCTION koordinat_approval_history_decided_step() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO approval_history_decided_steps (entity_id, revision, step_index) VALUES (NEW.entity_id, NEW.revision, NEW.step_index);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "approval_history_decided_step" AFTER INSERT ON "approval_history"
  FOR EACH ROW WHEN (NEW.step_index IS NOT NULL) EXECUTE FUNCTION koordinat_approval_history_decided_step();
--> statement-breakpoint
-- The tables and their retention: the access log 10 years (KVKK audit trail; the floor above), the workflow
-- histories 10 years (the record of who decided what), the outbox 13 months (a year of events to replay and
-- compare, and the month before it), webhook deliveries and their attempts 90 days (a delivery log, not a record).
SELECT koordinat_partition_by_month('access_log', 'at', interval '10 years');
--> statement-breakpoint
SELECT koordinat_partition_by_month('domain_events', 'occurred_at', interval '13 months');
--> statement-breakpoint
SELECT koordinat_partition_by_month('webhook_deliveries', 'created_at', interval '90 days');
--> statement-breakpoint
SELECT koordinat_partition_by_month('webhook_attempts', 'at', interval '90 days');
--> statement-breakpoint
SELECT koordinat_partition_by_month('appointment_history', 'at', interval '10 years');
--> statement-breakpoint
SELECT koordinat_partition_by_month('kz_attachment_request_history', 'at', interval '10 years');
--> statement-breakpoint
SELECT koordinat_partition_by_month('reimbursement_claim_history', 'at', interval '10 years');
--> statement-breakpoint
SELECT koordinat_partition_by_month('monthly_submission_history', 'at', interval '10 years');
--> statement-breakpoint
SELECT koordinat_partition_by_month('approval_history', 'at', interval '10 years');
--> statement-breakpoint
-- The workflow histories moved onto the convention by migration 0026.
SELECT koordinat_partition_by_month('referral_history', 'at', interval '10 years');
--> statement-breakpoint
SELECT koordinat_partition_by_month('health_tourism_case_history', 'at', interval '10 years');
--> statement-breakpoint
SELECT koordinat_partition_by_month('bed_search_history', 'at', interval '10 years');
