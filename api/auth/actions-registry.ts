import { appointmentPolicy } from "../appointments/policy.js";
import { approvalPolicy } from "../approvals/policy.js";
import { facilityPolicy } from "../facilities/policy.js";
import { geographyPolicy } from "../geography/policy.js";
import { healthTourismPolicy } from "../health-tourism/policy.js";
import { kazakhstanPolicy } from "../kazakhstan/policy.js";
import { patientPolicy } from "../patients/policy.js";
import { referralPolicy } from "../referrals/policy.js";
import { staffPolicy } from "../staff/policy.js";
import { webhookPolicy } from "../webhooks/policy.js";
import type { ActionRule, FactsOf } from "./actions.js";

/**
 * Every domain's named actions, in one table: the root-field door, `authorise()` and the event audiences read them
 * here. A domain moving to named actions adds its `policy.ts` to this list (names must not repeat: the spread would
 * silently keep the last, so `test/rules/policies.test.ts` counts them).
 */
export const policies = [
  appointmentPolicy,
  approvalPolicy,
  facilityPolicy,
  geographyPolicy,
  healthTourismPolicy,
  kazakhstanPolicy,
  patientPolicy,
  referralPolicy,
  staffPolicy,
  webhookPolicy,
] as const;

export const actions = {
  ...appointmentPolicy,
  ...approvalPolicy,
  ...facilityPolicy,
  ...geographyPolicy,
  ...healthTourismPolicy,
  ...kazakhstanPolicy,
  ...patientPolicy,
  ...referralPolicy,
  ...staffPolicy,
  ...webhookPolicy,
};

export type Actions = typeof actions;
export type ActionName = keyof Actions;
/** The facts `authorise(principal, action, facts)` takes for an action. */
export type ActionFacts<A extends ActionName> = FactsOf<Actions[A]>;

export const isActionName = (name: string): name is ActionName => name in actions;
export const actionRule = (name: ActionName): ActionRule<unknown> => actions[name] as ActionRule<unknown>;
