import type { ApolloServerPlugin } from "@apollo/server";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { DatabaseHandle } from "../../../drizzle/database.js";
import type { Principal } from "../../auth/principal.js";

/** Seconds: from a cached read (a few ms) to a slow export (tens of seconds). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** What the outbox and the webhook queue hold now, read at each scrape (not at each request). */
export interface QueueProbe {
  /** Deliveries waiting (PENDING), and the age in seconds of the oldest event not yet fanned out to them (0 when none). */
  read(): Promise<{ pendingDeliveries: number; outboxLagSeconds: number }>;
}

/**
 * The service's Prometheus metrics, one registry per server (tests start several in one process). Labels are
 * bounded by the schema and the code, never by what a client sends: an operation is named by its type and first
 * root field ("query appointments"), not by the client's operation name.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests: Histogram<"method" | "route" | "status">;
  readonly graphqlRequests: Counter<"operation" | "outcome">;
  readonly graphqlDuration: Histogram<"operation">;
  readonly rateLimitRefusals: Counter<"endpoint">;
  readonly webhookDeliveries: Counter<"outcome">;

  constructor(
    options: {
      database?: DatabaseHandle;
      queues?: QueueProbe;
      defaultMetrics?: boolean;
      /** Labels on every series: `worker` for one of KOORDINAT_WORKERS, so the primary's aggregate tells them apart. */
      labels?: Record<string, string>;
    } = {},
  ) {
    const registers = [this.registry];
    if (options.labels) this.registry.setDefaultLabels(options.labels);
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: "koordinat_" });
    this.httpRequests = new Histogram({
      name: "koordinat_http_request_duration_seconds",
      help: "HTTP requests by method, route and status, with their latency.",
      labelNames: ["method", "route", "status"],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.graphqlRequests = new Counter({
      name: "koordinat_graphql_requests_total",
      help: "GraphQL operations by operation (type and first root field) and outcome (ok, user_error, or the error code).",
      labelNames: ["operation", "outcome"],
      registers,
    });
    this.graphqlDuration = new Histogram({
      name: "koordinat_graphql_request_duration_seconds",
      help: "GraphQL operations' latency, from parsing to the response, by operation.",
      labelNames: ["operation"],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.rateLimitRefusals = new Counter({
      name: "koordinat_rate_limit_refusals_total",
      help: "Requests refused by a rate limit: GraphQL query cost, or failed token attempts.",
      labelNames: ["endpoint"],
      registers,
    });
    this.webhookDeliveries = new Counter({
      name: "koordinat_webhook_delivery_attempts_total",
      help: "Webhook delivery attempts by outcome: delivered, retry (will be tried again) or failed (no attempts left).",
      labelNames: ["outcome"],
      registers,
    });
    const database = options.database;
    if (database) {
      new Gauge({
        name: "koordinat_db_pool_in_use",
        help: "Statements and transactions running or waiting for a connection of this process's pools.",
        registers,
        collect() {
          this.set(database.poolUse().active);
        },
      });
      new Gauge({
        name: "koordinat_db_pool_size",
        help: "Connections this process's pools may open (primary, and replica when reads go to one).",
        registers,
        collect() {
          this.set(database.poolUse().max);
        },
      });
    }
    const queues = options.queues;
    if (queues) {
      // Both gauges from one read per scrape.
      let reading: Promise<{ pendingDeliveries: number; outboxLagSeconds: number }> | undefined;
      const read = () => (reading ??= queues.read().finally(() => setImmediate(() => (reading = undefined))));
      new Gauge({
        name: "koordinat_webhook_queue_depth",
        help: "Webhook deliveries waiting to be attempted (PENDING).",
        registers,
        async collect() {
          this.set((await read()).pendingDeliveries);
        },
      });
      new Gauge({
        name: "koordinat_outbox_lag_seconds",
        help: "Age of the oldest recorded event not yet fanned out to webhook deliveries (0 when none waits).",
        registers,
        async collect() {
          this.set((await read()).outboxLagSeconds);
        },
      });
    }
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/**
 * Metrics on a port of their own (GET /metrics), for a process that serves no API: the webhook worker, a cluster's
 * primary. A port already taken is logged, not fatal: the process's work matters more than its metrics.
 */
export async function serveMetrics(
  port: number,
  host: string | undefined,
  render: () => Promise<{ contentType: string; body: string }>,
  onError: (error: unknown) => void,
): Promise<{ port: number; close(): Promise<void> } | undefined> {
  const server = createServer((request, response) => {
    if (request.method !== "GET" || request.url?.split("?")[0] !== "/metrics") {
      response.writeHead(404).end();
      return;
    }
    render().then(
      ({ contentType, body }) => response.writeHead(200, { "content-type": contentType }).end(body),
      (error: unknown) => {
        onError(error);
        response.writeHead(500).end();
      },
    );
  });
  return new Promise((resolve) => {
    server.once("error", (error) => {
      onError(error);
      resolve(undefined);
    });
    server.listen(port, host, () => {
      server.unref();
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** The HTTP route as a label: known paths as they are, everything else (downloads carry a token) by its first segment. */
export function routeLabel(path: string): string {
  const clean = path.split("?")[0] ?? "/";
  if (["/graphql", "/oauth/token", "/healthz", "/readyz", "/metrics"].includes(clean)) return clean;
  const first = clean.split("/")[1];
  return first ? `/${first}/…` : "/";
}

interface MeasuredContext {
  principal: Principal | null;
}

/** Counts and times every GraphQL operation, and the rate limit's refusals. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<MeasuredContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = "unknown";
      let outcome = "ok";
      return {
        async didResolveOperation({ operation: document }) {
          const field = document?.selectionSet.selections.find((selection) => selection.kind === "Field");
          if (document && field?.kind === "Field") operation = `${document.operation} ${field.name.value}`;
        },
        async didEncounterErrors({ errors }) {
          const code = String(errors[0]?.extensions?.code ?? "INTERNAL_SERVER_ERROR");
          outcome = code;
          if (errors.some((error) => error.extensions?.code === "RATE_LIMITED")) metrics.rateLimitRefusals.inc({ endpoint: "graphql" });
        },
        async willSendResponse({ response }) {
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          // A business refusal is a userErrors payload with HTTP 200: counted apart from success.
          if (outcome === "ok" && result?.data && hasUserErrors(result.data)) outcome = "user_error";
          metrics.graphqlRequests.inc({ operation, outcome });
          metrics.graphqlDuration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}

/** Whether a mutation's payload (a root field's value) reports userErrors. */
function hasUserErrors(data: Record<string, unknown>): boolean {
  return Object.values(data).some(
    (payload) =>
      payload !== null &&
      typeof payload === "object" &&
      Array.isArray((payload as { userErrors?: unknown }).userErrors) &&
      (payload as { userErrors: unknown[] }).userErrors.length > 0,
  );
}
