import "reflect-metadata";
import cluster from "node:cluster";
import { AggregatorRegistry } from "prom-client";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DataDirInUseError, dataDirFromEnv, databaseOptionsFromEnv, openDatabase } from "../drizzle/database.js";
import { hasDemoClients, isSeeded, seedDemoClients, seedReference, writeDemoClients } from "../drizzle/seed/index.js";
import { embeddedTemplate } from "../drizzle/seed/template.js";
import { buildDemoWorld } from "../drizzle/seed/world.js";
import type { NewClient } from "./auth/clients.js";
import { TokenIssuer } from "./auth/tokens.js";
import { configFromEnv } from "./config.js";
import { systemClock } from "./platform/time/clock.js";
import { createLogger } from "./platform/runtime/logger.js";
import { withProgress } from "./platform/runtime/progress.js";
import { startServer } from "./server.js";
import { loadSecretSeal, SealedSecretError } from "./staff/sealed-secrets.js";
import { serveMetrics } from "./platform/runtime/metrics.js";
import { startTracing, stopTracing } from "./platform/runtime/tracing.js";

const config = configFromEnv();
const log = createLogger(config.logLevel, undefined, { pretty: config.logPretty });
// The key sealing the staff TOTP secrets (KOORDINAT_SECRETS_KEY, required in production): without it nothing starts.
try {
  loadSecretSeal(config.secretsKey);
} catch (error) {
  if (!(error instanceof SealedSecretError)) throw error;
  log.fatal(error.message);
  process.exit(1);
}
const options = databaseOptionsFromEnv();
const progress = <T>(label: string, work: () => Promise<T>) => withProgress(label, work, (line) => log.info(line));

/**
 * A new embedded data directory starts as a copy of the template (migrated, with the reference data and the demo
 * clients, whose secrets come with it); undefined clients when the data directory exists or the engine is PostgreSQL.
 */
async function withTemplate(): Promise<{ options: typeof options; templateClients?: NewClient[] }> {
  // The template carries demo clients and patients: production starts from an empty, migrated database.
  if (options.engine !== "pglite" || config.production || existsSync(join(options.dataDir!, "pglite", "PG_VERSION"))) return { options };
  const { dataDir, clients } = await progress("first start: preparing the embedded database template (once per install)", embeddedTemplate);
  return { options: { ...options, template: dataDir }, templateClients: clients };
}

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
  // A scrape of the shared port reaches whichever worker takes the connection: the whole cluster's metrics are the
  // primary's, on a port of its own, each worker's series labelled `worker` (prom-client's AggregatorRegistry asks
  // every worker over the cluster's IPC channel).
  if (config.metrics && config.metricsPort > 0) {
    const aggregator = new AggregatorRegistry();
    const served = await serveMetrics(
      config.metricsPort,
      config.host,
      async () => ({ contentType: aggregator.contentType, body: await aggregator.clusterMetrics() }),
      (err) => log.error({ err, port: config.metricsPort }, "the cluster's metrics could not be served"),
    );
    if (served) log.info({ port: served.port }, "the cluster's metrics at /metrics");
  }
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
  // Traces go to OTEL_EXPORTER_OTLP_ENDPOINT when it is set (OTLP over HTTP); otherwise nothing is recorded.
  startTracing();
  const { options: opening, templateClients } = await withTemplate();
  const opened = templateClients ? "first start: copying the embedded database template into the data directory" : "opening the database";
  const database = await progress(opened, () => openDatabase(opening)).catch((error: unknown) => {
    if (!(error instanceof DataDirInUseError)) throw error;
    log.fatal(error.message);
    process.exit(1);
  });
  // A cluster's primary has migrated already.
  if (!cluster.isWorker) await progress("migrating the database", () => database.migrate());

  // The embedded database seeds itself on first start, so `npm start` alone gives a working demo, current as of now;
  // never in production, where demo patients and a file of client secrets have no place (clients: npm run client:create).
  const firstStart =
    !config.production && (templateClients !== undefined || (options.engine === "pglite" && !(await hasDemoClients(database.db))));
  if (firstStart) {
    if (!(await isSeeded(database.db))) await progress("loading the reference data", () => seedReference(database.db));
    const clients =
      templateClients ?? (await progress("making the demo clients", () => database.db.transaction((tx) => seedDemoClients(tx))));
    const file = writeDemoClients(dataDirFromEnv(), clients);
    log.info({ file }, "demo client credentials written");
  }

  const server = await progress("starting the server", () => startServer({ database, clock: systemClock, config }));
  // The primary's aggregate (KOORDINAT_METRICS_PORT) asks each worker for these.
  if (cluster.isWorker) {
    // Constructing one is what makes a worker answer the primary's requests (prom-client adds its listener then).
    new AggregatorRegistry();
    AggregatorRegistry.setRegistries([server.metricsRegistry]);
  }
  log.info(
    { url: server.url, explorer: config.explorer ? server.url : undefined, database: database.engine },
    `Koordinat GraphQL at ${server.url}`,
  );
  // The world, dated from now, is made while the server already answers: the first query need not wait for it.
  if (firstStart) {
    void progress("building the demo world (referrals, appointments, claims, approvals, submissions, Kazakh attachment)", () =>
      buildDemoWorld(database.db, systemClock),
    ).then(
      () => log.info("the demo world is ready"),
      (err: unknown) => log.error({ err }, "building the demo world failed"),
    );
  }

  let stopping = false;
  const stop = async (reason: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, "stopping");
    // A backstop: a stop that hangs anyway (a database that never closes) still ends, visibly.
    setTimeout(() => {
      log.error("stopping took too long; exiting");
      process.exit(1);
    }, config.stopGraceMs + 10_000).unref();
    try {
      await server.stop();
      await database.close();
      await stopTracing();
    } catch (err) {
      log.error({ err }, "stopping failed");
      exitCode = 1;
    }
    process.exit(exitCode);
  };
  // `on`, not `once`: a second signal (the process group's, then the primary's) must not kill a draining server.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));
  if (cluster.isWorker) {
    process.on("message", (message) => message === "stop" && void stop("the primary asked"));
    // The primary gone (kill -9, a crash): node:cluster would end this worker at once with code 0, dropping its
    // requests in flight and looking like a clean stop. It finishes them and exits with an error instead, so the
    // supervisor (systemd, Kubernetes) sees a failed service and restarts it: without a primary nothing accepts
    // connections any more, and nothing would replace a worker that dies.
    process.prependOnceListener("disconnect", () => {
      if (stopping) return;
      cluster.worker!.exitedAfterDisconnect = true;
      log.fatal("the cluster's primary process is gone; this worker stops too, so the service can be restarted whole");
      void stop("the primary is gone", 1);
    });
  }
}

const reason = cluster.isPrimary && config.workers > 1 ? singleProcessReason() : null;
if (reason) log.warn({ workers: config.workers }, `serving in one process: ${reason}`);
if (cluster.isPrimary && config.workers > 1 && !reason) await superviseWorkers();
else await serve();
