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

  constructor(private readonly base: Clock = systemClock) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  set(instant: Date | string): void {
    const target = typeof instant === "string" ? new Date(instant) : instant;
    if (Number.isNaN(target.getTime())) throw new RangeError(`not an ISO 8601 instant: ${String(instant)}`);
    this.offsetMs = target.getTime() - this.base.now().getTime();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export const TURKEY_TIME_ZONE = "Europe/Istanbul";

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone: business days are local days. */
export function calendarDate(instant: Date, timeZone: string = TURKEY_TIME_ZONE): string {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}
