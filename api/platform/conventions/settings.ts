import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../../drizzle/database.js";
import { settings } from "../../../drizzle/schema/index.js";
import { staleVersion } from "./mutation.js";

/** A settings document and its version: 0 until it is first saved, then one more with every save. */
export interface VersionedSettings<T> {
  value: T;
  version: number;
}

/** A settings document from the database laid over its defaults, section by section, with its version. */
export async function loadVersionedSettings<T extends object>(db: Executor, key: string, defaults: T): Promise<VersionedSettings<T>> {
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  const stored = (row?.value ?? {}) as Record<string, object>;
  const value = Object.fromEntries(
    Object.entries(defaults).map(([section, value]) => [section, { ...value, ...(stored[section] ?? {}) }]),
  ) as T;
  return { value, version: row?.version ?? 0 };
}

export async function loadSettings<T extends object>(db: Executor, key: string, defaults: T): Promise<T> {
  return (await loadVersionedSettings(db, key, defaults)).value;
}

/**
 * Saves a settings document in the caller's transaction; with `expectedVersion`, only over that version (a CONFLICT
 * names the current one). Returns the new version.
 */
export async function saveSettings(
  db: Executor,
  key: string,
  value: object,
  clientId: string,
  at: Date,
  expectedVersion: number | null = null,
): Promise<number> {
  const document = { value: value as Record<string, unknown>, updatedAt: at, updatedByClientId: clientId };
  const [saved] = await db
    .insert(settings)
    .values({ key, ...document, version: 1 })
    .onConflictDoUpdate({
      target: settings.key,
      set: { ...document, version: sql`${settings.version} + 1` },
      ...(expectedVersion === null ? {} : { setWhere: eq(settings.version, expectedVersion) }),
    })
    .returning({ version: settings.version });
  if (!saved) {
    const [current] = await db.select({ version: settings.version }).from(settings).where(eq(settings.key, key));
    throw staleVersion(`Settings ${key}`, expectedVersion!, current.version);
  }
  // A document never saved is at version 0: a save expecting more inserted it, and the caller's transaction undoes that.
  if (expectedVersion !== null && saved.version !== expectedVersion + 1) throw staleVersion(`Settings ${key}`, expectedVersion, 0);
  return saved.version;
}
