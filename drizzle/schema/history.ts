import {
  bigint,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
  type PgColumnBuilderBase,
  type PgEnum,
} from "drizzle-orm/pg-core";

/**
 * The convention for a workflow's history: `<entity>_history`, one row per transition (and one for the creation),
 * written by `transition()` / `recordCreation()` (api/platform/conventions/workflow.ts), never changed. Columns:
 * `id` (order), `entity_id`, `from_state` (null for the creation), `to_state`, `action` (the state machine's action),
 * `actor_client_id` and `actor_role` (null for the server's own jobs), `actor_person` (the staff account id of the
 * person behind the client when one signed in, api/staff), `note` (a comment or reason), `at`, and `version` (the entity's version after
 * the move). In its migration, make it append-only: `SELECT koordinat_make_append_only('<entity>_history');`.
 *
 *     export const appointmentHistory = historyTable("appointment_history", () => appointments.id, appointmentStatus);
 */
export function historyTable<
  const Name extends string,
  E extends [string, ...string[]],
  Extra extends Record<string, PgColumnBuilderBase> = Record<never, PgColumnBuilderBase>,
>(
  name: Name,
  entityId: () => AnyPgColumn,
  stateEnum: PgEnum<E>,
  /** A workflow's own facts of each move (an approval's step and revision), written through `transition`'s `details`. */
  extra?: Extra,
) {
  return pgTable(
    name,
    {
      id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
      entityId: uuid().notNull().references(entityId, { onDelete: "restrict" }),
      fromState: stateEnum(),
      toState: stateEnum().notNull(),
      action: text().notNull(),
      actorClientId: text(),
      actorRole: text(),
      actorPerson: text(),
      note: text(),
      at: timestamp({ withTimezone: true }).notNull(),
      version: integer().notNull(),
      ...(extra as Extra),
    },
    (t) => [index(`${name}_entity_idx`).on(t.entityId, t.id)],
  );
}

/** Any table made by `historyTable`, as the workflow kernel writes and reads it. */
export type HistoryTable = ReturnType<typeof historyTable<string, [string, ...string[]]>>;
export type HistoryRow = HistoryTable["$inferSelect"];
