import { AsyncLocalStorage } from "node:async_hooks";
import type { Database, Transaction } from "../../../drizzle/database.js";
import type { ServiceContext } from "./service-context.js";

/**
 * What a service holds inside its transaction: the request's principal, clock, request ID and the rest of its
 * `ServiceContext`, with the transaction handle `tx` in place of the outer `db` and without `loaders` (both would
 * run outside the transaction, and on the embedded engine, which has one connection, wait for it forever).
 * Reaching `txCtx.db` or `txCtx.loaders` is a type error.
 *
 *     return inTransaction(this.ctx, async (t) => {
 *       const [row] = await t.tx.insert(things).values(…).returning();
 *       await recordEvent(t.tx, t, …);
 *       return row;
 *     });
 *
 * Read what the transaction needs (loaders, settings, audiences) before it opens, or through `t.tx` inside it.
 */
export type TransactionContext = Omit<ServiceContext, "db" | "loaders"> & {
  readonly tx: Transaction;
  readonly db?: never;
  readonly loaders?: never;
};

/** Marks the async work running inside a service transaction (see `guardOuterDatabase`). */
const insideTransaction = new AsyncLocalStorage<true>();

/** Runs `run` in a transaction of `db`, marked so the request's outer database refuses to be used inside it. */
export function runTransaction<T>(db: Database, run: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction((tx) => insideTransaction.run(true, () => run(tx)));
}

/** The entry points of a drizzle database that start a statement or a transaction of their own. */
const statementStarters = new Set<PropertyKey>([
  "select",
  "selectDistinct",
  "selectDistinctOn",
  "insert",
  "update",
  "delete",
  "execute",
  "transaction",
  "with",
  "$count",
  "query",
  "refreshMaterializedView",
]);

/**
 * The request's database as services and loaders get it: the same handle, except that starting a statement on it
 * from inside a service transaction throws at once (instead of hanging PGlite, or escaping the transaction on
 * PostgreSQL). A closure over `this.ctx.db` or a loader called inside `inTransaction` is caught by the tests on
 * either engine.
 */
export function guardOuterDatabase(db: Database): Database {
  // One guard per database, so what is keyed by the handle (prepared statements) stays shared across requests.
  let guarded = guards.get(db);
  if (!guarded) guards.set(db, (guarded = guard(db)));
  return guarded;
}

const guards = new WeakMap<Database, Database>();

function guard(db: Database): Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (statementStarters.has(property) && insideTransaction.getStore()) {
        throw new Error(
          `The request's database (ctx.db.${String(property)}, or a DataLoader) was used inside a transaction: use the transaction handle (txCtx.tx), and read through loaders before the transaction opens.`,
        );
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
