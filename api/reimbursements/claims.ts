import { eq } from "drizzle-orm";
import { referrals, reimbursementClaims } from "../../drizzle/schema/index.js";
import type { ReferralRow, ReimbursementClaimRow } from "../../drizzle/schema/index.js";
import { recordAccess } from "../audit/access-log.js";
import { authorise } from "../auth/authorise.js";
import { SGK_INSURER_CODE } from "./policy.js";
import { statusEvent } from "../events/catalogue.js";
import { recordEvent, type NewEvent } from "../events/outbox.js";
import { userError, type UserError } from "../platform/conventions/errors.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { idempotent, rowById } from "../platform/conventions/idempotency.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import { inTransaction, refusingOnConstraint, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { appendHistory, moveErrors, transition } from "../platform/conventions/workflow.js";
import { calendarDate } from "../platform/time/clock.js";
import { claimAudienceOf } from "./access.js";
import type { ReimbursementCalculator, TripInputValue } from "./calculator.js";
import type { SgkInsuranceService } from "./insurance.js";
import { checkApproval, checkClaimable, checkPaymentDate, checkRejection, type ClaimAction } from "./rules/claims.js";
import type { Statement } from "./rules/facts.js";
import { claimWorkflow } from "./workflow.js";

export interface ClaimStep {
  id: string;
  expectedVersion: number;
  comment?: string | null;
}

/** REIMB-11: SGK's claim workflow, SUBMITTED → CALCULATED → APPROVED → PAID or REJECTED. */
export class ReimbursementClaimService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly calculator: ReimbursementCalculator,
    private readonly insurance: SgkInsuranceService,
  ) {}

  /** SGK records a claim filed by post or in person; it is calculated at once when the reference tables cover the trip. */
  async submit(input: {
    referralId: string;
    trip: TripInputValue;
    channel: ReimbursementClaimRow["channel"];
    officeProvinceCode: string;
    idempotencyKey?: string | null;
  }): Promise<MutationResult<ReimbursementClaimRow>> {
    const decision = authorise(this.ctx.principal, "reimbursement-claim:submit");
    const referral = await findByGlobalId(this.ctx.db, referrals, "Referral", input.referralId, ["input", "referralId"]);
    const now = this.ctx.clock.now();
    const refusals = checkClaimable(referral, await this.insuranceOnReferralDay(referral), input.trip, calendarDate(now));
    if (refusals.length > 0) return { value: null, userErrors: refusals };
    const calculation = await this.calculator.calculationOf(referral, input.trip);
    if (calculation.inputErrors.length > 0) return { value: null, userErrors: calculation.inputErrors };
    const audience = await claimAudienceOf(this.ctx, referral.patientId);
    const claimExists = userError(
      ["input", "referralId"],
      "CLAIM_EXISTS",
      "This referral already has a claim that is not rejected.",
      "REIMB-11",
    );
    return refusingOnConstraint("reimbursement_claims_one_live_per_referral", claimExists, () =>
      inTransaction(this.ctx, (t) =>
        idempotent(t, "submitReimbursementClaim", input, rowById<ReimbursementClaimRow>(reimbursementClaims), async () => {
          const { statement } = calculation;
          const [claim] = await t.tx
            .insert(reimbursementClaims)
            .values({
              referralId: referral.id,
              patientId: referral.patientId,
              insurerCode: SGK_INSURER_CODE,
              channel: input.channel,
              officeProvinceCode: input.officeProvinceCode,
              trip: input.trip as unknown as Record<string, unknown>,
              statement: statement as unknown as Record<string, unknown> | null,
              totalMinor: statement?.totalMinor ?? null,
              status: statement ? "CALCULATED" : "SUBMITTED",
              createdAt: now,
              updatedAt: now,
            })
            .returning();
          // The submission and its automatic calculation (or why it waits) are two steps at version 1.
          const step = { entityId: claim.id, version: claim.version };
          await appendHistory(t, claimWorkflow, [
            { ...step, fromState: null, toState: "SUBMITTED", action: "submit", note: input.channel },
            statement
              ? { ...step, fromState: "SUBMITTED", toState: "CALCULATED", action: "calculate", note: "automatic calculation" }
              : {
                  ...step,
                  fromState: "SUBMITTED",
                  toState: "SUBMITTED",
                  action: "calculate",
                  note: calculation.pendingBecause.map((e) => e.message).join(" "),
                },
          ]);
          await recordEvent(
            t.tx,
            t,
            claimEvent({ ...claim, status: "SUBMITTED", statement: null, totalMinor: null }, null, "submit", audience),
            ...(statement ? [claimEvent(claim, "SUBMITTED", "calculate", audience)] : []),
          );
          await recordAccess(t.tx, t, [{ patientId: referral.patientId, action: "reimbursement.submit", basis: decision.basis }]);
          return claim;
        }),
      ),
    );
  }

  /** Calculates (again) from the stored facts and today's reference tables. */
  calculate(step: ClaimStep) {
    return this.transition(step, "calculate", async (claim) => {
      const calculation = await this.calculator.calculationOf(await this.referralOf(claim), claim.trip as unknown as TripInputValue);
      const errors = [...calculation.inputErrors, ...calculation.pendingBecause];
      if (!calculation.statement) return errors;
      return { statement: calculation.statement as unknown as Record<string, unknown>, totalMinor: calculation.statement.totalMinor };
    });
  }

  approve(step: ClaimStep) {
    return this.transition(step, "approve", async (claim) => {
      const insurance = await this.insuranceOnReferralDay(await this.referralOf(claim));
      const errors = checkApproval(claim.statement as unknown as Statement | null, insurance);
      return errors.length > 0 ? errors : {};
    });
  }

  reject(step: ClaimStep & { rules: string[]; reason: string }) {
    return this.transition(step, "reject", async () => {
      const errors = checkRejection(step.rules, step.reason);
      return errors.length > 0 ? errors : { rejectionRules: [...new Set(step.rules)], rejectionReason: step.reason.trim() };
    });
  }

  recordPayment(step: ClaimStep & { pttReference: string; paidOn: string }) {
    const taken = userError(
      ["input", "pttReference"],
      "PAYMENT_REFERENCE_TAKEN",
      "This PTT reference is already recorded for another claim.",
      "REIMB-11",
    );
    return refusingOnConstraint("reimbursement_claims_payment_reference_key", taken, () =>
      this.transition(step, "pay", async (claim) => {
        const errors = checkPaymentDate(step.paidOn, calendarDate(claim.updatedAt), calendarDate(this.ctx.clock.now()));
        return errors.length > 0 ? errors : { paymentReference: step.pttReference, paidOn: step.paidOn };
      }),
    );
  }

  /**
   * One claim transition: SGK only, the state machine's next state, the step's own checks (read before the
   * transaction), then the kernel's `transition()`: the versioned update (a lost race answers CONFLICT with the real
   * version), its history row and its event, with the access-log line, in one transaction.
   */
  private async transition(
    step: ClaimStep,
    action: ClaimAction,
    decide: (claim: ReimbursementClaimRow) => Promise<UserError[] | Partial<ReimbursementClaimRow>>,
  ): Promise<MutationResult<ReimbursementClaimRow>> {
    const decision = authorise(this.ctx.principal, `reimbursement-claim:${action}`);
    const claim = await findByGlobalId(this.ctx.db, reimbursementClaims, "ReimbursementClaim", step.id, ["input", "id"]);
    if (claim.version !== step.expectedVersion) throw staleVersion("ReimbursementClaim", step.expectedVersion, claim.version);
    // The action is the mutation itself: the refusal points at the claim.
    const refused = moveErrors(claimWorkflow, claim.status, action).map((e) => ({ ...e, field: ["input", "id"] }));
    if (refused.length > 0) return { value: null, userErrors: refused };
    const outcome = await decide(claim);
    if (Array.isArray(outcome)) return { value: null, userErrors: outcome };
    const audience = await claimAudienceOf(this.ctx, claim.patientId);
    return inTransaction(this.ctx, async (t) => {
      const updated = await transition(t, claimWorkflow, {
        row: claim,
        expectedVersion: step.expectedVersion,
        action,
        changes: outcome,
        note: step.comment ?? null,
        event: (moved) => claimEvent(moved, claim.status, action, audience),
      });
      await recordAccess(t.tx, t, [{ patientId: claim.patientId, action: `reimbursement.${action}`, basis: decision.basis }]);
      return updated;
    });
  }

  private async referralOf(claim: ReimbursementClaimRow): Promise<ReferralRow> {
    const [referral] = await this.ctx.db.select().from(referrals).where(eq(referrals.id, claim.referralId));
    return referral;
  }

  /** REIMB-12: insurance is SGK's own dated fact on the referral day. */
  private insuranceOnReferralDay(referral: ReferralRow) {
    return this.insurance.statusOf(referral.patientId, calendarDate(referral.createdAt));
  }
}

/** A claim's transition as an event: amounts and references, no personal data. */
function claimEvent(
  claim: ReimbursementClaimRow,
  fromStatus: ReimbursementClaimRow["status"] | null,
  action: string,
  audience: string[],
): NewEvent {
  return {
    type: statusEvent("reimbursementClaim", claim.status),
    subject: { kind: "reimbursementClaim", id: claim.id },
    data: {
      action,
      fromStatus,
      toStatus: claim.status,
      version: claim.version,
      referralId: toGlobalId("Referral", claim.referralId),
      totalMinor: claim.totalMinor,
      currency: "TRY",
      paymentReference: claim.paymentReference,
      rejectionRules: claim.rejectionRules ?? [],
    },
    audience,
  };
}
