import { integer, timestamp } from "drizzle-orm/pg-core";

/** Creation and last-change instants, UTC. */
export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** Optimistic-concurrency counter; every update must name the version it read. */
export const version = {
  version: integer().notNull().default(1),
};
