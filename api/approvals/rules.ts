import type { ApprovalDecisionKind, ApprovalDuePolicy, ApprovalRow, ApprovalStepDefinition } from "../../drizzle/schema/index.js";
import type { Role } from "../../drizzle/schema/index.js";
import { userError, type UserError } from "../platform/conventions/errors.js";
import { addDays } from "../platform/time/clock.js";

/** What a step of each kind can be answered with. */
export const decisionsForStep: Record<ApprovalStepDefinition["kind"], ApprovalDecisionKind[]> = {
  REVIEW: ["APPROVE", "REJECT", "RETURN"],
  APPROVAL: ["APPROVE", "REJECT", "RETURN"],
  SIGNATURE: ["SIGN", "REJECT", "RETURN"],
  PREPARATION: ["COMPLETE"],
  EXTERNAL: ["COMPLETE", "REJECT"],
  NOTIFICATION: ["COMPLETE"],
};

/** Steps that are approvals of the subject, which its preparer may never give (APR-2). */
const approvingKinds = new Set<ApprovalStepDefinition["kind"]>(["REVIEW", "APPROVAL", "SIGNATURE"]);

/** The preparing unit's own tasks (letters, external outcome, notices) are decided by the preparer's role. */
export const PREPARER = "PREPARER";

export interface StepDecisionFacts {
  approval: Pick<ApprovalRow, "status" | "currentStep" | "preparerClientId" | "preparerRole">;
  step: ApprovalStepDefinition | undefined;
  decider: { clientId: string; role: Role; headedDepartments?: readonly string[] };
  decision: ApprovalDecisionKind;
  comment: string;
  /** The chain's department (its template's); a step may name another (APR-6). */
  department?: string;
}

/** APR-6: the department whose head decides a Department Head step: the step's own, else the chain's. */
export const stepDepartment = (step: ApprovalStepDefinition, chainDepartment: string) => step.department ?? chainDepartment;

/** APR-2 / APR-3: who may decide the current step, and with what. Empty = the decision stands. */
export function checkStepDecision(facts: StepDecisionFacts): UserError[] {
  const { approval, step, decider } = facts;
  if (approval.status !== "IN_PROGRESS" || approval.currentStep === null || !step) {
    return [userError(["input", "id"], "NOT_IN_PROGRESS", `The approval is ${approval.status}; there is no step to decide.`, "APR-3")];
  }
  const holder = step.role === PREPARER ? approval.preparerRole : step.role;
  if (decider.role !== holder) {
    return [
      userError(
        ["input", "decision"],
        "NOT_STEP_HOLDER",
        `This step ("${step.labelEn}") is decided by ${holder}, not ${decider.role}.`,
        "APR-2",
      ),
    ];
  }
  if (step.role === "DEPARTMENT_HEAD" && facts.department !== undefined) {
    const department = stepDepartment(step, facts.department);
    if (!decider.headedDepartments?.includes(department)) {
      return [
        userError(
          ["input", "decision"],
          "NOT_DEPARTMENT_HEAD",
          `This step ("${step.labelEn}") is decided by the head of the ${department} department, which you do not head.`,
          "APR-6",
        ),
      ];
    }
  }
  if (approvingKinds.has(step.kind) && decider.clientId === approval.preparerClientId) {
    return [userError(["input", "decision"], "OWN_SUBJECT", "The preparer never approves its own subject.", "APR-2")];
  }
  const errors: UserError[] = [];
  if (!decisionsForStep[step.kind].includes(facts.decision)) {
    errors.push(
      userError(
        ["input", "decision"],
        "NOT_FOR_STEP",
        `A ${step.kind} step is answered with ${decisionsForStep[step.kind].join(", ")}.`,
        "APR-3",
      ),
    );
  }
  if (facts.comment.trim().length < 2)
    errors.push(userError(["input", "comment"], "REQUIRED", "Every decision carries a comment.", "APR-3"));
  return errors;
}

/** Where a decision takes the chain: the next step, the end, or back to the preparer. */
export function nextState(
  stepCount: number,
  currentStep: number,
  decision: ApprovalDecisionKind,
): Pick<ApprovalRow, "status" | "currentStep"> {
  if (decision === "REJECT") return { status: "REJECTED", currentStep: null };
  if (decision === "RETURN") return { status: "RETURNED", currentStep: null };
  return currentStep + 1 < stepCount ? { status: "IN_PROGRESS", currentStep: currentStep + 1 } : { status: "APPROVED", currentStep: null };
}

export interface OverseasApplicantFacts {
  employmentType: "PERMANENT_PUBLIC" | "CONTRACT_4B";
  documents: { photo: boolean; passport: boolean; payslip: boolean; workForm: boolean };
}

/** APR-1 (overseas deployment): permanent public employees only, with the four documents. */
export function checkOverseasApplicant(facts: OverseasApplicantFacts, path: string[]): UserError[] {
  const errors: UserError[] = [];
  if (facts.employmentType !== "PERMANENT_PUBLIC") {
    errors.push(
      userError(
        [...path, "employmentType"],
        "NOT_PERMANENT",
        "Overseas postings are for permanent public employees, not 4-b contract staff.",
        "APR-1",
      ),
    );
  }
  const missing = Object.entries(facts.documents)
    .filter(([, present]) => !present)
    .map(([name]) => name);
  if (missing.length) {
    errors.push(
      userError(
        [...path, "documents"],
        "DOCUMENTS_MISSING",
        `Missing documents: ${missing.join(", ")} (photo, passport, payslip and work form are required).`,
        "APR-1",
      ),
    );
  }
  return errors;
}

/** APR-7: the day a report is due: the last day of its period (YYYY-MM or YYYY, as the template's period says). */
export function dueDay(policy: ApprovalDuePolicy, period: string): { dueOn: string | null; errors: UserError[] } {
  const shape = policy.period === "MONTH" ? /^(\d{4})-(0[1-9]|1[0-2])$/ : /^(\d{4})$/;
  const match = shape.exec(period);
  if (!match) {
    return {
      dueOn: null,
      errors: [
        userError(
          ["input", "subject", "report", "period"],
          "PERIOD_SHAPE",
          `This report covers one ${policy.period === "MONTH" ? "month (YYYY-MM)" : "year (YYYY)"}.`,
          "APR-7",
        ),
      ],
    };
  }
  const year = Number(match[1]);
  const nextPeriodStart = policy.period === "MONTH" ? new Date(Date.UTC(year, Number(match[2]), 1)) : new Date(Date.UTC(year + 1, 0, 1));
  return { dueOn: addDays(nextPeriodStart.toISOString().slice(0, 10), -1), errors: [] };
}

/** APR-7: the first day the report is asked for (the monthly report: the last week of its month). */
export const dueWindowStart = (policy: ApprovalDuePolicy, dueOn: string) => addDays(dueOn, -Math.max(policy.windowDays - 1, 0));

/** APR-7: a chain still open after its due day is overdue. */
export const isOverdue = (approval: Pick<ApprovalRow, "status" | "dueOn">, today: string) =>
  approval.dueOn !== null && approval.dueOn < today && approval.status !== "APPROVED" && approval.status !== "REJECTED";

export const TEMPLATE_ROLES = ["DEPARTMENT_HEAD", "DEPUTY_GENERAL_DIRECTOR", "GENERAL_DIRECTOR", PREPARER] as const;

/** APR-8: a template is decided by the ministry's approvers and the preparing unit, in a known department. */
export function checkTemplateSteps(steps: ApprovalStepDefinition[], knownDepartments: ReadonlySet<string>): UserError[] {
  const errors: UserError[] = [];
  if (!steps.length) errors.push(userError(["input", "steps"], "NO_STEPS", "A chain has at least one step.", "APR-8"));
  steps.forEach((step, i) => {
    if (!(TEMPLATE_ROLES as readonly string[]).includes(step.role))
      errors.push(
        userError(["input", "steps", String(i), "role"], "UNKNOWN_ROLE", `A step is decided by ${TEMPLATE_ROLES.join(", ")}.`, "APR-8"),
      );
    if (step.department !== undefined && step.role !== "DEPARTMENT_HEAD")
      errors.push(
        userError(
          ["input", "steps", String(i), "department"],
          "DEPARTMENT_FOR_HEAD_ONLY",
          "Only a Department Head step names a department.",
          "APR-8",
        ),
      );
    if (step.department !== undefined && !knownDepartments.has(step.department))
      errors.push(
        userError(["input", "steps", String(i), "department"], "UNKNOWN_DEPARTMENT", `There is no department ${step.department}.`, "APR-8"),
      );
    if (step.role === PREPARER && approvingKinds.has(step.kind))
      errors.push(
        userError(
          ["input", "steps", String(i), "kind"],
          "PREPARER_APPROVES",
          "The preparing unit never approves its own subject: its steps are PREPARATION, EXTERNAL or NOTIFICATION (APR-2).",
          "APR-8",
        ),
      );
  });
  return errors;
}

export type InformationRequester = "WHO" | "OECD" | "EU" | "OTHER_ORGANISATION" | "COUNTRY";

/** APR-12: a request comes from a named international organisation or, in bilateral relations, from a country. */
export function checkInformationRequester(
  facts: { organisation: InformationRequester; organisationName?: string | null; requestingCountryCode?: string | null },
  path: string[],
): UserError[] {
  if (facts.organisation === "COUNTRY" && !facts.requestingCountryCode)
    return [userError([...path, "requestingCountryCode"], "REQUIRED", "A bilateral request names the requesting country.", "APR-12")];
  if (facts.organisation === "OTHER_ORGANISATION" && !facts.organisationName)
    return [userError([...path, "organisationName"], "REQUIRED", "Name the international organisation.", "APR-12")];
  if (facts.organisation !== "COUNTRY" && facts.requestingCountryCode)
    return [
      userError([...path, "requestingCountryCode"], "NOT_BILATERAL", "Only a bilateral (COUNTRY) request names a country.", "APR-12"),
    ];
  return [];
}
