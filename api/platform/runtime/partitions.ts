import { sql } from "drizzle-orm";
import type { Executor } from "../../../drizzle/database.js";

/** The rows of `db.execute`: an array from postgres.js, `{ rows }` from PGlite. */
export function executedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** One thing the partition upkeep did: a month made, rows moved out of DEFAULT, or a partition dropped by retention. */
export interface PartitionAction {
  table: string;
  /** "skipped: lock wait": the table's lock was not had within 2 s (a long query on it); tried again on the next run. */
  action: "created" | "moved from default" | "dropped" | "skipped: lock wait";
  partition: string;
  /** Rows moved out of the DEFAULT partition (with "moved from default"). */
  movedRows: number | null;
}

/**
 * The upkeep of the monthly partitioned tables (migrations 0027 and 0030, README "Partitions and retention"; a month
 * is a month in Europe/Istanbul): for every table in `koordinat_partitioned_tables`, the months from `at`'s to its
 * `premake_months` ahead exist, rows that fell into the DEFAULT partition move into months of their own, and
 * partitions wholly older than its retention are dropped.
 * One run at a time across processes (an advisory lock in the function). Run by the server's minute jobs and by
 * `npm run db:partitions`.
 */
export async function maintainPartitions(db: Executor, at: Date): Promise<PartitionAction[]> {
  const rows = executedRows<{
    table_name: string;
    action: PartitionAction["action"];
    partition_name: string;
    moved_rows: string | number | null;
  }>(
    await db.execute(
      sql`select table_name, action, partition_name, moved_rows from koordinat_maintain_partitions(${at.toISOString()}::timestamptz)`,
    ),
  );
  return rows.map((row) => ({
    table: row.table_name,
    action: row.action,
    partition: row.partition_name,
    movedRows: row.moved_rows === null ? null : Number(row.moved_rows),
  }));
}

/** A partitioned table's registration and partitions, for the CLI's listing. */
export interface PartitionedTable {
  table: string;
  column: string;
  /** PostgreSQL's text of the interval (`10 years`, `13 mons`, `90 days`), or null when kept for ever. */
  retention: string | null;
  premakeMonths: number;
  partitions: { name: string; bounds: string; estimatedRows: number }[];
}

export async function partitionedTables(db: Executor): Promise<PartitionedTable[]> {
  const rows = executedRows<{
    table_name: string;
    column_name: string;
    retention: string | null;
    premake_months: number;
    partition: string | null;
    bounds: string | null;
    rows: string | number | null;
  }>(
    await db.execute(sql`
    select t.table_name, t.column_name, t.retention::text as retention, t.premake_months,
           c.relname as partition, pg_get_expr(c.relpartbound, c.oid) as bounds, c.reltuples::bigint as rows
    from koordinat_partitioned_tables t
    left join pg_inherits i on i.inhparent = to_regclass(quote_ident(t.table_name))
    left join pg_class c on c.oid = i.inhrelid
    order by t.table_name, c.relname`),
  );
  const tables = new Map<string, PartitionedTable>();
  for (const row of rows) {
    let table = tables.get(row.table_name);
    if (!table) {
      table = {
        table: row.table_name,
        column: row.column_name,
        retention: row.retention,
        premakeMonths: row.premake_months,
        partitions: [],
      };
      tables.set(row.table_name, table);
    }
    if (row.partition)
      table.partitions.push({ name: row.partition, bounds: row.bounds ?? "", estimatedRows: Math.max(0, Number(row.rows ?? 0)) });
  }
  return [...tables.values()];
}
