import { eq } from "drizzle-orm";
import type { Executor, Transaction } from "../../../drizzle/database.js";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { conflict, UserErrorsRefusal, type UserError } from "./errors.js";
import type { ServiceContext } from "./service-context.js";
import { runTransaction, type TransactionContext } from "./transaction.js";

export type MutationResult<T> = { value: T; userErrors: [] } | { value: null; userErrors: UserError[] };

/**
 * Runs a state change in one transaction, given the request's `ServiceContext`: `run` gets a `TransactionContext`
 * (the transaction handle `tx`, the principal, clock, request ID…, but neither the outer `db` nor the loaders).
 * A `UserErrorsRefusal` thrown inside (`refuseIfAny`) rolls everything back and becomes the payload's
 * `userErrors`: a refused mutation stores nothing.
 */
export async function inTransaction<T>(ctx: ServiceContext, run: (txCtx: TransactionContext) => Promise<T>): Promise<MutationResult<T>> {
  try {
    return { value: await runTransaction(ctx.db, (tx) => run(transactionContext(ctx, tx))), userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorsRefusal) return { value: null, userErrors: error.userErrors };
    throw error;
  }
}

/** The request's context with the transaction in place of the database and the loaders. */
function transactionContext(ctx: ServiceContext, tx: Transaction): TransactionContext {
  const { db: _db, loaders: _loaders, ...rest } = ctx;
  return { ...rest, tx };
}

export function refuseIfAny(errors: UserError[]): void {
  if (errors.length > 0) throw new UserErrorsRefusal(errors);
}

/** The name of the unique or check constraint a database error broke, across both drivers. */
export function violatedConstraint(error: unknown): string | null {
  for (let e = error as { cause?: unknown; constraint?: string; constraint_name?: string } | undefined; e; e = e.cause as typeof e) {
    const name = e.constraint_name ?? e.constraint;
    if (name) return name;
  }
  return null;
}

/**
 * Optimistic concurrency: an update that matched no row at the expected version. `currentVersion` is the version
 * the row is at now, read after the miss (`currentVersionOf`): the client is told where to re-read from.
 */
export function staleVersion(type: string, expectedVersion: number, currentVersion: number, extensions: Record<string, unknown> = {}) {
  return conflict(
    `${type} was changed by someone else: you sent expectedVersion ${expectedVersion}, it is now at version ${currentVersion}. Read it again and retry.`,
    { field: ["input", "expectedVersion"], currentVersion, ...extensions },
  );
}

/** The version a row is at now, for a CONFLICT after a guarded update missed (read in the same transaction). */
export async function currentVersionOf(
  tx: Executor,
  table: PgTable & { id: AnyPgColumn; version: AnyPgColumn },
  id: string,
): Promise<number> {
  const [row] = (await tx
    .select({ version: table.version })
    .from(table as PgTable)
    .where(eq(table.id, id))) as { version: number }[];
  return row.version;
}

/**
 * A unique key the database enforces (two writers racing past the service's own check) answered
 * as the same refusal the check would have given.
 */
export async function refusingOnConstraint<T>(
  constraint: string,
  refusal: UserError,
  run: () => Promise<MutationResult<T>>,
): Promise<MutationResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (violatedConstraint(error) !== constraint) throw error;
    return { value: null, userErrors: [refusal] };
  }
}
