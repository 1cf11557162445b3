/**
 * `npm run webhooks:worker`: a webhook delivery worker as its own process, beside servers started
 * with KOORDINAT_WEBHOOK_INTERVAL_MS=0. Run as many as the load needs: on PostgreSQL they share the
 * work without double delivery (FOR UPDATE SKIP LOCKED). The embedded database belongs to the one
 * server process, whose in-process worker serves it.
 *
 * Its metrics (delivery attempts by outcome, queue depth, outbox lag, pool use, Node's process metrics) are served at
 * GET /metrics on KOORDINAT_METRICS_PORT (default 9464, `0`: none); scrape each worker as its own target.
 */
import "reflect-metadata";
import { databaseOptionsFromEnv, openDatabase } from "../drizzle/database.js";
import { configFromEnv } from "./config.js";
import { systemClock } from "./platform/time/clock.js";
import { createLogger } from "./platform/runtime/logger.js";
import { repeat } from "./platform/runtime/repeat.js";
import { Metrics, serveMetrics } from "./platform/runtime/metrics.js";
import { WebhookWorker, webhookQueueState } from "./webhooks/worker.js";

const config = configFromEnv();
const log = createLogger(config.logLevel, undefined, { pretty: config.logPretty });
const options = databaseOptionsFromEnv();
if (options.engine !== "postgres") {
  log.fatal("A separate webhook worker needs PostgreSQL (DATABASE_URL); with the embedded database the server delivers webhooks itself.");
  process.exit(1);
}
const database = await openDatabase({ ...options, maxConnections: 4 });
const metrics = new Metrics({ database, queues: { read: () => webhookQueueState(database.db, systemClock) } });
const worker = new WebhookWorker({
  db: database.db,
  clock: systemClock,
  urlPolicy: config.webhooks,
  logger: log,
  onAttempt: (outcome) => metrics.webhookDeliveries.inc({ outcome }),
});
const metricsServer =
  config.metrics && config.metricsPort > 0
    ? await serveMetrics(
        config.metricsPort,
        config.host,
        () => metrics.render(),
        (err) => log.error({ err, port: config.metricsPort }, "the webhook worker's metrics could not be served"),
      )
    : undefined;
const intervalMs = Number(process.env.KOORDINAT_WEBHOOK_WORKER_INTERVAL_MS ?? 1_000);
const rounds = repeat(
  () => worker.runOnce(),
  intervalMs,
  (err) => log.error({ err }, "webhook delivery round failed"),
  { keepAlive: true },
);
log.info({ intervalMs, metricsPort: metricsServer?.port }, "webhook worker started");

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    log.info({ signal }, "stopping the webhook worker");
    await rounds.stop();
    await metricsServer?.close();
    await database.close();
    process.exit(0);
  });
}
