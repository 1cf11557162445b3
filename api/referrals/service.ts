import DataLoader from "dataloader";
import { and, asc, eq, getTableColumns, gte, inArray, isNotNull, isNull, lt, notInArray, or, sql, type SQL } from "drizzle-orm";
import { alias, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Database, Transaction } from "../../drizzle/database.js";
import { endCareLinks, openCareLink } from "../patients/care-links.js";
import {
  bedReservations,
  bedSearchLevels,
  bedSearches,
  facilities,
  facilityBeds,
  facilityClinics,
  patients,
  referralDeclines,
  referralHistory,
  referrals,
} from "../../drizzle/schema/index.js";
import type {
  BedHoldRelease,
  BedSearchRow,
  BedType,
  FacilityRow,
  PatientRow,
  ReferralRow,
  ReferralStatus,
} from "../../drizzle/schema/index.js";
import { accessLogInsert, accessLogValues, recordAccess } from "../audit/access-log.js";
import { authorise } from "../auth/authorise.js";
import { actorOf } from "../auth/principal.js";
import { decideFacilityOperation, referralAudience, type AccessDecision } from "../auth/policy.js";
import { statusEvent } from "../events/catalogue.js";
import { recordEvent, type EventContext, type NewEvent } from "../events/outbox.js";
import type { Clock } from "../platform/time/clock.js";
import { groupBy } from "../platform/conventions/collections.js";
import { badInput, notFound, userError, type UserError } from "../platform/conventions/errors.js";
import { isUuid, localIdOf, toGlobalId } from "../platform/conventions/global-id.js";
import { claimIfKeyed } from "../platform/conventions/idempotency.js";
import { anyOf } from "../platform/performance/loaders.js";
import { currentVersionOf, inTransaction, refuseIfAny, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import { countWhere, keysetPage, literalLimit, tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import { runPrepared } from "../platform/performance/prepared.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import type { PatientService } from "../patients/service.js";
import { nextStateOf } from "../platform/conventions/state-machine.js";
import { screamingCase } from "../platform/conventions/enum-names.js";
import {
  checkProvision,
  checkSearchHolder,
  checkTemporaryProtectionPlacement,
  destinationActions,
  holdAcceptBy,
  nextLevel,
  referralScope,
  referralTransitions,
  type ReferralAction,
} from "./rules.js";

const originFacility = alias(facilities, "origin_facility");
const destinationFacility = alias(facilities, "destination_facility");

/** Which columns a referral list reads (by property name): the referrals' own, and those of each relation to join. */
export interface ReferralColumns {
  referral: string[];
  patient?: string[];
  origin?: string[];
  destination?: string[];
}

/** Related rows read in the page's statement, each with only the columns its `ReferralColumns` entry names. */
export interface JoinedRelations {
  patient?: PatientRow;
  origin?: FacilityRow;
  destination?: FacilityRow | null;
}

/** A referral, on a list page with the relations joined into it (only the columns the query reads). */
export type JoinedReferral = ReferralRow & { joined?: JoinedRelations };

type JoinedRow = { referral: ReferralRow } & JoinedRelations;

/** The named columns of a table or of an alias of it, for a partial select. */
function columnsOf(table: PgTable, names: string[]): Record<string, PgColumn> {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  return Object.fromEntries(names.map((name) => [name, columns[name]]));
}

export interface NewReferral {
  patientId: string;
  originFacilityId: string;
  clinicCode: string;
  requestingPhysician: string;
  diagnosisIcd10: string;
  urgency: ReferralRow["urgency"];
  medicalGrounds: ReferralRow["medicalGrounds"];
  companionRequired: boolean;
  authorisedTransport: ReferralRow["authorisedTransport"];
  provision?: { valid: boolean; reference: string } | null;
  /** PAT-3: why a hospital without a current care link needs access to the patient (`checkNewCareLink`). */
  accessJustification?: string | null;
  idempotencyKey?: string | null;
  /** Check, write nothing (the pre-referral check answers beside it, REIMB-15). */
  dryRun?: boolean | null;
}

export interface ReferralMove {
  id: string;
  expectedVersion: number;
  action: ReferralAction;
  destinationFacilityId?: string | null;
  reason?: string | null;
  completionReport?: string | null;
  comment?: string | null;
  /** Report what would happen, write nothing. */
  dryRun?: boolean | null;
}

/** Referrals (REF-1, REF-2) with the temporary-protection chain (TP-1..5) and the emergency bed search (ER-1..7). */
export class ReferralService {
  private readonly historyLoader = new DataLoader<string, (typeof referralHistory.$inferSelect)[]>(async (ids) => {
    const rows = await this.ctx.db
      .select()
      .from(referralHistory)
      .where(anyOf(referralHistory.referralId, ids))
      .orderBy(asc(referralHistory.id));
    const byReferral = groupBy(rows, (r) => r.referralId);
    return ids.map((id) => byReferral.get(id) ?? []);
  });

  constructor(
    private readonly ctx: ServiceContext,
    private readonly patients: PatientService,
  ) {}

  async create(input: NewReferral): Promise<MutationResult<ReferralRow | null>> {
    const originId = localIdOf(input.originFacilityId, "Facility", ["input", "originFacilityId"]);
    const patientId = localIdOf(input.patientId, "Patient", ["input", "patientId"]);
    const decision = decideFacilityOperation(this.ctx.principal, originId, "refer patients");
    authorise(decision, "create this referral");
    const [patient] = isUuid(patientId) ? await this.ctx.db.select().from(patients).where(eq(patients.id, patientId)) : [];
    if (!patient) throw notFound("Patient", input.patientId);
    const errors = checkProvision(patient.category === "TEMPORARY_PROTECTION", input.provision);
    if (!this.ctx.reference.clinics.has(input.clinicCode))
      errors.push(userError(["input", "clinicCode"], "UNKNOWN_CLINIC", `There is no clinic ${input.clinicCode}.`, "REF-2"));
    const justification = await this.patients.checkNewCareLink(patient, originId, input.accessJustification);
    errors.push(...justification.errors);
    if (errors.length) return { value: null, userErrors: errors };
    if (input.dryRun) return { value: null, userErrors: [] };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx.db, async (tx) => {
      const claim = await claimIfKeyed<{ referralId: string }>(tx, { clientId: this.ctx.principal.clientId, now }, "createReferral", input);
      if (claim?.replayed) return this.requireRow(tx, claim.result.referralId);
      const [referral] = await tx
        .insert(referrals)
        .values({
          ...input,
          patientId,
          originFacilityId: originId,
          provision: input.provision ? { ...input.provision, checkedAt: now.toISOString() } : null,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await tx.insert(referralHistory).values({
        referralId: referral.id,
        fromStatus: null,
        toStatus: "REQUESTED",
        action: "create",
        ...actorOf(this.ctx.principal),
        comment: null,
        at: now,
      });
      await recordEvent(tx, this.ctx, referralEvent(referral, null, "create"));
      // PAT-3: the referring facility may read the patient while the referral stands.
      const link = { patientId, facilityId: originId, source: "REFERRAL" as const, sourceId: referral.id };
      await openCareLink(tx, link, now);
      const basis = justification.needed ? await this.patients.recordJustification(tx, link, input.accessJustification!) : decision.basis;
      await recordAccess(tx, this.ctx, [{ patientId, action: "referral.create", basis }]);
      await claim?.complete({ referralId: referral.id });
      return referral;
    });
  }

  async get(globalId: string): Promise<ReferralRow> {
    const row = await findByGlobalId(this.ctx.db, referrals, "Referral", globalId);
    const decision = this.decideRead(row);
    if (!decision.allowed && this.isSearchCentre()) {
      // 112 and crisis centres read the referrals of the searches of their province (ER-6).
      const searches = await this.ctx.db.select().from(bedSearches).where(eq(bedSearches.referralId, row.id));
      if (searches.some((s) => this.mayHold(s))) return row;
    }
    authorise(decision, "read this referral");
    return row;
  }

  private isSearchCentre() {
    return ["EMERGENCY_112", "PROVINCIAL_CRISIS_CENTRE", "NATIONAL_CRISIS_CENTRE"].includes(this.ctx.principal.role);
  }

  /** A centre sees the searches of its province (the national centre all), whatever level holds them now. */
  private mayHold(search: BedSearchRow): boolean {
    const { principal } = this.ctx;
    if (principal.role === "NATIONAL_CRISIS_CENTRE") return true;
    return this.isSearchCentre() && principal.scope.kind === "PROVINCE" && principal.scope.provinceCode === search.provinceCode;
  }

  /**
   * Work queues: a hospital's incoming or outgoing referrals; everything for the coordination unit and auditors.
   * With `read` naming the to-one relations to join, the patients and facilities come in the page's statement with
   * only the named columns, handed down on each referral (`joined`) rather than primed into the request's loaders,
   * so no partial row can reach another part of the operation; the patients are still authorised and logged when resolved.
   */
  async list(
    filter: { direction?: "INCOMING" | "OUTGOING" | null; status?: ReferralStatus | null; urgency?: ReferralRow["urgency"] | null },
    args: PageArgs,
    read?: ReferralColumns,
  ): Promise<Page<JoinedReferral>> {
    const { principal } = this.ctx;
    // The filter's values are placeholders (`values`), so a page of the joined list runs one statement prepared once
    // per shape; `filterShape` names every condition present.
    const values: Record<string, unknown> = { status: filter.status, urgency: filter.urgency };
    const conditions: (SQL | undefined)[] = [
      filter.status ? eq(referrals.status, sql.placeholder("status")) : undefined,
      filter.urgency ? eq(referrals.urgency, sql.placeholder("urgency")) : undefined,
    ];
    let queue = "all";
    if (principal.role === "PARTNER_HOSPITAL" && principal.scope.kind === "FACILITY") {
      values.facility = principal.scope.facilityId;
      const own = sql.placeholder("facility");
      queue = filter.direction ?? "both";
      conditions.push(
        filter.direction === "INCOMING"
          ? eq(referrals.destinationFacilityId, own)
          : filter.direction === "OUTGOING"
            ? eq(referrals.originFacilityId, own)
            : or(eq(referrals.originFacilityId, own), eq(referrals.destinationFacilityId, own)),
      );
    } else if (principal.role !== "COORDINATION_UNIT" && principal.role !== "AUDITOR") {
      authorise({ allowed: false, reason: `the role ${principal.role} has no referral queue`, rule: null }, "list referrals");
    }
    const where = and(...conditions);
    const filterShape = `${queue}:${filter.status ? "status" : ""}:${filter.urgency ? "urgency" : ""}`;
    const orderBy = [referrals.createdAt, referrals.id];
    const keyOf = (r: ReferralRow) => [r.createdAt.toISOString(), r.id];
    if (!read || !(read.patient || read.origin || read.destination))
      return tablePage(this.ctx.db, referrals, { where, values, orderBy, keyOf, args });
    const selection = {
      referral: columnsOf(referrals, [...read.referral, "createdAt"]),
      ...(read.patient && { patient: columnsOf(patients, read.patient) }),
      ...(read.origin && { origin: columnsOf(originFacility, read.origin) }),
      ...(read.destination && { destination: columnsOf(destinationFacility, read.destination) }),
    };
    // Under a read decision that holds for every patient (PAT-3 national roles), the page's patients are logged by
    // the statement that reads them, in a CTE over the same rows: one statement, and no read without its log.
    const patientRead = read.patient ? this.patients.uniformReadDecision() : null;
    const logged = patientRead?.allowed ? patientRead : null;
    const statementValues = logged ? { ...values, ...accessLogValues(this.ctx, { action: "patient.read", basis: logged.basis }) } : values;
    const page = await keysetPage({
      args,
      orderBy,
      keyOf: (row: JoinedRow) => keyOf(row.referral),
      fetch: (cursor, order, limit, page) =>
        runPrepared<JoinedRow[]>(
          this.ctx.db,
          `referrals.list ${JSON.stringify(read)} ${filterShape} ${logged ? "logged" : ""} ${page.shape}`,
          () =>
            (logged
              ? this.ctx.db.with(
                  this.ctx.db.$with("logged_reads", {}).as(
                    accessLogInsert(
                      // The rows the page returns: the fetch reads one more to tell whether there is a next page.
                      this.ctx.db
                        .select({ patientId: referrals.patientId })
                        .from(referrals)
                        .where(and(where, cursor))
                        .orderBy(...order)
                        .limit(literalLimit(limit - 1))
                        .getSQL(),
                    ),
                  ),
                )
              : this.ctx.db
            )
              .select(selection)
              .from(referrals)
              .innerJoin(patients, eq(patients.id, referrals.patientId))
              .innerJoin(originFacility, eq(originFacility.id, referrals.originFacilityId))
              .leftJoin(destinationFacility, eq(destinationFacility.id, referrals.destinationFacilityId))
              .where(and(where, cursor))
              .orderBy(...order)
              .limit(literalLimit(limit)) as never,
          { ...statementValues, ...page.values },
        ),
      count: () => countWhere(this.ctx.db, referrals, where, values),
    });
    if (logged)
      this.patients.readAndLogged(
        page.nodes.map((row) => row.referral.patientId),
        logged,
      );
    // The related rows ride on the referral row itself (no copy of each row).
    return { ...page, nodes: page.nodes.map(({ referral, ...joined }) => Object.assign(referral as JoinedReferral, { joined })) };
  }

  /** A referral's history, batched across the referrals of a request. */
  history(referralId: string) {
    return this.historyLoader.load(referralId);
  }

  /** One transition of REF-2, checked for its actor and the TP rules; with dryRun nothing is written. */
  async move(input: ReferralMove): Promise<MutationResult<ReferralRow> & { wouldBecome?: ReferralStatus }> {
    const referral = await this.get(input.id);
    if (referral.version !== input.expectedVersion) throw staleVersion("Referral", input.expectedVersion, referral.version);
    const next = nextStateOf(referralTransitions, referral.status, input.action, "REF-2", screamingCase);
    if ("error" in next) return { value: null, userErrors: [next.error] };
    authorise(this.decideAction(referral, input.action), `${input.action} this referral`);
    const [patient] = await this.ctx.db.select().from(patients).where(eq(patients.id, referral.patientId));
    const temporaryProtection = patient.category === "TEMPORARY_PROTECTION";
    const errors: UserError[] = [];
    const changes: Partial<ReferralRow> = {};
    if (input.action === "place") {
      if (!input.destinationFacilityId) throw badInput(["input", "destinationFacilityId"], "is required to place a referral.", "REF-2");
      const destination = await this.ctx.loaders.facilityById.load(
        localIdOf(input.destinationFacilityId, "Facility", ["input", "destinationFacilityId"]),
      );
      if (!destination) throw notFound("Facility", input.destinationFacilityId);
      const origin = (await this.ctx.loaders.facilityById.load(referral.originFacilityId))!;
      const clinics = await this.ctx.loaders.clinicCodesByFacilityId.load(destination.id);
      if (!clinics.includes(referral.clinicCode))
        errors.push(
          userError(["input", "destinationFacilityId"], "NO_CLINIC", `${destination.name} has no ${referral.clinicCode} clinic.`, "REF-2"),
        );
      if (destination.id === origin.id)
        errors.push(userError(["input", "destinationFacilityId"], "SAME_FACILITY", "A referral goes to another facility.", "REF-2"));
      const scope = referralScope(origin, destination);
      // The coordination unit, once escalated (TP-4), coordinates with any suitable hospital.
      if (temporaryProtection && referral.status !== "ESCALATED")
        errors.push(...checkTemporaryProtectionPlacement(scope, await this.inProvinceCandidates(referral, origin.provinceCode)));
      Object.assign(changes, { destinationFacilityId: destination.id, scope });
    }
    if (input.action === "reject" && !input.reason)
      errors.push(userError(["input", "reason"], "REQUIRED", "A rejection gives its reason.", "REF-2"));
    if (input.action === "cancel" && !input.reason)
      errors.push(userError(["input", "reason"], "REQUIRED", "A cancellation gives its reason.", "REF-2"));
    if (input.action === "escalate" && !temporaryProtection)
      errors.push(
        userError(
          ["input", "action"],
          "NOT_TEMPORARY_PROTECTION",
          "Escalation to the coordination unit is the temporary-protection path.",
          "TP-4",
        ),
      );
    if (input.action === "complete" && temporaryProtection && !input.completionReport) {
      errors.push(userError(["input", "completionReport"], "REQUIRED", "The receiving facility reports completion to the unit.", "TP-5"));
    }
    if (input.action === "complete") changes.completionReport = input.completionReport ?? null;
    if (errors.length) return { value: null, userErrors: errors };
    if (input.dryRun) return { value: referral, userErrors: [], wouldBecome: next.to };
    // The centres of an open bed search hear of the destination's answer (ER-6, ER-8).
    const [openSearch] = await this.ctx.db
      .select({ provinceCode: bedSearches.provinceCode })
      .from(bedSearches)
      .where(and(eq(bedSearches.referralId, referral.id), inArray(bedSearches.status, ["SEARCHING", "BED_RESERVED"])));
    return inTransaction(this.ctx.db, (tx) =>
      this.apply(
        tx,
        referral,
        next.to,
        input.action,
        changes,
        input.comment ?? input.reason ?? null,
        input.reason ?? null,
        openSearch?.provinceCode,
      ),
    );
  }

  private async apply(
    tx: Transaction,
    referral: ReferralRow,
    to: ReferralStatus,
    action: string,
    changes: Partial<ReferralRow>,
    comment: string | null,
    reason: string | null,
    /** The province of the bed search that moved the referral, whose centres hear of it (ER-6). */
    searchProvince?: string,
  ): Promise<ReferralRow> {
    const now = this.ctx.clock.now();
    const [updated] = await tx
      .update(referrals)
      .set({ ...changes, status: to, version: sql`${referrals.version} + 1`, updatedAt: now })
      .where(and(eq(referrals.id, referral.id), eq(referrals.version, referral.version), eq(referrals.status, referral.status)))
      .returning();
    if (!updated) throw staleVersion("Referral", referral.version, await currentVersionOf(tx, referrals, referral.id));
    await tx.insert(referralHistory).values({
      referralId: referral.id,
      fromStatus: referral.status,
      toStatus: to,
      action,
      ...actorOf(this.ctx.principal),
      comment,
      at: now,
    });
    await recordEvent(tx, this.ctx, referralEvent(updated, referral.status, action, searchProvince));
    if (to === "PLACED") {
      await openCareLink(
        tx,
        { patientId: referral.patientId, facilityId: updated.destinationFacilityId!, source: "REFERRAL", sourceId: referral.id },
        now,
      );
    }
    if (to === "REJECTED" && referral.destinationFacilityId) {
      await tx
        .insert(referralDeclines)
        .values({ referralId: referral.id, facilityId: referral.destinationFacilityId, reason: reason ?? "", at: now });
      await endReferralLinks(tx, referral.id, referral.destinationFacilityId, now);
      // A bed the destination turned down is free again, and the level that found it searches on (ER-8).
      await reopenBedSearches(tx, this.ctx, updated, "REJECTED", "destination rejected", now);
    }
    // Discharge: the bed the patient took through a bed search is free again (ER-8).
    if (to === "COMPLETED") await releaseHolds(tx, and(heldFor(referral.id), isNotNull(bedReservations.arrivedAt))!, "DISCHARGED", now);
    if (to === "CANCELLED") {
      await endReferralLinks(tx, referral.id, null, now);
      // A cancelled emergency referral frees its reserved bed and closes its search.
      const open = await tx
        .select({ id: bedSearches.id, status: bedSearches.status })
        .from(bedSearches)
        .where(and(eq(bedSearches.referralId, referral.id), inArray(bedSearches.status, ["SEARCHING", "BED_RESERVED"])));
      if (open.length) {
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
          this.ctx,
          ...cancelled.map((search) => bedSearchEvent(search, updated, statusBefore.get(search.id)!, "cancelReferral")),
        );
        await tx
          .update(bedSearchLevels)
          .set({ endedAt: now, outcome: "REFERRAL_CANCELLED" })
          .where(and(inArray(bedSearchLevels.searchId, ids), isNull(bedSearchLevels.endedAt)));
      }
    }
    return updated;
  }

  /** TP-3: facilities of the province with the clinic that have not declined this referral (the origin excepted). */
  private async inProvinceCandidates(referral: ReferralRow, provinceCode: string | null): Promise<string[]> {
    if (!provinceCode) return [];
    const declined = await this.ctx.db
      .select({ id: referralDeclines.facilityId })
      .from(referralDeclines)
      .where(eq(referralDeclines.referralId, referral.id));
    const excluded = [referral.originFacilityId, ...declined.map((d) => d.id)];
    const rows = await this.ctx.db
      .select({ id: facilities.id })
      .from(facilities)
      .innerJoin(facilityClinics, and(eq(facilityClinics.facilityId, facilities.id), eq(facilityClinics.clinicCode, referral.clinicCode)))
      .where(and(eq(facilities.provinceCode, provinceCode), notInArray(facilities.id, excluded)));
    return rows.map((r) => r.id);
  }

  /** Whether the caller reads this referral as one of its parties or nationally (other modules build on it). */
  mayRead(referral: ReferralRow): boolean {
    return this.decideRead(referral).allowed;
  }

  private decideRead(referral: ReferralRow): AccessDecision {
    const { principal } = this.ctx;
    if (principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR") return { allowed: true, basis: "NATIONAL_SCOPE" };
    if (
      principal.scope.kind === "FACILITY" &&
      [referral.originFacilityId, referral.destinationFacilityId].includes(principal.scope.facilityId)
    )
      return { allowed: true, basis: "PARTY" };
    return { allowed: false, reason: "only the two facilities and the coordination side read a referral", rule: "REF-2" };
  }

  /** REF-2: the destination accepts, rejects, records arrival and completion; the origin places, cancels and escalates. */
  private decideAction(referral: ReferralRow, action: ReferralAction): AccessDecision {
    const { principal } = this.ctx;
    if (principal.role === "COORDINATION_UNIT" && !destinationActions.has(action) && action !== "escalate")
      return { allowed: true, basis: "NATIONAL_SCOPE" };
    if (referral.status === "ESCALATED")
      return { allowed: false, reason: "an escalated referral is placed by the coordination unit", rule: "TP-4" };
    const facility = destinationActions.has(action) ? referral.destinationFacilityId : referral.originFacilityId;
    const decision = facility
      ? decideFacilityOperation(principal, facility, `${action} referrals`)
      : { allowed: false as const, reason: "no facility for this action", rule: null };
    return decision.allowed && principal.role === "COORDINATION_UNIT" && destinationActions.has(action)
      ? { allowed: false, reason: "the destination hospital, not the coordination unit, accepts and reports", rule: "REF-2" }
      : decision;
  }

  private async requireRow(tx: Transaction, id: string): Promise<ReferralRow> {
    const [row] = await tx.select().from(referrals).where(eq(referrals.id, id));
    return row;
  }

  // ---- emergency bed search (ER-1..7) ------------------------------------------------------

  /** ER-1: the referring hospital's physician asks for a bed of a type; 112 of the province holds the search first. */
  async startBedSearch(input: { referralId: string; bedType: BedType }): Promise<MutationResult<BedSearchRow>> {
    const referral = await this.get(input.referralId);
    authorise(decideFacilityOperation(this.ctx.principal, referral.originFacilityId, "request beds"), "start a bed search");
    if (referral.urgency !== "EMERGENCY")
      return {
        value: null,
        userErrors: [userError(["input", "referralId"], "NOT_EMERGENCY", "A bed search is for an EMERGENCY referral.", "ER-1")],
      };
    if (!["REQUESTED", "REJECTED"].includes(referral.status)) {
      return {
        value: null,
        userErrors: [
          userError(
            ["input", "referralId"],
            "ALREADY_PLACED",
            `The referral is ${referral.status}; a bed search is for one not yet placed.`,
            "ER-1",
          ),
        ],
      };
    }
    const [openSearch] = await this.ctx.db
      .select({ id: bedSearches.id })
      .from(bedSearches)
      .where(and(eq(bedSearches.referralId, referral.id), inArray(bedSearches.status, ["SEARCHING", "BED_RESERVED"])));
    if (openSearch)
      return {
        value: null,
        userErrors: [userError(["input", "referralId"], "SEARCH_OPEN", "The referral already has an open bed search.", "ER-1")],
      };
    const origin = (await this.ctx.loaders.facilityById.load(referral.originFacilityId))!;
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx.db, async (tx) => {
      const [search] = await tx
        .insert(bedSearches)
        .values({ referralId: referral.id, bedType: input.bedType, provinceCode: origin.provinceCode!, createdAt: now, updatedAt: now })
        .returning();
      await tx.insert(bedSearchLevels).values({ searchId: search.id, level: "EMERGENCY_112", startedAt: now });
      await recordEvent(tx, this.ctx, bedSearchEvent(search, referral, null, "start"));
      return search;
    });
  }

  async bedSearch(globalId: string): Promise<BedSearchRow> {
    const row = await findByGlobalId(this.ctx.db, bedSearches, "BedSearch", globalId);
    const { principal } = this.ctx;
    if (!(principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR" || this.mayHold(row))) {
      const [referral] = await this.ctx.db.select().from(referrals).where(eq(referrals.id, row.referralId));
      authorise(this.decideRead(referral), "read this bed search");
    }
    return row;
  }

  /** Searches waiting for the caller's level (and province, below the national level). */
  async openBedSearches(): Promise<BedSearchRow[]> {
    const { principal } = this.ctx;
    const province = principal.scope.kind === "PROVINCE" ? principal.scope.provinceCode : null;
    const levelRole = ["EMERGENCY_112", "PROVINCIAL_CRISIS_CENTRE", "NATIONAL_CRISIS_CENTRE"].includes(principal.role)
      ? (principal.role as BedSearchRow["level"])
      : null;
    if (!levelRole && principal.role !== "COORDINATION_UNIT" && principal.role !== "AUDITOR") {
      authorise({ allowed: false, reason: "bed searches are the 112 and crisis centres' work", rule: "ER-6" }, "list bed searches");
    }
    return this.ctx.db
      .select()
      .from(bedSearches)
      .where(
        and(
          inArray(bedSearches.status, ["SEARCHING", "BED_RESERVED"]),
          levelRole ? eq(bedSearches.level, levelRole) : undefined,
          province ? eq(bedSearches.provinceCode, province) : undefined,
        ),
      )
      .orderBy(asc(bedSearches.createdAt));
  }

  levels(searchId: string) {
    return this.ctx.db.select().from(bedSearchLevels).where(eq(bedSearchLevels.searchId, searchId)).orderBy(asc(bedSearchLevels.id));
  }

  /** ER-6: the holding level offers a bed; it is reserved atomically from free capacity of the type. */
  async offerBed(input: { id: string; expectedVersion: number; facilityId: string }): Promise<MutationResult<BedSearchRow>> {
    const search = await this.holdSearch(input.id, input.expectedVersion, "SEARCHING");
    const facilityId = localIdOf(input.facilityId, "Facility", ["input", "facilityId"]);
    const now = this.ctx.clock.now();
    // Read before the transaction: inside it only `tx` may be used (the embedded engine has one connection).
    const [referralBefore] = await this.ctx.db.select().from(referrals).where(eq(referrals.id, search.referralId));
    const origin = (await this.ctx.loaders.facilityById.load(referralBefore.originFacilityId))!;
    const destination = await this.ctx.loaders.facilityById.load(facilityId);
    if (!destination) throw notFound("Facility", input.facilityId);
    return inTransaction(this.ctx.db, async (tx) => {
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
      if (!beds || beds.total - beds.occupied - reserved <= 0) {
        refuseIfAny([userError(["input", "facilityId"], "NO_FREE_BED", `No free ${search.bedType} bed there.`, "ER-6")]);
      }
      await tx
        .insert(bedReservations)
        .values({ searchId: search.id, facilityId, bedType: search.bedType, reservedAt: now, acceptBy: holdAcceptBy(now) });
      await this.endLevel(tx, search, "BED_FOUND", now);
      const updated = await this.updateSearch(tx, search, { status: "BED_RESERVED", reservedFacilityId: facilityId });
      // The referral is placed at the facility whose bed was reserved; that hospital accepts it itself (REF-2),
      // within the hold, or the hold lapses (ER-8).
      const referral = await this.requireRow(tx, search.referralId);
      const place = nextStateOf(referralTransitions, referral.status, "place", "ER-1", screamingCase);
      if ("error" in place) refuseIfAny([place.error]);
      const placed = await this.apply(
        tx,
        referral,
        "PLACED",
        "place",
        { destinationFacilityId: facilityId, scope: referralScope(origin, destination) },
        `bed search ${search.level}`,
        null,
        search.provinceCode,
      );
      // Its audience is the referral's as placed: the facility with the bed, not one that turned the referral down.
      await recordEvent(tx, this.ctx, bedSearchEvent(updated, placed, search.status, "offerBed"));
      return updated;
    });
  }

  /** ER-3 / ER-4: no place found at this level: the next level takes the search. */
  async escalateBedSearch(input: { id: string; expectedVersion: number; comment?: string | null }): Promise<MutationResult<BedSearchRow>> {
    const search = await this.holdSearch(input.id, input.expectedVersion, "SEARCHING");
    const up = nextLevel(search.level);
    if (!up)
      return {
        value: null,
        userErrors: [userError(["input", "id"], "TOP_LEVEL", "The national crisis centre is the last level.", "ER-4")],
      };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx.db, async (tx) => {
      await this.endLevel(tx, search, `ESCALATED${input.comment ? `: ${input.comment}` : ""}`, now);
      await tx.insert(bedSearchLevels).values({ searchId: search.id, level: up, startedAt: now });
      const updated = await this.updateSearch(tx, search, { level: up });
      const [referral] = await tx.select().from(referrals).where(eq(referrals.id, search.referralId));
      await recordEvent(tx, this.ctx, { ...bedSearchEvent(updated, referral, search.status, "escalate"), type: "bedSearch.escalated" });
      return updated;
    });
  }

  /** ER-5: 112 of the province transfers the patient to the bed the destination accepted; the search closes. */
  async completeTransfer(input: { id: string; expectedVersion: number }): Promise<MutationResult<BedSearchRow>> {
    const search = await this.bedSearch(input.id);
    const errors = checkSearchHolder("EMERGENCY_112", search.provinceCode, this.principalFacts());
    if (search.status !== "BED_RESERVED")
      errors.push(userError(["input", "id"], "NO_BED", `The search is ${search.status}; a transfer needs a reserved bed.`, "ER-5"));
    else {
      const [referral] = await this.ctx.db.select({ status: referrals.status }).from(referrals).where(eq(referrals.id, search.referralId));
      if (referral.status !== "ACCEPTED")
        errors.push(
          userError(
            ["input", "id"],
            "NOT_ACCEPTED",
            `The referral is ${referral.status}: the destination hospital accepts it before the transfer.`,
            "REF-2",
          ),
        );
    }
    if (errors.length) return { value: null, userErrors: errors };
    return inTransaction(this.ctx.db, async (tx) => {
      // The hold now stands for the occupied bed, until discharge or the facility's next occupancy report (ER-8).
      await tx
        .update(bedReservations)
        .set({ arrivedAt: this.ctx.clock.now() })
        .where(and(eq(bedReservations.searchId, search.id), eq(bedReservations.active, true)));
      const referral = await this.requireRow(tx, search.referralId);
      const arrive = nextStateOf(referralTransitions, referral.status, "arrive", "ER-5", screamingCase);
      if ("error" in arrive) refuseIfAny([arrive.error]);
      const arrived = await this.apply(tx, referral, "PATIENT_ARRIVED", "arrive", {}, "transferred by 112", null, search.provinceCode);
      if (search.version !== input.expectedVersion) throw staleVersion("BedSearch", input.expectedVersion, search.version);
      const closed = await this.updateSearch(tx, search, { status: "CLOSED" });
      await recordEvent(tx, this.ctx, bedSearchEvent(closed, arrived, search.status, "completeTransfer"));
      return closed;
    });
  }

  /** ER-7: average time from a level's start to its end, per level and province. */
  async timeToBedReport(): Promise<{ level: string; provinceCode: string; searches: number; averageSeconds: number }[]> {
    authorise(
      ["COORDINATION_UNIT", "AUDITOR", "NATIONAL_CRISIS_CENTRE"].includes(this.ctx.principal.role)
        ? { allowed: true, basis: "NATIONAL" }
        : { allowed: false, reason: "a national report", rule: "ER-7" },
      "read the time-to-bed report",
    );
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

  private async holdSearch(globalId: string, expectedVersion: number, status: BedSearchRow["status"]): Promise<BedSearchRow> {
    const search = await this.bedSearch(globalId);
    const errors = checkSearchHolder(search.level, search.provinceCode, this.principalFacts());
    if (errors.length) authorise({ allowed: false, reason: errors[0].message, rule: "ER-6" }, "act on this search");
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

  private async updateSearch(tx: Transaction, search: BedSearchRow, changes: Partial<BedSearchRow>): Promise<BedSearchRow> {
    const [updated] = await tx
      .update(bedSearches)
      .set({ ...changes, version: sql`${bedSearches.version} + 1`, updatedAt: this.ctx.clock.now() })
      .where(and(eq(bedSearches.id, search.id), eq(bedSearches.version, search.version)))
      .returning();
    if (!updated) throw staleVersion("BedSearch", search.version, await currentVersionOf(tx, bedSearches, search.id));
    return updated;
  }
}

const facilityGlobalId = (id: string | null) => (id ? toGlobalId("Facility", id) : null);

/** PAT-3: a facility (or, with null, every facility) stops reading the patient through this referral. */
async function endReferralLinks(tx: Transaction, referralId: string, facilityId: string | null, now: Date) {
  await endCareLinks(tx, { source: "REFERRAL", sourceIds: [referralId], facilityId }, now);
}

/** The active holds of a referral's bed searches. */
const heldFor = (referralId: string) =>
  and(
    eq(bedReservations.active, true),
    inArray(bedReservations.searchId, sql`(select ${bedSearches.id} from ${bedSearches} where ${bedSearches.referralId} = ${referralId})`),
  );

/** Ends the active holds matching `where`, with why (ER-8). */
async function releaseHolds(tx: Transaction, where: SQL, reason: BedHoldRelease, now: Date) {
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
async function reopenBedSearches(
  tx: Transaction,
  ctx: EventContext,
  referral: ReferralRow,
  reason: Extract<BedHoldRelease, "REJECTED" | "EXPIRED">,
  outcome: string,
  now: Date,
) {
  const released = await releaseHolds(tx, heldFor(referral.id)!, reason, now);
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

/** A referral's transition as an event for its parties (REF-2), and the centres of its bed search (ER-6). */
function referralEvent(referral: ReferralRow, fromStatus: ReferralStatus | null, action: string, searchProvince?: string): NewEvent {
  return {
    type: fromStatus === null ? "referral.requested" : statusEvent("referral", referral.status),
    subject: { kind: "referral", id: referral.id },
    data: {
      action,
      fromStatus,
      toStatus: referral.status,
      version: referral.version,
      urgency: referral.urgency,
      originFacilityId: facilityGlobalId(referral.originFacilityId),
      destinationFacilityId: facilityGlobalId(referral.destinationFacilityId),
    },
    audience: referralAudience(referral, searchProvince),
  };
}

function bedSearchEvent(search: BedSearchRow, referral: ReferralRow, fromStatus: BedSearchRow["status"] | null, action: string): NewEvent {
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
    audience: referralAudience(referral, search.provinceCode),
  };
}
