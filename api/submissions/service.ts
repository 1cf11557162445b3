import { and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../drizzle/database.js";
import { facilities, mdsCorrections, mdsDispatches, mdsRows, mdsSubmissions } from "../../drizzle/schema/index.js";
import type { MdsCorrectionRow, MdsDispatchRow, MdsRow, MdsSubmissionRow, TpNationality } from "../../drizzle/schema/index.js";
import { audienceOf, authorise } from "../auth/authorise.js";
import { statusEvent } from "../events/catalogue.js";
import { calendarDate } from "../platform/time/clock.js";
import { badInput, forbidden } from "../platform/conventions/errors.js";
import { localIdOf } from "../platform/conventions/global-id.js";
import { claimIfKeyed } from "../platform/conventions/idempotency.js";
import { inTransaction, refuseIfAny, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import type { TransactionContext } from "../platform/conventions/transaction.js";
import { transition as moveWorkflow } from "../platform/conventions/workflow.js";
import { loadVersionedSettings, saveSettings } from "../platform/conventions/settings.js";
import { addToPeriodTotals, consolidationOf, type Consolidation } from "./consolidation.js";
import {
  checkCorrectionRows,
  checkUnitCorrection,
  correctedRows,
  checkDraftExists,
  checkDueDay,
  checkEditable,
  checkPeriodOpen,
  checkRows,
  DEFAULT_DUE_DAY,
  isOverdue,
  periodWindow,
  transition,
  type MdsRowValues,
  type Metric,
  type ProvincePeriodStatus,
  revisionsOf,
  type SubmissionAction,
} from "./rules.js";
import { submissionWorkflow } from "./workflow.js";

/** MDS-1's due day, kept in the shared settings table. */
export const SUBMISSION_SETTINGS = { key: "monthlySubmissions", defaults: { deadline: { dueDay: DEFAULT_DUE_DAY } } };
const { key: SETTINGS_KEY, defaults } = SUBMISSION_SETTINGS;
const periodPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
export const EXPORT_LINK_SECONDS = 300;

export interface SubmissionSettings {
  dueDay: number;
  version: number;
}

export interface ProvinceStatus {
  provinceCode: string;
  status: ProvincePeriodStatus;
  overdue: boolean;
  submittedAt: Date | null;
}

export interface CorrectionRequest {
  facilityId: string;
  nationality: TpNationality;
  metric?: Metric | null;
  reason: string;
}

/** MDS-1..6: the 81 provinces' monthly temporary-protection data, its review, consolidation and dispatch. */
export class SubmissionService {
  constructor(private readonly ctx: ServiceContext) {}

  async dueDay(): Promise<number> {
    return (await this.settings()).dueDay;
  }

  async settings(): Promise<SubmissionSettings> {
    const { value, version } = await loadVersionedSettings(this.ctx.db, SETTINGS_KEY, defaults);
    return { dueDay: value.deadline.dueDay, version };
  }

  async setDueDay(input: { dueDay: number; expectedVersion?: number | null }): Promise<MutationResult<SubmissionSettings>> {
    authorise(this.ctx.principal, "monthly-submission-settings:update");
    const errors = checkDueDay(input.dueDay);
    if (errors.length > 0) return { value: null, userErrors: errors };
    const { dueDay } = input;
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      const settings = { deadline: { dueDay } };
      const version = await saveSettings(
        tx,
        SETTINGS_KEY,
        settings,
        this.ctx.principal.clientId,
        this.ctx.clock.now(),
        input.expectedVersion ?? null,
      );
      return { dueDay, version };
    });
  }

  async get(period: string, provinceCode: string): Promise<MdsSubmissionRow | null> {
    this.checkPeriod(period);
    authorise(this.ctx.principal, "monthly-submission:read", { provinceCode });
    const [row] = await this.ctx.db
      .select()
      .from(mdsSubmissions)
      .where(and(eq(mdsSubmissions.period, period), eq(mdsSubmissions.provinceCode, provinceCode)));
    return row ?? null;
  }

  async byId(globalId: string): Promise<MdsSubmissionRow> {
    const row = await findByGlobalId(this.ctx.db, mdsSubmissions, "MonthlySubmission", globalId);
    authorise(this.ctx.principal, "monthly-submission:read", row);
    return row;
  }

  rows(submission: MdsSubmissionRow, revision = submission.revision): Promise<MdsRow[]> {
    return this.ctx.loaders.submissionRowsByRevision.load(`${submission.id}|${revision}`);
  }

  corrections(submissionId: string): Promise<MdsCorrectionRow[]> {
    return this.ctx.db
      .select()
      .from(mdsCorrections)
      .where(eq(mdsCorrections.submissionId, submissionId))
      .orderBy(asc(mdsCorrections.requestedAt));
  }

  /** The submission's steps, oldest first, each with the revision it belongs to. */
  async history(submissionId: string) {
    const steps = await this.ctx.loaders.monthlySubmissionHistory.load(submissionId);
    const revisions = revisionsOf(steps);
    return steps.map((step, i) => ({ ...step, revision: revisions[i] }));
  }

  /** Replaces the rows of the province's editable revision, all or nothing (MDS-2). */
  async saveDraft(input: {
    period: string;
    rows: MdsRowValues[];
    expectedVersion?: number | null;
  }): Promise<MutationResult<MdsSubmissionRow>> {
    const provinceCode = this.ownProvince();
    authorise(this.ctx.principal, "monthly-submission:save-draft", { provinceCode });
    this.checkPeriod(input.period);
    const rows = input.rows.map((row, i) => ({
      ...row,
      facilityId: localIdOf(row.facilityId, "Facility", ["input", "rows", String(i), "facilityId"]),
    }));
    const errors = [
      ...checkPeriodOpen(input.period, calendarDate(this.ctx.clock.now()), ["input", "period"]),
      ...checkRows(rows, await this.facilitiesOf(provinceCode), provinceCode),
    ];
    if (errors.length) return { value: null, userErrors: errors };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      await tx.insert(mdsSubmissions).values({ provinceCode, period: input.period, createdAt: now, updatedAt: now }).onConflictDoNothing();
      const [current] = await tx
        .select()
        .from(mdsSubmissions)
        .where(and(eq(mdsSubmissions.period, input.period), eq(mdsSubmissions.provinceCode, provinceCode)))
        .for("update");
      if (input.expectedVersion != null && current.version !== input.expectedVersion)
        throw staleVersion("MonthlySubmission", input.expectedVersion, current.version);
      refuseIfAny(checkEditable(input.period, current.status));
      await tx.delete(mdsRows).where(and(eq(mdsRows.submissionId, current.id), eq(mdsRows.revision, current.revision)));
      if (rows.length)
        await tx.insert(mdsRows).values(rows.map((row) => ({ ...row, submissionId: current.id, revision: current.revision })));
      const [updated] = await tx
        .update(mdsSubmissions)
        .set({ version: sql`${mdsSubmissions.version} + 1`, updatedAt: now })
        .where(eq(mdsSubmissions.id, current.id))
        .returning();
      return updated;
    }).finally(() => this.ctx.loaders.submissionRowsByRevision.clearAll());
  }

  /** DRAFT → SUBMITTED, or CORRECTION_REQUESTED → RESUBMITTED; a retry with the same key changes nothing. */
  async submit(input: {
    period: string;
    expectedVersion: number;
    idempotencyKey?: string | null;
  }): Promise<MutationResult<MdsSubmissionRow>> {
    const provinceCode = this.ownProvince();
    authorise(this.ctx.principal, "monthly-submission:submit", { provinceCode });
    const current = await this.get(input.period, provinceCode);
    const errors = checkDraftExists(input.period, current);
    if (!current) return { value: null, userErrors: errors };
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      const claim = await claimIfKeyed<{ submissionId: string }>(
        tx,
        { clientId: this.ctx.principal.clientId, now: this.ctx.clock.now() },
        "submitMonthlySubmission",
        input,
      );
      if (claim?.replayed) return this.requireRow(tx, claim.result.submissionId);
      const updated = await this.move(t, current, input.expectedVersion, "submit", { submittedAt: this.ctx.clock.now() });
      await claim?.complete({ submissionId: updated.id });
      return updated;
    });
  }

  /** MDS-3: the unit marks rows with reasons; a new revision opens for the province, the submitted one stays. */
  async requestCorrection(input: {
    id: string;
    expectedVersion: number;
    rows: CorrectionRequest[];
    comment?: string | null;
  }): Promise<MutationResult<MdsSubmissionRow>> {
    authorise(this.ctx.principal, "monthly-submission:request-correction");
    const current = await this.byId(input.id);
    const requested = input.rows.map((r, i) => ({
      ...r,
      facilityId: localIdOf(r.facilityId, "Facility", ["input", "rows", String(i), "facilityId"]),
    }));
    const submitted = await this.rows(current);
    const errors = checkCorrectionRows(requested, submitted);
    if (errors.length) return { value: null, userErrors: errors };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      const updated = await this.move(
        t,
        current,
        input.expectedVersion,
        "requestCorrection",
        { revision: current.revision + 1 },
        input.comment,
      );
      await tx.insert(mdsCorrections).values(
        requested.map((r) => ({
          submissionId: current.id,
          revision: current.revision,
          facilityId: r.facilityId,
          nationality: r.nationality,
          metric: r.metric ?? null,
          reason: r.reason,
          requestedByClientId: this.ctx.principal.clientId,
          requestedAt: now,
        })),
      );
      if (submitted.length) {
        await tx.insert(mdsRows).values(submitted.map((row) => ({ ...row, revision: updated.revision })));
      }
      return updated;
    });
  }

  /**
   * MDS-7: the unit corrects a handed-in submission itself (seed 000: "gerekli düzenlemeler yapılır"): a new revision
   * with its rows in place of the province's, recorded in the history as the unit's correction with its reason; the
   * province hears of it. The submission stays under review, to be accepted as usual.
   */
  async correct(input: {
    id: string;
    expectedVersion: number;
    rows: MdsRowValues[];
    reason: string;
  }): Promise<MutationResult<MdsSubmissionRow>> {
    authorise(this.ctx.principal, "monthly-submission:correct");
    const current = await this.byId(input.id);
    const rows = input.rows.map((row, i) => ({
      ...row,
      facilityId: localIdOf(row.facilityId, "Facility", ["input", "rows", String(i), "facilityId"]),
    }));
    const errors = checkUnitCorrection(rows, await this.facilitiesOf(current.provinceCode), current.provinceCode, input.reason);
    if (errors.length) return { value: null, userErrors: errors };
    const corrected = correctedRows(await this.rows(current), rows);
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      const updated = await this.move(
        t,
        current,
        input.expectedVersion,
        "correct",
        { revision: current.revision + 1 },
        input.reason.trim(),
      );
      await tx.insert(mdsRows).values(corrected.map((row) => ({ ...row, submissionId: current.id, revision: updated.revision })));
      return updated;
    }).finally(() => this.ctx.loaders.submissionRowsByRevision.clearAll());
  }

  async accept(input: { id: string; expectedVersion: number }): Promise<MutationResult<MdsSubmissionRow>> {
    authorise(this.ctx.principal, "monthly-submission:accept");
    const current = await this.byId(input.id);
    return inTransaction(this.ctx, (t) =>
      this.move(t, current, input.expectedVersion, "accept", { acceptedAt: this.ctx.clock.now() }).then((row) =>
        addToPeriodTotals(t.tx, row),
      ),
    );
  }

  /** MDS-4: every province's state for a period, overdue ones flagged. */
  async periodStatus(period: string): Promise<{ period: string; opensOn: string; dueOn: string; provinces: ProvinceStatus[] }> {
    authorise(this.ctx.principal, "monthly-period:review");
    this.checkPeriod(period);
    const { opensOn, dueOn } = periodWindow(period, await this.dueDay());
    const today = calendarDate(this.ctx.clock.now());
    const submissions = await this.ctx.db.select().from(mdsSubmissions).where(eq(mdsSubmissions.period, period));
    const byProvince = new Map(submissions.map((s) => [s.provinceCode, s]));
    const provinces = [...this.ctx.reference.provinces.keys()].map((provinceCode) => {
      const submission = byProvince.get(provinceCode);
      const status: ProvincePeriodStatus = submission?.status ?? "NOT_STARTED";
      return { provinceCode, status, overdue: isOverdue(status, today, dueOn), submittedAt: submission?.submittedAt ?? null };
    });
    return { period, opensOn, dueOn, provinces };
  }

  async consolidation(period: string): Promise<Consolidation> {
    authorise(this.ctx.principal, "monthly-consolidation:read");
    this.checkPeriod(period);
    return (await consolidationOf(this.ctx.db, period)).consolidation;
  }

  /** MDS-5: a short-lived link to the period's export, served by GET /downloads/<token>; it stores nothing. */
  async exportLink(input: { period: string; format: "CSV" | "XLSX" }): Promise<MutationResult<{ url: string; expiresAt: Date }>> {
    authorise(this.ctx.principal, "monthly-consolidation:export");
    this.checkPeriod(input.period);
    const link = await this.ctx.downloadLink(
      { kind: "mds-consolidation", period: input.period, format: input.format, clientId: this.ctx.principal.clientId },
      EXPORT_LINK_SECONDS,
    );
    return { value: link, userErrors: [] };
  }

  /** MDS-6: the dispatch of a period's data by letter; a retry with the same key records nothing new. */
  async recordDispatch(input: {
    period: string;
    recipient: string;
    letterNumber: string;
    letterDate: string;
    idempotencyKey?: string | null;
  }): Promise<MutationResult<MdsDispatchRow>> {
    authorise(this.ctx.principal, "monthly-dispatch:record");
    this.checkPeriod(input.period);
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      const key = await claimIfKeyed<{ dispatchId: string }>(
        tx,
        { clientId: this.ctx.principal.clientId, now },
        "recordSubmissionDispatch",
        input,
      );
      if (key?.replayed) {
        const [first] = await tx.select().from(mdsDispatches).where(eq(mdsDispatches.id, key.result.dispatchId));
        return first;
      }
      const { idempotencyKey: _key, ...dispatch } = input;
      const [row] = await tx
        .insert(mdsDispatches)
        .values({ ...dispatch, recordedByClientId: this.ctx.principal.clientId, recordedAt: now })
        .returning();
      await key?.complete({ dispatchId: row.id });
      return row;
    });
  }

  async dispatches(period: string): Promise<MdsDispatchRow[]> {
    authorise(this.ctx.principal, "monthly-dispatch:read");
    return this.ctx.db.select().from(mdsDispatches).where(eq(mdsDispatches.period, period)).orderBy(asc(mdsDispatches.recordedAt));
  }

  /** A submission's move: the machine's check (MDS-3, MDS-7), then the kernel's versioned update, history row and event. */
  private async move(
    t: TransactionContext,
    current: MdsSubmissionRow,
    expectedVersion: number,
    action: SubmissionAction,
    changes: Partial<MdsSubmissionRow>,
    note?: string | null,
  ): Promise<MdsSubmissionRow> {
    const next = transition(action, current.status);
    if ("error" in next) refuseIfAny([next.error]);
    return moveWorkflow(t, submissionWorkflow, {
      row: current,
      expectedVersion,
      action,
      changes,
      note: note ?? null,
      event: (updated) => ({
        type: action === "correct" ? "monthlySubmission.corrected" : statusEvent("monthlySubmission", updated.status),
        subject: { kind: "monthlySubmission", id: current.id },
        data: {
          action,
          fromStatus: current.status,
          toStatus: updated.status,
          version: updated.version,
          period: updated.period,
          provinceCode: updated.provinceCode,
          revision: updated.revision,
          ...(action === "correct" ? { reason: note, rule: "MDS-7" } : {}),
        },
        audience: audienceOf("monthly-submission:read", updated),
      }),
    });
  }

  private async facilitiesOf(provinceCode: string): Promise<ReadonlySet<string>> {
    const rows = await this.ctx.db.select({ id: facilities.id }).from(facilities).where(eq(facilities.provinceCode, provinceCode));
    return new Set(rows.map((f) => f.id));
  }

  private ownProvince(): string {
    const { scope } = this.ctx.principal;
    if (scope.kind !== "PROVINCE") throw forbidden("enter monthly data", "only a provincial directorate enters its province's data");
    return scope.provinceCode;
  }

  private checkPeriod(period: string) {
    if (!periodPattern.test(period)) throw badInput(["period"], "is a month as YYYY-MM.", "MDS-1");
  }

  private async requireRow(tx: Transaction, id: string): Promise<MdsSubmissionRow> {
    const [row] = await tx.select().from(mdsSubmissions).where(eq(mdsSubmissions.id, id));
    return row;
  }
}
