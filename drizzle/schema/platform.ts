import { jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** A create mutation's first result per (client, idempotency key); a retry returns it. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    clientId: text().notNull(),
    key: text().notNull(),
    operation: text().notNull(),
    requestHash: text().notNull(),
    result: jsonb().$type<unknown>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "idempotency_keys_pkey", columns: [t.clientId, t.key] })],
);
