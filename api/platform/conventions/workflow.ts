import { and, eq, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "../../../drizzle/database.js";
import type { HistoryTable } from "../../../drizzle/schema/history.js";
import type { Principal } from "../../auth/principal.js";
import { recordEvent, type NewEvent } from "../../events/outbox.js";
import type { Clock } from "../time/clock.js";
import { userError, type UserError } from "./errors.js";
import { currentVersionOf, refuseIfAny, staleVersion } from "./mutation.js";

/**
 * The workflow kernel: every state change of a workflow entity goes through `transition()`, in the caller's
 * transaction, which
 *   1. checks the move with the entity's state machine (`moves`), refusing with the workflow's rule ID;
 *   2. updates the row guarded by `expectedVersion` (and the state it was read in), bumping `version`; on a miss it
 *      re-reads the row and answers CONFLICT with the real `currentVersion`;
 *   3. appends the `<entity>_history` row (drizzle/schema/history.ts) with who, when, from, to, note and version;
 *   4. records the event(s) in the outbox, so they exist exactly when the change committed.
 *
 *     export const appointmentWorkflow = defineWorkflow({
 *       entity: "Appointment", table: appointments, history: appointmentHistory, rule: "APPT-9",
 *       moves: { BOOKED: { cancel: "CANCELLED", recordAttendance: ["ATTENDED", "NO_SHOW"] }, CANCELLED: {}, … },
 *     });
 *     // in a service, inside inTransaction(this.ctx, async (t) => …):
 *     const updated = await transition(t, appointmentWorkflow, {
 *       row, expectedVersion, action: "cancel", changes: { cancelledAt: now }, note: reason,
 *       event: (updated) => appointmentEvent(updated, row.status, "cancel", audienceFacts),
 *     });
 *
 * A create writes its first history row with `recordCreation()`; a server job moving many rows at once writes theirs
 * with `appendHistory()`. Read a history through the request's loaders (`historyLoader`).
 */

/** For each state, the actions allowed and the state each leads to; a list when the caller's input picks one. */
export type Moves<State extends string, Action extends string> = Record<State, Partial<Record<Action, State | readonly State[]>>>;

/** A workflow table: its rows have an id, a state column `status` and an optimistic-concurrency `version`. */
export type WorkflowTable = PgTable & { id: AnyPgColumn; status: AnyPgColumn; version: AnyPgColumn; updatedAt: AnyPgColumn };

export interface Workflow<State extends string, Action extends string> {
  /** The GraphQL type name (CONFLICT messages). */
  entity: string;
  table: WorkflowTable;
  history: HistoryTable;
  moves: Moves<State, Action>;
  /** The rule ID a refused move names (null when no rule of the domain names the states). */
  rule: string | null;
  /** The refusal of a move the machine does not allow; by default INVALID_TRANSITION naming the allowed moves. */
  refusal?: (from: State, action: Action) => UserError;
  /** The rule ID a lost race (CONFLICT) names, where the domain has one (approvals: APR-4). */
  conflictRule?: string;
}

export const defineWorkflow = <State extends string, Action extends string>(workflow: Workflow<State, Action>) => workflow;

/** Who acts in a transition and when: a request's `TransactionContext`, or a server job's (`principal: null`). */
export interface WorkflowContext {
  tx: Transaction;
  clock: Clock;
  principal: Principal | null;
}

/**
 * The state `action` leads to from `from` (pure: use it in rules and dry runs too), or the refusal. `to` picks among
 * an action's several outcomes (attendance: ATTENDED or NO_SHOW) and must be one of them.
 */
export function checkMove<State extends string, Action extends string>(
  workflow: Pick<Workflow<State, Action>, "moves" | "rule" | "refusal">,
  from: State,
  action: Action,
  to?: State,
): { to: State } | { error: UserError } {
  const targets = workflow.moves[from]?.[action];
  const allowed = targets === undefined ? [] : typeof targets === "string" ? [targets as State] : (targets as readonly State[]);
  const chosen = to ?? (allowed.length === 1 ? allowed[0] : undefined);
  if (chosen !== undefined && allowed.includes(chosen)) return { to: chosen };
  if (workflow.refusal) return { error: workflow.refusal(from, action) };
  const possible = (Object.entries(workflow.moves[from] ?? {}) as [Action, State | State[]][]).map(
    ([a, s]) => `${a} → ${Array.isArray(s) ? s.join("|") : s}`,
  );
  return {
    error: userError(
      ["input", "action"],
      "INVALID_TRANSITION",
      `Cannot ${action} in state ${from}; allowed from ${from}: ${possible.join(", ") || "nothing (final state)"}.`,
      workflow.rule,
    ),
  };
}

/** `checkMove`'s refusal as a list, to join other checks' `userErrors` before the transaction opens. */
export function moveErrors<State extends string, Action extends string>(
  workflow: Pick<Workflow<State, Action>, "moves" | "rule" | "refusal">,
  from: State,
  action: Action,
  to?: State,
): UserError[] {
  const checked = checkMove(workflow, from, action, to);
  return "error" in checked ? [checked.error] : [];
}

export interface Move<Row, State extends string, Action extends string> {
  /** The row as the caller read it (its state is the move's `from`). */
  row: Row & { id: string; status: State; version: number };
  /** The version the client read; the update matches only at that version. */
  expectedVersion: number;
  action: Action;
  /** The target state, when the action has several (see `checkMove`). */
  to?: State;
  /** Other columns the move sets (timestamps, reasons); `status`, `version` and `updatedAt` are set by the kernel. */
  changes?: Partial<Row>;
  /** The comment or reason recorded in the history row. */
  note?: string | null;
  /** The event(s) of the move, built from the updated row (audiences are read before the transaction). */
  event?: (updated: Row) => NewEvent | NewEvent[] | null;
  /** The workflow's own columns of the history row (see `historyTable`'s `extra`). */
  details?: Record<string, unknown>;
}

/** Moves one row of a workflow: checked, versioned, historied and announced, in the caller's transaction. */
export async function transition<Row, State extends string, Action extends string>(
  w: WorkflowContext,
  workflow: Workflow<State, Action>,
  move: Move<Row, State, Action>,
): Promise<Row> {
  const checked = checkMove(workflow, move.row.status, move.action, move.to);
  if ("error" in checked) refuseIfAny([checked.error]);
  const to = (checked as { to: State }).to;
  const { table } = workflow;
  const now = w.clock.now();
  const [updated] = (await w.tx
    .update(table)
    .set({ ...(move.changes ?? {}), status: to, version: sql`${table.version} + 1`, updatedAt: now } as never)
    .where(and(eq(table.id, move.row.id), eq(table.version, move.expectedVersion), eq(table.status, move.row.status)))
    .returning()) as (Row & { id: string; version: number })[];
  if (!updated) {
    const current = await currentVersionOf(w.tx, table, move.row.id);
    throw staleVersion(workflow.entity, move.expectedVersion, current, workflow.conflictRule ? { rule: workflow.conflictRule } : {});
  }
  await appendHistory(w, workflow, [
    {
      entityId: updated.id,
      fromState: move.row.status,
      toState: to,
      action: move.action,
      note: move.note ?? null,
      version: updated.version,
      ...move.details,
    },
  ]);
  await announce(w, move.event?.(updated));
  return updated;
}

/** The history row and event of a new workflow row, in the caller's transaction (after its insert). */
export async function recordCreation<
  Row extends { id: string; status: State; version: number },
  State extends string,
  Action extends string = string,
>(
  w: WorkflowContext,
  workflow: Pick<Workflow<State, Action>, "history">,
  created: {
    row: Row;
    action: string;
    note?: string | null;
    event?: (row: Row) => NewEvent | NewEvent[] | null;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  const { row } = created;
  await appendHistory(w, workflow, [
    {
      entityId: row.id,
      fromState: null,
      toState: row.status,
      action: created.action,
      note: created.note ?? null,
      version: row.version,
      ...created.details,
    },
  ]);
  await announce(w, created.event?.(row));
}

export interface HistoryEntry {
  entityId: string;
  fromState: string | null;
  toState: string;
  action: string;
  note: string | null;
  version: number;
  /** The workflow's own columns, if its history table has any. */
  [detail: string]: unknown;
}

/** Appends history rows in one statement, as the acting principal (null for the server's own jobs), at the clock's now. */
export async function appendHistory(w: WorkflowContext, workflow: Pick<Workflow<string, string>, "history">, entries: HistoryEntry[]) {
  if (entries.length === 0) return;
  const at = w.clock.now();
  await w.tx.insert(workflow.history).values(
    entries.map((e) => ({
      ...e,
      actorClientId: w.principal?.clientId ?? null,
      actorRole: w.principal?.role ?? null,
      actorPerson: w.principal?.person?.id ?? null,
      at,
    })) as never,
  );
}

async function announce(w: WorkflowContext, events: NewEvent | NewEvent[] | null | undefined) {
  if (!events) return;
  await recordEvent(w.tx, w, ...(Array.isArray(events) ? events : [events]));
}
