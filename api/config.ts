import { availableParallelism } from "node:os";
import { DEFAULT_CLIENT_POLICY, type ClientPolicy } from "./auth/client-policy.js";

/** Settings from the environment, read once at start. */
export interface Config {
  port: number;
  /** Interface to listen on; unset → all interfaces. */
  host: string | undefined;
  /** The origin clients reach the service at (behind a proxy), for links the API hands out. */
  publicUrl: string | undefined;
  production: boolean;
  development: boolean;
  /** Schema introspection; on by default except in production. */
  introspection: boolean;
  /** The GraphiQL explorer on GET /graphql; on by default except in production. */
  explorer: boolean;
  allowDemoClients: boolean;
  /** Adds `x-sql-statements` to responses (tests, benchmarks); in production only when KOORDINAT_EXPOSE_SQL_COUNT opts in. */
  exposeStatementCount: boolean;
  jwtSecret: string | undefined;
  logLevel: string;
  /** How often background jobs (APPT-9 auto-cancellation, ER-8 lapsed bed holds, KZ-7 overdue and KZ-15 expiry notices) run; 0 = never (tests run them by hand). */
  jobIntervalMs: number;
  webhooks: {
    /** Plain http to localhost for local receivers: development and tests only. */
    allowLocalHttp: boolean;
    /** How often the in-process delivery worker runs; 0 = never (tests run it by hand, or separate workers do: npm run webhooks:worker). */
    intervalMs: number;
  };
  /** Query limits and rate limit of a client whose record sets none (SECURITY.md). */
  clientPolicy: ClientPolicy;
  /** Rate-limit buckets shared by every replica; unset → in this process's memory. */
  redisUrl: string | undefined;
  /**
   * Server processes sharing the port (KOORDINAT_WORKERS: a number, or `auto` for one per CPU). More than one
   * needs PostgreSQL (the embedded database is one process's) and Redis (one rate-limit bucket per client).
   */
  workers: number;
}

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined ? fallback : ["1", "true", "yes", "on"].includes(value.toLowerCase());

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST || undefined,
    publicUrl: env.KOORDINAT_PUBLIC_URL?.replace(/\/$/, "") || undefined,
    production,
    development: env.NODE_ENV === "development",
    introspection: flag(env.KOORDINAT_INTROSPECTION, !production),
    explorer: flag(env.KOORDINAT_EXPLORER, !production),
    // Demo clients only where a demo or a test runs, unless switched on explicitly.
    allowDemoClients: flag(env.KOORDINAT_DEMO_CLIENTS, env.NODE_ENV === "development" || env.NODE_ENV === "test"),
    exposeStatementCount: flag(env.KOORDINAT_EXPOSE_SQL_COUNT, !production),
    jwtSecret: env.KOORDINAT_JWT_SECRET,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    jobIntervalMs: Number(env.KOORDINAT_JOB_INTERVAL_MS ?? (env.NODE_ENV === "test" ? 0 : 60_000)),
    webhooks: {
      allowLocalHttp: env.NODE_ENV === "development" || env.NODE_ENV === "test",
      intervalMs: Number(env.KOORDINAT_WEBHOOK_INTERVAL_MS ?? (env.NODE_ENV === "test" ? 0 : 1_000)),
    },
    clientPolicy: DEFAULT_CLIENT_POLICY,
    redisUrl: env.REDIS_URL || undefined,
    workers: env.KOORDINAT_WORKERS === "auto" ? availableParallelism() : Math.max(1, Math.floor(Number(env.KOORDINAT_WORKERS ?? 1)) || 1),
  };
}
