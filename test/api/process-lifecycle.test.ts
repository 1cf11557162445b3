import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count } from "drizzle-orm";
import { createClient as createWsClient } from "graphql-ws";
import { afterAll, describe, expect, inject, it } from "vitest";
import WebSocket from "ws";
import { createClient } from "../../api/auth/clients.js";
import { DataDirInUseError, openDatabase } from "../../drizzle/database.js";
import type { NewClient } from "../../api/auth/clients.js";
import { apiClients, patients, staffAccounts } from "../../drizzle/schema/index.js";
import { projectRoot } from "../../drizzle/paths.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { clientToken, postGraphQL, startServerProcess, type ServerProcess } from "../support/server-process.js";

const scratch = mkdtempSync(join(tmpdir(), "koordinat-lifecycle-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let dirs = 0;
const newDataDir = () => join(scratch, `data-${++dirs}`);

/** An embedded production start: migrations only, no demo seed (still a minute or two on a loaded machine: the timeouts below). */
const embeddedProduction = (dataDir: string) => startServerProcess(undefined, { KOORDINAT_DATA_DIR: dataDir, NODE_ENV: "production" });

const exitedWithin = (server: ServerProcess, ms: number) =>
  Promise.race([server.exited, new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), ms))]);

describe("the embedded data directory's lock", () => {
  it("finding 2: a second server on a symlink to a running server's data directory is refused", async () => {
    const dataDir = newDataDir();
    const link = join(scratch, `link-${dirs}`);
    const first = await embeddedProduction(dataDir);
    try {
      symlinkSync(dataDir, link);
      await expect(embeddedProduction(link)).rejects.toThrow(/in use by another Koordinat process/);
      await expect(openDatabase({ engine: "pglite", dataDir: link })).rejects.toBeInstanceOf(DataDirInUseError);
      // The lock is the running server's pid file inside the directory itself.
      expect(readFileSync(join(dataDir, "koordinat.pid"), "utf8").split("\n")[0]).toBe(String(first.pid));
      expect(await fetch(`${first.origin}/readyz`).then((r) => r.status)).toBe(200);
    } finally {
      await first.stop();
    }
    expect(existsSync(join(dataDir, "koordinat.pid"))).toBe(false);
  }, 300_000);

  it("finding 10: after kill -9 a new server starts at once on the same data directory: a dead process's lock does not block it", async () => {
    const dataDir = newDataDir();
    const crashed = await embeddedProduction(dataDir);
    await crashed.kill();
    expect(existsSync(join(dataDir, "koordinat.pid"))).toBe(true);
    const restarted = await embeddedProduction(dataDir);
    expect(await fetch(`${restarted.origin}/readyz`).then((r) => r.status)).toBe(200);
    await restarted.stop();
    expect(await restarted.exited).toEqual({ code: 0, signal: null });
  }, 300_000);
});

describe("a first `npm start`", () => {
  it("issue 17: starts an empty data directory from the install's template (compiled app, copied database): the demo clients' credentials are written and work", async () => {
    const dataDir = newDataDir();
    const server = await startServerProcess(undefined, { KOORDINAT_DATA_DIR: dataDir, NODE_ENV: "development" }, { npmStart: true });
    try {
      expect(existsSync(join(dataDir, "pglite", "PG_VERSION"))).toBe(true);
      expect(readdirSync(dataDir)).not.toContain("pglite.partial");
      const clients = JSON.parse(readFileSync(join(dataDir, "demo-clients.json"), "utf8")) as NewClient[];
      const hospital = clients.find((c) => c.role === "PARTNER_HOSPITAL")!;
      const token = await clientToken(server.origin, hospital.clientId, hospital.clientSecret);
      expect((await postGraphQL(server.url, token, "{ viewer { clientId role } }")).data).toEqual({
        viewer: { clientId: hospital.clientId, role: "PARTNER_HOSPITAL" },
      });
    } finally {
      await server.stop();
    }
  }, 300_000);
});

describe("an embedded production start", () => {
  it("finding 11d: loads no demo data and writes no demo-clients.json", async () => {
    const dataDir = newDataDir();
    const server = await embeddedProduction(dataDir);
    await server.stop();
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(readdirSync(dataDir)).not.toContain("demo-clients.json");
    const database = await openDatabase({ engine: "pglite", dataDir });
    try {
      const [{ clients }] = await database.db.select({ clients: count() }).from(apiClients);
      const [{ stored }] = await database.db.select({ stored: count() }).from(patients);
      expect({ clients, stored }).toEqual({ clients: 0, stored: 0 });
    } finally {
      await database.close();
    }
  }, 300_000);
  it("a production database gets the published reference data from `npm run db:seed -- --reference`, and no person or demo client", async () => {
    const dataDir = newDataDir();
    const { DATABASE_URL: _server, ...env } = process.env;
    execFileSync(process.execPath, ["--import", "tsx", "drizzle/cli/seed.ts", "--reference"], {
      cwd: projectRoot(),
      env: { ...env, NODE_ENV: "production", KOORDINAT_DATA_DIR: dataDir },
      stdio: "ignore",
    });
    const database = await openDatabase({ engine: "pglite", dataDir });
    let operator: NewClient;
    try {
      const [{ clients }] = await database.db.select({ clients: count() }).from(apiClients);
      const [{ stored }] = await database.db.select({ stored: count() }).from(patients);
      const [{ people }] = await database.db.select({ people: count() }).from(staffAccounts);
      expect({ clients, stored, people }).toEqual({ clients: 0, stored: 0, people: 0 });
      operator = await createClient(database.db, { role: "COORDINATION_UNIT", scope: "national", name: "operator" });
    } finally {
      await database.close();
    }
    const server = await embeddedProduction(dataDir);
    try {
      const token = await clientToken(server.origin, operator.clientId, operator.clientSecret);
      const { data } = await postGraphQL(server.url, token, `{ provinces(first: 1) { totalCount } facilities(first: 1) { totalCount } }`);
      expect(data.provinces.totalCount).toBe(81);
      expect(data.facilities.totalCount).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  }, 300_000);
});

/**
 * A seeded server process on this run's engine: on PostgreSQL, this file's database; embedded, a data
 * directory loaded from the run's seeded snapshot. Resolves with a national client's credentials.
 */
async function seededServerProcess(env: Record<string, string> = {}, options: { npmStart?: boolean } = {}) {
  if (process.env.DATABASE_URL) {
    const app: TestApp = await startTestApp();
    const client = await createClient(app.db, { role: "COORDINATION_UNIT", scope: "national", name: "lifecycle test" });
    const server = await startServerProcess(app.databaseUrl!, env, options);
    return { server, client, dispose: () => app.stop() };
  }
  const dataDir = newDataDir();
  const database = await openDatabase({ engine: "pglite", dataDir, loadDataDir: new Blob([readFileSync(inject("pgliteSnapshot"))]) });
  const client = await createClient(database.db, { role: "COORDINATION_UNIT", scope: "national", name: "lifecycle test" });
  await database.close();
  const server = await startServerProcess(undefined, { KOORDINAT_DATA_DIR: dataDir, ...env }, options);
  return { server, client, dispose: async () => {} };
}

describe("stopping a server", () => {
  it("finding 10: SIGTERM with 12 requests in flight answers every one of them, then exits with code 0", async () => {
    const { server, client, dispose } = await seededServerProcess();
    try {
      const token = await clientToken(server.origin, client.clientId, client.clientSecret);
      const query = `{ patients(first: 100) { edges { node { id givenName familyName birthDate } } } }`;
      const requests = Array.from({ length: 12 }, () =>
        fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        }).then(
          async (response) => ({ status: response.status, patients: ((await response.json()) as any).data?.patients.edges.length }),
          (error: Error) => ({ status: 0, patients: `${error.message}: ${(error.cause as Error)?.message}` }),
        ),
      );
      // The requests are sent (in the server's socket buffers, or being answered) when the signal arrives.
      await new Promise((resolve) => setTimeout(resolve, 200));
      server.signal("SIGTERM");
      expect(await Promise.all(requests)).toEqual(Array.from({ length: 12 }, () => ({ status: 200, patients: 100 })));
      expect(await server.exited).toEqual({ code: 0, signal: null });
      // Stopped means stopped: the port no longer answers.
      await expect(fetch(`${server.origin}/healthz`)).rejects.toThrow();
    } finally {
      await server.kill();
      await dispose();
    }
  }, 300_000);

  it("finding 10: Ctrl-C on `npm start` (SIGINT to the process group) stops every process it started, Apollo's own signal handlers not racing ours", async () => {
    const { server, client, dispose } = await seededServerProcess({ NODE_ENV: "development", LOG_LEVEL: "info" }, { npmStart: true });
    // What a developer has open: a keep-alive connection (a browser's, an SDK's) and a subscription (the explorer's).
    const subscriptions = createWsClient({
      url: server.url.replace("http", "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await clientToken(server.origin, client.clientId, client.clientSecret)}` },
      retryAttempts: 0,
    });
    try {
      const ended = new Promise((resolve) =>
        subscriptions.subscribe(
          { query: `subscription { events(types: ["referral.*"]) { type } }` },
          { next: resolve, error: resolve, complete: () => resolve("completed") },
        ),
      );
      expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
      server.signal("SIGINT");
      await ended;
      // npm ends itself with the signal it got; what matters is that every process it started is gone.
      expect(await exitedWithin(server, 60_000)).not.toBe("still running");
      for (const deadline = Date.now() + 60_000; processesOf({ group: server.pid }).length > 0 && Date.now() < deadline;)
        await new Promise((resolve) => setTimeout(resolve, 200));
      expect(processesOf({ group: server.pid })).toEqual([]);
      await expect(fetch(`${server.origin}/healthz`)).rejects.toThrow();
      expect(server.logs()).not.toMatch(/stopping took too long|stopping failed/);
    } finally {
      await subscriptions.dispose();
      await server.kill();
      await dispose();
    }
  }, 300_000);
});

/** The processes with this parent, or in this process group (Linux /proc). */
function processesOf(of: { parent: number } | { group: number }): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // After the parenthesised command name: state, parent pid, process group.
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const [, parent, group] = stat
          .slice(stat.lastIndexOf(")") + 2)
          .split(" ")
          .map(Number);
        return "parent" in of ? parent === of.parent : group === of.group;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.runIf(process.env.DATABASE_URL && process.env.REDIS_URL)("a cluster of workers (KOORDINAT_WORKERS)", () => {
  it("finding 10: kill -9 of the primary: every worker notices, says so in the log, and exits, so a supervisor restarts the service", async () => {
    const app = await startTestApp();
    const service = await startServerProcess(app.databaseUrl!, {
      KOORDINAT_WORKERS: "2",
      REDIS_URL: process.env.REDIS_URL!,
      LOG_LEVEL: "info",
    });
    const serving = () => service.logs().match(/Koordinat GraphQL at/g)?.length ?? 0;
    // Ready means one worker answers; both are serving once both have said so.
    for (const deadline = Date.now() + 60_000; serving() < 2 && Date.now() < deadline;)
      await new Promise((resolve) => setTimeout(resolve, 200));
    // The workers run api/main.ts, as the primary does (tsx's esbuild service is a child too).
    const workers = processesOf({ parent: service.pid }).filter((pid) =>
      readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("api/main.ts"),
    );
    try {
      expect(serving()).toBe(2);
      expect(workers).toHaveLength(2);
      await service.kill();
      const deadline = Date.now() + 60_000;
      while (workers.some(isRunning) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(workers.filter(isRunning)).toEqual([]);
      expect(service.logs().match(/the cluster's primary process is gone/g)).toHaveLength(2);
    } finally {
      for (const pid of workers.filter(isRunning)) process.kill(pid, "SIGKILL");
      await app.stop();
    }
  }, 300_000);
});
