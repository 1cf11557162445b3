import { ANY_ROLE, definePolicy } from "../auth/actions.js";
import { allow, audienceOf, deny, type AccessDecision, type Audience } from "../auth/policy.js";
import { personKey, type Principal } from "../auth/principal.js";

/** The insurer that pays referral travel and daily allowance in Türkiye (REIMB-*). */
export const SGK_INSURER_CODE = "SGK";

/** REIMB-11: SGK's provincial offices record, calculate, approve, reject and pay claims; SGK keeps the tariff tables. */
export function decideReimbursementWork(principal: Principal, action: string): AccessDecision {
  return principal.role === "INSURER" && principal.scope.kind === "INSURER" && principal.scope.insurerCode === SGK_INSURER_CODE
    ? allow(`INSURER:${SGK_INSURER_CODE}`)
    : deny(`only SGK (insurer:${SGK_INSURER_CODE}) may ${action}`, "REIMB-11");
}

/** What decides who reads a claim or a patient's SGK insurance: the patient's identifiers as `KIND:VALUE`. */
export interface ClaimantFacts {
  patientIdentifiers: string[];
}

/** A claim is read by SGK, auditors, and the e-government portal acting for the claimant. */
export function decideReimbursementClaimRead(principal: Principal, facts: ClaimantFacts): AccessDecision {
  if (principal.role === "AUDITOR") return allow("NATIONAL_SCOPE");
  if (principal.role === "EGOV_PORTAL" && principal.scope.kind === "PERSON")
    return facts.patientIdentifiers.includes(personKey(principal.scope))
      ? allow("SELF")
      : deny("an e-government portal reads only its person's claims");
  return decideReimbursementWork(principal, "read reimbursement claims");
}

/** A quote on a stored referral: whoever may read the referral, SGK, or the portal acting for the referred patient. */
export function decideReimbursementQuote(
  principal: Principal,
  facts: { referralReadable: boolean; patientIdentifiers: string[] },
): AccessDecision {
  if (facts.referralReadable) return allow("REFERRAL_READER");
  return decideReimbursementClaimRead(principal, facts);
}

/** REIMB-14's half-years without a coefficient: as the read-gaps action — the coordination unit, auditors and SGK. */
export const coefficientGapAudience = (): Audience => ["COORDINATION_UNIT", "AUDITOR", audienceOf.insurer(SGK_INSURER_CODE)];

/** Reimbursement claims: as decideReimbursementClaimRead — SGK, auditors and the claimant's portal. */
export const reimbursementClaimAudience = (facts: ClaimantFacts): Audience => [
  "AUDITOR",
  audienceOf.insurer(SGK_INSURER_CODE),
  ...audienceOf.persons(facts.patientIdentifiers),
];

const SGK = ["INSURER"] as const;
const CLAIM_READERS = ["INSURER", "AUDITOR", "EGOV_PORTAL"] as const;
const QUOTERS = [
  "PARTNER_HOSPITAL",
  "COORDINATION_UNIT",
  "AUDITOR",
  "EMERGENCY_112",
  "PROVINCIAL_CRISIS_CENTRE",
  "NATIONAL_CRISIS_CENTRE",
  "INSURER",
  "EGOV_PORTAL",
] as const;

/** SGK's work: the door lets in insurers, the decision only SGK (REIMB-11); `reason` completes "only SGK may …". */
const sgkWork = (phrase: string, reason: string) => ({
  roles: SGK,
  phrase,
  decide: (principal: Principal) => decideReimbursementWork(principal, reason),
});

/** SGK travel and daily-allowance reimbursements (REIMB-1..15): named actions (api/auth/actions.ts). */
export const reimbursementPolicy = definePolicy({
  /** A what-if statement: for a stored referral, its readers, SGK and the referred patient's portal; explicit facts, any of the door's roles. */
  "reimbursement:quote": { roles: QUOTERS, phrase: "quote reimbursement for this referral", decide: decideReimbursementQuote },
  "reimbursement-claim:read": {
    roles: CLAIM_READERS,
    phrase: "read this reimbursement claim",
    decide: decideReimbursementClaimRead,
    audience: reimbursementClaimAudience,
  },
  /** The portal's list holds its person's claims only (filtered in SQL, claim-reads.ts `visibleClaims`). */
  "reimbursement-claim:list": {
    roles: CLAIM_READERS,
    phrase: "list reimbursement claims",
    decide: (principal: Principal) =>
      principal.role === "EGOV_PORTAL" && principal.scope.kind === "PERSON"
        ? allow("SELF")
        : decideReimbursementClaimRead(principal, { patientIdentifiers: [] }),
  },
  "reimbursement-claim:submit": sgkWork("record this claim", "record reimbursement claims"),
  "reimbursement-claim:calculate": sgkWork("calculate this claim", "calculate reimbursement claims"),
  "reimbursement-claim:approve": sgkWork("approve this claim", "approve reimbursement claims"),
  "reimbursement-claim:reject": sgkWork("reject this claim", "reject reimbursement claims"),
  "reimbursement-claim:pay": sgkWork("pay this claim", "pay reimbursement claims"),
  "sgk-insurance:read": {
    roles: CLAIM_READERS,
    phrase: "read this patient's SGK insurance status",
    decide: decideReimbursementClaimRead,
  },
  "sgk-insurance:record": sgkWork("record SGK insurance status", "record SGK insurance status"),
  "reimbursement-settings:read": { roles: ANY_ROLE, phrase: "read the reimbursement settings" },
  "reimbursement-settings:update": sgkWork("change the reimbursement settings", "change the reimbursement settings"),
  "civil-servant-coefficient:read": { roles: ANY_ROLE, phrase: "read the civil-servant coefficients" },
  "civil-servant-coefficient:set": sgkWork("add a coefficient period", "keep the civil-servant coefficient table"),
  /** REIMB-14: the coordination unit and auditors nationally, and SGK. */
  "civil-servant-coefficient:read-gaps": {
    roles: ["COORDINATION_UNIT", "INSURER", "AUDITOR"],
    phrase: "read the coefficient gaps",
    decide: (principal: Principal) =>
      principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR"
        ? allow("NATIONAL_SCOPE")
        : decideReimbursementWork(principal, "read the coefficient gaps"),
    audience: coefficientGapAudience,
  },
  "regular-fare-tariff:read": { roles: ANY_ROLE, phrase: "read the regular fare tariffs" },
  "regular-fare-tariff:set": sgkWork("add a regular fare tariff", "keep the regular fare tariffs"),
  "road-distance:read": { roles: ANY_ROLE, phrase: "read road distances" },
  "road-distance:set": sgkWork("set a road distance", "keep the road distances"),
  "settlement-area:read": { roles: ANY_ROLE, phrase: "read settlement areas" },
  "settlement-area:set": sgkWork("set a settlement area", "keep the settlement areas"),
});
