import { describe, expect, it } from "vitest";
import { koordinatEventTypes, verifyWebhook, WebhookVerificationError, type KoordinatEvent } from "@koordinat/sdk";
import { allEventTypes } from "../../api/events/catalogue.js";
import { eventBody, signedHeaders } from "../../api/webhooks/worker.js";
import type { DomainEventRow, WebhookDeliveryRow } from "../../drizzle/schema/index.js";

const secret = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;
const event: DomainEventRow = {
  seq: 1,
  eventId: "7f0c1c8e-7a56-4c1f-9d1e-1f7e3b2a9c01",
  type: "referral.accepted",
  subjectType: "Referral",
  subjectId: "UmVmZXJyYWw6MQ",
  data: { action: "accept", fromStatus: "PLACED", toStatus: "ACCEPTED", version: 3, actorRole: "PARTNER_HOSPITAL" },
  audience: ["COORDINATION_UNIT"],
  actorPersonId: null,
  actorClientId: "kc_test",
  occurredAt: new Date("2026-11-25T09:00:00Z"),
  dispatchedAt: null,
};
const delivery = { id: "d1", attempts: 1 } as WebhookDeliveryRow;

/** A delivery as the server signs it, sent `ageSeconds` ago. */
function signed(ageSeconds = 0) {
  const body = JSON.stringify(eventBody(event));
  return { body, headers: signedHeaders(delivery, event, secret, body, new Date(Date.now() - ageSeconds * 1000)) };
}

describe("SDK verifyWebhook", () => {
  it("returns the typed event of a delivery signed by the server, with Node or fetch headers", () => {
    const { body, headers } = signed();
    const verified = verifyWebhook(headers, body, secret);
    expect(verified).toEqual({
      id: event.eventId,
      type: "referral.accepted",
      occurredAt: "2026-11-25T09:00:00.000Z",
      subject: { type: "Referral", id: "UmVmZXJyYWw6MQ" },
      data: event.data,
    });
    expect(verifyWebhook(new Headers(headers), Buffer.from(body), secret).id).toBe(event.eventId);
    const narrowed = verified as KoordinatEvent;
    if (narrowed.type === "referral.accepted") expect(narrowed.data.toStatus).toBe("ACCEPTED");
  });

  it("refuses a tampered body, a wrong secret, a missing signature", () => {
    const { body, headers } = signed();
    expect(() => verifyWebhook(headers, body.replace("ACCEPTED", "REJECTED"), secret)).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(headers, body, `whsec_${Buffer.alloc(32, 8).toString("base64")}`)).toThrow("No matching signature");
    const { "webhook-signature": _, ...unsigned } = headers;
    expect(() => verifyWebhook(unsigned, body, secret)).toThrow("Missing required headers");
  });

  it("refuses an empty or malformed secret with WebhookVerificationError", () => {
    const { body, headers } = signed();
    expect(() => verifyWebhook(headers, body, "")).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(headers, body, "whsec_not*base64!")).toThrow(WebhookVerificationError);
  });

  it("refuses a replay outside the 5-minute window, either way, and accepts one just inside", () => {
    expect(() => verifyWebhook(signed(301).headers, signed(301).body, secret)).toThrow("Message timestamp too old");
    expect(() => verifyWebhook(signed(-301).headers, signed(-301).body, secret)).toThrow("Message timestamp too new");
    expect(verifyWebhook(signed(290).headers, signed(290).body, secret).id).toBe(event.eventId);
  });

  it("knows every event type the server delivers, and no other", () => {
    expect([...koordinatEventTypes].sort()).toEqual([...allEventTypes].sort());
  });
});
