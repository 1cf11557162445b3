import { eq } from "drizzle-orm";
import type { Executor } from "../../drizzle/database.js";
import { apiClients, facilities, identifierKind, provinces, role as roleEnum } from "../../drizzle/schema/index.js";
import type { ApiClientRow, IdentifierKind, Role } from "../../drizzle/schema/index.js";
import { policyOverridesOf, type ClientPolicyOverrides } from "./client-policy.js";
import { describeScope, scopeKindOfRole, type Principal, type Scope } from "./principal.js";
import { hashSecret, newClientId, newClientSecret, verifySecret } from "./secrets.js";

export interface NewClient {
  clientId: string;
  clientSecret: string;
  role: Role;
  scope: string;
}

export class ClientSetupError extends Error {}

/** Parses `national`, `facility:CODE`, `province:NN`, `insurer:CODE`, `organisation:CODE`, `person:KIND:VALUE`. */
export async function resolveScope(db: Executor, role: Role, text: string): Promise<Scope> {
  const [kind, ...rest] = text.split(":");
  const value = rest.join(":");
  const expected = scopeKindOfRole[role].toLowerCase();
  if (kind.toLowerCase() !== expected) {
    throw new ClientSetupError(`The role ${role} needs a ${expected} scope (got "${text}").`);
  }
  switch (scopeKindOfRole[role]) {
    case "NATIONAL":
      return { kind: "NATIONAL" };
    case "FACILITY": {
      const [facility] = await db.select({ id: facilities.id, code: facilities.code }).from(facilities).where(eq(facilities.code, value));
      if (!facility) throw new ClientSetupError(`No facility has the code "${value}".`);
      return { kind: "FACILITY", facilityId: facility.id, facilityCode: facility.code };
    }
    case "PROVINCE": {
      const [province] = await db.select().from(provinces).where(eq(provinces.code, value));
      if (!province) throw new ClientSetupError(`No province has the plate code "${value}".`);
      return { kind: "PROVINCE", provinceCode: province.code };
    }
    case "INSURER":
      if (!value) throw new ClientSetupError("An insurer scope names the insurer: insurer:SGK.");
      return { kind: "INSURER", insurerCode: value };
    case "ORGANISATION":
      if (!value) throw new ClientSetupError("An organisation scope names the organisation: organisation:CODE.");
      return { kind: "ORGANISATION", organisationCode: value };
    case "PERSON": {
      const [identifier, ...valueParts] = rest;
      const passport = identifier === "PASSPORT";
      if (!(identifierKind.enumValues as readonly string[]).includes(identifier) || valueParts.length !== (passport ? 2 : 1)) {
        throw new ClientSetupError(
          `A person scope names an identifier: person:TCKN:10000000146, or person:PASSPORT:<country>:<number> (kinds: ${identifierKind.enumValues.join(", ")}).`,
        );
      }
      return {
        kind: "PERSON",
        identifierKind: identifier as IdentifierKind,
        identifierValue: valueParts[valueParts.length - 1],
        issuingCountry: passport ? valueParts[0] : "",
      };
    }
  }
}

export function parseRole(text: string): Role {
  if (!(roleEnum.enumValues as readonly string[]).includes(text)) {
    throw new ClientSetupError(`Unknown role "${text}"; roles: ${roleEnum.enumValues.join(", ")}.`);
  }
  return text as Role;
}

export async function createClient(
  db: Executor,
  request: { role: Role; scope: string; name: string; isDemo?: boolean; policy?: ClientPolicyOverrides },
): Promise<NewClient> {
  const scope = await resolveScope(db, request.role, request.scope);
  const clientId = newClientId();
  const clientSecret = newClientSecret();
  await db.insert(apiClients).values({
    clientId,
    name: request.name,
    secretHash: await hashSecret(clientSecret),
    role: request.role,
    scopeKind: scope.kind,
    scopeValue: scope.kind === "NATIONAL" ? null : describeScope(scope).slice(scope.kind.length + 1),
    isDemo: request.isDemo ?? false,
    maxQueryDepth: request.policy?.limits?.depth,
    maxQueryAliases: request.policy?.limits?.aliases,
    maxQueryDirectives: request.policy?.limits?.directives,
    maxQueryTokens: request.policy?.limits?.tokens,
    maxQueryCost: request.policy?.limits?.cost,
    rateLimitPoints: request.policy?.rateLimit?.points,
    rateLimitRestorePerSecond: request.policy?.rateLimit?.restorePerSecond,
    trustedDocumentsOnly: request.policy?.trustedDocumentsOnly ?? false,
  });
  return { clientId, clientSecret, role: request.role, scope: describeScope(scope) };
}

export interface AuthenticationPolicy {
  /** Demo clients exist for local use and the sandbox; production refuses them. */
  allowDemoClients: boolean;
}

/** A hash no secret matches, made once with the real parameters: what an unknown client's secret is checked against. */
let unknownClientHash: Promise<string> | undefined;

/**
 * Client-credentials check; undefined for an unknown, disabled or refused client or a wrong secret. Every refusal
 * costs one scrypt verification, so the answer's timing does not tell whether a client id exists.
 */
export async function authenticateClient(
  db: Executor,
  clientId: string,
  clientSecret: string,
  policy: AuthenticationPolicy,
  verify: typeof verifySecret = verifySecret,
): Promise<Principal | undefined> {
  // An id PostgreSQL cannot even compare (a NUL character) names no client: answered as an unknown one, not a 500.
  const [client] = clientId.includes("\u0000") ? [] : await db.select().from(apiClients).where(eq(apiClients.clientId, clientId));
  const usable = client && !client.disabledAt && !(client.isDemo && !policy.allowDemoClients);
  const hash = usable ? client.secretHash : await (unknownClientHash ??= hashSecret(newClientSecret()));
  if (!(await verify(clientSecret, hash)) || !usable) return undefined;
  return principalOf(db, client);
}

/** The principal a stored client acts as (also for the events delivered to it). */
export async function principalOf(db: Executor, client: ApiClientRow): Promise<Principal> {
  return { clientId: client.clientId, role: client.role, scope: await scopeOf(db, client), policy: policyOverridesOf(client) };
}

function scopeOf(db: Executor, client: ApiClientRow): Promise<Scope> {
  const text = client.scopeKind === "NATIONAL" ? "national" : `${client.scopeKind.toLowerCase()}:${client.scopeValue}`;
  return resolveScope(db, client.role, text);
}
