import { sql } from "drizzle-orm";
import { boolean, check, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const role = pgEnum("role", [
  "PARTNER_HOSPITAL",
  "PROVINCIAL_DIRECTORATE",
  "COORDINATION_UNIT",
  "DEPARTMENT_HEAD",
  "DEPUTY_GENERAL_DIRECTOR",
  "GENERAL_DIRECTOR",
  "EMERGENCY_112",
  "PROVINCIAL_CRISIS_CENTRE",
  "NATIONAL_CRISIS_CENTRE",
  "INSURER",
  "EGOV_PORTAL",
  "PHC_ORGANISATION",
  "AUDITOR",
]);

export const scopeKind = pgEnum("scope_kind", ["NATIONAL", "FACILITY", "PROVINCE", "INSURER", "ORGANISATION", "PERSON"]);

/** OAuth2 machine clients; the secret is stored only as a salted scrypt hash. */
export const apiClients = pgTable(
  "api_clients",
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: text().notNull().unique("api_clients_client_id_key"),
    name: text().notNull(),
    secretHash: text().notNull(),
    role: role().notNull(),
    scopeKind: scopeKind().notNull(),
    /** Facility code, province plate code, insurer or organisation code, or "KIND:VALUE" of a person's identifier. */
    scopeValue: text(),
    isDemo: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp({ withTimezone: true }),
    /** Per-client query limits and rate limit; null takes the server's default (SECURITY.md). */
    maxQueryDepth: integer(),
    maxQueryAliases: integer(),
    maxQueryDirectives: integer(),
    maxQueryTokens: integer(),
    maxQueryCost: integer(),
    /** The leaky bucket: how many cost points it holds, and how many drain per second. */
    rateLimitPoints: integer(),
    rateLimitRestorePerSecond: integer(),
    /** Internal frontends and portals: only the SDK's published operations (trusted documents) are run. */
    trustedDocumentsOnly: boolean().notNull().default(false),
  },
  (t) => [
    check(
      "api_clients_limits_positive",
      sql`coalesce(${t.maxQueryDepth}, 1) > 0 and coalesce(${t.maxQueryAliases}, 0) >= 0 and coalesce(${t.maxQueryDirectives}, 0) >= 0
      and coalesce(${t.maxQueryTokens}, 1) > 0 and coalesce(${t.maxQueryCost}, 1) > 0
      and coalesce(${t.rateLimitPoints}, 1) > 0 and coalesce(${t.rateLimitRestorePerSecond}, 1) > 0`,
    ),
  ],
);

/** Keys that sign access tokens; shared by every replica through the database. */
export const signingKeys = pgTable("signing_keys", {
  kid: text().primaryKey(),
  secret: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type ApiClientRow = typeof apiClients.$inferSelect;
export type Role = (typeof role.enumValues)[number];
export type ScopeKind = (typeof scopeKind.enumValues)[number];
