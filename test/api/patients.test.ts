import { completeTurkishId } from "../../drizzle/seed/identifiers.js";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGlobalId } from "../../api/platform/conventions/global-id.js";
import { patientCareLinks } from "../../drizzle/schema/index.js";
import { iinFor } from "../../drizzle/seed/identifiers.js";
import { seededFacility, startTestApp, type TestApp } from "../support/app.js";

let app: TestApp;
let coordination: string;
let auditor: string;
let hospital: string;
let hospitalFacilityId: string;
beforeAll(async () => {
  app = await startTestApp();
  app.clock.set("2026-11-25T09:00:00Z");
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
  auditor = await app.tokenFor("AUDITOR", "national");
  const ceyhan = await seededFacility(app.db, (f) => f.name.startsWith("Ceyhan Devlet"));
  hospitalFacilityId = ceyhan.id;
  hospital = await app.tokenFor("PARTNER_HOSPITAL", `facility:${ceyhan.code}`);
});
afterAll(() => app?.stop());

const patientFields = `id category givenName familyName birthDate sex nationality preferredLanguage version
  identifiers { kind value issuingCountry } contact { phone email } guardian { name relationship }`;

const register = `mutation ($input: RegisterPatientInput!) {
  registerPatient(input: $input) { patient { ${patientFields} } userErrors { field message code rule } }
}`;

const readPatient = `query ($id: ID!) { patient(id: $id) { ${patientFields} } }`;

const facilityGlobalId = () => Buffer.from(`Facility:${hospitalFacilityId}`).toString("base64url");

const citizen = (overrides: Record<string, unknown> = {}) => ({
  category: "CITIZEN",
  identifiers: [{ kind: "TCKN", value: "12345678950" }],
  givenName: "Zeynep",
  familyName: "Aksoy",
  birthDate: "1985-03-14",
  sex: "FEMALE",
  nationality: "TR",
  contact: { phone: "+90 532 111 2233" },
  ...overrides,
});

async function patientIdByIdentifier(kind: string, value: string): Promise<string> {
  const { data } = await app.gql(
    `query ($identifier: IdentifierInput!) { patients(filter: { identifier: $identifier }, first: 1) { edges { node { id } } } }`,
    { identifier: { kind, value } },
    coordination,
  );
  return data!.patients.edges[0].node.id;
}

async function rowCount(table: string): Promise<number> {
  const result = await app.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  return ((result as any).rows ?? result)[0].n;
}

describe("identifiers through GraphQL", () => {
  it("ID-1 refuses a TCKN failing its check digit, names the check, and stores nothing", async () => {
    const before = await rowCount("patients");
    const { data } = await app.gql(register, { input: citizen({ identifiers: [{ kind: "TCKN", value: "17291716050" }] }) }, coordination);
    expect(data!.registerPatient.patient).toBeNull();
    expect(data!.registerPatient.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "identifiers", "0", "value"], code: "CHECK_DIGIT_10", rule: "ID-1" }),
    ]);
    expect(await rowCount("patients")).toBe(before);
  });

  it("ID-1 registers a citizen with a valid TCKN", async () => {
    const { data } = await app.gql(register, { input: citizen() }, coordination);
    expect(data!.registerPatient.userErrors).toEqual([]);
    expect(data!.registerPatient.patient).toMatchObject({
      category: "CITIZEN",
      identifiers: [{ kind: "TCKN", value: "12345678950", issuingCountry: null }],
    });
  });

  it("ID-2 checks a Kazakh IIN, including that its date part matches the birth date", async () => {
    const kz = (value: string, birthDate: string) => ({
      category: "KZ_RESIDENT",
      identifiers: [{ kind: "IIN", value }],
      givenName: "Dana",
      familyName: "Seitkali",
      birthDate,
      sex: "FEMALE",
      nationality: "KG",
      preferredLanguage: "ru",
    });
    const bad = await app.gql(register, { input: kz("900101300008", "1990-01-01") }, coordination);
    expect(bad.data!.registerPatient.userErrors[0]).toMatchObject({
      rule: "ID-2",
      code: "CONTROL_DIGIT",
      field: ["input", "identifiers", "0", "value"],
    });
    const iin = iinFor("2002-03-04", "FEMALE", "0001")!;
    const mismatch = await app.gql(register, { input: kz(iin, "2002-03-05") }, coordination);
    expect(mismatch.data!.registerPatient.userErrors).toEqual([expect.objectContaining({ rule: "ID-2", code: "IIN_BIRTH_DATE_MISMATCH" })]);
    const ok = await app.gql(register, { input: kz(iin, "2002-03-04") }, coordination);
    expect(ok.data!.registerPatient.userErrors).toEqual([]);
  });

  it("ID-3 requires a passport's issuing state", async () => {
    const tourist = {
      category: "HEALTH_TOURIST",
      identifiers: [{ kind: "PASSPORT", value: "C01X00T47" }],
      givenName: "Anna",
      familyName: "Schmidt",
      birthDate: "1970-07-07",
      sex: "FEMALE",
      nationality: "DE",
      preferredLanguage: "de",
    };
    const missing = await app.gql(register, { input: tourist }, coordination);
    expect(missing.data!.registerPatient.userErrors[0]).toMatchObject({
      rule: "ID-3",
      code: "ISSUING_COUNTRY",
      field: ["input", "identifiers", "0", "issuingCountry"],
    });
    const ok = await app.gql(
      register,
      { input: { ...tourist, identifiers: [{ kind: "PASSPORT", value: "C01X00T47", issuingCountry: "DE" }] } },
      coordination,
    );
    expect(ok.data!.registerPatient.patient.identifiers).toEqual([{ kind: "PASSPORT", value: "C01X00T47", issuingCountry: "DE" }]);
  });

  it("ID-4 keeps (kind, value) unique across the registry: a second patient with the same TCKN is refused", async () => {
    const { data } = await app.gql(
      register,
      { input: citizen({ givenName: "Başka", identifiers: [{ kind: "TCKN", value: "10000000146" }] }) },
      coordination,
    );
    expect(data!.registerPatient.userErrors).toEqual([expect.objectContaining({ rule: "ID-4", code: "IDENTIFIER_TAKEN" })]);
  });

  it("finding 6: ID-4 a hospital registering a TCKN already in the registry gets the answer a new registration gets, and no access (PAT-3)", async () => {
    const input = (tckn: string) =>
      citizen({ givenName: "Deniz", identifiers: [{ kind: "TCKN", value: tckn }], registeringFacilityId: facilityGlobalId() });
    const fresh = await app.gql(register, { input: input(completeTurkishId("462019337")) }, hospital);
    const stored = await app.gql(readPatient, { id: await patientIdByIdentifier("TCKN", "10000000146") }, coordination);
    const matched = await app.gql(register, { input: input("10000000146") }, hospital);
    const shape = (r: typeof fresh) => {
      const { id, identifiers, ...rest } = r.data!.registerPatient.patient;
      return {
        status: r.status,
        errors: r.errors,
        userErrors: r.data!.registerPatient.userErrors,
        rest,
        id: typeof id,
        identifiers: identifiers.length,
      };
    };
    expect(shape(matched)).toEqual(shape(fresh));
    expect(matched.data!.registerPatient.patient.identifiers).toEqual([{ kind: "TCKN", value: "10000000146", issuingCountry: null }]);
    // The stored record is neither read out nor changed; the hospital reads neither patient without a care link.
    expect(matched.data!.registerPatient.patient.givenName).toBe("Deniz");
    expect((await app.gql(readPatient, { id: stored.data!.patient.id }, coordination)).data).toEqual(stored.data);
    for (const registered of [fresh, matched])
      expect(
        (await app.gql(readPatient, { id: registered.data!.registerPatient.patient.id }, hospital)).errors![0].extensions,
      ).toMatchObject({
        code: "FORBIDDEN",
        rule: "PAT-3",
      });
    // The coordination unit, which reads every patient anyway, is still told the identifier is taken.
    expect((await app.gql(register, { input: input("10000000146") }, coordination)).data!.registerPatient.userErrors[0].code).toBe(
      "IDENTIFIER_TAKEN",
    );
  });

  it("ID-4 lets a patient hold several identifiers, each found by an exact filter", async () => {
    const id = await patientIdByIdentifier("TCKN", "17291716060");
    const add = await app.gql(
      `mutation ($input: AddPatientIdentifierInput!) { addPatientIdentifier(input: $input) { patient { version identifiers { kind value } } userErrors { code rule } } }`,
      { input: { patientId: id, expectedVersion: 1, identifier: { kind: "PASSPORT", value: "U9876543", issuingCountry: "TR" } } },
      coordination,
    );
    expect(add.data!.addPatientIdentifier.patient.identifiers).toHaveLength(2);
    const { data } = await app.gql(
      `{ patients(filter: { identifier: { kind: PASSPORT, value: "U9876543", issuingCountry: "TR" } }) { totalCount edges { node { id } } } }`,
      {},
      coordination,
    );
    expect(data!.patients.edges[0].node.id).toBe(id);
  });

  it("ID-4 gives exactly one winner when two registrations race for one identifier", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        app.gql(
          register,
          { input: citizen({ givenName: `Yarış${i}`, identifiers: [{ kind: "TCKN", value: "11111111110" }] }) },
          coordination,
        ),
      ),
    );
    expect(attempts.every((a) => !a.errors)).toBe(true);
    expect(attempts.filter((a) => a.data!.registerPatient.patient).length).toBe(1);
    expect(attempts.filter((a) => a.data!.registerPatient.userErrors[0]?.rule === "ID-4").length).toBe(5);
  });
});

describe("PAT-1 and PAT-2", () => {
  it("PAT-1 requires the identifier of the category (a temporary-protection patient without a temporary-protection ID or YKN)", async () => {
    const { data } = await app.gql(
      register,
      { input: { ...citizen(), category: "TEMPORARY_PROTECTION", nationality: "SY", preferredLanguage: "ar" } },
      coordination,
    );
    expect(data!.registerPatient.userErrors).toEqual([expect.objectContaining({ rule: "PAT-1", field: ["input", "identifiers"] })]);
  });

  it("PAT-1 lists patients by category", async () => {
    const { data } = await app.gql(
      `{ patients(filter: { category: TEMPORARY_PROTECTION }, first: 100) { edges { node { category nationality } } } }`,
      {},
      coordination,
    );
    expect(data!.patients.edges.length).toBeGreaterThan(0);
    for (const { node } of data!.patients.edges) expect(node.category).toBe("TEMPORARY_PROTECTION");
  });

  it("PAT-2 requires a legal guardian for a minor (under 18 on the Istanbul calendar day) and valid codes", async () => {
    const minor = citizen({
      identifiers: [{ kind: "TCKN", value: "22222222220" }],
      birthDate: "2008-11-26",
      nationality: "XX",
      preferredLanguage: "zz",
    });
    const { data } = await app.gql(register, { input: minor }, coordination);
    expect(data!.registerPatient.userErrors.map((e: any) => [e.field.join("."), e.rule])).toEqual([
      ["input.nationality", "PAT-2"],
      ["input.preferredLanguage", "PAT-2"],
      ["input.guardian", "PAT-2"],
    ]);
    const withGuardian = await app.gql(
      register,
      { input: { ...minor, nationality: "TR", preferredLanguage: "tr", guardian: { name: "Hakan Aksoy", relationship: "father" } } },
      coordination,
    );
    expect(withGuardian.data!.registerPatient.patient.guardian).toEqual({ name: "Hakan Aksoy", relationship: "father" });
  });
});

describe("PAT-3 who sees a patient", () => {
  it("PAT-3 a hospital cannot read an unrelated patient, reads one while a care link is active, and not after it ended", async () => {
    const id = await patientIdByIdentifier("TCKN", "10000000146");
    const denied = await app.gql(readPatient, { id }, hospital);
    expect(denied.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "PAT-3" });
    expect(denied.data?.patient ?? null).toBeNull();

    const patientId = parseGlobalId(id).localId;
    const sourceId = randomUUID();
    await app.db.insert(patientCareLinks).values({ patientId, facilityId: hospitalFacilityId, source: "REFERRAL", sourceId });
    const allowed = await app.gql(readPatient, { id }, hospital);
    expect(allowed.data!.patient.givenName).toBe("Ayşe");
    const list = await app.gql(`{ patients(first: 100) { edges { node { id } } } }`, {}, hospital);
    expect(list.data!.patients.edges.map((e: any) => e.node.id)).toEqual([id]);

    await app.db.update(patientCareLinks).set({ endedAt: new Date() }).where(eq(patientCareLinks.sourceId, sourceId));
    expect((await app.gql(readPatient, { id }, hospital)).errors?.[0].extensions?.rule).toBe("PAT-3");
    expect((await app.gql(`{ patients(first: 100) { edges { node { id } } } }`, {}, hospital)).data!.patients.edges).toEqual([]);
  });

  it("PAT-3 an e-government portal reads only the person it acts for", async () => {
    const portal = await app.tokenFor("EGOV_PORTAL", "person:TCKN:10000000146");
    const self = await patientIdByIdentifier("TCKN", "10000000146");
    const other = await patientIdByIdentifier("TCKN", "17291716060");
    expect((await app.gql(readPatient, { id: self }, portal)).data!.patient.familyName).toBe("Yılmaz");
    expect((await app.gql(readPatient, { id: other }, portal)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const list = await app.gql(`{ patients { totalCount edges { node { id } } } }`, {}, portal);
    expect(list.data!.patients).toEqual({ totalCount: 1, edges: [{ node: { id: self } }] });
  });

  it("PAT-3 a portal acting for a passport holder sees that passport's holder only, not the same number of another state (ID-3)", async () => {
    const tourist = (country: string, givenName: string) => ({
      category: "HEALTH_TOURIST",
      identifiers: [{ kind: "PASSPORT", value: "P7777777", issuingCountry: country }],
      givenName,
      familyName: "Test",
      birthDate: "1975-05-05",
      sex: "MALE",
      nationality: country,
      preferredLanguage: "en",
    });
    await app.gql(register, { input: tourist("DE", "Jonas") }, coordination);
    await app.gql(register, { input: tourist("FR", "Julien") }, coordination);
    const portal = await app.tokenFor("EGOV_PORTAL", "person:PASSPORT:DE:P7777777");
    const { data } = await app.gql(`{ patients { totalCount edges { node { givenName } } } }`, {}, portal);
    expect(data!.patients).toEqual({ totalCount: 1, edges: [{ node: { givenName: "Jonas" } }] });
  });

  it("PAT-3 roles without patient business read no personal data (provincial directorate, insurer, approvers)", async () => {
    const id = await patientIdByIdentifier("TCKN", "10000000146");
    for (const [role, scope] of [
      ["PROVINCIAL_DIRECTORATE", "province:01"],
      ["INSURER", "insurer:SGK"],
      ["GENERAL_DIRECTOR", "national"],
    ] as const) {
      const token = await app.tokenFor(role, scope);
      expect((await app.gql(readPatient, { id }, token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect((await app.gql(`{ patients { totalCount } }`, {}, token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("PAT-3 a hospital registers patients only at its own facility", async () => {
    const other = await seededFacility(app.db, (f) => f.provinceCode === "06" && f.kind === "STATE_HOSPITAL");
    const otherId = Buffer.from(`Facility:${other.id}`).toString("base64url");
    const input = citizen({ identifiers: [{ kind: "TCKN", value: "33333333330" }] });
    expect((await app.gql(register, { input: { ...input, registeringFacilityId: otherId } }, hospital)).errors?.[0].extensions?.code).toBe(
      "FORBIDDEN",
    );
    const own = await app.gql(register, { input: { ...input, registeringFacilityId: facilityGlobalId() } }, hospital);
    expect(own.data!.registerPatient.userErrors).toEqual([]);
  });
});

describe("access log, versions and idempotency", () => {
  it("every read and write of personal data is in the access log, readable by auditors only, and cannot be changed", async () => {
    const id = await patientIdByIdentifier("TCKN", "17291716060");
    await app.gql(readPatient, { id }, coordination);
    const log = await app.gql(
      `query ($id: ID!) { accessLog(filter: { patientId: $id }, last: 100) { edges { node { action basis role patientId requestId } } } }`,
      { id },
      auditor,
    );
    const actions = log.data!.accessLog.edges.map((e: any) => e.node);
    expect(actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "patient.read", basis: "NATIONAL_SCOPE", role: "COORDINATION_UNIT", patientId: id }),
      ]),
    );
    expect(actions.every((a: any) => a.requestId)).toBe(true);
    expect((await app.gql(`{ accessLog { totalCount } }`, {}, coordination)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    await expect(app.db.execute(sql`update access_log set bases = '{tampered}'`)).rejects.toThrow();
    await expect(app.db.execute(sql`delete from access_log`)).rejects.toThrow();
  });

  it("updatePatient checks expectedVersion and logs the write", async () => {
    const { data } = await app.gql(register, { input: citizen({ identifiers: [{ kind: "TCKN", value: "44444444440" }] }) }, coordination);
    const { id } = data!.registerPatient.patient;
    const update = `mutation ($input: UpdatePatientInput!) { updatePatient(input: $input) { patient { version contact { phone } } userErrors { code rule } } }`;
    const ok = await app.gql(update, { input: { id, expectedVersion: 1, contact: { phone: "+90 555 000 0000" } } }, coordination);
    expect(ok.data!.updatePatient.patient).toEqual({ version: 2, contact: { phone: "+90 555 000 0000" } });
    const stale = await app.gql(update, { input: { id, expectedVersion: 1, givenName: "Eski" } }, coordination);
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
  });

  it("registerPatient with an idempotency key returns the first patient on retry", async () => {
    const input = citizen({ identifiers: [{ kind: "TCKN", value: "55555555550" }], idempotencyKey: "hbys-req-0001" });
    const first = await app.gql(register, { input }, coordination);
    const retry = await app.gql(register, { input }, coordination);
    expect(retry.data!.registerPatient).toEqual(first.data!.registerPatient);
  });

  it("50 patients with their registering facilities cost at most 3 SQL statements (page, facilities, access log)", async () => {
    const response = await app.gql(
      `{ patients(first: 50) { edges { node { id givenName registeringFacility { code name level province { name } } } } } }`,
      {},
      coordination,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.patients.edges).toHaveLength(50);
    expect(response.data!.patients.edges.every((e: any) => e.node.registeringFacility)).toBe(true);
    expect(response.statements).toBeGreaterThan(0);
    expect(response.statements).toBeLessThanOrEqual(3);
  });
});
