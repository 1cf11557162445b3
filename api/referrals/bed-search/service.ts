import { and, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../../drizzle/database.js";
import { bedReservations, bedSearchLevels, bedSearches, facilityBeds, referrals } from "../../../drizzle/schema/index.js";
import type { BedSearchRow, BedType } from "../../../drizzle/schema/index.js";
import { authorise } from "../../auth/authorise.js";
import { recordEvent, type NewEvent } from "../../events/outbox.js";
import { badInput, notFound } from "../../platform/conventions/errors.js";
import { localIdOf } from "../../platform/conventions/global-id.js";
import { findByGlobalId } from "../../platform/conventions/lookup.js";
import { claimIfKeyed } from "../../platform/conventions/idempotency.js";
import { tablePage, type Page, type PageArgs } from "../../platform/conventions/pagination.js";
import { inTransaction, refuseIfAny, staleVersion, type MutationResult } from "../../platform/conventions/mutation.js";
import type { TransactionContext } from "../../platform/conventions/transaction.js";
import { moveErrors, recordCreation, transition } from "../../platform/conventions/workflow.js";
import type { ServiceContext } from "../../platform/conventions/service-context.js";
import { referralScope } from "../rules.js";
import { referralWorkflow } from "../workflow.js";
import type { ReferralService } from "../service.js";
import { bedSearchEvent } from "./holds.js";
import { bedSearchWorkflow, type BedSearchAction } from "./workflow.js";
import {
  checkEscalation,
  checkFreeBed,
  checkSearchHolder,
  checkStartBedSearch,
  checkTransfer,
  holdAcceptBy,
  isSearchLevel,
  nextLevel,
} from "./rules.js";

const OPEN_STATUSES: BedSearchRow["status"][] = ["SEARCHING", "BED_RESERVED"];

/** The emergency bed search (ER-1..8): 112 → provincial → national crisis centre finds a bed; the referral moves through REF-2. */
export class BedSearchService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly referrals: ReferralService,
  ) {}

  /**
   * ER-1: the referring hospital's physician asks for a bed of a type; 112 of the province holds the search first.
   * With an `idempotencyKey`, a retry answers the first search and writes nothing (its checks run after the claim, so
   * the retry is not refused for the search its first attempt opened).
   */
  async start(input: { referralId: string; bedType: BedType; idempotencyKey?: string | null }): Promise<MutationResult<BedSearchRow>> {
    const referral = await this.referrals.get(input.referralId);
    authorise(this.ctx.principal, "bed-search:start", { originFacilityId: referral.originFacilityId });
    const origin = (await this.ctx.loaders.facilityById.load(referral.originFacilityId))!;
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      const claim = await claimIfKeyed<{ searchId: string }>(tx, { clientId: this.ctx.principal.clientId, now }, "startBedSearch", input);
      if (claim?.replayed) return (await tx.select().from(bedSearches).where(eq(bedSearches.id, claim.result.searchId)))[0];
      const [openSearch] = await tx
        .select({ id: bedSearches.id })
        .from(bedSearches)
        .where(and(eq(bedSearches.referralId, referral.id), inArray(bedSearches.status, OPEN_STATUSES)));
      refuseIfAny(checkStartBedSearch(referral, Boolean(openSearch)));
      const [search] = await tx
        .insert(bedSearches)
        .values({ referralId: referral.id, bedType: input.bedType, provinceCode: origin.provinceCode!, createdAt: now, updatedAt: now })
        .returning();
      await tx.insert(bedSearchLevels).values({ searchId: search.id, level: "EMERGENCY_112", startedAt: now });
      await recordCreation(t, bedSearchWorkflow, {
        row: search,
        action: "start",
        details: { level: search.level },
        event: (row) => bedSearchEvent(row, referral, null, "start"),
      });
      await claim?.complete({ searchId: search.id });
      return search;
    });
  }

  async get(globalId: string): Promise<BedSearchRow> {
    const row = await findByGlobalId(this.ctx.db, bedSearches, "BedSearch", globalId);
    const referral = (await this.ctx.loaders.referralById.load(row.referralId))!;
    authorise(this.ctx.principal, "bed-search:read", { ...referral, searchProvince: row.provinceCode });
    return row;
  }

  /** Searches waiting for the caller's level (and province, below the national level), oldest first. */
  async open(args: PageArgs): Promise<Page<BedSearchRow>> {
    const { principal } = this.ctx;
    const province = principal.scope.kind === "PROVINCE" ? principal.scope.provinceCode : null;
    const levelRole = isSearchLevel(principal.role) ? principal.role : null;
    authorise(principal, "bed-search:list");
    return tablePage(this.ctx.db, bedSearches, {
      where: and(
        inArray(bedSearches.status, OPEN_STATUSES),
        levelRole ? eq(bedSearches.level, levelRole) : undefined,
        province ? eq(bedSearches.provinceCode, province) : undefined,
      ),
      orderBy: [bedSearches.createdAt, bedSearches.id],
      keyOf: (row) => [row.createdAt.toISOString(), row.id],
      args,
    });
  }

  /** Every move of a search, oldest first, batched across the searches of a request. */
  history(searchId: string) {
    return this.ctx.loaders.bedSearchHistory.load(searchId);
  }

  /** ER-7: each level's turn, batched across the searches of a request. */
  levels(searchId: string) {
    return this.ctx.loaders.levelsByBedSearchId.load(searchId);
  }

  /** ER-6: the holding level offers a bed; it is reserved atomically from free capacity of the type. */
  async offerBed(input: { id: string; expectedVersion: number; facilityId: string }): Promise<MutationResult<BedSearchRow>> {
    const search = await this.hold(input.id, input.expectedVersion, "SEARCHING");
    const facilityId = localIdOf(input.facilityId, "Facility", ["input", "facilityId"]);
    const now = this.ctx.clock.now();
    // Read before the transaction: inside it only `tx` may be used (the embedded engine has one connection).
    const [referralBefore] = await this.ctx.db.select().from(referrals).where(eq(referrals.id, search.referralId));
    const origin = (await this.ctx.loaders.facilityById.load(referralBefore.originFacilityId))!;
    const destination = await this.ctx.loaders.facilityById.load(facilityId);
    if (!destination) throw notFound("Facility", input.facilityId);
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      // The capacity row is locked: two searches offering the same last bed are serialised here.
      const [beds] = await tx
        .select()
        .from(facilityBeds)
        .where(and(eq(facilityBeds.facilityId, facilityId), eq(facilityBeds.bedType, search.bedType)))
        .for("update");
      const [{ reserved }] = await tx
        .select({ reserved: sql<number>`count(*)::int` })
        .from(bedReservations)
        .where(
          and(eq(bedReservations.facilityId, facilityId), eq(bedReservations.bedType, search.bedType), eq(bedReservations.active, true)),
        );
      refuseIfAny(checkFreeBed(search.bedType, beds, reserved));
      await tx
        .insert(bedReservations)
        .values({ searchId: search.id, facilityId, bedType: search.bedType, reservedAt: now, acceptBy: holdAcceptBy(now) });
      await this.endLevel(tx, search, "BED_FOUND", now);
      const updated = await this.move(t, search, input.expectedVersion, "offerBed", { reservedFacilityId: facilityId });
      // The referral is placed at the facility whose bed was reserved; that hospital accepts it itself (REF-2),
      // within the hold, or the hold lapses (ER-8).
      const referral = await this.referrals.requireRow(tx, search.referralId);
      refuseIfAny(moveErrors({ ...referralWorkflow, rule: "ER-1" }, referral.status, "place"));
      const placed = await this.referrals.apply(t, referral, {
        action: "place",
        expectedVersion: referral.version,
        changes: { destinationFacilityId: facilityId, scope: referralScope(origin, destination) },
        note: `bed search ${search.level}`,
        searchProvince: search.provinceCode,
      });
      // Its audience is the referral's as placed: the facility with the bed, not one that turned the referral down.
      await recordEvent(tx, t, bedSearchEvent(updated, placed, search.status, "offerBed"));
      return updated;
    });
  }

  /** ER-3 / ER-4: no place found at this level: the next level takes the search. */
  async escalate(input: { id: string; expectedVersion: number; comment?: string | null }): Promise<MutationResult<BedSearchRow>> {
    const search = await this.hold(input.id, input.expectedVersion, "SEARCHING");
    const errors = checkEscalation(search.level);
    if (errors.length) return { value: null, userErrors: errors };
    const up = nextLevel(search.level)!;
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      await this.endLevel(tx, search, `ESCALATED${input.comment ? `: ${input.comment}` : ""}`, now);
      await tx.insert(bedSearchLevels).values({ searchId: search.id, level: up, startedAt: now });
      const [referral] = await tx.select().from(referrals).where(eq(referrals.id, search.referralId));
      return this.move(t, search, input.expectedVersion, "escalate", { level: up }, input.comment ?? null, (updated) => ({
        ...bedSearchEvent(updated, referral, search.status, "escalate"),
        type: "bedSearch.escalated",
      }));
    });
  }

  /** ER-5: 112 of the province transfers the patient to the bed the destination accepted; the search closes. */
  async completeTransfer(input: { id: string; expectedVersion: number }): Promise<MutationResult<BedSearchRow>> {
    const search = await this.get(input.id);
    const errors = checkSearchHolder("EMERGENCY_112", search.provinceCode, this.principalFacts());
    const [referralNow] =
      search.status === "BED_RESERVED"
        ? await this.ctx.db.select({ status: referrals.status }).from(referrals).where(eq(referrals.id, search.referralId))
        : [];
    errors.push(...checkTransfer(search, referralNow?.status ?? null));
    if (errors.length) return { value: null, userErrors: errors };
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      // The hold now stands for the occupied bed, until discharge or the facility's next occupancy report (ER-8).
      await tx
        .update(bedReservations)
        .set({ arrivedAt: this.ctx.clock.now() })
        .where(and(eq(bedReservations.searchId, search.id), eq(bedReservations.active, true)));
      const referral = await this.referrals.requireRow(tx, search.referralId);
      refuseIfAny(moveErrors({ ...referralWorkflow, rule: "ER-5" }, referral.status, "arrive"));
      const arrived = await this.referrals.apply(t, referral, {
        action: "arrive",
        expectedVersion: referral.version,
        note: "transferred by 112",
        searchProvince: search.provinceCode,
      });
      // A stale expectedVersion answers CONFLICT with the search's real version (the kernel re-reads it).
      return this.move(t, search, input.expectedVersion, "completeTransfer", {}, null, (closed) =>
        bedSearchEvent(closed, arrived, search.status, "completeTransfer"),
      );
    });
  }

  /** ER-7: average time from a level's start to its end, per level and province. */
  async timeToBedReport(): Promise<{ level: string; provinceCode: string; searches: number; averageSeconds: number }[]> {
    authorise(this.ctx.principal, "bed-search:report-time");
    return this.ctx.db
      .select({
        level: sql<string>`${bedSearchLevels.level}::text`,
        provinceCode: bedSearches.provinceCode,
        searches: sql<number>`count(*)::int`,
        averageSeconds: sql<number>`round(avg(extract(epoch from ${bedSearchLevels.endedAt} - ${bedSearchLevels.startedAt})))::int`,
      })
      .from(bedSearchLevels)
      .innerJoin(bedSearches, eq(bedSearches.id, bedSearchLevels.searchId))
      .where(gte(bedSearchLevels.endedAt, bedSearchLevels.startedAt))
      .groupBy(bedSearchLevels.level, bedSearches.provinceCode)
      .orderBy(bedSearches.provinceCode, bedSearchLevels.level);
  }

  private principalFacts() {
    const { principal } = this.ctx;
    return { role: principal.role, provinceCode: principal.scope.kind === "PROVINCE" ? principal.scope.provinceCode : null };
  }

  private async hold(globalId: string, expectedVersion: number, status: BedSearchRow["status"]): Promise<BedSearchRow> {
    const search = await this.get(globalId);
    authorise(this.ctx.principal, "bed-search:act", { level: search.level, searchProvince: search.provinceCode });
    if (search.version !== expectedVersion) throw staleVersion("BedSearch", expectedVersion, search.version);
    if (search.status !== status) throw badInput(["input", "id"], `the search is ${search.status}.`, "ER-6");
    return search;
  }

  private async endLevel(tx: Transaction, search: BedSearchRow, outcome: string, now: Date) {
    await tx
      .update(bedSearchLevels)
      .set({ endedAt: now, outcome })
      .where(and(eq(bedSearchLevels.searchId, search.id), eq(bedSearchLevels.level, search.level), isNull(bedSearchLevels.endedAt)));
  }

  /** One move of the search through the kernel (versioned update, history row with the level, event), in `t`. */
  private async move(
    t: TransactionContext,
    search: BedSearchRow,
    expectedVersion: number,
    action: BedSearchAction,
    changes: Partial<BedSearchRow>,
    note: string | null = null,
    event?: (updated: BedSearchRow) => NewEvent,
  ): Promise<BedSearchRow> {
    const updated = await transition(t, bedSearchWorkflow, {
      row: search,
      expectedVersion,
      action,
      changes,
      note,
      details: { level: changes.level ?? search.level },
      event,
    });
    this.ctx.loaders.levelsByBedSearchId.clear(search.id);
    this.ctx.loaders.bedSearchHistory.clear(search.id);
    return updated;
  }
}
