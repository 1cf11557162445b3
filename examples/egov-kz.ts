/**
 * egov.kz acting for a foreigner in Kazakhstan (IIN 900101300007): the insurer registers a VHI
 * contract, the person asks through the portal to attach to a primary-care organisation, the
 * organisation files and attaches within a business day, and the portal shows the attachment and
 * the free guaranteed volume's quotas (KZ-2..14).
 */
import assert from "node:assert/strict";
import { throwOnUserErrors, type KoordinatClient } from "@koordinat/sdk";
import { startSandbox } from "@koordinat/sandbox";
import { runIfMain } from "./run-if-main.js";

const IIN = "900101300007";

export async function egovKazakhstan(portal: KoordinatClient, insurer: KoordinatClient, clinic: KoordinatClient) {
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Almaty" });
  const year = Number(today.slice(0, 4));
  const contract = throwOnUserErrors(
    (
      await insurer.registerInsuranceContract({
        input: {
          number: `DMS-${year}-${Date.now() % 100000}`,
          kind: "VHI",
          insuredIin: IIN,
          startsOn: `${year}-01-01`,
          endsOn: `${year}-12-31`,
        },
      })
    ).registerInsuranceContract,
  ).contract!;
  const { employmentEligibility } = await insurer.employmentEligibility({ iin: IIN, date: today });
  assert.equal(employmentEligibility.eligible, true);
  console.log(`VHI contract ${contract.number} in force: may be employed today (${employmentEligibility.rule}).`);

  const request = throwOnUserErrors(
    (
      await portal.submitAttachmentRequest({
        input: {
          personIin: IIN,
          organisationCode: "KZ-ALA-PHC-01",
          contractId: contract.id,
          channel: "EGOV_PORTAL",
          edsCertificateRef: "NCA-GOST-2015-EXAMPLE",
          documents: { insuranceContract: true, identityDocument: true },
          residence: { kind: "TEMPORARY", city: "Almaty", district: "Almaly" },
        },
      })
    ).submitAttachmentRequest,
  ).request!;
  console.log(`Request submitted; to be decided by ${request.decisionDueAt}.`);

  const filed = throwOnUserErrors(
    (await clinic.fileAttachmentRequest({ input: { id: request.id, expectedVersion: request.version } })).fileAttachmentRequest,
  ).request!;
  const decided = throwOnUserErrors(
    (await clinic.decideAttachmentRequest({ input: { id: filed.id, expectedVersion: filed.version, attach: true } }))
      .decideAttachmentRequest,
  ).request!;
  console.log(`Attached: notice ${decided.noticeNumber} in the e-gov cabinet.`);

  const { attachment } = await portal.attachment({ iin: IIN });
  assert.equal(attachment?.active, true);
  console.log(`My attachment: ${attachment!.organisationCode}, valid until ${attachment!.validUntil}.`);

  throwOnUserErrors(
    (
      await clinic.recordGuaranteedService({
        input: { personIin: IIN, serviceCode: "THERAPIST", diseaseCode: "TUBERCULOSIS", providedOn: today },
      })
    ).recordGuaranteedService,
  );
  const { guaranteedVolume } = await portal.guaranteedVolume({ iin: IIN, date: today });
  const therapist = guaranteedVolume.find((q) => q.code === "THERAPIST")!;
  console.log(
    `Free guaranteed volume: therapist ${therapist.used} of ${therapist.limitCount} this year; chest X-ray ${guaranteedVolume.find((q) => q.code === "CHEST_XRAY")!.used} used.`,
  );
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
