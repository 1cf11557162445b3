import type { Role } from "../../drizzle/schema/index.js";
import { personKey, type Principal } from "./principal.js";

/**
 * The machinery of authorisation decisions: what a decision is, and who an event reaches. The decisions themselves
 * are pure functions of the principal and the facts a service gathered, kept with their domain in
 * `api/<domain>/policy.ts` (named actions, api/auth/actions.ts); a denial names the rule.
 */
export type AccessDecision = { allowed: true; basis: string } | { allowed: false; reason: string; rule: string | null };

export const allow = (basis: string): AccessDecision => ({ allowed: true, basis });
export const deny = (reason: string, rule: string | null = null): AccessDecision => ({ allowed: false, reason, rule });

/**
 * Who may see an object, as audience keys recorded with each of its events: a national role alone
 * (`AUDITOR`: every such object), or a role within one scope (`PARTNER_HOSPITAL@facility:<id>`).
 * A domain's read action declares its subjects' audience (api/<domain>/policy.ts), taken at the time of the change.
 */
export type Audience = string[];

const scoped = (role: Role, scope: string) => `${role}@${scope}`;

/** The scoped audience keys, for the domains' audiences. */
export const audienceOf = {
  facility: (facilityId: string) => scoped("PARTNER_HOSPITAL", `facility:${facilityId}`),
  province: (role: Extract<Role, "PROVINCIAL_DIRECTORATE" | "EMERGENCY_112" | "PROVINCIAL_CRISIS_CENTRE">, provinceCode: string) =>
    scoped(role, `province:${provinceCode}`),
  /** `identifierKeys` as `KIND:VALUE` (identifierKey). */
  persons: (identifierKeys: string[]) => identifierKeys.map((key) => scoped("EGOV_PORTAL", `person:${key}`)),
  organisation: (organisationCode: string) => scoped("PHC_ORGANISATION", `organisation:${organisationCode}`),
  insurer: (insurerCode: string) => scoped("INSURER", `insurer:${insurerCode}`),
};

/** The keys a principal is reached by: its national role, or its role within its scope. */
export function audienceKeysOf(principal: Principal): string[] {
  const { scope, role } = principal;
  switch (scope.kind) {
    case "NATIONAL":
      return [role];
    case "FACILITY":
      return [scoped(role, `facility:${scope.facilityId}`)];
    case "PROVINCE":
      return [scoped(role, `province:${scope.provinceCode}`)];
    case "INSURER":
      return [scoped(role, `insurer:${scope.insurerCode}`)];
    case "ORGANISATION":
      return [scoped(role, `organisation:${scope.organisationCode}`)];
    case "PERSON":
      return [scoped(role, `person:${personKey(scope)}`)];
  }
}

/** An event reaches a client (webhook or subscription) only when the client could see its subject. */
export function decideEventDelivery(principal: Principal, audience: Audience): AccessDecision {
  const key = audienceKeysOf(principal).find((k) => audience.includes(k));
  return key ? allow(key) : deny("the client's role and scope do not see this event's subject");
}
