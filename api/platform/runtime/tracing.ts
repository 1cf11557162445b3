import { context, propagation, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Principal } from "../../auth/principal.js";

/**
 * Traces HTTP → GraphQL → SQL with OpenTelemetry. Without a provider (no OTEL_EXPORTER_OTLP_ENDPOINT, most tests)
 * every call here is the API's no-op: nothing is recorded and nearly nothing is spent.
 */
const tracer = trace.getTracer("koordinat");

let provider: NodeTracerProvider | undefined;

/**
 * Starts exporting traces: to an OTLP/HTTP collector when OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set, or to the processors given (tests). Once per process.
 */
export function startTracing(options: { env?: NodeJS.ProcessEnv; spanProcessors?: SpanProcessor[] } = {}): boolean {
  const env = options.env ?? process.env;
  if (provider) return true;
  const exporting = Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  const spanProcessors = options.spanProcessors ?? (exporting ? [new BatchSpanProcessor(new OTLPTraceExporter())] : []);
  if (spanProcessors.length === 0) return false;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME ?? "koordinat" }),
    spanProcessors,
  });
  // The AsyncLocalStorage context manager and the W3C traceparent propagator.
  provider.register();
  return true;
}

export async function stopTracing(): Promise<void> {
  await provider?.shutdown();
}

/**
 * Runs `work` as the server span of one HTTP request (continuing the caller's trace from `traceparent`); the span
 * ends when `finished` fires. Framework-neutral: the HTTP layer calls it with its request's parts.
 */
export function traceHttpRequest<T>(
  request: { method: string; path: string; headers: Record<string, string | string[] | undefined>; requestId: string },
  work: (span: Span) => T,
): T {
  const parent = propagation.extract(context.active(), request.headers);
  const span = tracer.startSpan(
    `${request.method} ${request.path}`,
    {
      kind: SpanKind.SERVER,
      attributes: { "http.request.method": request.method, "url.path": request.path, "koordinat.request_id": request.requestId },
    },
    parent,
  );
  return context.with(trace.setSpan(parent, span), () => work(span));
}

/** Ends an HTTP request's span with its status code. */
export function endHttpSpan(span: Span, statusCode: number): void {
  span.setAttribute("http.response.status_code", statusCode);
  if (statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

/**
 * Runs `work` as a child span of the active one: the GraphQL operation of a request (its SQL statements become its
 * children), so the HTTP layer opens it around the GraphQL handler, and the plugin below names it.
 */
export function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

interface TracedContext {
  requestId: string;
  principal: Principal | null;
}

/** Names the active GraphQL span by its operation, with the caller and the request ID. */
export function tracingPlugin(): ApolloServerPlugin<TracedContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          const span = trace.getActiveSpan();
          if (!span) return;
          span.updateName(`graphql ${operation?.operation ?? "operation"}${operationName ? ` ${operationName}` : ""}`);
          span.setAttributes({
            "graphql.operation.type": operation?.operation ?? "unknown",
            ...(operationName && { "graphql.operation.name": operationName.slice(0, 200) }),
            "koordinat.request_id": contextValue.requestId,
            ...(contextValue.principal && {
              "koordinat.client_id": contextValue.principal.clientId,
              "koordinat.role": contextValue.principal.role,
            }),
          });
        },
        async didEncounterErrors({ errors }) {
          const span = trace.getActiveSpan();
          if (errors.some((error) => !error.extensions?.code || error.extensions.code === "INTERNAL_SERVER_ERROR"))
            span?.setStatus({ code: SpanStatusCode.ERROR });
        },
      };
    },
  };
}
