/**
 * A Department Head's inbox in an internal frontend: the coordination unit submits the monthly
 * activity report; the Department Head finds it among the steps waiting for the role, returns it
 * once for a correction, and forwards the resubmitted revision up the chain (APR-1..3).
 */
import assert from "node:assert/strict";
import { throwOnUserErrors, type KoordinatClient } from "@koordinat/sdk";
import { startSandbox } from "@koordinat/sandbox";
import { runIfMain } from "./run-if-main.js";

export async function approverInbox(unit: KoordinatClient, departmentHead: KoordinatClient, deputy: KoordinatClient) {
  const submitted = throwOnUserErrors(
    (
      await unit.startApproval({
        input: {
          templateCode: "ACTIVITY_REPORT_MONTHLY",
          title: "Kasım 2026 Aylık Faaliyet Raporu",
          subject: { report: { period: "2026-11", summary: "Geçici koruma, sağlık turizmi ve sevk koordinasyonu faaliyetleri" } },
          comment: "Konsolide rapor onayınıza sunulur.",
        },
      })
    ).startApproval,
  ).approval!;

  const inbox = await departmentHead.approvals({ pendingForMe: true, first: 20 });
  const item = inbox.approvals.edges.map((e) => e.node).find((a) => a.id === submitted.id);
  assert.ok(item, "the report waits in the Department Head's inbox");
  console.log(`Inbox: ${inbox.approvals.totalCount} waiting; "${item.title}" at step "${item.currentStep?.labelTr}".`);

  const returned = throwOnUserErrors(
    (
      await departmentHead.decideApprovalStep({
        input: { id: item.id, expectedVersion: item.version, decision: "RETURN", comment: "Sevk istatistikleri eklensin." },
      })
    ).decideApprovalStep,
  ).approval!;
  console.log(`Returned to the unit (revision ${returned.revision}, ${returned.status}).`);

  const revised = throwOnUserErrors(
    (
      await unit.resubmitApproval({
        input: {
          id: returned.id,
          expectedVersion: returned.version,
          subject: { report: { period: "2026-11", summary: "Sevk istatistikleri eklenmiş rapor" } },
          comment: "İstenen düzeltme yapıldı.",
        },
      })
    ).resubmitApproval,
  ).approval!;
  const forwarded = throwOnUserErrors(
    (
      await departmentHead.decideApprovalStep({
        input: { id: revised.id, expectedVersion: revised.version, decision: "APPROVE", comment: "Uygun görülmüştür." },
      })
    ).decideApprovalStep,
  ).approval!;
  assert.equal(forwarded.currentStep?.role, "DEPUTY_GENERAL_DIRECTOR");
  const deputyInbox = await deputy.approvals({ pendingForMe: true });
  assert.ok(deputyInbox.approvals.edges.some((e) => e.node.id === forwarded.id));
  console.log(`Forwarded: now with the ${forwarded.currentStep?.labelEn.toLowerCase()}. History:`);
  for (const entry of forwarded.history) console.log(`  r${entry.revision} ${entry.role} ${entry.decision}: ${entry.comment}`);
}

await runIfMain(import.meta.url, async () => {
  const sandbox = await startSandbox();
  try {
    await approverInbox(sandbox.client("COORDINATION_UNIT"), sandbox.client("DEPARTMENT_HEAD"), sandbox.client("DEPUTY_GENERAL_DIRECTOR"));
  } finally {
    await sandbox.stop();
  }
});
