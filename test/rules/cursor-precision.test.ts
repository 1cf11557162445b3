import type { AnyColumn } from "drizzle-orm";
import { pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { keysetPage } from "../../api/platform/conventions/pagination.js";
import { sortKeyInstant } from "../../drizzle/schema/columns.js";

// A cursor carries an instant to the millisecond; the paging through PostgreSQL's microseconds is in staff-records.test.ts.
const table = pgTable("listed", {
  id: uuid().primaryKey(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
  keyedAt: sortKeyInstant().notNull(),
});

const pageBy = (orderBy: AnyColumn) =>
  keysetPage<{ id: string }>({
    args: { first: 1 },
    orderBy: [orderBy, table.id],
    keyOf: (row) => [row.id],
    fetch: async () => [],
    count: async () => 0,
  });

describe("cursor precision", () => {
  it("a list sorted by an instant kept in microseconds is refused before its statement runs", async () => {
    await expect(pageBy(table.createdAt)).rejects.toThrow("createdAt sorts a list but keeps more than milliseconds");
  });

  it("a list sorted by a sortKeyInstant() pages", async () => {
    await expect(pageBy(table.keyedAt)).resolves.toMatchObject({ nodes: [], hasNextPage: false });
  });
});
