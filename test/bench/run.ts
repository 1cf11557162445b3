/**
 * `npm run bench -- --scale 1`: generates (or reuses) the data set, starts Koordinat in production
 * mode, the raw-SQL ceiling and PostGraphile v4 (the peer) as separate processes, drives each scenario
 * with autocannon from this process, and writes JSON and Markdown to test/bench/results/.
 */
import "reflect-metadata";
import { execFileSync, fork, spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { build } from "esbuild";
import postgres from "postgres";
import { createClient } from "../../api/auth/clients.js";
import { openDatabase } from "../../drizzle/database.js";
import { projectRoot } from "../../drizzle/paths.js";
import { freePort } from "../support/server-process.js";
import { ensureBenchDatabase, ensurePostGraphileCopy, POSTGRAPHILE_SCHEMA, sizesAt } from "./generate.js";
import { writeResults, type RunResult, type ScenarioResult } from "./report.js";
import {
  bookingUnderContention,
  facilitySearch,
  monthlyConsolidation,
  nestedList,
  nestedListPostGraphile,
  patientLookup,
  type BodyFactory,
  type Scenario,
} from "./scenarios.js";
import { withDatabase } from "../support/global-setup.js";

const { values: options } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    duration: { type: "string", default: "15" },
    /** Each measurement drives this many requests instead of --duration seconds (CPU per request over a fixed count). */
    requests: { type: "string" },
    /** Scenario (a) measures raw, PostGraphile and Koordinat this many times in turn and reports each one's medians. */
    rounds: { type: "string", default: "1" },
    /** Seconds of load before each measurement, per server process (a cluster of two is warmed twice as long). */
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "20" },
    /** Koordinat's server processes (KOORDINAT_WORKERS): `auto` is one per CPU, as the README's production set-up. */
    workers: { type: "string", default: "auto" },
    only: { type: "string" },
    "no-write": { type: "boolean", default: false },
    /** Only make (or check) the data set, e.g. ahead of a run. */
    "generate-only": { type: "boolean", default: false },
    /** Writes a V8 CPU profile of the Koordinat server into this folder when it stops. */
    "cpu-prof": { type: "string" },
    /**
     * Another checkout of Koordinat (e.g. a git worktree of a branch), built there and measured in (a) in turn with
     * this one: an A/B of two builds in one run, under the same load from the rest of the machine.
     */
    versus: { type: "string" },
    /** Node options for the versus build's processes: `--versus . --versus-node-options=…` tries a flag on this build. */
    "versus-node-options": { type: "string" },
  },
});
const scale = Number(options.scale);
const duration = Number(options.duration);
const warmup = Number(options.warmup);
const connections = Number(options.connections);
const requests = options.requests === undefined ? null : Number(options.requests);
const rounds = Number(options.rounds);
if (!(scale > 0) || !(duration > 0) || !(warmup >= 0) || !(connections > 0) || (requests !== null && !(requests > 0)) || !(rounds >= 1))
  throw new Error("--scale, --duration, --connections, --requests and --rounds take positive numbers, --warmup zero or more");
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

interface Running {
  url: string;
  process: ChildProcess;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms`);
}

/** Compiles the service as a deployment does (`npm run build` into dist/), so the bench runs what production runs. */
function buildService(root = projectRoot()) {
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

/**
 * The topology of issue #21, from the environment: BENCH_PGBOUNCER_URL (a PgBouncer in transaction pooling in front
 * of the server) sends Koordinat's pool through it, BENCH_REPLICA_URL (a streaming replica) its reads there; both
 * name the bench's database on those servers. Unset, Koordinat connects straight to PostgreSQL.
 */
function topologyEnv(databaseUrl: string): Record<string, string> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const { BENCH_PGBOUNCER_URL: pgbouncer, BENCH_REPLICA_URL: replica } = process.env;
  return {
    ...(pgbouncer && { DATABASE_URL: withDatabase(pgbouncer, name), DATABASE_POOLER: "pgbouncer", DATABASE_DIRECT_URL: databaseUrl }),
    ...(replica && { DATABASE_READ_URL: withDatabase(replica, name) }),
  };
}

/**
 * Production needs the key that seals staff TOTP secrets. The bench's databases are kept between runs, so its key is
 * fixed (and public: they hold generated data only).
 */
const benchSecretsKey = `bench:${createHash("sha256").update("koordinat-bench").digest("base64url")}`;

/**
 * Koordinat as it runs in production. Load goes to one started as deployed; the statement counts
 * come from a second, identical one with the count opted in (KOORDINAT_EXPOSE_SQL_COUNT), since
 * counting hooks every promise and would slow the measured server.
 */
async function startKoordinat(
  databaseUrl: string,
  countStatements: boolean,
  { root = projectRoot(), nodeOptions = [] as string[] } = {},
): Promise<Running> {
  const port = await freePort();
  const profile = options["cpu-prof"] && !countStatements ? ["--cpu-prof", `--cpu-prof-dir=${options["cpu-prof"]}`] : [];
  // What `npm run start:prod` runs: the compiled service (see buildService).
  const child = spawn(process.execPath, [...nodeOptions, ...profile, "dist/api/main.js"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      ...topologyEnv(databaseUrl),
      PORT: String(port),
      HOST: "127.0.0.1",
      KOORDINAT_SECRETS_KEY: process.env.KOORDINAT_SECRETS_KEY ?? benchSecretsKey,
      KOORDINAT_EXPOSE_SQL_COUNT: countStatements ? "1" : "0",
      // Workers share rate-limit buckets through Redis; the counting server needs only one process.
      KOORDINAT_WORKERS: countStatements ? "1" : options.workers,
      REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`http://127.0.0.1:${port}/readyz`, child);
  return { url: `http://127.0.0.1:${port}/graphql`, process: child };
}

/**
 * postgraphile-server.ts as one CommonJS file in which every `graphql` import is PostGraphile's graphql 15 (this
 * project's is 16, and two instances of graphql refuse each other's types); returns its path.
 */
async function bundlePostGraphile(): Promise<string> {
  const postgraphileDir = dirname(createRequire(import.meta.url).resolve("postgraphile/package.json"));
  const graphql15 = dirname(createRequire(join(postgraphileDir, "package.json")).resolve("graphql/package.json"));
  const outfile = join(projectRoot(), "node_modules", ".cache", "koordinat", "bench-postgraphile-server.cjs");
  await build({
    entryPoints: [new URL("./postgraphile-server.ts", import.meta.url).pathname],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    alias: { graphql: graphql15 },
    // pg's optional native binding, not installed.
    external: ["pg-native"],
    logLevel: "warning",
  });
  return outfile;
}

/** A server of this folder (the raw ceiling, PostGraphile) in as many processes as Koordinat, ready when it says so. */
async function startPeer(file: string, databaseUrl: string, path = "/"): Promise<Running> {
  const port = await freePort();
  const typescript = file.endsWith(".ts");
  const child = fork(typescript ? new URL(file, import.meta.url).pathname : file, [], {
    execArgv: typescript ? ["--import", "tsx"] : [],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      WORKERS: options.workers,
      POSTGRAPHILE_SCHEMA,
    },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}${path}`, process: child };
}

async function tokenFor(origin: string, databaseUrl: string): Promise<string> {
  const database = await openDatabase({ engine: "postgres", url: databaseUrl, maxConnections: 1 });
  // The harness measures throughput, so its client's leaky bucket never runs dry (SECURITY.md).
  const client = await createClient(database.db, {
    role: "COORDINATION_UNIT",
    scope: "national",
    name: "benchmark harness",
    policy: { rateLimit: { points: 1_000_000_000, restorePerSecond: 1_000_000_000 } },
  });
  await database.close();
  const response = await fetch(`${origin}/oauth/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: client.clientId, client_secret: client.clientSecret }),
  });
  if (!response.ok) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The process and its children (a cluster's workers), from /proc. */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  } catch {
    // exited
  }
  return [pid, ...children.flatMap(processTree)];
}

/** User + system CPU the processes have used, in ms (from /proc; clock ticks are 10 ms on Linux). */
function cpuMsOf(pids: number[]): number {
  let ms = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ms += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // exited between listing and reading
    }
  }
  return ms;
}

/** The processes answering requests: a cluster's workers (its primary only supervises them), or the one process. */
function servingProcesses(pid: number): number {
  return Math.max(1, processTree(pid).length - 1);
}

function rssMbOf(pid: number): number {
  let kb = 0;
  for (const member of processTree(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // exited
    }
  }
  return Math.round(kb / 1024);
}

/** PostgreSQL's processes on this machine (backends and background workers); none when it runs elsewhere. */
function databaseProcesses(): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("postgres:");
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** CPU the database used during `run`, including processes it started meanwhile (each request's backend is pooled, so few). */
async function databaseCpuDuring<T>(run: () => Promise<T>): Promise<{ result: T; ms: number | null }> {
  const before = new Map(databaseProcesses().map((pid) => [pid, cpuMsOf([pid])]));
  const result = await run();
  const after = databaseProcesses();
  if (before.size === 0 && after.length === 0) return { result, ms: null };
  return { result, ms: after.reduce((sum, pid) => sum + cpuMsOf([pid]) - (before.get(pid) ?? 0), 0) };
}

/**
 * With several processes behind one port, each connection stays with the worker node:cluster handed it to, and that
 * hand-off goes to whichever worker acknowledged its last one first: 20 connections opened at once were split up to 3 : 1
 * (one worker saturated, the other half idle), differently for each server and run. Each connection reconnects after
 * this many requests (as a client pool with a connection lifetime does), so the split evens out within a run.
 */
const RECONNECT_EVERY = 200;

/** autocannon's instance is only thenable: awaiting it here makes a real promise. */
async function drive(
  url: string,
  headers: Record<string, string>,
  body: BodyFactory,
  length: { seconds: number } | { requests: number },
  processes: number,
) {
  return await autocannon({
    url,
    method: "POST",
    connections,
    ...(processes > 1 && { reconnectRate: RECONNECT_EVERY }),
    ...("seconds" in length ? { duration: length.seconds } : { amount: length.requests }),
    headers: { "content-type": "application/json", ...headers },
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  });
}

/** A few requests outside the load: their answers are checked and their SQL statements counted. */
async function probe(url: string, headers: Record<string, string>, scenario: Scenario, count = 5): Promise<number> {
  let statements = 0;
  for (let i = 0; i < count; i++) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: scenario.body(),
    });
    scenario.check((await response.json()) as { data?: unknown; errors?: unknown[] });
    statements += Number(response.headers.get("x-sql-statements"));
  }
  return statements / count;
}

async function measure(
  name: ScenarioResult["server"],
  target: Running,
  /** The server whose x-sql-statements header counts the statements; null for a peer that has none. */
  counting: Running | null,
  headers: Record<string, string>,
  scenario: Scenario,
): Promise<ScenarioResult> {
  // Per serving process: each of a cluster's workers compiles and optimises its own code, so two processes warmed
  // for the seconds one gets are each measured half cold (the first round of two-process runs cost 1.7 × the third).
  const processes = servingProcesses(target.process.pid!);
  if (warmup > 0) await drive(target.url, headers, scenario.body, { seconds: warmup * processes }, processes);
  let rssMb = rssMbOf(target.process.pid!);
  const sampler = setInterval(() => (rssMb = Math.max(rssMb, rssMbOf(target.process.pid!))), 500);
  const serverProcesses = processTree(target.process.pid!);
  const cpuBefore = cpuMsOf(serverProcesses);
  const { result, ms: databaseMs } = await databaseCpuDuring(() =>
    drive(target.url, headers, scenario.body, requests ? { requests } : { seconds: duration }, processes).finally(() =>
      clearInterval(sampler),
    ),
  );
  const cpuMs = cpuMsOf(serverProcesses) - cpuBefore;
  const statements = counting ? await probe(counting.url, headers, scenario) : (await probe(target.url, headers, scenario), null);
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) throw new Error(`${name} ${scenario.key}: ${failed} of ${result.requests.total} requests failed`);
  return {
    scenario: scenario.key,
    server: name,
    title: scenario.title,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statementsPerRequest: statements,
    depth: scenario.depth,
    rssMb,
    cpuMsPerRequest: Math.round((cpuMs / result.requests.total) * 100) / 100,
    databaseCpuMsPerRequest: databaseMs === null ? null : Math.round((databaseMs / result.requests.total) * 100) / 100,
    requests: result.requests.total,
  };
}

async function main() {
  const started = new Date();
  const loadBefore = loadavg()[0];
  const databaseUrl = await ensureBenchDatabase(serverUrl, scale);
  if (options["generate-only"]) return;
  const sizes = sizesAt(scale);
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await ensurePostGraphileCopy(databaseUrl);
  buildService();
  const versusNodeOptions = options["versus-node-options"]?.split(" ").filter(Boolean) ?? [];
  if (options.versus) buildService(options.versus);
  const [koordinat, counting, raw, postgraphile, versus] = await Promise.all([
    startKoordinat(databaseUrl, false),
    startKoordinat(databaseUrl, true),
    startPeer("./raw-server.ts", databaseUrl),
    startPeer(await bundlePostGraphile(), databaseUrl, "/graphql"),
    options.versus ? startKoordinat(databaseUrl, false, { root: options.versus, nodeOptions: versusNodeOptions }) : null,
  ]);
  const stopAll = () =>
    Promise.all(
      [koordinat, counting, raw, postgraphile, ...(versus ? [versus] : [])].map(
        (r) => new Promise((exited) => (r.process.once("exit", exited), r.process.kill("SIGTERM"))),
      ),
    );
  process.once("SIGINT", () => (stopAll(), process.exit(130)));
  try {
    const headers = { authorization: `Bearer ${await tokenFor(koordinat.url.replace("/graphql", ""), databaseUrl)}` };
    const provinces = (await sql`select distinct province_code from facilities where code like 'BENCH-%' order by 1`).map(
      (r) => r.province_code,
    );
    const clinics = (await sql`select distinct clinic_code from facility_clinics order by 1`).map((r) => r.clinic_code);
    const all = [
      nestedList(),
      patientLookup(sizes),
      facilitySearch(provinces, clinics),
      bookingUnderContention(sizes, randomBytes(4).toString("hex")),
      monthlyConsolidation(),
    ];
    const scenarios = options.only ? all.filter((s) => options.only!.split(",").includes(s.key)) : all;
    const results: ScenarioResult[] = [];
    const notes: Record<string, string> = {};
    for (const scenario of scenarios) {
      console.log(`\n${scenario.title}`);
      if (scenario.key === "a") {
        // The three in turn, `rounds` times (a burst of other work on the machine then skews one round, not one server).
        const measured: ScenarioResult[][] = versus ? [[], [], [], []] : [[], [], []];
        for (let round = 0; round < rounds; round++) {
          measured[0].push(await measure("raw SQL", raw, raw, {}, scenario));
          // No statement count of its own: PostGraphile compiles the page to one statement by design.
          measured[1].push(await measure("PostGraphile", postgraphile, null, {}, nestedListPostGraphile()));
          measured[2].push(await measure("Koordinat", koordinat, counting, headers, scenario));
          if (versus) measured[3].push(await measure("Koordinat (versus)", versus, null, headers, scenario));
          if (rounds > 1) for (const server of measured) report(server.at(-1)!, `round ${round + 1}`);
        }
        for (const server of measured) (results.push(medianOf(server)), report(results.at(-1)!));
        continue;
      }
      await scenario.prepare?.(sql);
      try {
        results.push(await measure("Koordinat", koordinat, counting, headers, scenario));
      } finally {
        const note = await scenario.finish?.(sql);
        if (note) notes[scenario.key] = note;
      }
      report(results.at(-1)!);
    }
    const run: RunResult = {
      scale,
      sizes,
      startedAt: started.toISOString(),
      commit: measuredCommit(),
      durationSeconds: duration,
      ...(requests && { requestsPerMeasurement: requests }),
      rounds,
      connections,
      workers: servingProcesses(koordinat.process.pid!),
      node: process.version,
      postgres: (await sql`show server_version`)[0].server_version,
      cpus: (await import("node:os")).cpus().length,
      loadAverage: [loadBefore, loadavg()[0]].map((load) => Math.round(load * 10) / 10),
      results,
      notes,
    };
    console.log("\n" + writeResults(run, !options["no-write"]));
  } finally {
    await stopAll();
    await sql.end();
  }
}

function measuredCommit(): string {
  try {
    return execFileSync("git", ["describe", "--always", "--dirty"], { cwd: projectRoot(), encoding: "utf8" }).trim();
  } catch {
    return "unknown (not a git checkout)";
  }
}

/** One server's measurements of a scenario as one result: the median of each number, the requests summed. */
function medianOf(results: ScenarioResult[]): ScenarioResult {
  const median = (pick: (r: ScenarioResult) => number) => {
    const sorted = results.map(pick).sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : Math.round(((sorted[middle - 1] + sorted[middle]) / 2) * 100) / 100;
  };
  const database = results.every((r) => r.databaseCpuMsPerRequest !== null) ? median((r) => r.databaseCpuMsPerRequest!) : null;
  return {
    ...results[0],
    requestsPerSecond: Math.round(median((r) => r.requestsPerSecond)),
    p50Ms: median((r) => r.p50Ms),
    p99Ms: median((r) => r.p99Ms),
    rssMb: Math.max(...results.map((r) => r.rssMb)),
    cpuMsPerRequest: median((r) => r.cpuMsPerRequest),
    databaseCpuMsPerRequest: database,
    requests: results.reduce((sum, r) => sum + r.requests, 0),
  };
}

function report(r: ScenarioResult, label = "") {
  console.log(
    `  ${label ? `${label}: ` : ""}${r.server.padEnd(18)} ${String(r.requestsPerSecond).padStart(6)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  ` +
      `${r.statementsPerRequest ?? "–"} SQL/request  ${r.cpuMsPerRequest} CPU ms/request  database ${r.databaseCpuMsPerRequest ?? "–"}  RSS ${r.rssMb} MB`,
  );
}

await main();
