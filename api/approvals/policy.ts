import { definePolicy } from "../auth/actions.js";
import type { Role } from "../../drizzle/schema/index.js";
import { allow, deny, type AccessDecision, type Audience } from "../auth/policy.js";
import type { Principal } from "../auth/principal.js";

/** The ministry's staff who decide steps: the approvers and the preparing unit (its own PREPARER steps). */
const DECIDERS = ["COORDINATION_UNIT", "DEPARTMENT_HEAD", "DEPUTY_GENERAL_DIRECTOR", "GENERAL_DIRECTOR"] as const;
const READERS = [...DECIDERS, "AUDITOR"] as const;

/** The ministry's internal approval chains are read by its national staff and auditors only. */
const approvalReaders: ReadonlySet<Role> = new Set(READERS);

export function decideApprovalRead(principal: Principal): AccessDecision {
  return approvalReaders.has(principal.role) ? allow("NATIONAL_SCOPE") : deny("approval chains are internal to the ministry");
}

/** Approval chains: the ministry's national staff and auditors (decideApprovalRead). */
export const approvalAudience = (): Audience => [...approvalReaders];

/** APR-8 / APR-6: templates and department heads are kept by the coordination unit, and by no one else. */
function decideTemplateKeeping(principal: Principal): AccessDecision {
  return principal.role === "COORDINATION_UNIT"
    ? allow("TEMPLATE_KEEPER")
    : deny("approval templates and department heads are kept by the coordination unit", "APR-8");
}

/** The coordination unit prepares subjects and resubmits them after a RETURN. */
function decidePreparation(principal: Principal): AccessDecision {
  return principal.role === "COORDINATION_UNIT" ? allow("PREPARING_UNIT") : deny("subjects are prepared by the coordination unit");
}

/**
 * Approval chains (APR-1..13) as named actions (api/auth/actions.ts). Who decides a given step (its role, the
 * chain's department, never the preparer) is a business rule answered with userErrors (APR-2, APR-6), not a door.
 */
export const approvalPolicy = definePolicy({
  "approval:read": {
    roles: READERS,
    phrase: "read approvals",
    decide: (principal: Principal) => decideApprovalRead(principal),
    audience: () => approvalAudience(),
  },
  "approval:prepare": { roles: ["COORDINATION_UNIT"], phrase: "prepare an approval", decide: decidePreparation },
  "approval:decide": { roles: DECIDERS, phrase: "decide an approval step" },
  "approval-template:keep": { roles: ["COORDINATION_UNIT"], phrase: "keep approval templates", decide: decideTemplateKeeping },
});
