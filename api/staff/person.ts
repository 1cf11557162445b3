import { toGlobalId } from "../platform/conventions/global-id.js";
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { StaffPerson, type StaffPerson as StaffPersonType } from "../../schema/staff.js";
import type { GraphQLContext } from "../context.js";

/** The GraphQL type name of staff accounts (their global IDs). */
export const STAFF_ACCOUNT_TYPE = "StaffAccount";

/** A person as the API shows them: the account's global ID, username and name. */
export const staffPersonOf = (person: { id: string; username: string; displayName: string }): StaffPersonType => ({
  id: toGlobalId(STAFF_ACCOUNT_TYPE, person.id),
  username: person.username,
  displayName: person.displayName,
});

/** The person a record names by account id (uuid text), batched per request; null for none (a machine client). */
export async function personNamed(ctx: GraphQLContext, personId: string | null | undefined): Promise<StaffPersonType | null> {
  if (!personId) return null;
  const row = await ctx.loaders.staffPersonById.load(personId);
  return row ? staffPersonOf(row) : null;
}

/** History entries name the person as the stored account id (`actor_person`) beside the client and role. */
interface WithActorPerson {
  actorPerson?: string | null;
}

/**
 * The `actorPerson` field of a history entry type: the person who made the step (staff sign-in), null for a
 * machine client or the server's own jobs. One resolver class per entry type, listed in api/schema.ts.
 */
export function actorPersonResolver(entryType: ClassType) {
  @Resolver(() => entryType)
  class ActorPersonResolver {
    @FieldResolver(() => StaffPerson, {
      nullable: true,
      description:
        "The person signed in through the client who made this step (staff sign-in); null for a machine client or the server's own jobs.",
    })
    actorPerson(@Root() entry: WithActorPerson, @Ctx() ctx: GraphQLContext) {
      return personNamed(ctx, entry.actorPerson);
    }
  }
  Object.defineProperty(ActorPersonResolver, "name", { value: `${entryType.name}ActorPersonResolver` });
  return ActorPersonResolver;
}
