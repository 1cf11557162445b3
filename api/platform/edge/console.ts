import { existsSync } from "node:fs";
import { extname, join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * The console's content-security policy: its scripts and styles from this origin only (Vite's bundle has no inline
 * script), its API calls and the `events` WebSocket to this origin, no framing, forms (the sign-in pages are the
 * provider's, on this origin) posted here only.
 */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** Headers of every answer under /console: the policy above, no sniffing, no referrer (the callback's URL holds a code). */
const securityHeaders = {
  "content-security-policy": CONSOLE_CSP,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

/**
 * The operations console (examples/console, built by scripts/console.mjs) at /console: its hashed assets cached for
 * a year, index.html never, and any other path under /console answered with index.html (the app routes in the
 * browser: /console/board, /console/callback …). Without a build the path says how to make one.
 */
export function consoleRoute(folder: string | undefined) {
  return async (app: FastifyInstance) => {
    if (!folder) return;
    await app.register(
      async (scope) => {
        scope.addHook("onSend", async (_request, reply) => void reply.headers(securityHeaders));
        if (!existsSync(join(folder, "index.html"))) {
          scope.get("/*", (_request, reply) =>
            reply
              .code(503)
              .type("text/plain; charset=utf-8")
              .send(`The console is not built in ${folder}: run node scripts/console.mjs (npm install does).`),
          );
          return;
        }
        await scope.register(fastifyStatic, {
          root: folder,
          prefix: "/",
          index: "index.html",
          // The source maps stay on disk, for a developer who opens them there.
          allowedPath: (path) => !path.endsWith(".map"),
          setHeaders: (response, path) =>
            response.header("cache-control", path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache"),
        });
        // The app's own paths (no file extension) are the app; a missing asset is a 404.
        scope.setNotFoundHandler((request, reply) => {
          const path = request.url.split("?")[0]!;
          if (request.method !== "GET" || extname(path) !== "") return reply.code(404).type("text/plain; charset=utf-8").send("Not found");
          return reply.header("cache-control", "no-cache").sendFile("index.html");
        });
      },
      { prefix: "/console" },
    );
  };
}
