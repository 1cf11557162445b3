import { forbidden } from "../platform/conventions/errors.js";
import { decideWith, type AudienceFactsOf } from "./actions.js";
import { actionRule, actions, type ActionFacts, type ActionName } from "./actions-registry.js";
import type { AccessDecision, Audience } from "./policy.js";
import type { Principal } from "./principal.js";

type Allowed = Extract<AccessDecision, { allowed: true }>;

/** The decision of a named action (api/auth/actions.ts) for this principal and object, without throwing. */
export function decide<A extends ActionName>(principal: Principal, action: A, ...facts: FactsArg<A>): AccessDecision {
  return decideWith(actionRule(action), principal, facts[0]);
}

type FactsArg<A extends ActionName> = ActionFacts<A> extends void ? [] : [facts: ActionFacts<A>];

/**
 * Asserts a named action before a service touches the object: `authorise(principal, "appointment:book", facts)`
 * returns the allowed decision (its `basis` goes to the access log) or throws FORBIDDEN ("Not allowed to <phrase>:
 * <reason>", `extensions.action` the action's name, `extensions.rule` the rule).
 */
export function authorise<A extends ActionName>(principal: Principal, action: A, ...facts: FactsArg<A>): Allowed {
  return authorised(decide(principal, action, ...facts), action);
}

/**
 * Asserts a decision already taken with `decide(principal, action, facts)` — where decisions are taken in a batch
 * (PatientService's PAT-3 reads) and asserted one by one — exactly as `authorise` would.
 */
export function authorised(decision: AccessDecision, action: ActionName): Allowed {
  if (!decision.allowed) throw forbidden(actionRule(action).phrase, decision.reason, decision.rule, { action });
  return decision;
}

/** Who hears of a subject's events: the audience its read action declares, for the subject's facts. */
export function audienceOf<A extends { [K in ActionName]: (typeof actions)[K] extends { audience: unknown } ? K : never }[ActionName]>(
  action: A,
  facts: AudienceFactsOf<(typeof actions)[A]>,
): Audience {
  return (actionRule(action).audience as (facts: unknown) => Audience)(facts);
}
