import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { fastifyApolloHandler } from "@as-integrations/fastify";
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from "fastify";
import { decodeJwt } from "jose";
import { stdSerializers, type Logger } from "pino";
import type { DatabaseHandle } from "../drizzle/database.js";
import { countStatements, StatementCounter } from "../drizzle/statement-counter.js";
import { cancelUnconfirmedAppointments } from "./appointments/service.js";
import { notifyOverdueAttachmentDecisions, warnExpiringInsuranceContracts } from "./kazakhstan/service.js";
import { announceScheduleAdequacyFindings } from "./appointments/adequacy-findings.js";
import { notifyOverdueMonthlySubmissions } from "./submissions/overdue.js";
import { announceCoefficientGaps } from "./reimbursements/coefficient-gap-notices.js";
import { releaseLapsedBedHolds } from "./referrals/bed-search/holds.js";
import { downloadRoute } from "./submissions/download-route.js";
import { oauthTokenRoute } from "./auth/oauth-route.js";
import { InvalidTokenError, TokenIssuer } from "./auth/tokens.js";
import type { Principal } from "./auth/principal.js";
import { deleteExpiredOidcState } from "./staff/oidc-adapter.js";
import { staffSignIn } from "./staff/sign-in.js";
import { loadSecretSeal, sealTotpSecrets } from "./staff/sealed-secrets.js";
import type { Config } from "./config.js";
import { createContext, type GraphQLContext } from "./context.js";
import { ReferenceData } from "./geography/reference-data.js";
import type { Clock } from "./platform/time/clock.js";
import { unauthenticated } from "./platform/conventions/errors.js";
import { consoleRoute } from "./platform/edge/console.js";
import { explorerPage } from "./platform/edge/explorer.js";
import { compiledQueryGateway } from "./platform/performance/compiled-executor.js";
import { formatError } from "./platform/edge/format-error.js";
import { drainable } from "./platform/edge/http-drain.js";
import { createLogger, httpLogSerializers } from "./platform/runtime/logger.js";
import {
  MAX_PARSED_TOKENS,
  protectionPlugin,
  untrustedDocumentRefusal,
  refuseBeforeValidation,
  refuseIllFormedText,
  refuseOversizedDocument,
  answerUnreadableBody,
} from "./platform/edge/protection.js";
import { useCursorKey } from "./platform/conventions/pagination.js";
import { createRateLimiter } from "./platform/edge/rate-limit.js";
import { TrustedDocuments } from "./platform/edge/trusted-documents.js";
import { koordinatSchema } from "./schema.js";
import { publishCommittedEvents } from "./events/live.js";
import { serveSubscriptions } from "./events/websocket.js";
import { repeat } from "./platform/runtime/repeat.js";
import { WebhookWorker, webhookQueueState } from "./webhooks/worker.js";
import { createWritePositions, readYourWritesPlugin } from "./platform/runtime/read-your-writes.js";
import { Metrics, metricsPlugin, routeLabel } from "./platform/runtime/metrics.js";
import { maintainPartitions, type PartitionAction } from "./platform/runtime/partitions.js";
import type { Registry } from "prom-client";
import { endHttpSpan, inSpan, traceHttpRequest, tracingPlugin } from "./platform/runtime/tracing.js";

export interface KoordinatServer {
  url: string;
  port: number;
  reference: ReferenceData;
  tokens: TokenIssuer;
  /** Background jobs, also callable directly (tests, the sandbox). */
  jobs: {
    cancelUnconfirmedAppointments(): Promise<number>;
    /** ER-8: releases bed holds the destination did not accept in time; returns how many. */
    releaseLapsedBedHolds(): Promise<number>;
    /** KZ-7: tells organisations and insurers of attachment decisions now overdue; returns how many requests. */
    notifyOverdueAttachmentDecisions(): Promise<number>;
    /** MDS-4: tells provinces (and the coordination unit) of monthly submissions now overdue; returns how many provinces. */
    notifyOverdueMonthlySubmissions(): Promise<number>;
    /** APPT-7: announces the coming week's schedule-adequacy findings once a week; returns how many. */
    announceScheduleAdequacyFindings(): Promise<number>;
    /** KZ-15: warns of Kazakh insurance contracts about to end; returns how many contracts. */
    warnExpiringInsuranceContracts(): Promise<number>;
    /** REIMB-14: announces half-years without a civil-servant coefficient, once each; returns how many. */
    announceCoefficientGaps(): Promise<number>;
    /** One round of the webhook worker: fan out new events, attempt due deliveries. */
    deliverWebhooks(): Promise<{ dispatched: number; attempted: number }>;
    /** The monthly partitions' upkeep (migration 0027): months made ahead, DEFAULT's strays moved, old months dropped by retention. */
    maintainPartitions(): Promise<PartitionAction[]>;
    /** Deletes staff sign-in state (sessions, codes, tokens) past its expiry; returns how many rows. */
    deleteExpiredSignInState(): Promise<number>;
  };
  /** This server's metrics (a cluster worker hands them to the primary's aggregate). */
  metricsRegistry: Registry;
  stop(): Promise<void>;
}

/** Errors in the GraphQL document or its variables, as opposed to a malformed HTTP request. */
const documentErrorCodes = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "QUERY_LIMIT_EXCEEDED"]);

const requestIdPattern = /^[A-Za-z0-9._-]{8,100}$/;

/** KOORDINAT_TRUST_PROXY: addresses or ranges (proxy-addr's names such as `loopback` too), or a number of hops. */
const trustedProxies = (setting: string | number) =>
  typeof setting === "number" ? (_address: string, hop: number) => hop < setting : setting;

/** A request and its answer as logged: the raw messages, the URL without its query string (a GET request's variables). */
const logEntry = (request: FastifyRequest, reply: FastifyReply) => ({
  req: httpLogSerializers.req(request.raw),
  res: stdSerializers.res(reply.raw),
});

/**
 * Fastify's log lines through the service's serializers (never a request object with its body or query): one line per
 * request when it is answered, as pino-http wrote before, nothing when it comes in; errors under fixed messages (an
 * error's own message can quote values; the `err` serializer withholds a database error's).
 */
class RequestLog extends LogController {
  /** Who called and what (GraphQL requests), told by the context function; in the request's log line. */
  static readonly callers = new WeakMap<FastifyRequest, { client?: string; person?: string; role?: string; operation?: string }>();
  override incomingRequest() {}
  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply) {
    // The line's serializers and spreads are work for nothing at a level that drops it (LOG_LEVEL=warn).
    if (!(request.log as Logger).isLevelEnabled(error ? "error" : "info")) return;
    const entry = { ...logEntry(request, reply), responseTime: reply.elapsedTime, ...RequestLog.callers.get(request) };
    if (error) request.log.error({ ...entry, err: error }, "request errored");
    else request.log.info(entry, "request completed");
  }
  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply) {
    if (reply.statusCode >= 500) request.log.error({ ...logEntry(request, reply), err: error }, "request failed");
    else request.log.info({ ...logEntry(request, reply), err: error }, "request refused");
  }
  override streamError(error: Error, request: FastifyRequest, reply: FastifyReply) {
    request.log.warn({ ...logEntry(request, reply), err: error }, "the answer's stream failed");
  }
  override routeNotFound(request: FastifyRequest, reply: FastifyReply) {
    request.log.info(logEntry(request, reply), "no such route");
  }
}

/** Composes the HTTP service: GraphQL, OAuth token endpoint, explorer, health checks. */
export async function startServer(options: {
  database: DatabaseHandle;
  clock: Clock;
  config: Config;
  port?: number;
  host?: string;
  /** Where the service logs (tests read it); by default JSON lines on stdout at config.logLevel. */
  logger?: Logger;
}): Promise<KoordinatServer> {
  const { database, clock, config } = options;
  const { db } = database;
  const logger = options.logger ?? createLogger(config.logLevel, undefined, { pretty: config.logPretty });
  // The TOTP secrets' key first (required in production: no start without it).
  const seal = loadSecretSeal(config.secretsKey);
  const reference = await new ReferenceData(db).reload();
  const tokens = await TokenIssuer.create(db, clock, config.jwtSecret);
  // Every TOTP secret sealed under the current key before a sign-in reads one.
  const sealedNow = await sealTotpSecrets(db, seal);
  if (sealedNow > 0) logger.info({ accounts: sealedNow }, "sealed staff TOTP secrets under the current key");
  useCursorKey(tokens.derivedSecret("koordinat cursors"));

  const metrics = new Metrics({
    database,
    queues: { read: () => webhookQueueState(db, clock) },
    labels: config.workerIndex === undefined ? undefined : { worker: config.workerIndex },
  });
  let httpServer!: Server;
  // Fastify on a server of our own (serverFactory): the drain below and the subscriptions' WebSocket attach to it.
  // Each request is traced and measured around Fastify, from its first byte to its last.
  const app = Fastify<Server>({
    serverFactory: (handler) => (httpServer = createHttpServer((req, res) => measured(req, res, handler))),
    loggerInstance: logger,
    logController: new RequestLog(),
    // Settled by `measured` below before Fastify sees the request.
    genReqId: (req) => String(req.headers["x-request-id"]),
    // Behind the ministry's proxy the remote address (token-attempt limits) is the client's, not the proxy's.
    ...(config.trustProxy !== undefined && { trustProxy: trustedProxies(config.trustProxy) }),
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 2048 },
  });
  app.addHook("onRequest", async (request, reply) => void reply.header("x-request-id", request.id));
  const http = drainable(httpServer, { graceMs: config.stopGraceMs });
  const schema = await koordinatSchema();
  const trusted = new TrustedDocuments(db);
  const trustedDocumentCache = trusted.asPersistedQueryCache();
  const limiter = createRateLimiter(config.redisUrl, (err) => logger.error({ err }, "Redis (rate limits) cannot be reached"));
  const writePositions = database.readReplica ? createWritePositions(config.redisUrl) : undefined;
  /** The request ID (the caller's when well-formed) is settled here, so the trace, Fastify and the log share it. */
  const measured = (req: IncomingMessage, res: ServerResponse, handler: (req: IncomingMessage, res: ServerResponse) => void) => {
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && requestIdPattern.test(incoming) ? incoming : randomUUID();
    req.headers["x-request-id"] = requestId;
    const path = (req.url ?? "/").split("?")[0]!;
    const route = routeLabel(path);
    const started = process.hrtime.bigint();
    traceHttpRequest({ method: req.method ?? "GET", path: route, headers: req.headers, requestId }, (span) => {
      res.once("finish", () => {
        endHttpSpan(span, res.statusCode);
        metrics.httpRequests.observe(
          { method: req.method ?? "GET", route, status: String(res.statusCode) },
          Number(process.hrtime.bigint() - started) / 1e9,
        );
        if (route === "/oauth/token" && res.statusCode === 429) metrics.rateLimitRefusals.inc({ endpoint: "oauth_token" });
      });
      handler(req, res);
    });
  };
  const apollo = new ApolloServer<GraphQLContext>({
    gateway: compiledQueryGateway(schema),
    introspection: config.introspection,
    // No "Did you mean …?" in production: an untrusted client does not map the schema through errors.
    hideSchemaDetailsFromClientErrors: config.production,
    persistedQueries: { cache: trustedDocumentCache },
    parseOptions: { maxTokens: MAX_PARSED_TOKENS },
    includeStacktraceInErrorResponses: config.development,
    formatError: formatError(config.development),
    // Clients authenticate with bearer tokens, never cookies, so a cross-site request carries no credentials.
    csrfPrevention: false,
    // The process's stop (api/main.ts) owns shutdown: Apollo's own handlers stopped it in a race with ours.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      protectionPlugin({
        schema,
        defaults: config.clientPolicy,
        limiter,
        trusted,
        consoleTrustedDocumentsOnly: config.consoleTrustedDocumentsOnly,
      }),
      metricsPlugin(metrics),
      tracingPlugin(),
      ...(database.readReplica && writePositions ? [readYourWritesPlugin(database.readReplica, writePositions)] : []),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              for (const error of errors) {
                if (!error.extensions?.code || error.extensions.code === "INTERNAL_SERVER_ERROR") {
                  logger.error({ err: error.originalError ?? error, requestId: contextValue.requestId }, "request failed");
                }
              }
            },
            async willSendResponse({ request, response, contextValue }) {
              // GraphQL over HTTP: a legacy application/json client gets 200 for a document or
              // variables it got wrong (the errors say why); application/graphql-response+json gets 400.
              const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
              if (
                response.http.status === 400 &&
                !request.http?.headers.get("accept")?.includes("application/graphql-response+json") &&
                errors?.every((e) => documentErrorCodes.has(String(e.extensions?.code)))
              ) {
                response.http.status = 200;
              }
              if (config.exposeStatementCount && contextValue?.statements) {
                response.http.headers.set("x-sql-statements", String(contextValue.statements.count));
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  // Liveness: the process answers (no dependency is asked: a restart would not bring one back).
  app.get("/healthz", async () => ({ status: "ok" }));
  // Readiness: every dependency a request may need answers — the database, the read replica where reads go to one,
  // and Redis where the rate limits live; a load balancer sends nothing to this process while one does not.
  app.get("/readyz", async (_request, reply) => {
    const up = (check: Promise<void> | undefined) =>
      check === undefined
        ? Promise.resolve(undefined)
        : check.then(
            () => "up" as const,
            () => "unreachable" as const,
          );
    const [primary, replica, redis] = await Promise.all([
      up(database.ping()),
      up(database.readReplica?.ping()),
      up(config.redisUrl ? limiter.ping() : undefined),
    ]);
    const report = {
      database: database.engine,
      ...(database.engine === "postgres" && { primary }),
      ...(replica && { replica }),
      ...(redis && { redis }),
    };
    if ([primary, replica, redis].includes("unreachable")) return reply.code(503).send({ status: "unavailable", ...report });
    return { status: "ready", ...report };
  });
  if (config.metrics) {
    app.get("/metrics", async (_request, reply) => {
      const { contentType, body } = await metrics.render();
      return reply.type(contentType).send(body);
    });
  }
  await app.register(
    oauthTokenRoute(
      db,
      tokens,
      { allowDemoClients: config.allowDemoClients },
      { limiter, perClient: config.tokenAttempts.perClient, perAddress: config.tokenAttempts.perAddress },
    ),
  );
  await app.register(downloadRoute(db, tokens, reference));
  // Staff sign-in for browsers (OpenID Connect, authorization code with PKCE) at /oidc.
  const staff = await staffSignIn({
    db,
    tokens,
    seal,
    logError: (err) => logger.error({ err }, "a staff TOTP secret could not be opened"),
    publicUrl: config.publicUrl,
    production: config.production,
    allowDemoAccounts: config.allowDemoClients,
    trustProxy: config.trustProxy !== undefined,
    attempts: { limiter, perUsername: config.tokenAttempts.perClient, perAddress: config.tokenAttempts.perAddress },
  });
  await app.register(staff.plugin);
  /**
   * A bearer token → who calls: a client's JWT (client credentials, /oauth/token), or a person's opaque access token
   * (staff sign-in, /oidc). Either way, when it expires (subscriptions end then).
   */
  const authenticateBearer = async (token: string): Promise<{ principal: Principal; expiresAt: Date }> => {
    if (!token.includes(".")) return staff.verifyAccessToken(token);
    return { principal: await tokens.verify(token), expiresAt: new Date(decodeJwt(token).exp! * 1000) };
  };
  await app.register(consoleRoute(config.consoleDir));
  const explorer = config.explorer
    ? explorerPage(app, { demoClientsFile: config.allowDemoClients ? config.demoClientsFile : undefined })
    : undefined;
  const statementsOf = new WeakMap<FastifyRequest, StatementCounter>();
  const graphql = fastifyApolloHandler(apollo, {
    context: async (request) => {
      const body = request.body as { query?: unknown; operationName?: unknown } | undefined;
      const authorization = request.headers.authorization;
      let principal = null;
      if (authorization) {
        const [scheme, token] = authorization.split(" ");
        if (scheme?.toLowerCase() !== "bearer" || !token) throw unauthenticated("Use the Authorization header as: Bearer <access token>.");
        try {
          principal = (await authenticateBearer(token)).principal;
        } catch (error) {
          if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
          throw error;
        }
      }
      refuseOversizedDocument(body?.query, principal, config.clientPolicy);
      // The caller's role first: a field it may not call says nothing about its input.
      refuseBeforeValidation(schema, body, principal);
      refuseIllFormedText(body);
      const operationName = typeof body?.operationName === "string" ? body.operationName.slice(0, 200) : null;
      RequestLog.callers.set(request, {
        client: principal?.clientId,
        person: principal?.person?.id,
        role: principal?.role,
        operation: operationName ?? undefined,
      });
      const readRoute = database.readReplica ? { replica: false } : undefined;
      return createContext({
        db: readRoute ? database.readReplica!.routed(readRoute) : db,
        readRoute,
        clock,
        reference,
        principal,
        requestId: request.id,
        operationName,
        statements: statementsOf.get(request) ?? new StatementCounter(),
        downloadLink: async (claims, ttlSeconds) => {
          const { token, expiresAt } = await tokens.signDownload(claims, ttlSeconds);
          return { url: `${config.publicUrl ?? `${request.protocol}://${request.host}`}/downloads/${token}`, expiresAt };
        },
        webhookUrlPolicy: config.webhooks,
        clientPolicyDefaults: config.clientPolicy,
        secretSeal: seal,
      });
    },
  });
  await app.register(async (scope) => {
    // A body that is not JSON reaches Apollo as none (it answers why); an unreadable one is answered here.
    scope.addContentTypeParser("*", (_request, _payload, done) => done(null, undefined));
    scope.setErrorHandler(answerUnreadableBody);
    scope.all("/graphql", (request, reply) => {
      if (explorer && request.method === "GET" && explorer.wanted(request)) return explorer.send(reply);
      // The operation's span, parent of its statements' (tracingPlugin names it once the operation is known).
      return inSpan("graphql", { "koordinat.request_id": request.id }, async () => {
        // Counting hooks every promise of the request (AsyncLocalStorage): only where the count is shown.
        if (!config.exposeStatementCount) return graphql.call(scope, request, reply);
        const statements = new StatementCounter();
        statementsOf.set(request, statements);
        return countStatements(statements, () => graphql.call(scope, request, reply));
      });
    });
  });
  await app.ready();

  // Events: GraphQL subscriptions fed by LISTEN (every replica's commits), and the webhook worker.
  const eventsTopic = `events:${randomUUID()}`;
  const unlisten = await publishCommittedEvents(database, eventsTopic, (err) => logger.error({ err }, "reading a committed event failed"));
  const subscriptions = serveSubscriptions(httpServer, schema, {
    path: "/graphql",
    eventsTopic,
    clock,
    introspection: config.introspection,
    maxSubscriptionsPerClient: config.maxSubscriptionsPerClient,
    formatError: formatError(config.development),
    logError: (error) => logger.error({ err: error.originalError ?? error }, "subscription failed"),
    untrustedDocumentRefusal: (principal, sha256) =>
      untrustedDocumentRefusal(principal, sha256, {
        defaults: config.clientPolicy,
        trusted,
        consoleTrustedDocumentsOnly: config.consoleTrustedDocumentsOnly,
      }),
    trustedDocument: (sha256) => trustedDocumentCache.get(`apq:${sha256}`),
    authenticate: async (authorization) => {
      const [scheme, token] = authorization.split(" ");
      if (scheme?.toLowerCase() !== "bearer" || !token) throw unauthenticated();
      return authenticateBearer(token);
    },
    context: (principal) =>
      createContext({
        db,
        clock,
        reference,
        principal,
        requestId: randomUUID(),
        operationName: null,
        statements: new StatementCounter(),
        downloadLink: () => Promise.reject(new Error("no download links over subscriptions")),
        webhookUrlPolicy: config.webhooks,
        clientPolicyDefaults: config.clientPolicy,
        secretSeal: seal,
      }),
  });
  const webhookWorker = new WebhookWorker({
    db,
    clock,
    urlPolicy: config.webhooks,
    logger,
    onAttempt: (outcome) => metrics.webhookDeliveries.inc({ outcome }),
  });
  const jobs = {
    cancelUnconfirmedAppointments: () => cancelUnconfirmedAppointments(db, clock),
    releaseLapsedBedHolds: () => releaseLapsedBedHolds(db, clock),
    notifyOverdueAttachmentDecisions: () => notifyOverdueAttachmentDecisions(db, clock),
    announceScheduleAdequacyFindings: () => announceScheduleAdequacyFindings(db, clock),
    warnExpiringInsuranceContracts: () => warnExpiringInsuranceContracts(db, clock),
    notifyOverdueMonthlySubmissions: () => notifyOverdueMonthlySubmissions(db, clock),
    announceCoefficientGaps: () => announceCoefficientGaps(db, clock),
    deliverWebhooks: () => webhookWorker.runOnce(),
    maintainPartitions: async () => {
      const actions = await maintainPartitions(db, clock.now());
      if (actions.length) logger.info({ actions }, "monthly partitions maintained");
      return actions;
    },
    deleteExpiredSignInState: () => deleteExpiredOidcState(db, new Date()),
  };
  // The minute's jobs, each on its own so one failing does not hold up the others.
  const minuteJobs = [
    ["APPT-9 auto-cancellation", jobs.cancelUnconfirmedAppointments],
    ["ER-8 lapsed bed holds", jobs.releaseLapsedBedHolds],
    ["KZ-7 overdue attachment decisions", jobs.notifyOverdueAttachmentDecisions],
    ["APPT-7 weekly schedule-adequacy findings", jobs.announceScheduleAdequacyFindings],
    ["KZ-15 contract-expiry warnings", jobs.warnExpiringInsuranceContracts],
    ["MDS-4 overdue monthly submissions", jobs.notifyOverdueMonthlySubmissions],
    ["REIMB-14 half-years without a coefficient", jobs.announceCoefficientGaps],
    // Cheap when there is nothing to do (a few catalog lookups); DDL only at a month's turn, for strays or by retention.
    ["monthly partitions' upkeep", jobs.maintainPartitions],
    ["expired staff sign-in state", jobs.deleteExpiredSignInState],
  ] as const;
  const webhookRounds =
    config.webhooks.intervalMs > 0
      ? repeat(jobs.deliverWebhooks, config.webhooks.intervalMs, (err) => logger.error({ err }, "webhook delivery round failed"))
      : undefined;
  const minuteRounds =
    config.jobIntervalMs > 0
      ? repeat(
          () => Promise.all(minuteJobs.map(([name, job]) => job().catch((err: unknown) => logger.error({ err }, `${name} failed`)))),
          config.jobIntervalMs,
          (err) => logger.error({ err }, "a round of the minute's jobs failed"),
        )
      : undefined;

  // Listened to here, not through app.listen: the drain (http-drain.ts) owns how the listener closes.
  await new Promise<void>((resolve) => httpServer.listen(options.port ?? config.port, options.host ?? config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    reference,
    tokens,
    jobs,
    metricsRegistry: metrics.registry,
    stop: async () => {
      // No job starts during the drain; one running finishes before the database closes.
      const jobsStopped = Promise.all([webhookRounds?.stop(), minuteRounds?.stop()]);
      await subscriptions.stop();
      await http.drain();
      await jobsStopped;
      await unlisten();
      await app.close();
      await apollo.stop();
      await limiter.close();
      await writePositions?.close();
    },
  };
}
