/**
 * egov.kz acting for a foreigner in Kazakhstan (IIN 900101300007), in the demo world: the person's VHI contract
 * is registered and they are attached to a primary-care organisation. The portal reads the attachment and the free
 * guaranteed volume without repeating the IIN its token names; the insurer checks employment eligibility; the
 * organisation records a guaranteed service and the portal sees the quota move (KZ-2..14).
 */
import assert from "node:assert/strict";
import { throwOnUserErrors, type KoordinatClient } from "@koordinat/sdk";
import { startSandbox } from "@koordinat/sandbox";
import { runIfMain } from "./run-if-main.js";

const IIN = "900101300007";

export async function egovKazakhstan(portal: KoordinatClient, insurer: KoordinatClient, clinic: KoordinatClient) {
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Almaty" });

  // The portal's token names the person: no IIN to repeat.
  const { attachment } = await portal.attachment({});
  assert.equal(attachment?.active, true, "the demo world attached the person");
  console.log(`My attachment: ${attachment!.organisationCode} since ${attachment!.startsOn}, valid until ${attachment!.validUntil}.`);

  const { employmentEligibility } = await insurer.employmentEligibility({ iin: IIN, date: today });
  assert.equal(employmentEligibility.eligible, true);
  console.log(`The VHI contract is in force: may be employed today (${employmentEligibility.rule}).`);

  const { attachmentRequests } = await clinic.attachmentRequests({ organisationCode: attachment!.organisationCode, first: 20 });
  const statuses = attachmentRequests.edges.map((e) => e.node.status);
  console.log(`The organisation's requests (${statuses.length} of ${attachmentRequests.totalCount}): ${statuses.join(", ")}.`);

  const before = (await portal.guaranteedVolume({ date: today })).guaranteedVolume.find((q) => q.code === "THERAPIST")!;
  throwOnUserErrors(
    (
      await clinic.recordGuaranteedService({
        input: { personIin: IIN, serviceCode: "THERAPIST", diseaseCode: "TUBERCULOSIS", providedOn: today },
      })
    ).recordGuaranteedService,
  );
  const { guaranteedVolume } = await portal.guaranteedVolume({ date: today });
  const therapist = guaranteedVolume.find((q) => q.code === "THERAPIST")!;
  assert.equal(therapist.used, before.used + 1);
  console.log(`Free guaranteed volume: therapist ${therapist.used} of ${therapist.limitCount} this year.`);
}

await runIfMain(import.meta.url, async () => {
  const sandbox = await startSandbox();
  try {
    await egovKazakhstan(
      sandbox.client("EGOV_PORTAL", { scope: `person:IIN:${IIN}` }),
      sandbox.client("INSURER"),
      sandbox.client("PHC_ORGANISATION"),
    );
  } finally {
    await sandbox.stop();
  }
});
