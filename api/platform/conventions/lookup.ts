import { eq, type AnyColumn } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../../../drizzle/database.js";
import { notFound } from "./errors.js";
import { isUuid, localIdOf } from "./global-id.js";

/** The row a global ID names, from a UUID-keyed table; NOT_FOUND when there is none. */
export async function findByGlobalId<Table extends PgTable>(
  db: Executor,
  table: Table,
  type: string,
  globalId: string,
  field: string[] = ["id"],
): Promise<Table["$inferSelect"]> {
  const id = localIdOf(globalId, type, field);
  const idColumn = (table as unknown as { id: AnyColumn }).id;
  const [row] = isUuid(id)
    ? await db
        .select()
        .from(table as PgTable)
        .where(eq(idColumn, id))
    : [];
  if (!row) throw notFound(type, globalId);
  return row as Table["$inferSelect"];
}
