/**
 * An e-government portal (e-Devlet) acting for one authenticated citizen: it shows the person
 * their own registry record and the family health centres and hospitals around them. Its token
 * is scoped to that person, so every other patient's data stays closed (PAT-3).
 */
import assert from "node:assert/strict";
import type { KoordinatClient } from "@koordinat/sdk";
import { startSandbox } from "@koordinat/sdk/sandbox";
import { runIfMain } from "./run-if-main.js";

export async function egovPortal(portal: KoordinatClient) {
  // "My health record": the portal's token acts for TCKN 10000000146.
  const { patients } = await portal.patients({ first: 5 });
  assert.equal(patients.totalCount, 1, "a person sees exactly themself");
  const me = patients.edges[0].node;
  console.log(`Signed in: ${me.givenName} ${me.familyName}, ${me.identifiers.map((i) => `${i.kind} ${i.value}`).join(", ")}`);

  // Family health centres (level 1) and state hospitals in the person's province.
  const nearby = await portal.facilities({ filter: { provinceCode: "01", level: "PRIMARY" }, first: 10 });
  console.log(`Family health centres in Adana: ${nearby.facilities.edges.map((e) => e.node.name).join("; ")}`);
  assert.ok(nearby.facilities.edges.every((e) => e.node.level === "PRIMARY"));

  // Someone else's record is not the portal's to show.
  const other = await portal.patients({ filter: { identifier: { kind: "TCKN", value: "17291716060" } } });
  assert.equal(other.patients.totalCount, 0);
  console.log("Another person's record is not visible through this portal token (PAT-3).");
}

await runIfMain(import.meta.url, async () => {
  const sandbox = await startSandbox();
  try {
    await egovPortal(sandbox.client("EGOV_PORTAL"));
  } finally {
    await sandbox.stop();
  }
});
