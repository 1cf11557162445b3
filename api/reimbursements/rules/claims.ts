import type { ReimbursementClaimStatus } from "../../../drizzle/schema/index.js";
import { userError, type UserError } from "../../platform/conventions/errors.js";
import type { Transitions } from "../../platform/conventions/state-machine.js";
import type { Statement } from "./facts.js";
import { insuranceRefusal, type InsuranceStatus } from "./insurance.js";

export type ClaimAction = "calculate" | "approve" | "reject" | "pay";

/** REIMB-11: SUBMITTED → CALCULATED → APPROVED → PAID, or REJECTED with the failing rule IDs. */
export const claimTransitions: Transitions<ReimbursementClaimStatus, ClaimAction> = {
  SUBMITTED: { calculate: "CALCULATED", reject: "REJECTED" },
  CALCULATED: { calculate: "CALCULATED", approve: "APPROVED", reject: "REJECTED" },
  APPROVED: { pay: "PAID" },
  PAID: {},
  REJECTED: {},
};

export const REIMBURSEMENT_RULES = Array.from({ length: 13 }, (_, i) => `REIMB-${i + 1}`);

/** REIMB-11: a rejection names at least one REIMB rule and only known ones. */
export function checkRejection(rules: string[], reason: string): UserError[] {
  const errors: UserError[] = [];
  if (rules.length === 0)
    errors.push(userError(["input", "rules"], "RULES_REQUIRED", "A rejection names the failing rule IDs (REIMB-1..REIMB-13).", "REIMB-11"));
  rules.forEach((rule, i) => {
    if (!REIMBURSEMENT_RULES.includes(rule))
      errors.push(
        userError(["input", "rules", String(i)], "UNKNOWN_RULE", `${rule} is not a reimbursement rule (REIMB-1..REIMB-13).`, "REIMB-11"),
      );
  });
  if (reason.trim().length === 0)
    errors.push(userError(["input", "reason"], "REASON_REQUIRED", "A rejection gives its reason.", "REIMB-11"));
  return errors;
}

/** REIMB-11 / REIMB-12: a claim follows a referral the patient attended, insured on the referral day, filed after the return. */
export function checkClaimable(
  referral: { status: string },
  insurance: InsuranceStatus,
  trip: { returnDate: string },
  today: string,
): UserError[] {
  if (referral.status !== "PATIENT_ARRIVED" && referral.status !== "COMPLETED")
    return [
      userError(
        ["input", "referralId"],
        "REFERRAL_NOT_ATTENDED",
        `The referral is ${referral.status}: a claim follows a referral the patient attended (PATIENT_ARRIVED or COMPLETED).`,
        "REIMB-11",
      ),
    ];
  const refusals = insuranceRefusal(insurance, ["input", "referralId"]);
  if (trip.returnDate > today)
    refusals.push(userError(["input", "trip", "returnDate"], "TRIP_NOT_OVER", "A claim is filed after the return.", "REIMB-11"));
  return refusals;
}

/** REIMB-11 / REIMB-12: a claim is approved only when the patient is (still) insured and its statement pays something and refuses nothing. */
export function checkApproval(statement: Statement | null, insurance: InsuranceStatus): UserError[] {
  // SGK may have corrected the insurance since the claim was filed.
  const uninsured = insuranceRefusal(insurance, ["input", "id"]);
  if (uninsured.length > 0) return uninsured;
  if (statement && !statement.eligible)
    return statement.ineligibility.map((i) =>
      userError(["input", "id"], "NOT_PAYABLE", `The statement refuses the claim (${i.explanationEn}); reject it with ${i.rule}.`, i.rule),
    );
  if (!statement || statement.totalMinor === 0)
    return [
      userError(["input", "id"], "NOTHING_TO_PAY", "The statement pays nothing; reject the claim with the rule that applies.", "REIMB-11"),
    ];
  return [];
}

/** REIMB-11: the PTT payment is dated between the approval and today. */
export function checkPaymentDate(paidOn: string, approvedOn: string, today: string): UserError[] {
  if (paidOn > today) return [userError(["input", "paidOn"], "PAID_IN_FUTURE", "The payment date is not in the future.", "REIMB-11")];
  if (paidOn < approvedOn)
    return [userError(["input", "paidOn"], "PAID_BEFORE_APPROVAL", "The payment date is not before the approval.", "REIMB-11")];
  return [];
}
