import type { IdentifierKind, Role, ScopeKind } from "../../drizzle/schema/index.js";
import { identifierKey } from "../patients/identifier-rules.js";
import type { ClientPolicyOverrides } from "./client-policy.js";

/** The identifier a person-scoped principal acts for, in the form `identifierKey` gives. */
export const personKey = (scope: Extract<Scope, { kind: "PERSON" }>) =>
  identifierKey(scope.identifierKind, scope.identifierValue, scope.issuingCountry ?? "");

export type Scope =
  | { kind: "NATIONAL" }
  | { kind: "FACILITY"; facilityId: string; facilityCode: string }
  | { kind: "PROVINCE"; provinceCode: string }
  | { kind: "INSURER"; insurerCode: string }
  | { kind: "ORGANISATION"; organisationCode: string }
  | {
      kind: "PERSON";
      identifierKind: IdentifierKind;
      identifierValue: string;
      /** Passports only; "" otherwise. */ issuingCountry: string;
    };

/** Who is calling: an OAuth2 client with one role and one scope (DOMAIN §0). */
export interface Principal {
  clientId: string;
  role: Role;
  scope: Scope;
  /** The client's own limits, where its record sets any. */
  policy?: ClientPolicyOverrides;
  /** The person signed in through the client (a staff account, api/staff); none for a machine's client credentials. */
  person?: { id: string; username: string; displayName: string };
}

/** The operations console's public OIDC client (examples/console): the people signed in through it act as its principals. */
export const CONSOLE_CLIENT_ID = "koordinat-console";

/**
 * Whose rate-limit bucket and subscription allowance a call draws on: the client's, or, for a person signed in
 * through a client (every person of the operations console shares its client id), that person's own.
 */
export const callerKey = (principal: Pick<Principal, "clientId" | "person">) =>
  principal.person ? `${principal.clientId}/${principal.person.id}` : principal.clientId;

/** Who did something, as histories record it: the client, its role, and the person behind it when one signed in. */
export const actorOf = (principal: Principal) => ({
  clientId: principal.clientId,
  role: principal.role,
  actorPerson: principal.person?.id ?? null,
});

/** Each role acts within exactly one kind of scope. */
export const scopeKindOfRole: Record<Role, ScopeKind> = {
  PARTNER_HOSPITAL: "FACILITY",
  PROVINCIAL_DIRECTORATE: "PROVINCE",
  COORDINATION_UNIT: "NATIONAL",
  DEPARTMENT_HEAD: "NATIONAL",
  DEPUTY_GENERAL_DIRECTOR: "NATIONAL",
  GENERAL_DIRECTOR: "NATIONAL",
  EMERGENCY_112: "PROVINCE",
  PROVINCIAL_CRISIS_CENTRE: "PROVINCE",
  NATIONAL_CRISIS_CENTRE: "NATIONAL",
  INSURER: "INSURER",
  EGOV_PORTAL: "PERSON",
  PHC_ORGANISATION: "ORGANISATION",
  AUDITOR: "NATIONAL",
};

/** The scope value as stored and as written on the command line (`facility:100123`, `person:TCKN:…`). */
export function describeScope(scope: Scope): string {
  switch (scope.kind) {
    case "NATIONAL":
      return "national";
    case "FACILITY":
      return `facility:${scope.facilityCode}`;
    case "PROVINCE":
      return `province:${scope.provinceCode}`;
    case "INSURER":
      return `insurer:${scope.insurerCode}`;
    case "ORGANISATION":
      return `organisation:${scope.organisationCode}`;
    case "PERSON":
      return `person:${identifierKey(scope.identifierKind, scope.identifierValue, scope.issuingCountry)}`;
  }
}
