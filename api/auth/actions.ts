import type { Role } from "../../drizzle/schema/index.js";
import type { AccessDecision, Audience } from "./policy.js";
import type { Principal } from "./principal.js";

/**
 * Authorisation as named actions (`appointment:book`, `patient:read`, `kz-attachment:decide`). Each domain declares
 * its actions once, in `api/<domain>/policy.ts`:
 *
 *     export const appointmentPolicy = definePolicy({
 *       "appointment:book": {
 *         roles: ["PARTNER_HOSPITAL", "COORDINATION_UNIT", "EGOV_PORTAL"],   // the door (root-field table)
 *         phrase: "book this appointment",                                     // "Not allowed to book this appointment: …"
 *         decide: (principal, facts: AppointmentFacts) => decideAppointmentChange(principal, facts),
 *       },
 *       "appointment:read": { roles: […], phrase: "read this appointment", decide: …, audience: appointmentAudience },
 *     });
 *
 * and registers the policy in api/auth/actions-registry.ts. Then
 *   - the root-field table names the action: `"Mutation.bookAppointment": "appointment:book"` (its roles are the door);
 *   - the service asserts it before touching the object: `const allowed = authorise(principal, "appointment:book", facts)`
 *     (FORBIDDEN with the action's phrase and name, or the allowed decision whose `basis` goes to the access log);
 *   - a read action's `audience` is who hears of the subject's events (api/events), so an event reaches exactly the
 *     clients the read action would let in (test/rules/policies.test.ts compares the two).
 * Every domain declares its actions so; a root field outside them (the trusted documents) names its roles in the table.
 */
export const ANY_ROLE = "ANY_ROLE";

export interface ActionRule<Facts> {
  /** Which roles may call a root field that performs the action at all (the door, before any SQL). */
  roles: readonly Role[] | typeof ANY_ROLE;
  /** What is refused, as "Not allowed to <phrase>: <reason>". */
  phrase: string;
  /** The decision for one object; without it, holding one of `roles` is enough. */
  decide?: (principal: Principal, facts: Facts) => AccessDecision;
  /** For a read action: who may see the subject, as audience keys recorded with its events. */
  audience?: (facts: Facts) => Audience;
}

export type Policy = Record<string, ActionRule<never>>;

/** Declares a domain's actions; the names are `<subject>:<verb>` and unique across domains (the registry checks). */
export const definePolicy = <const P extends Record<string, ActionRule<any>>>(policy: P): P => policy;

/** The facts an action's decider needs (none when it decides by role alone). */
export type FactsOf<R> = R extends { decide: (...args: infer P) => AccessDecision }
  ? P extends [unknown, infer F, ...unknown[]]
    ? F
    : void
  : void;

/** The facts an action's audience is told from. */
export type AudienceFactsOf<R> = R extends { audience: (facts: infer F) => Audience } ? F : never;

/** The decision of an action declared with `rule` for `principal` and `facts`. */
export function decideWith<F>(rule: ActionRule<F>, principal: Principal, facts: F): AccessDecision {
  if (rule.decide) return rule.decide(principal, facts);
  return rule.roles === ANY_ROLE || rule.roles.includes(principal.role)
    ? { allowed: true, basis: `ROLE:${principal.role}` }
    : { allowed: false, reason: `the role ${principal.role} may not ${rule.phrase}`, rule: null };
}
