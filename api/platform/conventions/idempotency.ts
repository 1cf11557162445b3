import { createHash } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "../../../drizzle/database.js";
import { idempotencyKeys } from "../../../drizzle/schema/index.js";
import { conflict } from "./errors.js";
import type { TransactionContext } from "./transaction.js";

export type IdempotentOutcome<T> = { replayed: true; result: T } | { replayed: false; complete: (result: T) => Promise<void> };

/** How long a key answers with its first result; after that the same key starts a new request. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

const hashOf = (input: unknown) => createHash("sha256").update(JSON.stringify(input)).digest("hex");

/**
 * Claims (client, key) inside the create's transaction. A concurrent retry waits on the key's
 * unique index until the first transaction ends, then sees its stored result; if the first one
 * rolled back (a refusal), the retry runs afresh. The same key with other input is a CONFLICT.
 */
async function claimIdempotencyKey<T>(
  tx: Transaction,
  claim: { clientId: string; key: string; operation: string; input: unknown; now: Date },
): Promise<IdempotentOutcome<T>> {
  const requestHash = hashOf(claim.input);
  const where = and(eq(idempotencyKeys.clientId, claim.clientId), eq(idempotencyKeys.key, claim.key));
  await tx.delete(idempotencyKeys).where(and(where, lt(idempotencyKeys.createdAt, new Date(claim.now.getTime() - IDEMPOTENCY_TTL_MS))));
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ clientId: claim.clientId, key: claim.key, operation: claim.operation, requestHash, createdAt: claim.now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length === 1) {
    return { replayed: false, complete: async (result) => void (await tx.update(idempotencyKeys).set({ result }).where(where)) };
  }
  const [existing] = await tx.select().from(idempotencyKeys).where(where);
  if (existing.operation !== claim.operation || existing.requestHash !== requestHash) {
    throw conflict(`The idempotency key "${claim.key}" was already used for another request.`, { field: ["input", "idempotencyKey"] });
  }
  return { replayed: true, result: existing.result as T };
}

/** For a create whose input may carry `idempotencyKey`: claims it when present, else runs unguarded. */
export function claimIfKeyed<T>(
  tx: Transaction,
  by: { clientId: string; now: Date },
  operation: string,
  input: { idempotencyKey?: string | null },
): Promise<IdempotentOutcome<T> | null> {
  if (!input.idempotencyKey) return Promise.resolve(null);
  return claimIdempotencyKey<T>(tx, {
    clientId: by.clientId,
    now: by.now,
    key: input.idempotencyKey,
    operation,
    input: { ...input, idempotencyKey: undefined },
  });
}

/** What a create remembers under its key (`remember`) and how a replay turns that back into the first answer (`replay`). */
export interface Remembered<T, Stored> {
  remember(value: T): Stored;
  replay(tx: Transaction, stored: Stored): Promise<T>;
}

/** The usual memory of a create: the new row's id, replayed by reading the row again. */
export const rowById = <Row extends { id: string }>(table: PgTable & { id: AnyPgColumn }): Remembered<Row, { id: string }> => ({
  remember: (row) => ({ id: row.id }),
  replay: async (tx, { id }) =>
    (
      (await tx
        .select()
        .from(table as PgTable)
        .where(eq(table.id, id))) as Row[]
    )[0],
});

/**
 * Makes a create idempotent in one line: with `input.idempotencyKey`, the first run claims the key in the create's
 * transaction and stores `remembered.remember(result)`; a retry with the same key and input writes nothing (no row,
 * no history, no event) and answers `remembered.replay(…)`; the same key with other input is a CONFLICT. Without a
 * key, `create` just runs. A refusal inside `create` rolls the claim back with everything else.
 *
 *     return inTransaction(this.ctx, (t) =>
 *       idempotent(t, "registerPhysician", input, rowById(physicians), async () => {
 *         const [row] = await t.tx.insert(physicians).values(…).returning();
 *         return row;
 *       }),
 *     );
 */
export async function idempotent<T, Stored>(
  t: Pick<TransactionContext, "tx" | "principal" | "clock">,
  operation: string,
  input: { idempotencyKey?: string | null },
  remembered: Remembered<T, Stored>,
  create: () => Promise<T>,
): Promise<T> {
  const claim = await claimIfKeyed<Stored>(t.tx, { clientId: t.principal.clientId, now: t.clock.now() }, operation, input);
  if (claim?.replayed) return remembered.replay(t.tx, claim.result);
  const value = await create();
  await claim?.complete(remembered.remember(value));
  return value;
}
