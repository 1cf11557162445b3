import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { createClient } from "../../api/auth/clients.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeTurkishId } from "../../drizzle/seed/identifiers.js";
import { domainEvents, facilities, physicians, webhookSubscriptions } from "../../drizzle/schema/index.js";
import { seededFacility, startTestApp, type TestApp } from "../support/app.js";
import { headEveryDepartment } from "../support/department-heads.js";
import { startWebhookReceiver, subscribedReceiver, type WebhookReceiver } from "../support/webhook-receiver.js";

/** Wednesday 25 November 2026, 12:00 in Istanbul (11:00 in Almaty: within KZ office hours). */
const NOW = "2026-11-25T09:00:00Z";

let app: TestApp;
let unit: string;
/** The auditor reads everything: its subscription to every subject hears every event exactly once. */
let auditorHooks: WebhookReceiver;
const others: WebhookReceiver[] = [];
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");

const subscribe = (token: string, eventTypes: string[]) => subscribedReceiver(app.gql, token, eventTypes);

async function ok(query: string, input: Record<string, unknown>, token: string) {
  const { data, errors } = await app.gql(query, { input }, token);
  expect(errors).toBeUndefined();
  const payload = Object.values(data!)[0] as Record<string, any>;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

/** Runs the webhook worker until everything due is delivered. */
async function deliver() {
  await app.server.jobs.deliverWebhooks();
}

const typesOf = (hooks: WebhookReceiver, subjectId: string) => hooks.accepted.filter((e) => e.subject.id === subjectId).map((e) => e.type);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  unit = await app.tokenFor("COORDINATION_UNIT", "national");
  const everything = [
    "referral",
    "bedSearch",
    "appointment",
    "healthTourismCase",
    "approval",
    "monthlySubmission",
    "attachmentRequest",
    "reimbursementClaim",
    "patient",
  ];
  // The read-only auditor keeps no subscriptions through the API (finding 7 of #18): the operator sets its receiver up.
  const auditor = await createClient(app.db, { role: "AUDITOR", scope: "national", name: "audit office" });
  auditorHooks = await startWebhookReceiver();
  auditorHooks.secret = `whsec_${randomBytes(32).toString("base64")}`;
  await app.db.insert(webhookSubscriptions).values({
    clientId: auditor.clientId,
    url: auditorHooks.url,
    eventTypes: everything.map((s) => `${s}.*`),
    secret: auditorHooks.secret,
    createdAt: app.clock.now(),
    updatedAt: app.clock.now(),
  });
});
afterAll(async () => {
  await Promise.all([auditorHooks, ...others].map((r) => r?.stop()));
  await app?.stop();
});

describe("every module's workflow transitions become events", () => {
  it("appointments: booked, confirmed, cancelled, no_show and APPT-9's auto_cancelled, to the facility and the patient's portal", async () => {
    const ceyhan = await seededFacility(app.db, (f) => f.code === "101101");
    const hospital = await app.tokenFor("PARTNER_HOSPITAL", "facility:101101");
    const [physician] = await app.db
      .select()
      .from(physicians)
      .where(eq(physicians.facilityId, ceyhan.id))
      .orderBy(asc(physicians.registryNumber));
    const tckn = completeTurkishId("577777777");
    const portal = await app.tokenFor("EGOV_PORTAL", `person:TCKN:${tckn}`);
    const portalHooks = await subscribe(portal, ["appointment.*"]);
    const hospitalHooks = await subscribe(hospital, ["appointment.cancelled", "appointment.auto_cancelled", "appointment.no_show"]);
    others.push(portalHooks, hospitalHooks);
    const patient = (
      await ok(
        `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id } userErrors { code } } }`,
        {
          category: "CITIZEN",
          identifiers: [{ kind: "TCKN", value: tckn }],
          givenName: "Olay",
          familyName: "Test",
          birthDate: "1980-01-01",
          sex: "FEMALE",
          nationality: "TR",
        },
        unit,
      )
    ).patient.id;
    // APPT-3: one appointment per clinic and day, so three days.
    const slots: { id: string }[] = [];
    for (const day of ["2026-11-30", "2026-12-01", "2026-12-02"]) {
      const published = await ok(
        `mutation ($input: PublishScheduleInput!) { publishSchedule(input: $input) { slots { id } userErrors { code } } }`,
        { physicianId: gid("Physician", physician.id), day, startTime: "09:00", endTime: "09:15", slotMinutes: 15, capacityPerSlot: 1 },
        hospital,
      );
      slots.push(published.slots[0]);
    }
    const book = (slotId: string) =>
      ok(
        `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id version } userErrors { code } } }`,
        { slotId, patientId: patient, channel: "EGOV" },
        portal,
      ).then((p) => p.appointment as { id: string; version: number });

    const first = await book(slots[0].id);
    const confirmed = (
      await ok(
        `mutation ($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { appointment { version } userErrors { code } } }`,
        { id: first.id, expectedVersion: first.version },
        portal,
      )
    ).appointment;
    await ok(
      `mutation ($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { appointment { status } userErrors { code } } }`,
      { id: first.id, expectedVersion: confirmed.version, reason: "Hekim izinli" },
      hospital,
    );
    const unconfirmed = await book(slots[1].id);
    const attended = await book(slots[2].id);
    await ok(
      `mutation ($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { appointment { version } userErrors { code } } }`,
      { id: attended.id, expectedVersion: 1 },
      portal,
    );
    app.clock.set("2026-12-02T07:00:00Z"); // 10:00 in Istanbul on the last day: every slot has started, every deadline passed
    expect(await app.server.jobs.cancelUnconfirmedAppointments()).toBe(1);
    await ok(
      `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { appointment { status } userErrors { code } } }`,
      { id: attended.id, expectedVersion: 2, outcome: "NO_SHOW" },
      hospital,
    );
    await deliver();
    expect(typesOf(portalHooks, first.id)).toEqual(["appointment.booked", "appointment.confirmed", "appointment.cancelled"]);
    expect(typesOf(portalHooks, unconfirmed.id)).toEqual(["appointment.booked", "appointment.auto_cancelled"]);
    expect(typesOf(portalHooks, attended.id)).toEqual(["appointment.booked", "appointment.confirmed", "appointment.no_show"]);
    expect(hospitalHooks.accepted.map((e) => e.type)).toEqual([
      "appointment.cancelled",
      "appointment.auto_cancelled",
      "appointment.no_show",
    ]);
    const autoCancelled = portalHooks.accepted.find((e) => e.type === "appointment.auto_cancelled")!;
    expect(autoCancelled.data).toMatchObject({ action: "autoCancel", fromStatus: "BOOKED", toStatus: "AUTO_CANCELLED", actorRole: null });
    // No personal data travels in events: receivers read the subject through the API.
    expect(JSON.stringify(portalHooks.accepted)).not.toContain(tckn);
    app.clock.set(NOW);
  });

  it("monthly submissions: submitted, sent back for correction, resubmitted and accepted, to the province's directorate", async () => {
    const directorate = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:79");
    const directorateHooks = await subscribe(directorate, ["monthlySubmission.correction_requested"]);
    const otherProvince = await subscribe(await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:55"), ["monthlySubmission.*"]);
    others.push(directorateHooks, otherProvince);
    app.clock.set("2026-11-05T09:00:00Z");
    const [facility] = await app.db.select().from(facilities).where(eq(facilities.provinceCode, "79")).orderBy(facilities.code);
    const row = {
      facilityId: gid("Facility", facility.id),
      nationality: "SY",
      outpatientVisits: 10,
      emergencyVisits: 3,
      inpatientAdmissions: 2,
      surgeries: 1,
      births: 1,
      intensiveCareAdmissions: 0,
      referralsOut: 1,
    };
    const saved = (
      await ok(
        `mutation ($input: SaveMonthlyDraftInput!) { saveMonthlyDraft(input: $input) { submission { id version } userErrors { code } } }`,
        { period: "2026-10", rows: [row] },
        directorate,
      )
    ).submission;
    const submitMutation = `mutation ($input: SubmitMonthlySubmissionInput!) { submitMonthlySubmission(input: $input) { submission { id version } userErrors { code } } }`;
    const submitted = (await ok(submitMutation, { period: "2026-10", expectedVersion: saved.version }, directorate)).submission;
    const corrected = (
      await ok(
        `mutation ($input: RequestSubmissionCorrectionInput!) { requestSubmissionCorrection(input: $input) { submission { version } userErrors { code } } }`,
        {
          id: submitted.id,
          expectedVersion: submitted.version,
          rows: [{ facilityId: row.facilityId, nationality: "SY", metric: "BIRTHS", reason: "Doğum sayısı kontrol edilmeli" }],
        },
        unit,
      )
    ).submission;
    const resubmitted = (await ok(submitMutation, { period: "2026-10", expectedVersion: corrected.version }, directorate)).submission;
    await ok(
      `mutation ($input: AcceptMonthlySubmissionInput!) { acceptMonthlySubmission(input: $input) { submission { status } userErrors { code } } }`,
      { id: submitted.id, expectedVersion: resubmitted.version },
      unit,
    );
    app.clock.set(NOW);
    await deliver();
    expect(typesOf(auditorHooks, submitted.id)).toEqual([
      "monthlySubmission.submitted",
      "monthlySubmission.correction_requested",
      "monthlySubmission.resubmitted",
      "monthlySubmission.accepted",
    ]);
    expect(directorateHooks.accepted).toMatchObject([
      {
        type: "monthlySubmission.correction_requested",
        data: { period: "2026-10", provinceCode: "79", revision: 2, actorRole: "COORDINATION_UNIT" },
      },
    ]);
    expect(otherProvince.accepted).toEqual([]);
  });

  it("approvals: submitted and each step's decision, to the ministry's staff only", async () => {
    const head = await app.tokenFor("DEPARTMENT_HEAD", "national");
    await headEveryDepartment(app, head, unit, ["IARSY"]);
    const hospitalHooks = await subscribe(await app.tokenFor("PARTNER_HOSPITAL", "facility:101101"), ["approval.*"]);
    others.push(hospitalHooks);
    const started = (
      await ok(
        `mutation ($input: StartApprovalInput!) { startApproval(input: $input) { approval { id version } userErrors { code } } }`,
        {
          templateCode: "ACTIVITY_REPORT_MONTHLY",
          title: "Ekim",
          subject: { report: { period: "2026-10", summary: "Ekim ayı" } },
          comment: "Sunulur",
        },
        unit,
      )
    ).approval;
    const decide = `mutation ($input: DecideApprovalStepInput!) { decideApprovalStep(input: $input) { approval { version } userErrors { code } } }`;
    const returned = (
      await ok(decide, { id: started.id, expectedVersion: started.version, decision: "RETURN", comment: "Eksik tablo" }, head)
    ).approval;
    const resubmitted = (
      await ok(
        `mutation ($input: ResubmitApprovalInput!) { resubmitApproval(input: $input) { approval { version } userErrors { code } } }`,
        { id: started.id, expectedVersion: returned.version, comment: "Tablo eklendi" },
        unit,
      )
    ).approval;
    await ok(decide, { id: started.id, expectedVersion: resubmitted.version, decision: "APPROVE", comment: "Uygun" }, head);
    await deliver();
    expect(typesOf(auditorHooks, started.id)).toEqual([
      "approval.submitted",
      "approval.returned",
      "approval.resubmitted",
      "approval.step_approved",
    ]);
    expect(auditorHooks.accepted.find((e) => e.type === "approval.returned")!.data).toMatchObject({
      fromStatus: "IN_PROGRESS",
      toStatus: "RETURNED",
      stepKind: "APPROVAL",
    });
    expect(auditorHooks.accepted.find((e) => e.type === "approval.resubmitted")!.data).toMatchObject({
      fromStatus: "RETURNED",
      toStatus: "IN_PROGRESS",
      revision: 2,
    });
    expect(hospitalHooks.accepted).toEqual([]);
  });

  it("emergency bed searches: started, escalated, bed_reserved and closed with the referral's own steps, to the province's 112", async () => {
    const ceyhan = await seededFacility(app.db, (f) => f.code === "101101");
    const bilkent = await seededFacility(app.db, (f) => f.name.startsWith("Ankara Bilkent"));
    const hospital = await app.tokenFor("PARTNER_HOSPITAL", "facility:101101");
    const kkm = await app.tokenFor("EMERGENCY_112", "province:01");
    const crisis = await app.tokenFor("PROVINCIAL_CRISIS_CENTRE", "province:01");
    const kkmHooks = await subscribe(kkm, ["bedSearch.*", "referral.*"]);
    const otherProvince = await subscribe(await app.tokenFor("EMERGENCY_112", "province:06"), ["bedSearch.*"]);
    others.push(kkmHooks, otherProvince);
    const { data } = await app.gql(
      `query { patients(filter: { identifier: { kind: TCKN, value: "17291716060" } }) { edges { node { id } } } }`,
      {},
      unit,
    );
    const referral = (
      await ok(
        `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { code } } }`,
        {
          patientId: data!.patients.edges[0].node.id,
          originFacilityId: gid("Facility", ceyhan.id),
          clinicCode: "CARDIOLOGY",
          requestingPhysician: "Uzm. Dr. Kerem Aydın",
          diagnosisIcd10: "I21.9",
          urgency: "EMERGENCY",
          medicalGrounds: "EMERGENCY",
          // PAT-3: the hospital has no care link with this seeded patient, so it states why it refers them.
          accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik için sevk gerekiyor.",
        },
        hospital,
      )
    ).referral;
    const act = (name: string) =>
      `mutation ($input: BedSearchActionInput!) { ${name}(input: $input) { search { id version } userErrors { code message } } }`;
    let search = (
      await ok(
        `mutation ($input: StartBedSearchInput!) { startBedSearch(input: $input) { search { id version } userErrors { code } } }`,
        { referralId: referral.id, bedType: "ICU_ADULT" },
        hospital,
      )
    ).search;
    search = (await ok(act("escalateBedSearch"), { id: search.id, expectedVersion: search.version }, kkm)).search;
    search = (
      await ok(act("offerBed"), { id: search.id, expectedVersion: search.version, facilityId: gid("Facility", bilkent.id) }, crisis)
    ).search;
    // REF-2: the hospital with the bed accepts the referral itself; 112 hears of it and transfers.
    await ok(
      `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { referral { status } userErrors { code } } }`,
      { id: referral.id, expectedVersion: 2, action: "ACCEPT" },
      await app.tokenFor("PARTNER_HOSPITAL", `facility:${bilkent.code}`),
    );
    await ok(act("completeBedTransfer"), { id: search.id, expectedVersion: search.version }, kkm);
    await deliver();
    const searchSteps = ["bedSearch.started", "bedSearch.escalated", "bedSearch.bed_reserved", "bedSearch.closed"];
    expect(typesOf(auditorHooks, search.id)).toEqual(searchSteps);
    expect(typesOf(kkmHooks, search.id)).toEqual(searchSteps);
    // The referral's steps taken through the search reach the centres too; its creation did not concern them.
    expect(typesOf(kkmHooks, referral.id)).toEqual(["referral.placed", "referral.accepted", "referral.patient_arrived"]);
    expect(typesOf(auditorHooks, referral.id)).toEqual([
      "referral.requested",
      "referral.placed",
      "referral.accepted",
      "referral.patient_arrived",
    ]);
    expect(otherProvince.accepted).toEqual([]);
  });

  it("a bed reserved for a referral another hospital turned down is told to the hospital with the bed, not the one that refused", async () => {
    const ceyhan = await seededFacility(app.db, (f) => f.code === "101101");
    const kozan = await seededFacility(app.db, (f) => f.name.startsWith("Kozan Devlet"));
    const bilkent = await seededFacility(app.db, (f) => f.name.startsWith("Ankara Bilkent"));
    const origin = await app.tokenFor("PARTNER_HOSPITAL", "facility:101101");
    const refusing = await app.tokenFor("PARTNER_HOSPITAL", `facility:${kozan.code}`);
    const refusingHooks = await subscribe(refusing, ["bedSearch.*"]);
    const bedHooks = await subscribe(await app.tokenFor("PARTNER_HOSPITAL", `facility:${bilkent.code}`), ["bedSearch.*"]);
    others.push(refusingHooks, bedHooks);
    const { data } = await app.gql(
      `query { patients(filter: { identifier: { kind: TCKN, value: "17291716060" } }) { edges { node { id } } } }`,
      {},
      unit,
    );
    let referral = (
      await ok(
        `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id version } userErrors { code } } }`,
        {
          patientId: data!.patients.edges[0].node.id,
          originFacilityId: gid("Facility", ceyhan.id),
          clinicCode: "CARDIOLOGY",
          requestingPhysician: "Uzm. Dr. Kerem Aydın",
          diagnosisIcd10: "I21.9",
          urgency: "EMERGENCY",
          medicalGrounds: "EMERGENCY",
          // PAT-3: the hospital has no care link with this seeded patient, so it states why it refers them.
          accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik için sevk gerekiyor.",
        },
        origin,
      )
    ).referral;
    const transition = `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { referral { id version } userErrors { code } } }`;
    referral = (
      await ok(
        transition,
        { id: referral.id, expectedVersion: referral.version, action: "PLACE", destinationFacilityId: gid("Facility", kozan.id) },
        origin,
      )
    ).referral;
    await ok(transition, { id: referral.id, expectedVersion: referral.version, action: "REJECT", reason: "no ICU bed" }, refusing);
    let search = (
      await ok(
        `mutation ($input: StartBedSearchInput!) { startBedSearch(input: $input) { search { id version } userErrors { code } } }`,
        { referralId: referral.id, bedType: "ICU_ADULT" },
        origin,
      )
    ).search;
    search = (
      await ok(
        `mutation ($input: BedSearchActionInput!) { escalateBedSearch(input: $input) { search { id version } userErrors { code } } }`,
        { id: search.id, expectedVersion: search.version },
        await app.tokenFor("EMERGENCY_112", "province:01"),
      )
    ).search;
    await ok(
      `mutation ($input: BedSearchActionInput!) { offerBed(input: $input) { search { id } userErrors { code } } }`,
      { id: search.id, expectedVersion: search.version, facilityId: gid("Facility", bilkent.id) },
      await app.tokenFor("PROVINCIAL_CRISIS_CENTRE", "province:01"),
    );
    await deliver();
    expect(typesOf(bedHooks, search.id)).toEqual(["bedSearch.bed_reserved"]);
    expect(typesOf(refusingHooks, search.id)).not.toContain("bedSearch.bed_reserved");
  });

  it("health-tourism cases: each step, to the unit", async () => {
    const { data } = await app.gql(`{ patients(filter: { category: HEALTH_TOURIST }, first: 1) { edges { node { id } } } }`, {}, unit);
    const move = `mutation ($input: TransitionHealthTourismCaseInput!) { transitionHealthTourismCase(input: $input) { case { id version } userErrors { code } } }`;
    let current = (
      await ok(
        `mutation ($input: OpenHealthTourismCaseInput!) { openHealthTourismCase(input: $input) { case { id version } userErrors { code } } }`,
        { patientId: data!.patients.edges[0].node.id, channel: "PHONE" },
        unit,
      )
    ).case;
    current = (await ok(move, { id: current.id, expectedVersion: current.version, action: "REQUEST_EPICRISIS" }, unit)).case;
    await ok(move, { id: current.id, expectedVersion: current.version, action: "CANCEL", reason: "Hasta vazgeçti" }, unit);
    await deliver();
    expect(typesOf(auditorHooks, current.id)).toEqual([
      "healthTourismCase.inquiry_received",
      "healthTourismCase.epicrisis_requested",
      "healthTourismCase.cancelled",
    ]);
  });

  it("Kazakh attachment requests: submitted, filed and attached to the organisation; only the attaching to the insurer and the person's portal", async () => {
    app.clock.set("2026-11-25T06:00:00Z");
    const iin = "900101300007";
    const insurer = await app.tokenFor("INSURER", "insurer:KAZMED");
    const organisation = await app.tokenFor("PHC_ORGANISATION", "organisation:KZ-ALA-PHC-01");
    const portal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${iin}`);
    const [insurerHooks, portalHooks, otherOrganisation] = [
      await subscribe(insurer, ["attachmentRequest.*"]),
      await subscribe(portal, ["attachmentRequest.*"]),
      await subscribe(await app.tokenFor("PHC_ORGANISATION", "organisation:KZ-AST-PHC-01"), ["attachmentRequest.*"]),
    ];
    others.push(insurerHooks, portalHooks, otherOrganisation);
    const contract = (
      await ok(
        `mutation ($input: RegisterInsuranceContractInput!) { registerInsuranceContract(input: $input) { contract { id } userErrors { code } } }`,
        { number: "DMS-EVENTS-1", kind: "VHI", insuredIin: iin, startsOn: "2026-01-01", endsOn: "2026-12-31" },
        insurer,
      )
    ).contract;
    const request = (
      await ok(
        `mutation ($input: SubmitAttachmentRequestInput!) { submitAttachmentRequest(input: $input) { request { id version } userErrors { code } } }`,
        {
          personIin: iin,
          organisationCode: "KZ-ALA-PHC-01",
          contractId: contract.id,
          channel: "EGOV_PORTAL",
          edsCertificateRef: "NCA-RSA-2048-0001",
          documents: { insuranceContract: true, identityDocument: true },
          residence: { kind: "TEMPORARY", city: "Almaty", district: "Bostandyk" },
          applicantRelation: "SELF",
        },
        portal,
      )
    ).request;
    const filed = (
      await ok(
        `mutation ($input: FileAttachmentRequestInput!) { fileAttachmentRequest(input: $input) { request { version } userErrors { code } } }`,
        { id: request.id, expectedVersion: request.version },
        organisation,
      )
    ).request;
    await ok(
      `mutation ($input: DecideAttachmentRequestInput!) { decideAttachmentRequest(input: $input) { request { status } userErrors { code } } }`,
      { id: request.id, expectedVersion: filed.version, attach: true },
      organisation,
    );
    app.clock.set(NOW);
    await deliver();
    const steps = ["attachmentRequest.submitted", "attachmentRequest.filed", "attachmentRequest.attached"];
    expect(typesOf(auditorHooks, request.id)).toEqual(steps);
    // Neither reads requests (only organisations and auditors list them), but both read the attachment that came of it.
    expect(typesOf(portalHooks, request.id)).toEqual(["attachmentRequest.attached"]);
    expect(insurerHooks.accepted.map((e) => e.type)).toEqual(["attachmentRequest.attached"]);
    expect(otherOrganisation.accepted).toEqual([]);
  });

  it("the auditor's receiver got every recorded event exactly once, each verified", async () => {
    await deliver();
    const recorded = await app.db.select({ eventId: domainEvents.eventId }).from(domainEvents);
    expect(auditorHooks.duplicates).toBe(0);
    expect(auditorHooks.accepted.map((e) => e.id).sort()).toEqual(recorded.map((r) => r.eventId).sort());
  });
});
