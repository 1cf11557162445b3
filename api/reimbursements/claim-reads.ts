import { and, eq, exists, sql, type SQL } from "drizzle-orm";
import { patientIdentifiers, patients, referrals, reimbursementClaims } from "../../drizzle/schema/index.js";
import type { PatientRow, ReferralRow, ReimbursementClaimRow } from "../../drizzle/schema/index.js";
import { recordAccess } from "../audit/access-log.js";
import { authorise } from "../auth/authorise.js";
import { notFound } from "../platform/conventions/errors.js";
import { localIdOf } from "../platform/conventions/global-id.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import { tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { anyOf } from "../platform/performance/loaders.js";
import { identifierKeysOf } from "./access.js";

/** REIMB-11: the claims as SGK, auditors and a portal's person read them, with their history, referral and patient. */
export class ReimbursementClaimReads {
  /** A claim's referral, read on the strength of the claim's authorisation; logged, as it carries health data. */
  private get claimReferralLoader() {
    return this.ctx.loaders.supplied<ReimbursementClaimRow, ReferralRow, string>(
      "reimbursement-claim:referral",
      async (claims) => {
        const rows = await this.ctx.db
          .select()
          .from(referrals)
          .where(anyOf(referrals.id, [...new Set(claims.map((c) => c.referralId))]));
        const byId = new Map(rows.map((r) => [r.id, r]));
        await recordAccess(
          this.ctx.db,
          this.ctx,
          claims.map((c) => ({ patientId: c.patientId, action: "referral.read", basis: `REIMBURSEMENT_CLAIM:${c.id}` })),
        );
        return claims.map((c) => byId.get(c.referralId) ?? notFound("Referral", c.referralId));
      },
      { cacheKeyFn: (claim) => claim.id },
    );
  }

  /** A claim's patient, read on the strength of the claim's own authorisation; one access-log insert per batch. */
  private get claimPatientLoader() {
    return this.ctx.loaders.supplied<ReimbursementClaimRow, PatientRow, string>(
      "reimbursement-claim:patient",
      async (claims) => {
        const rows = await this.ctx.db
          .select()
          .from(patients)
          .where(anyOf(patients.id, [...new Set(claims.map((c) => c.patientId))]));
        const byId = new Map(rows.map((r) => [r.id, r]));
        await recordAccess(
          this.ctx.db,
          this.ctx,
          claims.map((c) => ({ patientId: c.patientId, action: "patient.read", basis: `REIMBURSEMENT_CLAIM:${c.id}` })),
        );
        return claims.map((c) => byId.get(c.patientId) ?? notFound("Patient", c.patientId));
      },
      { cacheKeyFn: (claim) => claim.id },
    );
  }

  constructor(private readonly ctx: ServiceContext) {}

  async get(globalId: string): Promise<ReimbursementClaimRow> {
    const claim = await findByGlobalId(this.ctx.db, reimbursementClaims, "ReimbursementClaim", globalId);
    const decision = authorise(this.ctx.principal, "reimbursement-claim:read", {
      patientIdentifiers: await identifierKeysOf(this.ctx, claim.patientId),
    });
    await recordAccess(this.ctx.db, this.ctx, [{ patientId: claim.patientId, action: "reimbursement.read", basis: decision.basis }]);
    return claim;
  }

  /** SGK's work queue and auditors' view; the portal's person sees their own claims. */
  async list(
    filter: { status?: ReimbursementClaimRow["status"] | null; referralId?: string | null },
    args: PageArgs,
  ): Promise<Page<ReimbursementClaimRow>> {
    const { visible, basis } = this.visibleClaims();
    const where = and(
      visible,
      filter.status ? eq(reimbursementClaims.status, filter.status) : undefined,
      filter.referralId
        ? eq(reimbursementClaims.referralId, localIdOf(filter.referralId, "Referral", ["filter", "referralId"]))
        : undefined,
    );
    const page = await tablePage(this.ctx.db, reimbursementClaims, {
      where,
      orderBy: [reimbursementClaims.createdAt, reimbursementClaims.id],
      keyOf: (row: ReimbursementClaimRow) => [row.createdAt.toISOString(), row.id],
      args,
    });
    await recordAccess(
      this.ctx.db,
      this.ctx,
      page.nodes.map((claim) => ({ patientId: claim.patientId, action: "reimbursement.list", basis })),
    );
    return page;
  }

  /** The claim's steps, oldest first, read through the request's history loader. */
  history(claimId: string) {
    return this.ctx.loaders.reimbursementClaimHistory.load(claimId);
  }

  referralOf(claim: ReimbursementClaimRow): Promise<ReferralRow> {
    return this.claimReferralLoader.load(claim);
  }

  patientOf(claim: ReimbursementClaimRow): Promise<PatientRow> {
    return this.claimPatientLoader.load(claim);
  }

  /** Which claims the caller lists, and the basis the access log records for them. */
  private visibleClaims(): { visible: SQL | undefined; basis: string } {
    const { principal } = this.ctx;
    const { scope } = principal;
    if (principal.role === "EGOV_PORTAL" && scope.kind === "PERSON") {
      const visible = exists(
        this.ctx.db
          .select({ one: sql`1` })
          .from(patientIdentifiers)
          .where(
            and(
              eq(patientIdentifiers.patientId, reimbursementClaims.patientId),
              eq(patientIdentifiers.kind, scope.identifierKind),
              eq(patientIdentifiers.value, scope.identifierValue),
              eq(patientIdentifiers.issuingCountry, scope.issuingCountry),
            ),
          ),
      );
      return { visible, basis: "SELF" };
    }
    const decision = authorise(principal, "reimbursement-claim:list");
    return { visible: undefined, basis: decision.basis };
  }
}
