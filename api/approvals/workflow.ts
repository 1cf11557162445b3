import { approvalHistory, approvals, type ApprovalStatus } from "../../drizzle/schema/index.js";
import { defineWorkflow } from "../platform/conventions/workflow.js";
import { userError } from "../platform/conventions/errors.js";

/** The history's action names: the decisions of DecideApprovalStepInput, lower case, and the preparer's resubmission. */
export type ApprovalAction = "approve" | "sign" | "complete" | "reject" | "return" | "resubmit";

/**
 * An approval's state machine (APR-1..4): an IN_PROGRESS chain moves step by step (a step's decision keeps it
 * IN_PROGRESS, the last one ends it APPROVED), a REJECT ends it, a RETURN sends it back to the preparer, who resubmits
 * it as a new revision. Which decision fits which step, and who gives it, are APR-2/APR-3's rules (rules.ts).
 * A lost race on the same step is APR-4's CONFLICT, with the version the chain is at.
 */
export const approvalWorkflow = defineWorkflow<ApprovalStatus, ApprovalAction>({
  entity: "Approval",
  table: approvals,
  history: approvalHistory,
  rule: "APR-3",
  conflictRule: "APR-4",
  moves: {
    IN_PROGRESS: {
      approve: ["IN_PROGRESS", "APPROVED"],
      sign: ["IN_PROGRESS", "APPROVED"],
      complete: ["IN_PROGRESS", "APPROVED"],
      reject: "REJECTED",
      return: "RETURNED",
    },
    RETURNED: { resubmit: "IN_PROGRESS" },
    APPROVED: {},
    REJECTED: {},
  },
  refusal: (from) => userError(["input", "id"], "NOT_IN_PROGRESS", `The approval is ${from}; there is no step to decide.`, "APR-3"),
});
