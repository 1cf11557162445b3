import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../../drizzle/database.js";
import { publicHolidays } from "../../../drizzle/schema/index.js";

/** A country's public holidays as a set of YYYY-MM-DD days, for business-day counting (REIMB-10, KZ-7). */
export async function holidaySet(db: Executor, countryCode: string): Promise<Set<string>> {
  const rows = await db.select({ day: publicHolidays.day }).from(publicHolidays).where(eq(publicHolidays.countryCode, countryCode));
  return new Set(rows.map((r) => r.day));
}

export function holidaysOfYear(db: Executor, countryCode: string, year: number) {
  return db
    .select()
    .from(publicHolidays)
    .where(and(eq(publicHolidays.countryCode, countryCode), sql`extract(year from ${publicHolidays.day}) = ${year}`))
    .orderBy(asc(publicHolidays.day));
}
