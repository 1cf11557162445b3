import { and, asc, eq, isNull, lt, not, sql, type SQL } from "drizzle-orm";
import type { Transaction } from "../../drizzle/database.js";
import {
  apiClients,
  approvalDepartments,
  approvalHistory,
  approvals,
  approvalTemplates,
  departmentHeads,
} from "../../drizzle/schema/index.js";
import type {
  ApprovalDecisionKind,
  ApprovalDepartmentRow,
  ApprovalHistoryRow,
  ApprovalDuePolicy,
  ApprovalRow,
  ApprovalStepDefinition,
  ApprovalSubjectKind,
  ApprovalTemplateRow,
} from "../../drizzle/schema/index.js";
import { authorise } from "../auth/authorise.js";
import { audienceOf } from "../auth/authorise.js";
import type { EventType } from "../events/catalogue.js";
import type { NewEvent } from "../events/outbox.js";
import { conflict, userError, type UserError } from "../platform/conventions/errors.js";
import { idempotent, rowById, type Remembered } from "../platform/conventions/idempotency.js";
import { inTransaction, refuseIfAny, violatedConstraint, type MutationResult } from "../platform/conventions/mutation.js";
import { groupBy } from "../platform/conventions/collections.js";
import { recordCreation, transition } from "../platform/conventions/workflow.js";
import { tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { calendarDate } from "../platform/time/clock.js";
import { approvalWorkflow, type ApprovalAction } from "./workflow.js";
import {
  checkInformationRequester,
  checkOverseasApplicant,
  checkStepDecision,
  checkTemplateSteps,
  dueDay,
  nextState,
  PREPARER,
  type InformationRequester,
} from "./rules.js";

/** The subject input: exactly one of these, the one the template's subject kind names. */
export interface SubjectInput {
  report?: object;
  publication?: object;
  trainerTraining?: object;
  overseasDeployment?: object & {
    employmentType: "PERMANENT_PUBLIC" | "CONTRACT_4B";
    documents: { photo: boolean; passport: boolean; payslip: boolean; workForm: boolean };
  };
  informationRequest?: object & {
    organisation: InformationRequester;
    organisationName?: string | null;
    requestingCountryCode?: string | null;
  };
  petition?: object;
  externalRequest?: object;
  worldBankActivity?: object;
  dataRequest?: object;
  generic?: object;
}

/** A template as the API gives it: the stored version and where it stands. */
export type ApprovalTemplateVersion = ApprovalTemplateRow & { status: "CURRENT" | "SUPERSEDED" | "RETIRED" };

const templateStatus = (row: ApprovalTemplateRow): ApprovalTemplateVersion["status"] =>
  row.retiredAt ? "RETIRED" : row.supersededAt ? "SUPERSEDED" : "CURRENT";

const templateKey = (code: string, version: number) => `${code}@${version}`;

export interface TemplateDraft {
  nameTr: string;
  nameEn: string;
  steps: { kind: ApprovalStepDefinition["kind"]; role: string; labelTr: string; labelEn: string; department?: string | null }[];
  duePolicy?: ApprovalDuePolicy | null;
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
  EXTERNAL_REQUEST: { field: "externalRequest", typename: "ExternalRequestSubject" },
  WORLD_BANK_ACTIVITY: { field: "worldBankActivity", typename: "WorldBankActivitySubject" },
  DATA_REQUEST: { field: "dataRequest", typename: "DataRequestSubject" },
  GENERIC: { field: "generic", typename: "GenericSubject" },
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
  /** The few templates (every version), read once per request. */
  private templatesByKey: Promise<Map<string, ApprovalTemplateVersion>> | undefined;
  private headedDepartments: Promise<string[]> | undefined;
  constructor(private readonly ctx: ServiceContext) {}

  /** The current version of every template; with `includeRetired`, the retired ones' last versions too. */
  async templates(includeRetired = false): Promise<ApprovalTemplateVersion[]> {
    authorise(this.ctx.principal, "approval:read");
    return [...(await this.allTemplates()).values()].filter((t) => t.status === "CURRENT" || (includeRetired && t.status === "RETIRED"));
  }

  /** One version of a template (a chain's own), or the current one. */
  async template(code: string, version?: number): Promise<ApprovalTemplateVersion | undefined> {
    const all = await this.allTemplates();
    if (version !== undefined) return all.get(templateKey(code, version));
    return [...all.values()].find((t) => t.code === code && t.status === "CURRENT");
  }

  /** Every version of one template, oldest first. */
  async templateVersions(code: string): Promise<ApprovalTemplateVersion[]> {
    authorise(this.ctx.principal, "approval:read");
    return [...(await this.allTemplates()).values()].filter((t) => t.code === code);
  }

  private allTemplates(): Promise<Map<string, ApprovalTemplateVersion>> {
    this.templatesByKey ??= this.ctx.db
      .select()
      .from(approvalTemplates)
      .orderBy(asc(approvalTemplates.code), asc(approvalTemplates.templateVersion))
      .then((rows) => new Map(rows.map((row) => [templateKey(row.code, row.templateVersion), { ...row, status: templateStatus(row) }])));
    return this.templatesByKey;
  }

  async departments(): Promise<(ApprovalDepartmentRow & { headClientIds: string[] })[]> {
    authorise(this.ctx.principal, "approval:read");
    const [rows, heads] = await Promise.all([
      this.ctx.db.select().from(approvalDepartments).orderBy(asc(approvalDepartments.code)),
      this.ctx.db.select().from(departmentHeads).orderBy(asc(departmentHeads.clientId)),
    ]);
    const byDepartment = groupBy(heads, (h) => h.departmentCode);
    return rows.map((row) => ({ ...row, headClientIds: (byDepartment.get(row.code) ?? []).map((h) => h.clientId) }));
  }

  /** APR-6: the coordination unit records which Department Head client heads which department. */
  async assignDepartmentHead(input: {
    clientId: string;
    departmentCode: string;
    idempotencyKey?: string | null;
  }): Promise<MutationResult<ApprovalDepartmentRow & { headClientIds: string[] }>> {
    authorise(this.ctx.principal, "approval-template:keep");
    const [[department], [client]] = await Promise.all([
      this.ctx.db.select().from(approvalDepartments).where(eq(approvalDepartments.code, input.departmentCode)),
      this.ctx.db.select({ role: apiClients.role }).from(apiClients).where(eq(apiClients.clientId, input.clientId)),
    ]);
    const errors: UserError[] = [];
    if (!department)
      errors.push(userError(["input", "departmentCode"], "UNKNOWN_DEPARTMENT", `There is no department ${input.departmentCode}.`, "APR-6"));
    if (client?.role !== "DEPARTMENT_HEAD")
      errors.push(userError(["input", "clientId"], "NOT_DEPARTMENT_HEAD", "Only a DEPARTMENT_HEAD client heads a department.", "APR-6"));
    if (errors.length) return { value: null, userErrors: errors };
    const now = this.ctx.clock.now();
    const result = await inTransaction(this.ctx, (t) =>
      idempotent(t, "assignDepartmentHead", input, { remember: () => true, replay: async () => undefined }, async () => {
        await t.tx
          .insert(departmentHeads)
          .values({
            clientId: input.clientId,
            departmentCode: input.departmentCode,
            assignedByClientId: this.ctx.principal.clientId,
            assignedAt: now,
          })
          .onConflictDoNothing();
      }),
    );
    if (result.userErrors.length) return { value: null, userErrors: result.userErrors };
    const heads = await this.ctx.db.select().from(departmentHeads).where(eq(departmentHeads.departmentCode, input.departmentCode));
    return { value: { ...department, headClientIds: heads.map((h) => h.clientId).sort() }, userErrors: [] };
  }

  /** APR-8: a new template, version 1, by the coordination unit. */
  async createTemplate(
    input: TemplateDraft & { code: string; subjectKind: ApprovalSubjectKind; departmentCode: string; idempotencyKey?: string | null },
  ): Promise<MutationResult<ApprovalTemplateVersion>> {
    authorise(this.ctx.principal, "approval-template:keep");
    const errors = await this.checkDraft(input, input.subjectKind, input.departmentCode);
    const exists = userError(["input", "code"], "TEMPLATE_EXISTS", `A template ${input.code} exists: revise it instead.`, "APR-8");
    if (errors.length) {
      if (await this.ctx.db.$count(approvalTemplates, eq(approvalTemplates.code, input.code))) errors.push(exists);
      return { value: null, userErrors: errors };
    }
    const now = this.ctx.clock.now();
    return this.refusingDuplicateTemplate(() =>
      inTransaction(this.ctx, (t) =>
        idempotent(t, "createApprovalTemplate", input, templateByKey, async () => {
          // Checked after the key's claim, so that a replay answers with the template it created.
          refuseIfAny((await t.tx.$count(approvalTemplates, eq(approvalTemplates.code, input.code))) ? [exists] : []);
          const [row] = await t.tx
            .insert(approvalTemplates)
            .values({
              code: input.code,
              templateVersion: 1,
              nameTr: input.nameTr,
              nameEn: input.nameEn,
              subjectKind: input.subjectKind,
              departmentCode: input.departmentCode,
              steps: stepsOf(input.steps),
              duePolicy: input.duePolicy ?? null,
              createdByClientId: this.ctx.principal.clientId,
              createdAt: now,
            })
            .returning();
          return { ...row, status: templateStatus(row) };
        }),
      ),
    );
  }

  /** APR-8: a new version replaces the current one for new chains; chains already running keep theirs. */
  async reviseTemplate(
    input: Pick<TemplateDraft, "steps" | "duePolicy"> & {
      nameTr?: string | null;
      nameEn?: string | null;
      code: string;
      expectedVersion: number;
      idempotencyKey?: string | null;
    },
  ): Promise<MutationResult<ApprovalTemplateVersion>> {
    authorise(this.ctx.principal, "approval-template:keep");
    const current = await this.template(input.code);
    if (!current) return { value: null, userErrors: [this.noCurrentTemplate(input.code)] };
    const draft: TemplateDraft = {
      nameTr: input.nameTr ?? current.nameTr,
      nameEn: input.nameEn ?? current.nameEn,
      steps: input.steps,
      duePolicy: input.duePolicy === undefined ? current.duePolicy : input.duePolicy,
    };
    const errors = await this.checkDraft(draft, current.subjectKind, current.departmentCode);
    if (errors.length) return { value: null, userErrors: errors };
    const now = this.ctx.clock.now();
    return this.refusingDuplicateTemplate(() =>
      inTransaction(this.ctx, (t) =>
        idempotent(t, "reviseApprovalTemplate", input, templateByKey, async () => {
          await this.closeCurrentVersion(t.tx, input.code, input.expectedVersion, { supersededAt: now });
          const [row] = await t.tx
            .insert(approvalTemplates)
            .values({
              ...current,
              ...draft,
              steps: stepsOf(draft.steps),
              duePolicy: draft.duePolicy ?? null,
              templateVersion: input.expectedVersion + 1,
              createdByClientId: this.ctx.principal.clientId,
              createdAt: now,
              supersededAt: null,
              retiredAt: null,
            })
            .returning();
          return { ...row, status: templateStatus(row) };
        }),
      ),
    );
  }

  /** APR-8: no new chains on a retired template; those running finish on their version. */
  async retireTemplate(input: { code: string; expectedVersion: number }): Promise<MutationResult<ApprovalTemplateVersion>> {
    authorise(this.ctx.principal, "approval-template:keep");
    if (!(await this.template(input.code))) return { value: null, userErrors: [this.noCurrentTemplate(input.code)] };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx, async (t) => {
      const row = await this.closeCurrentVersion(t.tx, input.code, input.expectedVersion, { retiredAt: now });
      return { ...row, status: templateStatus(row) };
    });
  }

  private async closeCurrentVersion(
    tx: Transaction,
    code: string,
    expectedVersion: number,
    set: { supersededAt: Date } | { retiredAt: Date },
  ): Promise<ApprovalTemplateRow> {
    const [closed] = await tx
      .update(approvalTemplates)
      .set(set)
      .where(
        and(
          eq(approvalTemplates.code, code),
          eq(approvalTemplates.templateVersion, expectedVersion),
          isNull(approvalTemplates.supersededAt),
          isNull(approvalTemplates.retiredAt),
        ),
      )
      .returning();
    if (closed) return closed;
    const [current] = await tx
      .select({ version: approvalTemplates.templateVersion })
      .from(approvalTemplates)
      .where(and(eq(approvalTemplates.code, code), isNull(approvalTemplates.supersededAt), isNull(approvalTemplates.retiredAt)));
    throw conflict(
      `The template ${code} is not at version ${expectedVersion}${current ? `: it is at version ${current.version}` : ""}. Read it again.`,
      { field: ["input", "expectedVersion"], currentVersion: current?.version ?? null, rule: "APR-8" },
    );
  }

  private async checkDraft(draft: TemplateDraft, subjectKind: ApprovalSubjectKind, departmentCode: string): Promise<UserError[]> {
    const known = new Set((await this.ctx.db.select({ code: approvalDepartments.code }).from(approvalDepartments)).map((d) => d.code));
    const errors = checkTemplateSteps(stepsOf(draft.steps), known);
    if (!known.has(departmentCode))
      errors.push(userError(["input", "departmentCode"], "UNKNOWN_DEPARTMENT", `There is no department ${departmentCode}.`, "APR-8"));
    if (draft.duePolicy && subjectShape[subjectKind].field !== "report")
      errors.push(userError(["input", "duePolicy"], "DUE_FOR_REPORTS", "Only report chains are due on a day (APR-7).", "APR-8"));
    return errors;
  }

  private noCurrentTemplate(code: string) {
    return userError(["input", "code"], "UNKNOWN_TEMPLATE", `There is no current template ${code} (unknown or retired).`, "APR-8");
  }

  /** Two creates or revisions racing: the database's one-current-version index decides. */
  private async refusingDuplicateTemplate<T>(run: () => Promise<MutationResult<T>>): Promise<MutationResult<T>> {
    try {
      return await run();
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === "approval_templates_pkey" || constraint === "approval_templates_one_current")
        throw conflict("The template was changed by someone else in the meantime: read it again.", { rule: "APR-8" });
      throw error;
    }
  }

  /** APR-6: the departments the calling Department Head heads. */
  private myDepartments(): Promise<string[]> {
    this.headedDepartments ??= this.ctx.db
      .select({ code: departmentHeads.departmentCode })
      .from(departmentHeads)
      .where(eq(departmentHeads.clientId, this.ctx.principal.clientId))
      .then((rows) => rows.map((r) => r.code));
    return this.headedDepartments;
  }

  async start(input: {
    templateCode: string;
    title: string;
    subject: SubjectInput;
    comment: string;
    idempotencyKey?: string | null;
  }): Promise<MutationResult<ApprovalRow>> {
    authorise(this.ctx.principal, "approval:prepare");
    const template = await this.template(input.templateCode);
    if (!template) {
      const retired = (await this.allTemplates()).has(templateKey(input.templateCode, 1));
      return {
        value: null,
        userErrors: [
          retired
            ? userError(
                ["input", "templateCode"],
                "TEMPLATE_RETIRED",
                `The template ${input.templateCode} is retired: no new chains.`,
                "APR-8",
              )
            : userError(["input", "templateCode"], "UNKNOWN_TEMPLATE", `There is no approval template ${input.templateCode}.`, "APR-1"),
        ],
      };
    }
    const subject = this.subjectFor(template, input.subject);
    const due =
      template.duePolicy && subject.value.period !== undefined
        ? dueDay(template.duePolicy, String(subject.value.period))
        : { dueOn: null, errors: [] };
    subject.errors.push(...due.errors);
    if (subject.errors.length) return { value: null, userErrors: subject.errors };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx, (t) =>
      idempotent(t, "startApproval", input, rowById<ApprovalRow>(approvals), async () => {
        const [approval] = await t.tx
          .insert(approvals)
          .values({
            templateCode: template.code,
            templateVersion: template.templateVersion,
            dueOn: due.dueOn,
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
        await recordCreation(t, approvalWorkflow, {
          row: approval,
          action: "submit",
          note: input.comment,
          details: {
            revision: 1,
            stepIndex: null,
            stepKind: null,
            decision: "SUBMIT",
            stepStartedAt: now,
            subjectSnapshot: approval.subject,
          },
          event: (row) => approvalEvent(row, null, "SUBMIT", null),
        });
        return approval;
      }),
    );
  }

  /** APR-2..4: the holder of the current step's role decides it, once. */
  async decide(input: {
    id: string;
    expectedVersion: number;
    decision: ApprovalDecisionKind;
    comment: string;
    answer?: string | null;
    answeringUnit?: string | null;
  }): Promise<MutationResult<ApprovalRow>> {
    const approval = await this.get(input.id);
    // A decision made on a stale read of the chain lost the race, whatever the rules would now say.
    if (approval.version !== input.expectedVersion) throw this.alreadyDecided(approval.version);
    const template = (await this.template(approval.templateCode, approval.templateVersion))!;
    const step = approval.currentStep === null ? undefined : template.steps[approval.currentStep];
    const errors = checkStepDecision({
      approval,
      step,
      decider: {
        clientId: this.ctx.principal.clientId,
        role: this.ctx.principal.role,
        headedDepartments: this.ctx.principal.role === "DEPARTMENT_HEAD" ? await this.myDepartments() : [],
      },
      decision: input.decision,
      comment: input.comment,
      department: template.departmentCode,
    });
    const finishing = step && approval.currentStep === template.steps.length - 1 && input.decision === "COMPLETE";
    if (template.subjectKind === "PETITION" && finishing && !input.answer) {
      errors.push(userError(["input", "answer"], "REQUIRED", "A petition is closed with the answer sent to the petitioner.", "APR-1"));
    }
    if (input.answeringUnit && !(template.subjectKind === "PETITION" && finishing && step.kind === "EXTERNAL")) {
      errors.push(
        userError(
          ["input", "answeringUnit"],
          "NOT_RELEVANT_UNIT_STEP",
          "Only the relevant unit's answer step names the unit that answered.",
          "APR-10",
        ),
      );
    }
    if (errors.length) return { value: null, userErrors: errors };
    const now = this.ctx.clock.now();
    const next = nextState(template.steps.length, approval.currentStep!, input.decision);
    return inTransaction(this.ctx, (t) =>
      transition(t, approvalWorkflow, {
        row: approval,
        expectedVersion: input.expectedVersion,
        action: input.decision.toLowerCase() as ApprovalAction,
        to: next.status,
        note: input.comment,
        changes: {
          currentStep: next.currentStep,
          currentStepStartedAt: next.currentStep === null ? null : now,
          completedAt: next.status === "APPROVED" || next.status === "REJECTED" ? now : null,
          subject:
            finishing && input.answer
              ? { ...approval.subject, answer: input.answer, answeringUnit: input.answeringUnit ?? null }
              : approval.subject,
        },
        details: {
          revision: approval.revision,
          stepIndex: approval.currentStep,
          stepKind: step!.kind,
          decision: input.decision,
          stepStartedAt: approval.currentStepStartedAt ?? now,
          subjectSnapshot: null,
        },
        event: (updated) => approvalEvent(updated, approval.status, input.decision, { index: approval.currentStep!, kind: step!.kind }),
      }),
    );
  }

  /** APR-3: after a RETURN the preparing unit revises and resubmits: a new revision from the first step. */
  async resubmit(input: {
    id: string;
    expectedVersion: number;
    subject?: SubjectInput | null;
    comment: string;
  }): Promise<MutationResult<ApprovalRow>> {
    const approval = await this.get(input.id);
    authorise(this.ctx.principal, "approval:prepare");
    const errors: UserError[] = [];
    if (approval.status !== "RETURNED")
      errors.push(
        userError(["input", "id"], "NOT_RETURNED", `Only a RETURNED approval is resubmitted; this one is ${approval.status}.`, "APR-3"),
      );
    const template = (await this.template(approval.templateCode, approval.templateVersion))!;
    const subject = input.subject ? this.subjectFor(template, input.subject) : { value: approval.subject, errors: [] };
    errors.push(...subject.errors);
    const due =
      template.duePolicy && input.subject
        ? dueDay(template.duePolicy, String(subject.value.period))
        : { dueOn: approval.dueOn, errors: [] };
    errors.push(...due.errors);
    if (errors.length) return { value: null, userErrors: errors };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx, (t) =>
      transition(t, approvalWorkflow, {
        row: approval,
        expectedVersion: input.expectedVersion,
        action: "resubmit",
        note: input.comment,
        changes: { revision: approval.revision + 1, currentStep: 0, currentStepStartedAt: now, subject: subject.value, dueOn: due.dueOn },
        // Recorded under the new revision and subject.
        details: {
          revision: approval.revision + 1,
          stepIndex: null,
          stepKind: null,
          decision: "RESUBMIT",
          stepStartedAt: now,
          subjectSnapshot: subject.value,
        },
        event: (updated) => approvalEvent(updated, approval.status, "RESUBMIT", null),
      }),
    );
  }

  async get(globalId: string): Promise<ApprovalRow> {
    authorise(this.ctx.principal, "approval:read");
    const row = await findByGlobalId(this.ctx.db, approvals, "Approval", globalId);
    return row;
  }

  list(
    filter: { templateCode?: string | null; status?: ApprovalRow["status"] | null; overdue?: boolean | null; pendingForMe?: boolean },
    args: PageArgs,
  ): Promise<Page<ApprovalRow>> {
    authorise(this.ctx.principal, "approval:read");
    const overdue = and(lt(approvals.dueOn, this.today()), not(eq(approvals.status, "APPROVED")), not(eq(approvals.status, "REJECTED")))!;
    const conditions: (SQL | undefined)[] = [
      filter.templateCode ? eq(approvals.templateCode, filter.templateCode) : undefined,
      filter.status ? eq(approvals.status, filter.status) : undefined,
      filter.overdue === true ? overdue : filter.overdue === false ? sql`not coalesce(${overdue}, false)` : undefined,
      filter.pendingForMe ? this.pendingFor(this.ctx.principal.role) : undefined,
    ];
    return tablePage(this.ctx.db, approvals, {
      where: and(...conditions),
      orderBy: [approvals.createdAt, approvals.id],
      keyOf: (r) => [r.createdAt.toISOString(), r.id],
      args,
    });
  }

  /** The append-only history of an approval (the `approval_history` convention), batched across the request. */
  history(approvalId: string): Promise<ApprovalHistoryRow[]> {
    return this.ctx.loaders.approvalHistory.load(approvalId) as Promise<ApprovalHistoryRow[]>;
  }

  /** Average and 90th-percentile time from a step's start to its decision, per template and step kind. */
  async stepDurations(templateCode: string | null): Promise<StepDuration[]> {
    authorise(this.ctx.principal, "approval:read");
    const seconds = sql`extract(epoch from ${approvalHistory.at} - ${approvalHistory.stepStartedAt})`;
    return this.ctx.db
      .select({
        templateCode: approvals.templateCode,
        stepKind: sql<string>`${approvalHistory.stepKind}::text`,
        decisions: sql<number>`count(*)::int`,
        averageSeconds: sql<number>`round(avg(${seconds}))::int`,
        p90Seconds: sql<number>`round(percentile_cont(0.9) within group (order by ${seconds}))::int`,
      })
      .from(approvalHistory)
      .innerJoin(approvals, eq(approvals.id, approvalHistory.entityId))
      .where(and(sql`${approvalHistory.stepIndex} is not null`, templateCode ? eq(approvals.templateCode, templateCode) : undefined))
      .groupBy(approvals.templateCode, approvalHistory.stepKind)
      .orderBy(approvals.templateCode, approvalHistory.stepKind);
  }

  /** APR-7: today in Turkey, against which due days are compared. */
  today(): string {
    return calendarDate(this.ctx.clock.now());
  }

  /**
   * Approvals whose current step waits for `role` (its own steps, or the preparing unit's tasks); a Department
   * Head's only where it heads the step's department (APR-6).
   */
  private pendingFor(role: string): SQL {
    const step = sql`t.steps -> ${approvals.currentStep}`;
    const department =
      role === "DEPARTMENT_HEAD"
        ? sql` and coalesce(${step} ->> 'department', t.department_code) in (select dh.department_code from ${departmentHeads} dh where dh.client_id = ${this.ctx.principal.clientId})`
        : sql``;
    return sql`${approvals.status} = 'IN_PROGRESS' and exists (select 1 from ${approvalTemplates} t where t.code = ${approvals.templateCode} and t.template_version = ${approvals.templateVersion} and (${step} ->> 'role' = ${role}${department} or (${step} ->> 'role' = ${PREPARER} and ${approvals.preparerRole} = ${role})))`;
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
        : shape.field === "informationRequest"
          ? checkInformationRequester(input.informationRequest!, ["input", "subject", "informationRequest"])
          : [];
    const value: Record<string, unknown> = { ...(given[0][1] as object), __typename: shape.typename };
    if (shape.field === "petition") Object.assign(value, { answer: null, answeringUnit: null });
    if (shape.field === "informationRequest") value.organisationName ??= null;
    if (shape.field === "informationRequest") value.requestingCountryCode ??= null;
    return { value, errors };
  }

  /** APR-4: the client read the chain at another version than it is now: the step was decided in the meantime. */
  private alreadyDecided(currentVersion: number) {
    return conflict(
      `This step was decided by someone else in the meantime (APR-4): the approval is now at version ${currentVersion}; read it again.`,
      { rule: "APR-4", field: ["input", "expectedVersion"], currentVersion },
    );
  }
}

/** A template create or revision remembers its code and version; a replay reads that version again. */
const templateByKey: Remembered<ApprovalTemplateVersion, { code: string; version: number }> = {
  remember: (row) => ({ code: row.code, version: row.templateVersion }),
  replay: async (tx: Transaction, { code, version }) => {
    const [row] = await tx
      .select()
      .from(approvalTemplates)
      .where(and(eq(approvalTemplates.code, code), eq(approvalTemplates.templateVersion, version)));
    return { ...row, status: templateStatus(row) };
  },
};

/** The event of one submission or decision; the decision that ends the chain approved is the approval's own event. */
function approvalEvent(
  after: ApprovalRow,
  fromStatus: ApprovalRow["status"] | null,
  decision: ApprovalDecisionKind,
  step: { index: number; kind: ApprovalStepDefinition["kind"] } | null,
): NewEvent {
  return {
    type: after.status === "APPROVED" ? "approval.approved" : approvalEventTypes[decision],
    subject: { kind: "approval", id: after.id },
    data: {
      action: decision,
      fromStatus,
      toStatus: after.status,
      version: after.version,
      templateCode: after.templateCode,
      revision: after.revision,
      stepIndex: step?.index ?? null,
      stepKind: step?.kind ?? null,
    },
    audience: audienceOf("approval:read", undefined),
  };
}

/** Stored steps carry `department` only where a step names one. */
const stepsOf = (steps: TemplateDraft["steps"]): ApprovalStepDefinition[] =>
  steps.map(({ department, ...step }) => ({ ...step, kind: step.kind, role: step.role, ...(department ? { department } : {}) }));

const approvalEventTypes: Record<ApprovalDecisionKind, EventType> = {
  SUBMIT: "approval.submitted",
  RESUBMIT: "approval.resubmitted",
  APPROVE: "approval.step_approved",
  SIGN: "approval.step_signed",
  COMPLETE: "approval.step_completed",
  REJECT: "approval.rejected",
  RETURN: "approval.returned",
};
