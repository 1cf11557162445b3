import "reflect-metadata";
import cluster from "node:cluster";
import { DataDirInUseError, dataDirFromEnv, databaseOptionsFromEnv, openDatabase } from "../drizzle/database.js";
import { isSeeded, seedDemo, writeDemoClients } from "../drizzle/seed/index.js";
import { TokenIssuer } from "./auth/tokens.js";
import { configFromEnv } from "./config.js";
import { systemClock } from "./platform/clock.js";
import { createLogger } from "./platform/logger.js";
import { startServer } from "./server.js";

const config = configFromEnv();
const log = createLogger(config.logLevel);
const options = databaseOptionsFromEnv();

/** Why this service runs in one process though more workers were asked for, or null when they can run. */
function singleProcessReason(): string | null {
  if (options.engine !== "postgres") return "the embedded database belongs to one process (set DATABASE_URL to run workers)";
  if (!config.redisUrl) return "workers must share each client's rate-limit bucket (set REDIS_URL to run workers)";
  return null;
}

/** A worker dying this often within a minute means it cannot run: the service stops with an error instead. */
const MAX_RESTARTS_PER_MINUTE = 5;

/**
 * The primary of KOORDINAT_WORKERS processes sharing the port (node:cluster): it migrates and makes the token
 * signing key before any worker starts (workers racing to make the first key would each trust only their own),
 * starts the workers, replaces one that dies (and exits with an error when they keep dying), and on SIGINT/SIGTERM
 * asks each to stop, then exits when all have. Worker 0 alone runs the background jobs (APPT-9 auto-cancellation,
 * ER-8 lapsed bed holds, KZ-7 and KZ-15 notices, webhook delivery); the others only answer requests.
 */
async function superviseWorkers() {
  const database = await openDatabase(options);
  await database.migrate();
  await TokenIssuer.create(database.db, systemClock, config.jwtSecret);
  await database.close();
  let stopping = false;
  const restarts: number[] = [];
  const start = (index: number) => {
    const worker = cluster.fork({
      KOORDINAT_WORKER_INDEX: String(index),
      ...(index > 0 && { KOORDINAT_JOB_INTERVAL_MS: "0", KOORDINAT_WEBHOOK_INTERVAL_MS: "0" }),
    });
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts[0] < now - 60_000) restarts.shift();
      if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
        log.fatal({ worker: index, code, signal }, `workers exited ${restarts.length} times within a minute; stopping`);
        stopping = true;
        for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
        process.exitCode = 1;
        return;
      }
      log.error({ worker: index, code, signal }, "a worker exited; starting another");
      // Not unref'd: with every worker gone, this timer is what keeps the primary alive to start them again.
      setTimeout(() => stopping || start(index), 1_000);
    });
  };
  for (let index = 0; index < config.workers; index++) start(index);
  log.info({ workers: config.workers }, "Koordinat workers starting");
  cluster.on("exit", () => {
    if (stopping && Object.keys(cluster.workers ?? {}).length === 0) process.exit();
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      // A message, not a signal: a signal sent to the whole process group reaches each worker anyway.
      // With a callback, a worker already gone reports its closed channel there instead of as an unhandled error.
      for (const worker of Object.values(cluster.workers ?? {})) worker?.send("stop", () => {});
    });
  }
}

async function serve() {
  const database = await openDatabase(options).catch((error: unknown) => {
    if (!(error instanceof DataDirInUseError)) throw error;
    log.fatal(error.message);
    process.exit(1);
  });
  // A cluster's primary has migrated already.
  if (!cluster.isWorker) await database.migrate();

  // The embedded database seeds itself on first start, so `npm start` alone gives a working demo.
  if (options.engine === "pglite" && !(await isSeeded(database.db))) {
    const { clients } = await seedDemo(database.db);
    const file = writeDemoClients(dataDirFromEnv(), clients);
    log.info({ file }, "seeded the demo data; demo client credentials written");
  }

  const server = await startServer({ database, clock: systemClock, config });
  log.info(
    { url: server.url, explorer: config.explorer ? server.url : undefined, database: database.engine },
    `Koordinat GraphQL at ${server.url}`,
  );

  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, "stopping");
    await server.stop();
    await database.close();
    process.exit(0);
  };
  // `on`, not `once`: a second signal (the process group's, then the primary's) must not kill a draining server.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));
  if (cluster.isWorker) process.on("message", (message) => message === "stop" && void stop("the primary asked"));
}

const reason = cluster.isPrimary && config.workers > 1 ? singleProcessReason() : null;
if (reason) log.warn({ workers: config.workers }, `serving in one process: ${reason}`);
if (cluster.isPrimary && config.workers > 1 && !reason) await superviseWorkers();
else await serve();
