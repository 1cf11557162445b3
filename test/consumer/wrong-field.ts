/** Must NOT compile (test/consumer/run.mjs asserts tsc names both errors): the SDK's types catch wrong fields. */
import type { KoordinatClient } from "@koordinat/sdk";
import { ReferralsWithPatientsQuery } from "./example/referrals.js";

export async function wrongFields(client: KoordinatClient) {
  const { referrals } = await client.request(ReferralsWithPatientsQuery, { first: 1 });
  // birthDate is a Patient field, but the document does not select it.
  const birthDate: string | undefined = referrals.edges[0].node.patient?.birthDate;
  // level takes PRIMARY | SECONDARY | TERTIARY.
  await client.facilities({ filter: { level: "QUATERNARY" } });
  return birthDate;
}
