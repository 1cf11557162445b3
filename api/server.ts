import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { createServer as createHttpServer, type Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { decodeJwt } from "jose";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { DatabaseHandle } from "../drizzle/database.js";
import { countStatements, StatementCounter } from "../drizzle/statement-counter.js";
import { cancelUnconfirmedAppointments } from "./appointments/service.js";
import { notifyOverdueAttachmentDecisions, warnExpiringInsuranceContracts } from "./kazakhstan/service.js";
import { announceScheduleAdequacyFindings } from "./appointments/adequacy-findings.js";
import { releaseLapsedBedHolds } from "./referrals/service.js";
import { downloadRoute } from "./submissions/download-route.js";
import { oauthTokenRoute } from "./auth/oauth-route.js";
import { InvalidTokenError, TokenIssuer } from "./auth/tokens.js";
import type { Config } from "./config.js";
import { createContext, type GraphQLContext } from "./context.js";
import { ReferenceData } from "./geography/reference-data.js";
import type { Clock } from "./platform/time/clock.js";
import { unauthenticated } from "./platform/conventions/errors.js";
import { explorerRoutes } from "./platform/edge/explorer.js";
import { compiledQueryGateway } from "./platform/performance/compiled-executor.js";
import { formatError } from "./platform/edge/format-error.js";
import { drainable } from "./platform/edge/http-drain.js";
import { createLogger, httpLogSerializers } from "./platform/runtime/logger.js";
import {
  MAX_PARSED_TOKENS,
  protectionPlugin,
  refuseBeforeValidation,
  refuseIllFormedText,
  refuseOversizedDocument,
  refuseUnreadableBody,
} from "./platform/edge/protection.js";
import { useCursorKey } from "./platform/conventions/pagination.js";
import { createRateLimiter } from "./platform/edge/rate-limit.js";
import { TrustedDocuments } from "./platform/edge/trusted-documents.js";
import { koordinatSchema } from "./schema.js";
import { publishCommittedEvents } from "./events/live.js";
import { serveSubscriptions } from "./events/websocket.js";
import { repeat } from "./platform/runtime/repeat.js";
import { WebhookWorker } from "./webhooks/worker.js";

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
    announceScheduleAdequacyFindings(): Promise<number>;
    /** KZ-15: warns of Kazakh insurance contracts about to end; returns how many contracts. */
    warnExpiringInsuranceContracts(): Promise<number>;
    /** One round of the webhook worker: fan out new events, attempt due deliveries. */
    deliverWebhooks(): Promise<{ dispatched: number; attempted: number }>;
  };
  stop(): Promise<void>;
}

/** Errors in the GraphQL document or its variables, as opposed to a malformed HTTP request. */
const documentErrorCodes = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "QUERY_LIMIT_EXCEEDED"]);

const requestIdPattern = /^[A-Za-z0-9._-]{8,100}$/;

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
  const logger = options.logger ?? createLogger(config.logLevel);
  const reference = await new ReferenceData(db).reload();
  const tokens = await TokenIssuer.create(db, clock, config.jwtSecret);
  useCursorKey(tokens.derivedSecret("koordinat cursors"));

  const app = express();
  app.disable("x-powered-by");
  // GraphQL answers POSTs: an ETag (a hash of every response body) would never be used.
  app.disable("etag");
  // Behind the ministry's proxy the remote address (token-attempt limits) is the client's, not the proxy's.
  if (config.trustProxy !== undefined) app.set("trust proxy", config.trustProxy);
  const httpServer: Server = createHttpServer(app);
  const http = drainable(httpServer, { graceMs: config.stopGraceMs });
  const schema = await koordinatSchema();
  const trusted = new TrustedDocuments(db);
  const limiter = createRateLimiter(config.redisUrl, (err) => logger.error({ err }, "Redis (rate limits) cannot be reached"));
  const apollo = new ApolloServer<GraphQLContext>({
    gateway: compiledQueryGateway(schema),
    introspection: config.introspection,
    // No "Did you mean …?" in production: an untrusted client does not map the schema through errors.
    hideSchemaDetailsFromClientErrors: config.production,
    persistedQueries: { cache: trusted.asPersistedQueryCache() },
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
      protectionPlugin({ schema, defaults: config.clientPolicy, limiter, trusted }),
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

  app.use(
    pinoHttp({
      logger,
      // The logger's own serializers, not pino-http's defaults: no database error's values, no query string.
      wrapSerializers: false,
      serializers: httpLogSerializers,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && requestIdPattern.test(incoming) ? incoming : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
    }),
  );
  app.get("/healthz", (_req, res) => void res.json({ status: "ok" }));
  // Not ready while a dependency every request needs is down: the database, and Redis when the rate limits live there.
  app.get("/readyz", async (_req, res) => {
    const [databaseUp, redisUp] = await Promise.all(
      [database.ping(), limiter.ping()].map((check) =>
        check.then(
          () => true,
          () => false,
        ),
      ),
    );
    const report = { database: database.engine, ...(config.redisUrl && { redis: redisUp ? "up" : "unreachable" }) };
    if (databaseUp && redisUp) res.json({ status: "ready", ...report });
    else res.status(503).json({ status: "unavailable", ...report });
  });
  app.use(
    oauthTokenRoute(
      db,
      tokens,
      { allowDemoClients: config.allowDemoClients },
      { limiter, perClient: config.tokenAttempts.perClient, perAddress: config.tokenAttempts.perAddress },
    ),
  );
  app.use(downloadRoute(db, tokens, reference));
  if (config.explorer) app.use(explorerRoutes({ demoClientsFile: config.allowDemoClients ? config.demoClientsFile : undefined }));
  app.use(
    "/graphql",
    (req, _res, next) => {
      // Counting hooks every promise of the request (AsyncLocalStorage): only where the count is shown.
      if (!config.exposeStatementCount) return next();
      const statements = new StatementCounter();
      (req as express.Request & { statements?: StatementCounter }).statements = statements;
      countStatements(statements, next);
    },
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const authorization = req.headers.authorization;
        let principal = null;
        if (authorization) {
          const [scheme, token] = authorization.split(" ");
          if (scheme?.toLowerCase() !== "bearer" || !token)
            throw unauthenticated("Use the Authorization header as: Bearer <access token>.");
          try {
            principal = await tokens.verify(token);
          } catch (error) {
            if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
            throw error;
          }
        }
        refuseOversizedDocument(req.body?.query, principal, config.clientPolicy);
        // The caller's role first: a field it may not call says nothing about its input.
        refuseBeforeValidation(schema, req.body, principal);
        refuseIllFormedText(req.body);
        return createContext({
          db,
          clock,
          reference,
          principal,
          requestId: String(req.id),
          operationName: typeof req.body?.operationName === "string" ? req.body.operationName.slice(0, 200) : null,
          statements: (req as express.Request & { statements?: StatementCounter }).statements ?? new StatementCounter(),
          downloadLink: async (claims, ttlSeconds) => {
            const { token, expiresAt } = await tokens.signDownload(claims, ttlSeconds);
            return { url: `${config.publicUrl ?? `${req.protocol}://${req.get("host")}`}/downloads/${token}`, expiresAt };
          },
          webhookUrlPolicy: config.webhooks,
          clientPolicyDefaults: config.clientPolicy,
        });
      },
    }),
  );
  app.use("/graphql", refuseUnreadableBody);

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
    authenticate: async (authorization) => {
      const [scheme, token] = authorization.split(" ");
      if (scheme?.toLowerCase() !== "bearer" || !token) throw unauthenticated();
      return { principal: await tokens.verify(token), expiresAt: new Date(decodeJwt(token).exp! * 1000) };
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
      }),
  });
  const webhookWorker = new WebhookWorker({ db, clock, urlPolicy: config.webhooks, logger });
  const jobs = {
    cancelUnconfirmedAppointments: () => cancelUnconfirmedAppointments(db, clock),
    releaseLapsedBedHolds: () => releaseLapsedBedHolds(db, clock),
    notifyOverdueAttachmentDecisions: () => notifyOverdueAttachmentDecisions(db, clock),
    announceScheduleAdequacyFindings: () => announceScheduleAdequacyFindings(db, clock),
    warnExpiringInsuranceContracts: () => warnExpiringInsuranceContracts(db, clock),
    deliverWebhooks: () => webhookWorker.runOnce(),
  };
  // The minute's jobs, each on its own so one failing does not hold up the others.
  const minuteJobs = [
    ["APPT-9 auto-cancellation", jobs.cancelUnconfirmedAppointments],
    ["ER-8 lapsed bed holds", jobs.releaseLapsedBedHolds],
    ["KZ-7 overdue attachment decisions", jobs.notifyOverdueAttachmentDecisions],
    ["APPT-7 weekly schedule-adequacy findings", jobs.announceScheduleAdequacyFindings],
    ["KZ-15 contract-expiry warnings", jobs.warnExpiringInsuranceContracts],
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

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? config.port, options.host ?? config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    reference,
    tokens,
    jobs,
    stop: async () => {
      // No job starts during the drain; one running finishes before the database closes.
      const jobsStopped = Promise.all([webhookRounds?.stop(), minuteRounds?.stop()]);
      await subscriptions.stop();
      await http.drain();
      await jobsStopped;
      await unlisten();
      await apollo.stop();
      await limiter.close();
    },
  };
}
