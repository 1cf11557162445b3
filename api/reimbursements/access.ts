import { audienceOf } from "../auth/authorise.js";
import { identifierKey } from "../patients/identifier-rules.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";

/** The patient's identifier keys, which only a person-scoped portal's decision depends on; the others are spared the read. */
export async function identifierKeysOf(ctx: ServiceContext, patientId: string): Promise<string[]> {
  if (ctx.principal.scope.kind !== "PERSON") return [];
  const identifiers = await ctx.loaders.identifiersByPatientId.load(patientId);
  return identifiers.map((i) => identifierKey(i.kind, i.value, i.issuingCountry));
}

/** Who hears of a claim's steps; read before the transaction (loaders may not run inside one). */
export async function claimAudienceOf(ctx: ServiceContext, patientId: string) {
  const identifiers = await ctx.loaders.identifiersByPatientId.load(patientId);
  return audienceOf("reimbursement-claim:read", {
    patientIdentifiers: identifiers.map((i) => identifierKey(i.kind, i.value, i.issuingCountry)),
  });
}
