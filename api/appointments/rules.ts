import { addDays, calendarDate, daysBetween, zonedInstant } from "../platform/time/clock.js";
import { userError, type UserError } from "../platform/conventions/errors.js";

/** Fixed MHRS rules (seed 002). */
export const CANCELLATION_NOTICE_MINUTES = 80;
export const MAX_ACTIVE_PER_FACILITY_DAY = 2;
export const MAX_APPOINTMENTS_PER_PHONE_SESSION = 4;

/** Switchable rules and thresholds, stored as data (table `settings`, key `appointments`). */
export interface AppointmentSettings {
  noShowPenalty: { enabled: boolean; days: number };
  confirmation: {
    enabled: boolean;
    /** Local hour (Europe/Istanbul) on the day before the appointment by which it must be confirmed. */
    deadlineHour: number;
    /** Booked this many days ahead or fewer, an appointment counts as confirmed. */
    preConfirmedWithinDays: number;
    exemptFromAge: number;
  };
  adequacy: { minWeeklyCapacityPerPhysician: number };
}

export const defaultAppointmentSettings: AppointmentSettings = {
  noShowPenalty: { enabled: true, days: 15 },
  confirmation: { enabled: true, deadlineHour: 20, preConfirmedWithinDays: 2, exemptFromAge: 65 },
  adequacy: { minWeeklyCapacityPerPhysician: 60 },
};

const pad = (n: number) => String(n).padStart(2, "0");

/** APPT-1: the earliest bookable slot is on the next Istanbul calendar day after the booking. */
export function checkBookingDay(slotStartsAt: Date, now: Date): UserError[] {
  const today = calendarDate(now);
  return calendarDate(slotStartsAt) > today
    ? []
    : [
        userError(
          ["input", "slotId"],
          "TOO_EARLY",
          `Appointments are booked from the next day on (earliest ${addDays(today, 1)}, Europe/Istanbul).`,
          "APPT-1",
        ),
      ];
}

export interface SameDayAppointment {
  clinicCode: string;
}

/** APPT-3 and APPT-4: one per clinic, two per facility, per patient and day. */
export function checkDailyLimits(sameDayAtFacility: SameDayAppointment[], clinicCode: string, day: string): UserError[] {
  if (sameDayAtFacility.some((a) => a.clinicCode === clinicCode)) {
    return [
      userError(
        ["input", "slotId"],
        "CLINIC_DAY_TAKEN",
        `The patient already has an appointment in this clinic of the facility on ${day}.`,
        "APPT-3",
      ),
    ];
  }
  if (sameDayAtFacility.length >= MAX_ACTIVE_PER_FACILITY_DAY) {
    return [
      userError(
        ["input", "slotId"],
        "FACILITY_DAY_FULL",
        `The patient already has ${MAX_ACTIVE_PER_FACILITY_DAY} appointments at this facility on ${day}.`,
        "APPT-4",
      ),
    ];
  }
  return [];
}

export const phoneSessionFull = () =>
  userError(
    ["input", "bookingSessionId"],
    "SESSION_LIMIT",
    `One call books at most ${MAX_APPOINTMENTS_PER_PHONE_SESSION} appointments in total.`,
    "APPT-5",
  );

export const slotFull = () => userError(["input", "slotId"], "SLOT_FULL", "The slot has no free place left.", "APPT-6");

/** APPT-8: after a no-show, the same branch is closed to the patient for the penalty period. */
export function checkNoShowPenalty(lastNoShowStartsAt: Date | null, now: Date, settings: AppointmentSettings): UserError[] {
  if (!settings.noShowPenalty.enabled || !lastNoShowStartsAt) return [];
  const reopens = addDays(calendarDate(lastNoShowStartsAt), settings.noShowPenalty.days);
  return calendarDate(now) < reopens
    ? [
        userError(
          ["input", "slotId"],
          "NO_SHOW_PENALTY",
          `After a missed appointment this branch can be booked again from ${reopens}; walk-in care stays possible.`,
          "APPT-8",
        ),
      ]
    : [];
}

/**
 * APPT-9: when a new appointment must be confirmed by (20:00 Istanbul the day before), or null
 * when it needs no confirmation: rule switched off, booked 1–2 days ahead, patient 65+ or in
 * cancer treatment.
 */
export function confirmationDeadline(
  facts: { slotStartsAt: Date; bookedAt: Date; patientAge: number; cancerPatient: boolean },
  settings: AppointmentSettings,
): Date | null {
  const rule = settings.confirmation;
  if (!rule.enabled || facts.cancerPatient || facts.patientAge >= rule.exemptFromAge) return null;
  const slotDay = calendarDate(facts.slotStartsAt);
  if (daysBetween(calendarDate(facts.bookedAt), slotDay) <= rule.preConfirmedWithinDays) return null;
  return zonedInstant(addDays(slotDay, -1), `${pad(rule.deadlineHour)}:00`);
}

export function checkConfirmation(confirmBy: Date | null, now: Date): UserError[] {
  return confirmBy && now > confirmBy
    ? [
        userError(
          ["input", "id"],
          "CONFIRMATION_CLOSED",
          `Confirmation closed at ${confirmBy.toISOString()}; the appointment is cancelled without penalty.`,
          "APPT-9",
        ),
      ]
    : [];
}

/** APPT-2: a patient cancels at least 80 minutes before the slot starts. */
export function checkCancellation(slotStartsAt: Date, now: Date): UserError[] {
  const latest = slotStartsAt.getTime() - CANCELLATION_NOTICE_MINUTES * 60_000;
  return now.getTime() <= latest
    ? []
    : [
        userError(
          ["input", "id"],
          "TOO_LATE",
          `Appointments are cancelled at least ${CANCELLATION_NOTICE_MINUTES} minutes before they start.`,
          "APPT-2",
        ),
      ];
}

/**
 * APPT-2: who cancels and how. A facility may cancel its own schedule at any time, stating why; the patient's side
 * cancels at least 80 minutes ahead.
 */
export function checkCancelRequest(f: {
  byFacility: boolean;
  reason: string | null | undefined;
  slotStartsAt: Date;
  now: Date;
}): UserError[] {
  if (!f.byFacility) return checkCancellation(f.slotStartsAt, f.now);
  return f.reason
    ? []
    : [userError(["input", "reason"], "REQUIRED", "A facility gives the reason when it cancels an appointment.", "APPT-2")];
}

/** APPT-8: attendance (which may start a no-show penalty) is recorded once the appointment has started. */
export function checkAttendance(startsAt: Date, now: Date): UserError[] {
  return now < startsAt
    ? [userError(["input", "outcome"], "NOT_STARTED", "Attendance is recorded once the appointment has started.", "APPT-8")]
    : [];
}

/** APPT-5: a phone booking names its call; and (the channels' preamble) an EGOV booking comes from an e-government portal. */
export function checkBookingRequest(f: { channel: string; bookingSessionId: string | null | undefined; byPortal: boolean }): UserError[] {
  const errors: UserError[] = [];
  if (f.channel === "PHONE" && !f.bookingSessionId)
    errors.push(userError(["input", "bookingSessionId"], "REQUIRED", "A PHONE booking names its call (bookingSessionId).", "APPT-5"));
  if (f.channel === "EGOV" && !f.byPortal)
    errors.push(userError(["input", "channel"], "PORTAL_ONLY", "EGOV bookings come from an e-government portal."));
  return errors;
}

/** FAC-2: a physician works in a clinic the facility has. */
export function checkPhysicianClinic(facility: { name: string; clinicCodes: string[] }, clinicCode: string): UserError[] {
  return facility.clinicCodes.includes(clinicCode)
    ? []
    : [userError(["input", "clinicCode"], "CLINIC_NOT_AT_FACILITY", `${facility.name} has no clinic ${clinicCode}.`, "FAC-2")];
}

export interface PublishedBlock {
  startsAt: Date;
  endsAt: Date;
}

/** A schedule (the section's preamble; no rule ID) is published for today or later, ends after it starts and holds at least one whole slot. */
export function checkSchedule(f: { day: string; today: string; block: PublishedBlock; slotMinutes: number }): {
  errors: UserError[];
  times: PublishedBlock[];
} {
  const errors: UserError[] = [];
  if (f.day < f.today) errors.push(userError(["input", "day"], "IN_PAST", "A schedule is published for today or a later day."));
  const ordered = f.block.endsAt > f.block.startsAt;
  if (!ordered) errors.push(userError(["input", "endTime"], "BEFORE_START", "The schedule ends after it starts."));
  const times = ordered ? slotTimes(f.block, f.slotMinutes) : [];
  if (ordered && times.length === 0) errors.push(userError(["input", "slotMinutes"], "NO_SLOT", "No whole slot fits in the schedule."));
  return { errors, times };
}

/** One physician's schedule blocks on one day never overlap (no rule ID: the schedules' preamble). */
export function checkScheduleOverlap(sameDay: PublishedBlock[], block: PublishedBlock): UserError[] {
  return sameDay.some((s) => overlaps(s, block))
    ? [userError(["input", "startTime"], "OVERLAPS", "The physician already has a schedule in this time on this day.")]
    : [];
}

/** Slots of a schedule block: back to back from its start, each `slotMinutes` long, all inside it. */
export function slotTimes(block: PublishedBlock, slotMinutes: number): PublishedBlock[] {
  const out: PublishedBlock[] = [];
  for (let start = block.startsAt.getTime(); start + slotMinutes * 60_000 <= block.endsAt.getTime(); start += slotMinutes * 60_000) {
    out.push({ startsAt: new Date(start), endsAt: new Date(start + slotMinutes * 60_000) });
  }
  return out;
}

export const overlaps = (a: PublishedBlock, b: PublishedBlock) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

export interface PhysicianWeek {
  physicianId: string;
  scheduledDays: number;
  capacity: number;
}

export interface AdequacyFinding {
  physiciansWithoutSchedule: string[];
  capacity: number;
  requiredCapacity: number;
  reasons: ("MISSING_SCHEDULES" | "LOW_CAPACITY")[];
}

/** APPT-7: a facility is listed when a physician has no schedule in the week or capacity is under the threshold. */
export function assessFacilityWeek(week: PhysicianWeek[], settings: AppointmentSettings): AdequacyFinding | null {
  const physiciansWithoutSchedule = week.filter((p) => p.scheduledDays === 0).map((p) => p.physicianId);
  const capacity = week.reduce((sum, p) => sum + p.capacity, 0);
  const requiredCapacity = week.length * settings.adequacy.minWeeklyCapacityPerPhysician;
  const reasons: AdequacyFinding["reasons"] = [];
  if (physiciansWithoutSchedule.length > 0) reasons.push("MISSING_SCHEDULES");
  if (capacity < requiredCapacity) reasons.push("LOW_CAPACITY");
  return reasons.length ? { physiciansWithoutSchedule, capacity, requiredCapacity, reasons } : null;
}
