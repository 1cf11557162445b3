import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../../drizzle/database.js";
import { domainEvents } from "../../drizzle/schema/index.js";

/**
 * Row counts of the tables a create writes (its own, its history, the event outbox), for replay tests: an idempotent
 * retry must leave every count as it was.
 *
 *     const before = await countRows(app.db, { physicians, events: domainEvents });
 *     … replay …
 *     expect(await countRows(app.db, { physicians, events: domainEvents })).toEqual(before);
 */
export async function countRows<K extends string>(db: Database, tables: Record<K, PgTable>): Promise<Record<K, number>> {
  const entries = await Promise.all(
    (Object.entries(tables) as [K, PgTable][]).map(async ([name, table]) => {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
      return [name, row.n] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<K, number>;
}

export { domainEvents };
