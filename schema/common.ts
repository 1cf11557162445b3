import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType, type ObjectTypeOptions } from "type-graphql";
import { Max, Min } from "class-validator";
import { screamingCase, type ScreamingCase } from "../api/platform/conventions/enum-names.js";

/** A GraphQL enum object from a drizzle pgEnum's values, so the two never drift apart. */
export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/**
 * A GraphQL enum whose names are the UPPER_SNAKE_CASE of internal camelCase or lower-case values
 * (every enum of the schema is upper case); resolvers receive and return the internal values.
 */
export const screamingEnumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [screamingCase(v), v])) as { [K in T as ScreamingCase<K>]: K };

@InterfaceType("Node", {
  description: "An object with an opaque global ID, fetchable with `node(id:)`.",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Opaque global ID; do not parse it." })
  id!: string;
}

/** Shared descriptions: every field of these kinds reads the same across the schema. */
export const EXPECTED_VERSION =
  "The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency).";
export const IDEMPOTENCY_KEY =
  "Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT.";
export const ACCESS_JUSTIFICATION =
  "PAT-3: why the hospital needs access to this patient, required (at least 20 characters) when it has no current referral, case or appointment with them and did not just register them. Recorded for auditors and announced to the coordination unit (patient.access_justified).";
export const VERSION =
  "Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`.";
export const PAYLOAD_OBJECT = "The object as stored after the change; null when `userErrors` refused it.";
export const MUTATION_INPUT =
  "The change, as one input object. A malformed field is a BAD_USER_INPUT error naming it; a business refusal comes back in `userErrors`; either way nothing is stored.";
export const DRY_RUN = "Check the step against every rule and answer what it would do, writing nothing.";
export const CREATED_AT = "When it was created (UTC, ISO 8601).";
export const CONNECTION_FILTER = "Narrows the list; every given field must match (AND). Omit to list everything your scope may see.";
/** A connection type's description, e.g. connectionOf("referrals"). */
export const connectionOf = (things: string) =>
  `A page of ${things} (Relay cursor connection): \`edges\` in a stable order, \`pageInfo\` to move on, \`totalCount\` across all pages.`;
/** A mutation payload's description, e.g. payloadOf("bookAppointment", "the booked appointment"). */
export const payloadOf = (what: string) =>
  `The result of ${what}: the object after the change, or \`userErrors\` saying which rule refused (then nothing was stored).`;

@ObjectType({ simpleResolvers: true, description: "Where a page of a connection sits in the whole list (Relay)." })
export class PageInfo {
  @Field(() => Boolean, { description: "More items follow `endCursor`: ask again with `after: endCursor`." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "More items precede `startCursor`: ask again with `before: startCursor` and `last`." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge of this page; null on an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge of this page; null on an empty page." })
  endCursor!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A refusal by a business rule. Nothing was stored when a payload carries userErrors.",
})
export class UserError {
  @Field(() => [String], { nullable: true, description: "Path to the input field at fault, e.g. [input, identifiers, 0, value]." })
  field!: string[] | null;

  @Field(() => String, { description: "What was refused and why, in English, for a person to read." })
  message!: string;

  @Field(() => String, { description: "Machine-readable reason, e.g. CHECK_DIGIT_10, VERSION_CONFLICT." })
  code!: string;

  @Field(() => String, { nullable: true, description: "The DOMAIN rule ID that refused, e.g. ID-1, PAT-3." })
  rule!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: "Page size from the start, 1 to 100 (default 20)." })
  @Min(1)
  @Max(100)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Opaque cursor: the page starts after this edge (use a page's `pageInfo.endCursor`).",
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Page size from the end, 1 to 100." })
  @Min(1)
  @Max(100)
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Opaque cursor: the page ends before this edge (use `pageInfo.startCursor`, with `last`).",
  })
  before?: string | null;
}

export interface EdgeValue<T> {
  cursor: string;
  node: T;
}

export interface ConnectionValue<T> {
  edges: EdgeValue<T>[];
  pageInfo: PageInfo;
  /** Called by the default resolver only when `totalCount` is selected. */
  totalCount: () => Promise<number>;
}

/** A Relay connection type for `node` (edges, pageInfo, totalCount). */
/** Base classes whose fields are inherited but that are not types of their own (type-graphql supports it; its typings omit it). */
const abstractType = { isAbstract: true, simpleResolvers: true } as ObjectTypeOptions;

export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this edge, for `after` or `before`; do not parse it." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} itself.` })
    node!: T;
  }

  @ObjectType(abstractType)
  abstract class ConnectionType {
    @Field(() => [Edge], { description: "The items of this page, each with its cursor." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Whether more pages follow or precede, and the cursors to reach them." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Number of objects matching the filter, across all pages." })
    totalCount!: number;
  }
  return ConnectionType;
}

/** The fields every mutation payload has. */
@ObjectType(abstractType)
export abstract class MutationPayload {
  @Field(() => [UserError], {
    description: "Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored.",
  })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "An amount of money: integer minor units and an ISO 4217 currency, never a float." })
export class Money {
  @Field(() => Int, { description: "Minor units (kuruş, cent)." })
  amountMinor!: number;

  @Field(() => String, { description: "ISO 4217 currency code, e.g. TRY, EUR, USD." })
  currency!: string;
}
