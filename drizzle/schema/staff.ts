import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { role, scopeKind } from "./auth.js";
import { sortKeyInstant } from "./columns.js";

/**
 * People who sign in through the browser (staff of the coordination unit, directorates, 112, SGK, auditors): one
 * organisation, one role and scope from the same model as clients (api/auth/principal.ts). The password is stored as
 * a salted scrypt hash (as client secrets are); the TOTP secret sealed with the server's key (checking a code needs
 * it back: api/staff/sealed-secrets.ts).
 */
export const staffAccounts = pgTable(
  "staff_accounts",
  {
    id: uuid().primaryKey().defaultRandom(),
    username: text().notNull().unique("staff_accounts_username_key"),
    displayName: text().notNull(),
    /** The organisation the person works for, as written on their badge (e.g. "Adana İl Sağlık Müdürlüğü"). */
    organisation: text().notNull(),
    role: role().notNull(),
    scopeKind: scopeKind().notNull(),
    /** As api_clients.scope_value: facility code, province plate code, insurer or organisation code; null for national. */
    scopeValue: text(),
    passwordHash: text().notNull(),
    /**
     * The Base32 TOTP secret (RFC 6238, 30 s, 6 digits) sealed with AES-256-GCM as `v1:<key id>:<iv>:<ciphertext>`
     * (api/staff/sealed-secrets.ts); null when the account has no second factor. A row written before sealing holds
     * the plain secret until the next start or migration seals it.
     */
    totpSecret: text(),
    /** STAFF-6: the 30-second step (RFC 6238's T) of the last code accepted; a code of that step or an earlier one is refused. */
    totpLastTimeStep: bigint({ mode: "number" }),
    isDemo: boolean().notNull().default(false),
    createdAt: sortKeyInstant().notNull().defaultNow(),
    createdBy: text().notNull(),
    disabledAt: timestamp({ withTimezone: true }),
    disabledBy: text(),
  },
  (t) => [
    check("staff_accounts_username_form", sql`${t.username} ~ '^[a-z0-9][a-z0-9._-]{1,62}$'`),
    index("staff_accounts_created_idx").on(t.createdAt, t.id),
  ],
);

export type StaffAccountRow = typeof staffAccounts.$inferSelect;

/**
 * oidc-provider's state (sessions, interactions, grants, authorization codes, refresh tokens, its keys), shared by
 * every API process: one row per model and id, with the lookups its Adapter interface needs (uid, grant id, user code).
 */
export const oidcState = pgTable(
  "oidc_state",
  {
    model: text().notNull(),
    id: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Null: kept until destroyed (the provider's keys). */
    expiresAt: timestamp({ withTimezone: true }),
    uid: text(),
    grantId: text(),
    userCode: text(),
  },
  (t) => [
    primaryKey({ name: "oidc_state_pkey", columns: [t.model, t.id] }),
    index("oidc_state_uid_idx").on(t.uid),
    index("oidc_state_grant_idx").on(t.grantId),
    index("oidc_state_user_code_idx").on(t.userCode),
    index("oidc_state_expires_idx").on(t.expiresAt),
  ],
);
