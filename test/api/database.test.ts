import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readMigrationFiles } from "drizzle-orm/migrator";
import postgres from "postgres";
import { describe, expect, inject, it } from "vitest";
import { DataDirInUseError, openDatabase } from "../../drizzle/database.js";
import { migrationsFolder } from "../../drizzle/paths.js";
import { withDatabase } from "../support/global-setup.js";

describe("embedded database", () => {
  it("locks its data directory: a second process gets a clear error instead of losing writes", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "koordinat-lock-"));
    const first = await openDatabase({ engine: "pglite", dataDir });
    try {
      await expect(openDatabase({ engine: "pglite", dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
    } finally {
      await first.close();
    }
    const reopened = await openDatabase({ engine: "pglite", dataDir });
    await reopened.close();
    rmSync(dataDir, { recursive: true, force: true });
    // Two embedded starts on disk (initdb, then recovery) take long on a loaded machine.
  }, 120_000);
});

describe.runIf(process.env.DATABASE_URL)("real PostgreSQL", () => {
  it("two replicas migrating a fresh database at once both succeed, one with a pool of one connection (a CLI): one migrates, the other finds nothing left", async () => {
    const serverUrl = inject("postgresUrl");
    const name = `koordinat_migrate_${process.pid}_${Date.now()}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const replicas = await Promise.all(
      // The migration lock is held outside the pool: a pool of one once waited forever for the connection holding it.
      [1, 2].map((pool) => openDatabase({ engine: "postgres", url: withDatabase(serverUrl, name), maxConnections: pool })),
    );
    try {
      await Promise.all(replicas.map((replica) => replica.migrate()));
      const migrated = postgres(withDatabase(serverUrl, name), { max: 1, onnotice: () => {} });
      const [{ applied }] = await migrated`select count(*)::int as applied from drizzle.__drizzle_migrations`;
      await migrated.end();
      expect(applied).toBe(readMigrationFiles({ migrationsFolder: migrationsFolder() }).length);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
