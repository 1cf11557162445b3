import { inArray } from "drizzle-orm";
import type { Database } from "../../drizzle/database.js";
import { mdsOverdueNotices, mdsSubmissions, provinces } from "../../drizzle/schema/index.js";
import { audienceOf } from "../auth/authorise.js";
import { recordEvent, type EventContext } from "../events/outbox.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { loadSettings } from "../platform/conventions/settings.js";
import { calendarDate, type Clock } from "../platform/time/clock.js";
import { currentReportingPeriod, overdueProvinces, periodWindow, previousPeriod } from "./rules.js";
import { SUBMISSION_SETTINGS } from "./service.js";

/**
 * MDS-4: once a period is past its due day, every province that has not handed it in (or not handed it back after a
 * correction request) is told once, with the coordination unit: `monthlySubmission.overdue`. The open period and the
 * one before are looked at, so a month's turn between two runs loses no one. The server runs it every minute; returns
 * how many provinces it told.
 */
export async function notifyOverdueMonthlySubmissions(db: Database, clock: Clock): Promise<number> {
  const now = clock.now();
  const today = calendarDate(now);
  const { dueDay } = (await loadSettings(db, SUBMISSION_SETTINGS.key, SUBMISSION_SETTINGS.defaults)).deadline;
  const open = currentReportingPeriod(today);
  const periods = [previousPeriod(open), open].map((period) => ({ period, dueOn: periodWindow(period, dueDay).dueOn }));
  const due = periods.filter((p) => today > p.dueOn);
  if (due.length === 0) return 0;
  const job: EventContext = { clock, principal: null };
  return db.transaction(async (tx) => {
    // One after the other: inside a transaction the embedded engine runs one statement at a time.
    const allProvinces = await tx.select({ code: provinces.code }).from(provinces);
    const submissions = await tx
      .select()
      .from(mdsSubmissions)
      .where(
        inArray(
          mdsSubmissions.period,
          due.map((p) => p.period),
        ),
      );
    const overdue = due.flatMap(({ period, dueOn }) =>
      overdueProvinces(
        allProvinces.map((p) => p.code),
        submissions.filter((s) => s.period === period),
        today,
        dueOn,
      ).map((o) => ({ ...o, period, dueOn })),
    );
    if (overdue.length === 0) return 0;
    const told = await tx
      .insert(mdsOverdueNotices)
      .values(overdue.map(({ period, provinceCode, dueOn }) => ({ period, provinceCode, dueOn, notifiedAt: now })))
      .onConflictDoNothing()
      .returning();
    const fresh = overdue.filter((o) => told.some((t) => t.period === o.period && t.provinceCode === o.provinceCode));
    await recordEvent(
      tx,
      job,
      ...fresh.map(({ period, provinceCode, dueOn, status, submission }) => ({
        type: "monthlySubmission.overdue" as const,
        subject: submission ? { kind: "monthlySubmission" as const, id: submission.id } : { kind: "province" as const, id: provinceCode },
        data: {
          action: "overdue",
          period,
          provinceCode,
          status,
          dueOn,
          submissionId: submission ? toGlobalId("MonthlySubmission", submission.id) : null,
          version: submission?.version ?? null,
          rule: "MDS-4",
        },
        audience: audienceOf("monthly-submission:read", { provinceCode }),
      })),
    );
    return fresh.length;
  });
}
