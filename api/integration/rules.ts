import { Kind, parse, validate, type GraphQLSchema } from "graphql";
import { userError, type UserError } from "../platform/conventions/errors.js";

/** A client keeps at most this many registered documents (DOC-4): a frontend's operations, not a query log. */
export const MAX_REGISTERED_DOCUMENTS_PER_CLIENT = 500;

const documentField = ["input", "document"];

/**
 * DOC-2: a registered document parses, validates against the schema, and holds only named queries and
 * mutations (subscriptions travel over WebSocket, where trusted documents do not apply). Returns the
 * operation names, or the refusals naming `input.document`.
 */
export function checkRegisteredDocument(schema: GraphQLSchema, text: string): { operationNames: string[] } | { userErrors: UserError[] } {
  let document;
  try {
    document = parse(text, { noLocation: true });
  } catch (error) {
    return { userErrors: [userError(documentField, "DOCUMENT_SYNTAX", `is not a GraphQL document: ${(error as Error).message}`, "DOC-2")] };
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) {
    return {
      userErrors: invalid
        .slice(0, 10)
        .map((e) => userError(documentField, "DOCUMENT_INVALID", `does not fit the schema: ${e.message}`, "DOC-2")),
    };
  }
  const operationNames: string[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (definition.operation === "subscription") {
      return { userErrors: [userError(documentField, "DOCUMENT_SUBSCRIPTION", "may hold only queries and mutations.", "DOC-2")] };
    }
    if (!definition.name) {
      return { userErrors: [userError(documentField, "DOCUMENT_UNNAMED_OPERATION", "must name every operation.", "DOC-2")] };
    }
    operationNames.push(definition.name.value);
  }
  if (operationNames.length === 0) {
    return { userErrors: [userError(documentField, "DOCUMENT_WITHOUT_OPERATION", "holds no operation.", "DOC-2")] };
  }
  return { operationNames };
}
