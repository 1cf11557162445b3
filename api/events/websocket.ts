import type { Server } from "node:http";
import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Principal } from "../auth/principal.js";
import type { GraphQLContext } from "../context.js";
import type { SubscriptionContext } from "../webhooks/resolver.js";

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the GraphQL path, for internal
 * frontends. The bearer token goes in the connection parameters (`{ authorization: "Bearer …" }`)
 * and is checked once, when the socket opens.
 */
export function serveSubscriptions(
  httpServer: Server,
  schema: GraphQLSchema,
  options: {
    path: string;
    eventsTopic: string;
    /** The principal of a bearer token; throws when the token is not valid. */
    authenticate(authorization: string): Promise<Principal>;
    context(principal: Principal): GraphQLContext;
  },
): { stop(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path: options.path });
  const principals = new WeakMap<object, Principal>();
  const cleanup = useServer<Record<string, unknown> | undefined>(
    {
      schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        if (typeof authorization !== "string") return false;
        try {
          principals.set(ctx, await options.authenticate(authorization));
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx): SubscriptionContext => Object.assign(options.context(principals.get(ctx)!), { eventsTopic: options.eventsTopic }),
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
