import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  getOperationAST,
  parse,
  getVariableValues,
  Kind,
  Lexer,
  Source,
  TokenKind,
  validate,
  visit,
  BREAK,
  type ASTNode,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { effectivePolicy, type ClientPolicy, type QueryLimits } from "../../auth/client-policy.js";
import { callerKey, type Principal } from "../../auth/principal.js";
import { decideRootField } from "../../auth/root-field-access.js";
import type { GraphQLContext } from "../../context.js";
import { badInput, ErrorCode, forbidden, KoordinatError, queryLimitExceeded } from "../conventions/errors.js";
import { actualCost, expandedSelectionCount, fragmentsOf, requestedCost, rootFieldNames } from "./query-cost.js";
import { rateLimitHeaders, type BucketState, type RateLimiter } from "./rate-limit.js";
import { isConsolePrincipal, type TrustedDocuments } from "./trusted-documents.js";

export interface ProtectionOptions {
  schema: GraphQLSchema;
  defaults: ClientPolicy;
  limiter: RateLimiter;
  trusted: TrustedDocuments;
  /** The console's principals run its trusted documents only (config.consoleTrustedDocumentsOnly; on unless turned off). */
  consoleTrustedDocumentsOnly?: boolean;
}

type Shape = Record<"depth" | "aliases" | "directives", number>;
const shapes = new WeakMap<DocumentNode, Shape>();

/**
 * A document's depth, aliases and directives, measured by graphql-armor's rules once per parsed
 * document (Apollo reuses it for every request with the same text), then held against each
 * client's own limits.
 */
function shapeOf(schema: GraphQLSchema, document: DocumentNode): Shape {
  let shape = shapes.get(document);
  if (!shape) {
    const measured: Shape = { depth: 0, aliases: 0, directives: 0 };
    // A limit of -1 makes every rule report what it found.
    const measure = (limit: keyof Shape) => ({
      n: -1,
      propagateOnRejection: false,
      onReject: [
        (_: unknown, error: GraphQLError) =>
          (measured[limit] = Math.max(measured[limit], Number(/found (\d+)/.exec(error.message)?.[1] ?? 0))),
      ],
    });
    // Fragments flattened: a spread is no level of the answer, and the SDK's operations are built from fragments.
    validate(schema, document, [
      maxDepthRule({ ...measure("depth"), flattenFragments: true }),
      maxAliasesRule(measure("aliases")),
      maxDirectivesRule(measure("directives")),
    ]);
    shape = measured;
    shapes.set(document, shape);
  }
  return shape;
}

export function checkShape(schema: GraphQLSchema, document: DocumentNode, limits: QueryLimits): void {
  const shape = shapeOf(schema, document);
  for (const limit of ["depth", "aliases", "directives"] as const) {
    if (shape[limit] > limits[limit]) {
      throw queryLimitExceeded(
        limit,
        limits[limit],
        shape[limit],
        `Query refused: its ${limit} is ${shape[limit]}, above this client's limit of ${limits[limit]}.`,
      );
    }
  }
}

/**
 * The token limit, checked while reading the document and before Apollo parses and validates it
 * (the request's context is built first), so a huge document costs no more than its first tokens.
 */
export function refuseOversizedDocument(query: unknown, principal: Principal | null, defaults: ClientPolicy): void {
  if (typeof query !== "string") return;
  const maximum = effectivePolicy(defaults, principal?.policy).limits.tokens;
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++tokens > maximum) {
        throw queryLimitExceeded("tokens", maximum, tokens, `Query refused: it has more than ${maximum} tokens, this client's limit.`);
      }
    }
  } catch (error) {
    // A syntax error is the parser's to report, with its location.
    if (error instanceof KoordinatError) throw error;
  }
}

/** A UTF-16 surrogate without its partner: such text has no UTF-8 form, so PostgreSQL could not store it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Variables nested deeper than this are refused: no input of the schema comes close, and walking them must stay cheap. */
export const MAX_VARIABLES_DEPTH = 16;

const surrogateProblem = (text: string) => (LONE_SURROGATE.test(text) ? "the text is not valid Unicode (a lone UTF-16 surrogate)." : null);

/** Why PostgreSQL could not store this text, or null. */
function textProblem(text: string): string | null {
  // PostgreSQL's text cannot hold U+0000: the driver's error would be a 500 carrying the statement's values.
  if (text.includes("\u0000")) return "the text contains a NUL character (U+0000), which cannot be stored.";
  return surrogateProblem(text);
}

const refusedText = (path: string[], message: string, extensions: Record<string, unknown> = {}) =>
  withStatus(new KoordinatError(ErrorCode.BAD_USER_INPUT, `${path.join(".")}: ${message}`, { field: path, ...extensions }), 400);

/**
 * Text PostgreSQL cannot store (a NUL character, a lone surrogate) and variables nested absurdly
 * deep are refused before anything runs, naming where. Walked with a stack of its own, not
 * recursion: a body nested 100,000 levels deep must not overflow the call stack.
 */
export function refuseIllFormedText(body: { query?: unknown; variables?: unknown; operationName?: unknown } | undefined): void {
  const pending: { value: unknown; path: string[] }[] = [
    { value: body?.query, path: ["query"] },
    { value: body?.operationName, path: ["operationName"] },
    { value: body?.variables, path: ["variables"] },
  ];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === "string") {
      // A NUL in the query text is the parser's to refuse, or sits in a literal that refuseIllFormedLiterals names.
      const problem = path[0] === "query" ? surrogateProblem(value) : textProblem(value);
      if (problem) throw refusedText(path, problem);
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (path.length > MAX_VARIABLES_DEPTH) {
      throw refusedText(path.slice(0, 3), `the variables are nested deeper than ${MAX_VARIABLES_DEPTH} levels.`, {
        limit: "variablesDepth",
        maximum: MAX_VARIABLES_DEPTH,
      });
    }
    for (const [key, item] of Object.entries(value)) {
      const problem = textProblem(key);
      if (problem) throw refusedText(path, `a key: ${problem}`);
      pending.push({ value: item, path: [...path, key] });
    }
  }
}

/** Where a literal sits in the document: the fields, arguments and input fields around it. */
function literalPath(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string[] {
  const path: string[] = [];
  for (const ancestor of ancestors) {
    if (!("kind" in ancestor)) continue;
    if (ancestor.kind === Kind.FIELD) path.push(ancestor.alias?.value ?? ancestor.name.value);
    else if (ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD) path.push(ancestor.name.value);
    else if (ancestor.kind === Kind.VARIABLE_DEFINITION) path.push(`$${ancestor.variable.name.value}`);
    else if (ancestor.kind === Kind.FRAGMENT_DEFINITION) path.push(ancestor.name.value);
  }
  return path;
}

/** The first string literal written in the document that PostgreSQL could not store (`"A\\u0000B"` is a NUL once parsed). */
function illFormedLiteral(document: DocumentNode): { path: string[]; problem: string } | null {
  let found: { path: string[]; problem: string } | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      const problem = textProblem(node.value);
      if (!problem) return undefined;
      found = { path: literalPath([...ancestors, parent!]), problem };
      return BREAK;
    },
  });
  return found;
}

/** Errors thrown before execution carry their HTTP status, or Apollo answers 500. */
const withStatus = (error: KoordinatError, status: number) =>
  new KoordinatError(error.extensions.code as ErrorCode, error.message, { ...error.extensions, http: { status, headers: new Map() } });

/**
 * The door in front of the services: every root field of the operation must be open to the caller's
 * role. Checked before the document is validated too, so a caller learns nothing about the input of
 * a field it may not call. A field the schema does not have is validation's to report.
 */
function refuseRootFieldsOutsideRole(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  principal: Principal,
) {
  const root = schema.getRootType(operation.operation);
  if (!root) return;
  for (const field of rootFieldNames(operation, fragmentsOf(document))) {
    if (field.startsWith("__") || !root.getFields()[field]) continue;
    const rootField = `${root.name}.${field}`;
    const decision = decideRootField(principal, rootField);
    if (!decision.allowed) throw withStatus(forbidden(`call ${rootField}`, decision.reason), 403);
  }
}

/**
 * Selections after every fragment is expanded (the document's normalised size): above this the
 * document is refused before it is validated, measured or run. The SDK's largest operation makes
 * 81; a document within the default 2,000 tokens and without fragments, at most about 2,000; a
 * fragment bomb of 1 KB, millions.
 */
export const MAX_EXPANDED_SELECTIONS = 5_000;

/** Parsed documents by their text, for the checks made before Apollo validates (the most recent few hundred). */
const parsedDocuments = new Map<string, DocumentNode | null>();
const PARSED_DOCUMENTS_KEPT = 500;

function parsedOnce(query: string): DocumentNode | null {
  let document = parsedDocuments.get(query);
  if (document === undefined) {
    try {
      document = parse(query, { maxTokens: MAX_PARSED_TOKENS });
    } catch {
      // A syntax error is Apollo's to report, with its location.
      document = null;
    }
    if (parsedDocuments.size >= PARSED_DOCUMENTS_KEPT) parsedDocuments.delete(parsedDocuments.keys().next().value!);
    parsedDocuments.set(query, document);
  }
  return document;
}

/** A parser ceiling above any client's token limit: a huge document is refused while it is read, not after. */
export const MAX_PARSED_TOKENS = 20_000;

/** Why a document is refused whoever sends it (too large expanded, ill-formed literals), or null; once per document. */
const documentRefusals = new WeakMap<DocumentNode, (() => KoordinatError) | null>();

function documentRefusal(document: DocumentNode): (() => KoordinatError) | null {
  let refusal = documentRefusals.get(document);
  if (refusal === undefined) {
    const selections = expandedSelectionCount(document);
    if (selections > MAX_EXPANDED_SELECTIONS) {
      refusal = () =>
        queryLimitExceeded(
          "expandedSelections",
          MAX_EXPANDED_SELECTIONS,
          selections,
          `Query refused: with its fragments expanded it makes ${selections} selections, above the limit of ${MAX_EXPANDED_SELECTIONS}; spread each fragment where it is needed once.`,
        );
    } else {
      const literal = illFormedLiteral(document);
      refusal = literal && (() => refusedText(literal.path, literal.problem));
    }
    documentRefusals.set(document, refusal);
  }
  return refusal;
}

/**
 * What is refused before graphql-js validates a document (run from the request's context, as
 * Apollo lets no plugin answer before validation): root fields outside the caller's role, so a
 * caller learns nothing about the input of a field it may not call; a document too large once its
 * fragments are expanded; text in its literals that PostgreSQL cannot store. Linear in the
 * document's size, once per text.
 */
export function refuseBeforeValidation(
  schema: GraphQLSchema,
  body: { query?: unknown; operationName?: unknown } | undefined,
  principal: Principal | null,
): void {
  if (typeof body?.query !== "string") return;
  const document = parsedOnce(body.query);
  if (!document) return;
  const operationName = typeof body.operationName === "string" ? body.operationName : undefined;
  const operation = getOperationAST(document, operationName);
  if (operation && principal) refuseRootFieldsOutsideRole(schema, operation, document, principal);
  const refusal = documentRefusal(document);
  if (refusal) throw refusal();
}

const rateLimited = (state: BucketState, cost: number, headers: [string, string][]) =>
  new KoordinatError(
    ErrorCode.RATE_LIMITED,
    `Rate limited: this query costs ${cost} points and ${state.available} are available; retry in ${state.retryAfterSeconds} s.`,
    { cost, available: state.available, retryAfterSeconds: state.retryAfterSeconds, http: { status: 429, headers: new Map(headers) } },
  );

/**
 * DOC-3: a trusted-documents-only client, and a person through the console (config.consoleTrustedDocumentsOnly), runs
 * only its trusted documents. The refusal when the document of this hash is not one of them, else undefined; over HTTP
 * (protectionPlugin) and over graphql-ws (api/events/websocket.ts) alike.
 */
export async function untrustedDocumentRefusal(
  principal: Principal | null,
  sha256: string | undefined,
  options: Pick<ProtectionOptions, "defaults" | "trusted" | "consoleTrustedDocumentsOnly">,
): Promise<KoordinatError | undefined> {
  const { trustedDocumentsOnly } = effectivePolicy(options.defaults, principal?.policy);
  const trustedOnly = trustedDocumentsOnly || ((options.consoleTrustedDocumentsOnly ?? true) && isConsolePrincipal(principal));
  if (!trustedOnly || (principal && (await options.trusted.isTrustedFor(principal.clientId, sha256)))) return undefined;
  return forbidden(
    "run this document",
    isConsolePrincipal(principal)
      ? "the operations console runs only its own documents, extracted by npm run codegen (examples/console/src/gql/persisted-documents.json): regenerate and rebuild the console."
      : "this client runs only trusted documents (the SDK's published operations and documents registered for it with registerTrustedDocument): send one of them, or its hash in extensions.persistedQuery.sha256Hash.",
  );
}

/**
 * Refuses abuse before a query runs, cheaply: trusted-documents-only clients, root fields outside
 * the caller's role (api/auth/root-field-access.ts; already checked before validation for a document
 * sent as text, see refuseBeforeValidation, and here for one sent by its hash alone), then the document's
 * depth, aliases and directives (graphql-armor), list arguments and the computed cost, then
 * the client's leaky bucket. Reports the cost of every answered query in `extensions.cost`, and
 * gives back the points a query was charged above what it returned.
 */
export function protectionPlugin(options: ProtectionOptions): ApolloServerPlugin<GraphQLContext> {
  const { schema, defaults, limiter, trusted, consoleTrustedDocumentsOnly = true } = options;
  // The cost of an operation without variables depends on its document alone (Apollo keeps one parsed document per
  // query text): computed once. With variables it is computed for each request's values.
  const constantCosts = new WeakMap<OperationDefinitionNode, ReturnType<typeof requestedCost>>();
  const costOf = (operation: OperationDefinitionNode, document: DocumentNode, variables: Record<string, unknown>) => {
    if (operation.variableDefinitions?.length) return requestedCost(schema, operation, fragmentsOf(document), variables);
    let cost = constantCosts.get(operation);
    if (!cost) constantCosts.set(operation, (cost = requestedCost(schema, operation, fragmentsOf(document), variables)));
    return cost;
  };
  return {
    async requestDidStart() {
      let charge: { clientId: string; requested: number; state: BucketState; policy: ClientPolicy } | undefined;
      return {
        async didResolveOperation({ request, document, operation, queryHash, contextValue }) {
          if (!operation) return;
          const principal = contextValue.principal;
          const policy = effectivePolicy(defaults, principal?.policy);
          const untrusted = await untrustedDocumentRefusal(principal, queryHash, { defaults, trusted, consoleTrustedDocumentsOnly });
          if (untrusted) throw withStatus(untrusted, 403);
          if (principal) refuseRootFieldsOutsideRole(schema, operation, document, principal);
          checkShape(schema, document, policy.limits);
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Variables or arguments of the wrong type: execution refuses them, naming each.
          if (variables.errors) return;
          let requested;
          try {
            requested = costOf(operation, document, variables.coerced);
          } catch {
            // An argument that does not coerce: execution refuses it, naming it.
            return;
          }
          const [violation] = requested.violations;
          if (violation) {
            const rule =
              violation.limit === "first"
                ? `must be between 1 and ${violation.maximum} (got ${violation.actual}).`
                : `is a list of ${violation.actual} items; at most ${violation.maximum}.`;
            throw withStatus(
              badInput(violation.path, rule, null, {
                limit: violation.limit,
                maximum: violation.maximum,
                actual: violation.actual,
              }),
              400,
            );
          }
          const maximumCost = Math.min(policy.limits.cost, policy.rateLimit.points);
          if (requested.cost > maximumCost) {
            throw queryLimitExceeded(
              "cost",
              maximumCost,
              requested.cost,
              `Query refused: it would cost ${requested.cost} points, above this client's limit of ${maximumCost}; ask for smaller pages (first) or fewer fields.`,
            );
          }
          if (!principal) return;
          const state = await limiter.pour(callerKey(principal), requested.cost, policy.rateLimit);
          charge = { clientId: callerKey(principal), requested: requested.cost, state, policy };
          if (!state.allowed) throw rateLimited(state, requested.cost, rateLimitHeaders(state, policy.rateLimit));
        },
        async willSendResponse({ response, document, operation }) {
          if (!charge) return;
          let state = charge.state;
          if (state.allowed && response.body.kind === "single" && document && operation) {
            const result = response.body.singleResult;
            const actual = actualCost(schema, operation, fragmentsOf(document), result.data);
            if (actual !== charge.requested)
              // The answer is ready: a limiter lost meanwhile leaves the charge at the estimate rather than failing it.
              state = await limiter.settle(charge.clientId, actual - charge.requested, charge.policy.rateLimit).catch(() => state);
            result.extensions = {
              ...result.extensions,
              cost: {
                requestedQueryCost: charge.requested,
                actualQueryCost: actual,
                throttleStatus: {
                  maximumAvailable: charge.policy.rateLimit.points,
                  currentlyAvailable: state.available,
                  restoreRate: charge.policy.rateLimit.restorePerSecond,
                },
              },
            };
          }
          for (const [name, value] of rateLimitHeaders(state, charge.policy.rateLimit)) response.http.headers.set(name, value);
        },
      };
    },
  };
}

/**
 * A body the JSON parser refused (over 1 MB, or not JSON) answered as GraphQL over HTTP does,
 * with a JSON error naming the limit (the error handler of the GraphQL route).
 */
export function answerUnreadableBody(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode;
  if (reply.sent || status === undefined || status < 400 || status >= 500) throw error;
  const tooLarge = error.code === "FST_ERR_CTP_BODY_TOO_LARGE";
  return reply.code(status).send({
    errors: [
      {
        message: tooLarge ? "The request body is larger than 1 MB." : "The request body is not valid JSON.",
        extensions: { code: "BAD_REQUEST", ...(tooLarge ? { limit: "bodySize" } : {}) },
      },
    ],
  });
}
