import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iinFor } from "../../drizzle/seed/identifiers.js";
import { startTestApp, type TestApp } from "../support/app.js";

/** Wednesday 25 November 2026, 11:00 in Almaty. */
const NOW = "2026-11-25T06:00:00Z";
const EMRE = "900101300007";
const AIGERIM = "950615400809";

let app: TestApp;
let insurer: string;
let almaty: string;
let astana: string;
let emrePortal: string;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  insurer = await app.tokenFor("INSURER", "insurer:KAZMED");
  almaty = await app.tokenFor("PHC_ORGANISATION", "organisation:KZ-ALA-PHC-01");
  astana = await app.tokenFor("PHC_ORGANISATION", "organisation:KZ-AST-PHC-01");
  emrePortal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${EMRE}`);
});
afterAll(() => app?.stop());

const registerContract = `mutation ($input: RegisterInsuranceContractInput!) { registerInsuranceContract(input: $input) { contract { id endsOn } userErrors { field code rule } } }`;
const submitRequest = `mutation ($input: SubmitAttachmentRequestInput!) { submitAttachmentRequest(input: $input) { request { id status version decisionDueAt noticeNumber } userErrors { field code rule message } } }`;
const fileRequest = `mutation ($input: FileAttachmentRequestInput!) { fileAttachmentRequest(input: $input) { request { id status version } userErrors { code rule } } }`;
const decide = `mutation ($input: DecideAttachmentRequestInput!) { decideAttachmentRequest(input: $input) { request { status noticeNumber refusalReason version } userErrors { field code rule } } }`;
const recordService = `mutation ($input: RecordGuaranteedServiceInput!) { recordGuaranteedService(input: $input) { service { id } userErrors { field code rule message } } }`;

let contractSerial = 1;
async function contractFor(iin: string, startsOn = "2026-01-01", endsOn = "2026-12-31", kind = "VHI"): Promise<string> {
  const { data } = await app.gql(
    registerContract,
    { input: { number: `DMS-2026-${contractSerial++}`, kind, insuredIin: iin, startsOn, endsOn } },
    insurer,
  );
  expect(data!.registerInsuranceContract.userErrors).toEqual([]);
  return data!.registerInsuranceContract.contract.id;
}

const egovRequest = (personIin: string, contractId: string, overrides: Record<string, unknown> = {}) => ({
  personIin,
  organisationCode: "KZ-ALA-PHC-01",
  contractId,
  channel: "EGOV_PORTAL",
  edsCertificateRef: "NCA-RSA-2048-0001",
  documents: { insuranceContract: true, identityDocument: true },
  residence: { kind: "TEMPORARY", city: "Almaty", district: "Bostandyk" },
  ...overrides,
});

async function attach(token: string, input: Record<string, unknown>, organisation = almaty) {
  const submitted = (await app.gql(submitRequest, { input }, token)).data!.submitAttachmentRequest;
  expect(submitted.userErrors).toEqual([]);
  const filed = (await app.gql(fileRequest, { input: { id: submitted.request.id, expectedVersion: 1 } }, organisation)).data!
    .fileAttachmentRequest.request;
  return (await app.gql(decide, { input: { id: filed.id, expectedVersion: filed.version, attach: true } }, organisation)).data!
    .decideAttachmentRequest;
}

async function registerKzPerson(birthDate: string, sex: "MALE" | "FEMALE", givenName: string): Promise<string> {
  const iin = iinFor(birthDate, sex, String(contractSerial++).padStart(4, "0")) ?? iinFor(birthDate, sex, "7777")!;
  const coordination = await app.tokenFor("COORDINATION_UNIT", "national");
  const { data } = await app.gql(
    `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { userErrors { code message } } }`,
    {
      input: {
        category: "KZ_RESIDENT",
        identifiers: [{ kind: "IIN", value: iin }],
        givenName,
        familyName: "Tursunov",
        birthDate,
        sex,
        nationality: "UZ",
        preferredLanguage: "ru",
        ...(birthDate > "2008-11-25" ? { guardian: { name: "Timur Tursunov", relationship: "father" } } : {}),
      },
    },
    coordination,
  );
  expect(data!.registerPatient.userErrors).toEqual([]);
  return iin;
}

describe("KZ-1 to KZ-3 identity and insurance", () => {
  it("KZ-1 a person is reached by a valid IIN (ID-2)", async () => {
    const bad = await app.gql(`{ employmentEligibility(iin: "900101300008", date: "2026-11-25") { eligible } }`, {}, insurer);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "KZ-1" });
    const coordination = await app.tokenFor("COORDINATION_UNIT", "national");
    const unknown = await app.gql(`{ attachment(iin: "${iinFor("1988-08-08", "MALE", "4242")}") { active } }`, {}, coordination);
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("finding 6: KZ-6 attachment and guaranteedVolume answer a caller who may not see the person the same way, registered IIN or not", async () => {
    const registered = await registerKzPerson("1979-04-12", "FEMALE", "Saule");
    const unregistered = iinFor("1979-04-12", "FEMALE", "9898")!;
    const otherPortal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${AIGERIM}`);
    const queries = [
      (iin: string) => `{ attachment(iin: "${iin}") { active } }`,
      (iin: string) => `{ guaranteedVolume(iin: "${iin}", date: "2026-12-20") { code used } }`,
    ];
    for (const token of [almaty, insurer, otherPortal])
      for (const query of queries) {
        const [known, unknown] = await Promise.all([app.gql(query(registered), {}, token), app.gql(query(unregistered), {}, token)]);
        expect(known.errors![0].extensions!.code).toBe("FORBIDDEN");
        expect({ ...unknown, headers: null, statements: null }).toEqual({ ...known, headers: null, statements: null });
      }
  });

  it("KZ-2 insurers register VHI or OSMS contracts with number, insured IIN and validity", async () => {
    expect(await contractFor(EMRE)).toBeTruthy();
    const backwards = await app.gql(
      registerContract,
      { input: { number: "DMS-X-1", kind: "OSMS", insuredIin: AIGERIM, startsOn: "2026-12-01", endsOn: "2026-01-01" } },
      insurer,
    );
    expect(backwards.data!.registerInsuranceContract.userErrors[0]).toMatchObject({ rule: "KZ-2", code: "BEFORE_START" });
    expect(
      (
        await app.gql(
          registerContract,
          { input: { number: "X-2", kind: "VHI", insuredIin: AIGERIM, startsOn: "2026-01-01", endsOn: "2026-12-31" } },
          almaty,
        )
      ).errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
  });

  it("KZ-3 answers whether an IIN may be employed on a day", async () => {
    await contractFor(AIGERIM, "2026-03-01", "2026-08-31", "OSMS");
    const on = async (date: string) =>
      (await app.gql(`{ employmentEligibility(iin: "${AIGERIM}", date: "${date}") { eligible rule contracts { kind } } }`, {}, insurer))
        .data!.employmentEligibility;
    expect(await on("2026-05-01")).toEqual({ eligible: true, rule: "KZ-3", contracts: [{ kind: "OSMS" }] });
    expect((await on("2026-09-01")).eligible).toBe(false);
  });
});

describe("KZ-4 to KZ-9 attachment requests", () => {
  it("KZ-4 and KZ-5 check the place of residence and what each channel brings", async () => {
    const contractId = await contractFor(EMRE);
    const outside = await app.gql(
      submitRequest,
      { input: egovRequest(EMRE, contractId, { residence: { kind: "PERMANENT", city: "Almaty", district: "Auezov" } }) },
      emrePortal,
    );
    expect(outside.data!.submitAttachmentRequest.userErrors[0]).toMatchObject({ rule: "KZ-4", code: "OUTSIDE_SERVICE_AREA" });
    const unsigned = await app.gql(submitRequest, { input: egovRequest(EMRE, contractId, { edsCertificateRef: null }) }, emrePortal);
    expect(unsigned.data!.submitAttachmentRequest.userErrors[0]).toMatchObject({ rule: "KZ-5", code: "EDS_REQUIRED" });
    const inEnglish = await app.gql(
      submitRequest,
      {
        input: egovRequest(EMRE, contractId, {
          channel: "IN_PERSON",
          edsCertificateRef: null,
          applicationLanguage: "en",
          documents: { identityDocument: true },
        }),
      },
      almaty,
    );
    expect(inEnglish.data!.submitAttachmentRequest.userErrors.map((e: any) => [e.rule, e.code])).toEqual([
      ["KZ-5", "LANGUAGE"],
      ["KZ-5", "DOCUMENTS_MISSING"],
    ]);
  });

  it("KZ-6, KZ-7 and KZ-8: filed, decided within one business day (Asia/Almaty), with a notice or a reasoned refusal", async () => {
    const contractId = await contractFor(EMRE);
    const submitted = (await app.gql(submitRequest, { input: egovRequest(EMRE, contractId) }, emrePortal)).data!.submitAttachmentRequest
      .request;
    expect(submitted.decisionDueAt).toBe("2026-11-26T19:00:00.000Z");
    const early = await app.gql(decide, { input: { id: submitted.id, expectedVersion: 1, attach: true } }, almaty);
    expect(early.data!.decideAttachmentRequest.userErrors[0]).toMatchObject({ rule: "KZ-6" });
    expect((await app.gql(fileRequest, { input: { id: submitted.id, expectedVersion: 1 } }, astana)).errors?.[0].extensions?.code).toBe(
      "FORBIDDEN",
    );
    const filed = (await app.gql(fileRequest, { input: { id: submitted.id, expectedVersion: 1 } }, almaty)).data!.fileAttachmentRequest
      .request;
    expect(filed.status).toBe("FILED");

    app.clock.set("2026-11-26T19:00:01Z");
    try {
      const overdue = await app.gql(`{ attachmentRequests(organisationCode: "KZ-ALA-PHC-01", overdueOnly: true) { id } }`, {}, almaty);
      expect(overdue.data!.attachmentRequests.map((r: any) => r.id)).toContain(submitted.id);
      const noReason = await app.gql(
        decide,
        { input: { id: filed.id, expectedVersion: filed.version, attach: false, refusalReason: "no" } },
        almaty,
      );
      expect(noReason.data!.decideAttachmentRequest.userErrors[0]).toMatchObject({ rule: "KZ-8", code: "REASON_REQUIRED" });
      const refused = await app.gql(
        decide,
        {
          input: {
            id: filed.id,
            expectedVersion: filed.version,
            attach: false,
            refusalReason: "Адрес временного проживания не подтверждён документально.",
          },
        },
        almaty,
      );
      expect(refused.data!.decideAttachmentRequest.request).toMatchObject({ status: "REFUSED", noticeNumber: null });
    } finally {
      app.clock.set(NOW);
    }
  });

  it("KZ-7 counts business days: Friday → Monday, and over a public holiday", async () => {
    const contractId = await contractFor(EMRE);
    app.clock.set("2026-11-27T10:00:00Z"); // Friday 15:00 in Almaty
    const friday = (await app.gql(submitRequest, { input: egovRequest(EMRE, contractId) }, emrePortal)).data!.submitAttachmentRequest
      .request;
    expect(friday.decisionDueAt).toBe("2026-11-30T19:00:00.000Z");
    app.clock.set("2026-12-15T05:00:00Z"); // Tuesday; 16 December is Independence Day
    const holiday = (await app.gql(submitRequest, { input: egovRequest(EMRE, contractId) }, emrePortal)).data!.submitAttachmentRequest
      .request;
    expect(holiday.decisionDueAt).toBe("2026-12-17T19:00:00.000Z");
    app.clock.set(NOW);
  });

  it("KZ-9 and KZ-12: attached for the contract's term, lapsing at its end; attaching elsewhere ends the previous one", async () => {
    const contractId = await contractFor(EMRE, "2026-01-01", "2027-01-31");
    const attached = await attach(emrePortal, egovRequest(EMRE, contractId));
    expect(attached.request.noticeNumber).toMatch(/^KZ-ATT-20261125-/);
    const read = `{ attachment(iin: "${EMRE}") { organisationCode validUntil active } }`;
    expect((await app.gql(read, {}, emrePortal)).data!.attachment).toEqual({
      organisationCode: "KZ-ALA-PHC-01",
      validUntil: "2027-01-31",
      active: true,
    });
    await attach(
      emrePortal,
      egovRequest(EMRE, contractId, {
        organisationCode: "KZ-AST-PHC-01",
        residence: { kind: "PERMANENT", city: "Astana", district: "Yesil" },
      }),
      astana,
    );
    expect((await app.gql(read, {}, emrePortal)).data!.attachment.organisationCode).toBe("KZ-AST-PHC-01");
    app.clock.set("2027-02-01T06:00:00Z");
    try {
      expect((await app.gql(read, {}, emrePortal)).data!.attachment.active).toBe(false);
    } finally {
      app.clock.set(NOW);
    }
  });
});

describe("KZ-10 and KZ-11 family and minors", () => {
  it("KZ-10 a family member attaches another at the organisation, with written consent and the documents; not through the portal", async () => {
    const wife = await registerKzPerson("1992-04-04", "FEMALE", "Madina");
    const contractId = await contractFor(wife);
    const viaPortal = egovRequest(wife, contractId, {
      applicantRelation: "FAMILY_MEMBER",
      documents: { insuranceContract: true, identityDocument: true, writtenConsent: true },
    });
    expect((await app.gql(submitRequest, { input: viaPortal }, emrePortal)).errors?.[0].extensions).toMatchObject({
      code: "FORBIDDEN",
      rule: "KZ-10",
    });
    const inPerson = {
      ...viaPortal,
      channel: "IN_PERSON",
      edsCertificateRef: null,
      applicationLanguage: "kk",
      documents: { insuranceContract: true, identityDocument: true },
    };
    expect((await app.gql(submitRequest, { input: inPerson }, almaty)).data!.submitAttachmentRequest.userErrors[0]).toMatchObject({
      rule: "KZ-10",
    });
    const withConsent = { ...inPerson, documents: { insuranceContract: true, identityDocument: true, writtenConsent: true } };
    expect((await app.gql(submitRequest, { input: withConsent }, almaty)).data!.submitAttachmentRequest.userErrors).toEqual([]);
  });

  it("KZ-11 a child is attached by a legal representative with both identity documents", async () => {
    const child = await registerKzPerson("2019-06-01", "MALE", "Alisher");
    const contractId = await contractFor(child);
    const inPerson = { ...egovRequest(child, contractId), channel: "IN_PERSON", edsCertificateRef: null, applicationLanguage: "ru" };
    const alone = await app.gql(submitRequest, { input: inPerson }, almaty);
    expect(alone.data!.submitAttachmentRequest.userErrors[0]).toMatchObject({ rule: "KZ-11", code: "MINOR" });
    const represented = {
      ...inPerson,
      applicantRelation: "LEGAL_REPRESENTATIVE",
      documents: { insuranceContract: true, identityDocument: true, legalRepresentativeIdentity: true },
    };
    expect((await app.gql(submitRequest, { input: represented }, almaty)).data!.submitAttachmentRequest.userErrors).toEqual([]);
  });
});

describe("KZ-13 and KZ-14 the free guaranteed volume", () => {
  it("KZ-13 covers the 23 diseases dangerous to others, and only them", async () => {
    const { data } = await app.gql(`{ guaranteedDiseases { code } }`, {}, almaty);
    expect(data!.guaranteedDiseases).toHaveLength(23);
    const outside = await app.gql(
      recordService,
      { input: { personIin: AIGERIM, serviceCode: "THERAPIST", diseaseCode: "DIABETES", providedOn: "2026-11-20" } },
      almaty,
    );
    expect(outside.data!.recordGuaranteedService.userErrors[0]).toMatchObject({ rule: "KZ-13", code: "NOT_GUARANTEED" });
  });

  it("KZ-14 refuses a service beyond its quota with the date it is available again (calendar year; 6 months after the last)", async () => {
    app.clock.set("2026-12-20T06:00:00Z");
    const future = await app.gql(
      recordService,
      { input: { personIin: AIGERIM, serviceCode: "EEG", diseaseCode: "MALARIA", providedOn: "2026-12-21" } },
      almaty,
    );
    expect(future.data!.recordGuaranteedService.userErrors[0]).toMatchObject({ rule: "KZ-14", code: "IN_FUTURE" });
    const give = (serviceCode: string, providedOn: string) =>
      app.gql(recordService, { input: { personIin: AIGERIM, serviceCode, diseaseCode: "TUBERCULOSIS", providedOn } }, almaty);
    expect((await give("THERAPIST", "2026-02-10")).data!.recordGuaranteedService.userErrors).toEqual([]);
    expect((await give("THERAPIST", "2026-09-10")).data!.recordGuaranteedService.userErrors).toEqual([]);
    const third = (await give("THERAPIST", "2026-11-20")).data!.recordGuaranteedService.userErrors[0];
    expect(third).toMatchObject({ rule: "KZ-14", code: "QUOTA_USED" });
    expect(third.message).toContain("2027-01-01");
    expect((await give("CHEST_XRAY", "2026-06-15")).data!.recordGuaranteedService.userErrors).toEqual([]);
    const early = (await give("CHEST_XRAY", "2026-12-14")).data!.recordGuaranteedService.userErrors[0];
    expect(early.message).toContain("2026-12-15");
    expect((await give("CHEST_XRAY", "2026-12-15")).data!.recordGuaranteedService.userErrors).toEqual([]);
    // 6 months by calendar months: after 31 August, the next is on 28 February.
    const { quotaAvailability } = await import("../../api/kazakhstan/rules.js");
    expect(quotaAvailability({ limitCount: 1, period: "SIX_MONTHS" }, ["2024-08-31"], "2025-02-27").allowed).toBe(false);
    expect(quotaAvailability({ limitCount: 1, period: "SIX_MONTHS" }, ["2024-08-31"], "2025-02-28").allowed).toBe(true);
    const volume = await app.gql(`{ guaranteedVolume(iin: "${AIGERIM}", date: "2026-12-20") { code used availableOn } }`, {}, almaty);
    expect(volume.data!.guaranteedVolume.find((q: any) => q.code === "THERAPIST")).toEqual({
      code: "THERAPIST",
      used: 2,
      availableOn: "2027-01-01",
    });
    app.clock.set(NOW);
  });
});
