import { spawn } from "node:child_process";
import { freePort } from "../support/server-process.js";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import type { GraphQLError } from "graphql";
import { createClient as createWsClient } from "graphql-ws";
import { and, eq, inArray, isNull } from "drizzle-orm";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../api/platform/time/clock.js";
import { toGlobalId } from "../../api/platform/conventions/global-id.js";
import { WebhookService } from "../../api/webhooks/service.js";
import { WebhookWorker } from "../../api/webhooks/worker.js";
import type { ServiceContext } from "../../api/platform/conventions/service-context.js";
import { openDatabase } from "../../drizzle/database.js";
import { projectRoot } from "../../drizzle/paths.js";
import { apiClients, domainEvents, webhookDeliveries, webhookSubscriptions } from "../../drizzle/schema/index.js";
import { seededFacility, seededHospital, startTestApp, type TestApp, type TestHospital } from "../support/app.js";
import { countRows } from "../support/counts.js";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver.js";

let app: TestApp;
let coordination: string;
const receivers: WebhookReceiver[] = [];
const localId = (globalId: string) => Buffer.from(globalId, "base64url").toString().split(":")[1];
/** The client that owns a webhook subscription. */
const clientOf = async (subscriptionId: string) =>
  (
    await app.db
      .select()
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.id, localId(subscriptionId)))
  )[0].clientId;

type Hospital = TestHospital;
let ceyhan: Hospital;
let cityHospital: Hospital;
let kozan: Hospital;
let patient: string;

const hospital = (predicate: Parameters<typeof seededFacility>[1]): Promise<Hospital> => seededHospital(app, predicate);

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
        // PAT-3: the hospital has no care link with this seeded patient, so it states why it refers them.
        accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik için sevk gerekiyor.",
      },
    },
    origin.token,
  );
  let current = created.data!.createReferral.referral as { id: string; version: number };
  for (const action of actions) {
    const token = action === "PLACE" || action === "CANCEL" ? origin.token : destination.token;
    const { data } = await app.gql(
      `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { referral { id version } userErrors { code message } } }`,
      {
        input: {
          id: current.id,
          expectedVersion: current.version,
          action,
          ...(action === "PLACE" && { destinationFacilityId: destination.id }),
          ...(action === "CANCEL" && { reason: "patient moved" }),
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
    const moved = await referral(ceyhan, cityHospital, ["PLACE", "ACCEPT"]);
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
    expect(failed.attemptLog.filter((a: any) => !(a.statusCode === 503 && a.error === "HTTP 503"))).toEqual([]);
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
    const moved = await referral(ceyhan, cityHospital, ["PLACE", "CANCEL"]);
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

  it("a change refused after its event was recorded leaves no event (the outbox shares the change's transaction)", async () => {
    const [kkm, crisis] = await Promise.all([
      app.tokenFor("EMERGENCY_112", "province:01"),
      app.tokenFor("PROVINCIAL_CRISIS_CENTRE", "province:01"),
    ]);
    const bilkent = await hospital((f) => f.name.startsWith("Ankara Bilkent"));
    const { data: created } = await app.gql(
      `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } } }`,
      {
        input: {
          patientId: patient,
          originFacilityId: ceyhan.id,
          clinicCode: "CARDIOLOGY",
          requestingPhysician: "Uzm. Dr. Kerem Aydın",
          diagnosisIcd10: "I21.9",
          urgency: "EMERGENCY",
          medicalGrounds: "EMERGENCY",
          // PAT-3: the hospital has no care link with this seeded patient, so it states why it refers them.
          accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik için sevk gerekiyor.",
        },
      },
      ceyhan.token,
    );
    const act = async (mutation: string, input: Record<string, unknown>, token: string) => {
      const { data } = await app.gql(
        `mutation ($input: ${mutation === "startBedSearch" ? "StartBedSearchInput" : "BedSearchActionInput"}!) {
          ${mutation}(input: $input) { search { id version } userErrors { code } } }`,
        { input },
        token,
      );
      expect(data![mutation].userErrors).toEqual([]);
      return data![mutation].search as { id: string; version: number };
    };
    let search = await act("startBedSearch", { referralId: created!.createReferral.referral.id, bedType: "ICU_ADULT" }, ceyhan.token);
    search = await act("escalateBedSearch", { id: search.id, expectedVersion: search.version }, kkm);
    search = await act("offerBed", { id: search.id, expectedVersion: search.version, facilityId: bilkent.id }, crisis);
    // REF-2: the hospital with the bed accepts the referral before 112 transfers.
    const accepted = await app.gql(
      `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { userErrors { code } } }`,
      { input: { id: created!.createReferral.referral.id, expectedVersion: 2, action: "ACCEPT" } },
      bilkent.token,
    );
    expect(accepted.data!.transitionReferral.userErrors).toEqual([]);
    const before = await app.db.select({ seq: domainEvents.seq }).from(domainEvents);
    // The referral's patient_arrived is recorded before the search's version is found stale, in the same transaction.
    const { errors } = await app.gql(
      `mutation ($input: BedSearchActionInput!) { completeBedTransfer(input: $input) { search { status } } }`,
      { input: { id: search.id, expectedVersion: search.version - 1 } },
      kkm,
    );
    expect(errors![0]).toMatchObject({ message: expect.stringMatching(/^BedSearch was changed/), extensions: { code: "CONFLICT" } });
    const after = await app.db.select({ seq: domainEvents.seq }).from(domainEvents);
    expect(after.length).toBe(before.length);
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

  it("a receiver that trickles its answer forever is cut at the deadline, a failed attempt, while other subscriptions get theirs", async () => {
    // Never finishes its headers: one byte every 100 ms keeps an idle timeout from ever firing.
    const trickle = createNetServer((socket) => {
      socket.on("error", () => {});
      socket.write("HTTP/1.1 200 OK\r\nx-drip: ");
      const drip = setInterval(() => socket.write("."), 100);
      socket.on("close", () => clearInterval(drip));
    });
    await new Promise<void>((resolve) => trickle.listen(0, "127.0.0.1", resolve));
    const hooks = await receiver();
    const slow = await subscribe(
      kozan.token,
      { url: `http://127.0.0.1:${(trickle.address() as AddressInfo).port}/hooks` } as WebhookReceiver,
      ["referral.requested"],
    );
    await subscribe(kozan.token, hooks, ["referral.requested"]);
    try {
      await rounds(1); // settle what earlier tests left
      const created = await referral(kozan, ceyhan, []);
      const worker = new WebhookWorker({ db: app.db, clock: app.clock, urlPolicy: { allowLocalHttp: true }, timeoutMs: 1_000 });
      await worker.runOnce();
      expect(hooks.accepted.map((e) => e.subject.id)).toEqual([created.id]);
      const [cut] = await deliveries(kozan.token, { subscriptionId: slow.id });
      expect(cut).toMatchObject({
        status: "PENDING",
        attempts: 1,
        attemptLog: [{ attempt: 1, statusCode: null, error: "no response in 1000 ms" }],
      });
    } finally {
      await app.gql(
        `mutation ($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { subscription { id } } }`,
        { id: slow.id },
        kozan.token,
      );
      trickle.close();
    }
  }, 15_000);

  it("pending deliveries wait, untried, while their subscription is paused or their client disabled; then go out", async () => {
    const [pausedHooks, disabledHooks] = await Promise.all([receiver(), receiver()]);
    const paused = await subscribe(kozan.token, pausedHooks, ["referral.requested"]);
    const disabledClientToken = await app.tokenFor("PARTNER_HOSPITAL", `facility:${kozan.code}`);
    const disabled = await subscribe(disabledClientToken, disabledHooks, ["referral.requested"]);
    await rounds(1); // settle what earlier tests left
    await referral(kozan, ceyhan, []);
    const worker = new WebhookWorker({ db: app.db, clock: app.clock, urlPolicy: { allowLocalHttp: true } });
    await worker.dispatchEvents();
    const pause = (active: boolean, expectedVersion: number) =>
      app.gql(
        `mutation ($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { userErrors { code } } }`,
        { input: { id: paused.id, expectedVersion, active } },
        kozan.token,
      );
    await pause(false, paused.version);
    const clientId = await clientOf(disabled.id);
    const disable = (at: Date | null) => app.db.update(apiClients).set({ disabledAt: at }).where(eq(apiClients.clientId, clientId));
    await disable(app.clock.now());
    try {
      await worker.runOnce();
      app.clock.advance(2 * 3_600_000);
      await worker.runOnce();
      expect([...pausedHooks.requests, ...disabledHooks.requests]).toEqual([]);
      expect((await deliveries(kozan.token, { subscriptionId: paused.id })).map((d) => [d.status, d.attempts])).toEqual([["PENDING", 0]]);
      const [waiting] = await app.db
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.subscriptionId, localId(disabled.id)));
      expect(waiting).toMatchObject({ status: "PENDING", attempts: 0 });
    } finally {
      await disable(null);
    }
    await pause(true, paused.version + 1);
    await worker.runOnce();
    expect(pausedHooks.accepted).toHaveLength(1);
    expect(disabledHooks.accepted).toHaveLength(1);
  });

  it("redeliverWebhook refuses an event whose subject the client no longer sees (its scope changed since)", async () => {
    const hooks = await receiver();
    const token = await app.tokenFor("PARTNER_HOSPITAL", `facility:${kozan.code}`);
    const subscription = await subscribe(token, hooks, ["referral.requested"]);
    await referral(kozan, ceyhan, []);
    await rounds(1);
    const [delivered] = await deliveries(token, { subscriptionId: subscription.id });
    expect(delivered.status).toBe("DELIVERED");
    // The client now stands for another hospital; its current token still carries the old scope.
    await app.db
      .update(apiClients)
      .set({ scopeValue: cityHospital.code })
      .where(eq(apiClients.clientId, await clientOf(subscription.id)));
    const { data } = await app.gql(
      `mutation ($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { delivery { status } userErrors { field code } } }`,
      { input: { deliveryId: delivered.id } },
      token,
    );
    expect(data!.redeliverWebhook).toEqual({ delivery: null, userErrors: [{ field: ["input", "deliveryId"], code: "NOT_IN_AUDIENCE" }] });
    await rounds(1);
    expect(hooks.requests).toHaveLength(1);
  });

  it("a subscriber whose scope no longer resolves is skipped; the others still get their events", async () => {
    const [brokenHooks, hooks] = await Promise.all([receiver(), receiver()]);
    const broken = await subscribe(await app.tokenFor("PARTNER_HOSPITAL", `facility:${kozan.code}`), brokenHooks, ["referral.requested"]);
    await subscribe(await app.tokenFor("PARTNER_HOSPITAL", `facility:${kozan.code}`), hooks, ["referral.requested"]);
    await app.db
      .update(apiClients)
      .set({ scopeValue: "000000" }) // no facility has this code
      .where(eq(apiClients.clientId, await clientOf(broken.id)));
    const created = await referral(kozan, ceyhan, []);
    await rounds(1);
    expect(hooks.accepted.map((e) => e.subject.id)).toEqual([created.id]);
    expect(brokenHooks.requests).toEqual([]);
    await app.db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, localId(broken.id)));
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
      `mutation ($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { subscription { url } userErrors { code } } }`,
      { id: created.data!.createWebhookSubscription.subscription.id },
      ceyhan.token,
    );
    expect(removed.data!.deleteWebhookSubscription.subscription.url).toBe("https://hbys.example.org/hooks");
    expect(removed.data!.deleteWebhookSubscription.userErrors).toEqual([]);
  });
});

/** A raw graphql-transport-ws socket, acknowledged: for what a well-behaved client would not do. */
async function openSocket(token: string) {
  const socket = new WebSocket(app.url.replace("http", "ws"), "graphql-transport-ws");
  const messages: { type: string }[] = [];
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
  const acknowledged = new Promise<void>((resolve) =>
    socket.on("message", (data) => {
      const message = JSON.parse(String(data));
      messages.push(message);
      if (message.type === "connection_ack") resolve();
    }),
  );
  await new Promise((resolve) => socket.once("open", resolve));
  socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
  await acknowledged;
  return { socket, messages, closed };
}

/** The socket's close code, or null when it is still open after `ms`. */
const closedWithin = async ({ socket, closed }: Awaited<ReturnType<typeof openSocket>>, ms: number) => {
  const code = await Promise.race([closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
  socket.terminate();
  return code;
};

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
    const own = await referral(ceyhan, cityHospital, ["PLACE"]); // its create was not yet either
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
    // Watched before the referral is made: the socket can close before the mutation's answer arrives.
    const closed = expect(first).rejects.toMatchObject({ code: 4401 });
    await referral(ceyhan, cityHospital, []);
    await closed;
    await ws.dispose();
  });

  it("refuse queries and mutations: a socket only subscribes", async () => {
    const ws = createWsClient({
      url: app.url.replace("http", "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await app.fixedTokenFor("PARTNER_HOSPITAL", `facility:${ceyhan.code}`)}` },
      retryAttempts: 0,
    });
    const run = (query: string) =>
      new Promise<unknown>((resolve) => ws.subscribe({ query }, { next: resolve, error: resolve, complete: () => resolve("completed") }));
    expect(await run(`query { eventTypes }`)).toEqual([
      expect.objectContaining({ message: "Only subscriptions are served over WebSocket; send queries and mutations as HTTP POSTs." }),
    ]);
    expect(await run(`mutation { deleteWebhookSubscription(input: { id: "x" }) { subscription { id } } }`)).toEqual([
      expect.objectContaining({ message: "Only subscriptions are served over WebSocket; send queries and mutations as HTTP POSTs." }),
    ]);
    await ws.dispose();
  });

  it("close an idle socket when its token expires (4401), and refuse a subscription after expiry", async () => {
    const idle = await openSocket(await app.fixedTokenFor("PARTNER_HOSPITAL", `facility:${ceyhan.code}`));
    // Under 2 s of the 15-minute token left on the server's clock, then nothing but real time passes.
    const late = await app.fixedTokenFor("PARTNER_HOSPITAL", `facility:${ceyhan.code}`);
    app.clock.advance(900_000 - 2_000);
    const nearlyExpired = await openSocket(late);
    expect(await closedWithin(nearlyExpired, 5_000)).toBe(4401);

    app.clock.advance(60_000); // the first socket's token has expired too, though its timer has not fired
    idle.socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: `subscription { events { type } }` } }));
    expect(await closedWithin(idle, 5_000)).toBe(4401);
    expect(idle.messages.filter((m) => m.type === "next")).toEqual([]);
  });

  it("refuse a socket without a valid bearer token", async () => {
    const ws = createWsClient({
      url: app.url.replace("http", "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: "Bearer not-a-token" },
      retryAttempts: 0,
    });
    const events = ws.iterate({ query: `subscription { events { type } }` });
    await expect(events.next()).rejects.toMatchObject({ code: 4403 }); // graphql-ws: Forbidden, as onConnect refused it
    await ws.dispose();
  });
});

describe.runIf(process.env.DATABASE_URL)("two delivery workers on PostgreSQL", () => {
  it("deliver every event exactly once between them (FOR UPDATE SKIP LOCKED), none twice", async () => {
    const seyhan = await hospital((f) => f.name.startsWith("Adana Seyhan Devlet"));
    const hooks = await receiver({ delayMs: 20 });
    await subscribe(seyhan.token, hooks, ["referral.requested"]);
    // Earlier tests leave deliveries waiting for a retry, and these workers run on the real clock: end them first, so
    // the two workers share only these 30 (delivering them would go through the app's clock instead).
    await rounds(1);
    await app.db.update(webhookDeliveries).set({ status: "FAILED" }).where(eq(webhookDeliveries.status, "PENDING"));
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
      expect(created.filter((d) => !(d.status === "DELIVERED" && d.attempts === 1))).toEqual([]);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
    }
    expect(hooks.requests).toHaveLength(30);
    expect(hooks.duplicates).toBe(0);
    expect(new Set(hooks.accepted.map((e) => e.subject.id))).toEqual(new Set(ids));
  });

  it("a worker whose lease ran out posts nothing another worker has re-claimed", async () => {
    const seyhan = await hospital((f) => f.name.startsWith("Adana Seyhan Devlet"));
    const hooks = await receiver({ delayMs: 1_000 });
    await subscribe(seyhan.token, hooks, ["referral.requested"]);
    await rounds(1); // settle what earlier tests left
    await referral(seyhan, ceyhan, []);
    await referral(seyhan, ceyhan, []);
    const handles = await Promise.all([1, 2].map(() => openDatabase({ engine: "postgres", url: app.databaseUrl!, maxConnections: 2 })));
    // A lease far shorter than the receiver's second: the second worker re-claims what waits in the first's queue.
    const [first, second] = handles.map(
      (h) => new WebhookWorker({ db: h.db, clock: systemClock, urlPolicy: { allowLocalHttp: true }, leaseMs: 300 }),
    );
    try {
      await first.dispatchEvents();
      const firstRound = first.deliverDue();
      await new Promise((r) => setTimeout(r, 600)); // the first worker waits on its first POST; its claims have run out
      await second.deliverDue();
      await firstRound;
    } finally {
      await Promise.all(handles.map((h) => h.close()));
    }
    expect(hooks.requests.map((r) => r.status)).toEqual([200, 200]);
    expect(hooks.duplicates).toBe(0);
  });

  it("run as a separate process (npm run webhooks:worker) with its own metrics port, and stop cleanly on SIGTERM", async () => {
    const adanaCity = await hospital((f) => f.name.startsWith("Adana Şehir"));
    const hooks = await receiver();
    await subscribe(adanaCity.token, hooks, ["referral.requested"]);
    const created = await referral(adanaCity, ceyhan, []);
    const metricsPort = await freePort();
    const worker = spawn(process.execPath, ["--import", "tsx", "api/webhook-worker.ts"], {
      cwd: projectRoot(),
      env: {
        ...process.env,
        DATABASE_URL: app.databaseUrl,
        NODE_ENV: "test",
        LOG_LEVEL: "error",
        KOORDINAT_WEBHOOK_WORKER_INTERVAL_MS: "100",
        KOORDINAT_METRICS_PORT: String(metricsPort),
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
    let metrics = "";
    try {
      for (let waited = 0; !hooks.accepted.length && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      // Its own metrics: the attempt it made (counted in this process, not the API's), the queue, the outbox's lag.
      // (The outcome is counted once the receiver's answer is in, just after the receiver has the event.)
      for (let waited = 0; !/outcome="delivered"/.test(metrics) && waited < 30_000; waited += 100) {
        metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      worker.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(hooks.accepted.map((e) => [e.type, e.subject.id])).toEqual([["referral.requested", created.id]]);
    // At least this delivery: earlier tests may leave deliveries due that this worker also makes.
    expect(metrics).toMatch(/^koordinat_webhook_delivery_attempts_total\{outcome="delivered"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^koordinat_webhook_queue_depth \d+$/m);
    expect(metrics).toMatch(/^koordinat_outbox_lag_seconds \d/m);
    expect(metrics).toMatch(/^koordinat_db_pool_size 4$/m);
  });
});

// After the two-worker tests: their workers run on the system clock and would also attempt what these tests leave pending.
describe("finding 9: webhook URLs normalised before deciding, and checked again at delivery", () => {
  it("an IPv4-compatible IPv6 or hex form of a private address is refused; a stored IP literal the policy forbids is not posted to", async () => {
    for (const url of ["https://[::a00:1]/hooks", "https://[::ffff:a9fe:a9fe]/hooks", "https://0xa9.0xfe.0xa9.0xfe/hooks"]) {
      const { data } = await app.gql(
        `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret userErrors { field code } } }`,
        { input: { url, eventTypes: ["referral.*"] } },
        kozan.token,
      );
      expect(data!.createWebhookSubscription, url).toEqual({
        secret: null,
        userErrors: [{ field: ["input", "url"], code: "PRIVATE_ADDRESS" }],
      });
    }
    const hooks = await receiver();
    const token = await app.tokenFor("PARTNER_HOSPITAL", `facility:${kozan.code}`);
    await rounds(1); // settle what earlier tests left, before this subscription can hear of it
    const subscription = await subscribe(token, hooks, ["referral.requested"]);
    await referral(kozan, ceyhan, []);
    // A production worker (https to public addresses only) meets this stored loopback literal: no lookup runs for it.
    const production = new WebhookWorker({ db: app.db, clock: app.clock, urlPolicy: { allowLocalHttp: false } });
    await production.runOnce();
    expect(hooks.requests).toHaveLength(0);
    const [refused] = await deliveries(token, { subscriptionId: subscription.id });
    expect(refused).toMatchObject({ status: "PENDING", attempts: 1, attemptLog: [{ attempt: 1, statusCode: null }] });
    expect(refused.attemptLog[0].error).toMatch(/^not sent: Webhooks use https/);
  });
});

describe("finding 7: the read-only AUDITOR keeps no webhook subscriptions", () => {
  it("create, update, delete and redeliver are FORBIDDEN to an auditor, at the door and in the service; no secret is handed out", async () => {
    const auditor = await app.tokenFor("AUDITOR", "national");
    const hooks = await receiver();
    const owned = await subscribe(ceyhan.token, hooks, ["referral.requested"]);
    await referral(ceyhan, cityHospital, []);
    await rounds(1);
    const [delivered] = await deliveries(ceyhan.token, { subscriptionId: owned.id });
    const before = await app.db.select().from(webhookSubscriptions);
    const attempts = [
      app.gql(
        `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret userErrors { code } } }`,
        { input: { url: hooks.url, eventTypes: ["referral.*"] } },
        auditor,
      ),
      app.gql(
        `mutation ($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { userErrors { code } } }`,
        { input: { id: owned.id, expectedVersion: owned.version, active: false } },
        auditor,
      ),
      app.gql(`mutation ($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { subscription { id } } }`, { id: owned.id }, auditor),
      app.gql(
        `mutation ($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { userErrors { code } } }`,
        { input: { deliveryId: delivered.id } },
        auditor,
      ),
    ];
    for (const { status, data, errors } of await Promise.all(attempts)) {
      expect(status).toBe(403);
      expect(data ?? null).toBeNull();
      expect(errors!.map((e) => e.extensions!.code)).toEqual(["FORBIDDEN"]);
    }
    expect(await app.db.select().from(webhookSubscriptions)).toEqual(before);
    // The service refuses on its own, whatever the root-field table says (an auditor's subscription stored before the fix).
    const [auditorClient] = await app.db.select().from(apiClients).where(eq(apiClients.role, "AUDITOR"));
    const [legacy] = await app.db
      .insert(webhookSubscriptions)
      .values({
        clientId: auditorClient.clientId,
        url: hooks.url,
        eventTypes: ["referral.*"],
        secret: "whsec_legacy",
        createdAt: app.clock.now(),
        updatedAt: app.clock.now(),
      })
      .returning();
    // Only what the webhook service reads of a request's context.
    const service = new WebhookService({
      db: app.db,
      webhookUrlPolicy: { allowLocalHttp: true },
      principal: { clientId: auditorClient.clientId, role: "AUDITOR", scope: { kind: "NATIONAL" } },
      clock: app.clock,
    } as Partial<ServiceContext> as ServiceContext);
    const legacyId = toGlobalId("WebhookSubscription", legacy.id);
    const refusals = await Promise.allSettled([
      service.create({ url: hooks.url, eventTypes: ["referral.*"] }),
      service.update({ id: legacyId, expectedVersion: legacy.version, active: false }),
      service.delete(legacyId),
      service.redeliver(delivered.id),
    ]);
    expect(refusals.map((r) => r.status === "rejected" && (r.reason as GraphQLError).extensions.code)).toEqual([
      "FORBIDDEN",
      "FORBIDDEN",
      "FORBIDDEN",
      "FORBIDDEN",
    ]);
    expect(await app.db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, legacy.id))).toEqual([legacy]);
    // Removed by the operator, so later tests' workers do not try its made-up secret.
    await app.db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, legacy.id));
  });
});

describe("webhook subscriptions as a list and an idempotent create", () => {
  /** A client of its own, so its list holds only what this block creates. */
  let unit: string;
  beforeAll(async () => {
    unit = await app.tokenFor("COORDINATION_UNIT", "national");
  });
  const create = `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id url } secret userErrors { code } } }`;
  const list = `query ($first: Int, $after: String) { webhookSubscriptions(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
  const remove = (id: string) =>
    app.gql(`mutation ($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { userErrors { code } } }`, { id }, unit);

  it("createWebhookSubscription replayed with its idempotencyKey answers the same subscription and secret and writes no row", async () => {
    // An event type the coordination unit is not told of: nothing is sent to the outside address.
    const input = { url: "https://hbys.example.org/idem", eventTypes: ["insuranceContract.expiring"], idempotencyKey: "webhook-idem-0001" };
    const first = (await app.gql(create, { input }, unit)).data!.createWebhookSubscription;
    expect(first.userErrors).toEqual([]);
    try {
      const before = await countRows(app.db, { webhookSubscriptions, domainEvents });
      expect((await app.gql(create, { input }, unit)).data!.createWebhookSubscription).toEqual(first);
      expect(await countRows(app.db, { webhookSubscriptions, domainEvents })).toEqual(before);
    } finally {
      expect((await remove(first.subscription.id)).data!.deleteWebhookSubscription.userErrors).toEqual([]);
    }
  });

  it("webhookSubscriptions pages the client's own subscriptions with cursors", async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const input = { url: `https://hbys.example.org/page-${n}`, eventTypes: ["insuranceContract.expiring"] };
      ids.push((await app.gql(create, { input }, unit)).data!.createWebhookSubscription.subscription.id);
    }
    try {
      const page1 = (await app.gql(list, { first: 2 }, unit)).data!.webhookSubscriptions;
      expect(page1.totalCount).toBe(3);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (await app.gql(list, { first: 2, after: page1.pageInfo.endCursor }, unit)).data!.webhookSubscriptions;
      expect([...page1.edges, ...page2.edges].map((e: any) => e.node.id)).toEqual(ids);
      expect(page2.pageInfo.hasNextPage).toBe(false);
    } finally {
      for (const id of ids) await remove(id);
    }
  });
});
