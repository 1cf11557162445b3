import type { ApiClientRow } from "../../drizzle/schema/index.js";

/** Limits checked before a query runs (SECURITY.md lists the defaults). */
export interface QueryLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  /** The computed cost of one query (connections multiply by their page size). */
  cost: number;
}

/** A leaky bucket of cost points: a query's cost fills it, and it drains at a steady rate. */
export interface RateLimitPolicy {
  points: number;
  restorePerSecond: number;
}

export interface ClientPolicy {
  limits: QueryLimits;
  rateLimit: RateLimitPolicy;
  /** Only the SDK's published operations (trusted documents) are run for this client. */
  trustedDocumentsOnly: boolean;
}

/** What one client's record changes from the defaults; carried in its access token, so no request reads the clients table. */
export interface ClientPolicyOverrides {
  limits?: Partial<QueryLimits>;
  rateLimit?: Partial<RateLimitPolicy>;
  trustedDocumentsOnly?: boolean;
}

export const DEFAULT_CLIENT_POLICY: ClientPolicy = {
  limits: { depth: 10, aliases: 15, directives: 10, tokens: 2_000, cost: 5_000 },
  rateLimit: { points: 10_000, restorePerSecond: 500 },
  trustedDocumentsOnly: false,
};

const defined = <T extends object>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v != null)) as { [K in keyof T]?: NonNullable<T[K]> };

export function policyOverridesOf(client: ApiClientRow): ClientPolicyOverrides {
  return {
    limits: defined({
      depth: client.maxQueryDepth,
      aliases: client.maxQueryAliases,
      directives: client.maxQueryDirectives,
      tokens: client.maxQueryTokens,
      cost: client.maxQueryCost,
    }),
    rateLimit: defined({ points: client.rateLimitPoints, restorePerSecond: client.rateLimitRestorePerSecond }),
    trustedDocumentsOnly: client.trustedDocumentsOnly,
  };
}

export function effectivePolicy(defaults: ClientPolicy, overrides: ClientPolicyOverrides = {}): ClientPolicy {
  return {
    limits: { ...defaults.limits, ...overrides.limits },
    rateLimit: { ...defaults.rateLimit, ...overrides.rateLimit },
    trustedDocumentsOnly: overrides.trustedDocumentsOnly ?? defaults.trustedDocumentsOnly,
  };
}
