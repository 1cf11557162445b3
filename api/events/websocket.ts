import { createHash } from "node:crypto";
import type { Server } from "node:http";
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { callerKey, type Principal } from "../auth/principal.js";
import type { GraphQLContext } from "../context.js";
import type { Clock } from "../platform/time/clock.js";
import { badInput, ErrorCode, queryLimitExceeded } from "../platform/conventions/errors.js";
import type { SubscriptionContext } from "../webhooks/resolver.js";

/** A socket's authenticated session: its principal until its token expires. */
export interface SocketSession {
  principal: Principal;
  expiresAt: Date;
}

const TOKEN_EXPIRED = "Unauthorized: the access token has expired";

/** Queries and mutations go over HTTP (Apollo: its limits, logging and error masking); a socket only subscribes. */
const SubscriptionsOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== "subscription")
      context.reportError(
        new GraphQLError("Only subscriptions are served over WebSocket; send queries and mutations as HTTP POSTs.", { nodes: node }),
      );
  },
});

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the GraphQL path, for internal
 * frontends. The bearer token goes in the connection parameters (`{ authorization: "Bearer …" }`);
 * once it expires the socket is closed (4401), subscribed or idle, and the client reconnects with a
 * fresh token.
 */
export function serveSubscriptions(
  httpServer: Server,
  schema: GraphQLSchema,
  options: {
    path: string;
    eventsTopic: string;
    clock: Clock;
    introspection: boolean;
    /** Subscriptions one client may hold open at once in this process, over all its sockets. */
    maxSubscriptionsPerClient: number;
    /** The server's error shaping (Apollo's formatError): masks unexpected errors outside development. */
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
    /** Reports an unexpected error (one without a code) before it is masked. */
    logError(error: GraphQLError): void;
    /** DOC-3: the refusal of a document its caller may not run (as over HTTP), else undefined. */
    untrustedDocumentRefusal(principal: Principal, sha256: string): Promise<GraphQLError | undefined>;
    /** A trusted document's text by its SHA-256 (a subscribe message may name its document by hash alone). */
    trustedDocument(sha256: string): Promise<string | undefined>;
    /** The session of a bearer token; throws when the token is not valid. */
    authenticate(authorization: string): Promise<SocketSession>;
    context(principal: Principal): GraphQLContext;
  },
): { stop(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path: options.path });
  const sessions = new WeakMap<object, SocketSession>();
  /** Each socket's admitted subscriptions, and each client's count of them: one client cannot hold the server's memory. */
  const admitted = new WeakMap<object, Set<string>>();
  const perClient = new Map<string, number>();
  const release = (ctx: object, id: string) => {
    if (!admitted.get(ctx)?.delete(id)) return;
    const clientId = callerKey(sessions.get(ctx)!.principal);
    const left = perClient.get(clientId)! - 1;
    if (left > 0) perClient.set(clientId, left);
    else perClient.delete(clientId);
  };
  const rules = [...specifiedRules, SubscriptionsOnlyRule, ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  // As Apollo does: an error with no code is a request's (validation) when it has no cause, else an
  // unexpected one, logged and then shaped (masked outside development) like any other.
  const shape = (errors: readonly GraphQLError[], causeless: string) =>
    errors.map((error) => {
      const formatted = error.toJSON();
      if (formatted.extensions?.code) return options.formatError(formatted, error);
      if (error.originalError) options.logError(error);
      const code = error.originalError ? ErrorCode.INTERNAL_SERVER_ERROR : causeless;
      return options.formatError({ ...formatted, extensions: { ...formatted.extensions, code } }, error);
    });
  const cleanup = useServer<Record<string, unknown> | undefined>(
    {
      schema,
      validate: (schema, document) => validate(schema, document, rules),
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        if (typeof authorization !== "string") return false;
        try {
          const session = await options.authenticate(authorization);
          const socket = ctx.extra.socket;
          // A quiet socket is closed at expiry too, not only when the next event finds the token stale.
          const expiry = setTimeout(
            () => socket.close(CloseCode.Unauthorized, TOKEN_EXPIRED),
            session.expiresAt.getTime() - options.clock.now().getTime(),
          );
          socket.once("close", () => clearTimeout(expiry));
          sessions.set(ctx, session);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        const session = sessions.get(ctx)!;
        if (options.clock.now() >= session.expiresAt) {
          ctx.extra.socket.close(CloseCode.Unauthorized, TOKEN_EXPIRED);
          return [new GraphQLError(TOKEN_EXPIRED, { extensions: { code: ErrorCode.UNAUTHENTICATED } })];
        }
        // The document, as over HTTP: its text, or its hash alone in extensions.persistedQuery (Apollo's convention,
        // which the console follows); DOC-3 holds either way.
        const persisted = (payload.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
        const sha256 = payload.query ? createHash("sha256").update(payload.query).digest("hex") : persisted;
        const hashField = ["extensions", "persistedQuery", "sha256Hash"];
        if (typeof sha256 !== "string") return [badInput(hashField, "the subscription has no document: send its text, or its hash here.")];
        if (persisted !== undefined && persisted !== sha256) return [badInput(hashField, "not the SHA-256 of the document sent.")];
        const refusal = await options.untrustedDocumentRefusal(session.principal, sha256);
        if (refusal) return [refusal];
        // A document named by its hash alone is parsed and validated here, as graphql-ws does a text.
        let byHash: DocumentNode | undefined;
        if (!payload.query) {
          const text = await options.trustedDocument(sha256);
          if (text === undefined)
            return [new GraphQLError("PersistedQueryNotFound", { extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } })];
          byHash = parse(text);
          const invalid = validate(schema, byHash, rules);
          if (invalid.length > 0) return invalid;
        }
        const clientId = callerKey(session.principal);
        const open = perClient.get(clientId) ?? 0;
        if (open >= options.maxSubscriptionsPerClient) {
          const refusal = queryLimitExceeded(
            "subscriptions",
            options.maxSubscriptionsPerClient,
            open + 1,
            `Subscription refused: this client already holds ${open} open subscriptions, its limit; complete one first.`,
          );
          delete refusal.extensions.http; // an HTTP status means nothing on a socket
          return [refusal];
        }
        perClient.set(clientId, open + 1);
        if (!admitted.has(ctx)) admitted.set(ctx, new Set());
        admitted.get(ctx)!.add(id);
        if (byHash) return { schema, document: byHash, operationName: payload.operationName, variableValues: payload.variables };
      },
      onComplete: (ctx, id) => release(ctx, id),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: shape(result.errors, ErrorCode.INTERNAL_SERVER_ERROR) } : undefined,
      onError: (ctx, id, _payload, errors) => {
        release(ctx, id);
        return shape(errors, "GRAPHQL_VALIDATION_FAILED");
      },
      context: (ctx): SubscriptionContext => {
        const session = sessions.get(ctx)!;
        return Object.assign(options.context(session.principal), {
          eventsTopic: options.eventsTopic,
          sessionValid: () => {
            if (options.clock.now() < session.expiresAt) return true;
            ctx.extra.socket.close(CloseCode.Unauthorized, TOKEN_EXPIRED);
            return false;
          },
        });
      },
    },
    wsServer,
  );
  return {
    stop: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
