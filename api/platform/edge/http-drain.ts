import type { Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

/**
 * A graceful stop for an HTTP server that loses no request a client has sent. Node's own `server.close()` (and
 * Apollo's drain plugin, and http-terminator) stop listening and close "idle" connections at once: closing the
 * listener resets the connections still waiting in the kernel's accept queue (a busy process accepts them only
 * slowly), and an "idle" socket may be one accepted a moment ago whose request is still unread, or a keep-alive
 * socket a client has just sent its next request on. Under load that dropped most of a dozen requests in flight.
 *
 * Here a drain keeps accepting and answers everything with `Connection: close` until the server has been quiet
 * (no new connection, no request being answered) for `quietMs`, or for ten times that at most; then it stops listening. A connection is closed
 * once it has been quiet that long too (no request, no byte read), and whatever is left is destroyed after `graceMs`.
 */
export function drainable(server: Server, options: { graceMs: number; quietMs?: number }) {
  /** Each open connection and the requests on it being answered now. */
  const connections = new Map<Socket, number>();
  const responses = new Set<ServerResponse>();
  let draining = false;
  /** Connections and requests seen so far: unchanged between two looks means nothing new came in. */
  let arrivals = 0;

  server.on("connection", (socket: Socket) => {
    arrivals++;
    connections.set(socket, 0);
    socket.once("close", () => connections.delete(socket));
  });
  server.on("request", (req, res: ServerResponse) => {
    arrivals++;
    const socket = req.socket;
    connections.set(socket, (connections.get(socket) ?? 0) + 1);
    responses.add(res);
    if (draining) res.setHeader("connection", "close");
    res.once("close", () => {
      responses.delete(res);
      if (connections.has(socket)) connections.set(socket, connections.get(socket)! - 1);
    });
  });

  return {
    /** Resolves once the server has stopped listening and every connection has closed (or was destroyed at the grace period's end). */
    async drain(): Promise<void> {
      draining = true;
      for (const res of responses) if (!res.headersSent) res.setHeader("connection", "close");
      let closed: Promise<void> | undefined;
      // net's close, not http's: http's would also destroy the sockets it calls idle (see above).
      const stopListening = () => (closed ??= new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve())));
      let arrivalsBefore = -1;
      let looks = 0;
      const bytesReadBefore = new Map<Socket, number>();
      const look = () => {
        const answering = [...connections.values()].some((active) => active > 0);
        // Traffic that never pauses (a balancer still sending) does not hold the stop open beyond ten looks.
        if ((!answering && arrivals === arrivalsBefore) || ++looks > 10) stopListening();
        arrivalsBefore = arrivals;
        for (const [socket, active] of connections) {
          if (active === 0 && bytesReadBefore.get(socket) === socket.bytesRead) socket.end();
          else bytesReadBefore.set(socket, socket.bytesRead);
        }
      };
      look();
      const quietMs = options.quietMs ?? 500;
      await new Promise<void>((resolve) => {
        const overdue = setTimeout(() => {
          stopListening();
          for (const socket of connections.keys()) socket.destroy();
        }, options.graceMs);
        const watcher = setInterval(() => {
          look();
          if (closed && connections.size === 0) {
            clearInterval(watcher);
            clearTimeout(overdue);
            resolve();
          }
        }, quietMs);
      });
      await closed;
    },
  };
}
