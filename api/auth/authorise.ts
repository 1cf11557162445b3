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
export function authorise<A extends ActionName>(principal: Principal, action: A, ...facts: FactsArg<A>): Allowed;
/** @deprecated The form before named actions (a decision and a phrase); for domains not yet moved. */
export function authorise(decision: AccessDecision, action: string): asserts decision is Allowed;
export function authorise(first: Principal | AccessDecision, action: string, ...facts: unknown[]): Allowed | void {
  if ("allowed" in first) {
    if (!first.allowed) throw forbidden(action, first.reason, first.rule);
    return first;
  }
  const rule = actionRule(action as ActionName);
  const decision = decideWith(rule, first, facts[0]);
  if (!decision.allowed) throw forbidden(rule.phrase, decision.reason, decision.rule, { action });
  return decision;
}

/** Who hears of a subject's events: the audience its read action declares, for the subject's facts. */
export function audienceOf<A extends { [K in ActionName]: (typeof actions)[K] extends { audience: unknown } ? K : never }[ActionName]>(
  action: A,
  facts: AudienceFactsOf<(typeof actions)[A]>,
): Audience {
  return (actionRule(action).audience as (facts: unknown) => Audience)(facts);
}
