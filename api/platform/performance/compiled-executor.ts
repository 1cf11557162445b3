import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import {
  defaultFieldResolver,
  defaultTypeResolver,
  execute,
  GraphQLError,
  getVariableValues,
  isAbstractType,
  isObjectType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

type GatewayInterface = ApolloServerOptionsWithGateway<never>["gateway"];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface["load"]>>["executor"]>;

/**
 * graphql-jit's errors carry a read-only, often empty `extensions`; Apollo then answers "Internal server error"
 * without code or path. The same error as graphql-js builds it (`locatedError`): the thrown error's message and
 * extensions, the field's location and path.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  if (original instanceof GraphQLError && !original.path) {
    return new GraphQLError(original.message, {
      nodes: error.nodes,
      path: error.path,
      originalError: original,
      extensions: original.extensions,
    });
  }
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: original ?? undefined,
  });
}

/** The compiled query, or null (graphql-js runs it) when graphql-jit refuses or fails to compile the document. */
function compileOrNull(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  try {
    const result = compileQuery(schema, document, operationName);
    return isCompiledQuery(result) ? result : null;
  } catch {
    return null;
  }
}

/**
 * Apollo Server 5 executes through a gateway's executor when given one (it still parses, validates with its
 * document cache, builds the context and runs the plugins): here, queries compiled once per document by
 * graphql-jit. Variables are checked by graphql-js first, so their errors read exactly as before; mutations
 * and anything graphql-jit cannot compile keep graphql-js's executor.
 */
export function compiledQueryGateway(schema: GraphQLSchema): GatewayInterface {
  // graphql-jit reads a field without a resolver as a plain property; graphql-js calls it when it is a function
  // (a connection's lazy `totalCount`). Its default resolver on those fields keeps graphql-js's behaviour.
  // The abstract types (Node, ApprovalSubject) name their object type in `__typename`, but type-graphql wraps their
  // resolveType in an async function, which graphql-jit cannot await: graphql-js's default type resolver reads it directly.
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) field.resolve ??= defaultFieldResolver;
    if (isAbstractType(type)) type.resolveType = defaultTypeResolver;
  }
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined) => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? "";
    if (!byOperation.has(key)) byOperation.set(key, compileOrNull(schema, document, operationName));
    return byOperation.get(key)!;
  };
  const graphqlJs: GatewayExecutor = async ({ document, request, context: contextValue }) =>
    execute({ schema, document, contextValue, variableValues: request.variables, operationName: request.operationName });
  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operation, request, context: contextValue } = requestContext;
    // No operation resolved (several without an operationName, or a name the document lacks): graphql-js names the
    // problem and Apollo answers it with 400 OPERATION_RESOLUTION_FAILURE.
    if (!operation || operation.operation !== "query") return graphqlJs(requestContext);
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (variables.errors) return { errors: variables.errors };
    const query = compiledFor(document, request.operationName ?? undefined);
    if (!query) return graphqlJs(requestContext);
    // graphql-js's coerced values (with the input fields' defaults filled in, which graphql-jit's own coercion misses).
    const result = (await query.query(undefined, contextValue, variables.coerced)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}
