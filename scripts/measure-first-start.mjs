#!/usr/bin/env node
// Measures the embedded default's first start as a new user meets it: a fresh data directory, `npm start`, and the
// time until POST /graphql answers an introspection query. Also the CPU time (user + sys) the start's processes
// (npm, the shell, node and their children) had used by then: on a machine others load, less noisy than the wall
// clock. `--restart` measures a start on the data directory the first one left instead.
//
//   node scripts/measure-first-start.mjs [--runs 5] [--restart]
//
// Each run uses a new data directory of its own (KOORDINAT_DATA_DIR) and a free port, so ./.data is not touched.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, restart: { type: "boolean", default: false } } });
const runs = Number(values.runs);
const root = new URL("..", import.meta.url).pathname;
const ticksPerSecond = 100; // USER_HZ on Linux

const introspection = JSON.stringify({ query: "{ __schema { queryType { name } types { name } } }" });

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The `/proc/<pid>/stat` fields (after the command) of every process in the group. */
function groupStats(pgid) {
  const stats = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    // Fields after the command's closing parenthesis: state ppid pgrp … utime(14) stime(15) cutime(16) cstime(17).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === pgid) stats.push(fields);
  }
  return stats;
}

/** CPU seconds of every process in the group, with the children they have already waited for. */
const groupCpuSeconds = (pgid) =>
  groupStats(pgid).reduce((ticks, f) => ticks + Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]), 0) / ticksPerSecond;

/** Stops the whole group as Ctrl-C would, and waits until every process of it is gone (the server closes its database last). */
async function stopGroup(pgid) {
  process.kill(-pgid, "SIGTERM");
  const deadline = performance.now() + 60_000;
  while (groupStats(pgid).some((f) => f[0] !== "Z")) {
    if (performance.now() > deadline) process.kill(-pgid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function answered(url) {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: introspection });
    if (!response.ok) return false;
    const body = await response.json();
    return body.data?.__schema?.queryType?.name === "Query";
  } catch {
    return false;
  }
}

/** One `npm start` on `dataDir`: seconds to the first answered introspection, CPU seconds by then, the log. */
async function start(dataDir) {
  const port = await freePort();
  const started = performance.now();
  // A process group of its own, as in a terminal: the signal at the end reaches npm, the shell and node alike.
  const child = spawn("npm", ["start"], {
    cwd: root,
    detached: true,
    env: { ...process.env, KOORDINAT_DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    for (;;) {
      if (gone) throw new Error(`npm start exited before answering:\n${log}`);
      if (await answered(url)) break;
      if (performance.now() - started > 120_000) throw new Error(`no answer within 120 s:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { seconds: (performance.now() - started) / 1000, cpu: groupCpuSeconds(child.pid), log };
  } finally {
    await stopGroup(child.pid);
    await exited;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
for (let run = 1; run <= runs; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), "koordinat-first-start-"));
  try {
    let result = await start(dataDir);
    if (values.restart) result = await start(dataDir);
    results.push(result);
    console.log(`run ${run}: ${result.seconds.toFixed(2)} s to the first answer, ${result.cpu.toFixed(2)} s CPU (user + sys)`);
    if (process.env.VERBOSE) console.log(result.log);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
console.log(
  `${values.restart ? "restart" : "first start"}: median ${median(results.map((r) => r.seconds)).toFixed(2)} s wall, ` +
    `${median(results.map((r) => r.cpu)).toFixed(2)} s CPU over ${runs} runs; load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
);
