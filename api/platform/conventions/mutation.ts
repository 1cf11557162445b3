import type { Database, Transaction } from "../../../drizzle/database.js";
import { conflict, UserErrorsRefusal, type UserError } from "./errors.js";

export type MutationResult<T> = { value: T; userErrors: [] } | { value: null; userErrors: UserError[] };

/**
 * Runs a state change in one transaction. A `UserErrorsRefusal` thrown inside rolls everything
 * back and becomes the payload's `userErrors`: a refused mutation stores nothing.
 */
export async function inTransaction<T>(db: Database, run: (tx: Transaction) => Promise<T>): Promise<MutationResult<T>> {
  try {
    return { value: await db.transaction(run), userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorsRefusal) return { value: null, userErrors: error.userErrors };
    throw error;
  }
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

/** Optimistic concurrency: an update that matched no row at the expected version. */
export function staleVersion(type: string, expectedVersion: number, currentVersion: number | undefined) {
  return conflict(
    `${type} was changed by someone else: you sent expectedVersion ${expectedVersion}, it is now at version ${currentVersion}. Read it again and retry.`,
    { field: ["input", "expectedVersion"], currentVersion },
  );
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
