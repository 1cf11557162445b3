import { date, integer, jsonb, pgTable, primaryKey, text, timestamp, varchar } from "drizzle-orm/pg-core";

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

/**
 * Switchable rule settings as data, one JSON document per key (appointments: APPT-7..9; reimbursements: REIMB-2, 4, 10;
 * monthly submissions: MDS-1). `version`: optimistic concurrency for the settings mutations.
 */
export const settings = pgTable("settings", {
  key: text().primaryKey(),
  value: jsonb().$type<Record<string, unknown>>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedByClientId: text(),
  version: integer().notNull().default(1),
});

/** Public holidays per country (TR, KZ), as data: business-day deadlines skip them and weekends. */
export const publicHolidays = pgTable(
  "public_holidays",
  { countryCode: varchar({ length: 2 }).notNull(), day: date({ mode: "string" }).notNull(), name: text().notNull() },
  (t) => [primaryKey({ name: "public_holidays_pkey", columns: [t.countryCode, t.day] })],
);
