import { createHash } from "node:crypto";
import { and, count, eq, sql } from "drizzle-orm";
import { domainEvents, healthTourismCases, healthTourismCaseHistory, patientCareLinks } from "../../drizzle/schema/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededFacility, startTestApp, type TestApp } from "../support/app.js";

let app: TestApp;
let unit: string;
let hospital: { id: string; token: string };
let noUnitFacility: string;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set("2026-11-25T09:00:00Z");
  unit = await app.tokenFor("COORDINATION_UNIT", "national");
  const withUnit = await seededFacility(
    app.db,
    (f) => (f as { hasHealthTourismUnit?: boolean }).hasHealthTourismUnit === true && f.provinceCode === "07",
  );
  hospital = { id: gid("Facility", withUnit.id), token: await app.tokenFor("PARTNER_HOSPITAL", `facility:${withUnit.code}`) };
  noUnitFacility = gid("Facility", (await seededFacility(app.db, (f) => f.code === "101101")).id);
});
afterAll(() => app?.stop());

const fields = `id status programme version cost { amountMinor currency } documents { kind sha256 size } history { fromStatus toStatus action role documentIds }`;
const open = `mutation ($input: OpenHealthTourismCaseInput!) { openHealthTourismCase(input: $input) { case { ${fields} } userErrors { code rule } } }`;
const move = `mutation ($input: TransitionHealthTourismCaseInput!) { transitionHealthTourismCase(input: $input) { case { ${fields} } wouldBecome userErrors { field code rule message } } }`;

async function patientOf(category: string) {
  const { data } = await app.gql(
    `{ patients(filter: { category: ${category} }, first: 1) { edges { node { id preferredLanguage } } } }`,
    {},
    unit,
  );
  return data!.patients.edges[0].node as { id: string; preferredLanguage: string };
}

const epicrisis = {
  kind: "EPICRISIS_FORM",
  name: "epikriz.pdf",
  mediaType: "application/pdf",
  contentBase64: Buffer.from("%PDF-1.7 epikriz").toString("base64"),
};

async function step(token: string, current: { id: string; version: number }, action: string, extra: Record<string, unknown> = {}) {
  const { data, errors } = await app.gql(move, { input: { id: current.id, expectedVersion: current.version, action, ...extra } }, token);
  expect(errors).toBeUndefined();
  return data!.transitionHealthTourismCase;
}

async function advance(token: string, current: any, action: string, extra: Record<string, unknown> = {}) {
  const result = await step(token, current, action, extra);
  expect(result.userErrors).toEqual([]);
  return result.case;
}

describe("HT-1 to HT-8 health-tourism cases", () => {
  it("HT-1, HT-3, HT-4, HT-5, HT-6 and HT-8: a health tourist's case from inquiry to completion, with its documents and history", async () => {
    const patient = await patientOf("HEALTH_TOURIST");
    let current = (await app.gql(open, { input: { patientId: patient.id, channel: "EMAIL", accommodationRequested: true } }, unit)).data!
      .openHealthTourismCase.case;
    expect(current).toMatchObject({ status: "INQUIRY_RECEIVED", programme: "HEALTH_TOURISM" });
    current = await advance(unit, current, "REQUEST_EPICRISIS");
    expect((await step(unit, current, "RECEIVE_EPICRISIS")).userErrors[0]).toMatchObject({ rule: "HT-3", code: "EPICRISIS_MISSING" });
    current = await advance(unit, current, "RECEIVE_EPICRISIS", { documents: [epicrisis] });
    expect(current.documents[0]).toEqual({
      kind: "EPICRISIS_FORM",
      size: 16,
      sha256: createHash("sha256").update("%PDF-1.7 epikriz").digest("hex"),
    });
    expect((await step(unit, current, "FORWARD", { facilityId: noUnitFacility })).userErrors[0]).toMatchObject({
      rule: "HT-3",
      code: "NO_HEALTH_TOURISM_UNIT",
    });
    current = await advance(unit, current, "FORWARD", { facilityId: hospital.id });
    const past = await step(hospital.token, current, "SCHEDULE_APPOINTMENT", {
      appointmentAt: "2026-11-20T09:00:00Z",
      cost: { amountMinor: 450000, currency: "EUR" },
    });
    expect(past.userErrors.map((e: any) => [e.rule, e.code])).toEqual([["HT-4", "NOT_FUTURE"]]);
    const badMoney = await app.gql(
      move,
      {
        input: {
          id: current.id,
          expectedVersion: current.version,
          action: "SCHEDULE_APPOINTMENT",
          appointmentAt: "2026-12-10T07:00:00Z",
          cost: { amountMinor: 1, currency: "eur" },
        },
      },
      hospital.token,
    );
    expect(badMoney.errors?.[0].extensions?.fields[0].field).toEqual(["cost", "currency"]);
    current = await advance(hospital.token, current, "SCHEDULE_APPOINTMENT", {
      appointmentAt: "2026-12-10T07:00:00Z",
      cost: { amountMinor: 450000, currency: "EUR" },
    });
    expect(current.cost).toEqual({ amountMinor: 450000, currency: "EUR" });
    current = await advance(unit, current, "INFORM_PATIENT");
    current = await advance(unit, current, "ACCEPT");
    current = await advance(unit, current, "NOTIFY_FACILITY");
    expect((await step(hospital.token, current, "ARRIVE", { greetedBy: "UNIT_OFFICER" })).userErrors[0]).toMatchObject({ rule: "HT-5" });
    current = await advance(hospital.token, current, "ARRIVE", { greetedBy: "UNIT_OFFICER", accommodationArranged: true });
    const noInterpreter = await step(hospital.token, current, "START_TREATMENT", { guideName: "Selin Er" });
    if (patient.preferredLanguage !== "tr")
      expect(noInterpreter.userErrors[0]).toMatchObject({ rule: "HT-6", code: "INTERPRETER_LANGUAGE" });
    current = await advance(hospital.token, current, "START_TREATMENT", {
      guideName: "Selin Er",
      interpreter: { name: "Tercüman", language: patient.preferredLanguage },
    });
    const report = {
      kind: "MEDICAL_REPORT",
      name: "rapor.pdf",
      mediaType: "application/pdf",
      contentBase64: Buffer.from("rapor").toString("base64"),
    };
    const statement = {
      kind: "SERVICE_STATEMENT",
      name: "hizmet-dokumu.pdf",
      mediaType: "application/pdf",
      contentBase64: Buffer.from("döküm").toString("base64"),
    };
    expect((await step(hospital.token, current, "DELIVER_REPORTS", { documents: [report] })).userErrors[0].code).toBe("DOCUMENT_MISSING");
    current = await advance(hospital.token, current, "DELIVER_REPORTS", { documents: [report, statement] });
    current = await advance(hospital.token, current, "COMPLETE", { comment: "Tamamlandı, birime bildirildi." });
    expect(current.status).toBe("COMPLETED");
    expect(current.history.map((h: any) => h.toStatus)).toEqual([
      "INQUIRY_RECEIVED",
      "EPICRISIS_REQUESTED",
      "EPICRISIS_RECEIVED",
      "FORWARDED_TO_FACILITY",
      "APPOINTMENT_SCHEDULED",
      "PATIENT_INFORMED",
      "ACCEPTED",
      "FACILITY_NOTIFIED",
      "ARRIVED",
      "IN_TREATMENT",
      "REPORTS_DELIVERED",
      "COMPLETED",
    ]);
    expect(current.history.find((h: any) => h.toStatus === "REPORTS_DELIVERED").documentIds).toHaveLength(2);
    await expect(app.db.execute(sql`update health_tourism_case_history set note = 'x'`)).rejects.toThrow();
    // The same history by the convention's fields: each step at the case's version after it, who acted, the comment.
    const convention = (
      await app.gql(
        `query ($id: ID!) { healthTourismCase(id: $id) { version history { fromState toState actorRole note version } } }`,
        { id: current.id },
        unit,
      )
    ).data!.healthTourismCase;
    expect(convention.history.map((h: any) => h.version)).toEqual(convention.history.map((_: unknown, i: number) => i + 1));
    expect(convention.history.at(-1)).toEqual({
      fromState: "REPORTS_DELIVERED",
      toState: "COMPLETED",
      actorRole: "PARTNER_HOSPITAL",
      note: "Tamamlandı, birime bildirildi.",
      version: convention.version,
    });
  });

  it("HT-2 allows only the listed transitions, naming the current state and the allowed ones; dryRun writes nothing; any open case can be cancelled", async () => {
    const patient = await patientOf("HEALTH_TOURIST");
    const current = (await app.gql(open, { input: { patientId: patient.id, channel: "PHONE" } }, unit)).data!.openHealthTourismCase.case;
    const skip = await step(unit, current, "FORWARD", { facilityId: hospital.id });
    expect(skip.userErrors[0]).toMatchObject({ rule: "HT-2", code: "INVALID_TRANSITION" });
    expect(skip.userErrors[0].message).toContain("INQUIRY_RECEIVED");
    expect(skip.userErrors[0].message).toContain("REQUEST_EPICRISIS → EPICRISIS_REQUESTED");
    const dry = await step(unit, current, "REQUEST_EPICRISIS", { dryRun: true });
    expect(dry).toMatchObject({ wouldBecome: "EPICRISIS_REQUESTED", case: { status: "INQUIRY_RECEIVED", version: 1 } });
    expect((await step(unit, current, "CANCEL")).userErrors[0]).toMatchObject({ rule: "HT-1", field: ["input", "reason"] });
    const cancelled = await advance(unit, current, "CANCEL", { reason: "Hasta başka ülkede tedavi olmayı seçti" });
    expect(cancelled.status).toBe("CANCELLED");
    expect((await step(unit, cancelled, "REQUEST_EPICRISIS")).userErrors[0].message).toContain("final");
  });

  it('HT-7 the "400 patients" programme follows the same states, its patients met by hospital representatives', async () => {
    const patient = await patientOf("FOREIGN_PROGRAM");
    let current = (await app.gql(open, { input: { patientId: patient.id, channel: "OFFICIAL_LETTER" } }, unit)).data!.openHealthTourismCase
      .case;
    expect(current.programme).toBe("FOREIGN_PROGRAM");
    current = await advance(unit, current, "REQUEST_EPICRISIS");
    current = await advance(unit, current, "RECEIVE_EPICRISIS", { documents: [epicrisis] });
    current = await advance(unit, current, "FORWARD", { facilityId: hospital.id });
    current = await advance(hospital.token, current, "SCHEDULE_APPOINTMENT", {
      appointmentAt: "2026-12-12T07:00:00Z",
      cost: { amountMinor: 0, currency: "TRY" },
    });
    current = await advance(unit, current, "INFORM_PATIENT");
    current = await advance(unit, current, "ACCEPT");
    current = await advance(unit, current, "NOTIFY_FACILITY");
    expect((await step(hospital.token, current, "ARRIVE", { greetedBy: "UNIT_OFFICER" })).userErrors[0]).toMatchObject({ rule: "HT-7" });
    expect((await step(hospital.token, current, "ARRIVE", { greetedBy: "HOSPITAL_REPRESENTATIVE" })).userErrors).toEqual([]);
  });
});

describe("the case list reads its relations in batches", () => {
  const listed = `{ healthTourismCases(first: 100) { edges { node {
    id status patient { id } facility { code } documents { kind size } history { action toStatus } } } } }`;

  it("answers any number of cases with their patients, facilities, documents and histories in the same number of SQL statements", async () => {
    const patient = await patientOf("HEALTH_TOURIST");
    const openCase = async () => {
      let current = (await app.gql(open, { input: { patientId: patient.id, channel: "EMAIL" } }, unit)).data!.openHealthTourismCase.case;
      current = await advance(unit, current, "REQUEST_EPICRISIS");
      current = await advance(unit, current, "RECEIVE_EPICRISIS", { documents: [epicrisis] });
      return advance(unit, current, "FORWARD", { facilityId: hospital.id });
    };
    await openCase();
    const few = await app.gql(listed, {}, hospital.token);
    expect(few.errors).toBeUndefined();
    for (let i = 0; i < 3; i++) await openCase();
    const more = await app.gql(listed, {}, hospital.token);
    expect(more.errors).toBeUndefined();
    expect(more.data!.healthTourismCases.edges.length).toBeGreaterThanOrEqual(few.data!.healthTourismCases.edges.length + 3);
    // Before the batching, each case cost two statements more (its documents, its history): 7 for one case, 13 for four.
    expect(more.statements).toBe(few.statements);
    expect(few.statements).toBeLessThanOrEqual(7);
  });
});

describe("opening a case is idempotent", () => {
  it("HT-1 a retry with the same idempotencyKey answers the first case and writes no case, history row or event; other input under the key is a CONFLICT", async () => {
    const patient = await patientOf("HEALTH_TOURIST");
    const input = { patientId: patient.id, channel: "PHONE", idempotencyKey: "ht-open-retry-0001" };
    const counts = async () => ({
      cases: (await app.db.select({ n: count() }).from(healthTourismCases))[0].n,
      history: (await app.db.select({ n: count() }).from(healthTourismCaseHistory))[0].n,
      events: (await app.db.select({ n: count() }).from(domainEvents))[0].n,
    });
    const first = (await app.gql(open, { input }, unit)).data!.openHealthTourismCase;
    expect(first.userErrors).toEqual([]);
    const afterFirst = await counts();
    const retry = (await app.gql(open, { input }, unit)).data!.openHealthTourismCase;
    expect(retry).toEqual(first);
    expect(await counts()).toEqual(afterFirst);
    const other = await app.gql(open, { input: { ...input, channel: "EMAIL" } }, unit);
    expect(other.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await counts()).toEqual(afterFirst);
  });
});

describe("HT-1 a declined case, and what a step carries", () => {
  async function informed() {
    const patient = await patientOf("HEALTH_TOURIST");
    let current = (await app.gql(open, { input: { patientId: patient.id, channel: "EMAIL" } }, unit)).data!.openHealthTourismCase.case;
    current = await advance(unit, current, "REQUEST_EPICRISIS");
    current = await advance(unit, current, "RECEIVE_EPICRISIS", { documents: [epicrisis] });
    current = await advance(unit, current, "FORWARD", { facilityId: hospital.id });
    current = await advance(hospital.token, current, "SCHEDULE_APPOINTMENT", {
      appointmentAt: "2026-12-14T07:00:00Z",
      cost: { amountMinor: 120000, currency: "EUR" },
    });
    return advance(unit, current, "INFORM_PATIENT");
  }

  it("HT-1 a case the patient declines closes as DECLINED: the facility is not notified and no longer reads the patient", async () => {
    const declined = await advance(unit, await informed(), "DECLINE", { comment: "Hasta tedaviyi kabul etmedi" });
    expect(declined.status).toBe("DECLINED");
    const notify = await step(unit, declined, "NOTIFY_FACILITY");
    expect(notify.userErrors[0]).toMatchObject({ rule: "HT-2", code: "INVALID_TRANSITION" });
    expect(notify.userErrors[0].message).toContain("final");
    expect((await step(unit, declined, "CANCEL", { reason: "kapat" })).userErrors[0]).toMatchObject({ code: "INVALID_TRANSITION" });
    const caseId = Buffer.from(declined.id, "base64url").toString().split(":")[1];
    const links = await app.db
      .select({ endedAt: patientCareLinks.endedAt })
      .from(patientCareLinks)
      .where(and(eq(patientCareLinks.source, "HEALTH_TOURISM_CASE"), eq(patientCareLinks.sourceId, caseId)));
    expect(links).toEqual([{ endedAt: expect.any(Date) }]);
  });

  it("HT-3 a facility is given only when forwarding; HT-8 a document over the size limit is refused by its index; nothing is stored", async () => {
    const current = await informed();
    const withFacility = await step(unit, current, "ACCEPT", { facilityId: hospital.id });
    expect(withFacility.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "facilityId"], code: "ONLY_ON_FORWARD", rule: "HT-3" }),
    ]);
    const limit = process.env.KOORDINAT_HT_DOCUMENT_MAX_BYTES;
    process.env.KOORDINAT_HT_DOCUMENT_MAX_BYTES = "8";
    try {
      const tooLarge = await step(unit, current, "ACCEPT", {
        documents: [
          { ...epicrisis, kind: "OTHER", contentBase64: Buffer.from("12345678").toString("base64") },
          { ...epicrisis, kind: "OTHER" },
        ],
      });
      expect(tooLarge.userErrors).toEqual([
        expect.objectContaining({ field: ["input", "documents", "1"], code: "TOO_LARGE", rule: "HT-8" }),
      ]);
    } finally {
      if (limit === undefined) delete process.env.KOORDINAT_HT_DOCUMENT_MAX_BYTES;
      else process.env.KOORDINAT_HT_DOCUMENT_MAX_BYTES = limit;
    }
    const { data } = await app.gql(`query ($id: ID!) { healthTourismCase(id: $id) { ${fields} } }`, { id: current.id }, unit);
    expect(data!.healthTourismCase).toEqual(current);
  });
});

describe("optimistic concurrency", () => {
  it("HT-2 two steps sent at once on the same version: one is taken, the other answers CONFLICT with the case's real current version", async () => {
    const patient = await patientOf("HEALTH_TOURIST");
    const current = (await app.gql(open, { input: { patientId: patient.id, channel: "PHONE" } }, unit)).data!.openHealthTourismCase.case;
    const input = { id: current.id, expectedVersion: current.version, action: "REQUEST_EPICRISIS" };
    const answers = await Promise.all([app.gql(move, { input }, unit), app.gql(move, { input }, unit)]);
    const taken = answers.filter((a) => a.data?.transitionHealthTourismCase?.case);
    const refused = answers.filter((a) => a.errors);
    expect(taken).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: current.version + 1 });
    expect(refused[0].errors![0].message).toContain(`version ${current.version + 1}`);
  });
});
