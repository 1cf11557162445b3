import { and, eq, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { Database, Executor, Transaction } from "../../../drizzle/database.js";
import {
  bedReservations,
  bedSearchLevels,
  bedSearches,
  referralDeclines,
  referralHistory,
  referrals,
} from "../../../drizzle/schema/index.js";
import type { BedHoldRelease, BedSearchRow, ReferralRow } from "../../../drizzle/schema/index.js";
import { audienceOf } from "../../auth/authorise.js";
import { statusEvent } from "../../events/catalogue.js";
import { recordEvent, type EventContext, type NewEvent } from "../../events/outbox.js";
import { toGlobalId } from "../../platform/conventions/global-id.js";
import type { Clock } from "../../platform/time/clock.js";
import { endReferralLinks } from "../care-links.js";
import { facilityGlobalId, referralEvent } from "../referral-events.js";

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
 * referral's search goes back to the level that found it, which searches on from a new start (ER-7 times it).
 */
export async function reopenBedSearches(
  tx: Transaction,
  ctx: EventContext,
  referral: ReferralRow,
  reason: Extract<BedHoldRelease, "REJECTED" | "EXPIRED">,
  outcome: string,
  now: Date,
) {
  const released = await releaseHolds(tx, heldFor(referral.id), reason, now);
  if (!released.length) return;
  const reopened = await tx
    .update(bedSearches)
    .set({ status: "SEARCHING", reservedFacilityId: null, version: sql`${bedSearches.version} + 1`, updatedAt: now })
    .where(
      and(
        inArray(
          bedSearches.id,
          released.map((r) => r.searchId),
        ),
        eq(bedSearches.status, "BED_RESERVED"),
      ),
    )
    .returning();
  if (!reopened.length) return;
  await tx.insert(bedSearchLevels).values(reopened.map((search) => ({ searchId: search.id, level: search.level, startedAt: now })));
  await recordEvent(
    tx,
    ctx,
    ...reopened.map((search) => ({
      ...bedSearchEvent(search, referral, "BED_RESERVED", outcome),
      type: "bedSearch.reopened" as const,
    })),
  );
}

/** A cancelled emergency referral frees its reserved bed and closes its open searches. */
export async function cancelSearchesOf(tx: Transaction, ctx: EventContext, referral: ReferralRow, now: Date) {
  const open = await tx
    .select({ id: bedSearches.id, status: bedSearches.status })
    .from(bedSearches)
    .where(and(eq(bedSearches.referralId, referral.id), inArray(bedSearches.status, OPEN)));
  if (!open.length) return;
  const statusBefore = new Map(open.map((o) => [o.id, o.status]));
  const ids = open.map((o) => o.id);
  await releaseHolds(tx, inArray(bedReservations.searchId, ids), "CANCELLED", now);
  const cancelled = await tx
    .update(bedSearches)
    .set({ status: "CANCELLED", version: sql`${bedSearches.version} + 1`, updatedAt: now })
    .where(inArray(bedSearches.id, ids))
    .returning();
  await recordEvent(
    tx,
    ctx,
    ...cancelled.map((search) => bedSearchEvent(search, referral, statusBefore.get(search.id)!, "cancelReferral")),
  );
  await tx
    .update(bedSearchLevels)
    .set({ endedAt: now, outcome: "REFERRAL_CANCELLED" })
    .where(and(inArray(bedSearchLevels.searchId, ids), isNull(bedSearchLevels.endedAt)));
}

/**
 * ER-8: holds whose destination did not accept by the hold's deadline lapse: the referral is rejected for that
 * facility (recorded as the server's act, not the hospital's) and the search goes back to its level. The server runs it
 * every minute; returns how many holds lapsed.
 */
export async function releaseLapsedBedHolds(db: Database, clock: Clock): Promise<number> {
  const now = clock.now();
  const job: EventContext = { clock, principal: null };
  return db.transaction(async (tx) => {
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
      const [rejected] = await tx
        .update(referrals)
        .set({ status: "REJECTED", version: sql`${referrals.version} + 1`, updatedAt: now })
        .where(eq(referrals.id, referral.id))
        .returning();
      await tx.insert(referralHistory).values({
        referralId: referral.id,
        fromStatus: referral.status,
        toStatus: "REJECTED",
        action: "holdLapsed",
        clientId: "koordinat",
        role: "SYSTEM",
        comment,
        at: now,
      });
      await tx
        .insert(referralDeclines)
        .values({ referralId: referral.id, facilityId: referral.destinationFacilityId!, reason: comment, at: now });
      await endReferralLinks(tx, referral.id, referral.destinationFacilityId, now);
      const [search] = await tx
        .select({ provinceCode: bedSearches.provinceCode })
        .from(bedSearches)
        .where(eq(bedSearches.referralId, referral.id));
      await recordEvent(tx, job, referralEvent(rejected, referral.status, "holdLapsed", search?.provinceCode));
      await reopenBedSearches(tx, job, rejected, "EXPIRED", "hold lapsed", now);
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
