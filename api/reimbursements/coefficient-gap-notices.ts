import { asc } from "drizzle-orm";
import type { Database } from "../../drizzle/database.js";
import { civilServantCoefficientGapNotices, civilServantCoefficients } from "../../drizzle/schema/index.js";
import { recordEvent, type EventContext } from "../events/outbox.js";
import { calendarDate, type Clock } from "../platform/time/clock.js";
import { coefficientGapAudience } from "./policy.js";
import { COEFFICIENT_GAP_WARNING_DAYS, coefficientGaps } from "./rules/reference-tables.js";

/**
 * REIMB-14, pushed: every half-year without a full coefficient — past ones still missing, and the coming one
 * `COEFFICIENT_GAP_WARNING_DAYS` before it starts — is announced once as `civilServantCoefficient.missing` to the
 * coordination unit, SGK and auditors (who read the same list with `civilServantCoefficientGaps`). The server runs it
 * every minute; returns how many half-years it announced.
 */
export async function announceCoefficientGaps(db: Database, clock: Clock): Promise<number> {
  const now = clock.now();
  const periods = await db.select().from(civilServantCoefficients).orderBy(asc(civilServantCoefficients.validFrom));
  const gaps = coefficientGaps(periods, calendarDate(now), COEFFICIENT_GAP_WARNING_DAYS);
  if (gaps.length === 0) return 0;
  const job: EventContext = { clock, principal: null };
  return db.transaction(async (tx) => {
    const told = await tx
      .insert(civilServantCoefficientGapNotices)
      .values(gaps.map((gap) => ({ validFrom: gap.validFrom, firstUncoveredDay: gap.firstUncoveredDay, notifiedAt: now })))
      .onConflictDoNothing()
      .returning({ validFrom: civilServantCoefficientGapNotices.validFrom });
    const fresh = gaps.filter((gap) => told.some((t) => t.validFrom === gap.validFrom));
    await recordEvent(
      tx,
      job,
      ...fresh.map((gap) => ({
        type: "civilServantCoefficient.missing" as const,
        subject: { kind: "civilServantCoefficient" as const, id: gap.validFrom },
        data: { action: "missing", ...gap, rule: "REIMB-14" },
        audience: coefficientGapAudience(),
      })),
    );
    return fresh.length;
  });
}
