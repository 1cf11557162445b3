import { definePolicy } from "../auth/actions.js";
import { allow, audienceOf, deny, type Audience } from "../auth/policy.js";
import { decideFacilityOperation } from "../facilities/policy.js";
import type { Principal } from "../auth/principal.js";
import { facilityActions, type HtAction } from "./rules.js";

const CASE_PARTIES = ["PARTNER_HOSPITAL", "COORDINATION_UNIT", "AUDITOR"] as const;

/** Health-tourism cases: the unit, auditors, and the facility once the case is forwarded to it. */
export const healthTourismAudience = (facilityId: string | null): Audience => [
  "COORDINATION_UNIT",
  "AUDITOR",
  ...(facilityId ? [audienceOf.facility(facilityId)] : []),
];

/** Who reads a case: the unit and auditors, and the facility it was forwarded to (PAT-3). */
function decideCaseRead(principal: Principal, facts: { facilityId: string | null }) {
  if (principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR") return allow("NATIONAL_SCOPE");
  return facts.facilityId && principal.scope.kind === "FACILITY" && principal.scope.facilityId === facts.facilityId
    ? allow("CASE_FACILITY")
    : deny("a facility reads only the cases forwarded to it", "PAT-3");
}

/** The unit takes the steps of its own; the facility's International Health Tourism Unit takes the others (HT-1, HT-3). */
const unitOnly = (principal: Principal) =>
  principal.role === "COORDINATION_UNIT" ? allow("NATIONAL_SCOPE") : deny("the coordination unit takes this step", "HT-1");

function decideCaseMove(principal: Principal, facts: { action: HtAction; facilityId: string | null }) {
  if (!facilityActions.has(facts.action)) return unitOnly(principal);
  return facts.facilityId
    ? decideFacilityOperation(principal, facts.facilityId, "act on health-tourism cases")
    : deny("no facility yet", "HT-3");
}

/** Health-tourism cases (HT-1..8): named actions (api/auth/actions.ts). */
export const healthTourismPolicy = definePolicy({
  "health-tourism-case:read": {
    roles: CASE_PARTIES,
    phrase: "read this case",
    decide: decideCaseRead,
    audience: (facts: { facilityId: string | null }) => healthTourismAudience(facts.facilityId),
  },
  /** The list holds the unit's and auditors' cases, or a facility's own (filtered in SQL by the same rule). */
  "health-tourism-case:list": { roles: CASE_PARTIES, phrase: "list cases" },
  "health-tourism-case:open": { roles: ["COORDINATION_UNIT"], phrase: "open health-tourism cases", decide: unitOnly },
  "health-tourism-case:move": { roles: ["PARTNER_HOSPITAL", "COORDINATION_UNIT"], phrase: "move this case", decide: decideCaseMove },
});
