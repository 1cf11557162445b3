import { asc, eq } from "drizzle-orm";
import { patients, sgkInsuranceFacts } from "../../drizzle/schema/index.js";
import { recordAccess } from "../audit/access-log.js";
import { authorise } from "../auth/authorise.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import { inTransaction, staleVersion, violatedConstraint, type MutationResult } from "../platform/conventions/mutation.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { calendarDate } from "../platform/time/clock.js";
import { identifierKeysOf } from "./access.js";
import { checkInsuranceRecord, insuranceStatusOn, type InsuranceStatus } from "./rules/insurance.js";

/** REIMB-12: SGK insurance as SGK's own dated, append-only facts about a patient. */
export class SgkInsuranceService {
  constructor(private readonly ctx: ServiceContext) {}

  /** SGK records a patient's insurance status from a day on; `expectedVersion` is the number of facts it read. */
  async recordInsuranceStatus(input: {
    patientId: string;
    insured: boolean;
    effectiveFrom: string;
    reference: string;
    expectedVersion: number;
  }): Promise<MutationResult<InsuranceStatus>> {
    const decision = authorise(this.ctx.principal, "sgk-insurance:record");
    const patient = await findByGlobalId(this.ctx.db, patients, "Patient", input.patientId, ["input", "patientId"]);
    const errors = checkInsuranceRecord(input);
    if (errors.length > 0) return { value: null, userErrors: errors };
    const facts = await this.facts(patient.id);
    if (facts.length !== input.expectedVersion) throw staleVersion("SgkInsuranceStatus", input.expectedVersion, facts.length);
    const now = this.ctx.clock.now();
    try {
      await inTransaction(this.ctx, async (t) => {
        const { tx } = t;
        await tx.insert(sgkInsuranceFacts).values({
          patientId: patient.id,
          sequence: input.expectedVersion + 1,
          insured: input.insured,
          effectiveFrom: input.effectiveFrom,
          reference: input.reference.trim(),
          clientId: t.principal.clientId,
          at: now,
        });
        await recordAccess(tx, t, [{ patientId: patient.id, action: "sgkInsurance.record", basis: decision.basis }]);
      });
    } catch (error) {
      // Another SGK office recorded a fact for this patient in between: the count now is its version.
      if (violatedConstraint(error) === "sgk_insurance_facts_sequence_key")
        throw staleVersion("SgkInsuranceStatus", input.expectedVersion, (await this.facts(patient.id)).length);
      throw error;
    }
    return { value: await this.statusOf(patient.id, input.effectiveFrom), userErrors: [] };
  }

  /** The status on a day (today by default) with every recorded fact; SGK, auditors, and the portal for its person. */
  async insuranceStatus(patientGlobalId: string, on: string | null): Promise<InsuranceStatus> {
    const patient = await findByGlobalId(this.ctx.db, patients, "Patient", patientGlobalId, ["patientId"]);
    const decision = authorise(this.ctx.principal, "sgk-insurance:read", {
      patientIdentifiers: await identifierKeysOf(this.ctx, patient.id),
    });
    await recordAccess(this.ctx.db, this.ctx, [{ patientId: patient.id, action: "sgkInsurance.read", basis: decision.basis }]);
    return this.statusOf(patient.id, on ?? calendarDate(this.ctx.clock.now()));
  }

  /** The status on a day, for the claim and pre-referral checks (they have authorised the caller). */
  async statusOf(patientId: string, on: string): Promise<InsuranceStatus> {
    return insuranceStatusOn(patientId, await this.facts(patientId), on);
  }

  private facts(patientId: string) {
    return this.ctx.db
      .select()
      .from(sgkInsuranceFacts)
      .where(eq(sgkInsuranceFacts.patientId, patientId))
      .orderBy(asc(sgkInsuranceFacts.sequence));
  }
}
