/**
 * A partner hospital's HBYS hears about its referrals instead of polling: it subscribes a webhook,
 * verifies every delivery's signature with the SDK, handles each event id once (deliveries are at
 * least once), answers 2xx fast, and reads the delivery log.
 */
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { throwOnUserErrors, verifyWebhook, WebhookVerificationError, type KoordinatClient, type KoordinatEvent } from "@koordinat/sdk";
import { startSandbox } from "@koordinat/sandbox";
import { runIfMain } from "./run-if-main.js";

export async function webhookReceiver(hospital: KoordinatClient, coordinationUnit: KoordinatClient, facilityCode: string) {
  const handled = new Map<string, KoordinatEvent>();
  let secret = "";
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      try {
        // The raw body, exactly as received: the signature covers its bytes.
        const event = verifyWebhook(req.headers, Buffer.concat(chunks), secret);
        if (!handled.has(event.id)) handled.set(event.id, event); // a retry of a handled event is acknowledged, not redone
        res.writeHead(204).end();
      } catch (error) {
        res.writeHead(error instanceof WebhookVerificationError ? 400 : 500).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    // In production the URL is https and public; the sandbox accepts http to this machine.
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/koordinat/events`;
    const created = throwOnUserErrors(
      (await hospital.createWebhookSubscription({ input: { url, eventTypes: ["referral.*"], description: "HBYS referral desk" } }))
        .createWebhookSubscription,
    );
    secret = created.secret!; // shown once: keep it in the HBYS's secret store
    console.log(`Subscribed ${url} to ${created.subscription!.eventTypes.join(", ")}`);

    const own = (await hospital.facilityByCode({ code: facilityCode })).facilityByCode!;
    const destination = (await hospital.facilities({ filter: { provinceCode: "01", clinic: "CARDIOLOGY" }, first: 10 })).facilities.edges
      .map((e) => e.node)
      .find((f) => f.id !== own.id)!;
    const patient = (await coordinationUnit.patients({ filter: { identifier: { kind: "TCKN", value: "10000000146" } } })).patients.edges[0]
      .node;
    const referral = throwOnUserErrors(
      (
        await hospital.createReferral({
          input: {
            patientId: patient.id,
            originFacilityId: own.id,
            clinicCode: "CARDIOLOGY",
            requestingPhysician: "Uzm. Dr. Kerem Aydın",
            diagnosisIcd10: "I21.9",
            urgency: "URGENT",
            medicalGrounds: "OTHER",
            // PAT-3: the hospital has no care link with this seeded patient, so it states why it refers them.
            accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik için sevk gerekiyor.",
          },
        })
      ).createReferral,
    ).referral!;
    throwOnUserErrors(
      (
        await hospital.transitionReferral({
          input: { id: referral.id, expectedVersion: referral.version, action: "PLACE", destinationFacilityId: destination.id },
        })
      ).transitionReferral,
    );

    // The server's delivery worker posts within a second or so.
    for (let waited = 0; handled.size < 2 && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    const events = [...handled.values()].filter((e) => e.subject.id === referral.id);
    assert.deepEqual(
      events.map((e) => e.type),
      ["referral.requested", "referral.placed"],
    );
    for (const event of events) {
      if (event.type !== "referral.requested" && event.type !== "referral.placed") continue; // narrows the event's data
      if (event.type === "referral.placed") assert.equal(event.data.destinationFacilityId, destination.id);
      console.log(
        `${event.occurredAt} ${event.type}: ${event.data.fromStatus ?? "–"} → ${event.data.toStatus} (version ${event.data.version})`,
      );
    }

    const log = await hospital.webhookDeliveries({ filter: { subscriptionId: created.subscription!.id }, last: 10 });
    for (const { node } of log.webhookDeliveries.edges) {
      console.log(`delivery ${node.event.type}: ${node.status} after ${node.attempts} attempt(s)`);
      assert.equal(node.status, "DELIVERED");
    }
    await hospital.deleteWebhookSubscription({ input: { id: created.subscription!.id } });
  } finally {
    server.close();
  }
}

await runIfMain(import.meta.url, async () => {
  const sandbox = await startSandbox();
  try {
    const code = sandbox.clients.find((c) => c.role === "PARTNER_HOSPITAL")!.scope.split(":")[1];
    await webhookReceiver(sandbox.client("PARTNER_HOSPITAL"), sandbox.client("COORDINATION_UNIT"), code);
  } finally {
    await sandbox.stop();
  }
});
