import { eq } from "drizzle-orm";
import type { Executor } from "../../../drizzle/database.js";
import { settings } from "../../../drizzle/schema/index.js";

/** A settings document from the database laid over its defaults, section by section. */
export async function loadSettings<T extends object>(db: Executor, key: string, defaults: T): Promise<T> {
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  const stored = (row?.value ?? {}) as Record<string, object>;
  return Object.fromEntries(Object.entries(defaults).map(([section, value]) => [section, { ...value, ...(stored[section] ?? {}) }])) as T;
}

export async function saveSettings(db: Executor, key: string, value: object, clientId: string, at: Date): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value: value as Record<string, unknown>, updatedAt: at, updatedByClientId: clientId })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: value as Record<string, unknown>, updatedAt: at, updatedByClientId: clientId },
    });
}
