import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";

/** A well-formed ID of no existing object: services answer NOT_FOUND (or refuse the caller) rather than reject its shape. */
export const UNKNOWN_ID = Buffer.from("Facility:00000000-0000-0000-0000-000000000000").toString("base64url");

const scalarSamples: Record<string, unknown> = {
  ID: UNKNOWN_ID,
  String: "06",
  Int: 1,
  Float: 1,
  Boolean: false,
  LocalDate: "2026-01-05",
  DateTimeISO: "2026-01-05T08:00:00.000Z",
};

/** Values for input fields and arguments by name (e.g. the caller's own organisation code), used wherever the name occurs. */
export type SampleOverrides = Record<string, unknown>;

/** The smallest value the type accepts: required input fields (and overridden ones) only, one-element lists. */
export function sampleValue(type: GraphQLInputType, overrides: SampleOverrides = {}): unknown {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) return [sampleValue(nullable.ofType, overrides)];
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (isScalarType(nullable)) {
    if (!(nullable.name in scalarSamples)) throw new Error(`schema-samples: no sample for the scalar ${nullable.name}; add one.`);
    return scalarSamples[nullable.name];
  }
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((field) => (isNonNullType(field.type) && field.defaultValue === undefined) || field.name in overrides)
        .map((field) => [field.name, field.name in overrides ? overrides[field.name] : sampleValue(field.type, overrides)]),
    );
  }
  throw new Error(`schema-samples: unexpected input type ${String(type)}`);
}

const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/** A request for one root field with sample values for its required arguments, selecting only `__typename`. */
export function sampleRequest(operation: "query" | "mutation", field: GraphQLField<unknown, unknown>, overrides: SampleOverrides = {}) {
  const args = requiredArgs(field);
  const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const call = args.length ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(", ")})` : "";
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return {
    query: `${operation} Sample${definitions ? `(${definitions})` : ""} { ${field.name}${call}${selection} }`,
    variables: Object.fromEntries(
      args.map((arg) => [arg.name, arg.name in overrides ? overrides[arg.name] : sampleValue(arg.type, overrides)]),
    ),
  };
}

/** Every root field of the schema, as `Query.x` / `Mutation.y`. */
export function rootFields(types: { query: GraphQLObjectType; mutation: GraphQLObjectType }) {
  return (["query", "mutation"] as const).flatMap((operation) =>
    Object.values(types[operation].getFields()).map((field) => ({ operation, field, name: `${types[operation].name}.${field.name}` })),
  );
}
