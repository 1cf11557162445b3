import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../api/auth/clients.js";
import { patientIdentifiers } from "../../drizzle/schema/index.js";
import { completeTurkishId } from "../../drizzle/seed/identifiers.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { clientToken, postGraphQL, startServerProcess } from "../support/server-process.js";

const register = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id } userErrors { code message } } }`;

interface Attempt {
  key: string;
  tckn: string;
  /** The patient ID the server answered with, when the answer arrived. */
  acknowledged?: string;
}

const inputOf = (attempt: Attempt) => ({
  idempotencyKey: attempt.key,
  category: "CITIZEN",
  identifiers: [{ kind: "TCKN", value: attempt.tckn }],
  givenName: "Çökme",
  familyName: "Testi",
  birthDate: "1985-05-05",
  sex: "MALE",
  nationality: "TR",
});

describe.runIf(process.env.DATABASE_URL)("a server process killed during a write load (real PostgreSQL)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.stop());

  it("keeps every acknowledged write, and retries with the same idempotency keys create no duplicates", async () => {
    const client = await createClient(app.db, { role: "COORDINATION_UNIT", scope: "national", name: "crash test" });
    const victim = await startServerProcess(app.databaseUrl!);
    const victimToken = await clientToken(victim.origin, client.clientId, client.clientSecret);

    const attempts: Attempt[] = Array.from({ length: 400 }, (_, i) => ({
      key: randomUUID(),
      tckn: completeTurkishId(`7${String(i).padStart(8, "0")}`),
    }));
    // Eight writers send one registration after another; the process is killed once 40 are acknowledged.
    let next = 0;
    let acknowledged = 0;
    let killed: Promise<void> | undefined;
    const writer = async () => {
      while (next < attempts.length && !killed) {
        const attempt = attempts[next++];
        try {
          const answer = await postGraphQL(victim.url, victimToken, register, { input: inputOf(attempt) });
          attempt.acknowledged = answer.data?.registerPatient?.patient?.id;
          expect(answer.data?.registerPatient?.userErrors).toEqual([]);
          if (++acknowledged === 40) killed = victim.kill();
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    await killed;
    const acked = attempts.filter((a) => a.acknowledged);
    expect(acked.length).toBeGreaterThanOrEqual(40);
    expect(acked.length).toBeLessThan(attempts.length);

    // Every acknowledged registration is in the database.
    const stored = await app.db
      .select({ patientId: patientIdentifiers.patientId, value: patientIdentifiers.value })
      .from(patientIdentifiers)
      .where(
        inArray(
          patientIdentifiers.value,
          acked.map((a) => a.tckn),
        ),
      );
    expect(new Map(stored.map((s) => [s.value, s.patientId]))).toEqual(
      new Map(acked.map((a) => [a.tckn, Buffer.from(a.acknowledged!, "base64url").toString().split(":")[1]])),
    );

    // The client retries everything it sent (it cannot know what the dead process finished) on a healthy server.
    const sent = attempts.slice(0, next);
    const token = await clientToken(app.origin, client.clientId, client.clientSecret);
    for (const attempt of sent) {
      const answer = await postGraphQL(app.url, token, register, { input: inputOf(attempt) });
      expect(answer.data?.registerPatient?.userErrors, attempt.key).toEqual([]);
      if (attempt.acknowledged) expect(answer.data!.registerPatient.patient.id).toBe(attempt.acknowledged);
    }
    const perIdentifier = await app.db
      .select({ value: patientIdentifiers.value, patients: sql<number>`count(distinct ${patientIdentifiers.patientId})::int` })
      .from(patientIdentifiers)
      .where(
        inArray(
          patientIdentifiers.value,
          sent.map((a) => a.tckn),
        ),
      )
      .groupBy(patientIdentifiers.value);
    expect(perIdentifier).toHaveLength(sent.length);
    expect(perIdentifier.every((row) => row.patients === 1)).toBe(true);
    const [{ patients }] = (await app.db.execute<{ patients: number }>(
      sql`select count(*)::int as patients from patients where family_name = 'Testi' and given_name = 'Çökme'`,
    )) as unknown as { patients: number }[];
    expect(patients).toBe(sent.length);
  });
});
