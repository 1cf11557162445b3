import { asc, eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { physicians } from "../../drizzle/schema/index.js";
import { completeTurkishId } from "../../drizzle/seed/identifiers.js";
import { replicaCaughtUp, seededFacility, startTestApp, type TestApp } from "../support/app.js";
import { withDatabase } from "../support/global-setup.js";
import { inject } from "vitest";

/** A streaming replica of the test server that `.ci/run` makes (.ci/scale-services). */
const replicaUrl = process.env.KOORDINAT_TEST_REPLICA_URL;

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");

describe.runIf(process.env.DATABASE_URL && replicaUrl)("a streaming read replica (DATABASE_READ_URL)", () => {
  let app: TestApp;
  let replica: postgres.Sql;
  let hospital: string;
  let coordination: string;
  let physicianId: string;

  beforeAll(async () => {
    app = await startTestApp({}, { topology: { replicaUrl } });
    app.clock.set("2026-11-25T09:00:00Z");
    replica = postgres(withDatabase(replicaUrl!, "postgres"), { max: 1, onnotice: () => {} });
    hospital = await app.tokenFor("PARTNER_HOSPITAL", "facility:101101");
    coordination = await app.tokenFor("COORDINATION_UNIT", "national");
    const ceyhan = await seededFacility(app.db, (f) => f.code === "101101");
    const [physician] = await app.db
      .select()
      .from(physicians)
      .where(eq(physicians.facilityId, ceyhan.id))
      .orderBy(asc(physicians.id))
      .limit(1);
    physicianId = gid("Physician", physician!.id);
  });
  afterAll(async () => {
    // Never leave the replica paused for whatever runs next.
    await replica?.unsafe("select pg_wal_replay_resume()").catch(() => {});
    await replica?.end();
    await app?.stop();
  });

  const pauseReplay = async () => {
    await replica.unsafe("select pg_wal_replay_pause()");
    for (let attempt = 0; attempt < 100; attempt++) {
      const [{ state }] = await replica.unsafe<{ state: string }[]>("select pg_get_wal_replay_pause_state() as state");
      if (state === "paused") return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("the replica did not pause its replay");
  };

  const appointmentsOf = async (patientId: string, token: string) => {
    const { data, errors } = await app.gql(
      `query ($patient: ID!) { appointments(first: 10, filter: { patientId: $patient }) { edges { node { id status } } } }`,
      { patient: patientId },
      token,
    );
    expect(errors).toBeUndefined();
    return data!.appointments.edges.map((edge: { node: { id: string } }) => edge.node.id);
  };

  it("a booking is visible to its client at once, while the lists of other clients come from the replica", async () => {
    const published = await app.gql(
      `mutation ($input: PublishScheduleInput!) { publishSchedule(input: $input) { slots { id } userErrors { code } } }`,
      { input: { physicianId, day: "2026-11-27", startTime: "09:00", endTime: "09:15", slotMinutes: 15, capacityPerSlot: 1 } },
      hospital,
    );
    expect(published.data!.publishSchedule.userErrors).toEqual([]);
    const registered = await app.gql(
      `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id } userErrors { code } } }`,
      {
        input: {
          category: "CITIZEN",
          identifiers: [{ kind: "TCKN", value: completeTurkishId("577000001") }],
          givenName: "Replika",
          familyName: "Hasta",
          birthDate: "1980-01-01",
          sex: "FEMALE",
          nationality: "TR",
        },
      },
      coordination,
    );
    const patientId = registered.data!.registerPatient.patient.id as string;
    // An auditor that has written nothing reads from the replica: with its replay paused, it sees no new row.
    const auditor = await app.tokenFor("AUDITOR", "national");
    await replicaCaughtUp(inject("postgresUrl"), replicaUrl!);
    await pauseReplay();
    try {
      const booked = await app.gql(
        `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } userErrors { code rule } } }`,
        {
          input: {
            slotId: published.data!.publishSchedule.slots[0].id,
            patientId,
            channel: "WEB",
            accessJustification: "Hasta polikliniğe başvurdu; kontrol randevusu gerekiyor.",
          },
        },
        hospital,
      );
      expect(booked.data!.bookAppointment.userErrors).toEqual([]);
      const appointmentId = booked.data!.bookAppointment.appointment.id as string;
      // Read-your-writes: the booking client's reads go to the primary until the replica has replayed its commit.
      expect(await appointmentsOf(patientId, hospital)).toEqual([appointmentId]);
      expect(await appointmentsOf(patientId, hospital)).toEqual([appointmentId]);
      // Everyone else's lists come from the replica, which has not replayed the booking.
      expect(await appointmentsOf(patientId, auditor)).toEqual([]);
      await replica.unsafe("select pg_wal_replay_resume()");
      await replicaCaughtUp(inject("postgresUrl"), replicaUrl!);
      expect(await appointmentsOf(patientId, auditor)).toEqual([appointmentId]);
      expect(await appointmentsOf(patientId, hospital)).toEqual([appointmentId]);
    } finally {
      await replica.unsafe("select pg_wal_replay_resume()");
    }
  });

  it("a query that writes (the access log of a national role's patient read) still works with its reads on the replica", async () => {
    const auditor = await app.tokenFor("AUDITOR", "national");
    const { data, errors } = await app.gql(
      `{ referrals(first: 5) { edges { node { id patient { id } } } } patients(first: 3) { edges { node { id } } } }`,
      {},
      auditor,
    );
    expect(errors).toBeUndefined();
    expect(data!.patients.edges.length).toBeGreaterThan(0);
  });
});
