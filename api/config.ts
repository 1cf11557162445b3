import { availableParallelism } from "node:os";
import { join } from "node:path";
import { dataDirFromEnv } from "../drizzle/database.js";
import { demoClientsFile, projectRoot } from "../drizzle/paths.js";
import type { SecretsKeySource } from "./staff/sealed-secrets.js";
import { DEFAULT_CLIENT_POLICY, type ClientPolicy, type RateLimitPolicy } from "./auth/client-policy.js";

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
  /** The demo clients' credentials file the explorer names (KOORDINAT_DATA_DIR/demo-clients.json). */
  demoClientsFile: string;
  /** Adds `x-sql-statements` to responses (tests, benchmarks); in production only when KOORDINAT_EXPOSE_SQL_COUNT opts in. */
  exposeStatementCount: boolean;
  jwtSecret: string | undefined;
  logLevel: string;
  /** How often background jobs (APPT-9 auto-cancellation, ER-8 lapsed bed holds, KZ-7 and MDS-4 overdue and KZ-15 expiry notices) run; 0 = never (tests run them by hand). */
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
   * Failed `POST /oauth/token` attempts allowed per client id and per remote address, as buckets refilled over a
   * minute (KOORDINAT_TOKEN_ATTEMPTS_PER_CLIENT, _PER_ADDRESS): guessing a secret, or flooding scrypt, gets 429.
   */
  tokenAttempts: { perClient: RateLimitPolicy; perAddress: RateLimitPolicy };
  /** Express's `trust proxy` (KOORDINAT_TRUST_PROXY): which proxies' X-Forwarded-For gives the remote address. */
  trustProxy: string | number | undefined;
  /** Subscriptions one client may hold open at once per server process (KOORDINAT_MAX_SUBSCRIPTIONS_PER_CLIENT). */
  maxSubscriptionsPerClient: number;
  /**
   * Server processes sharing the port (KOORDINAT_WORKERS: a number, or `auto` for one per CPU). More than one
   * needs PostgreSQL (the embedded database is one process's) and Redis (one rate-limit bucket per client).
   */
  workers: number;
  /** Prometheus metrics at GET /metrics (KOORDINAT_METRICS, on by default): keep the path off the public proxy. */
  metrics: boolean;
  /**
   * The metrics port of a process that serves no API (KOORDINAT_METRICS_PORT, default 9464, `0`: none): the webhook
   * worker's, and a cluster primary's (KOORDINAT_WORKERS > 1), which answers every worker's metrics, labelled `worker`.
   */
  metricsPort: number;
  /** This process's index among KOORDINAT_WORKERS (KOORDINAT_WORKER_INDEX, set by the cluster's primary). */
  workerIndex: string | undefined;
  /** Human-readable log lines (LOG_PRETTY; by default in development on a terminal) instead of JSON. */
  logPretty: boolean;
  /** How long a stop waits for requests in flight before closing their connections (KOORDINAT_STOP_GRACE_MS). */
  stopGraceMs: number;
  /**
   * The operations console's built files, served at /console (KOORDINAT_CONSOLE_DIR; by default where
   * scripts/console.mjs builds it); KOORDINAT_CONSOLE=off serves none.
   */
  consoleDir: string | undefined;
  /**
   * The console's principals run the console's trusted documents only (DOC-3; KOORDINAT_CONSOLE_TRUSTED_DOCUMENTS_ONLY,
   * on by default). Tests of sign-in and records that send documents of their own as a person turn it off.
   */
  consoleTrustedDocumentsOnly: boolean;
  /**
   * The key ring that seals the staff accounts' TOTP secrets (KOORDINAT_SECRETS_KEY, `kid:key[,kid:key…]`, the first
   * sealing): required in production; elsewhere, without it, a key made once in KOORDINAT_DATA_DIR/secrets.key.
   */
  secretsKey: SecretsKeySource;
}

/** N attempts a minute, N at once: a bucket of N points refilled at N/60 a second. */
const perMinute = (attempts: number): RateLimitPolicy => ({ points: attempts, restorePerSecond: attempts / 60 });

const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
};

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
    demoClientsFile: demoClientsFile(dataDirFromEnv(env)),
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
    tokenAttempts: {
      perClient: perMinute(positive(env.KOORDINAT_TOKEN_ATTEMPTS_PER_CLIENT, 10)),
      perAddress: perMinute(positive(env.KOORDINAT_TOKEN_ATTEMPTS_PER_ADDRESS, 30)),
    },
    trustProxy: /^\d+$/.test(env.KOORDINAT_TRUST_PROXY ?? "") ? Number(env.KOORDINAT_TRUST_PROXY) : env.KOORDINAT_TRUST_PROXY || undefined,
    maxSubscriptionsPerClient: positive(env.KOORDINAT_MAX_SUBSCRIPTIONS_PER_CLIENT, 100),
    stopGraceMs: positive(env.KOORDINAT_STOP_GRACE_MS, 30_000),
    metrics: flag(env.KOORDINAT_METRICS, true),
    metricsPort: /^\d+$/.test(env.KOORDINAT_METRICS_PORT ?? "") ? Number(env.KOORDINAT_METRICS_PORT) : 9464,
    workerIndex: env.KOORDINAT_WORKER_INDEX || undefined,
    logPretty: flag(env.LOG_PRETTY, env.NODE_ENV === "development" && process.stdout.isTTY === true),
    consoleTrustedDocumentsOnly: flag(env.KOORDINAT_CONSOLE_TRUSTED_DOCUMENTS_ONLY, true),
    secretsKey: {
      ring: env.KOORDINAT_SECRETS_KEY || undefined,
      developmentFile: production ? undefined : join(dataDirFromEnv(env), "secrets.key"),
    },
    consoleDir: flag(env.KOORDINAT_CONSOLE, true)
      ? env.KOORDINAT_CONSOLE_DIR || join(projectRoot(), "node_modules", ".cache", "koordinat", "console")
      : undefined,
    workers: env.KOORDINAT_WORKERS === "auto" ? availableParallelism() : Math.max(1, Math.floor(Number(env.KOORDINAT_WORKERS ?? 1)) || 1),
  };
}
