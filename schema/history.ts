import { DateTimeISOResolver } from "graphql-scalars";
import { Field, Int, ObjectType, type ObjectTypeOptions } from "type-graphql";

/**
 * The schema side of a workflow history (drizzle/schema/history.ts): one `<Entity>HistoryEntry` type per workflow,
 * exposed as a `history` field on the entity, oldest first, read through the request's loaders.
 *
 *     @ObjectType({ description: historyEntryOf("appointment") })
 *     export class AppointmentHistoryEntry extends HistoryEntry(AppointmentStatus, "appointment", "book, confirm, cancel, …") {}
 */
export const historyEntryOf = (subject: string) =>
  `One step of the ${subject}'s history (append-only): who moved it, when, from which state to which.`;

/** `actions`: the actions the history records, for the description (e.g. "book, confirm, cancel, autoCancel, recordAttendance"). */
export function HistoryEntry<S extends object>(stateEnum: S, subject: string, actions: string) {
  // Its fields are inherited by the decorated subclass; it is no type of its own (type-graphql's typings omit the option).
  @ObjectType({ isAbstract: true } as ObjectTypeOptions)
  abstract class Entry {
    @Field(() => stateEnum, { description: "State before; null for the creation.", nullable: true })
    fromState!: keyof S | null;

    @Field(() => stateEnum, { description: "State after." })
    toState!: keyof S;

    @Field(() => String, { description: `What was done, as the ${subject}'s events name it: ${actions}.` })
    action!: string;

    @Field(() => String, {
      description: "Role of the client that acted; null for the server's own jobs and for steps reconstructed when the history began.",
      nullable: true,
    })
    actorRole!: string | null;

    @Field(() => String, { description: "The comment or reason given, if any.", nullable: true })
    note!: string | null;

    @Field(() => DateTimeISOResolver, { description: "When (UTC)." })
    at!: Date;

    @Field(() => Int, { description: `The ${subject}'s version after this step.` })
    version!: number;
  }
  return Entry;
}
