import DataLoader from "dataloader";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../drizzle/database.js";
import { facilities, mdsCorrections, mdsDispatches, mdsRows, mdsSubmissionEvents, mdsSubmissions } from "../../drizzle/schema/index.js";
import type {
  MdsCorrectionRow,
  MdsDispatchRow,
  MdsRow,
  MdsSubmissionRow,
  SubmissionStatus,
  TpNationality,
} from "../../drizzle/schema/index.js";
import { authorise } from "../auth/authorise.js";
import { decideSubmissionEntry, decideSubmissionRead, decideSubmissionReview, submissionAudience } from "../auth/policy.js";
import { statusEvent } from "../events/catalogue.js";
import { recordEvent } from "../events/outbox.js";
import { calendarDate } from "../platform/time/clock.js";
import { badInput, forbidden, userError } from "../platform/conventions/errors.js";
import { localIdOf } from "../platform/conventions/global-id.js";
import { claimIfKeyed } from "../platform/conventions/idempotency.js";
import { inTransaction, refuseIfAny, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { loadSettings, saveSettings } from "../platform/conventions/settings.js";
import { addToPeriodTotals, consolidationOf, type Consolidation } from "./consolidation.js";
import {
  checkPeriodOpen,
  checkRows,
  DEFAULT_DUE_DAY,
  editable,
  isOverdue,
  periodWindow,
  transition,
  type MdsRowValues,
  type Metric,
  type ProvincePeriodStatus,
} from "./rules.js";

const SETTINGS_KEY = "monthlySubmissions";
const defaults = { deadline: { dueDay: DEFAULT_DUE_DAY } };
const periodPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
export const EXPORT_LINK_SECONDS = 300;

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
  private readonly rowsLoader = new DataLoader<string, MdsRow[]>(async (keys) => {
    const pairs = keys.map((k) => k.split("|"));
    const rows = await this.ctx.db
      .select()
      .from(mdsRows)
      .where(inArray(mdsRows.submissionId, [...new Set(pairs.map(([id]) => id))]))
      .orderBy(asc(mdsRows.facilityId), asc(mdsRows.nationality));
    return pairs.map(([id, revision]) => rows.filter((r) => r.submissionId === id && r.revision === Number(revision)));
  });

  constructor(private readonly ctx: ServiceContext) {}

  async dueDay(): Promise<number> {
    return (await loadSettings(this.ctx.db, SETTINGS_KEY, defaults)).deadline.dueDay;
  }

  async setDueDay(dueDay: number): Promise<number> {
    authorise(decideSubmissionReview(this.ctx.principal), "change the due day");
    if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 28) throw badInput(["dueDay"], "must be a day from 1 to 28.", "MDS-1");
    await saveSettings(this.ctx.db, SETTINGS_KEY, { deadline: { dueDay } }, this.ctx.principal.clientId, this.ctx.clock.now());
    return dueDay;
  }

  async get(period: string, provinceCode: string): Promise<MdsSubmissionRow | null> {
    this.checkPeriod(period);
    authorise(decideSubmissionRead(this.ctx.principal, provinceCode), "read this submission");
    const [row] = await this.ctx.db
      .select()
      .from(mdsSubmissions)
      .where(and(eq(mdsSubmissions.period, period), eq(mdsSubmissions.provinceCode, provinceCode)));
    return row ?? null;
  }

  async byId(globalId: string): Promise<MdsSubmissionRow> {
    const row = await findByGlobalId(this.ctx.db, mdsSubmissions, "MonthlySubmission", globalId);
    authorise(decideSubmissionRead(this.ctx.principal, row.provinceCode), "read this submission");
    return row;
  }

  rows(submission: MdsSubmissionRow, revision = submission.revision): Promise<MdsRow[]> {
    return this.rowsLoader.load(`${submission.id}|${revision}`);
  }

  corrections(submissionId: string): Promise<MdsCorrectionRow[]> {
    return this.ctx.db
      .select()
      .from(mdsCorrections)
      .where(eq(mdsCorrections.submissionId, submissionId))
      .orderBy(asc(mdsCorrections.requestedAt));
  }

  events(submissionId: string) {
    return this.ctx.db
      .select()
      .from(mdsSubmissionEvents)
      .where(eq(mdsSubmissionEvents.submissionId, submissionId))
      .orderBy(asc(mdsSubmissionEvents.at));
  }

  /** Replaces the rows of the province's editable revision, all or nothing (MDS-2). */
  async saveDraft(input: {
    period: string;
    rows: MdsRowValues[];
    expectedVersion?: number | null;
  }): Promise<MutationResult<MdsSubmissionRow>> {
    const provinceCode = this.ownProvince();
    authorise(decideSubmissionEntry(this.ctx.principal, provinceCode), "enter monthly data");
    this.checkPeriod(input.period);
    const rows = input.rows.map((row, i) => ({
      ...row,
      facilityId: localIdOf(row.facilityId, "Facility", ["input", "rows", String(i), "facilityId"]),
    }));
    const provinceFacilities = await this.ctx.db
      .select({ id: facilities.id })
      .from(facilities)
      .where(eq(facilities.provinceCode, provinceCode));
    const errors = [
      ...checkPeriodOpen(input.period, calendarDate(this.ctx.clock.now()), ["input", "period"]),
      ...checkRows(rows, new Set(provinceFacilities.map((f) => f.id)), provinceCode),
    ];
    if (errors.length) return { value: null, userErrors: errors };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx.db, async (tx) => {
      await tx.insert(mdsSubmissions).values({ provinceCode, period: input.period, createdAt: now, updatedAt: now }).onConflictDoNothing();
      const [current] = await tx
        .select()
        .from(mdsSubmissions)
        .where(and(eq(mdsSubmissions.period, input.period), eq(mdsSubmissions.provinceCode, provinceCode)))
        .for("update");
      if (input.expectedVersion != null && current.version !== input.expectedVersion)
        throw staleVersion("MonthlySubmission", input.expectedVersion, current.version);
      if (!editable(current.status)) {
        refuseIfAny([
          userError(
            ["input", "period"],
            "NOT_EDITABLE",
            `The ${input.period} submission is ${current.status}; it is edited again only after a correction request.`,
            "MDS-3",
          ),
        ]);
      }
      await tx.delete(mdsRows).where(and(eq(mdsRows.submissionId, current.id), eq(mdsRows.revision, current.revision)));
      if (rows.length)
        await tx.insert(mdsRows).values(rows.map((row) => ({ ...row, submissionId: current.id, revision: current.revision })));
      const [updated] = await tx
        .update(mdsSubmissions)
        .set({ version: sql`${mdsSubmissions.version} + 1`, updatedAt: now })
        .where(eq(mdsSubmissions.id, current.id))
        .returning();
      return updated;
    }).finally(() => this.rowsLoader.clearAll());
  }

  /** DRAFT → SUBMITTED, or CORRECTION_REQUESTED → RESUBMITTED; a retry with the same key changes nothing. */
  async submit(input: {
    period: string;
    expectedVersion: number;
    idempotencyKey?: string | null;
  }): Promise<MutationResult<MdsSubmissionRow>> {
    const provinceCode = this.ownProvince();
    authorise(decideSubmissionEntry(this.ctx.principal, provinceCode), "submit monthly data");
    const current = await this.get(input.period, provinceCode);
    if (!current)
      return {
        value: null,
        userErrors: [userError(["input", "period"], "NO_DRAFT", `There is no ${input.period} draft to submit.`, "MDS-3")],
      };
    return inTransaction(this.ctx.db, async (tx) => {
      const claim = await claimIfKeyed<{ submissionId: string }>(
        tx,
        { clientId: this.ctx.principal.clientId, now: this.ctx.clock.now() },
        "submitMonthlySubmission",
        input,
      );
      if (claim?.replayed) return this.requireRow(tx, claim.result.submissionId);
      const updated = await this.move(tx, current, input.expectedVersion, "submit", { submittedAt: this.ctx.clock.now() });
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
    authorise(decideSubmissionReview(this.ctx.principal), "request corrections");
    const current = await this.byId(input.id);
    if (input.rows.length === 0)
      return {
        value: null,
        userErrors: [userError(["input", "rows"], "REQUIRED", "Name at least one row to correct, with the reason.", "MDS-3")],
      };
    const submitted = await this.rows(current);
    const missing = input.rows.flatMap((r, i) => {
      const facilityId = localIdOf(r.facilityId, "Facility", ["input", "rows", String(i), "facilityId"]);
      return submitted.some((row) => row.facilityId === facilityId && row.nationality === r.nationality)
        ? []
        : [userError(["input", "rows", String(i)], "NO_SUCH_ROW", "The submission has no row for this facility and nationality.", "MDS-3")];
    });
    if (missing.length) return { value: null, userErrors: missing };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx.db, async (tx) => {
      const updated = await this.move(
        tx,
        current,
        input.expectedVersion,
        "requestCorrection",
        { revision: current.revision + 1 },
        input.comment,
      );
      await tx.insert(mdsCorrections).values(
        input.rows.map((r) => ({
          submissionId: current.id,
          revision: current.revision,
          facilityId: localIdOf(r.facilityId, "Facility"),
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

  async accept(input: { id: string; expectedVersion: number }): Promise<MutationResult<MdsSubmissionRow>> {
    authorise(decideSubmissionReview(this.ctx.principal), "accept submissions");
    const current = await this.byId(input.id);
    return inTransaction(this.ctx.db, (tx) =>
      this.move(tx, current, input.expectedVersion, "accept", { acceptedAt: this.ctx.clock.now() }).then((row) =>
        addToPeriodTotals(tx, row),
      ),
    );
  }

  /** MDS-4: every province's state for a period, overdue ones flagged. */
  async periodStatus(period: string): Promise<{ period: string; opensOn: string; dueOn: string; provinces: ProvinceStatus[] }> {
    authorise(decideSubmissionReview(this.ctx.principal), "review the period");
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
    authorise(decideSubmissionReview(this.ctx.principal), "consolidate submissions");
    this.checkPeriod(period);
    return (await consolidationOf(this.ctx.db, period)).consolidation;
  }

  /** MDS-5: a short-lived link to the period's export, served by GET /downloads/<token>. */
  async exportLink(period: string, format: "CSV" | "XLSX"): Promise<{ url: string; expiresAt: Date }> {
    authorise(decideSubmissionReview(this.ctx.principal), "export submissions");
    this.checkPeriod(period);
    return this.ctx.downloadLink({ kind: "mds-consolidation", period, format, clientId: this.ctx.principal.clientId }, EXPORT_LINK_SECONDS);
  }

  async recordDispatch(input: { period: string; recipient: string; letterNumber: string; letterDate: string }): Promise<MdsDispatchRow> {
    authorise(decideSubmissionReview(this.ctx.principal), "record dispatches");
    this.checkPeriod(input.period);
    const [row] = await this.ctx.db
      .insert(mdsDispatches)
      .values({ ...input, recordedByClientId: this.ctx.principal.clientId, recordedAt: this.ctx.clock.now() })
      .returning();
    return row;
  }

  async dispatches(period: string): Promise<MdsDispatchRow[]> {
    authorise(decideSubmissionReview(this.ctx.principal), "read dispatches");
    return this.ctx.db.select().from(mdsDispatches).where(eq(mdsDispatches.period, period)).orderBy(asc(mdsDispatches.recordedAt));
  }

  private async move(
    tx: Transaction,
    current: MdsSubmissionRow,
    expectedVersion: number,
    action: "submit" | "requestCorrection" | "accept",
    changes: Partial<MdsSubmissionRow>,
    comment?: string | null,
  ): Promise<MdsSubmissionRow> {
    const next = transition(action, current.status);
    if ("error" in next) refuseIfAny([next.error]);
    const to = (next as { to: SubmissionStatus }).to;
    const [updated] = await tx
      .update(mdsSubmissions)
      .set({ ...changes, status: to, version: sql`${mdsSubmissions.version} + 1`, updatedAt: this.ctx.clock.now() })
      .where(and(eq(mdsSubmissions.id, current.id), eq(mdsSubmissions.version, expectedVersion)))
      .returning();
    if (!updated) throw staleVersion("MonthlySubmission", expectedVersion, (await this.requireRow(tx, current.id)).version);
    await tx.insert(mdsSubmissionEvents).values({
      submissionId: current.id,
      revision: current.revision,
      fromStatus: current.status,
      toStatus: to,
      clientId: this.ctx.principal.clientId,
      comment: comment ?? null,
      at: this.ctx.clock.now(),
    });
    await recordEvent(tx, this.ctx, {
      type: statusEvent("monthlySubmission", to),
      subject: { kind: "monthlySubmission", id: current.id },
      data: {
        action,
        fromStatus: current.status,
        toStatus: to,
        version: updated.version,
        period: updated.period,
        provinceCode: updated.provinceCode,
        revision: updated.revision,
      },
      audience: submissionAudience(updated.provinceCode),
    });
    return updated;
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
