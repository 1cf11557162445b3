import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { createClient } from "../../api/auth/clients.js";
import type { Database } from "../../drizzle/database.js";
import { projectRoot } from "../../drizzle/paths.js";
import type { Role } from "../../drizzle/schema/index.js";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A second Koordinat server as a real OS process on the same PostgreSQL database. */
export interface ServerProcess {
  pid: number;
  origin: string;
  url: string;
  stop(): Promise<void>;
  /** Ends the process at once (SIGKILL): no drain, no shutdown hooks, as a crash would. */
  kill(): Promise<void>;
}

export async function startServerProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "api/main.ts"], {
    cwd: projectRoot(),
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "test", LOG_LEVEL: "error", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server process exited with ${child.exitCode}`);
    const ready = await fetch(`${origin}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("the server process did not become ready in 60 s");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  return { pid: child.pid!, origin, url: `${origin}/graphql`, stop: () => end("SIGTERM"), kill: () => end("SIGKILL") };
}

/** A new client's token, issued by the server at `origin` (a second process keeps its own, real clock). */
export async function tokenFrom(origin: string, db: Database, role: Role, scope: string): Promise<string> {
  const client = await createClient(db, { role, scope, name: `${role} on ${origin}` });
  return clientToken(origin, client.clientId, client.clientSecret);
}

export async function clientToken(origin: string, clientId: string, clientSecret: string): Promise<string> {
  const response = await fetch(`${origin}/oauth/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
  });
  if (!response.ok) throw new Error(`token request to ${origin} failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** One GraphQL request to any server. */
export async function postGraphQL(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}
