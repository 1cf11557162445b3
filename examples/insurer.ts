/**
 * SGK (the insurer) on travel, daily allowance and companion reimbursement (REIMB-1..11): it reads
 * its tariff tables, prices seed 003's worked example with the what-if calculator, then records a
 * claim filed at its Adana office for a referral Ceyhan → Ankara, approves it and pays it via PTT.
 */
import assert from "node:assert/strict";
import { ForbiddenError, throwOnUserErrors, type KoordinatClient } from "@koordinat/sdk";
import { startSandbox, type Sandbox } from "@koordinat/sandbox";
import { runIfMain } from "./run-if-main.js";

const lira = (minor: number) => `${(minor / 100).toFixed(2)} TL`;

export interface Hospitals {
  ceyhan: KoordinatClient;
  ankara: KoordinatClient;
  /** Finds the registry ID of the referred citizen (the coordination unit reads the registry nationally). */
  coordinationUnit: KoordinatClient;
  /** Moves the sandbox's clock: the story spans a week of March 2026 (2026 H1 coefficient). */
  setTime: (iso: string) => void;
}

export async function insurer(
  sgk: KoordinatClient,
  { ceyhan: ceyhanHospital, ankara: ankaraHospital, coordinationUnit, setTime }: Hospitals,
) {
  // The demo world's claims: to review (CALCULATED), approved, rejected, paid; one waits SUBMITTED only while its
  // trip's half-year has no published coefficient.
  const { reimbursementClaims } = await sgk.reimbursementClaims({ first: 20 });
  const states = [...new Set(reimbursementClaims.edges.map((e) => e.node.status))].sort();
  assert.deepEqual(
    states.filter((s) => s !== "SUBMITTED"),
    ["APPROVED", "CALCULATED", "PAID", "REJECTED"],
  );
  console.log(`Claims on file: ${reimbursementClaims.totalCount} (${states.join(", ")}).`);

  const { civilServantCoefficients } = await sgk.civilServantCoefficients();
  console.log(
    `Coefficient periods (REIMB-8): ${civilServantCoefficients.map((c) => `${c.validFrom}..${c.validUntil} ${c.coefficient}`).join("; ")}`,
  );

  // Seed 003, example 2: Ceyhan Devlet Hastanesi → Ankara for cancer, 7 outpatient days, in March 2021.
  const ceyhan = (await sgk.facilityByCode({ code: "101101" })).facilityByCode!;
  const bilkent = (await sgk.facilityByCode({ code: "106101" })).facilityByCode!;
  const week = ["03", "04", "05", "06", "07", "08", "09"].map((d) => `2021-03-${d}`);
  const { reimbursementQuote } = await sgk.reimbursementQuote({
    input: {
      referral: {
        originFacilityId: ceyhan.id,
        destinationFacilityId: bilkent.id,
        clinicCode: "ONCOLOGY",
        medicalGrounds: "CANCER",
        referralDate: "2021-03-01",
      },
      trip: {
        applicationDate: "2021-03-02",
        departureDate: "2021-03-02",
        returnDate: "2021-03-10",
        transport: "REGULAR",
        outpatientDays: week,
      },
    },
  });
  const example = reimbursementQuote.statement!;
  for (const line of example.lines) console.log(`  ${line.explanationEn} → ${lira(line.amount.amountMinor)} [${line.rules.join(", ")}]`);
  assert.equal(example.lines.find((l) => l.kind === "DAILY")!.unitAmount.amountMinor, 3316, "33.16 TL a day between provinces in 2021");

  // A real claim: on Monday 2 March 2026 Ceyhan refers the patient to Ankara Bilkent for cancer; Bilkent accepts,
  // and records the arrival on the 3rd.
  setTime("2026-03-02T07:00:00Z");
  const found = await coordinationUnit.patients({ filter: { identifier: { kind: "TCKN", value: "10000000146" } } });
  const patientId = found.patients.edges[0].node.id;
  // SGK's own dated record of the patient's insurance (REIMB-12): payment needs it on the referral day.
  const { sgkInsuranceStatus } = await sgk.sgkInsuranceStatus({ patientId });
  throwOnUserErrors(
    (
      await sgk.recordSgkInsuranceStatus({
        input: {
          patientId,
          insured: true,
          effectiveFrom: "2020-01-01",
          reference: "4A-SGK-0001",
          expectedVersion: sgkInsuranceStatus.version,
        },
      })
    ).recordSgkInsuranceStatus,
  );
  const created = throwOnUserErrors(
    (
      await ceyhanHospital.createReferral({
        input: {
          patientId,
          originFacilityId: ceyhan.id,
          clinicCode: "ONCOLOGY",
          requestingPhysician: "Uzm. Dr. Elif Kaya",
          diagnosisIcd10: "C50.9",
          urgency: "ROUTINE",
          medicalGrounds: "CANCER",
          // PAT-3: the hospital has no care link with this seeded patient, so it states why it refers them.
          accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik için sevk gerekiyor.",
        },
      })
    ).createReferral,
  );
  // The pre-referral check (REIMB-15): what SGK will pay, before the patient travels.
  const check = created.sgkCheck!;
  console.log(
    `Pre-referral check: insured ${check.insured}, nearest level-3 ${check.nearestTertiary?.facility.name} (${check.nearestTertiary?.distanceKm} km), apply by ${check.applicationDeadline}; least trip ${lira(check.statement!.total.amountMinor)}`,
  );
  assert.equal(check.insured, true);
  let referral = created.referral!;
  for (const [hospital, action, extra] of [
    [ceyhanHospital, "PLACE", { destinationFacilityId: bilkent.id }],
    [ankaraHospital, "ACCEPT", {}],
    [ankaraHospital, "ARRIVE", {}],
  ] as const) {
    if (action === "ARRIVE") setTime("2026-03-03T08:00:00Z");
    referral = throwOnUserErrors(
      (await hospital.transitionReferral({ input: { id: referral.id, expectedVersion: referral.version, action, ...extra } }))
        .transitionReferral,
    ).referral!;
  }

  // Back home, the patient files the claim in person at SGK's Adana office on the 9th: it is calculated on submission.
  setTime("2026-03-09T07:00:00Z");
  const submitted = throwOnUserErrors(
    (
      await sgk.submitReimbursementClaim({
        input: {
          referralId: referral.id,
          channel: "IN_PERSON",
          officeProvinceCode: "01",
          trip: {
            applicationDate: "2026-03-03",
            departureDate: "2026-03-03",
            returnDate: "2026-03-06",
            transport: "REGULAR",
            outpatientDays: ["2026-03-04", "2026-03-05"],
          },
        },
      })
    ).submitReimbursementClaim,
  ).claim!;
  assert.equal(submitted.status, "CALCULATED");
  console.log(`Claim ${submitted.status}: ${submitted.statement!.lines.map((l) => `${l.kind} ${lira(l.amount.amountMinor)}`).join(", ")}`);
  const approved = throwOnUserErrors(
    (await sgk.approveReimbursementClaim({ input: { id: submitted.id, expectedVersion: submitted.version } })).approveReimbursementClaim,
  ).claim!;
  const paid = throwOnUserErrors(
    (
      await sgk.recordReimbursementPayment({
        input: { id: approved.id, expectedVersion: approved.version, pttReference: "PTT-ADN-2026-0001", paidOn: "2026-03-09" },
      })
    ).recordReimbursementPayment,
  ).claim!;
  console.log(
    `Paid ${lira(paid.statement!.total.amountMinor)} via PTT ${paid.paymentReference}: ${paid.history.map((h) => h.toState).join(" → ")}`,
  );

  // The insurer has no access to the patient registry outside its claims.
  await assert.rejects(sgk.patients({ first: 1 }), ForbiddenError);
  console.log("Patient registry reads are refused to the insurer role.");
}

/** The sandbox's clients for the insurer's story: the two hospitals, the coordination unit, the clock. */
export const sandboxHospitals = (sandbox: Sandbox): Hospitals => ({
  ceyhan: sandbox.client("PARTNER_HOSPITAL"),
  ankara: sandbox.client("PARTNER_HOSPITAL", { scope: "facility:106101" }),
  coordinationUnit: sandbox.client("COORDINATION_UNIT"),
  setTime: sandbox.setTime,
});

await runIfMain(import.meta.url, async () => {
  const sandbox = await startSandbox();
  try {
    await insurer(sandbox.client("INSURER"), sandboxHospitals(sandbox));
  } finally {
    await sandbox.stop();
  }
});
