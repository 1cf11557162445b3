import { forbidden } from "../platform/conventions/errors.js";
import type { AccessDecision } from "./policy.js";

/** Turns a denial into the FORBIDDEN error a service throws before touching the object. */
export function authorise(decision: AccessDecision, action: string): asserts decision is Extract<AccessDecision, { allowed: true }> {
  if (!decision.allowed) throw forbidden(action, decision.reason, decision.rule);
}
