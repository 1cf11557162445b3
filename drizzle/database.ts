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
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
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
  | { engine: "postgres"; url: string; maxConnections?: number }
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
  close(): Promise<void>;
}

const run = promisify(execFile);

/** The advisory lock held while migrating a real PostgreSQL (an arbitrary, fixed key). */
const MIGRATION_LOCK_KEY = 47_112_026;

const drizzleConfig = { schema, casing: "snake_case" as const, logger: statementCountingLogger };

export { DataDirInUseError } from "./data-dir-lock.js";

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.engine === "postgres" ? openPostgres(options.url, options.maxConnections) : openPglite(options);
}

async function openPostgres(url: string, maxConnections = 10): Promise<DatabaseHandle> {
  const client = postgres(url, { max: maxConnections, onnotice: () => {} });
  const db = drizzlePostgres(preparingStatements(client), drizzleConfig) as unknown as Database;
  return {
    db,
    engine: "postgres",
    migrate: async () => {
      // Replicas starting together migrate one after the other: the second finds nothing left to do.
      // The lock is held on a connection of its own, outside the pool: a pool of one (a CLI, the bench
      // generator) would otherwise wait forever for the connection the lock holds.
      const lock = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        await migratePostgres(db as never, { migrationsFolder: migrationsFolder() });
      } finally {
        await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
        await lock.end({ timeout: 5 });
      }
    },
    ping: async () => void (await client`select 1`),
    listen: async (channel, onPayload) => {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
    close: () => client.end({ timeout: 5 }),
  };
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
  const db = drizzlePglite(client, drizzleConfig) as unknown as Database;
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
    return { engine: "postgres", url: env.DATABASE_URL, maxConnections: Number.isInteger(poolSize) && poolSize > 0 ? poolSize : undefined };
  }
  return { engine: "pglite", dataDir: dataDirFromEnv(env) };
}

export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.KOORDINAT_DATA_DIR ?? ".data");
}
