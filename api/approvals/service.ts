import DataLoader from "dataloader";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Transaction } from "../../drizzle/database.js";
import { approvalDecisions, approvals, approvalTemplates } from "../../drizzle/schema/index.js";
import type {
  ApprovalDecisionKind,
  ApprovalDecisionRow,
  ApprovalRow,
  ApprovalSubjectKind,
  ApprovalTemplateRow,
} from "../../drizzle/schema/index.js";
import { authorise } from "../auth/authorise.js";
import { approvalAudience, decideApprovalPreparation, decideApprovalRead } from "../auth/policy.js";
import type { EventType } from "../events/catalogue.js";
import { recordEvent } from "../events/outbox.js";
import { conflict, userError, type UserError } from "../platform/conventions/errors.js";
import { claimIfKeyed } from "../platform/conventions/idempotency.js";
import { inTransaction, violatedConstraint, type MutationResult } from "../platform/conventions/mutation.js";
import { groupBy } from "../platform/conventions/collections.js";
import { anyOf } from "../platform/performance/loaders.js";
import { tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { checkOverseasApplicant, checkStepDecision, nextState, PREPARER } from "./rules.js";

/** The subject input: exactly one of these, the one the template's subject kind names. */
export interface SubjectInput {
  report?: object;
  publication?: object;
  trainerTraining?: object;
  overseasDeployment?: object & {
    employmentType: "PERMANENT_PUBLIC" | "CONTRACT_4B";
    documents: { photo: boolean; passport: boolean; payslip: boolean; workForm: boolean };
  };
  informationRequest?: object;
  petition?: object;
}

/** Which input field and GraphQL type carry each subject kind. */
const subjectShape: Record<ApprovalSubjectKind, { field: keyof SubjectInput; typename: string }> = {
  ACTIVITY_REPORT: { field: "report", typename: "ReportSubject" },
  STRATEGIC_PLAN: { field: "report", typename: "ReportSubject" },
  INTERNAL_CONTROL_REPORT: { field: "report", typename: "ReportSubject" },
  ACTION_PLAN: { field: "report", typename: "ReportSubject" },
  PUBLICATION: { field: "publication", typename: "PublicationSubject" },
  TRAINER_TRAINING: { field: "trainerTraining", typename: "TrainerTrainingSubject" },
  OVERSEAS_DEPLOYMENT: { field: "overseasDeployment", typename: "OverseasDeploymentSubject" },
  INFORMATION_REQUEST: { field: "informationRequest", typename: "InformationRequestSubject" },
  PETITION: { field: "petition", typename: "PetitionSubject" },
};

export interface StepDuration {
  templateCode: string;
  stepKind: string;
  decisions: number;
  averageSeconds: number;
  p90Seconds: number;
}

/** One engine for every chain of APR-1, deciding steps under APR-2..4. */
export class ApprovalService {
  /** The few templates, read once per request. */
  private templatesByCode: Promise<Map<string, ApprovalTemplateRow>> | undefined;
  private readonly historyLoader: DataLoader<string, ApprovalDecisionRow[]>;

  constructor(private readonly ctx: ServiceContext) {
    this.historyLoader = new DataLoader(async (ids) => {
      const rows = await this.ctx.db
        .select()
        .from(approvalDecisions)
        .where(anyOf(approvalDecisions.approvalId, ids))
        .orderBy(asc(approvalDecisions.id));
      const byApproval = groupBy(rows, (r) => r.approvalId);
      return ids.map((id) => byApproval.get(id) ?? []);
    });
  }

  async templates(): Promise<ApprovalTemplateRow[]> {
    authorise(decideApprovalRead(this.ctx.principal), "read approval templates");
    return [...(await this.allTemplates()).values()];
  }

  async template(code: string): Promise<ApprovalTemplateRow | undefined> {
    return (await this.allTemplates()).get(code);
  }

  private allTemplates(): Promise<Map<string, ApprovalTemplateRow>> {
    this.templatesByCode ??= this.ctx.db
      .select()
      .from(approvalTemplates)
      .orderBy(asc(approvalTemplates.code))
      .then((rows) => new Map(rows.map((row) => [row.code, row])));
    return this.templatesByCode;
  }

  async start(input: {
    templateCode: string;
    title: string;
    subject: SubjectInput;
    comment: string;
    idempotencyKey?: string | null;
  }): Promise<MutationResult<ApprovalRow>> {
    authorise(decideApprovalPreparation(this.ctx.principal), "start an approval");
    const template = await this.template(input.templateCode);
    if (!template) {
      return {
        value: null,
        userErrors: [
          userError(["input", "templateCode"], "UNKNOWN_TEMPLATE", `There is no approval template ${input.templateCode}.`, "APR-1"),
        ],
      };
    }
    const subject = this.subjectFor(template, input.subject);
    if (subject.errors.length) return { value: null, userErrors: subject.errors };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx.db, async (tx) => {
      const claim = await claimIfKeyed<{ approvalId: string }>(
        tx,
        { clientId: this.ctx.principal.clientId, now: this.ctx.clock.now() },
        "startApproval",
        input,
      );
      if (claim?.replayed) return this.requireRow(tx, claim.result.approvalId);
      const [approval] = await tx
        .insert(approvals)
        .values({
          templateCode: template.code,
          title: input.title,
          subject: subject.value,
          preparerClientId: this.ctx.principal.clientId,
          preparerRole: this.ctx.principal.role,
          currentStep: 0,
          currentStepStartedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await this.appendHistory(tx, approval, approval, { stepIndex: null, decision: "SUBMIT", comment: input.comment, stepStartedAt: now });
      await claim?.complete({ approvalId: approval.id });
      return approval;
    });
  }

  /** APR-2..4: the holder of the current step's role decides it, once. */
  async decide(input: {
    id: string;
    expectedVersion: number;
    decision: ApprovalDecisionKind;
    comment: string;
    answer?: string | null;
  }): Promise<MutationResult<ApprovalRow>> {
    const approval = await this.get(input.id);
    // A decision made on a stale read of the chain lost the race, whatever the rules would now say.
    if (approval.version !== input.expectedVersion) throw this.alreadyDecided();
    const template = (await this.template(approval.templateCode))!;
    const step = approval.currentStep === null ? undefined : template.steps[approval.currentStep];
    const errors = checkStepDecision({
      approval,
      step,
      decider: { clientId: this.ctx.principal.clientId, role: this.ctx.principal.role },
      decision: input.decision,
      comment: input.comment,
    });
    const finishing = step && approval.currentStep === template.steps.length - 1 && input.decision === "COMPLETE";
    if (template.subjectKind === "PETITION" && finishing && !input.answer) {
      errors.push(userError(["input", "answer"], "REQUIRED", "A petition is closed with the answer sent to the petitioner.", "APR-1"));
    }
    if (errors.length) return { value: null, userErrors: errors };
    const now = this.ctx.clock.now();
    const next = nextState(template.steps.length, approval.currentStep!, input.decision);
    try {
      return await inTransaction(this.ctx.db, async (tx) => {
        const [updated] = await tx
          .update(approvals)
          .set({
            status: next.status,
            currentStep: next.currentStep,
            currentStepStartedAt: next.currentStep === null ? null : now,
            completedAt: next.status === "APPROVED" || next.status === "REJECTED" ? now : null,
            subject: finishing && input.answer ? { ...approval.subject, answer: input.answer } : approval.subject,
            version: sql`${approvals.version} + 1`,
            updatedAt: now,
          })
          .where(
            and(
              eq(approvals.id, approval.id),
              eq(approvals.version, input.expectedVersion),
              eq(approvals.currentStep, approval.currentStep!),
            ),
          )
          .returning();
        if (!updated) throw this.alreadyDecided();
        await this.appendHistory(tx, approval, updated, {
          stepIndex: approval.currentStep,
          stepKind: step!.kind,
          decision: input.decision,
          comment: input.comment,
          stepStartedAt: approval.currentStepStartedAt ?? now,
        });
        return updated;
      });
    } catch (error) {
      // APR-4: two approvers on one step — the database's one-decision-per-step key decides too.
      if (violatedConstraint(error) === "approval_decisions_one_per_step") throw this.alreadyDecided();
      throw error;
    }
  }

  /** APR-3: after a RETURN the preparing unit revises and resubmits: a new revision from the first step. */
  async resubmit(input: {
    id: string;
    expectedVersion: number;
    subject?: SubjectInput | null;
    comment: string;
  }): Promise<MutationResult<ApprovalRow>> {
    const approval = await this.get(input.id);
    authorise(decideApprovalPreparation(this.ctx.principal), "resubmit this approval");
    const errors: UserError[] = [];
    if (approval.status !== "RETURNED")
      errors.push(
        userError(["input", "id"], "NOT_RETURNED", `Only a RETURNED approval is resubmitted; this one is ${approval.status}.`, "APR-3"),
      );
    const template = (await this.template(approval.templateCode))!;
    const subject = input.subject ? this.subjectFor(template, input.subject) : { value: approval.subject, errors: [] };
    errors.push(...subject.errors);
    if (errors.length) return { value: null, userErrors: errors };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx.db, async (tx) => {
      const [updated] = await tx
        .update(approvals)
        .set({
          status: "IN_PROGRESS",
          revision: approval.revision + 1,
          currentStep: 0,
          currentStepStartedAt: now,
          subject: subject.value,
          version: sql`${approvals.version} + 1`,
          updatedAt: now,
        })
        .where(and(eq(approvals.id, approval.id), eq(approvals.version, input.expectedVersion)))
        .returning();
      if (!updated) throw this.alreadyDecided();
      // Recorded under the new revision and subject, as a step from the RETURNED status it was resubmitted from.
      await this.appendHistory(tx, { ...updated, status: approval.status }, updated, {
        stepIndex: null,
        decision: "RESUBMIT",
        comment: input.comment,
        stepStartedAt: now,
      });
      return updated;
    });
  }

  async get(globalId: string): Promise<ApprovalRow> {
    authorise(decideApprovalRead(this.ctx.principal), "read approvals");
    const row = await findByGlobalId(this.ctx.db, approvals, "Approval", globalId);
    return row;
  }

  list(
    filter: { templateCode?: string | null; status?: ApprovalRow["status"] | null; pendingForMe?: boolean },
    args: PageArgs,
  ): Promise<Page<ApprovalRow>> {
    authorise(decideApprovalRead(this.ctx.principal), "read approvals");
    const conditions: (SQL | undefined)[] = [
      filter.templateCode ? eq(approvals.templateCode, filter.templateCode) : undefined,
      filter.status ? eq(approvals.status, filter.status) : undefined,
      filter.pendingForMe ? this.pendingFor(this.ctx.principal.role) : undefined,
    ];
    return tablePage(this.ctx.db, approvals, {
      where: and(...conditions),
      orderBy: [approvals.createdAt, approvals.id],
      keyOf: (r) => [r.createdAt.toISOString(), r.id],
      args,
    });
  }

  /** The append-only history of an approval, batched across the approvals of a request. */
  history(approvalId: string): Promise<ApprovalDecisionRow[]> {
    return this.historyLoader.load(approvalId);
  }

  /** Average and 90th-percentile time from a step's start to its decision, per template and step kind. */
  async stepDurations(templateCode: string | null): Promise<StepDuration[]> {
    authorise(decideApprovalRead(this.ctx.principal), "read approval statistics");
    const seconds = sql`extract(epoch from ${approvalDecisions.decidedAt} - ${approvalDecisions.stepStartedAt})`;
    return this.ctx.db
      .select({
        templateCode: approvals.templateCode,
        stepKind: sql<string>`${approvalDecisions.stepKind}::text`,
        decisions: sql<number>`count(*)::int`,
        averageSeconds: sql<number>`round(avg(${seconds}))::int`,
        p90Seconds: sql<number>`round(percentile_cont(0.9) within group (order by ${seconds}))::int`,
      })
      .from(approvalDecisions)
      .innerJoin(approvals, eq(approvals.id, approvalDecisions.approvalId))
      .where(and(sql`${approvalDecisions.stepIndex} is not null`, templateCode ? eq(approvals.templateCode, templateCode) : undefined))
      .groupBy(approvals.templateCode, approvalDecisions.stepKind)
      .orderBy(approvals.templateCode, approvalDecisions.stepKind);
  }

  /** Approvals whose current step waits for `role` (its own steps, or the preparing unit's tasks). */
  private pendingFor(role: string): SQL {
    const currentRole = sql`(select ${approvalTemplates.steps} -> ${approvals.currentStep} ->> 'role' from ${approvalTemplates} where ${approvalTemplates.code} = ${approvals.templateCode})`;
    return sql`${approvals.status} = 'IN_PROGRESS' and (${currentRole} = ${role} or (${currentRole} = ${PREPARER} and ${approvals.preparerRole} = ${role}))`;
  }

  private subjectFor(template: ApprovalTemplateRow, input: SubjectInput): { value: Record<string, unknown>; errors: UserError[] } {
    const shape = subjectShape[template.subjectKind];
    const given = Object.entries(input).filter(([, v]) => v != null);
    if (given.length !== 1 || given[0][0] !== shape.field) {
      return {
        value: {},
        errors: [
          userError(["input", "subject"], "SUBJECT_KIND", `A ${template.code} approval takes exactly subject.${shape.field}.`, "APR-1"),
        ],
      };
    }
    const errors =
      shape.field === "overseasDeployment"
        ? checkOverseasApplicant(input.overseasDeployment!, ["input", "subject", "overseasDeployment"])
        : [];
    const value: Record<string, unknown> = { ...(given[0][1] as object), __typename: shape.typename };
    if (shape.field === "petition") value.answer = null;
    return { value, errors };
  }

  /** The history row and the event of one decision; `approval` as decided on, `after` as it became. */
  private async appendHistory(
    tx: Transaction,
    approval: ApprovalRow,
    after: ApprovalRow,
    entry: {
      stepIndex: number | null;
      stepKind?: ApprovalDecisionRow["stepKind"];
      decision: ApprovalDecisionKind;
      comment: string;
      stepStartedAt: Date;
    },
  ) {
    await tx.insert(approvalDecisions).values({
      approvalId: approval.id,
      revision: approval.revision,
      stepIndex: entry.stepIndex,
      stepKind: entry.stepKind ?? null,
      role: this.ctx.principal.role,
      decision: entry.decision,
      comment: entry.comment,
      decidedByClientId: this.ctx.principal.clientId,
      stepStartedAt: entry.stepStartedAt,
      decidedAt: this.ctx.clock.now(),
      subjectSnapshot: entry.decision === "SUBMIT" || entry.decision === "RESUBMIT" ? approval.subject : null,
    });
    await recordEvent(tx, this.ctx, {
      // The decision that ends the chain approved is the approval's own event; earlier ones are its steps'.
      type: after.status === "APPROVED" ? "approval.approved" : approvalEventTypes[entry.decision],
      subject: { kind: "approval", id: approval.id },
      data: {
        action: entry.decision,
        fromStatus: entry.decision === "SUBMIT" ? null : approval.status,
        toStatus: after.status,
        version: after.version,
        templateCode: approval.templateCode,
        revision: after.revision,
        stepIndex: entry.stepIndex,
        stepKind: entry.stepKind ?? null,
      },
      audience: approvalAudience(),
    });
  }

  private alreadyDecided() {
    return conflict("This step was decided by someone else in the meantime (APR-4): read the approval again.", { rule: "APR-4" });
  }

  private async requireRow(tx: Transaction, id: string): Promise<ApprovalRow> {
    const [row] = await tx.select().from(approvals).where(eq(approvals.id, id));
    return row;
  }
}

const approvalEventTypes: Record<ApprovalDecisionKind, EventType> = {
  SUBMIT: "approval.submitted",
  RESUBMIT: "approval.resubmitted",
  APPROVE: "approval.step_approved",
  SIGN: "approval.step_signed",
  COMPLETE: "approval.step_completed",
  REJECT: "approval.rejected",
  RETURN: "approval.returned",
};
