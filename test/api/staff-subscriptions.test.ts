import { createHash, randomUUID } from "node:crypto";
import { createClient as createWsClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordEvent } from "../../api/events/outbox.js";
import { demoStaff } from "../../api/staff/demo-staff.js";
import consoleDocuments from "../../examples/console/src/gql/persisted-documents.json" with { type: "json" };
import { startTestApp, type TestApp } from "../support/app.js";
import { signIn } from "../support/staff-sign-in.js";

let app: TestApp;
/** A person of the Adana directorate signed in through the console's client. */
let person: string;
beforeAll(async () => {
  // The default: the console's principals run the console's trusted documents only (DOC-3).
  app = await startTestApp();
  person = (await signIn(app.origin, demoStaff("adana.il"))).access_token;
});
afterAll(() => app?.stop());

const adHoc = `subscription { events(types: ["referral.*"]) { id type subjectId } }`;
const [consoleHash, consoleText] = Object.entries(consoleDocuments).find(([, text]) => text.startsWith("subscription BoardEvents"))!;

const sockets: Client[] = [];
afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
});

/**
 * Subscribes over graphql-ws and records a referral event (seen by the Adana directorate and the coordination unit)
 * until one arrives: the first event, or the subscription's error.
 */
async function firstAnswer(token: string, payload: { query: string; extensions?: Record<string, unknown> }) {
  const socket = createWsClient({
    url: app.url.replace("http", "ws"),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  sockets.push(socket);
  let settled = false;
  const answer = new Promise<{ event?: any; errors?: any[] }>((resolve) =>
    socket.subscribe(payload, {
      next: (value) => resolve({ event: value.data?.events }),
      error: (errors) => resolve({ errors: errors as any[] }),
      complete: () => {},
    }),
  ).finally(() => (settled = true));
  // The subscription starts once its message is read: events are recorded until it answers.
  for (let attempt = 0; !settled && attempt < 200; attempt++) {
    await recordEvent(
      app.db,
      { clock: app.clock, principal: null },
      {
        type: "referral.requested",
        subject: { kind: "referral", id: randomUUID() },
        data: {},
        audience: ["COORDINATION_UNIT", "PROVINCIAL_DIRECTORATE@province:01"],
      },
    );
    await Promise.race([answer, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  return answer;
}

describe("DOC-3 over graphql-ws: a person subscribes to the console's own documents only", () => {
  it("refuses a person's ad-hoc subscription with the error an ad-hoc document gets over HTTP", async () => {
    // Over HTTP a subscription is no root field at all; an ad-hoc query meets DOC-3 there.
    const overHttp = await app.gql(`{ viewer { clientId } }`, {}, person);
    expect(overHttp.status).toBe(403);
    const { errors } = await firstAnswer(person, { query: adHoc });
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions.code).toBe("FORBIDDEN");
    expect(errors![0].extensions.code).toBe(overHttp.errors![0].extensions!.code);
    expect(errors![0].message).toBe(overHttp.errors![0].message);
    expect(errors![0].message).toMatch(/operations console runs only its own documents/);
  });

  it("accepts the console's own subscription, sent by its hash alone (as the console does) or as its text", async () => {
    const byHash = await firstAnswer(person, {
      query: "",
      extensions: { persistedQuery: { version: 1, sha256Hash: consoleHash } },
    });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.event).toMatchObject({ type: "referral.requested" });

    const byText = await firstAnswer(person, { query: consoleText });
    expect(byText.errors).toBeUndefined();
    expect(byText.event).toMatchObject({ type: "referral.requested" });
  });

  it("refuses a hash that is not the document sent with it", async () => {
    const { errors } = await firstAnswer(person, {
      query: adHoc,
      extensions: { persistedQuery: { version: 1, sha256Hash: consoleHash } },
    });
    expect(errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(createHash("sha256").update(adHoc).digest("hex")).not.toBe(consoleHash);
  });

  it("leaves a machine client's ad-hoc subscription as it was", async () => {
    const machine = await app.tokenFor("COORDINATION_UNIT", "national");
    const { event, errors } = await firstAnswer(machine, { query: adHoc });
    expect(errors).toBeUndefined();
    expect(event).toMatchObject({ type: "referral.requested" });
  });
});
