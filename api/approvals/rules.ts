import type { ApprovalDecisionKind, ApprovalRow, ApprovalStepDefinition } from "../../drizzle/schema/index.js";
import type { Role } from "../../drizzle/schema/index.js";
import { userError, type UserError } from "../platform/conventions/errors.js";

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
  decider: { clientId: string; role: Role };
  decision: ApprovalDecisionKind;
  comment: string;
}

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
