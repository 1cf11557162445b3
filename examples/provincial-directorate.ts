/**
 * Adana Provincial Health Directorate's monthly cycle (seed 000 "Veri Çalışmaları"): it submits last month's
 * temporary-protection figures, which the demo world left in a draft, fixes a
 * row the coordination unit sent back, and the unit accepts, consolidates and exports (MDS-1..5).
 */
import assert from "node:assert/strict";
import { throwOnUserErrors, type KoordinatClient } from "@koordinat/sdk";
import { startSandbox } from "@koordinat/sandbox";
import { runIfMain } from "./run-if-main.js";

export async function provincialDirectorate(province: KoordinatClient, unit: KoordinatClient) {
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Istanbul" });
  const [year, month] = today.split("-").map(Number);
  const period = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;

  // The demo world left last month's figures in a draft: the directorate reviews and submits them.
  const { monthlySubmission: draft } = await province.monthlySubmission({ period });
  assert.equal(draft?.status, "DRAFT", "the demo world's open draft");
  const rows = draft.rows.map(({ facility, ...figures }) => ({ ...figures, facilityId: facility.id }));
  const submitted = throwOnUserErrors(
    (await province.submitMonthlySubmission({ input: { period, expectedVersion: draft.version } })).submitMonthlySubmission,
  ).submission!;
  console.log(`Adana submitted ${rows.length} rows for ${period}: ${submitted.status}.`);

  const corrected = throwOnUserErrors(
    (
      await unit.requestSubmissionCorrection({
        input: {
          id: submitted.id,
          expectedVersion: submitted.version,
          rows: [
            {
              facilityId: rows[0].facilityId,
              nationality: "SY",
              metric: "SURGERIES",
              reason: "Ameliyat sayısı HBYS kayıtlarıyla uyuşmuyor",
            },
          ],
        },
      })
    ).requestSubmissionCorrection,
  ).submission!;
  console.log(`The unit sent it back (revision ${corrected.revision}): ${corrected.corrections[0].reason}.`);

  const fixed = rows.map((r, i) => (i === 0 ? { ...r, surgeries: 6 } : r));
  const redraft = throwOnUserErrors((await province.saveMonthlyDraft({ input: { period, rows: fixed } })).saveMonthlyDraft).submission!;
  const resubmitted = throwOnUserErrors(
    (await province.submitMonthlySubmission({ input: { period, expectedVersion: redraft.version } })).submitMonthlySubmission,
  ).submission!;
  const accepted = throwOnUserErrors(
    (await unit.acceptMonthlySubmission({ input: { id: resubmitted.id, expectedVersion: resubmitted.version } })).acceptMonthlySubmission,
  ).submission!;
  assert.equal(accepted.status, "ACCEPTED");

  const { monthlySubmissionPeriod } = await unit.monthlySubmissionPeriod({ period });
  const waiting = monthlySubmissionPeriod.provinces.filter((p) => p.status !== "ACCEPTED");
  console.log(`Period ${period} (due ${monthlySubmissionPeriod.dueOn}): ${81 - waiting.length} accepted, ${waiting.length} still to come.`);
  const { monthlyConsolidation } = await unit.monthlyConsolidation({ period });
  const outpatient = monthlyConsolidation.national.find((n) => n.metric === "OUTPATIENT_VISITS")!;
  console.log(`National outpatient visits so far: ${outpatient.value}.`);
  const { exportMonthlyConsolidation } = await unit.exportMonthlyConsolidation({ input: { period, format: "XLSX" } });
  assert.deepEqual(exportMonthlyConsolidation.userErrors, []);
  const link = exportMonthlyConsolidation.link!;
  const workbook = await fetch(link.url);
  assert.equal(workbook.status, 200);
  console.log(`Excel workbook: ${(await workbook.arrayBuffer()).byteLength} bytes (link valid until ${link.expiresAt}).`);
}

await runIfMain(import.meta.url, async () => {
  const sandbox = await startSandbox();
  try {
    await provincialDirectorate(sandbox.client("PROVINCIAL_DIRECTORATE"), sandbox.client("COORDINATION_UNIT"));
  } finally {
    await sandbox.stop();
  }
});
