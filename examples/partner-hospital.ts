/**
 * A partner hospital's information system (HBYS) at Ceyhan Devlet Hastanesi, integrating through
 * the SDK: it looks up where its patients can be treated, registers a patient idempotently, keeps
 * its bed capacity current, and meets the privacy rule (PAT-3) as an integrator sees it.
 */
import assert from "node:assert/strict";
import { ConflictError, ForbiddenError, throwOnUserErrors, type KoordinatClient } from "@koordinat/sdk";
import { startSandbox } from "@koordinat/sandbox";
import { runIfMain } from "./run-if-main.js";

export async function partnerHospital(hospital: KoordinatClient, coordinationUnit: KoordinatClient) {
  // The demo world's work queues: referrals sent to Ankara Bilkent, and one Bilkent sent back here.
  const { referrals: sent } = await hospital.referrals({ filter: { direction: "OUTGOING" } });
  const { referrals: received } = await hospital.referrals({ filter: { direction: "INCOMING" } });
  assert.ok(sent.totalCount > 0 && received.totalCount > 0, "referrals in both directions");
  console.log(`Work queues: ${sent.totalCount} referrals sent, ${received.totalCount} received.`);

  // Which tertiary hospitals of our province treat cancer? (a referral's first question)
  const oncology: string[] = [];
  for await (const facility of hospital.paginate.facilities({ filter: { provinceCode: "01", level: "TERTIARY", clinic: "ONCOLOGY" } })) {
    oncology.push(`${facility.name} (${facility.settlementArea?.name})`);
  }
  assert.ok(oncology.length > 0, "Adana has tertiary oncology");
  console.log(`Tertiary oncology in Adana: ${oncology.join("; ")}`);

  // Register a walk-in patient. A typo in the TCKN comes back as a userError naming the check and rule.
  const walkIn = {
    category: "CITIZEN" as const,
    identifiers: [{ kind: "TCKN" as const, value: "48251372018" }],
    givenName: "Hatice",
    familyName: "Öztürk",
    birthDate: "1957-05-19",
    sex: "FEMALE" as const,
    nationality: "TR",
    contact: { phone: "+90 322 613 0000" },
  };
  const ownFacility = (await hospital.facilityByCode({ code: "101101" })).facilityByCode!;
  const typo = await hospital.registerPatient({ input: { ...walkIn, registeringFacilityId: ownFacility.id } });
  const [error] = typo.registerPatient.userErrors;
  assert.equal(error.rule, "ID-1");
  console.log(`Refused as expected: ${error.field?.join(".")} — ${error.message} (${error.rule})`);

  const corrected = { ...walkIn, identifiers: [{ kind: "TCKN" as const, value: "48251372002" }], registeringFacilityId: ownFacility.id };
  const registered = throwOnUserErrors(
    (await hospital.registerPatient({ input: { ...corrected, idempotencyKey: "hbys-ceyhan-000123" } })).registerPatient,
  );
  // The HBYS retried after a timeout with the same key: same patient, nothing new stored.
  const retried = throwOnUserErrors(
    (await hospital.registerPatient({ input: { ...corrected, idempotencyKey: "hbys-ceyhan-000123" } })).registerPatient,
  );
  assert.equal(retried.patient!.id, registered.patient!.id);
  console.log(`Registered ${registered.patient!.givenName} ${registered.patient!.familyName} once: ${registered.patient!.id}`);

  // Registering is not a care relationship: without a referral, case or appointment the record is closed to us.
  await assert.rejects(hospital.patient({ id: registered.patient!.id }), (e: unknown) => e instanceof ForbiddenError && e.rule === "PAT-3");
  console.log("Reading the patient back without a referral/appointment is refused (PAT-3).");

  // Publish tomorrow's cardiology schedule (çalışma cetveli) and book the patient into it.
  const { physicians } = await hospital.physicians({ filter: { facilityId: ownFacility.id, clinicCode: "CARDIOLOGY" }, first: 1 });
  const cardiologist = physicians.edges[0].node;
  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/Istanbul" });
  const published = throwOnUserErrors(
    (
      await hospital.publishSchedule({
        input: { physicianId: cardiologist.id, day: tomorrow, startTime: "09:00", endTime: "12:00", slotMinutes: 20, capacityPerSlot: 1 },
      })
    ).publishSchedule,
  );
  console.log(`Published ${published.slots.length} slots for ${cardiologist.title} ${cardiologist.familyName} on ${tomorrow}.`);
  const booked = throwOnUserErrors(
    (await hospital.bookAppointment({ input: { slotId: published.slots[0].id, patientId: registered.patient!.id, channel: "WEB" } }))
      .bookAppointment,
  );
  const appointment = booked.appointment!;
  console.log(
    `Booked ${appointment.clinic.nameTr} at ${appointment.startsAt} (confirm by: ${appointment.confirmBy ?? "no confirmation needed"}).`,
  );

  // The appointment is the care relationship: now the record opens (and the read is in the access log).
  const { patient } = await hospital.patient({ id: registered.patient!.id });
  assert.equal(patient.familyName, "Öztürk");
  console.log("With the appointment in place the patient's record is readable (PAT-3).");

  // One appointment per clinic per day (APPT-3): a second booking in cardiology the same day is refused.
  const second = await hospital.bookAppointment({
    input: { slotId: published.slots[1].id, patientId: registered.patient!.id, channel: "WEB" },
  });
  assert.equal(second.bookAppointment.userErrors[0]?.rule, "APPT-3");
  console.log(`Refused as expected: ${second.bookAppointment.userErrors[0].message} (APPT-3)`);

  // The physician is called away: the hospital cancels, giving the reason, and the slot is free again.
  const cancelled = throwOnUserErrors(
    (
      await hospital.cancelAppointment({
        input: { id: appointment.id, expectedVersion: appointment.version, reason: "Hekim nöbet değişikliği" },
      })
    ).cancelAppointment,
  );
  assert.equal(cancelled.appointment!.status, "CANCELLED");
  console.log(`Cancelled; the slot has ${cancelled.appointment!.slot.available} free place again.`);

  // Refer the patient to the city hospital's cardiology and follow the referral (REF-1, REF-2).
  const { facilities: tertiary } = await hospital.facilities({
    filter: { provinceCode: "01", level: "TERTIARY", clinic: "CARDIOLOGY" },
    first: 1,
  });
  const destination = tertiary.edges[0].node;
  const referral = throwOnUserErrors(
    (
      await hospital.createReferral({
        input: {
          patientId: registered.patient!.id,
          originFacilityId: ownFacility.id,
          clinicCode: "CARDIOLOGY",
          requestingPhysician: `${cardiologist.title} ${cardiologist.givenName} ${cardiologist.familyName}`,
          diagnosisIcd10: "I25.1",
          urgency: "URGENT",
          medicalGrounds: "OTHER",
          // The appointment was cancelled, so the hospital no longer has a care link: it states why it refers (PAT-3),
          // a reason kept for auditors and announced to the coordination unit.
          accessJustification: "Hasta kardiyoloji kontrolüne geldi; ileri tetkik için şehir hastanesine sevk ediliyor.",
          idempotencyKey: "hbys-ceyhan-ref-000045",
        },
      })
    ).createReferral,
  ).referral!;
  const preview = await hospital.transitionReferral({
    input: { id: referral.id, expectedVersion: referral.version, action: "PLACE", destinationFacilityId: destination.id, dryRun: true },
  });
  console.log(`Dry run: placing at ${destination.name} would make it ${preview.transitionReferral.wouldBecome}.`);
  const placed = throwOnUserErrors(
    (
      await hospital.transitionReferral({
        input: { id: referral.id, expectedVersion: referral.version, action: "PLACE", destinationFacilityId: destination.id },
      })
    ).transitionReferral,
  ).referral!;
  console.log(`Referred to ${placed.destinationFacility?.name} (${placed.scope}); waiting for the destination to accept.`);
  const { referrals: outgoing } = await hospital.referrals({ filter: { direction: "OUTGOING", status: "PLACED" } });
  assert.ok(outgoing.edges.some((e) => e.node.id === placed.id));

  // Keep bed capacity current, with optimistic concurrency against the provincial directorate's edits.
  const beds = [
    { bedType: "GENERAL" as const, total: 180 },
    { bedType: "ICU_ADULT" as const, total: 16 },
  ];
  const update = (expectedVersion: number) =>
    hospital.updateFacility({ input: { id: ownFacility.id, expectedVersion, bedCapacities: beds } });
  await coordinationUnit.updateFacility({
    input: { id: ownFacility.id, expectedVersion: ownFacility.version, hasHealthTourismUnit: false },
  });
  const stale = await update(ownFacility.version).catch((e: unknown) => e);
  assert.ok(stale instanceof ConflictError, "someone else changed the facility first");
  const updated = throwOnUserErrors((await update(stale.currentVersion!)).updateFacility);
  console.log(
    `Bed capacity now ${updated.facility!.bedCapacities.map((b) => `${b.bedType} ${b.total}`).join(", ")} (version ${updated.facility!.version}).`,
  );
}

await runIfMain(import.meta.url, async () => {
  const sandbox = await startSandbox();
  try {
    await partnerHospital(sandbox.client("PARTNER_HOSPITAL"), sandbox.client("COORDINATION_UNIT"));
  } finally {
    await sandbox.stop();
  }
});
