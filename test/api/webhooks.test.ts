import { spawn } from "node:child_process";
import { createClient as createWsClient } from "graphql-ws";
import { and, eq, inArray, isNull } from "drizzle-orm";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../api/platform/clock.js";
import { WebhookWorker } from "../../api/webhooks/worker.js";
import { openDatabase } from "../../drizzle/database.js";
import { projectRoot } from "../../drizzle/paths.js";
import { domainEvents, webhookDeliveries } from "../../drizzle/schema/index.js";
import { seededFacility, startTestApp, type TestApp } from "../support/app.js";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver.js";

let app: TestApp;
let coordination: string;
const receivers: WebhookReceiver[] = [];
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");

interface Hospital {
  id: string;
  code: string;
  token: string;
}
let ceyhan: Hospital;
let cityHospital: Hospital;
let kozan: Hospital;
let patient: string;

const hospital = async (predicate: (f: { name: string; code: string }) => boolean): Promise<Hospital> => {
  const row = await seededFacility(app.db, predicate);
  return { id: gid("Facility", row.id), code: row.code, token: await app.tokenFor("PARTNER_HOSPITAL", `facility:${row.code}`) };
};

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set("2026-11-25T09:00:00Z");
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
  ceyhan = await hospital((f) => f.code === "101101");
  cityHospital = await hospital((f) => f.name.startsWith("Adana Şehir"));
  kozan = await hospital((f) => f.name.startsWith("Kozan Devlet"));
  const { data } = await app.gql(
    `query { patients(filter: { identifier: { kind: TCKN, value: "10000000146" } }) { edges { node { id } } } }`,
    {},
    coordination,
  );
  patient = data!.patients.edges[0].node.id;
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.stop()));
  await app?.stop();
});

const subscriptionFields = `id url eventTypes active version`;
const deliveryFields = `id status attempts nextAttemptAt deliveredAt event { id type subjectType subjectId data } attemptLog { attempt statusCode error }`;

async function subscribe(token: string, receiver: WebhookReceiver, eventTypes: string[]) {
  const { data, errors } = await app.gql(
    `mutation ($input: CreateWebhookSubscriptionInput!) {
      createWebhookSubscription(input: $input) { subscription { ${subscriptionFields} } secret userErrors { field code message } }
    }`,
    { input: { url: receiver.url, eventTypes } },
    token,
  );
  expect(errors).toBeUndefined();
  expect(data!.createWebhookSubscription.userErrors).toEqual([]);
  receiver.secret = data!.createWebhookSubscription.secret;
  return data!.createWebhookSubscription.subscription as { id: string; version: number };
}

async function receiver(behaviour: Parameters<typeof startWebhookReceiver>[0] = {}) {
  const started = await startWebhookReceiver(behaviour);
  receivers.push(started);
  return started;
}

/** Creates a referral from `origin` and moves it through `actions` (place goes to `destination`). */
async function referral(origin: Hospital, destination: Hospital, actions: string[]) {
  const created = await app.gql(
    `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id version } userErrors { code } } }`,
    {
      input: {
        patientId: patient,
        originFacilityId: origin.id,
        clinicCode: "CARDIOLOGY",
        requestingPhysician: "Uzm. Dr. Kerem Aydın",
        diagnosisIcd10: "I21.9",
        urgency: "URGENT",
        medicalGrounds: "OTHER",
      },
    },
    origin.token,
  );
  let current = created.data!.createReferral.referral as { id: string; version: number };
  for (const action of actions) {
    const token = action === "place" || action === "cancel" ? origin.token : destination.token;
    const { data } = await app.gql(
      `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { referral { id version } userErrors { code message } } }`,
      {
        input: {
          id: current.id,
          expectedVersion: current.version,
          action,
          ...(action === "place" && { destinationFacilityId: destination.id }),
          ...(action === "cancel" && { reason: "patient moved" }),
        },
      },
      token,
    );
    expect(data!.transitionReferral.userErrors).toEqual([]);
    current = data!.transitionReferral.referral;
  }
  return current;
}

async function deliveries(token: string, filter: Record<string, unknown> = {}) {
  const { data, errors } = await app.gql(
    `query ($filter: WebhookDeliveryFilter) { webhookDeliveries(filter: $filter, first: 100) { totalCount edges { node { ${deliveryFields} } } } }`,
    { filter },
    token,
  );
  expect(errors).toBeUndefined();
  return data!.webhookDeliveries.edges.map((e: any) => e.node) as any[];
}

/** Worker rounds with the clock moved past any backoff (at most an hour) before each. */
async function rounds(n: number) {
  for (let i = 0; i < n; i++) {
    await app.server.jobs.deliverWebhooks();
    app.clock.advance(2 * 3_600_000);
  }
}

describe("webhook delivery", () => {
  it("a receiver failing the first 2 attempts of each event gets every referral event exactly once, signed, on the 3rd", async () => {
    const hooks = await receiver({ failFirst: 2 });
    const subscription = await subscribe(cityHospital.token, hooks, ["referral.*"]);
    const moved = await referral(ceyhan, cityHospital, ["place", "accept"]);
    await rounds(5);
    // Created before the destination was chosen, the first event is not the destination's to see.
    expect(hooks.accepted.map((e) => e.type)).toEqual(["referral.placed", "referral.accepted"]);
    expect(hooks.duplicates).toBe(0);
    expect(hooks.requests.map((r) => r.status)).toEqual([500, 500, 500, 500, 200, 200]);
    const accepted = hooks.accepted[1];
    expect(accepted).toMatchObject({
      type: "referral.accepted",
      subject: { type: "Referral", id: moved.id },
      data: { action: "accept", fromStatus: "PLACED", toStatus: "ACCEPTED", version: moved.version, actorRole: "PARTNER_HOSPITAL" },
    });
    const log = await deliveries(cityHospital.token, { subscriptionId: subscription.id });
    expect(log.map((d) => [d.event.type, d.status, d.attempts, d.attemptLog.map((a: any) => a.statusCode)])).toEqual([
      ["referral.placed", "DELIVERED", 3, [500, 500, 200]],
      ["referral.accepted", "DELIVERED", 3, [500, 500, 200]],
    ]);
    expect(log[1].event.id).toBe(accepted.id);
  });

  it("a receiver that never succeeds is tried 10 times with growing delays, then FAILED; redeliverWebhook replays it once fixed", async () => {
    let down = true;
    const hooks = await receiver({ fail: () => down });
    await subscribe(kozan.token, hooks, ["referral.requested"]);
    await referral(kozan, ceyhan, []);
    await app.server.jobs.deliverWebhooks();
    const [first] = await deliveries(kozan.token);
    expect(first).toMatchObject({ status: "PENDING", attempts: 1 });
    // Equal jitter on 30 s doubled: the second attempt is due 15–30 s after the first failed.
    const wait = new Date(first.nextAttemptAt).getTime() - app.clock.now().getTime();
    expect(wait).toBeGreaterThanOrEqual(15_000);
    expect(wait).toBeLessThanOrEqual(30_000);
    await rounds(15);
    const [failed] = await deliveries(kozan.token);
    expect(failed).toMatchObject({ status: "FAILED", attempts: 10, nextAttemptAt: null });
    expect(failed.attemptLog).toHaveLength(10);
    expect(failed.attemptLog.every((a: any) => a.statusCode === 503 && a.error === "HTTP 503")).toBe(true);
    expect(hooks.requests).toHaveLength(10);

    down = false;
    const { data } = await app.gql(
      `mutation ($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { delivery { status attempts } userErrors { code } } }`,
      { input: { deliveryId: failed.id } },
      kozan.token,
    );
    expect(data!.redeliverWebhook.delivery).toEqual({ status: "PENDING", attempts: 0 });
    await rounds(3);
    expect(hooks.accepted.map((e) => e.id)).toEqual([failed.event.id]);
    expect((await deliveries(kozan.token))[0]).toMatchObject({ status: "DELIVERED", attempts: 1 });
  });

  it("events go only to clients whose scope sees the subject: the two hospitals of a referral, not a third; the unit sees all", async () => {
    const [origin, destination, bystander, unit] = await Promise.all([receiver(), receiver(), receiver(), receiver()]);
    await subscribe(ceyhan.token, origin, ["referral.*"]);
    await subscribe(cityHospital.token, destination, ["referral.placed", "referral.cancelled"]);
    await subscribe(kozan.token, bystander, ["referral.*"]);
    await subscribe(coordination, unit, ["referral.*", "appointment.*"]);
    const moved = await referral(ceyhan, cityHospital, ["place", "cancel"]);
    await rounds(1);
    const ofThis = (r: WebhookReceiver) => r.accepted.filter((e) => e.subject.id === moved.id).map((e) => e.type);
    expect(ofThis(origin)).toEqual(["referral.requested", "referral.placed", "referral.cancelled"]);
    expect(ofThis(destination)).toEqual(["referral.placed", "referral.cancelled"]);
    expect(ofThis(bystander)).toEqual([]);
    expect(ofThis(unit)).toEqual(["referral.requested", "referral.placed", "referral.cancelled"]);
    // Another client's deliveries are not in one's own log, nor redeliverable.
    const [foreign] = await deliveries(ceyhan.token);
    const { errors } = await app.gql(
      `mutation ($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { userErrors { code } } }`,
      { input: { deliveryId: foreign.id } },
      kozan.token,
    );
    expect(errors![0].extensions!.code).toBe("NOT_FOUND");
  });

  it("a refused transition records no event (the outbox shares the change's transaction)", async () => {
    const before = await app.db.select({ seq: domainEvents.seq }).from(domainEvents);
    const { data } = await app.gql(
      `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { userErrors { code } } }`,
      { input: { id: (await referral(ceyhan, cityHospital, [])).id, expectedVersion: 1, action: "reject" } },
      ceyhan.token,
    );
    expect(data!.transitionReferral.userErrors[0].code).toBe("INVALID_TRANSITION");
    const after = await app.db.select({ type: domainEvents.type }).from(domainEvents);
    expect(after.length).toBe(before.length + 1); // the create only
  });

  it("a paused subscription gets no new deliveries; update names a bad field and rule", async () => {
    const hooks = await receiver();
    const subscription = await subscribe(ceyhan.token, hooks, ["referral.requested"]);
    const update = `mutation ($input: UpdateWebhookSubscriptionInput!) {
      updateWebhookSubscription(input: $input) { subscription { active version } userErrors { field code } } }`;
    const paused = await app.gql(
      update,
      { input: { id: subscription.id, expectedVersion: subscription.version, active: false } },
      ceyhan.token,
    );
    expect(paused.data!.updateWebhookSubscription.subscription).toEqual({ active: false, version: 2 });
    await referral(ceyhan, cityHospital, []);
    await rounds(1);
    expect(hooks.requests).toEqual([]);
    const bad = await app.gql(
      update,
      { input: { id: subscription.id, expectedVersion: 2, eventTypes: ["referral.accepted", "referral.teleported"] } },
      ceyhan.token,
    );
    expect(bad.data!.updateWebhookSubscription.userErrors).toEqual([{ field: ["input", "eventTypes", "1"], code: "UNKNOWN_EVENT_TYPE" }]);
  });

  it("subscription URLs: https, or http to localhost only outside production; no credentials", async () => {
    const create = (url: string) =>
      app.gql(
        `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret userErrors { field code } } }`,
        { input: { url, eventTypes: ["referral.*"] } },
        ceyhan.token,
      );
    expect((await create("http://hbys.example.org/hooks")).data!.createWebhookSubscription).toEqual({
      secret: null,
      userErrors: [{ field: ["input", "url"], code: "HTTPS_REQUIRED" }],
    });
    expect((await create("https://user:pw@hbys.example.org/hooks")).data!.createWebhookSubscription.userErrors[0].code).toBe(
      "CREDENTIALS_IN_URL",
    );
    expect((await create("https://10.0.0.7/hooks")).data!.createWebhookSubscription.userErrors[0].code).toBe("PRIVATE_ADDRESS");
    const created = await app.gql(
      `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } secret } }`,
      { input: { url: "https://hbys.example.org/hooks", eventTypes: ["approval.*"] } },
      ceyhan.token,
    );
    expect(created.data!.createWebhookSubscription.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // Removed at once: this machine sends nothing to outside addresses.
    const removed = await app.gql(
      `mutation ($id: ID!) { deleteWebhookSubscription(id: $id) { url } }`,
      { id: created.data!.createWebhookSubscription.subscription.id },
      ceyhan.token,
    );
    expect(removed.data!.deleteWebhookSubscription.url).toBe("https://hbys.example.org/hooks");
  });
});

describe("GraphQL subscriptions over WebSocket", () => {
  it("push, as they are committed (LISTEN/NOTIFY), only the events the client may see", async () => {
    const ws = createWsClient({
      url: app.url.replace("http", "ws"),
      webSocketImpl: WebSocket,
      // A token of the moment: earlier tests moved the server's clock by days.
      connectionParams: { authorization: `Bearer ${await app.fixedTokenFor("PARTNER_HOSPITAL", `facility:${cityHospital.code}`)}` },
      retryAttempts: 0,
    });
    const events = ws.iterate<{ events: { type: string; subjectId: string; data: Record<string, unknown> } }>({
      query: `subscription { events(types: ["referral.*"]) { type subjectId data } }`,
    });
    const first = events.next();
    await new Promise((r) => setTimeout(r, 500)); // the subscription is registered before the changes
    await referral(kozan, ceyhan, []); // not the city hospital's to see
    const own = await referral(ceyhan, cityHospital, ["place"]); // its create was not yet either
    const { value } = await first;
    await events.return?.();
    await ws.dispose();
    expect(value).toMatchObject({ data: { events: { type: "referral.placed", subjectId: own.id, data: { toStatus: "PLACED" } } } });
  });

  it("send nothing once the socket's token has expired, and close it (4401)", async () => {
    const ws = createWsClient({
      url: app.url.replace("http", "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await app.fixedTokenFor("PARTNER_HOSPITAL", `facility:${ceyhan.code}`)}` },
      retryAttempts: 0,
    });
    const events = ws.iterate({ query: `subscription { events(types: ["referral.*"]) { type } }` });
    const first = events.next();
    await new Promise((r) => setTimeout(r, 500));
    app.clock.advance(16 * 60_000); // past the 15-minute token
    await referral(ceyhan, cityHospital, []);
    await expect(first).rejects.toMatchObject({ code: 4401 });
    await ws.dispose();
  });

  it("refuse a socket without a valid bearer token", async () => {
    const ws = createWsClient({
      url: app.url.replace("http", "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: "Bearer not-a-token" },
      retryAttempts: 0,
    });
    const events = ws.iterate({ query: `subscription { events { type } }` });
    await expect(events.next()).rejects.toBeDefined();
    await ws.dispose();
  });
});

describe.runIf(process.env.DATABASE_URL)("two delivery workers on PostgreSQL", () => {
  it("deliver every event exactly once between them (FOR UPDATE SKIP LOCKED), none twice", async () => {
    const seyhan = await hospital((f) => f.name.startsWith("Adana Seyhan Devlet"));
    const hooks = await receiver({ delayMs: 20 });
    await subscribe(seyhan.token, hooks, ["referral.requested"]);
    await rounds(1); // settle what earlier tests left, so the two workers share only these 30
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await referral(seyhan, ceyhan, [])).id);
    const events = await app.db.select({ seq: domainEvents.seq }).from(domainEvents).where(inArray(domainEvents.subjectId, ids));
    const handles = await Promise.all([1, 2].map(() => openDatabase({ engine: "postgres", url: app.databaseUrl!, maxConnections: 4 })));
    const workers = handles.map(
      (h) => new WebhookWorker({ db: h.db, clock: systemClock, urlPolicy: { allowLocalHttp: true }, batchSize: 5 }),
    );
    try {
      const seqs = events.map((e) => e.seq);
      // Both work until none of these events waits to be fanned out and none of their deliveries is pending.
      const workLeft = async () => {
        const [undispatched, pending] = await Promise.all([
          app.db
            .select({ seq: domainEvents.seq })
            .from(domainEvents)
            .where(and(inArray(domainEvents.seq, seqs), isNull(domainEvents.dispatchedAt))),
          app.db
            .select({ id: webhookDeliveries.id })
            .from(webhookDeliveries)
            .where(and(inArray(webhookDeliveries.eventSeq, seqs), eq(webhookDeliveries.status, "PENDING"))),
        ]);
        return undispatched.length + pending.length > 0;
      };
      const work = await Promise.all(
        workers.map(async (worker) => {
          let attempted = 0;
          while (await workLeft()) attempted += (await worker.runOnce()).attempted;
          return attempted;
        }),
      );
      expect(work[0]).toBeGreaterThan(0);
      expect(work[1]).toBeGreaterThan(0);
      // This receiver's 30 deliveries, and those of any earlier subscriber that sees these referrals.
      const created = await app.db
        .select()
        .from(webhookDeliveries)
        .where(
          inArray(
            webhookDeliveries.eventSeq,
            events.map((e) => e.seq),
          ),
        );
      expect(work[0] + work[1]).toBe(created.length);
      expect(created.every((d) => d.status === "DELIVERED" && d.attempts === 1)).toBe(true);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
    }
    expect(hooks.requests).toHaveLength(30);
    expect(hooks.duplicates).toBe(0);
    expect(new Set(hooks.accepted.map((e) => e.subject.id))).toEqual(new Set(ids));
  });

  it("run as a separate process (npm run webhooks:worker) and stop cleanly on SIGTERM", async () => {
    const adanaCity = await hospital((f) => f.name.startsWith("Adana Şehir"));
    const hooks = await receiver();
    await subscribe(adanaCity.token, hooks, ["referral.requested"]);
    const created = await referral(adanaCity, ceyhan, []);
    const worker = spawn(process.execPath, ["--import", "tsx", "api/webhook-worker.ts"], {
      cwd: projectRoot(),
      env: {
        ...process.env,
        DATABASE_URL: app.databaseUrl,
        NODE_ENV: "test",
        LOG_LEVEL: "error",
        KOORDINAT_WEBHOOK_WORKER_INTERVAL_MS: "100",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
    try {
      for (let waited = 0; !hooks.accepted.length && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    } finally {
      worker.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(hooks.accepted.map((e) => [e.type, e.subject.id])).toEqual([["referral.requested", created.id]]);
  });
});
