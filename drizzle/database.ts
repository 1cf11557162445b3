import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { withReplicas, type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { context, SpanKind, SpanStatusCode, trace, type Attributes } from "@opentelemetry/api";
import postgres from "postgres";
import * as schema from "./schema/index.js";
import { lockDataDir } from "./data-dir-lock.js";
import { migrationsFolder } from "./paths.js";
import { statementCountingLogger } from "./statement-counter.js";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or an open transaction: what repositories run their statements on. */
export type Executor = Database | Transaction;

export type DatabaseOptions =
  | {
      engine: "postgres";
      url: string;
      maxConnections?: number;
      /**
       * `pgbouncer`: `url` is a PgBouncer in transaction pooling (1.18: no protocol-level prepared statements
       * there), so every statement is unnamed; what needs one session (LISTEN, the migration lock) uses `directUrl`.
       */
      pooler?: "pgbouncer";
      /** PostgreSQL itself, for LISTEN, advisory locks and migrations; by default `url`. */
      directUrl?: string;
      /** A streaming replica: the reads of a request routed there (`DatabaseHandle.readReplica`). */
      readUrl?: string;
    }
  /**
   * `dataDir` undefined → in memory (sandbox, tests); `loadDataDir` starts from a dump; `template`, a PGlite data
   * directory, is copied into `dataDir` when that holds no database yet.
   */
  | { engine: "pglite"; dataDir?: string; loadDataDir?: Blob; template?: string };

export interface DatabaseHandle {
  db: Database;
  engine: "postgres" | "pglite";
  /** The embedded engine, for dumping its data directory (test snapshots). */
  pglite?: PGlite;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  /** LISTEN on a channel (NOTIFY from any connection or replica); resolves to the UNLISTEN. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Present when reads may go to a streaming replica (DATABASE_READ_URL). */
  readReplica?: ReadReplica;
  /** Statements and transactions running now, and the pool's size (metrics). */
  poolUse(): { active: number; max: number };
  close(): Promise<void>;
}

const run = promisify(execFile);

/** Where the reads of one unit of work (a GraphQL request) go; mutable until the work starts reading. */
export interface ReadRoute {
  replica: boolean;
}

export interface ReadReplica {
  /** A database whose selects go to the replica while `route.replica`, to the primary otherwise; writes and transactions always to the primary. */
  routed(route: ReadRoute): Database;
  /** The primary's WAL position now: at or past every commit made before the call. */
  primaryPosition(): Promise<string>;
  /** Whether the replica has replayed the WAL up to `lsn`. */
  hasReplayed(lsn: string): Promise<boolean>;
  ping(): Promise<void>;
}

const currentReader = Symbol("koordinat.currentReader");

/** The database a routed database's reads go to now, or the database itself (prepared queries are kept per reader). */
export function readerOf(db: Database): Database {
  return (db as Database & { [currentReader]?: () => Database })[currentReader]?.() ?? db;
}

/** The advisory lock held while migrating a real PostgreSQL (an arbitrary, fixed key). */
const MIGRATION_LOCK_KEY = 47_112_026;

const tracer = trace.getTracer("koordinat");

const drizzleConfig = { schema, casing: "snake_case" as const, logger: statementCountingLogger };

export { DataDirInUseError } from "./data-dir-lock.js";

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.engine === "postgres" ? openPostgres(options) : openPglite(options);
}

async function openPostgres(options: Extract<DatabaseOptions, { engine: "postgres" }>): Promise<DatabaseHandle> {
  const { url, maxConnections = 10, pooler, readUrl } = options;
  const directUrl = options.directUrl ?? url;
  const use = { active: 0 };
  const pooled = pooler === "pgbouncer";
  const client = postgres(url, { max: maxConnections, onnotice: () => {}, ...(pooled && { prepare: false }) });
  const db = drizzlePostgres(
    counting(pooled ? unpipelined(client) : preparingStatements(client), use),
    drizzleConfig,
  ) as unknown as Database;
  // LISTEN holds its session; PgBouncer's transaction pooling would hand it to others.
  const direct = pooled ? postgres(directUrl, { max: 1, onnotice: () => {} }) : client;
  const replica = readUrl ? openReplica(db, readUrl, maxConnections, use) : undefined;
  return {
    db,
    engine: "postgres",
    migrate: async () => {
      // Replicas starting together migrate one after the other: the second finds nothing left to do.
      // The lock is held on a connection of its own, outside the pool: a pool of one (a CLI, the bench
      // generator) would otherwise wait forever for the connection the lock holds. Both straight to PostgreSQL:
      // a session's advisory lock means nothing through transaction pooling.
      const lock = postgres(directUrl, { max: 1, onnotice: () => {} });
      const migrator = pooled ? postgres(directUrl, { max: 1, onnotice: () => {} }) : undefined;
      try {
        await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        const target = migrator ? (drizzlePostgres(migrator, drizzleConfig) as unknown as Database) : db;
        await migratePostgres(target as never, { migrationsFolder: migrationsFolder() });
      } finally {
        await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
        await lock.end({ timeout: 5 });
        await migrator?.end({ timeout: 5 });
      }
    },
    ping: async () => void (await db.execute(sql`select 1`)),
    listen: async (channel, onPayload) => {
      const { unlisten } = await direct.listen(channel, onPayload);
      return unlisten;
    },
    readReplica: replica?.readReplica,
    poolUse: () => ({ active: use.active, max: maxConnections * (replica ? 2 : 1) }),
    close: async () => {
      await Promise.all([client.end({ timeout: 5 }), direct !== client && direct.end({ timeout: 5 }), replica?.close()]);
    },
  };
}

/** The replica's pool, and the routing of reads to it (drizzle's withReplicas with a per-request choice). */
function openReplica(primary: Database, readUrl: string, maxConnections: number, use: { active: number }) {
  const replicaClient = postgres(readUrl, { max: maxConnections, onnotice: () => {} });
  const replica = drizzlePostgres(counting(preparingStatements(replicaClient), use), drizzleConfig) as unknown as Database;
  const readReplica: ReadReplica = {
    routed: (route) => {
      const reader = () => (route.replica ? replica : primary);
      const routedDb = withReplicas(primary, [replica], reader) as unknown as Database;
      // A statement with a CTE may write (the access log's insert beside the read it logs): the primary's.
      return Object.assign(routedDb, { [currentReader]: reader, with: primary.with.bind(primary) });
    },
    primaryPosition: async () => {
      const [row] = (await primary.execute(sql`select pg_current_wal_lsn()::text as lsn`)) as unknown as { lsn: string }[];
      return row!.lsn;
    },
    hasReplayed: async (lsn) => {
      const [row] = await replicaClient<{ replayed: boolean | null }[]>`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as replayed`;
      return row?.replayed === true;
    },
    ping: async () => void (await replicaClient`select 1`),
  };
  return { readReplica, close: () => replicaClient.end({ timeout: 5 }) };
}

/**
 * drizzle runs every statement not given a name with postgres.js's `prepare: false`: each one then costs a
 * describe round trip and a fresh parse and plan in PostgreSQL. postgres.js's own default is to prepare, once
 * per connection and SQL text; this restores it for statements outside transactions (the reads of every request).
 */
function preparingStatements(client: postgres.Sql): postgres.Sql {
  const unsafe: postgres.Sql["unsafe"] = (query, parameters, options) => client.unsafe(query, parameters, { ...options, prepare: true });
  return new Proxy(client, {
    get: (target, property, receiver) => (property === "unsafe" ? unsafe : Reflect.get(target, property, receiver)),
  });
}

/**
 * Statements through PgBouncer 1.18's transaction pooling. Each is unnamed (postgres.js's `prepare: false`: Parse,
 * Describe and Flush, then Bind and Execute, on one server connection): a named statement prepared on one server
 * connection is missing on the next. And none is pipelined behind another one's Sync: PgBouncer hands the server
 * connection back at that Sync's ReadyForQuery, so the answers to what followed reach a server no longer linked
 * to this client, which then waits forever. postgres.js stops pipelining on a connection whose query's `onexecute`
 * returns false (its `max_pipeline: 0` would also keep `begin` from reserving its connection). Measured in README.
 */
function unpipelined(client: postgres.Sql): postgres.Sql {
  const unsafe: postgres.Sql["unsafe"] = (query, parameters, options) =>
    client.unsafe(query, parameters, { ...options, prepare: false, onexecute: () => false } as postgres.UnsafeQueryOptions);
  return new Proxy(client, {
    get: (target, property, receiver) => (property === "unsafe" ? unsafe : Reflect.get(target, property, receiver)),
  });
}

/**
 * Counts statements and transactions in flight, waiting ones included (the pool-use metric), and traces each as a
 * span of the active trace (its text, never its values). A transaction is one span.
 */
function measuring(use: { active: number }) {
  return <T>(name: string, attributes: Attributes, run: () => Promise<T>): Promise<T> => {
    use.active += 1;
    const finish = () => void (use.active -= 1);
    if (!trace.getSpan(context.active())) return run().finally(finish);
    return tracer
      .startActiveSpan(name, { kind: SpanKind.CLIENT, attributes: { "db.system.name": "postgresql", ...attributes } }, (span) =>
        run().then(
          (result) => (span.end(), result),
          (error: unknown) => {
            span.setStatus({ code: SpanStatusCode.ERROR });
            span.end();
            throw error;
          },
        ),
      )
      .finally(finish);
  };
}

const statementSpan = (text: string): [string, Attributes] => [
  /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? "SQL",
  { "db.query.text": text.slice(0, 2000) },
];

/** postgres.js's client, measured (`measuring`). */
function counting(client: postgres.Sql, use: { active: number }): postgres.Sql {
  const measured = measuring(use);
  return new Proxy(client, {
    get: (target, property, receiver) => {
      if (property === "unsafe") {
        return (...args: Parameters<postgres.Sql["unsafe"]>) => {
          const query = target.unsafe(...args);
          // A pending query is sent when first awaited: measured from there until it settles.
          const then = query.then;
          let settled: Promise<unknown> | undefined;
          query.then = function (this: typeof query, ...handlers: Parameters<typeof then>) {
            settled ??= measured(...statementSpan(args[0]), () => then.call(this, (rows) => rows));
            return settled.then(...(handlers as [never, never]));
          } as typeof then;
          return query;
        };
      }
      if (property === "begin") {
        return (...args: unknown[]) => measured("transaction", {}, () => (target.begin as (...a: unknown[]) => Promise<unknown>)(...args));
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/** The embedded engine's client, measured (`measuring`); its methods bound to it (it keeps private fields). */
function measuredPglite(client: PGlite, use: { active: number }): PGlite {
  const measured = measuring(use);
  const query: PGlite["query"] = (text, ...rest) => measured(...statementSpan(text), () => client.query(text, ...rest));
  const transaction: PGlite["transaction"] = (work) => measured("transaction", {}, () => client.transaction(work));
  return new Proxy(client, {
    get: (target, property) => {
      if (property === "query") return query;
      if (property === "transaction") return transaction;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function openPglite(options: { dataDir?: string; loadDataDir?: Blob; template?: string }): Promise<DatabaseHandle> {
  const releaseLock = options.dataDir ? lockDataDir(options.dataDir) : undefined;
  const pgliteDir = options.dataDir ? join(resolve(options.dataDir), "pglite") : undefined;
  const client = await (async () => {
    if (pgliteDir && options.template) await copyTemplate(options.template, pgliteDir);
    return PGlite.create({ dataDir: pgliteDir, loadDataDir: options.loadDataDir });
  })().catch((error: unknown) => {
    releaseLock?.();
    throw error;
  });
  const use = { active: 0 };
  const db = drizzlePglite(measuredPglite(client, use), drizzleConfig) as unknown as Database;
  return {
    db,
    engine: "pglite",
    pglite: client,
    migrate: () => migratePglite(db as never, { migrationsFolder: migrationsFolder() }),
    ping: async () => void (await db.execute(sql`select 1`)),
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    poolUse: () => ({ active: use.active, max: 1 }),
    close: async () => {
      await client.close();
      releaseLock?.();
    },
  };
}

/**
 * Copies a template data directory to `pgliteDir` unless a database is there already; under the data directory's
 * lock. Copied aside and renamed, so a start interrupted mid-copy leaves no half database to open next time.
 */
async function copyTemplate(template: string, pgliteDir: string): Promise<void> {
  if (existsSync(join(pgliteDir, "PG_VERSION"))) return;
  const partial = `${pgliteDir}.partial`;
  await rm(partial, { recursive: true, force: true });
  // cp(1) where there is one: Node 20's fs.cp spends about a second of CPU on the template's ~1,300 files, cp a tenth.
  if (process.platform === "win32") await cp(template, partial, { recursive: true });
  else await run("cp", ["-R", template, partial]);
  // An empty folder (PGlite's own, from a start that failed before initdb) would stop the rename.
  await rm(pgliteDir, { recursive: true, force: true });
  await rename(partial, pgliteDir);
}

/** The engine chosen by the environment: DATABASE_URL → PostgreSQL, else embedded in KOORDINAT_DATA_DIR. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  if (env.DATABASE_URL) {
    const poolSize = Number(env.DATABASE_POOL_SIZE);
    const pooler = env.DATABASE_POOLER || undefined;
    if (pooler !== undefined && pooler !== "pgbouncer") throw new Error(`DATABASE_POOLER must be "pgbouncer" or unset, not "${pooler}"`);
    if (pooler && !env.DATABASE_DIRECT_URL)
      throw new Error("DATABASE_POOLER=pgbouncer needs DATABASE_DIRECT_URL: PostgreSQL itself, for LISTEN, advisory locks and migrations");
    return {
      engine: "postgres",
      url: env.DATABASE_URL,
      maxConnections: Number.isInteger(poolSize) && poolSize > 0 ? poolSize : undefined,
      pooler,
      directUrl: env.DATABASE_DIRECT_URL || undefined,
      readUrl: env.DATABASE_READ_URL || undefined,
    };
  }
  return { engine: "pglite", dataDir: dataDirFromEnv(env) };
}

export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.KOORDINAT_DATA_DIR ?? ".data");
}
