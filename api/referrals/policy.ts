import type { ReferralStatus } from "../../drizzle/schema/index.js";
import { definePolicy } from "../auth/actions.js";
import { allow, audienceOf, deny, type AccessDecision, type Audience } from "../auth/policy.js";
import { decideFacilityOperation } from "../facilities/policy.js";
import type { Principal } from "../auth/principal.js";
import { checkSearchHolder, isSearchLevel, mayFollowSearch, SEARCH_LEVELS } from "./bed-search/rules.js";
import { destinationActions, type ReferralAction } from "./rules.js";

const CASE_PARTIES = ["PARTNER_HOSPITAL", "COORDINATION_UNIT", "AUDITOR"] as const;
const REFERRERS = ["PARTNER_HOSPITAL", "COORDINATION_UNIT"] as const;

/** A referral's parties, and the province of its bed searches (all in the origin's province), if it has any. */
export interface ReferralFacts {
  originFacilityId: string;
  destinationFacilityId: string | null;
  searchProvince?: string | null;
}

const provinceOf = (principal: Principal) => (principal.scope.kind === "PROVINCE" ? principal.scope.provinceCode : null);

/** REF-2 and ER-6: the two facilities and the national side read a referral; 112 and the crisis centres that of a search they follow. */
export function decideReferralRead(principal: Principal, facts: ReferralFacts): AccessDecision {
  if (principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR") return allow("NATIONAL_SCOPE");
  if (principal.scope.kind === "FACILITY" && [facts.originFacilityId, facts.destinationFacilityId].includes(principal.scope.facilityId))
    return allow("PARTY");
  if (
    facts.searchProvince &&
    mayFollowSearch({ role: principal.role, provinceCode: provinceOf(principal) }, { provinceCode: facts.searchProvince })
  )
    return allow(`BED_SEARCH:${facts.searchProvince}`);
  return deny("only the two facilities and the coordination side read a referral", "REF-2");
}

/** Referrals: the two facilities and the national coordination side (REF-2); with a bed search, its province's centres (ER-6). */
export function referralAudience(
  referral: { originFacilityId: string; destinationFacilityId: string | null },
  searchProvince?: string,
): Audience {
  return [
    "COORDINATION_UNIT",
    "AUDITOR",
    audienceOf.facility(referral.originFacilityId),
    ...(referral.destinationFacilityId ? [audienceOf.facility(referral.destinationFacilityId)] : []),
    ...(searchProvince
      ? [
          audienceOf.province("EMERGENCY_112", searchProvince),
          audienceOf.province("PROVINCIAL_CRISIS_CENTRE", searchProvince),
          "NATIONAL_CRISIS_CENTRE",
        ]
      : []),
  ];
}

/** REF-2: the destination accepts, rejects, records arrival and completion; the origin places, cancels and escalates (TP-4). */
export function decideReferralMove(principal: Principal, facts: ReferralFacts & { status: ReferralStatus; action: ReferralAction }) {
  const destinationAct = destinationActions.has(facts.action);
  if (principal.role === "COORDINATION_UNIT" && !destinationAct && facts.action !== "escalate") return allow("NATIONAL_SCOPE");
  if (facts.status === "ESCALATED") return deny("an escalated referral is placed by the coordination unit", "TP-4");
  const facility = destinationAct ? facts.destinationFacilityId : facts.originFacilityId;
  const decision = facility
    ? decideFacilityOperation(principal, facility, `${facts.action} referrals`)
    : deny("no facility for this action");
  return decision.allowed && principal.role === "COORDINATION_UNIT" && destinationAct
    ? deny("the destination hospital, not the coordination unit, accepts and reports", "REF-2")
    : decision;
}

/** Referrals (REF-1, REF-2, TP-1..5) and the emergency bed search (ER-1..8): named actions (api/auth/actions.ts). */
export const referralPolicy = definePolicy({
  "referral:read": {
    roles: [...CASE_PARTIES, ...SEARCH_LEVELS],
    phrase: "read this referral",
    decide: decideReferralRead,
    audience: (facts: ReferralFacts) => referralAudience(facts, facts.searchProvince ?? undefined),
  },
  /** A hospital's queues, or every referral for the national side (the list's SQL holds the same rule, list-query.ts). */
  "referral:list": { roles: CASE_PARTIES, phrase: "list referrals" },
  "referral:create": {
    roles: REFERRERS,
    phrase: "create this referral",
    decide: (principal: Principal, facts: { originFacilityId: string }) =>
      decideFacilityOperation(principal, facts.originFacilityId, "refer patients"),
  },
  "referral:move": { roles: REFERRERS, phrase: "move this referral", decide: decideReferralMove },
  /** ER-1: the referring hospital asks for a bed. */
  "bed-search:start": {
    roles: REFERRERS,
    phrase: "start a bed search",
    decide: (principal: Principal, facts: { originFacilityId: string }) =>
      decideFacilityOperation(principal, facts.originFacilityId, "request beds"),
  },
  /** ER-6: the national side, the centres following the search's province, and the referral's parties. */
  "bed-search:read": {
    roles: [...CASE_PARTIES, ...SEARCH_LEVELS],
    phrase: "read this bed search",
    decide: (principal: Principal, facts: ReferralFacts & { searchProvince: string }) => decideReferralRead(principal, facts),
    audience: (facts: ReferralFacts & { searchProvince: string }) => referralAudience(facts, facts.searchProvince),
  },
  "bed-search:list": {
    roles: ["COORDINATION_UNIT", "AUDITOR", ...SEARCH_LEVELS],
    phrase: "list bed searches",
    decide: (principal: Principal) =>
      isSearchLevel(principal.role) || principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR"
        ? allow(`ROLE:${principal.role}`)
        : deny("bed searches are the 112 and crisis centres' work", "ER-6"),
  },
  /** ER-6: only the level holding the search offers a bed or escalates, and below the national level only in its province. */
  "bed-search:act": {
    roles: SEARCH_LEVELS,
    phrase: "act on this search",
    decide: (principal: Principal, facts: { level: (typeof SEARCH_LEVELS)[number]; searchProvince: string }) => {
      const [refusal] = checkSearchHolder(facts.level, facts.searchProvince, { role: principal.role, provinceCode: provinceOf(principal) });
      return refusal ? deny(refusal.message, "ER-6") : allow(`BED_SEARCH:${facts.searchProvince}`);
    },
  },
  /** ER-5: 112 transfers (whether it holds this search is a userError of the step, `checkSearchHolder`). */
  "bed-search:transfer": { roles: ["EMERGENCY_112"], phrase: "transfer the patient" },
  "bed-search:report-time": {
    roles: ["COORDINATION_UNIT", "AUDITOR", "NATIONAL_CRISIS_CENTRE"],
    phrase: "read the time-to-bed report",
  },
});
