/**
 * SGK's claims system checking the facts a travel-allowance claim depends on before the
 * reimbursement module computes it (REIMB-1, REIMB-2, REIMB-3): the referring facility's level
 * and settlement area, and the nearest tertiary facility that offers the treatment.
 */
import assert from "node:assert/strict";
import { ForbiddenError, type KoordinatClient } from "@koordinat/sdk";
import { startSandbox } from "@koordinat/sdk/sandbox";
import { runIfMain } from "./run-if-main.js";

export async function insurer(sgk: KoordinatClient) {
  // Seed 003's example: a referral from Ceyhan Devlet Hastanesi to a university hospital in Ankara.
  const referring = (await sgk.facilityByCode({ code: "101101" })).facilityByCode!;
  assert.equal(referring.level, "SECONDARY", "a level-2 facility may issue paid referrals (REIMB-2)");
  console.log(`Referring: ${referring.name}, level ${referring.level}, settlement area ${referring.settlementArea?.name}`);

  const ankaraUniversityHospitals = await sgk.facilities({ filter: { provinceCode: "06", kind: "UNIVERSITY_HOSPITAL" }, first: 5 });
  const destination = ankaraUniversityHospitals.facilities.edges[0].node;
  assert.notEqual(destination.settlementArea?.code, referring.settlementArea?.code, "outside the settlement area (REIMB-1)");
  console.log(`Destination: ${destination.name} in ${destination.settlementArea?.name}`);

  // Tertiary facilities in the referring province that treat cardiology: the travel is paid up to the nearest one (REIMB-3).
  const candidates: string[] = [];
  for await (const f of sgk.paginate.facilities({
    filter: { provinceCode: referring.province!.code, level: "TERTIARY", clinic: "CARDIOLOGY" },
  })) {
    candidates.push(`${f.name} (${f.settlementArea?.name})`);
  }
  assert.ok(candidates.length > 0);
  console.log(`Tertiary cardiology in ${referring.province!.name}: ${candidates.join("; ")}`);

  // The insurer has no access to patients' personal data outside its claims.
  await assert.rejects(sgk.patients({ first: 1 }), ForbiddenError);
  console.log("Patient registry reads are refused to the insurer role.");
}

await runIfMain(import.meta.url, async () => {
  const sandbox = await startSandbox();
  try {
    await insurer(sandbox.client("INSURER"));
  } finally {
    await sandbox.stop();
  }
});
