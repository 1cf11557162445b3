import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { generateSecret, generateURI, verify as verifyTotpCode } from "otplib";
import type { Executor } from "../../drizzle/database.js";
import { oidcState, staffAccounts, type Role, type StaffAccountRow } from "../../drizzle/schema/index.js";
import type { ClientPolicyOverrides } from "../auth/client-policy.js";
import { resolveScope } from "../auth/clients.js";
import { describeScope, scopeKindOfRole, type Principal } from "../auth/principal.js";
import { hashSecret, verifySecret } from "../auth/secrets.js";
import type { SecretSeal } from "./sealed-secrets.js";

/** The public client staff sign in through (the operations console). */
import { CONSOLE_CLIENT_ID } from "../auth/principal.js";
export { CONSOLE_CLIENT_ID };

/**
 * The limits a person runs under through a client, as a machine client's record sets them (api/auth/client-policy.ts):
 * the server's defaults. The console's own documents (its trusted set, DOC-3) are enforced by the protection plugin
 * (config.consoleTrustedDocumentsOnly), not here.
 */
export const STAFF_CLIENT_POLICIES: Record<string, ClientPolicyOverrides> = { [CONSOLE_CLIENT_ID]: {} };

/** STAFF-2: every national role and the auditor sign in with a second factor. */
export const totpRequired = (role: Role) => scopeKindOfRole[role] === "NATIONAL" || role === "AUDITOR";

/** What a person signed in as carries beside their role and scope. */
export interface StaffPerson {
  id: string;
  username: string;
  displayName: string;
}

export interface NewStaffAccount {
  username: string;
  displayName: string;
  organisation: string;
  role: Role;
  /** As a client's: `national`, `province:01`, `facility:106101`, `insurer:SGK`, `organisation:CODE`. */
  scope: string;
  password: string;
  /** Whether the account gets a TOTP secret; always for roles that require one (STAFF-2). */
  totp?: boolean;
  isDemo?: boolean;
  /** A fixed TOTP secret (demo accounts); otherwise one is generated. */
  totpSecret?: string;
  createdBy: string;
}

/** The provisioning URI an authenticator app reads (shown once, at creation). */
export const totpUri = (username: string, secret: string) => generateURI({ issuer: "Koordinat", label: username, secret });

/**
 * Creates an account, its TOTP secret sealed (`seal`, the server's key); its scope is checked as a client's is
 * (ClientSetupError when it names nothing).
 */
export async function createStaffAccount(
  db: Executor,
  input: NewStaffAccount,
  seal: Pick<SecretSeal, "seal">,
): Promise<{ account: StaffAccountRow; totpProvisioningUri: string | null }> {
  const scope = await resolveScope(db, input.role, input.scope);
  const secret = input.totp || totpRequired(input.role) ? (input.totpSecret ?? generateSecret()) : null;
  // The id is made here: the sealed secret is bound to it.
  const id = randomUUID();
  const [account] = await db
    .insert(staffAccounts)
    .values({
      id,
      username: input.username,
      displayName: input.displayName,
      organisation: input.organisation,
      role: input.role,
      scopeKind: scope.kind,
      scopeValue: scope.kind === "NATIONAL" ? null : describeScope(scope).slice(scope.kind.length + 1),
      passwordHash: await hashSecret(input.password),
      totpSecret: secret && seal.seal(secret, id),
      isDemo: input.isDemo ?? false,
      createdBy: input.createdBy,
    })
    .returning();
  return { account, totpProvisioningUri: secret ? totpUri(account.username, secret) : null };
}

/**
 * Disables an account and ends what it holds: its grants, refresh tokens and codes in the provider's state (its
 * access tokens are refused at their next use: the account is read when a token is first verified).
 */
export async function disableStaffAccount(db: Executor, id: string, by: string, at: Date): Promise<StaffAccountRow | undefined> {
  const [account] = await db
    .update(staffAccounts)
    .set({ disabledAt: at, disabledBy: by })
    .where(and(eq(staffAccounts.id, id), isNull(staffAccounts.disabledAt)))
    .returning();
  if (account) await endEverySignIn(db, account.id);
  return account;
}

/** Deletes the account's sessions and grants, and every code and token of those grants, from the provider's state. */
async function endEverySignIn(db: Executor, accountId: string): Promise<void> {
  const grants = db
    .select({ id: oidcState.id })
    .from(oidcState)
    .where(and(eq(oidcState.model, "Grant"), sql`${oidcState.payload}->>'accountId' = ${accountId}`));
  await db.delete(oidcState).where(inArray(oidcState.grantId, grants));
  await db
    .delete(oidcState)
    .where(and(inArray(oidcState.model, ["Grant", "Session"]), sql`${oidcState.payload}->>'accountId' = ${accountId}`));
}

export interface StaffAuthenticationPolicy {
  /** Demo accounts sign in where demo clients are allowed (development, tests), never in production. */
  allowDemoAccounts: boolean;
}

/** A hash no password matches, for unknown usernames (the answer's timing does not tell whether one exists). */
let unknownAccountHash: Promise<string> | undefined;

/** The account whose password this is; undefined for an unknown, disabled or refused account or a wrong password. */
export async function checkPassword(
  db: Executor,
  username: string,
  password: string,
  policy: StaffAuthenticationPolicy,
): Promise<StaffAccountRow | undefined> {
  const [account] = username.includes("\u0000")
    ? []
    : await db.select().from(staffAccounts).where(eq(staffAccounts.username, username.trim().toLowerCase()));
  const usable = account && !account.disabledAt && !(account.isDemo && !policy.allowDemoAccounts);
  const hash = usable ? account.passwordHash : await (unknownAccountHash ??= hashSecret("no account has this password"));
  if (!(await verifySecret(password, hash)) || !usable) return undefined;
  return account;
}

/** What a TOTP code was found to be: the account's code of a step not used before, not its code, or used already. */
export type TotpOutcome = "ACCEPTED" | "WRONG" | "ALREADY_USED";

/**
 * STAFF-2, STAFF-6: a six-digit code of the account's secret (opened with the server's key; SealedSecretError when it
 * does not open), now or one 30-second step either side, of a step after the last one accepted (RFC 6238 §5.2). The
 * step is recorded by one conditional update, so of two sign-ins with the same code exactly one wins.
 */
export async function checkTotp(db: Executor, seal: SecretSeal, account: StaffAccountRow, code: string, now: Date): Promise<TotpOutcome> {
  if (!account.totpSecret || !/^\d{6}$/.test(code)) return "WRONG";
  const result = await verifyTotpCode({
    secret: seal.open(account.totpSecret, account.id),
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
  });
  // A TOTP result carries its step (RFC 6238's T); only HOTP's has none.
  if (!result.valid || !("timeStep" in result)) return "WRONG";
  const [recorded] = await db
    .update(staffAccounts)
    .set({ totpLastTimeStep: result.timeStep })
    .where(
      and(
        eq(staffAccounts.id, account.id),
        or(isNull(staffAccounts.totpLastTimeStep), lt(staffAccounts.totpLastTimeStep, result.timeStep)),
      ),
    )
    .returning({ id: staffAccounts.id });
  return recorded ? "ACCEPTED" : "ALREADY_USED";
}

export async function findStaffAccount(db: Executor, id: string): Promise<StaffAccountRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [account] = await db.select().from(staffAccounts).where(eq(staffAccounts.id, id));
  return account;
}

export const personOf = (account: StaffAccountRow): StaffPerson => ({
  id: account.id,
  username: account.username,
  displayName: account.displayName,
});

/** The principal a person acts as through a client: the account's role and scope, and the person. */
export async function staffPrincipal(db: Executor, account: StaffAccountRow, clientId: string): Promise<Principal> {
  const text = account.scopeKind === "NATIONAL" ? "national" : `${account.scopeKind.toLowerCase()}:${account.scopeValue}`;
  return {
    clientId,
    role: account.role,
    scope: await resolveScope(db, account.role, text),
    policy: STAFF_CLIENT_POLICIES[clientId],
    person: personOf(account),
  };
}
