import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchSizes } from "./generate.js";

export interface ScenarioResult {
  scenario: string;
  server: "Koordinat" | "raw SQL" | "PostGraphile" | "Koordinat (versus)";
  title: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Counted through the server's x-sql-statements header; null for PostGraphile, which has none. */
  statementsPerRequest: number | null;
  depth: number;
  rssMb: number;
  /** Server CPU (user + system) per request: steadier than requests/s on a machine shared with other work. */
  cpuMsPerRequest: number;
  /** PostgreSQL's CPU (its processes on this machine) per request; null when the database is elsewhere. */
  databaseCpuMsPerRequest: number | null;
  requests: number;
}

export interface RunResult {
  scale: number;
  sizes: BenchSizes;
  startedAt: string;
  /** The code measured: `git describe --always --dirty` at the start of the run. */
  commit: string;
  durationSeconds: number;
  /** Set when each measurement drove a fixed number of requests (--requests) instead of durationSeconds. */
  requestsPerMeasurement?: number;
  /** Scenario (a)'s servers were measured this many times in turn; its rows are the medians (--rounds). */
  rounds?: number;
  connections: number;
  /** Each server's processes (Koordinat's KOORDINAT_WORKERS, the peers' WORKERS); CPU and RSS are their sums. */
  workers: number;
  node: string;
  postgres: string;
  cpus: number;
  /** The machine's one-minute load average when the run started and when it ended (other work skews every number). */
  loadAverage?: number[];
  results: ScenarioResult[];
  /** Per scenario: what the harness verified after the run (e.g. the contended slots' outcome). */
  notes: Record<string, string>;
}

const resultsFolder = fileURLToPath(new URL("./results/", import.meta.url));

/** A server's requests/s on the nested list over another's, in the same run. */
export function ratioOn(run: RunResult, server: ScenarioResult["server"], to: ScenarioResult["server"]): number | null {
  const of = (name: string) => run.results.find((r) => r.scenario === "a" && r.server === name)?.requestsPerSecond;
  const mine = of(server);
  const theirs = of(to);
  return mine && theirs ? Math.round((mine / theirs) * 100) / 100 : null;
}

/**
 * A server's CPU per request on the nested list against another's, as "× the other's throughput": the other's server CPU
 * ms/request over this one's. A server saturating its cores answers 1 / (CPU per request) requests per second, so on a
 * machine shared with other work this is the steadier proxy for the requests/s ratio (it does not move with the load).
 */
export function cpuRatioOn(run: RunResult, server: ScenarioResult["server"], to: ScenarioResult["server"]): number | null {
  const of = (name: string) => run.results.find((r) => r.scenario === "a" && r.server === name)?.cpuMsPerRequest;
  const mine = of(server);
  const theirs = of(to);
  return mine && theirs ? Math.round((theirs / mine) * 100) / 100 : null;
}

/** Koordinat's requests/s on the nested list over the raw-SQL ceiling's, in the same run. */
export const ratioToRaw = (run: RunResult) => ratioOn(run, "Koordinat", "raw SQL");

export function markdownOf(run: RunResult): string {
  const s = run.sizes;
  const lines = [
    `### Scale ${run.scale}: ${s.facilities} facilities, ${s.patients} patients, ${s.referrals} referrals, ${s.appointments} appointments`,
    "",
    `${run.startedAt.slice(0, 16)}Z · commit ${run.commit} · ${run.connections} connections, ` +
      `${run.requestsPerMeasurement ? `${run.requestsPerMeasurement} requests` : `${run.durationSeconds} s`} per scenario` +
      `${(run.rounds ?? 1) > 1 ? ` (a: medians of ${run.rounds} rounds in turn)` : ""} · ` +
      `each server in ${run.workers ?? 1} process${(run.workers ?? 1) > 1 ? "es" : ""} · Node ${run.node}, PostgreSQL ${run.postgres}, ${run.cpus} CPUs (server, database and load generator share them)` +
      (run.loadAverage ? ` · load average ${run.loadAverage.join(" → ")}` : ""),
    "",
    "| scenario | server | req/s | × PostGraphile | p50 ms | p99 ms | SQL/request (depth) | server CPU ms/request | × PostGraphile (CPU) | database CPU ms/request | server RSS MB |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...run.results.map(
      (r) =>
        `| ${r.title} | ${r.server} | ${r.requestsPerSecond} | ${(r.scenario === "a" && ratioOn(run, r.server, "PostGraphile")) || "–"} | ${r.p50Ms} | ${r.p99Ms} | ${r.statementsPerRequest ?? "–"} (${r.depth}) | ${r.cpuMsPerRequest} | ${(r.scenario === "a" && cpuRatioOn(run, r.server, "PostGraphile")) || "–"} | ${r.databaseCpuMsPerRequest ?? "–"} | ${r.rssMb} |`,
    ),
  ];
  const peer = ratioOn(run, "Koordinat", "PostGraphile");
  const peerCpu = cpuRatioOn(run, "Koordinat", "PostGraphile");
  if (peer !== null)
    lines.push(
      "",
      `**Koordinat / PostGraphile v4 on (a): ${peer} by requests/s, ${peerCpu} by server CPU per request** (goal ≥ 1.0, aim 1.2)`,
    );
  const ratio = ratioToRaw(run);
  if (ratio !== null) lines.push("", `Koordinat / raw SQL on (a): ${ratio}`);
  for (const [key, note] of Object.entries(run.notes)) lines.push("", `(${key}) ${note}`);
  return lines.join("\n") + "\n";
}

/** p99 of each Koordinat scenario at the largest scale against the smallest: how cost grows with data. */
function growthOf(runs: RunResult[]): string {
  if (runs.length < 2) return "";
  const [small, large] = [runs[0], runs.at(-1)!];
  const rows = small.results
    .filter((r) => r.server === "Koordinat")
    .flatMap((r) => {
      const other = large.results.find((o) => o.server === r.server && o.scenario === r.scenario);
      return other
        ? [
            `| ${r.title} | ${r.requestsPerSecond} → ${other.requestsPerSecond} | ${r.cpuMsPerRequest} → ${other.cpuMsPerRequest} | ` +
              `${r.p99Ms} → ${other.p99Ms} | ${(other.p99Ms / r.p99Ms).toFixed(2)} |`,
          ]
        : [];
    });
  return [
    `### Growth: scale ${small.scale} → ${large.scale}`,
    "",
    `| scenario | req/s | server CPU ms/request | p99 ms | p99 × (goal ≤ 1.5 for (a)) |`,
    "|---|--:|--:|--:|--:|",
    ...rows,
    "",
  ].join("\n");
}

/** Writes scale-<n>.json and .md, and summary.md over every scale measured; returns this run's table. */
export function writeResults(run: RunResult, write: boolean): string {
  const table = markdownOf(run);
  if (!write) return table;
  mkdirSync(resultsFolder, { recursive: true });
  const name = `scale-${String(run.scale).replace(".", "_")}`;
  writeFileSync(join(resultsFolder, `${name}.json`), JSON.stringify(run, null, 2) + "\n");
  writeFileSync(join(resultsFolder, `${name}.md`), table);
  writeSummary();
  return table;
}

/** summary.md: every scale measured (scale-*.json), then how the cost grew from the smallest to the largest. */
export function writeSummary(): void {
  const runs = readdirSync(resultsFolder)
    .filter((f) => /^scale-.*\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(resultsFolder, f), "utf8")) as RunResult)
    .sort((a, b) => a.scale - b.scale);
  const intro = ["# Benchmark results", "", "Written by `npm run bench`; see the README's Performance section.", ""];
  writeFileSync(join(resultsFolder, "summary.md"), [...intro, ...runs.map(markdownOf), growthOf(runs)].join("\n"));
}
