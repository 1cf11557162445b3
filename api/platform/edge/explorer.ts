import { createReadStream } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import accepts from "accepts";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * Files of the explorer, served from node_modules: hospital networks often have no internet. Resolved
 * only when the explorer is served, so a server without it (the sandbox package) needs none of these packages.
 */
const explorerAssets = (): Record<string, string> => ({
  "react.js": join(packageDir("react"), "umd", "react.production.min.js"),
  "react-dom.js": join(packageDir("react-dom"), "umd", "react-dom.production.min.js"),
  "graphiql.js": join(packageDir("graphiql"), "graphiql.min.js"),
  "graphiql.css": join(packageDir("graphiql"), "graphiql.min.css"),
});

/** Text placed inside the page's HTML. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Opens ready to run once a token is in the Headers tab: provinces are open to every role. */
const defaultQuery = `# Get a token in the bar above (a demo client's id and secret), then run this query (▶ or Ctrl-Enter).
# Docs (the book icon, left) describes every type and field.
query Provinces {
  provinces(first: 5) {
    totalCount
    edges { node { code name } }
  }
}
`;

const page = (options: ExplorerOptions) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Koordinat GraphQL explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/explorer/assets/graphiql.css">
<style>
  body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  form { display: flex; gap: .5rem; align-items: center; padding: .4rem .75rem; background: #0b3954; color: #fff; font-size: 14px; }
  form input { width: 16rem; } #graphiql { flex: 1; } #status { opacity: .85; }
</style>
</head>
<body>
<form id="login">
  <strong>Koordinat</strong>
  <input name="client_id" placeholder="client id" autocomplete="username" required>
  <input name="client_secret" placeholder="client secret" type="password" autocomplete="current-password" required>
  <button>Get token</button><span id="status">${options.demoClientsFile ? `Demo clients: ${escapeHtml(options.demoClientsFile)}` : ""}</span>
</form>
<div id="graphiql"></div>
<script src="/explorer/assets/react.js"></script>
<script src="/explorer/assets/react-dom.js"></script>
<script src="/explorer/assets/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: "/graphql" });
  const root = ReactDOM.createRoot(document.getElementById("graphiql"));
  const render = (headers) => root.render(React.createElement(GraphiQL, { fetcher, headers, shouldPersistHeaders: false,
    defaultQuery: ${JSON.stringify(defaultQuery).replaceAll("<", "\\u003c")} }));
  render("{}");
  document.getElementById("login").addEventListener("submit", async (event) => {
    event.preventDefault();
    const status = document.getElementById("status");
    const response = await fetch("/oauth/token", { method: "POST",
      body: new URLSearchParams({ grant_type: "client_credentials", ...Object.fromEntries(new FormData(event.target)) }) });
    const body = await response.json();
    if (!response.ok) { status.textContent = body.error_description || body.error; return; }
    render(JSON.stringify({ Authorization: "Bearer " + body.access_token }, null, 2));
    status.textContent = body.scope + " token, valid " + Math.round(body.expires_in / 60) + " min: see the Headers tab";
  });
</script>
</body>
</html>`;

export interface ExplorerOptions {
  /** Where the demo clients' credentials were written, named on the page; unset where there are none. */
  demoClientsFile?: string;
}

/**
 * The explorer's content-security policy: its scripts and styles from this server (GraphiQL's bundle evaluates code
 * and injects styles), its fonts and icons inlined in graphiql.css as data: URIs, its editor's workers from blobs.
 */
const EXPLORER_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:";

const assetTypes: Record<string, string> = { ".js": "application/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

/**
 * The explorer at /explorer, its scripts at /explorer/assets; `wanted` tells a browser's GET /graphql (which the
 * GraphQL route answers with the page).
 */
export function explorerPage(app: FastifyInstance, options: ExplorerOptions = {}) {
  const html = page(options);
  const assets = explorerAssets();
  const send = (reply: FastifyReply) => reply.header("content-security-policy", EXPLORER_CSP).type("text/html; charset=utf-8").send(html);
  app.get<{ Params: { file: string } }>("/explorer/assets/:file", (request, reply) => {
    const file = assets[request.params.file];
    if (!file) return reply.callNotFound();
    return reply.type(assetTypes[extname(file)]).header("cache-control", "public, max-age=86400").send(createReadStream(file));
  });
  app.get("/explorer", (_request, reply) => send(reply));
  return {
    wanted: (request: FastifyRequest) =>
      accepts(request.raw).type(["application/graphql-response+json", "application/json", "html"]) === "html" &&
      !(request.query as { query?: unknown }).query,
    send,
  };
}
