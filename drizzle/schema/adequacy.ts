import { date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { facilities } from "./facilities.js";

/**
 * APPT-7 / #23 item 7: the weekly schedule-adequacy review, announced once per week: each finding as it was when
 * announced (`facility.schedule_inadequate` to the hospital, its province and the MHRS unit).
 */
export const scheduleAdequacyFindings = pgTable(
  "schedule_adequacy_findings",
  {
    weekStart: date({ mode: "string" }).notNull(),
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "restrict" }),
    reasons: jsonb().$type<string[]>().notNull(),
    capacity: integer().notNull(),
    requiredCapacity: integer().notNull(),
    physiciansWithoutSchedule: jsonb().$type<string[]>().notNull(),
    announcedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: "schedule_adequacy_findings_pkey", columns: [t.weekStart, t.facilityId] })],
);

/** The weeks already reviewed (with or without findings), so the review runs once per week. */
export const scheduleAdequacyReviews = pgTable("schedule_adequacy_reviews", {
  weekStart: date({ mode: "string" }).primaryKey(),
  reviewedAt: timestamp({ withTimezone: true }).notNull(),
  findings: integer().notNull(),
  /** What ran it: the server's job. */
  reviewedBy: text().notNull().default("job"),
});
