import { reimbursementClaimHistory, reimbursementClaims, type ReimbursementClaimStatus } from "../../drizzle/schema/index.js";
import { defineWorkflow } from "../platform/conventions/workflow.js";
import { claimTransitions, type ClaimAction } from "./rules/claims.js";

/** REIMB-11: a claim's moves go through `transition()` (versioned update, history row, event) with this machine. */
export const claimWorkflow = defineWorkflow<ReimbursementClaimStatus, ClaimAction>({
  entity: "ReimbursementClaim",
  table: reimbursementClaims,
  history: reimbursementClaimHistory,
  rule: "REIMB-11",
  moves: claimTransitions,
});
