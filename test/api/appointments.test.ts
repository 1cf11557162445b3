import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  appointmentHistory,
  appointments,
  domainEvents,
  patientCareLinks,
  physicians,
  schedules,
  slots,
} from "../../drizzle/schema/index.js";
import { completeTurkishId } from "../../drizzle/seed/identifiers.js";
import { seededFacility, startTestApp, type GraphQLResponse, type TestApp } from "../support/app.js";
import { countRows } from "../support/counts.js";
import { postGraphQL, startServerProcess, tokenFrom } from "../support/server-process.js";

/** Wednesday 25 November 2026, 12:00 in Istanbul. */
const NOW = "2026-11-25T09:00:00Z";

let app: TestApp;
let coordination: string;
let hospital: string;
let ceyhanId: string;
let ceyhanPhysicians: { id: string; clinicCode: string }[];
let kozanHospital: string;
let patientSerial = 100;

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
  const ceyhan = await seededFacility(app.db, (f) => f.code === "101101");
  ceyhanId = ceyhan.id;
  hospital = await app.tokenFor("PARTNER_HOSPITAL", "facility:101101");
  kozanHospital = await app.tokenFor(
    "PARTNER_HOSPITAL",
    `facility:${(await seededFacility(app.db, (f) => f.name.startsWith("Kozan Devlet"))).code}`,
  );
  const rows = await app.db
    .select()
    .from(physicians)
    .where(eq(physicians.facilityId, ceyhan.id))
    .orderBy(asc(physicians.clinicCode), asc(physicians.registryNumber));
  ceyhanPhysicians = rows.map((r) => ({ id: gid("Physician", r.id), clinicCode: r.clinicCode }));
});
afterAll(() => app?.stop());
beforeEach(() => app.clock.set(NOW));

const physicianIn = (clinicCode: string, nth = 0) => ceyhanPhysicians.filter((p) => p.clinicCode === clinicCode)[nth].id;

const publish = `mutation ($input: PublishScheduleInput!) {
  publishSchedule(input: $input) { scheduleId slots { id startsAt capacity booked available } userErrors { field code message rule } }
}`;
const book = `mutation ($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    appointment { id status day startsAt confirmBy version clinic { code } slot { id booked available } }
    userErrors { field code message rule }
  }
}`;
const cancel = `mutation ($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) { appointment { status version slot { booked available } } userErrors { code rule message } }
}`;

async function publishSlots(
  physicianId: string,
  day: string,
  options: { start?: string; end?: string; slotMinutes?: number; capacity?: number } = {},
) {
  const { data, errors } = await app.gql(
    publish,
    {
      input: {
        physicianId,
        day,
        startTime: options.start ?? "09:00",
        endTime: options.end ?? "10:00",
        slotMinutes: options.slotMinutes ?? 15,
        capacityPerSlot: options.capacity ?? 1,
      },
    },
    hospital,
  );
  expect(errors).toBeUndefined();
  expect(data!.publishSchedule.userErrors).toEqual([]);
  return data!.publishSchedule.slots as { id: string; startsAt: string; capacity: number }[];
}

/** A fresh adult citizen for each test, so daily limits never leak between tests. */
async function newPatient(overrides: Record<string, unknown> = {}): Promise<string> {
  const tckn = completeTurkishId(`5${String(patientSerial++).padStart(8, "0")}`);
  const { data } = await app.gql(
    `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id } userErrors { code } } }`,
    {
      input: {
        category: "CITIZEN",
        identifiers: [{ kind: "TCKN", value: tckn }],
        givenName: "Test",
        familyName: "Hasta",
        birthDate: "1980-01-01",
        sex: "FEMALE",
        nationality: "TR",
        ...overrides,
      },
    },
    coordination,
  );
  expect(data!.registerPatient.userErrors).toEqual([]);
  return data!.registerPatient.patient.id;
}

/** The patients here are registered by the coordination unit, so a hospital booking for them states why (PAT-3). */
const ACCESS_JUSTIFICATION = "Hasta polikliniğe başvurdu; kontrol randevusu gerekiyor.";

const bookFor = (patientId: string, slotId: string, token = hospital, extra: Record<string, unknown> = {}): Promise<GraphQLResponse> =>
  app.gql(book, { input: { slotId, patientId, channel: "WEB", accessJustification: ACCESS_JUSTIFICATION, ...extra } }, token);

describe("APPT-1 next calendar day", () => {
  it("APPT-1 refuses a slot later today and accepts one tomorrow", async () => {
    const [today] = await publishSlots(physicianIn("INTERNAL_MEDICINE"), "2026-11-25", { start: "15:00", end: "15:30" });
    const [tomorrow] = await publishSlots(physicianIn("INTERNAL_MEDICINE"), "2026-11-26", { start: "15:00", end: "15:30" });
    const patient = await newPatient();
    expect((await bookFor(patient, today.id)).data!.bookAppointment.userErrors[0]).toMatchObject({ rule: "APPT-1", code: "TOO_EARLY" });
    expect((await bookFor(patient, tomorrow.id)).data!.bookAppointment.appointment.status).toBe("BOOKED");
  });

  it("APPT-1 counts days in Istanbul: at 00:30 local (21:30 UTC the day before) the same local day is already today", async () => {
    const [sameLocalDay] = await publishSlots(physicianIn("ORTHOPAEDICS"), "2026-11-27", { start: "09:00", end: "09:15" });
    const [nextLocalDay] = await publishSlots(physicianIn("ORTHOPAEDICS"), "2026-11-28", { start: "09:00", end: "09:15" });
    app.clock.set("2026-11-26T21:30:00Z");
    const patient = await newPatient();
    expect((await bookFor(patient, sameLocalDay.id)).data!.bookAppointment.userErrors[0].rule).toBe("APPT-1");
    expect((await bookFor(patient, nextLocalDay.id)).data!.bookAppointment.userErrors).toEqual([]);
    const { data } = await app.gql(
      `query ($f: ID!) { availableSlots(facilityId: $f, clinicCode: "ORTHOPAEDICS", from: "2026-11-26T00:00:00Z", to: "2026-12-05T00:00:00Z") { edges { node { startsAt } } } }`,
      { f: gid("Facility", ceyhanId) },
      hospital,
    );
    expect(data!.availableSlots.edges.filter((e: any) => e.node.startsAt < "2026-11-27T21:00:00.000Z")).toEqual([]);
  });
});

describe("APPT-2 cancellation", () => {
  it("APPT-2 lets a patient cancel exactly 80 minutes before, not 79, and frees the slot", async () => {
    const [slot] = await publishSlots(physicianIn("NEPHROLOGY"), "2026-11-30", { start: "10:00", end: "10:15" });
    const portalPatientTckn = completeTurkishId("511111111");
    const patient = await newPatient({ identifiers: [{ kind: "TCKN", value: portalPatientTckn }] });
    const portal = await app.tokenFor("EGOV_PORTAL", `person:TCKN:${portalPatientTckn}`);
    const booked = (await bookFor(patient, slot.id, portal, { channel: "EGOV" })).data!.bookAppointment.appointment;
    expect(booked.slot).toMatchObject({ booked: 1, available: 0 });
    const start = new Date(slot.startsAt).getTime();
    app.clock.freeze(new Date(start - 79 * 60_000));
    const late = await app.gql(cancel, { input: { id: booked.id, expectedVersion: booked.version } }, portal);
    expect(late.data!.cancelAppointment.userErrors[0]).toMatchObject({ rule: "APPT-2", code: "TOO_LATE" });
    app.clock.freeze(new Date(start - 80 * 60_000));
    const inTime = await app.gql(cancel, { input: { id: booked.id, expectedVersion: booked.version } }, portal);
    expect(inTime.data!.cancelAppointment.appointment).toMatchObject({ status: "CANCELLED", slot: { booked: 0, available: 1 } });
    app.clock.set(NOW);
    expect((await bookFor(await newPatient(), slot.id)).data!.bookAppointment.userErrors).toEqual([]);
  });

  it("APPT-2 is the patient's rule: the facility cancels its own schedule later, with a reason", async () => {
    const [slot] = await publishSlots(physicianIn("NEPHROLOGY", 1), "2026-11-30", { start: "11:00", end: "11:15" });
    const booked = (await bookFor(await newPatient(), slot.id)).data!.bookAppointment.appointment;
    app.clock.set(new Date(new Date(slot.startsAt).getTime() - 30 * 60_000));
    const noReason = await app.gql(cancel, { input: { id: booked.id, expectedVersion: 1 } }, hospital);
    expect(noReason.data!.cancelAppointment.userErrors[0].code).toBe("REQUIRED");
    const withReason = await app.gql(cancel, { input: { id: booked.id, expectedVersion: 1, reason: "Hekim acil ameliyatta" } }, hospital);
    expect(withReason.data!.cancelAppointment.appointment.status).toBe("CANCELLED");
  });
});

describe("APPT-3 and APPT-4 daily limits", () => {
  it("APPT-3 allows one active appointment per clinic of a facility per day", async () => {
    const slots = await publishSlots(physicianIn("PAEDIATRICS"), "2026-12-01");
    const patient = await newPatient();
    expect((await bookFor(patient, slots[0].id)).data!.bookAppointment.userErrors).toEqual([]);
    expect((await bookFor(patient, slots[1].id)).data!.bookAppointment.userErrors[0]).toMatchObject({ rule: "APPT-3" });
  });

  it("APPT-4 allows two per facility per day, in different clinics", async () => {
    const [a] = await publishSlots(physicianIn("GENERAL_SURGERY"), "2026-12-02");
    const [b] = await publishSlots(physicianIn("CARDIOLOGY"), "2026-12-02");
    const [c] = await publishSlots(physicianIn("OBSTETRICS_GYNAECOLOGY"), "2026-12-02");
    const patient = await newPatient();
    expect((await bookFor(patient, a.id)).data!.bookAppointment.userErrors).toEqual([]);
    expect((await bookFor(patient, b.id)).data!.bookAppointment.userErrors).toEqual([]);
    expect((await bookFor(patient, c.id)).data!.bookAppointment.userErrors[0]).toMatchObject({ rule: "APPT-4", code: "FACILITY_DAY_FULL" });
  });
});

describe("APPT-5 phone sessions", () => {
  it("APPT-5 books at most 4 appointments in one ALO 182 call, for the caller and relatives", async () => {
    const slots = await publishSlots(physicianIn("GENERAL_SURGERY", 1), "2026-12-03", { end: "11:00" });
    const session = "alo182-call-0001";
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(
        (
          await app.gql(
            book,
            { input: { slotId: slots[i].id, patientId: await newPatient(), channel: "PHONE", bookingSessionId: session } },
            coordination,
          )
        ).data!.bookAppointment,
      );
    }
    expect(results.slice(0, 4).map((r) => r.userErrors)).toEqual([[], [], [], []]);
    expect(results[4].userErrors[0]).toMatchObject({ rule: "APPT-5", field: ["input", "bookingSessionId"] });
    const noSession = await app.gql(
      book,
      { input: { slotId: slots[5].id, patientId: await newPatient(), channel: "PHONE" } },
      coordination,
    );
    expect(noSession.data!.bookAppointment.userErrors[0]).toMatchObject({ rule: "APPT-5", code: "REQUIRED" });
  });
});

describe("APPT-6 capacity under concurrency", () => {
  it("APPT-6 never puts more active appointments in a slot than its capacity, also from two server processes", async () => {
    // The second process runs on the real clock, not the test's: a day after tomorrow on both (APPT-1), and never in the
    // weeks of December 2026 that the other tests fill and review (APPT-7 checks the capacity of the week of 7 December).
    const day = new Date(Math.max(Date.parse("2027-01-13T09:00:00Z"), Date.now() + 2 * 86_400_000)).toLocaleDateString("en-CA", {
      timeZone: "Europe/Istanbul",
    });
    const [slot] = await publishSlots(physicianIn("CARDIOLOGY", 1), day, { start: "09:00", end: "09:15", capacity: 3 });
    const patients = await Promise.all(Array.from({ length: 16 }, () => newPatient()));
    // On real PostgreSQL half the bookings go to a second server process on the same database.
    const second = app.engine === "postgres" ? await startServerProcess(app.databaseUrl!) : null;
    try {
      const targets = [{ url: app.url, token: hospital }];
      if (second) targets.push({ url: second.url, token: await tokenFrom(second.origin, app.db, "PARTNER_HOSPITAL", "facility:101101") });
      const responses = await Promise.all(
        patients.map((patientId, i) => {
          const target = targets[i % targets.length];
          return postGraphQL(target.url, target.token, book, {
            input: { slotId: slot.id, patientId, channel: "WEB", accessJustification: ACCESS_JUSTIFICATION },
          });
        }),
      );
      expect(responses.filter((r) => r.errors)).toEqual([]);
      const won = responses.filter((r) => r.data.bookAppointment.appointment);
      expect(won).toHaveLength(3);
      expect(responses.filter((r) => r.data.bookAppointment.userErrors[0]?.rule === "APPT-6")).toHaveLength(13);
      const { data } = await app.gql(
        `query ($id: ID!) { appointment(id: $id) { slot { booked capacity available } } }`,
        { id: won[0].data.bookAppointment.appointment.id },
        hospital,
      );
      expect(data!.appointment.slot).toEqual({ booked: 3, capacity: 3, available: 0 });
    } finally {
      await second?.stop();
    }
  });
});

describe("APPT-7 schedule adequacy", () => {
  const adequacy = `query ($week: LocalDate) { scheduleAdequacy(weekStart: $week) { weekStart facilities { facility { code } physicianCount capacity requiredCapacity reasons physiciansWithoutSchedule { id } } } }`;

  it("APPT-7 lists facilities whose physicians lack schedules or capacity next week, with a configurable threshold", async () => {
    const before = await app.gql(adequacy, {}, coordination);
    expect(before.data!.scheduleAdequacy.weekStart).toBe("2026-11-30");
    const ceyhan = before.data!.scheduleAdequacy.facilities.find((f: any) => f.facility.code === "101101");
    expect(ceyhan.reasons).toContain("MISSING_SCHEDULES");
    await app.gql(
      `mutation { updateAppointmentSettings(input: { adequacy: { minWeeklyCapacityPerPhysician: 4 } }) { settings { adequacy { minWeeklyCapacityPerPhysician } } userErrors { code } } }`,
      {},
      coordination,
    );
    const unscheduled = await app.gql(adequacy, { week: "2026-12-07" }, coordination);
    const target = unscheduled.data!.scheduleAdequacy.facilities.find((f: any) => f.facility.code === "101101");
    for (const { id } of target.physiciansWithoutSchedule)
      await publishSlots(id, "2026-12-08", { start: "09:00", end: "10:00", slotMinutes: 15 });
    const after = await app.gql(adequacy, { week: "2026-12-07" }, coordination);
    expect(after.data!.scheduleAdequacy.facilities.find((f: any) => f.facility.code === "101101")).toBeUndefined();
    expect(after.data!.scheduleAdequacy.facilities.length).toBeGreaterThan(0);
    expect((await app.gql(adequacy, { week: "2026-12-08" }, coordination)).errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "APPT-7",
    });
    expect((await app.gql(adequacy, {}, hospital)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("APPT-8 no-show penalty", () => {
  it("APPT-8 closes the branch for 15 days after a no-show, other branches stay open, and the rule can be switched off", async () => {
    const [first] = await publishSlots(physicianIn("ORTHOPAEDICS", 1), "2026-11-26", { start: "14:00", end: "14:15" });
    const patient = await newPatient();
    const appointment = (await bookFor(patient, first.id)).data!.bookAppointment.appointment;
    const record = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { appointment { status } userErrors { code } } }`;
    expect(
      (await app.gql(record, { input: { id: appointment.id, expectedVersion: 1, outcome: "NO_SHOW" } }, hospital)).data!.recordAttendance
        .userErrors[0].code,
    ).toBe("NOT_STARTED");
    app.clock.set("2026-11-26T12:00:00Z");
    expect(
      (await app.gql(record, { input: { id: appointment.id, expectedVersion: 1, outcome: "NO_SHOW" } }, coordination)).errors?.[0]
        .extensions?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await app.gql(record, { input: { id: appointment.id, expectedVersion: 1, outcome: "NO_SHOW" } }, hospital)).data!.recordAttendance
        .appointment.status,
    ).toBe("NO_SHOW");
    // PAT-3: with the appointment over, the facility no longer reads the patient.
    expect((await app.gql(`query ($id: ID!) { patient(id: $id) { id } }`, { id: patient }, hospital)).errors?.[0].extensions?.rule).toBe(
      "PAT-3",
    );

    const [within] = await publishSlots(physicianIn("ORTHOPAEDICS", 1), "2026-12-10", { start: "09:00", end: "09:15" });
    const [otherBranch] = await publishSlots(physicianIn("UROLOGY"), "2026-12-10", { start: "09:00", end: "09:15" });
    const refused = (await bookFor(patient, within.id)).data!.bookAppointment.userErrors[0];
    expect(refused).toMatchObject({ rule: "APPT-8", code: "NO_SHOW_PENALTY" });
    expect(refused.message).toContain("2026-12-11");
    expect((await bookFor(patient, otherBranch.id)).data!.bookAppointment.userErrors).toEqual([]);

    app.clock.set("2026-12-10T21:30:00Z"); // 11 December in Istanbul: the penalty is over
    const [after] = await publishSlots(physicianIn("ORTHOPAEDICS", 1), "2026-12-14", { start: "09:00", end: "09:15" });
    expect((await bookFor(patient, after.id)).data!.bookAppointment.userErrors).toEqual([]);

    app.clock.set("2026-11-27T09:00:00Z");
    await app.gql(
      `mutation { updateAppointmentSettings(input: { noShowPenalty: { enabled: false } }) { settings { noShowPenalty { enabled } } userErrors { code } } }`,
      {},
      coordination,
    );
    try {
      const [switchedOff] = await publishSlots(physicianIn("ORTHOPAEDICS", 1), "2026-12-01", { start: "11:00", end: "11:15" });
      expect((await bookFor(patient, switchedOff.id)).data!.bookAppointment.userErrors).toEqual([]);
    } finally {
      await app.gql(
        `mutation { updateAppointmentSettings(input: { noShowPenalty: { enabled: true } }) { settings { noShowPenalty { enabled } } userErrors { code } } }`,
        {},
        coordination,
      );
    }
  });
});

describe("APPT-7..9 settings", () => {
  it("APPT-8 the settings are versioned: a change over a stale version is a CONFLICT naming the current one and changes nothing", async () => {
    const read = `{ appointmentSettings { noShowPenalty { days } version } }`;
    const update = `mutation ($input: UpdateAppointmentSettingsInput!) { updateAppointmentSettings(input: $input) { settings { noShowPenalty { days } version } userErrors { code } } }`;
    const before = (await app.gql(read, {}, coordination)).data!.appointmentSettings;
    const changed = await app.gql(update, { input: { noShowPenalty: { days: 16 }, expectedVersion: before.version } }, coordination);
    expect(changed.data!.updateAppointmentSettings).toEqual({
      settings: { noShowPenalty: { days: 16 }, version: before.version + 1 },
      userErrors: [],
    });
    const stale = await app.gql(update, { input: { noShowPenalty: { days: 20 }, expectedVersion: before.version } }, coordination);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: before.version + 1 });
    expect((await app.gql(read, {}, coordination)).data!.appointmentSettings).toEqual({
      noShowPenalty: { days: 16 },
      version: before.version + 1,
    });
    const restored = await app.gql(
      update,
      { input: { noShowPenalty: { days: before.noShowPenalty.days }, expectedVersion: before.version + 1 } },
      coordination,
    );
    expect(restored.data!.updateAppointmentSettings.settings).toEqual({ noShowPenalty: before.noShowPenalty, version: before.version + 2 });
  });
});

describe("APPT-9 confirmation", () => {
  it("APPT-9 asks for confirmation by 20:00 Istanbul the day before, and cancels unconfirmed appointments without penalty", async () => {
    const slots = await publishSlots(physicianIn("DERMATOLOGY"), "2026-12-02", { start: "09:00", end: "09:30" });
    const patient = await newPatient();
    const second = await newPatient();
    const appointment = (await bookFor(patient, slots[0].id)).data!.bookAppointment.appointment;
    expect(appointment.confirmBy).toBe("2026-12-01T17:00:00.000Z");
    const other = (await bookFor(second, slots[1].id)).data!.bookAppointment.appointment;
    const confirm = `mutation ($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { appointment { confirmedAt version } userErrors { rule code } } }`;
    expect(
      (await app.gql(confirm, { input: { id: other.id, expectedVersion: 1 } }, hospital)).data!.confirmAppointment.appointment.confirmedAt,
    ).not.toBeNull();

    app.clock.set("2026-12-01T17:00:01Z");
    expect(
      (await app.gql(confirm, { input: { id: appointment.id, expectedVersion: 1 } }, hospital)).data!.confirmAppointment.userErrors[0].rule,
    ).toBe("APPT-9");
    expect(await app.server.jobs.cancelUnconfirmedAppointments()).toBeGreaterThanOrEqual(1);
    const { data } = await app.gql(
      `query ($a: ID!, $b: ID!) { a: appointment(id: $a) { status slot { booked } } b: appointment(id: $b) { status } }`,
      { a: appointment.id, b: other.id },
      hospital,
    );
    expect(data!.a).toEqual({ status: "AUTO_CANCELLED", slot: { booked: 0 } });
    expect(data!.b.status).toBe("BOOKED");
  });

  it("APPT-9 needs no confirmation when booked 1–2 days ahead, for patients 65+ and cancer patients, or when switched off", async () => {
    const slots = await publishSlots(physicianIn("DERMATOLOGY", 1), "2026-12-03", { start: "09:00", end: "10:00" });
    const [soon] = await publishSlots(physicianIn("DERMATOLOGY", 1), "2026-11-27", { start: "09:00", end: "09:15" });
    expect((await bookFor(await newPatient(), soon.id)).data!.bookAppointment.appointment.confirmBy).toBeNull();
    expect(
      (await bookFor(await newPatient({ birthDate: "1961-11-25" }), slots[0].id)).data!.bookAppointment.appointment.confirmBy,
    ).toBeNull();
    expect(
      (await bookFor(await newPatient({ birthDate: "1961-11-26" }), slots[1].id)).data!.bookAppointment.appointment.confirmBy,
    ).not.toBeNull();
    const cancer = await newPatient();
    await app.gql(
      `mutation ($id: ID!) { updatePatient(input: { id: $id, expectedVersion: 1, cancerPatient: true }) { userErrors { code } } }`,
      { id: cancer },
      coordination,
    );
    expect((await bookFor(cancer, slots[2].id)).data!.bookAppointment.appointment.confirmBy).toBeNull();
    const nulls = await app.gql(
      `mutation { updateAppointmentSettings(input: { confirmation: { deadlineHour: null, enabled: false } }) { settings { confirmation { enabled deadlineHour } } userErrors { code } } }`,
      {},
      coordination,
    );
    expect(nulls.data!.updateAppointmentSettings.settings.confirmation).toEqual({ enabled: false, deadlineHour: 20 });
    try {
      expect((await bookFor(await newPatient(), slots[3].id)).data!.bookAppointment.appointment.confirmBy).toBeNull();
    } finally {
      await app.gql(
        `mutation { updateAppointmentSettings(input: { confirmation: { enabled: true } }) { settings { confirmation { enabled } } userErrors { code } } }`,
        {},
        coordination,
      );
    }
  });
});

describe("appointment scope", () => {
  it("a hospital books only at its own facility; a portal only for its person; lists are scoped", async () => {
    const [slot] = await publishSlots(physicianIn("CARDIOLOGY"), "2026-12-07");
    const patient = await newPatient();
    expect((await bookFor(patient, slot.id, kozanHospital)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const portal = await app.tokenFor("EGOV_PORTAL", "person:TCKN:10000000146");
    expect((await bookFor(patient, slot.id, portal, { channel: "EGOV" })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const booked = (await bookFor(patient, slot.id)).data!.bookAppointment.appointment;
    const mine = await app.gql(`{ appointments(first: 100) { edges { node { id } } } }`, {}, portal);
    expect(mine.data!.appointments.edges.map((e: any) => e.node.id)).not.toContain(booked.id);
    const kozanList = await app.gql(`{ appointments(first: 100) { totalCount } }`, {}, kozanHospital);
    expect(kozanList.data!.appointments.totalCount).toBe(0);
  });

  it("PAT-3 an appointment opens the patient's record to the facility until it is cancelled", async () => {
    const [slot] = await publishSlots(physicianIn("UROLOGY", 1), "2026-12-07");
    const patient = await newPatient();
    const read = `query ($id: ID!) { patient(id: $id) { givenName } }`;
    expect((await app.gql(read, { id: patient }, hospital)).errors?.[0].extensions?.rule).toBe("PAT-3");
    const booked = (await bookFor(patient, slot.id)).data!.bookAppointment.appointment;
    expect((await app.gql(read, { id: patient }, hospital)).data!.patient.givenName).toBe("Test");
    const list = await app.gql(
      `{ appointments(first: 100, filter: { status: BOOKED, from: "2026-12-02T00:00:00Z" }) { edges { node { patient { givenName } } } } }`,
      {},
      hospital,
    );
    expect(list.errors).toBeUndefined();
    await app.gql(cancel, { input: { id: booked.id, expectedVersion: 1 } }, coordination);
    expect((await app.gql(read, { id: patient }, hospital)).errors?.[0].extensions?.rule).toBe("PAT-3");
  });
});

describe("finding 4: PAT-3 access a hospital gives itself by booking", () => {
  it("finding 4: PAT-3 a hospital booking an appointment for a patient it has no care link with states a reason, recorded and announced", async () => {
    const [slot] = await publishSlots(physicianIn("CARDIOLOGY"), "2026-12-21");
    const [nextDay] = await publishSlots(physicianIn("CARDIOLOGY"), "2026-12-22");
    const patient = await newPatient();
    const stored = async () => ({
      appointments: (await app.db.select({ n: count() }).from(appointments))[0].n,
      careLinks: (await app.db.select({ n: count() }).from(patientCareLinks))[0].n,
    });
    const before = await stored();
    const refusal = (reason: string | null) => bookFor(patient, slot.id, hospital, { accessJustification: reason });
    expect((await refusal(null)).data!.bookAppointment).toEqual({
      appointment: null,
      userErrors: [expect.objectContaining({ field: ["input", "accessJustification"], code: "JUSTIFICATION_REQUIRED", rule: "PAT-3" })],
    });
    expect((await refusal("   ")).data!.bookAppointment.userErrors[0].code).toBe("JUSTIFICATION_REQUIRED");
    expect((await refusal("kontrol")).data!.bookAppointment.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "accessJustification"], code: "JUSTIFICATION_TOO_SHORT", rule: "PAT-3" }),
    ]);
    expect(await stored()).toEqual(before);

    const reason = "Hasta acil servise göğüs ağrısıyla başvurdu; kardiyoloji kontrolü gerekiyor.";
    const booked = (await bookFor(patient, slot.id, hospital, { accessJustification: reason })).data!.bookAppointment;
    expect(booked.userErrors).toEqual([]);
    // While that appointment stands the hospital is linked to the patient: its next booking needs no reason.
    expect((await bookFor(patient, nextDay.id, hospital, { accessJustification: null })).data!.bookAppointment.userErrors).toEqual([]);

    const auditor = await app.tokenFor("AUDITOR", "national");
    const ceyhan = gid("Facility", ceyhanId);
    const justifications = await app.gql(
      `query ($patientId: ID) { patientAccessJustifications(patientId: $patientId, first: 10) { edges { node { patientId facilityId grantedThrough reason } } } }`,
      { patientId: patient },
      auditor,
    );
    expect(justifications.data!.patientAccessJustifications.edges.map((e: any) => e.node)).toEqual([
      { patientId: patient, facilityId: ceyhan, grantedThrough: booked.appointment.id, reason },
    ]);
    const log = await app.gql(
      `query ($patientId: ID) { accessLog(filter: { patientId: $patientId }, last: 5) { edges { node { action basis } } } }`,
      { patientId: patient },
      auditor,
    );
    expect(log.data!.accessLog.edges.map((e: any) => e.node)).toContainEqual({
      action: "appointment.book",
      basis: expect.stringMatching(/^JUSTIFIED:/),
    });
    const [event] = await app.db
      .select()
      .from(domainEvents)
      .where(and(eq(domainEvents.type, "patient.access_justified"), eq(domainEvents.subjectId, patient)));
    expect(event).toMatchObject({ audience: ["COORDINATION_UNIT", "AUDITOR"] });
    expect(event.data).toMatchObject({ facilityId: ceyhan, grantedThrough: booked.appointment.id });
  });
});

describe("appointment history and idempotent creates (the workflow kernel)", () => {
  const history = `query ($id: ID!) { appointment(id: $id) { version history { fromState toState action actorRole note version } } }`;

  it("records every step of an appointment as a history row: the booking, the confirmation, the cancellation", async () => {
    const [slot] = await publishSlots(physicianIn("DERMATOLOGY", 1), "2026-12-16", { start: "09:00", end: "09:15" });
    const booked = (await bookFor(await newPatient(), slot.id)).data!.bookAppointment.appointment;
    const confirm = `mutation ($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { appointment { version } userErrors { code } } }`;
    const confirmed = (await app.gql(confirm, { input: { id: booked.id, expectedVersion: 1 } }, hospital)).data!.confirmAppointment;
    expect(confirmed).toEqual({ appointment: { version: 2 }, userErrors: [] });
    const cancelled = await app.gql(cancel, { input: { id: booked.id, expectedVersion: 2, reason: "Hekim izinli" } }, hospital);
    expect(cancelled.data!.cancelAppointment.userErrors).toEqual([]);
    const { data } = await app.gql(history, { id: booked.id }, hospital);
    expect(data!.appointment).toEqual({
      version: 3,
      history: [
        { fromState: null, toState: "BOOKED", action: "book", actorRole: "PARTNER_HOSPITAL", note: null, version: 1 },
        { fromState: "BOOKED", toState: "BOOKED", action: "confirm", actorRole: "PARTNER_HOSPITAL", note: null, version: 2 },
        { fromState: "BOOKED", toState: "CANCELLED", action: "cancel", actorRole: "PARTNER_HOSPITAL", note: "Hekim izinli", version: 3 },
      ],
    });
  });

  it("APPT-9 the automatic cancellation is a history step of the server's own (no actor)", async () => {
    const [slot] = await publishSlots(physicianIn("DERMATOLOGY", 1), "2026-12-17", { start: "09:00", end: "09:15" });
    const booked = (await bookFor(await newPatient(), slot.id)).data!.bookAppointment.appointment;
    app.clock.set("2026-12-16T17:00:01Z");
    expect(await app.server.jobs.cancelUnconfirmedAppointments()).toBeGreaterThanOrEqual(1);
    const { data } = await app.gql(history, { id: booked.id }, hospital);
    expect(data!.appointment.history.at(-1)).toEqual({
      fromState: "BOOKED",
      toState: "AUTO_CANCELLED",
      action: "autoCancel",
      actorRole: null,
      note: "not confirmed in time (APPT-9)",
      version: 2,
    });
  });

  it("answers a stale expectedVersion with CONFLICT and the version the appointment is at now", async () => {
    const [slot] = await publishSlots(physicianIn("DERMATOLOGY", 1), "2026-12-18", { start: "09:00", end: "09:15" });
    const booked = (await bookFor(await newPatient(), slot.id)).data!.bookAppointment.appointment;
    const stale = await app.gql(cancel, { input: { id: booked.id, expectedVersion: 7, reason: "Hekim izinli" } }, hospital);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
    expect((await app.gql(history, { id: booked.id }, hospital)).data!.appointment.history).toHaveLength(1);
  });

  const counted = () => countRows(app.db, { physicians, schedules, slots, appointments, appointmentHistory, domainEvents });

  it("registerPhysician replayed with its idempotencyKey answers the same physician and writes no row", async () => {
    const register = `mutation ($input: RegisterPhysicianInput!) { registerPhysician(input: $input) { physician { id registryNumber } userErrors { code } } }`;
    const input = {
      facilityId: gid("Facility", ceyhanId),
      clinicCode: "DERMATOLOGY",
      registryNumber: "IDEM-0001",
      title: "Uzm. Dr.",
      givenName: "Tekrar",
      familyName: "Deneme",
      idempotencyKey: "register-physician-idem-0001",
    };
    const first = (await app.gql(register, { input }, hospital)).data!.registerPhysician;
    expect(first.userErrors).toEqual([]);
    const before = await counted();
    const replay = (await app.gql(register, { input }, hospital)).data!.registerPhysician;
    expect(replay).toEqual(first);
    expect(await counted()).toEqual(before);
    const other = await app.gql(register, { input: { ...input, familyName: "Başka" } }, hospital);
    expect(other.errors?.[0].extensions?.code).toBe("CONFLICT");
  });

  it("publishSchedule replayed with its idempotencyKey answers the same schedule and slots and writes no row", async () => {
    const input = {
      physicianId: physicianIn("DERMATOLOGY", 1),
      day: "2026-12-23",
      startTime: "13:00",
      endTime: "14:00",
      slotMinutes: 20,
      capacityPerSlot: 2,
      idempotencyKey: "publish-schedule-idem-0001",
    };
    const first = (await app.gql(publish, { input }, hospital)).data!.publishSchedule;
    expect(first.userErrors).toEqual([]);
    expect(first.slots).toHaveLength(3);
    const before = await counted();
    const replay = (await app.gql(publish, { input }, hospital)).data!.publishSchedule;
    expect(replay).toEqual(first);
    expect(await counted()).toEqual(before);
  });

  it("bookAppointment replayed with its idempotencyKey answers the same appointment and writes no row, history or event", async () => {
    const [slot] = await publishSlots(physicianIn("DERMATOLOGY", 1), "2026-12-24", { start: "09:00", end: "09:15", capacity: 3 });
    const patient = await newPatient();
    const first = (await bookFor(patient, slot.id, hospital, { idempotencyKey: "book-appointment-idem-0001" })).data!.bookAppointment;
    expect(first.userErrors).toEqual([]);
    const before = await counted();
    const replay = (await bookFor(patient, slot.id, hospital, { idempotencyKey: "book-appointment-idem-0001" })).data!.bookAppointment;
    expect(replay.appointment.id).toBe(first.appointment.id);
    expect(await counted()).toEqual(before);
  });
});
