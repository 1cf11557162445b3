import { and, eq, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { Database, Executor, Transaction } from "../../../drizzle/database.js";
import { bedReservations, bedSearchLevels, bedSearches, referralDeclines, referrals } from "../../../drizzle/schema/index.js";
import type { BedHoldRelease, BedSearchRow, ReferralRow } from "../../../drizzle/schema/index.js";
import { audienceOf } from "../../auth/authorise.js";
import { statusEvent } from "../../events/catalogue.js";
import type { NewEvent } from "../../events/outbox.js";
import { transition, type WorkflowContext } from "../../platform/conventions/workflow.js";
import { toGlobalId } from "../../platform/conventions/global-id.js";
import type { Clock } from "../../platform/time/clock.js";
import { endReferralLinks } from "../care-links.js";
import { facilityGlobalId, referralEvent } from "../referral-events.js";
import { lapsedHoldWorkflow } from "../workflow.js";
import { bedSearchWorkflow } from "./workflow.js";

/** What a referral's move does to its bed searches and holds (ER-8): the referral service calls these in its transaction. */

const OPEN: BedSearchRow["status"][] = ["SEARCHING", "BED_RESERVED"];

/** The province of the referral's open bed search, whose centres hear of the referral's moves (ER-6, ER-8). */
export async function openSearchProvince(db: Executor, referralId: string): Promise<string | undefined> {
  const [open] = await db
    .select({ provinceCode: bedSearches.provinceCode })
    .from(bedSearches)
    .where(and(eq(bedSearches.referralId, referralId), inArray(bedSearches.status, OPEN)));
  return open?.provinceCode;
}

/** The active holds of a referral's bed searches. */
export const heldFor = (referralId: string) =>
  and(
    eq(bedReservations.active, true),
    inArray(bedReservations.searchId, sql`(select ${bedSearches.id} from ${bedSearches} where ${bedSearches.referralId} = ${referralId})`),
  )!;

/** Ends the active holds matching `where`, with why (ER-8). */
export async function releaseHolds(tx: Transaction, where: SQL, reason: BedHoldRelease, now: Date) {
  return tx
    .update(bedReservations)
    .set({ active: false, releasedAt: now, releaseReason: reason })
    .where(and(eq(bedReservations.active, true), where))
    .returning({ searchId: bedReservations.searchId });
}

/**
 * ER-8: a reserved bed that will not be used (rejected by the destination, or not accepted in time) is released, and the
 * referral's search goes back to the level that found it, which searches on from a new start (ER-7 times it). Each
 * search moves through the kernel (`reopen`, its history row and its `bedSearch.reopened` event).
 */
export async function reopenBedSearches(
  w: WorkflowContext,
  referral: ReferralRow,
  reason: Extract<BedHoldRelease, "REJECTED" | "EXPIRED">,
  outcome: string,
  now: Date,
) {
  const released = await releaseHolds(w.tx, heldFor(referral.id), reason, now);
  if (!released.length) return;
  const reserved = await w.tx
    .select()
    .from(bedSearches)
    .where(
      and(
        inArray(
          bedSearches.id,
          released.map((r) => r.searchId),
        ),
        eq(bedSearches.status, "BED_RESERVED"),
      ),
    )
    .for("update");
  for (const search of reserved) {
    await transition(w, bedSearchWorkflow, {
      row: search,
      expectedVersion: search.version,
      action: "reopen",
      changes: { reservedFacilityId: null },
      note: outcome,
      details: { level: search.level },
      event: (reopened) => ({ ...bedSearchEvent(reopened, referral, "BED_RESERVED", outcome), type: "bedSearch.reopened" as const }),
    });
    await w.tx.insert(bedSearchLevels).values({ searchId: search.id, level: search.level, startedAt: now });
  }
}

/** A cancelled emergency referral frees its reserved bed and cancels its open searches (each through the kernel). */
export async function cancelSearchesOf(w: WorkflowContext, referral: ReferralRow, now: Date) {
  const open = await w.tx
    .select()
    .from(bedSearches)
    .where(and(eq(bedSearches.referralId, referral.id), inArray(bedSearches.status, OPEN)))
    .for("update");
  if (!open.length) return;
  const ids = open.map((o) => o.id);
  await releaseHolds(w.tx, inArray(bedReservations.searchId, ids), "CANCELLED", now);
  for (const search of open) {
    await transition(w, bedSearchWorkflow, {
      row: search,
      expectedVersion: search.version,
      action: "cancelReferral",
      note: "referral cancelled",
      details: { level: search.level },
      event: (cancelled) => bedSearchEvent(cancelled, referral, search.status, "cancelReferral"),
    });
  }
  await w.tx
    .update(bedSearchLevels)
    .set({ endedAt: now, outcome: "REFERRAL_CANCELLED" })
    .where(and(inArray(bedSearchLevels.searchId, ids), isNull(bedSearchLevels.endedAt)));
}

/**
 * ER-8: holds whose destination did not accept by the hold's deadline lapse: the referral is rejected for that
 * facility (recorded as the server's act, not the hospital's: no actor in its history) and the search goes back to its
 * level. The server runs it every minute; returns how many holds lapsed.
 */
export async function releaseLapsedBedHolds(db: Database, clock: Clock): Promise<number> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const job: WorkflowContext = { tx, clock, principal: null };
    const lapsed = await tx
      .select({ referral: referrals })
      .from(bedReservations)
      .innerJoin(bedSearches, eq(bedSearches.id, bedReservations.searchId))
      .innerJoin(referrals, eq(referrals.id, bedSearches.referralId))
      .where(
        and(
          eq(bedReservations.active, true),
          isNull(bedReservations.arrivedAt),
          lt(bedReservations.acceptBy, now),
          eq(referrals.status, "PLACED"),
        ),
      )
      .for("update", { of: [referrals] });
    for (const { referral } of lapsed) {
      const comment = "not accepted within the bed hold (ER-8)";
      const [search] = await tx
        .select({ provinceCode: bedSearches.provinceCode })
        .from(bedSearches)
        .where(eq(bedSearches.referralId, referral.id));
      const rejected = await transition(job, lapsedHoldWorkflow, {
        row: referral,
        expectedVersion: referral.version,
        action: "holdLapsed",
        note: comment,
        event: (moved) => referralEvent(moved, referral.status, "holdLapsed", search?.provinceCode),
      });
      await tx
        .insert(referralDeclines)
        .values({ referralId: referral.id, facilityId: referral.destinationFacilityId!, reason: comment, at: now });
      await endReferralLinks(tx, referral.id, referral.destinationFacilityId, now);
      await reopenBedSearches(job, rejected, "EXPIRED", "hold lapsed", now);
    }
    return lapsed.length;
  });
}

export function bedSearchEvent(
  search: BedSearchRow,
  referral: ReferralRow,
  fromStatus: BedSearchRow["status"] | null,
  action: string,
): NewEvent {
  return {
    type: fromStatus === null ? "bedSearch.started" : statusEvent("bedSearch", search.status),
    subject: { kind: "bedSearch", id: search.id },
    data: {
      action,
      fromStatus,
      toStatus: search.status,
      version: search.version,
      level: search.level,
      bedType: search.bedType,
      provinceCode: search.provinceCode,
      referralId: toGlobalId("Referral", search.referralId),
      reservedFacilityId: facilityGlobalId(search.reservedFacilityId),
    },
    audience: audienceOf("bed-search:read", { ...referral, searchProvince: search.provinceCode }),
  };
}
