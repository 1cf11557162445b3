import { and, eq, isNotNull, notInArray } from "drizzle-orm";
import type { Transaction } from "../../drizzle/database.js";
import {
  bedReservations,
  bedSearches,
  facilities,
  facilityClinics,
  patients,
  referralDeclines,
  referrals,
} from "../../drizzle/schema/index.js";
import type { BedSearchRow, ReferralRow, ReferralStatus } from "../../drizzle/schema/index.js";
import { accessLogValues, recordAccess } from "../audit/access-log.js";
import { authorise, decide } from "../auth/authorise.js";
import { badInput, forbidden, notFound } from "../platform/conventions/errors.js";
import { isUuid, localIdOf } from "../platform/conventions/global-id.js";
import { claimIfKeyed } from "../platform/conventions/idempotency.js";
import { inTransaction, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import type { TransactionContext } from "../platform/conventions/transaction.js";
import { countWhere, keysetPage, tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import { runPrepared } from "../platform/performance/prepared.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import type { PatientService } from "../patients/service.js";
import { checkMove, recordCreation, transition } from "../platform/conventions/workflow.js";
import { cancelSearchesOf, heldFor, openSearchProvince, releaseHolds, reopenBedSearches } from "./bed-search/holds.js";
import { isSearchLevel } from "./bed-search/rules.js";
import { endReferralLinks } from "./care-links.js";
import { openCareLink } from "../patients/care-links.js";
import {
  referralKeyOf,
  referralListOf,
  referralListStatement,
  referralListWhere,
  referralOrder,
  type JoinedReferral,
  type JoinedRow,
  type ReferralListFilter,
  type ReferralListRead,
} from "./list-query.js";
import { referralEvent } from "./referral-events.js";
import { referralWorkflow } from "./workflow.js";
import { checkClinicKnown, checkProvision, checkReferralMove, referralScope, type PlacementFacts, type ReferralAction } from "./rules.js";

export type { JoinedReferral, ReferralListRead } from "./list-query.js";

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

/** Referrals (REF-1, REF-2) with the temporary-protection chain (TP-1..5); the bed search (ER) moves them through `apply`. */
export class ReferralService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly patients: PatientService,
  ) {}

  async create(input: NewReferral): Promise<MutationResult<ReferralRow | null>> {
    const originId = localIdOf(input.originFacilityId, "Facility", ["input", "originFacilityId"]);
    const patientId = localIdOf(input.patientId, "Patient", ["input", "patientId"]);
    const decision = authorise(this.ctx.principal, "referral:create", { originFacilityId: originId });
    const [patient] = isUuid(patientId) ? await this.ctx.db.select().from(patients).where(eq(patients.id, patientId)) : [];
    if (!patient) throw notFound("Patient", input.patientId);
    const errors = checkProvision(patient.category === "TEMPORARY_PROTECTION", input.provision);
    errors.push(...checkClinicKnown(input.clinicCode, this.ctx.reference.clinics.has(input.clinicCode)));
    const justification = await this.patients.checkNewCareLink(patient, originId, input.accessJustification);
    errors.push(...justification.errors);
    if (errors.length) return { value: null, userErrors: errors };
    if (input.dryRun) return { value: null, userErrors: [] };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
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
      await recordCreation(t, referralWorkflow, { row: referral, action: "create", event: (row) => referralEvent(row, null, "create") });
      // PAT-3: the referring facility may read the patient while the referral stands.
      const link = { patientId, facilityId: originId, source: "REFERRAL" as const, sourceId: referral.id };
      await openCareLink(tx, link, now);
      const basis = justification.needed ? await this.patients.recordJustification(tx, link, input.accessJustification!) : decision.basis;
      await recordAccess(tx, t, [{ patientId, action: "referral.create", basis }]);
      await claim?.complete({ referralId: referral.id });
      return referral;
    });
  }

  async get(globalId: string): Promise<ReferralRow> {
    const row = await findByGlobalId(this.ctx.db, referrals, "Referral", globalId);
    // 112 and crisis centres read the referrals of the searches of their province (ER-6).
    const searchProvince = isSearchLevel(this.ctx.principal.role) ? await this.searchProvinceOf(row.id) : null;
    authorise(this.ctx.principal, "referral:read", { ...row, searchProvince });
    return row;
  }

  /** The province of the referral's bed searches (the origin's), if it has any. */
  private async searchProvinceOf(referralId: string): Promise<string | null> {
    const [search] = await this.ctx.db
      .select({ provinceCode: bedSearches.provinceCode })
      .from(bedSearches)
      .where(eq(bedSearches.referralId, referralId))
      .limit(1);
    return search?.provinceCode ?? null;
  }

  /** The referral of a bed search the caller was allowed to read (a party, a national role, or a centre following it). */
  async ofSearch(search: BedSearchRow): Promise<ReferralRow> {
    const row = (await this.ctx.loaders.referralById.load(search.referralId))!;
    authorise(this.ctx.principal, "referral:read", { ...row, searchProvince: search.provinceCode });
    return row;
  }

  /**
   * Work queues: a hospital's incoming or outgoing referrals; everything for the coordination unit and auditors.
   * With `read` naming the to-one relations to join, the patients and facilities come in the page's statement with
   * only the named columns, handed down on each referral (`joined`) rather than primed into the request's loaders,
   * so no partial row can reach another part of the operation; the patients are still authorised and logged when resolved.
   * The page's cursors can be made only if `read.cursors` asked for them (the sort key is read only then).
   */
  async list(filter: ReferralListFilter, args: PageArgs, read?: ReferralListRead): Promise<Page<JoinedReferral>> {
    // Under a read decision that holds for every patient (PAT-3 national roles), the page's patients are logged by
    // the statement that reads them.
    const patientRead = read?.patient ? this.patients.uniformReadDecision() : null;
    const logged = patientRead?.allowed ? patientRead : null;
    authorise(this.ctx.principal, "referral:list");
    const list = referralListOf(this.ctx.principal, filter, read ?? null, Boolean(logged));
    if (!list) throw forbidden("list referrals", `the role ${this.ctx.principal.role} has no referral queue`, null);
    const { shape, values } = list;
    if (!shape.read)
      return tablePage(this.ctx.db, referrals, {
        where: referralListWhere(shape),
        values,
        orderBy: referralOrder,
        keyOf: referralKeyOf,
        args,
      });
    const joined = { ...shape, read: shape.read };
    const statementValues = shape.logged
      ? { ...values, ...accessLogValues(this.ctx, { action: "patient.read", basis: logged!.basis }) }
      : values;
    const page = await keysetPage({
      args,
      orderBy: referralOrder,
      keyOf: (row: JoinedRow) => referralKeyOf(row.referral),
      fetch: (cursor, order, limit, page) => {
        const statement = referralListStatement(this.ctx.db, joined, { cursor, order, limit, page });
        return runPrepared<JoinedRow[]>(this.ctx.db, statement.key, statement.build as never, { ...statementValues, ...page.values });
      },
      // The condition's SQL is built only when the count is asked for: the page's own statement is prepared once per shape.
      count: () => countWhere(this.ctx.db, referrals, referralListWhere(shape), values),
    });
    // Logged only with the patient joined (referralListOf), whose id the statement reads: not the referral's patient_id.
    if (shape.logged)
      this.patients.readAndLogged(
        page.nodes.map((row) => row.patient!.id),
        logged!,
      );
    // The related rows ride on the referral row itself (no copy of each row).
    return { ...page, nodes: page.nodes.map(({ referral, ...joined }) => Object.assign(referral as JoinedReferral, { joined })) };
  }

  /** A referral's history, batched across the referrals of a request. */
  history(referralId: string) {
    return this.ctx.loaders.referralHistory.load(referralId);
  }

  /** One transition of REF-2, checked for its actor and the TP rules; with dryRun nothing is written. */
  async move(input: ReferralMove): Promise<MutationResult<ReferralRow> & { wouldBecome?: ReferralStatus }> {
    const referral = await this.get(input.id);
    if (referral.version !== input.expectedVersion) throw staleVersion("Referral", input.expectedVersion, referral.version);
    const next = checkMove(referralWorkflow, referral.status, input.action);
    if ("error" in next) return { value: null, userErrors: [next.error] };
    authorise(this.ctx.principal, "referral:move", { ...referral, action: input.action });
    const [patient] = await this.ctx.db.select().from(patients).where(eq(patients.id, referral.patientId));
    const temporaryProtection = patient.category === "TEMPORARY_PROTECTION";
    const changes: Partial<ReferralRow> = {};
    let placement: PlacementFacts | null = null;
    if (input.action === "place") {
      if (!input.destinationFacilityId) throw badInput(["input", "destinationFacilityId"], "is required to place a referral.", "REF-2");
      const destination = await this.ctx.loaders.facilityById.load(
        localIdOf(input.destinationFacilityId, "Facility", ["input", "destinationFacilityId"]),
      );
      if (!destination) throw notFound("Facility", input.destinationFacilityId);
      const origin = (await this.ctx.loaders.facilityById.load(referral.originFacilityId))!;
      const scope = referralScope(origin, destination);
      placement = {
        destinationName: destination.name,
        destinationClinics: await this.ctx.loaders.clinicCodesByFacilityId.load(destination.id),
        sameFacility: destination.id === origin.id,
        scope,
        // The coordination unit, once escalated (TP-4), coordinates with any suitable hospital.
        inProvinceCandidates:
          temporaryProtection && referral.status !== "ESCALATED" ? await this.inProvinceCandidates(referral, origin.provinceCode) : [],
      };
      Object.assign(changes, { destinationFacilityId: destination.id, scope });
    }
    if (input.action === "complete") changes.completionReport = input.completionReport ?? null;
    const errors = checkReferralMove({
      action: input.action,
      clinicCode: referral.clinicCode,
      temporaryProtection,
      reason: input.reason,
      completionReport: input.completionReport,
      placement,
    });
    if (errors.length) return { value: null, userErrors: errors };
    if (input.dryRun) return { value: referral, userErrors: [], wouldBecome: next.to };
    // The centres of an open bed search hear of the destination's answer (ER-6, ER-8).
    const searchProvince = await openSearchProvince(this.ctx.db, referral.id);
    return inTransaction(this.ctx, (t) =>
      this.apply(t, referral, {
        expectedVersion: input.expectedVersion,
        action: input.action,
        changes,
        note: input.comment ?? input.reason ?? null,
        reason: input.reason ?? null,
        searchProvince,
      }),
    );
  }

  /**
   * Moves the referral in the caller's transaction through the kernel (checked, versioned, historied, announced), with
   * its care links and bed holds (ER-8).
   */
  async apply(
    t: TransactionContext,
    referral: ReferralRow,
    move: {
      action: ReferralAction;
      /** The version the client read (the referral as read in the transaction, for a bed search's move). */
      expectedVersion: number;
      changes?: Partial<ReferralRow>;
      /** The comment or reason kept in the history. */
      note: string | null;
      /** A rejection's reason, kept with the decline (TP-3). */
      reason?: string | null;
      /** The province of the bed search that moved the referral, whose centres hear of it (ER-6). */
      searchProvince?: string;
    },
  ): Promise<ReferralRow> {
    const { tx } = t;
    const now = t.clock.now();
    const updated = await transition(t, referralWorkflow, {
      row: referral,
      expectedVersion: move.expectedVersion,
      action: move.action,
      changes: move.changes,
      note: move.note,
      event: (moved) => referralEvent(moved, referral.status, move.action, move.searchProvince),
    });
    const to = updated.status;
    const reason = move.reason ?? null;
    // The request's batched reads of this referral are read afresh (a later mutation of the same request reads them).
    this.ctx.loaders.referralById.clear(referral.id);
    this.ctx.loaders.referralHistory.clear(referral.id);
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
      await reopenBedSearches(t, updated, "REJECTED", "destination rejected", now);
    }
    // Discharge: the bed the patient took through a bed search is free again (ER-8).
    if (to === "COMPLETED") await releaseHolds(tx, and(heldFor(referral.id), isNotNull(bedReservations.arrivedAt))!, "DISCHARGED", now);
    if (to === "CANCELLED") {
      await endReferralLinks(tx, referral.id, null, now);
      // A cancelled emergency referral frees its reserved bed and closes its search.
      await cancelSearchesOf(t, updated, now);
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
    return decide(this.ctx.principal, "referral:read", referral).allowed;
  }

  async requireRow(tx: Transaction, id: string): Promise<ReferralRow> {
    const [row] = await tx.select().from(referrals).where(eq(referrals.id, id));
    return row;
  }
}
