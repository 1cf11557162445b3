import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType, type ObjectTypeOptions } from "type-graphql";
import { Max, Min } from "class-validator";
import { screamingCase, type ScreamingCase } from "../api/platform/enum-names.js";

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

@ObjectType({ simpleResolvers: true, description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A refusal by a business rule. Nothing was stored when a payload carries userErrors.",
})
export class UserError {
  @Field(() => [String], { nullable: true, description: "Path to the input field at fault, e.g. [input, identifiers, 0, value]." })
  field!: string[] | null;

  @Field(() => String)
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

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Page size from the end, 1 to 100." })
  @Min(1)
  @Max(100)
  last?: number | null;

  @Field(() => String, { nullable: true })
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
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(abstractType)
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Number of objects matching the filter, across all pages." })
    totalCount!: number;
  }
  return ConnectionType;
}

/** The fields every mutation payload has. */
@ObjectType(abstractType)
export abstract class MutationPayload {
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
export class Money {
  @Field(() => Int, { description: "Minor units (kuruş, cent)." })
  amountMinor!: number;

  @Field(() => String, { description: "ISO 4217" })
  currency!: string;
}
