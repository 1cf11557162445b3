import { ANY_ROLE, definePolicy } from "../auth/actions.js";
import type { KzRequestRow } from "../../drizzle/schema/index.js";
import { allow, audienceOf, deny, type AccessDecision, type Audience } from "../auth/policy.js";
import { personKey, type Principal } from "../auth/principal.js";
import { decidePatientRead } from "../patients/policy.js";
import { decideLegalRepresentative } from "./rules.js";

/** A Kazakh insurance contract by its ID: the insurer that registered it, the insured person's portal, auditors. */
export function decideInsuranceContractRead(principal: Principal, contract: { insurerCode: string; insuredIin: string }): AccessDecision {
  const { scope } = principal;
  if (principal.role === "AUDITOR") return allow("NATIONAL_SCOPE");
  if (principal.role === "INSURER" && scope.kind === "INSURER" && scope.insurerCode === contract.insurerCode)
    return allow(`INSURER:${scope.insurerCode}`);
  if (principal.role === "EGOV_PORTAL" && scope.kind === "PERSON" && personKey(scope) === `IIN:${contract.insuredIin}`)
    return allow("SELF");
  return deny("an insurance contract is read by its insurer, the insured person and auditors", "KZ-2");
}

/** KZ: insurers register their own contracts; PHC organisations handle their own requests and services. */
export function decideKzInsurer(principal: Principal, insurerCode?: string): AccessDecision {
  if (principal.role !== "INSURER" || principal.scope.kind !== "INSURER") return deny("only an insurer registers insurance contracts");
  return !insurerCode || insurerCode === principal.scope.insurerCode
    ? allow(`INSURER:${principal.scope.insurerCode}`)
    : deny("an insurer registers its own contracts only");
}

export function decideKzOrganisation(principal: Principal, organisationCode: string): AccessDecision {
  if (principal.role === "PHC_ORGANISATION" && principal.scope.kind === "ORGANISATION") {
    return principal.scope.organisationCode === organisationCode
      ? allow(`ORGANISATION:${organisationCode}`)
      : deny("a PHC organisation handles its own register only");
  }
  return deny(`the role ${principal.role} does not handle attachment requests`);
}

/**
 * KZ attachment requests: the organisation and auditors, who read requests; the person's portal and
 * the contract's insurer read no request, only the attachment a request leads to (`attachment`), so
 * they hear of the attaching alone.
 */
export const attachmentRequestAudience = (facts: {
  status: KzRequestRow["status"];
  organisationCode: string;
  personIdentifiers: string[];
  insurerCode: string;
}): Audience => [
  "AUDITOR",
  audienceOf.organisation(facts.organisationCode),
  ...(facts.status === "ATTACHED" ? [audienceOf.insurer(facts.insurerCode), ...audienceOf.persons(facts.personIdentifiers)] : []),
];

/** KZ-7: an attachment decision past its deadline: the organisation that owes it, and the insurer whose insured waits. */
export const overdueAttachmentAudience = (facts: { organisationCode: string; insurerCode: string }): Audience => [
  "AUDITOR",
  audienceOf.organisation(facts.organisationCode),
  audienceOf.insurer(facts.insurerCode),
];

/** KZ-15: a contract about to end: the insured person's portal, the organisation they are attached to, the insurer. */
export const contractExpiryAudience = (facts: { insuredIin: string; organisationCode: string | null; insurerCode: string }): Audience => [
  "AUDITOR",
  audienceOf.insurer(facts.insurerCode),
  ...audienceOf.persons([`IIN:${facts.insuredIin}`]),
  ...(facts.organisationCode ? [audienceOf.organisation(facts.organisationCode)] : []),
];

/** Who applies for an attachment and for whom (KZ-5, KZ-10, KZ-11), as the service found them. */
export interface AttachmentSubmissionFacts {
  organisationCode: string;
  applicantRelation: "SELF" | "FAMILY_MEMBER" | "LEGAL_REPRESENTATIVE";
  /** The person's identifiers as `KIND:VALUE`. */
  personIdentifiers: string[];
  /** Who applies for someone else: the portal's own person, or the one the organisation's staff identified; null if unknown. */
  applicant: { isThePerson: boolean; iin: string } | null;
  /** The guardian on the person's record (KZ-11). */
  guardian: { identifierKind: string | null; identifierValue: string | null };
}

/** KZ-5 / KZ-10 / KZ-11: the organisation's staff file any request; a portal applies for its person, a family member, or a child it represents. */
export function decideAttachmentSubmission(principal: Principal, facts: AttachmentSubmissionFacts): AccessDecision {
  if (principal.role !== "EGOV_PORTAL") return decideKzOrganisation(principal, facts.organisationCode);
  const { scope } = principal;
  if (facts.applicantRelation === "SELF") {
    if (scope.kind !== "PERSON") return deny(`the role ${principal.role} does not handle appointments`);
    return facts.personIdentifiers.includes(personKey(scope))
      ? allow("SELF")
      : deny("an e-government portal books and reads only for the person it acts for");
  }
  if (!facts.applicant) return deny("a portal applies for others only for a person identified by IIN", "KZ-10");
  if (facts.applicant.isThePerson) return deny("a person applying for themself applies as SELF", "KZ-10");
  if (facts.applicantRelation === "LEGAL_REPRESENTATIVE")
    return decideLegalRepresentative(
      { guardianIdentifierKind: facts.guardian.identifierKind, guardianIdentifierValue: facts.guardian.identifierValue },
      facts.applicant.iin,
    );
  return allow("FAMILY_MEMBER_WITH_CONSENT");
}

/** What decides who reads a Kazakh person's attachment and guaranteed volume (gathered by `KazakhstanService`). */
export interface KzPersonFacts {
  /** The person's identifiers as `KIND:VALUE` (the IIN asked for when no one has it). */
  identifiers: string[];
  /** An insurer: whether it insures the person (KZ-2). */
  insuredByCaller: boolean;
  /** A PHC organisation: whether the person is attached, applying or served there (KZ-6). */
  knownToOrganisation: boolean;
  /** A minor's guardian on record, for the legal representative's portal (KZ-11); null for an adult or nobody. */
  minorGuardian: { identifierKind: string | null; identifierValue: string | null } | null;
}

/** An insurer reads the people it insures; a PHC organisation those attached, applying or served there; others as PAT-3. */
export function decideKzPersonRead(principal: Principal, facts: KzPersonFacts): AccessDecision {
  const { scope } = principal;
  if (principal.role === "INSURER" || principal.role === "PHC_ORGANISATION") {
    if (scope.kind === "INSURER")
      return facts.insuredByCaller ? allow(`INSURER:${scope.insurerCode}`) : deny("an insurer reads only the people it insures", "KZ-2");
    if (scope.kind === "ORGANISATION")
      return facts.knownToOrganisation
        ? allow(`ORGANISATION:${scope.organisationCode}`)
        : deny("a PHC organisation reads only the people attached, applying or served there", "KZ-6");
    return deny("not a Kazakh party");
  }
  const decision = decidePatientRead(principal, { identifiers: facts.identifiers, activeCareLinks: [] });
  // KZ-11: the portal of a child's legal representative reads the child's attachment (the notice reaches them).
  if (
    !decision.allowed &&
    facts.minorGuardian &&
    principal.role === "EGOV_PORTAL" &&
    scope.kind === "PERSON" &&
    scope.identifierKind === "IIN"
  )
    return decideLegalRepresentative(
      { guardianIdentifierKind: facts.minorGuardian.identifierKind, guardianIdentifierValue: facts.minorGuardian.identifierValue },
      scope.identifierValue,
    );
  return decision;
}

const organisationOnly = (principal: Principal, facts: { organisationCode: string }): AccessDecision =>
  principal.role === "PHC_ORGANISATION"
    ? decideKzOrganisation(principal, facts.organisationCode)
    : deny("only the PHC organisation handles its requests");

/** Kazakhstan (KZ-1..15): named actions (api/auth/actions.ts). */
export const kazakhstanPolicy = definePolicy({
  "kz-contract:register": {
    roles: ["INSURER"],
    phrase: "register insurance contracts",
    decide: (principal: Principal) => decideKzInsurer(principal),
  },
  "kz-contract:read": {
    roles: ["INSURER", "EGOV_PORTAL", "AUDITOR"],
    phrase: "read this insurance contract",
    decide: decideInsuranceContractRead,
  },
  "kz-eligibility:read": {
    roles: ["INSURER", "PHC_ORGANISATION", "AUDITOR", "EGOV_PORTAL"],
    phrase: "check employment eligibility",
    decide: (principal: Principal, facts: { iin: string }) => {
      const { scope } = principal;
      if (["INSURER", "PHC_ORGANISATION", "AUDITOR"].includes(principal.role)) return allow(`ROLE:${principal.role}`);
      return scope.kind === "PERSON" && scope.identifierKind === "IIN" && scope.identifierValue === facts.iin
        ? allow("SELF")
        : deny("employment eligibility is answered to insurers, PHC organisations, auditors and the person", "KZ-3");
    },
  },
  "kz-attachment:submit": {
    roles: ["EGOV_PORTAL", "PHC_ORGANISATION"],
    phrase: "submit this attachment request",
    decide: decideAttachmentSubmission,
  },
  "kz-attachment:file": { roles: ["PHC_ORGANISATION"], phrase: "file this request", decide: organisationOnly },
  "kz-attachment:decide": { roles: ["PHC_ORGANISATION"], phrase: "decide this request", decide: organisationOnly },
  /**
   * An organisation's requests, for it and auditors. Its events reach them, and on ATTACHED also the person's portal
   * and the contract's insurer, who read the attachment the request led to (`kz-person:read`), not the request.
   */
  "kz-attachment:read-requests": {
    roles: ["PHC_ORGANISATION", "AUDITOR"],
    phrase: "read this attachment request",
    decide: (principal: Principal, facts: { organisationCode: string }) =>
      principal.role === "AUDITOR" ? allow("NATIONAL_SCOPE") : decideKzOrganisation(principal, facts.organisationCode),
    audience: attachmentRequestAudience,
  },
  "kz-person:read": {
    roles: ["PHC_ORGANISATION", "INSURER", "COORDINATION_UNIT", "EGOV_PORTAL", "AUDITOR"],
    phrase: "read this person's attachment",
    decide: decideKzPersonRead,
  },
  "kz-service:record": {
    roles: ["PHC_ORGANISATION"],
    phrase: "record services",
    decide: (principal: Principal, facts: { organisationCode: string }) =>
      principal.role === "PHC_ORGANISATION"
        ? decideKzOrganisation(principal, facts.organisationCode)
        : deny("only a PHC organisation records services"),
  },
  "kz-disease:read": { roles: ANY_ROLE, phrase: "read the guaranteed diseases" },
});
