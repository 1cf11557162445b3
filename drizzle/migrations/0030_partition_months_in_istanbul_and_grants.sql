-- Hand-written (issue #21): two corrections to the monthly partitions of migration 0027.
--
-- 1. A month is a Turkish month. The ministry's months (reports, retention, "the access log of December") are months
--    in Europe/Istanbul, not in UTC: an access-log row at 2026-12-31 22:30 UTC is January's. Partitions are now cut
--    at Istanbul midnight on the 1st (timestamptz bounds computed AT TIME ZONE 'Europe/Istanbul'; both PostgreSQL and
--    the embedded engine carry the time-zone data), retention counts Istanbul months, and every partitioned table's
--    existing UTC months are re-cut below, rows between the old and the new bound moving to their month.
-- 2. The conversion keeps the grants. koordinat_partition_by_month rebuilt a table without its ACL, so a role given
--    SELECT on it (a reporting or read-only role) lost it; the table's, its columns', its views' and its identity
--    sequence's grants are now given again to what replaces them. Partitions get none: every query through the parent
--    is checked against the parent's privileges only, and partitions are the upkeep's (owner's) business; granting
--    them too would let access outlive a REVOKE on the parent.

-- The zone of the ministry's months; the one place it is named.
CREATE FUNCTION koordinat_partition_time_zone() RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'Europe/Istanbul'
$$;
--> statement-breakpoint
-- Months are identified by their first day (a date) in that zone; the UTC-instant functions of 0027 go.
DROP FUNCTION koordinat_month_start(timestamptz);
--> statement-breakpoint
DROP FUNCTION koordinat_ensure_month_partition(regclass, timestamptz);
--> statement-breakpoint
-- The month (its first day, in Istanbul) holding `at`.
CREATE FUNCTION koordinat_month_of(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('month', at AT TIME ZONE koordinat_partition_time_zone())::date
$$;
--> statement-breakpoint
-- The first instant of `month`: midnight of its 1st in Istanbul.
CREATE FUNCTION koordinat_month_start(month date) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
  SELECT month::timestamp AT TIME ZONE koordinat_partition_time_zone()
$$;
--> statement-breakpoint
-- The months from `at`'s to `premake_months` ahead (calendar arithmetic on dates: no session time zone involved).
CREATE FUNCTION koordinat_months_ahead(at timestamptz, premake_months integer) RETURNS SETOF date LANGUAGE sql IMMUTABLE AS $$
  SELECT m::date FROM generate_series(koordinat_month_of(at)::timestamp,
    koordinat_month_of(at)::timestamp + make_interval(months => premake_months), interval '1 month') m
$$;
--> statement-breakpoint
-- The monthly partition of `parent` for `month` (named <parent>_pYYYY_MM), made if missing. Row triggers are cloned
-- by PostgreSQL; a TRUNCATE guard of the parent is given to the partition too. Returns the partition's name when it
-- was made, null when it existed.
CREATE FUNCTION koordinat_ensure_month_partition(parent regclass, month date) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  part_name text := (SELECT relname FROM pg_class WHERE oid = parent) || '_p' || to_char(month, 'YYYY_MM');
BEGIN
  IF to_regclass(quote_ident(part_name)) IS NOT NULL THEN
    RETURN NULL;
  END IF;
  EXECUTE format('CREATE TABLE %I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)', part_name, parent,
    koordinat_month_start(month), koordinat_month_start((month + interval '1 month')::date));
  PERFORM koordinat_guard_partition_truncate(parent, part_name);
  RETURN part_name;
END;
$$;
--> statement-breakpoint
-- Re-cuts partitions of a partitioned table at Istanbul months: `partitions` names which (all when null). They are
-- detached (which drops their clones of the parent's row triggers: the append-only guards, the decided-step and
-- delivery-attempt triggers do not fire on what follows); a partition's rows outside its Istanbul month, and every row
-- of DEFAULT, are copied into their month's table (made like the parent when missing) and deleted where they were;
-- then they are attached with Istanbul bounds (each attach checks its rows against them), DEFAULT last. Rows keep
-- their ids and nothing is inserted through the parent, so no trigger of it fires twice. Used by this migration on
-- 0027's UTC months (every partition, under the parent's lock: for a table of many years a migration of minutes)
-- and by the upkeep on DEFAULT only (its rows' months never exist yet: those rows would have gone there).
-- Reports the months it made ('created') and the rows it moved out of each partition ('moved').
CREATE FUNCTION koordinat_recut_months(parent regclass, partitions text[] DEFAULT NULL)
RETURNS TABLE(action text, partition_name text, moved_rows bigint) LANGUAGE plpgsql AS $$
DECLARE
  parent_name text := (SELECT relname FROM pg_class WHERE oid = parent);
  column_name text := (SELECT c.column_name FROM koordinat_partitioned_tables c WHERE c.table_name = parent_name);
  parts jsonb;
  part record;
  month date;
  target_name text;
  columns text;
BEGIN
  IF column_name IS NULL THEN
    RAISE EXCEPTION 'table % is not registered in koordinat_partitioned_tables', parent_name;
  END IF;
  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO columns
    FROM pg_attribute WHERE attrelid = parent AND attnum > 0 AND NOT attisdropped;
  -- name → its month (null: DEFAULT) and whether it was made here.
  SELECT coalesce(jsonb_object_agg(c.relname, jsonb_build_object('month',
      CASE WHEN pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT' THEN NULL
           ELSE to_date(substring(c.relname FROM '_p(\d{4}_\d{2})$'), 'YYYY_MM') END, 'made', false)), '{}')
    INTO parts
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = parent AND (partitions IS NULL OR c.relname = ANY (partitions));
  FOR part IN SELECT key AS name FROM jsonb_each(parts) LOOP
    EXECUTE format('ALTER TABLE %s DETACH PARTITION %I', parent, part.name);
  END LOOP;
  FOR part IN SELECT key AS name, (value->>'month')::date AS month FROM jsonb_each(parts) ORDER BY key LOOP
    FOR month IN EXECUTE format('SELECT DISTINCT koordinat_month_of(%I) FROM %I WHERE koordinat_month_of(%I) IS DISTINCT FROM %L::date ORDER BY 1',
      column_name, part.name, column_name, part.month)
    LOOP
      target_name := parent_name || '_p' || to_char(month, 'YYYY_MM');
      IF NOT parts ? target_name THEN
        EXECUTE format('CREATE TABLE %I (LIKE %s INCLUDING DEFAULTS INCLUDING STORAGE INCLUDING COMMENTS)', target_name, parent);
        parts := parts || jsonb_build_object(target_name, jsonb_build_object('month', month, 'made', true));
        action := 'created'; partition_name := target_name; moved_rows := NULL; RETURN NEXT;
      END IF;
      EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I WHERE koordinat_month_of(%I) = %L::date',
        target_name, columns, columns, part.name, column_name, month);
    END LOOP;
    EXECUTE format('DELETE FROM %I WHERE koordinat_month_of(%I) IS DISTINCT FROM %L::date', part.name, column_name, part.month);
    GET DIAGNOSTICS moved_rows = ROW_COUNT;
    IF moved_rows > 0 THEN
      action := 'moved'; partition_name := part.name; RETURN NEXT;
    END IF;
  END LOOP;
  FOR part IN SELECT key AS name, (value->>'month')::date AS month, (value->>'made')::boolean AS made FROM jsonb_each(parts)
    ORDER BY value->>'month' NULLS LAST
  LOOP
    IF part.month IS NULL THEN
      EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I DEFAULT', parent, part.name);
    ELSE
      EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', parent, part.name,
        koordinat_month_start(part.month), koordinat_month_start((part.month + interval '1 month')::date));
    END IF;
    IF part.made THEN
      PERFORM koordinat_guard_partition_truncate(parent, part.name);
    END IF;
  END LOOP;
END;
$$;
--> statement-breakpoint
-- As in 0027, with Istanbul months, and DEFAULT's rows moved by re-cutting it: inserted again through the parent,
-- they fired its AFTER INSERT triggers a second time (the approval history's decided step: a unique violation).
-- A partition is dropped once its last instant is older than `at` − retention,
-- counted on Istanbul's calendar (so 13 months before 1 July 00:30 in Istanbul is 1 June 00:30 there).
CREATE OR REPLACE FUNCTION koordinat_maintain_partitioned_table(parent regclass, at timestamptz DEFAULT now())
RETURNS TABLE(table_name text, action text, partition_name text, moved_rows bigint) LANGUAGE plpgsql AS $$
DECLARE
  conf koordinat_partitioned_tables%ROWTYPE;
  parent_name text := (SELECT relname FROM pg_class WHERE oid = parent);
  default_name text := parent_name || '_default';
  month date;
  made text;
  part record;
  upper_bound timestamptz;
  stray boolean;
BEGIN
  SELECT * INTO conf FROM koordinat_partitioned_tables c WHERE c.table_name = parent_name;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'table % is not registered in koordinat_partitioned_tables', parent_name;
  END IF;
  table_name := parent_name;
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', default_name) INTO stray;
  IF stray THEN
    -- Rows past the made months: their months are made and they move there, DEFAULT re-cut (no trigger fires again).
    FOR action, partition_name, moved_rows IN SELECT r.action, r.partition_name, r.moved_rows FROM koordinat_recut_months(parent, ARRAY[default_name]) r LOOP
      IF action = 'moved' THEN
        action := 'moved from default';
      END IF;
      RETURN NEXT;
    END LOOP;
  END IF;
  FOR month IN SELECT koordinat_months_ahead(at, conf.premake_months) LOOP
    made := koordinat_ensure_month_partition(parent, month);
    IF made IS NOT NULL THEN
      action := 'created'; partition_name := made; moved_rows := NULL; RETURN NEXT;
    END IF;
  END LOOP;
  IF to_regclass(quote_ident(default_name)) IS NULL THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF %s DEFAULT', default_name, parent);
    PERFORM koordinat_guard_partition_truncate(parent, default_name);
  END IF;
  IF conf.retention IS NOT NULL THEN
    FOR part IN
      SELECT c.oid::regclass AS rel, c.relname, pg_get_expr(c.relpartbound, c.oid) AS bound
      FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = parent ORDER BY c.relname
    LOOP
      CONTINUE WHEN part.bound = 'DEFAULT';
      upper_bound := substring(part.bound FROM 'TO \(''([^'']+)''\)')::timestamptz;
      IF upper_bound <= ((at AT TIME ZONE koordinat_partition_time_zone()) - conf.retention) AT TIME ZONE koordinat_partition_time_zone() THEN
        EXECUTE format('DROP TABLE %s', part.rel);
        action := 'dropped'; partition_name := part.relname; moved_rows := NULL; RETURN NEXT;
      END IF;
    END LOOP;
  END IF;
END;
$$;
--> statement-breakpoint
-- The GRANT statements that give again, to an object of the same name made later, what `rel` (a table, view or
-- sequence) and its columns grant to roles other than its owner (the owner's own rights come with ownership).
CREATE FUNCTION koordinat_grants_of(rel regclass) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(format('GRANT %s%s ON %s %s TO %s%s', g.privilege_type,
      CASE WHEN g.column_name IS NULL THEN '' ELSE format(' (%I)', g.column_name) END,
      CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, rel,
      CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END,
      CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END) ORDER BY g.column_name NULLS FIRST, g.grantee, g.privilege_type), '{}')
  FROM pg_class c,
    LATERAL (
      SELECT NULL::name AS column_name, a.* FROM aclexplode(c.relacl) a
      UNION ALL
      SELECT att.attname, a.* FROM pg_attribute att, aclexplode(att.attacl) a
      WHERE att.attrelid = c.oid AND att.attnum > 0 AND NOT att.attisdropped
    ) g
  WHERE c.oid = rel AND g.grantee <> c.relowner
$$;
--> statement-breakpoint
-- As in 0027, with Istanbul months, and the grants of the table, its columns, its views and its identity sequence
-- given again to what replaces them.
CREATE OR REPLACE FUNCTION koordinat_partition_by_month(target regclass, column_name text, retention interval DEFAULT NULL, premake_months integer DEFAULT 3)
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
  grants text[] := koordinat_grants_of(target);
  columns text;
  month date;
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
    grants := grants || koordinat_grants_of(item.oid::regclass);
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
  FOR month IN EXECUTE format('SELECT DISTINCT koordinat_month_of(%I) FROM %I UNION SELECT koordinat_months_ahead(now(), %s) ORDER BY 1',
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
      grants := grants || koordinat_grants_of(seq.seqname::regclass);
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
  FOR i IN 1..coalesce(array_length(grants, 1), 0) LOOP EXECUTE grants[i]; END LOOP;
END;
$$;
--> statement-breakpoint
--> statement-breakpoint
SELECT r.* FROM koordinat_partitioned_tables t, koordinat_recut_months(quote_ident(t.table_name)::regclass) r ORDER BY t.table_name;
