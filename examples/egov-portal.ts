/**
 * An e-government portal (e-Devlet) acting for one authenticated citizen, in the demo world: it shows the person
 * their own registry record, their appointments and SGK claims, the family health centres around them, and books
 * a free slot with the demo university hospital's cardiologist. Its token
 * is scoped to that person, so every other patient's data stays closed (PAT-3).
 */
import assert from "node:assert/strict";
import { throwOnUserErrors, type KoordinatClient } from "@koordinat/sdk";
import { startSandbox } from "@koordinat/sandbox";
import { runIfMain } from "./run-if-main.js";

export async function egovPortal(portal: KoordinatClient) {
  // "My health record": the portal's token acts for TCKN 10000000146.
  const { patients } = await portal.patients({ first: 5 });
  assert.equal(patients.totalCount, 1, "a person sees exactly themself");
  const me = patients.edges[0].node;
  console.log(`Signed in: ${me.givenName} ${me.familyName}, ${me.identifiers.map((i) => `${i.kind} ${i.value}`).join(", ")}`);

  // The demo world's appointments for this citizen: one attended last week, one booked for next week.
  const { appointments: history } = await portal.appointments({ first: 20 });
  const statuses = history.edges.map((e) => e.node.status);
  assert.ok(statuses.includes("ATTENDED") && statuses.includes("BOOKED"), "a past and a booked appointment");
  for (const { node } of history.edges) console.log(`  ${node.startsAt} ${node.clinic.nameTr}: ${node.status}`);

  // Family health centres (level 1) and state hospitals in the person's province.
  const nearby = await portal.facilities({ filter: { provinceCode: "01", level: "PRIMARY" }, first: 10 });
  console.log(`Family health centres in Adana: ${nearby.facilities.edges.map((e) => e.node.name).join("; ")}`);
  assert.ok(nearby.facilities.edges.every((e) => e.node.level === "PRIMARY"));

  // Someone else's record is not the portal's to show.
  const other = await portal.patients({ filter: { identifier: { kind: "TCKN", value: "17291716060" } } });
  assert.equal(other.patients.totalCount, 0);
  console.log("Another person's record is not visible through this portal token (PAT-3).");

  // "My SGK travel claims" (REIMB-11), with the itemised statement SGK calculated.
  const { reimbursementClaims } = await portal.reimbursementClaims({ first: 10 });
  for (const { node } of reimbursementClaims.edges)
    console.log(`SGK claim ${node.status}: ${node.statement?.lines.map((l) => l.explanationTr).join(" ") ?? "not yet calculated"}`);
  if (reimbursementClaims.totalCount === 0) console.log("No SGK travel claims yet.");

  // What would SGK pay for a trip from Ceyhan to the Adana City Hospital (REIMB-1..10)? The citizen asks before applying.
  const ceyhan = (await portal.facilityByCode({ code: "101101" })).facilityByCode!;
  const adanaCity = (await portal.facilityByCode({ code: "101106" })).facilityByCode!;
  const { reimbursementQuote } = await portal.reimbursementQuote({
    input: {
      referral: {
        originFacilityId: ceyhan.id,
        destinationFacilityId: adanaCity.id,
        clinicCode: "CARDIOLOGY",
        medicalGrounds: "OTHER",
        referralDate: "2026-02-02",
      },
      trip: {
        applicationDate: "2026-02-03",
        departureDate: "2026-02-03",
        returnDate: "2026-02-05",
        transport: "OWN_CAR",
        outpatientDays: ["2026-02-04"],
      },
    },
  });
  const quote = reimbursementQuote.statement!;
  assert.equal(quote.eligible, true);
  for (const line of quote.lines) console.log(`  ${line.explanationTr}`);
  console.log(`  Toplam: ${(quote.total.amountMinor / 100).toFixed(2)} TL; başvuru için son gün ${quote.applicationDeadline} (REIMB-10).`);

  // Book the next free cardiology slot at Ceyhan Devlet Hastanesi in the coming two weeks.
  // The demo university hospital's cardiologist has free slots; the citizen is booked in cardiology a week from
  // now already (one appointment per clinic a day, APPT-3), so look from the day after.
  const bilkent = (await portal.facilityByCode({ code: "106101" })).facilityByCode!;
  const from = new Date(Date.now() + 8 * 86_400_000);
  const to = new Date(from.getTime() + 14 * 86_400_000);
  const { availableSlots } = await portal.availableSlots({
    facilityId: bilkent.id,
    clinicCode: "CARDIOLOGY",
    from: from.toISOString(),
    to: to.toISOString(),
    first: 5,
  });
  assert.ok(availableSlots.edges.length > 0, "the demo world's cardiologist has free slots");
  const slot = availableSlots.edges[0].node;
  const booked = throwOnUserErrors(
    (await portal.bookAppointment({ input: { slotId: slot.id, patientId: me.id, channel: "EGOV" } })).bookAppointment,
  );
  const appointment = booked.appointment!;
  console.log(`Booked ${slot.physician.title} ${slot.physician.familyName}, ${appointment.clinic.nameTr}, ${appointment.startsAt}.`);

  // "My appointments", confirmed in time (APPT-9) where a confirmation is asked for.
  const mine = await portal.appointments({ filter: { status: "BOOKED" } });
  assert.ok(mine.appointments.edges.some((e) => e.node.id === appointment.id));
  if (appointment.confirmBy) {
    throwOnUserErrors(
      (await portal.confirmAppointment({ input: { id: appointment.id, expectedVersion: appointment.version } })).confirmAppointment,
    );
    console.log(`Confirmed before ${appointment.confirmBy}.`);
  }
  const current = (await portal.appointment({ id: appointment.id })).appointment;
  const cancelled = throwOnUserErrors(
    (await portal.cancelAppointment({ input: { id: current.id, expectedVersion: current.version } })).cancelAppointment,
  );
  console.log(`Cancelled by the citizen (more than 80 minutes ahead, APPT-2): ${cancelled.appointment!.status}.`);
}

await runIfMain(import.meta.url, async () => {
  const sandbox = await startSandbox();
  try {
    await egovPortal(sandbox.client("EGOV_PORTAL"));
  } finally {
    await sandbox.stop();
  }
});
