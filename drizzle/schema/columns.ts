import { integer, timestamp } from "drizzle-orm/pg-core";

/** Creation and last-change instants, UTC. */
export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/**
 * An instant that is part of a list's sort key, kept to the millisecond: a cursor carries it as JavaScript's Date does,
 * and a row stored with PostgreSQL's microseconds would sort after its own cursor and be answered again on the next page.
 */
export const sortKeyInstant = () => timestamp({ withTimezone: true, precision: 3 });

/** `timestamps` of a table listed in creation order: its creation instant is a sort key. */
export const sortableTimestamps = {
  ...timestamps,
  createdAt: sortKeyInstant().notNull().defaultNow(),
};

/** Optimistic-concurrency counter; every update must name the version it read. */
export const version = {
  version: integer().notNull().default(1),
};
