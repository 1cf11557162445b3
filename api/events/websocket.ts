import type { Server } from "node:http";
import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Principal } from "../auth/principal.js";
import type { GraphQLContext } from "../context.js";
import type { Clock } from "../platform/clock.js";
import type { SubscriptionContext } from "../webhooks/resolver.js";

/** A socket's authenticated session: its principal until its token expires. */
export interface SocketSession {
  principal: Principal;
  expiresAt: Date;
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the GraphQL path, for internal
 * frontends. The bearer token goes in the connection parameters (`{ authorization: "Bearer …" }`);
 * once it expires the socket gets no more events and is closed (4401), and the client reconnects
 * with a fresh token.
 */
export function serveSubscriptions(
  httpServer: Server,
  schema: GraphQLSchema,
  options: {
    path: string;
    eventsTopic: string;
    clock: Clock;
    /** The session of a bearer token; throws when the token is not valid. */
    authenticate(authorization: string): Promise<SocketSession>;
    context(principal: Principal): GraphQLContext;
  },
): { stop(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path: options.path });
  const sessions = new WeakMap<object, SocketSession>();
  const cleanup = useServer<Record<string, unknown> | undefined>(
    {
      schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        if (typeof authorization !== "string") return false;
        try {
          sessions.set(ctx, await options.authenticate(authorization));
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx): SubscriptionContext => {
        const session = sessions.get(ctx)!;
        return Object.assign(options.context(session.principal), {
          eventsTopic: options.eventsTopic,
          sessionValid: () => {
            if (options.clock.now() < session.expiresAt) return true;
            ctx.extra.socket.close(4401, "Unauthorized: the access token has expired");
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
