import { referralHistory, referrals, type ReferralStatus } from "../../drizzle/schema/index.js";
import { screamingCase } from "../platform/conventions/enum-names.js";
import { defineWorkflow } from "../platform/conventions/workflow.js";
import { referralTransitions, type ReferralAction } from "./rules.js";

/** A referral's moves as its history and events name them: REF-2's actions, and the server's lapse of a bed hold (ER-8). */
export type ReferralMoveAction = ReferralAction | "holdLapsed";

/**
 * REF-2 (with TP-4's escalation): every move of a referral goes through `transition()` (versioned update, history row,
 * event) with this machine; a refusal spells the action as the schema's `ReferralAction` does (PLACE, ACCEPT, …).
 */
export const referralWorkflow = defineWorkflow<ReferralStatus, ReferralMoveAction>({
  entity: "Referral",
  table: referrals,
  history: referralHistory,
  rule: "REF-2",
  moves: referralTransitions,
  actionName: screamingCase,
});

/**
 * ER-8: the server's own move of a referral whose destination did not accept within the bed hold: PLACED → REJECTED as
 * `holdLapsed` (no client's action; it is not among the moves a client is offered).
 */
export const lapsedHoldWorkflow = defineWorkflow<ReferralStatus, ReferralMoveAction>({
  ...referralWorkflow,
  rule: "ER-8",
  moves: { ...referralTransitions, PLACED: { ...referralTransitions.PLACED, holdLapsed: "REJECTED" } },
});
