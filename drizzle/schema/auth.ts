import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";

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

/**
 * Documents registered for one client beyond the SDK's published operations (DOC-1..4): what lets a
 * trusted-documents-only client (an internal frontend) run its own queries. Append-only (a trigger refuses
 * UPDATE and DELETE): each row is also the audit record of who registered the document, when, in which request.
 */
export const registeredDocuments = pgTable(
  "registered_documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The client (api_clients.client_id) the document is trusted for. */
    clientId: text().notNull(),
    /** SHA-256 (hex) of the document's exact text, as clients send it in extensions.persistedQuery.sha256Hash. */
    sha256: text().notNull(),
    document: text().notNull(),
    operationNames: text().array().notNull(),
    registeredByClientId: text().notNull(),
    registeredByRole: role().notNull(),
    registeredAt: timestamp({ withTimezone: true }).notNull(),
    requestId: text(),
  },
  (t) => [unique("registered_documents_client_sha256_key").on(t.clientId, t.sha256), index("registered_documents_sha256_idx").on(t.sha256)],
);

export type RegisteredDocumentRow = typeof registeredDocuments.$inferSelect;
