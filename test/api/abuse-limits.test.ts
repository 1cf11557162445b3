import { randomBytes } from "node:crypto";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { authenticateClient, createClient } from "../../api/auth/clients.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { freePort } from "../support/server-process.js";

const apps: TestApp[] = [];
afterAll(() => Promise.all(apps.map((app) => app.stop())));
const started = async (config: Parameters<typeof startTestApp>[0]) => {
  const app = await startTestApp(config);
  apps.push(app);
  return app;
};

/** A remote address of its own for each test (through the trusted loopback proxy): buckets in a shared Redis never meet. */
const newAddress = () => `10.${randomBytes(3).join(".")}`;

const requestToken = (app: TestApp, clientId: string, clientSecret: string, address: string) =>
  fetch(`${app.origin}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
  });

const statuses = async (responses: Promise<Response>[]) => (await Promise.all(responses)).map((response) => response.status);

/** Token attempts share Redis's buckets when the run has one, as the rate limits do. */
const redis = { redisUrl: process.env.REDIS_URL, trustProxy: "loopback" };
const plenty = { points: 1_000, restorePerSecond: 1_000 / 60 };

describe("token requests", () => {
  it("finding 8: failed token attempts per client id are limited: 429 with Retry-After, before the secret is checked", async () => {
    const app = await started({ ...redis, tokenAttempts: { perClient: { points: 5, restorePerSecond: 5 / 60 }, perAddress: plenty } });
    const target = await createClient(app.db, { role: "INSURER", scope: "insurer:SGK", name: "guessed" });
    const bystander = await createClient(app.db, { role: "INSURER", scope: "insurer:SGK", name: "bystander" });
    const address = newAddress();
    const wrong = () => requestToken(app, target.clientId, `wrong-${randomBytes(8).toString("hex")}`, address);
    expect(await statuses(Array.from({ length: 5 }, wrong))).toEqual([401, 401, 401, 401, 401]);
    const refused = await wrong();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: "slow_down" });
    // Refused before the secret is checked: the right one waits too, until the bucket drains.
    expect((await requestToken(app, target.clientId, target.clientSecret, address)).status).toBe(429);
    expect((await requestToken(app, bystander.clientId, bystander.clientSecret, address)).status).toBe(200);
  });

  it("finding 8: failed token attempts per remote address are limited across client ids; successes do not count", async () => {
    const app = await started({ ...redis, tokenAttempts: { perClient: plenty, perAddress: { points: 5, restorePerSecond: 5 / 60 } } });
    const client = await createClient(app.db, { role: "INSURER", scope: "insurer:SGK", name: "legitimate" });
    const address = newAddress();
    // Successes are given back: ten in a row leave the bucket empty.
    for (let i = 0; i < 10; i++) expect((await requestToken(app, client.clientId, client.clientSecret, address)).status).toBe(200);
    const spray = () => requestToken(app, `unknown-${randomBytes(6).toString("hex")}`, "guess", address);
    expect(await statuses(Array.from({ length: 5 }, spray))).toEqual([401, 401, 401, 401, 401]);
    const refused = await spray();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address is not held back by this one.
    expect((await requestToken(app, `unknown-${randomBytes(6).toString("hex")}`, "guess", newAddress())).status).toBe(401);
  });
});

describe("Redis unreachable", () => {
  it("finding 8: a request is answered 503 SERVICE_UNAVAILABLE with Retry-After (not a 500 after 10 s), and /readyz fails", async () => {
    const app = await started({ redisUrl: `redis://127.0.0.1:${await freePort()}` });
    const client = await createClient(app.db, { role: "COORDINATION_UNIT", scope: "national", name: "redis down" });
    const principal = await authenticateClient(app.db, client.clientId, client.clientSecret, { allowDemoClients: true });
    const { token } = await app.server.tokens.issue(principal!);

    const answer = await app.gql(`{ provinces(first: 1) { edges { node { code } } } }`, {}, token);
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("5");
    expect(answer.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "SERVICE_UNAVAILABLE" }) })]);

    const tokenAnswer = await requestToken(app, client.clientId, client.clientSecret, "127.0.0.1");
    expect(tokenAnswer.status).toBe(503);
    expect(await tokenAnswer.json()).toMatchObject({ error: "temporarily_unavailable" });

    const ready = await fetch(`${app.origin}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "unavailable", redis: "unreachable" });
  });
});

describe("WebSocket subscriptions", () => {
  const subscribeWith = (ws: WsClient) =>
    new Promise<unknown>((resolve) => {
      ws.subscribe(
        { query: `subscription { events(types: ["referral.*"]) { type } }` },
        { next: resolve, error: resolve, complete: () => resolve("completed") },
      );
      // An admitted subscription stays silent until an event: the refusal is the only answer that comes.
      setTimeout(() => resolve("open"), 1_500);
    });

  it("finding 8: a client holding its limit of open subscriptions is refused another, on any socket, with a graphql-ws error naming the limit", async () => {
    const app = await started({ maxSubscriptionsPerClient: 3 });
    const socket = async (token: string) =>
      createWsClient({
        url: app.url.replace("http", "ws"),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
    const token = await app.fixedTokenFor("COORDINATION_UNIT", "national");
    const first = await socket(token);
    expect(await Promise.all([1, 2, 3].map(() => subscribeWith(first)))).toEqual(["open", "open", "open"]);
    const refusal = [
      expect.objectContaining({
        message: "Subscription refused: this client already holds 3 open subscriptions, its limit; complete one first.",
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "subscriptions", maximum: 3, actual: 4 },
      }),
    ];
    expect(await subscribeWith(first)).toEqual(refusal);
    const second = await socket(token);
    expect(await subscribeWith(second)).toEqual(refusal);
    // Another client has its own allowance.
    const other = await socket(await app.fixedTokenFor("COORDINATION_UNIT", "national"));
    expect(await subscribeWith(other)).toBe("open");
    // A closed socket gives its subscriptions back.
    await first.dispose();
    let answer: unknown;
    for (let attempt = 0; attempt < 20 && answer !== "open"; attempt++) answer = await subscribeWith(second);
    expect(answer).toBe("open");
    await Promise.all([second.dispose(), other.dispose()]);
  });
});
