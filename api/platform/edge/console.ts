import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import type { FastifyInstance, FastifyReply } from "fastify";

/**
 * The console's content-security policy: its scripts and styles from this origin only (Vite's bundle has no inline
 * script), its API calls, the sign-in provider and the `events` WebSocket on this origin, no framing.
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

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
};

/**
 * The operations console (examples/console, built by scripts/console.mjs) at /console: its hashed assets cached for
 * a year, index.html never, and any other path under /console without a file extension answered with index.html
 * (the app routes in the browser: /console/board, /console/callback …). Source maps stay on disk. Without a build
 * the path says how to make one. (Not @fastify/static: its content-disposition 3 needs Node 22.)
 */
export function consoleRoute(folder: string | undefined) {
  return async (app: FastifyInstance) => {
    if (!folder) return;
    const root = resolve(folder);
    const send = (reply: FastifyReply, file: string, immutable: boolean) =>
      reply
        .headers(securityHeaders)
        .header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache")
        .type(contentTypes[extname(file)] ?? "application/octet-stream")
        .send(createReadStream(file));
    const answer = (path: string, reply: FastifyReply) => {
      if (!existsSync(join(root, "index.html"))) {
        return reply
          .code(503)
          .headers(securityHeaders)
          .type("text/plain; charset=utf-8")
          .send(`The console is not built in ${root}: run npm run console:build (npm install does).`);
      }
      const file = resolve(root, `.${sep}${path}`);
      const inside = file.startsWith(root + sep);
      if (inside && extname(file) !== ".map" && existsSync(file) && statSync(file).isFile()) {
        return send(reply, file, file.startsWith(join(root, "assets") + sep));
      }
      if (extname(path) !== "") return reply.code(404).headers(securityHeaders).type("text/plain; charset=utf-8").send("Not found");
      return send(reply, join(root, "index.html"), false);
    };
    app.get("/console", (_request, reply) => answer("", reply));
    app.get<{ Params: { "*": string } }>("/console/*", (request, reply) => answer(request.params["*"], reply));
  };
}
