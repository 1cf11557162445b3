import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { domainEvents, kzAttachmentRequestHistory, kzAttachmentRequests, kzInsuranceContracts } from "../../drizzle/schema/index.js";
import { iinFor } from "../../drizzle/seed/identifiers.js";
import { countRows } from "../support/counts.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { subscribedReceiver } from "../support/webhook-receiver.js";

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

async function registerKzPerson(birthDate: string, sex: "MALE" | "FEMALE", givenName: string, guardianIin?: string): Promise<string> {
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
        ...(birthDate > "2008-11-25"
          ? {
              guardian: {
                name: "Timur Tursunov",
                relationship: "father",
                ...(guardianIin ? { identifier: { kind: "IIN", value: guardianIin } } : {}),
              },
            }
          : {}),
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
      const overdue = await app.gql(
        `{ attachmentRequests(organisationCode: "KZ-ALA-PHC-01", overdueOnly: true, first: 100) { edges { node { id } } } }`,
        {},
        almaty,
      );
      expect(overdue.data!.attachmentRequests.edges.map((e: any) => e.node.id)).toContain(submitted.id);
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
  it("KZ-10 a family member attaches another, through the portal or at the organisation, with the member's consent and the documents", async () => {
    const wife = await registerKzPerson("1992-04-04", "FEMALE", "Madina");
    const contractId = await contractFor(wife);
    const familyRequest = (documents: Record<string, boolean>) =>
      egovRequest(wife, contractId, { applicantRelation: "FAMILY_MEMBER", documents });
    const noConsent = await app.gql(
      submitRequest,
      { input: familyRequest({ insuranceContract: true, identityDocument: true }) },
      emrePortal,
    );
    expect(noConsent.data!.submitAttachmentRequest.userErrors[0]).toMatchObject({ rule: "KZ-10", code: "FAMILY_CONSENT" });
    // Applying for oneself is SELF, not a family application.
    const self = await app.gql(
      submitRequest,
      { input: egovRequest(EMRE, await contractFor(EMRE), { applicantRelation: "FAMILY_MEMBER", documents: { writtenConsent: true } }) },
      emrePortal,
    );
    expect(self.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "KZ-10" });
    const viaPortal = await app.gql(submitRequest, { input: familyRequest({ writtenConsent: true }) }, emrePortal);
    expect(viaPortal.data!.submitAttachmentRequest.userErrors).toEqual([]);
    const inPerson = {
      ...familyRequest({ insuranceContract: true, identityDocument: true }),
      channel: "IN_PERSON",
      edsCertificateRef: null,
      applicationLanguage: "kk",
      applicantIin: EMRE,
    };
    expect((await app.gql(submitRequest, { input: inPerson }, almaty)).data!.submitAttachmentRequest.userErrors[0]).toMatchObject({
      rule: "KZ-10",
    });
    const withConsent = { ...inPerson, documents: { insuranceContract: true, identityDocument: true, writtenConsent: true } };
    expect((await app.gql(submitRequest, { input: withConsent }, almaty)).data!.submitAttachmentRequest.userErrors).toEqual([]);
  });

  it("KZ-11 a parent attaches their child through the portal, with both identity documents; the notice reaches the parent's portal", async () => {
    const parent = await registerKzPerson("1980-01-01", "MALE", "Timur");
    const parentPortal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${parent}`);
    const parentHooks = await subscribedReceiver(app.gql, parentPortal, ["attachmentRequest.attached"]);
    try {
      const child = await registerKzPerson("2018-03-03", "FEMALE", "Amina", parent);
      const contractId = await contractFor(child);
      const forChild = (documents: Record<string, boolean>) =>
        egovRequest(child, contractId, { applicantRelation: "LEGAL_REPRESENTATIVE", documents });
      const oneDocument = await app.gql(submitRequest, { input: forChild({ identityDocument: true }) }, parentPortal);
      expect(oneDocument.data!.submitAttachmentRequest.userErrors[0]).toMatchObject({ rule: "KZ-11", code: "MINOR" });
      const asFamily = await app.gql(
        submitRequest,
        { input: { ...forChild({ identityDocument: true, legalRepresentativeIdentity: true }), applicantRelation: "FAMILY_MEMBER" } },
        parentPortal,
      );
      expect(asFamily.data!.submitAttachmentRequest.userErrors[0]).toMatchObject({ rule: "KZ-11", code: "MINOR" });
      // Another person's portal is not the child's legal representative on record.
      const aigerimPortal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${AIGERIM}`);
      const stranger = await app.gql(
        submitRequest,
        { input: forChild({ identityDocument: true, legalRepresentativeIdentity: true }) },
        aigerimPortal,
      );
      expect(stranger.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "KZ-11" });
      expect((await app.gql(`{ attachment(iin: "${child}") { active } }`, {}, aigerimPortal)).errors?.[0].extensions?.code).toBe(
        "FORBIDDEN",
      );
      const attached = await attach(parentPortal, forChild({ identityDocument: true, legalRepresentativeIdentity: true }));
      expect(attached.request).toMatchObject({ status: "ATTACHED", noticeNumber: expect.stringMatching(/^KZ-ATT-/) });
      expect((await app.gql(`{ attachment(iin: "${child}") { organisationCode active } }`, {}, parentPortal)).data!.attachment).toEqual({
        organisationCode: "KZ-ALA-PHC-01",
        active: true,
      });
      await app.server.jobs.deliverWebhooks();
      expect(parentHooks.accepted.map((e) => e.type)).toEqual(["attachmentRequest.attached"]);
    } finally {
      await parentHooks.stop();
    }
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

describe("KZ-9, KZ-12 attachment history and KZ-7's holiday calendar", () => {
  it("KZ-9 and KZ-12 keep ended attachments readable with their reason: replaced by another organisation, or the contract ended", async () => {
    const person = await registerKzPerson("1985-05-05", "MALE", "Rustam");
    const portal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${person}`);
    const contractId = await contractFor(person, "2026-01-01", "2027-01-31");
    await attach(portal, egovRequest(person, contractId));
    app.clock.advance(60_000);
    await attach(
      portal,
      egovRequest(person, contractId, {
        organisationCode: "KZ-AST-PHC-01",
        residence: { kind: "PERMANENT", city: "Astana", district: "Yesil" },
      }),
      astana,
    );
    const history = `{ attachmentHistory(iin: "${person}") { organisationCode active endReason endedAt reattachedTo validUntil } }`;
    const now = (await app.gql(history, {}, portal)).data!.attachmentHistory;
    expect(now).toEqual([
      { organisationCode: "KZ-AST-PHC-01", active: true, endReason: null, endedAt: null, reattachedTo: null, validUntil: "2027-01-31" },
      {
        organisationCode: "KZ-ALA-PHC-01",
        active: false,
        endReason: "REATTACHED",
        endedAt: expect.any(String),
        reattachedTo: "KZ-AST-PHC-01",
        validUntil: "2027-01-31",
      },
    ]);
    // The old organisation still reads the history of a person who applied there; a stranger's portal does not.
    expect((await app.gql(history, {}, almaty)).data!.attachmentHistory).toHaveLength(2);
    expect((await app.gql(history, {}, emrePortal)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    app.clock.set("2027-02-01T06:00:00Z");
    try {
      expect((await app.gql(history, {}, portal)).data!.attachmentHistory[0]).toMatchObject({
        active: false,
        endReason: "CONTRACT_ENDED",
        endedAt: "2027-01-31T19:00:00.000Z",
      });
    } finally {
      app.clock.set(NOW);
    }
  });

  it("KZ-7 a year without Kazakh public holidays on record is not guessed: the request is refused until the calendar is recorded", async () => {
    const contractId = await contractFor(EMRE, "2026-01-01", "2028-12-31");
    app.clock.set("2028-03-01T05:00:00Z");
    try {
      const before = (await app.gql(`{ attachmentRequests(organisationCode: "KZ-ALA-PHC-01") { totalCount } }`, {}, almaty)).data!
        .attachmentRequests.totalCount;
      const refused = await app.gql(submitRequest, { input: egovRequest(EMRE, contractId) }, emrePortal);
      expect(refused.data!.submitAttachmentRequest).toMatchObject({
        request: null,
        userErrors: [{ code: "NO_HOLIDAY_CALENDAR", rule: "KZ-7", field: null, message: expect.stringContaining("2028") }],
      });
      expect(
        (await app.gql(`{ attachmentRequests(organisationCode: "KZ-ALA-PHC-01") { totalCount } }`, {}, almaty)).data!.attachmentRequests
          .totalCount,
      ).toBe(before);
      const coordination = await app.tokenFor("COORDINATION_UNIT", "national");
      const recorded = await app.gql(
        `mutation ($input: SetPublicHolidaysInput!) { setPublicHolidays(input: $input) { userErrors { code } } }`,
        { input: { countryCode: "KZ", year: 2028, holidays: [{ day: "2028-03-08", name: "Международный женский день" }] } },
        coordination,
      );
      expect(recorded.errors).toBeUndefined();
      const accepted = await app.gql(submitRequest, { input: egovRequest(EMRE, contractId) }, emrePortal);
      expect(accepted.data!.submitAttachmentRequest.userErrors).toEqual([]);
      // Wednesday 1 March → Thursday 2 March; 8 March is a holiday, but not in the way.
      expect(accepted.data!.submitAttachmentRequest.request.decisionDueAt).toBe("2028-03-02T19:00:00.000Z");
    } finally {
      app.clock.set(NOW);
    }
  });
});

describe("KZ-7 and KZ-15 notices from the background jobs", () => {
  it("KZ-7 an overdue attachment decision is announced once to the organisation that owes it and to the insurer", async () => {
    const organisationHooks = await subscribedReceiver(app.gql, astana, ["attachmentRequest.overdue"]);
    const insurerHooks = await subscribedReceiver(app.gql, insurer, ["attachmentRequest.overdue"]);
    try {
      const person = await registerKzPerson("1979-07-07", "MALE", "Nurlan");
      const portal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${person}`);
      const contractId = await contractFor(person);
      const submitted = (
        await app.gql(
          submitRequest,
          {
            input: egovRequest(person, contractId, {
              organisationCode: "KZ-AST-PHC-01",
              residence: { kind: "PERMANENT", city: "Astana", district: "Yesil" },
            }),
          },
          portal,
        )
      ).data!.submitAttachmentRequest.request;
      await app.server.jobs.notifyOverdueAttachmentDecisions();
      app.clock.set(new Date(new Date(submitted.decisionDueAt).getTime() + 60_000));
      expect(await app.server.jobs.notifyOverdueAttachmentDecisions()).toBeGreaterThanOrEqual(1);
      expect(await app.server.jobs.notifyOverdueAttachmentDecisions()).toBe(0);
      await app.server.jobs.deliverWebhooks();
      for (const hooks of [organisationHooks, insurerHooks]) {
        const mine = hooks.accepted.filter((e) => e.subject.id === submitted.id);
        expect(mine).toHaveLength(1);
        expect(mine[0]).toMatchObject({
          type: "attachmentRequest.overdue",
          data: { status: "SUBMITTED", decisionDueAt: submitted.decisionDueAt, rule: "KZ-7", actorRole: null },
        });
      }
      expect(JSON.stringify(insurerHooks.accepted)).not.toContain(person);
    } finally {
      app.clock.set(NOW);
      await Promise.all([organisationHooks.stop(), insurerHooks.stop()]);
    }
  });

  it("KZ-15 before a contract ends, the person's portal, their organisation and the insurer hear that the attachment and employment eligibility lapse (KZ-3, KZ-9)", async () => {
    const person = await registerKzPerson("1983-08-08", "FEMALE", "Dana");
    const portal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${person}`);
    const hooks = await Promise.all([portal, almaty, insurer].map((token) => subscribedReceiver(app.gql, token, ["insuranceContract.*"])));
    try {
      const ending = await contractFor(person, "2026-01-01", "2027-01-10");
      await attach(portal, egovRequest(person, ending));
      // A renewed contract keeps employment eligibility, though the attachment still lapses with the old one.
      const renewedPerson = await registerKzPerson("1984-09-09", "MALE", "Arman");
      const renewedEnding = await contractFor(renewedPerson, "2026-01-01", "2027-01-10");
      await contractFor(renewedPerson, "2027-01-11", "2027-12-31");
      app.clock.set("2026-12-10T06:00:00Z"); // 31 days before 10 January: not yet
      await app.server.jobs.warnExpiringInsuranceContracts();
      await app.server.jobs.deliverWebhooks();
      expect(hooks.flatMap((h) => h.accepted.filter((e) => e.subject.id === ending))).toEqual([]);
      app.clock.set("2026-12-11T06:00:00Z");
      expect(await app.server.jobs.warnExpiringInsuranceContracts()).toBeGreaterThanOrEqual(2);
      expect(await app.server.jobs.warnExpiringInsuranceContracts()).toBe(0);
      await app.server.jobs.deliverWebhooks();
      const [portalHeard, organisationHeard, insurerHeard] = hooks.map((h) => h.accepted.filter((e) => e.subject.id === ending));
      for (const heard of [portalHeard, organisationHeard, insurerHeard]) {
        expect(heard).toHaveLength(1);
        expect(heard[0]).toMatchObject({
          type: "insuranceContract.expiring",
          data: {
            endsOn: "2027-01-10",
            lapsesOn: "2027-01-11",
            attachmentLapses: true,
            attachedOrganisationCode: "KZ-ALA-PHC-01",
            employmentEligibilityLapses: true,
          },
        });
      }
      const renewed = insurerHeard.length && hooks[2].accepted.find((e) => e.subject.id === renewedEnding);
      expect(renewed).toMatchObject({ data: { attachmentLapses: false, employmentEligibilityLapses: false } });
      // The portal of another person hears nothing of it.
      expect(hooks[0].accepted.some((e) => e.subject.id === renewedEnding)).toBe(false);
      expect(JSON.stringify(hooks[2].accepted)).not.toContain(person);
    } finally {
      app.clock.set(NOW);
      await Promise.all(hooks.map((h) => h.stop()));
    }
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

describe("attachment request history and idempotent creates (the workflow kernel)", () => {
  const history = `query ($id: ID!) { node(id: $id) { ... on AttachmentRequest { status version history { fromState toState action actorRole note version } } } }`;
  const counted = () =>
    countRows(app.db, {
      contracts: kzInsuranceContracts,
      requests: kzAttachmentRequests,
      history: kzAttachmentRequestHistory,
      events: domainEvents,
    });

  it("KZ-6 and KZ-8 record every step of a request as a history row: submitted, filed, refused with its reasons", async () => {
    const iin = await registerKzPerson("1991-04-04", "FEMALE", "Dana");
    const portal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${iin}`);
    const submitted = (await app.gql(submitRequest, { input: egovRequest(iin, await contractFor(iin)) }, portal)).data!
      .submitAttachmentRequest.request;
    await app.gql(fileRequest, { input: { id: submitted.id, expectedVersion: 1 } }, almaty);
    const reason = "Адрес временного проживания не подтверждён документально.";
    const refused = await app.gql(
      decide,
      { input: { id: submitted.id, expectedVersion: 2, attach: false, refusalReason: reason } },
      almaty,
    );
    expect(refused.data!.decideAttachmentRequest.userErrors).toEqual([]);
    expect((await app.gql(history, { id: submitted.id }, almaty)).data!.node).toEqual({
      status: "REFUSED",
      version: 3,
      history: [
        { fromState: null, toState: "SUBMITTED", action: "submit", actorRole: "EGOV_PORTAL", note: null, version: 1 },
        { fromState: "SUBMITTED", toState: "FILED", action: "file", actorRole: "PHC_ORGANISATION", note: null, version: 2 },
        { fromState: "FILED", toState: "REFUSED", action: "decide", actorRole: "PHC_ORGANISATION", note: reason, version: 3 },
      ],
    });
  });

  it("KZ-6 answers a stale expectedVersion with CONFLICT and the version the request is at now", async () => {
    const iin = await registerKzPerson("1992-05-05", "MALE", "Arman");
    const portal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${iin}`);
    const submitted = (await app.gql(submitRequest, { input: egovRequest(iin, await contractFor(iin)) }, portal)).data!
      .submitAttachmentRequest.request;
    const stale = await app.gql(fileRequest, { input: { id: submitted.id, expectedVersion: 4 } }, almaty);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
  });

  it("KZ-2 registerInsuranceContract replayed with its idempotencyKey answers the same contract and writes no row", async () => {
    const input = {
      number: "DMS-IDEM-0001",
      kind: "VHI",
      insuredIin: EMRE,
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
      idempotencyKey: "register-contract-idem-0001",
    };
    const first = (await app.gql(registerContract, { input }, insurer)).data!.registerInsuranceContract;
    expect(first.userErrors).toEqual([]);
    const before = await counted();
    expect((await app.gql(registerContract, { input }, insurer)).data!.registerInsuranceContract).toEqual(first);
    expect(await counted()).toEqual(before);
  });

  it("KZ-5 submitAttachmentRequest replayed with its idempotencyKey answers the same request and writes no row, history or event", async () => {
    const iin = await registerKzPerson("1993-06-06", "FEMALE", "Saule");
    const portal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${iin}`);
    const input = { ...egovRequest(iin, await contractFor(iin)), idempotencyKey: "submit-request-idem-0001" };
    const first = (await app.gql(submitRequest, { input }, portal)).data!.submitAttachmentRequest;
    expect(first.userErrors).toEqual([]);
    const before = await counted();
    expect((await app.gql(submitRequest, { input }, portal)).data!.submitAttachmentRequest).toEqual(first);
    expect(await counted()).toEqual(before);
  });
});
