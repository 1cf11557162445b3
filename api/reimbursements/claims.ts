import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../drizzle/database.js";
import { referrals, reimbursementClaimHistory, reimbursementClaims } from "../../drizzle/schema/index.js";
import type { ReferralRow, ReimbursementClaimRow } from "../../drizzle/schema/index.js";
import { recordAccess } from "../audit/access-log.js";
import { authorise } from "../auth/authorise.js";
import { SGK_INSURER_CODE, decideReimbursementWork } from "../auth/policy.js";
import { actorOf } from "../auth/principal.js";
import { statusEvent } from "../events/catalogue.js";
import { recordEvent, type NewEvent } from "../events/outbox.js";
import { notFound, userError, type UserError } from "../platform/conventions/errors.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { claimIfKeyed } from "../platform/conventions/idempotency.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import { inTransaction, refusingOnConstraint, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { nextStateOf } from "../platform/conventions/state-machine.js";
import { calendarDate } from "../platform/time/clock.js";
import { claimAudienceOf } from "./access.js";
import type { ReimbursementCalculator, TripInputValue } from "./calculator.js";
import type { SgkInsuranceService } from "./insurance.js";
import { checkApproval, checkClaimable, checkPaymentDate, checkRejection, claimTransitions, type ClaimAction } from "./rules/claims.js";
import type { Statement } from "./rules/facts.js";

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
    const decision = decideReimbursementWork(this.ctx.principal, "record reimbursement claims");
    authorise(decision, "record this claim");
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
      inTransaction(this.ctx.db, async (tx) => {
        const key = await claimIfKeyed<{ claimId: string }>(
          tx,
          { clientId: this.ctx.principal.clientId, now },
          "submitReimbursementClaim",
          input,
        );
        if (key?.replayed) return requireClaim(tx, key.result.claimId);
        const { statement } = calculation;
        const [claim] = await tx
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
        const entry = { claimId: claim.id, ...actorOf(this.ctx.principal), at: now };
        await tx
          .insert(reimbursementClaimHistory)
          .values({ ...entry, fromStatus: null, toStatus: "SUBMITTED", action: "submit", comment: input.channel });
        await tx.insert(reimbursementClaimHistory).values(
          statement
            ? { ...entry, fromStatus: "SUBMITTED", toStatus: "CALCULATED", action: "calculate", comment: "automatic calculation" }
            : {
                ...entry,
                fromStatus: "SUBMITTED",
                toStatus: "SUBMITTED",
                action: "calculate",
                comment: calculation.pendingBecause.map((e) => e.message).join(" "),
              },
        );
        await recordEvent(
          tx,
          this.ctx,
          claimEvent({ ...claim, status: "SUBMITTED", statement: null, totalMinor: null }, null, "submit", audience),
          ...(statement ? [claimEvent(claim, "SUBMITTED", "calculate", audience)] : []),
        );
        await recordAccess(tx, this.ctx, [{ patientId: referral.patientId, action: "reimbursement.submit", basis: decision.basis }]);
        await key?.complete({ claimId: claim.id });
        return claim;
      }),
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
   * One claim transition: SGK only, the state machine's next state, the step's own checks (read
   * before the transaction), a version-guarded update and its history row, all in one transaction.
   */
  private async transition(
    step: ClaimStep,
    action: ClaimAction,
    decide: (claim: ReimbursementClaimRow) => Promise<UserError[] | Partial<ReimbursementClaimRow>>,
  ): Promise<MutationResult<ReimbursementClaimRow>> {
    const decision = decideReimbursementWork(this.ctx.principal, `${action} reimbursement claims`);
    authorise(decision, `${action} this claim`);
    const claim = await findByGlobalId(this.ctx.db, reimbursementClaims, "ReimbursementClaim", step.id, ["input", "id"]);
    if (claim.version !== step.expectedVersion) throw staleVersion("ReimbursementClaim", step.expectedVersion, claim.version);
    const next = nextStateOf(claimTransitions, claim.status, action, "REIMB-11");
    // The action is the mutation itself: the refusal points at the claim.
    if ("error" in next) return { value: null, userErrors: [{ ...next.error, field: ["input", "id"] }] };
    const outcome = await decide(claim);
    if (Array.isArray(outcome)) return { value: null, userErrors: outcome };
    const audience = await claimAudienceOf(this.ctx, claim.patientId);
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx.db, async (tx) => {
      const [updated] = await tx
        .update(reimbursementClaims)
        .set({ ...outcome, status: next.to, version: sql`${reimbursementClaims.version} + 1`, updatedAt: now })
        .where(and(eq(reimbursementClaims.id, claim.id), eq(reimbursementClaims.version, step.expectedVersion)))
        .returning();
      // Another SGK officer moved the claim since it was read: the CONFLICT names the version it is at now.
      if (!updated) throw staleVersion("ReimbursementClaim", step.expectedVersion, (await requireClaim(tx, claim.id)).version);
      await tx.insert(reimbursementClaimHistory).values({
        claimId: claim.id,
        fromStatus: claim.status,
        toStatus: next.to,
        action,
        ...actorOf(this.ctx.principal),
        comment: step.comment ?? null,
        at: now,
      });
      await recordEvent(tx, this.ctx, claimEvent(updated, claim.status, action, audience));
      await recordAccess(tx, this.ctx, [{ patientId: claim.patientId, action: `reimbursement.${action}`, basis: decision.basis }]);
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

async function requireClaim(tx: Transaction, id: string): Promise<ReimbursementClaimRow> {
  const [row] = await tx.select().from(reimbursementClaims).where(eq(reimbursementClaims.id, id));
  if (!row) throw notFound("ReimbursementClaim", id);
  return row;
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
