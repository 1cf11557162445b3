import { definePolicy } from "../auth/actions.js";
import { allow, deny, type AccessDecision } from "../auth/policy.js";
import type { Principal } from "../auth/principal.js";

export function decideAccessLogRead(principal: Principal): AccessDecision {
  return principal.role === "AUDITOR" ? allow("AUDITOR") : deny("only auditors read the access log");
}

/** The access log (PAT-3): auditors read it, no one writes it but the services (named actions, api/auth/actions.ts). */
export const auditPolicy = definePolicy({
  "access-log:read": { roles: ["AUDITOR"], phrase: "read the access log", decide: decideAccessLogRead },
});
