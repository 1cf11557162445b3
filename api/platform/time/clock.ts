import { DateTime } from "luxon";

/** The one source of "now". Rules never read the time themselves; services pass it in. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock tests and the offline sandbox can move: after `set(iso)` it keeps running from that
 * instant, so deadlines and token expiry behave as they would at that time.
 */
export class SettableClock implements Clock {
  private offsetMs = 0;
  private frozenAt: number | undefined;

  constructor(private readonly base: Clock = systemClock) {}

  now(): Date {
    return new Date(this.frozenAt ?? this.base.now().getTime() + this.offsetMs);
  }

  /** Jumps to `instant` and keeps running from there. */
  set(instant: Date | string): void {
    this.frozenAt = undefined;
    this.offsetMs = toMillis(instant) - this.base.now().getTime();
  }

  /** Stops at `instant` until the next set/freeze: for boundaries that a running clock would blur. */
  freeze(instant: Date | string): void {
    this.frozenAt = toMillis(instant);
  }

  advance(ms: number): void {
    if (this.frozenAt !== undefined) this.frozenAt += ms;
    else this.offsetMs += ms;
  }
}

function toMillis(instant: Date | string): number {
  const target = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(target.getTime())) throw new RangeError(`not an ISO 8601 instant: ${String(instant)}`);
  return target.getTime();
}

export const TURKEY_TIME_ZONE = "Europe/Istanbul";

/** The calendar date (YYYY-MM-DD) of an instant in a time zone: business days are local days. */
export function calendarDate(instant: Date, timeZone: string = TURKEY_TIME_ZONE): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;
}

/** The instant of a local wall-clock time (`HH:mm`) on a local date in a time zone. */
export function zonedInstant(day: string, time: string, timeZone: string = TURKEY_TIME_ZONE): Date {
  const local = DateTime.fromISO(`${day}T${time}`, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`not a local date and time: ${day} ${time}`);
  return local.toJSDate();
}

/** `day` plus `days` calendar days (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: "UTC" }).plus({ days }).toISODate()!;
}

/** `day` plus whole calendar months, clamped to the month's last day (31 August + 6 months = 28/29 February). */
export function addMonths(day: string, months: number): string {
  return DateTime.fromISO(day, { zone: "UTC" }).plus({ months }).toISODate()!;
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return DateTime.fromISO(to, { zone: "UTC" }).diff(DateTime.fromISO(from, { zone: "UTC" }), "days").days;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekday(day: string): number {
  return DateTime.fromISO(day, { zone: "UTC" }).weekday;
}
