import { inArray } from "drizzle-orm";
import type { Database } from "../../drizzle/database.js";
import { facilities, scheduleAdequacyFindings, scheduleAdequacyReviews } from "../../drizzle/schema/index.js";
import { recordEvent, type EventContext } from "../events/outbox.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { loadSettings } from "../platform/conventions/settings.js";
import { addDays, calendarDate, weekday, type Clock } from "../platform/time/clock.js";
import { adequacyAudience } from "./policy.js";
import { defaultAppointmentSettings } from "./rules.js";
import { adequacyFindings, APPOINTMENT_SETTINGS_KEY } from "./service.js";

/**
 * APPT-7, pushed (#23 item 7; seed 001: the MHRS unit's weekly "Hekim Cetvel Bilgisi" review): once per week, the
 * coming week's findings are announced as `facility.schedule_inadequate` to the affected hospital, its provincial
 * directorate, the MHRS unit (coordination unit) and auditors, and kept as they were announced. The server runs it
 * every minute; a week is reviewed once (the first run from its previous Monday on). Returns how many were announced.
 */
export async function announceScheduleAdequacyFindings(db: Database, clock: Clock): Promise<number> {
  const today = calendarDate(clock.now());
  const weekStart = addDays(today, 8 - weekday(today));
  const settings = await loadSettings(db, APPOINTMENT_SETTINGS_KEY, defaultAppointmentSettings);
  const findings = await adequacyFindings(db, weekStart, settings);
  const job: EventContext = { clock, principal: null };
  return db.transaction(async (tx) => {
    const now = clock.now();
    const [claimed] = await tx
      .insert(scheduleAdequacyReviews)
      .values({ weekStart, reviewedAt: now, findings: findings.length })
      .onConflictDoNothing()
      .returning();
    if (!claimed || !findings.length) return 0;
    await tx.insert(scheduleAdequacyFindings).values(findings.map((f) => ({ ...f, weekStart, announcedAt: now })));
    const provinces = new Map(
      (
        await tx
          .select({ id: facilities.id, provinceCode: facilities.provinceCode })
          .from(facilities)
          .where(
            inArray(
              facilities.id,
              findings.map((f) => f.facilityId),
            ),
          )
      ).map((f) => [f.id, f.provinceCode]),
    );
    await recordEvent(
      tx,
      job,
      ...findings.map((f) => ({
        type: "facility.schedule_inadequate" as const,
        subject: { kind: "facility" as const, id: f.facilityId },
        data: {
          action: "scheduleAdequacyReview",
          weekStart,
          reasons: f.reasons,
          physicianCount: f.physicianCount,
          physiciansWithoutSchedule: f.physiciansWithoutSchedule.map((id) => toGlobalId("Physician", id)),
          capacity: f.capacity,
          requiredCapacity: f.requiredCapacity,
          rule: "APPT-7",
        },
        audience: adequacyAudience({ facilityId: f.facilityId, provinceCode: provinces.get(f.facilityId)! }),
      })),
    );
    return findings.length;
  });
}
