import { addDays, weekday } from "./clock.js";

/** A business day: not a Saturday or Sunday, and not in the country's public-holiday table. */
export const isBusinessDay = (day: string, holidays: ReadonlySet<string>): boolean => weekday(day) <= 5 && !holidays.has(day);

/** The first business day after `day`. */
export function nextBusinessDay(day: string, holidays: ReadonlySet<string>): string {
  let next = addDays(day, 1);
  while (!isBusinessDay(next, holidays)) next = addDays(next, 1);
  return next;
}

/** The `count`-th business day counting `day` itself as the first when it is one ("within 3 business days, that day included"). */
export function nthBusinessDayFrom(day: string, count: number, holidays: ReadonlySet<string>): string {
  let last = isBusinessDay(day, holidays) ? day : nextBusinessDay(day, holidays);
  for (let n = 1; n < count; n++) last = nextBusinessDay(last, holidays);
  return last;
}
