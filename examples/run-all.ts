/** `npm run examples`: every example against one offline sandbox. */
import { startSandbox } from "@koordinat/sandbox";
import { approverInbox } from "./approver-inbox.js";
import { egovKazakhstan } from "./egov-kz.js";
import { egovPortal } from "./egov-portal.js";
import { insurer, sandboxHospitals } from "./insurer.js";
import { partnerHospital } from "./partner-hospital.js";
import { provincialDirectorate } from "./provincial-directorate.js";
import { webhookReceiver } from "./webhook-receiver.js";

const sandbox = await startSandbox();
try {
  for (const [name, run] of [
    ["partner hospital", () => partnerHospital(sandbox.client("PARTNER_HOSPITAL"), sandbox.client("COORDINATION_UNIT"))],
    [
      "insurer",
      async () => {
        // The claim's story moves the clock through March 2026; then back to today.
        try {
          await insurer(sandbox.client("INSURER"), sandboxHospitals(sandbox));
        } finally {
          sandbox.setTime(new Date().toISOString());
        }
      },
    ],
    ["e-government portal", () => egovPortal(sandbox.client("EGOV_PORTAL"))],
    [
      "egov.kz portal",
      () =>
        egovKazakhstan(
          sandbox.client("EGOV_PORTAL", { scope: "person:IIN:900101300007" }),
          sandbox.client("INSURER"),
          sandbox.client("PHC_ORGANISATION"),
        ),
    ],
    ["provincial directorate", () => provincialDirectorate(sandbox.client("PROVINCIAL_DIRECTORATE"), sandbox.client("COORDINATION_UNIT"))],
    [
      "approver's inbox",
      () =>
        approverInbox(sandbox.client("COORDINATION_UNIT"), sandbox.client("DEPARTMENT_HEAD"), sandbox.client("DEPUTY_GENERAL_DIRECTOR")),
    ],
    [
      "webhook receiver",
      () =>
        webhookReceiver(
          sandbox.client("PARTNER_HOSPITAL"),
          sandbox.client("COORDINATION_UNIT"),
          sandbox.clients.find((c) => c.role === "PARTNER_HOSPITAL")!.scope.split(":")[1],
        ),
    ],
  ] as const) {
    console.log(`\n== ${name}`);
    await run();
  }
  console.log("\nall examples passed");
} finally {
  await sandbox.stop();
}
