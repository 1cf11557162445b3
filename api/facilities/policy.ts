import { ANY_ROLE, definePolicy } from "../auth/actions.js";
import { allow, deny, type AccessDecision } from "../auth/policy.js";
import type { Principal } from "../auth/principal.js";
import { decideFreeBedSearch } from "./rules.js";

export interface FacilityFacts {
  facilityId: string | null;
  provinceCode: string | null;
}

/** Facility data is kept by the coordination unit, the facility's provincial directorate, and the facility itself. */
export function decideFacilityWrite(principal: Principal, facility: FacilityFacts): AccessDecision {
  const { scope } = principal;
  if (principal.role === "COORDINATION_UNIT") return allow("NATIONAL_SCOPE");
  if (principal.role === "PROVINCIAL_DIRECTORATE" && scope.kind === "PROVINCE") {
    return facility.provinceCode === scope.provinceCode
      ? allow(`PROVINCE:${scope.provinceCode}`)
      : deny(`a provincial directorate keeps only the facilities of province ${scope.provinceCode}`);
  }
  if (principal.role === "PARTNER_HOSPITAL" && scope.kind === "FACILITY" && facility.facilityId !== null) {
    return facility.facilityId === scope.facilityId ? allow("OWN_FACILITY") : deny("a hospital keeps only its own facility data");
  }
  return deny(`the role ${principal.role} does not keep facility data`);
}

/** What is done at one facility (schedules, physicians, referrals, cases): the facility itself, or the coordination unit. */
export function decideFacilityOperation(principal: Principal, facilityId: string, action: string): AccessDecision {
  if (principal.role === "COORDINATION_UNIT") return allow("NATIONAL_SCOPE");
  if (principal.role === "PARTNER_HOSPITAL" && principal.scope.kind === "FACILITY") {
    return principal.scope.facilityId === facilityId ? allow("OWN_FACILITY") : deny(`a hospital may ${action} only at its own facility`);
  }
  return deny(`the role ${principal.role} does not ${action}`);
}

const BED_SEARCH_LEVELS = ["EMERGENCY_112", "PROVINCIAL_CRISIS_CENTRE", "NATIONAL_CRISIS_CENTRE"] as const;

/** Facilities: public reference data, kept per facility (named actions, api/auth/actions.ts). */
export const facilityPolicy = definePolicy({
  "facility:read": { roles: ANY_ROLE, phrase: "read facilities" },
  "facility:create": {
    roles: ["COORDINATION_UNIT", "PROVINCIAL_DIRECTORATE"],
    phrase: "create this facility",
    decide: decideFacilityWrite,
  },
  "facility:update": {
    roles: ["COORDINATION_UNIT", "PROVINCIAL_DIRECTORATE", "PARTNER_HOSPITAL"],
    phrase: "change this facility",
    decide: decideFacilityWrite,
  },
  "facility:report-occupancy": {
    roles: ["PARTNER_HOSPITAL", "COORDINATION_UNIT"],
    phrase: "report this facility's occupancy",
    decide: (principal: Principal, facts: { facilityId: string }) =>
      decideFacilityOperation(principal, facts.facilityId, "report bed occupancy"),
  },
  /** ER-8 (ER-2..4 for who searches where). */
  "facility:search-free-beds": {
    roles: ["COORDINATION_UNIT", "AUDITOR", ...BED_SEARCH_LEVELS],
    phrase: "search free beds",
    decide: (principal: Principal, facts: { provinceCode: string | null }) => {
      const decision = decideFreeBedSearch(principal.role, facts.provinceCode);
      return decision.allowed
        ? allow(facts.provinceCode ? `PROVINCE:${facts.provinceCode}` : "NATIONAL_SCOPE")
        : deny(decision.reason, decision.rule);
    },
  },
});
