import { ANY_ROLE, definePolicy } from "../auth/actions.js";
import { allow, decideFacilityOperation, decideFacilityWrite, deny } from "../auth/policy.js";
import type { Principal } from "../auth/principal.js";
import { decideFreeBedSearch } from "./rules.js";

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
