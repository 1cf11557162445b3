import { PGlite } from "@electric-sql/pglite";
import { readMigrationFiles } from "drizzle-orm/migrator";
import postgres from "postgres";
import { inject } from "vitest";
import { migrationsFolder } from "../../drizzle/paths.js";
import { withDatabase } from "./global-setup.js";

/**
 * A bare database for a migration's test: the migrations are applied one by one up to the one tested, rows of the
 * old shape are inserted, then that migration runs. PGlite, or a fresh database of the PostgreSQL server when
 * DATABASE_URL is set (dropped on close).
 */
export interface MigrationEngine {
  exec(statement: string): Promise<unknown>;
  rows(query: string): Promise<Record<string, unknown>[]>;
  /** Applies the migrations [from, to) of `migrations`. */
  apply(from: number, to: number): Promise<void>;
  close(): Promise<void>;
}

export const migrations = readMigrationFiles({ migrationsFolder: migrationsFolder() });

/** The index of the migration holding a statement that contains `text`. */
export function migrationIndexOf(text: string): number {
  const index = migrations.findIndex((m) => m.sql.some((s) => s.includes(text)));
  if (index < 0) throw new Error(`no migration contains ${text}`);
  return index;
}

export async function openMigrationEngine(name: string): Promise<MigrationEngine> {
  const withApply = (engine: Omit<MigrationEngine, "apply">): MigrationEngine => ({
    ...engine,
    async apply(from, to) {
      for (const migration of migrations.slice(from, to))
        for (const statement of migration.sql) if (statement.trim()) await engine.exec(statement);
    },
  });
  if (!process.env.DATABASE_URL) {
    const lite = new PGlite();
    return withApply({
      exec: (q) => lite.exec(q),
      rows: async (q) => (await lite.query<Record<string, unknown>>(q)).rows,
      close: () => lite.close(),
    });
  }
  const serverUrl = inject("postgresUrl");
  const database = `koordinat_${name}_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${database}`);
  const client = postgres(withDatabase(serverUrl, database), { max: 1, onnotice: () => {} });
  return withApply({
    exec: (q) => client.unsafe(q).simple(),
    rows: async (q) => [...(await client.unsafe(q))] as Record<string, unknown>[],
    close: async () => {
      await client.end();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    },
  });
}
