import type { ApolloServerPlugin } from "@apollo/server";
import type { ErrorRequestHandler } from "express";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  getVariableValues,
  Lexer,
  Source,
  TokenKind,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { effectivePolicy, type ClientPolicy, type QueryLimits } from "../auth/client-policy.js";
import type { Principal } from "../auth/principal.js";
import { decideRootField } from "../auth/root-field-access.js";
import type { GraphQLContext } from "../context.js";
import { badInput, ErrorCode, forbidden, KoordinatError, queryLimitExceeded } from "./errors.js";
import { actualCost, fragmentsOf, requestedCost, rootFieldNames } from "./query-cost.js";
import { rateLimitHeaders, type BucketState, type RateLimiter } from "./rate-limit.js";
import type { TrustedDocuments } from "./trusted-documents.js";

export interface ProtectionOptions {
  schema: GraphQLSchema;
  defaults: ClientPolicy;
  limiter: RateLimiter;
  trusted: TrustedDocuments;
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

function illFormedTextAt(value: unknown, path: string[]): string[] | null {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? path : null;
  if (value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    const found = illFormedTextAt(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Text that is not valid Unicode is refused before anything runs, naming where it is (the fuzzer found a lone surrogate reaching the database). */
export function refuseIllFormedText(body: { query?: unknown; variables?: unknown } | undefined): void {
  const path = illFormedTextAt({ query: body?.query, variables: body?.variables }, []);
  if (path)
    throw withStatus(
      new KoordinatError(ErrorCode.BAD_USER_INPUT, `${path.join(".")}: the text is not valid Unicode (a lone UTF-16 surrogate).`, {
        field: path,
      }),
      400,
    );
}

/** Errors thrown before execution carry their HTTP status, or Apollo answers 500. */
const withStatus = (error: KoordinatError, status: number) =>
  new KoordinatError(error.extensions.code as ErrorCode, error.message, { ...error.extensions, http: { status, headers: new Map() } });

/** The door in front of the services: every root field of the operation must be open to the caller's role. */
function refuseRootFieldsOutsideRole(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  principal: Principal,
) {
  const root = schema.getRootType(operation.operation)!;
  for (const field of rootFieldNames(operation, fragmentsOf(document))) {
    if (field.startsWith("__")) continue;
    const rootField = `${root.name}.${field}`;
    const decision = decideRootField(principal, rootField);
    if (!decision.allowed) throw withStatus(forbidden(`call ${rootField}`, decision.reason), 403);
  }
}

const rateLimited = (state: BucketState, cost: number, headers: [string, string][]) =>
  new KoordinatError(
    ErrorCode.RATE_LIMITED,
    `Rate limited: this query costs ${cost} points and ${state.available} are available; retry in ${state.retryAfterSeconds} s.`,
    { cost, available: state.available, retryAfterSeconds: state.retryAfterSeconds, http: { status: 429, headers: new Map(headers) } },
  );

/**
 * Refuses abuse before a query runs, cheaply: trusted-documents-only clients, root fields outside
 * the caller's role (api/auth/root-field-access.ts), then the document's
 * depth, aliases and directives (graphql-armor), list arguments and the computed cost, then
 * the client's leaky bucket. Reports the cost of every answered query in `extensions.cost`, and
 * gives back the points a query was charged above what it returned.
 */
export function protectionPlugin(options: ProtectionOptions): ApolloServerPlugin<GraphQLContext> {
  const { schema, defaults, limiter, trusted } = options;
  return {
    async requestDidStart() {
      let charge: { clientId: string; requested: number; state: BucketState; policy: ClientPolicy } | undefined;
      return {
        async didResolveOperation({ request, document, operation, queryHash, contextValue }) {
          if (!operation) return;
          const principal = contextValue.principal;
          const policy = effectivePolicy(defaults, principal?.policy);
          if (policy.trustedDocumentsOnly && !trusted.has(queryHash)) {
            throw withStatus(
              forbidden(
                "run this document",
                "this client runs only the SDK's published operations (trusted documents): send one of them, or its hash in extensions.persistedQuery.sha256Hash.",
              ),
              403,
            );
          }
          if (principal) refuseRootFieldsOutsideRole(schema, operation, document, principal);
          checkShape(schema, document, policy.limits);
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Variables or arguments of the wrong type: execution refuses them, naming each.
          if (variables.errors) return;
          let requested;
          try {
            requested = requestedCost(schema, operation, fragmentsOf(document), variables.coerced);
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
          const state = await limiter.pour(principal.clientId, requested.cost, policy.rateLimit);
          charge = { clientId: principal.clientId, requested: requested.cost, state, policy };
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
 * with a JSON error naming the limit, instead of Express's HTML page.
 */
export const refuseUnreadableBody: ErrorRequestHandler = (error, _req, res, next) => {
  const status = (error as { status?: number }).status;
  if (res.headersSent || status === undefined || status < 400 || status >= 500) return next(error);
  const tooLarge = (error as { type?: string }).type === "entity.too.large";
  res.status(status).json({
    errors: [
      {
        message: tooLarge ? "The request body is larger than 1 MB." : "The request body is not valid JSON.",
        extensions: { code: "BAD_REQUEST", ...(tooLarge ? { limit: "bodySize" } : {}) },
      },
    ],
  });
};
