import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Adapter, AdapterPayload } from "oidc-provider";
import type { Database } from "../../drizzle/database.js";
import { oidcState } from "../../drizzle/schema/index.js";

/**
 * oidc-provider's Adapter on the `oidc_state` table: every API process reads and writes the same sessions,
 * interactions, grants, codes and refresh tokens. Expired rows are not answered, and are deleted by
 * `deleteExpiredOidcState` (the minute's jobs).
 */
export function databaseAdapter(db: Database): new (model: string) => Adapter {
  const live = () => or(isNull(oidcState.expiresAt), gt(oidcState.expiresAt, new Date()));
  return class DatabaseAdapter implements Adapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const row = {
        model: this.model,
        id,
        payload: payload as Record<string, unknown>,
        expiresAt: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
        uid: payload.uid ?? null,
        grantId: payload.grantId ?? null,
        userCode: payload.userCode ?? null,
      };
      await db
        .insert(oidcState)
        .values(row)
        .onConflictDoUpdate({
          target: [oidcState.model, oidcState.id],
          set: { payload: row.payload, expiresAt: row.expiresAt, uid: row.uid, grantId: row.grantId, userCode: row.userCode },
        });
    }

    private async findWhere(condition: ReturnType<typeof eq>): Promise<AdapterPayload | undefined> {
      const [row] = await db
        .select({ payload: oidcState.payload })
        .from(oidcState)
        .where(and(eq(oidcState.model, this.model), condition, live()))
        .limit(1);
      return row?.payload as AdapterPayload | undefined;
    }

    find(id: string) {
      return this.findWhere(eq(oidcState.id, id));
    }

    findByUid(uid: string) {
      return this.findWhere(eq(oidcState.uid, uid));
    }

    findByUserCode(userCode: string) {
      return this.findWhere(eq(oidcState.userCode, userCode));
    }

    async consume(id: string): Promise<void> {
      await db
        .update(oidcState)
        .set({ payload: sql`jsonb_set(${oidcState.payload}, '{consumed}', to_jsonb(${Math.floor(Date.now() / 1000)}::int))` })
        .where(and(eq(oidcState.model, this.model), eq(oidcState.id, id)));
    }

    async destroy(id: string): Promise<void> {
      await db.delete(oidcState).where(and(eq(oidcState.model, this.model), eq(oidcState.id, id)));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await db.delete(oidcState).where(and(eq(oidcState.model, this.model), eq(oidcState.grantId, grantId)));
    }
  };
}

/** Deletes the provider's expired state; returns how many rows. */
export async function deleteExpiredOidcState(db: Database, now: Date): Promise<number> {
  const deleted = await db.delete(oidcState).where(lt(oidcState.expiresAt, now)).returning({ id: oidcState.id });
  return deleted.length;
}
