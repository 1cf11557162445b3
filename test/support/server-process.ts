import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { readFileSync } from "node:fs";
import { createClient } from "../../api/auth/clients.js";
import { configFromEnv } from "../../api/config.js";
import { SecretSeal } from "../../api/staff/sealed-secrets.js";
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

/** A Koordinat server as a real OS process: on a PostgreSQL database, or embedded (no URL: KOORDINAT_DATA_DIR in `env`). */
export interface ServerProcess {
  pid: number;
  origin: string;
  url: string;
  /** How the process ended, once it has. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Its log so far (pino's JSON lines on stdout, at LOG_LEVEL: error unless `env` says otherwise). */
  logs(): string;
  /** Sends a signal without waiting. */
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
  /** Ends the process at once (SIGKILL): no drain, no shutdown hooks, as a crash would. */
  kill(): Promise<void>;
}

/**
 * `npmStart`: run `npm start` in a process group of its own, as in a terminal, and send signals to the whole
 * group, as Ctrl-C does (npm, the shell, tsx's CLI and the server each get one).
 */
export async function startServerProcess(
  databaseUrl: string | undefined,
  env: Record<string, string> = {},
  options: { npmStart?: boolean } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  // The in-process test servers' key (made once beside the test data): a process of any data directory, production's
  // too, opens the TOTP secrets the test databases hold.
  const keyFile = configFromEnv({ NODE_ENV: "test" }).secretsKey.developmentFile!;
  SecretSeal.fromFile(keyFile);
  const [command, args] = options.npmStart ? ["npm", ["start"]] : [process.execPath, ["--import", "tsx", "api/main.ts"]];
  const child = spawn(command, args, {
    cwd: projectRoot(),
    detached: options.npmStart,
    env: {
      ...inherited,
      ...(databaseUrl && { DATABASE_URL: databaseUrl }),
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "test",
      LOG_LEVEL: "error",
      KOORDINAT_SECRETS_KEY: readFileSync(keyFile, "utf8").trim(),
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let logs = "";
  child.stdout!.on("data", (chunk: Buffer) => void (logs += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server process exited with ${child.exitCode}: ${logs}`);
    const ready = await fetch(`${origin}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("the server process did not become ready in 180 s");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const send = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (options.npmStart) process.kill(-child.pid!, signal);
    else child.kill(signal);
  };
  const end = async (signal: NodeJS.Signals) => {
    send(signal);
    await exited;
  };
  return {
    pid: child.pid!,
    origin,
    url: `${origin}/graphql`,
    exited,
    logs: () => logs,
    signal: send,
    stop: () => end("SIGTERM"),
    kill: () => end("SIGKILL"),
  };
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
