import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { completeTurkishId } from "../../drizzle/seed/identifiers.js";
import { accessLog, accessLogEntries, domainEvents, referrals } from "../../drizzle/schema/index.js";
import { seededFacility, seededHospital, startTestApp, type TestApp } from "../support/app.js";
import { postGraphQL, startServerProcess, tokenFrom } from "../support/server-process.js";
import { preparedShapes } from "../../api/platform/performance/prepared.js";
import { guardOuterDatabase } from "../../api/platform/conventions/transaction.js";
import { statementCountingLogger } from "../../drizzle/statement-counter.js";

let app: TestApp;
let coordination: string;
const facility = (predicate: Parameters<typeof seededFacility>[1]) => seededHospital(app, predicate);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set("2026-11-25T09:00:00Z");
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
});
afterAll(() => app?.stop());

const fields = `id status scope version provision { valid reference } destinationFacility { code } history { fromStatus toStatus action role }`;
const create = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { ${fields} } userErrors { field code rule message } } }`;
const move = `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { referral { ${fields} } wouldBecome userErrors { field code rule message } } }`;

async function patientId(kind: string, value: string) {
  const { data } = await app.gql(
    `query ($i: IdentifierInput!) { patients(filter: { identifier: $i }) { edges { node { id } } } }`,
    { i: { kind, value } },
    coordination,
  );
  return data!.patients.edges[0].node.id as string;
}

async function temporaryProtectionPatient() {
  const { data } = await app.gql(
    `{ patients(filter: { category: TEMPORARY_PROTECTION }, first: 1) { edges { node { id } } } }`,
    {},
    coordination,
  );
  return data!.patients.edges[0].node.id as string;
}

const referralInput = (patient: string, origin: string, overrides: Record<string, unknown> = {}) => ({
  patientId: patient,
  originFacilityId: origin,
  clinicCode: "CARDIOLOGY",
  requestingPhysician: "Uzm. Dr. Kerem Aydın",
  diagnosisIcd10: "I21.9",
  urgency: "URGENT",
  medicalGrounds: "OTHER",
  // Most tests refer seeded patients the hospital never cared for: PAT-3 asks it for a reason.
  accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik için sevk gerekiyor.",
  ...overrides,
});
const unjustified = { accessJustification: null };

async function step(token: string, referral: { id: string; version: number }, action: string, extra: Record<string, unknown> = {}) {
  const { data, errors } = await app.gql(move, { input: { id: referral.id, expectedVersion: referral.version, action, ...extra } }, token);
  expect(errors).toBeUndefined();
  return data!.transitionReferral;
}

describe("REF-1 and REF-2 referrals", () => {
  it("REF-1 derives the scope from the two facilities: same settlement area, same province, or out of province", async () => {
    const ceyhan = await facility((f) => f.code === "101101");
    const seyhan = await facility((f) => f.name.startsWith("Adana Seyhan Devlet"));
    const cityHospital = await facility((f) => f.name.startsWith("Adana Şehir"));
    const ankara = await facility((f) => f.name.startsWith("Ankara Bilkent"));
    const patient = await patientId("TCKN", "17291716060");
    const scopeOf = async (origin: typeof ceyhan, destination: typeof ceyhan) => {
      const referral = (await app.gql(create, { input: referralInput(patient, origin.id) }, origin.token)).data!.createReferral.referral;
      return (await step(origin.token, referral, "PLACE", { destinationFacilityId: destination.id })).referral.scope;
    };
    expect(await scopeOf(seyhan, cityHospital)).toBe("IN_SETTLEMENT");
    expect(await scopeOf(ceyhan, cityHospital)).toBe("IN_PROVINCE");
    expect(await scopeOf(ceyhan, ankara)).toBe("OUT_OF_PROVINCE");
  });

  it("REF-2 runs requested → placed → accepted (by the destination) → arrived → completed, with history, dryRun and errors naming the state", async () => {
    const ceyhan = await facility((f) => f.code === "101101");
    const cityHospital = await facility((f) => f.name.startsWith("Adana Şehir"));
    const patient = await patientId("TCKN", "10000000146");
    let referral = (await app.gql(create, { input: referralInput(patient, ceyhan.id) }, ceyhan.token)).data!.createReferral.referral;
    expect(referral.status).toBe("REQUESTED");
    const early = await step(ceyhan.token, referral, "ACCEPT");
    expect(early.userErrors[0]).toMatchObject({ rule: "REF-2", code: "INVALID_TRANSITION" });
    expect(early.userErrors[0].message).toContain("REQUESTED");
    // The refusal spells the actions as the schema's enum does (REF-2 names the allowed next steps).
    expect(early.userErrors[0].message).toContain("Cannot ACCEPT in state REQUESTED; allowed from REQUESTED: PLACE → PLACED");
    const dry = await step(ceyhan.token, referral, "PLACE", { destinationFacilityId: cityHospital.id, dryRun: true });
    expect(dry).toMatchObject({ wouldBecome: "PLACED", referral: { status: "REQUESTED", version: 1 } });
    referral = (await step(ceyhan.token, referral, "PLACE", { destinationFacilityId: cityHospital.id })).referral;
    const byOrigin = await app.gql(move, { input: { id: referral.id, expectedVersion: referral.version, action: "ACCEPT" } }, ceyhan.token);
    expect(byOrigin.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    referral = (await step(cityHospital.token, referral, "ACCEPT")).referral;
    referral = (await step(cityHospital.token, referral, "ARRIVE")).referral;
    referral = (await step(cityHospital.token, referral, "COMPLETE", { completionReport: "Koroner anjiyografi yapıldı, taburcu." }))
      .referral;
    expect(referral.status).toBe("COMPLETED");
    expect(referral.history.map((h: any) => h.toStatus)).toEqual(["REQUESTED", "PLACED", "ACCEPTED", "PATIENT_ARRIVED", "COMPLETED"]);
    const stale = await app.gql(move, { input: { id: referral.id, expectedVersion: 1, action: "CANCEL", reason: "x y z" } }, ceyhan.token);
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    const queue = await app.gql(
      `{ referrals(filter: { direction: INCOMING }, first: 100) { edges { node { id } } } }`,
      {},
      cityHospital.token,
    );
    expect(queue.data!.referrals.edges.map((e: any) => e.node.id)).toContain(referral.id);
  });
});

describe("finding 4: PAT-3 a hospital gives itself access to a patient only with a stated, recorded and announced reason", () => {
  it("PAT-3 register then refer needs no reason; referring again after the referral was cancelled needs one, which auditors read and the unit is told of", async () => {
    const kozan = await facility((f) => f.name.startsWith("Kozan Devlet"));
    const auditor = await app.tokenFor("AUDITOR", "national");
    const registered = await app.gql(
      `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id } userErrors { code } } }`,
      {
        input: {
          category: "CITIZEN",
          identifiers: [{ kind: "TCKN", value: completeTurkishId("381204775") }],
          givenName: "Emine",
          familyName: "Kaya",
          birthDate: "1971-06-02",
          sex: "FEMALE",
          nationality: "TR",
          preferredLanguage: "tr",
          registeringFacilityId: kozan.id,
        },
      },
      kozan.token,
    );
    const patient = registered.data!.registerPatient.patient.id as string;
    const readable = async () => !(await app.gql(`query ($id: ID!) { patient(id: $id) { id } }`, { id: patient }, kozan.token)).errors;
    // The hospital's first act after registering: no reason asked.
    const first = (await app.gql(create, { input: referralInput(patient, kozan.id, unjustified) }, kozan.token)).data!.createReferral;
    expect(first.userErrors).toEqual([]);
    expect(await readable()).toBe(true);
    expect((await step(kozan.token, first.referral, "CANCEL", { reason: "Hasta başka ile taşındı." })).userErrors).toEqual([]);
    expect(await readable()).toBe(false);

    const rows = async () => (await app.db.select({ n: count() }).from(referrals))[0].n;
    const before = await rows();
    const again = async (overrides: Record<string, unknown> = unjustified) =>
      (await app.gql(create, { input: referralInput(patient, kozan.id, overrides) }, kozan.token)).data!.createReferral;
    const missing = await again();
    expect(missing.referral).toBeNull();
    expect(missing.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "accessJustification"], code: "JUSTIFICATION_REQUIRED", rule: "PAT-3" }),
    ]);
    expect((await again({ accessJustification: "   " })).userErrors[0].code).toBe("JUSTIFICATION_REQUIRED");
    expect((await again({ accessJustification: "control" })).userErrors).toEqual([
      expect.objectContaining({ field: ["input", "accessJustification"], code: "JUSTIFICATION_TOO_SHORT", rule: "PAT-3" }),
    ]);
    expect(await rows()).toBe(before);
    expect(await readable()).toBe(false);

    const reason = "Hasta acil servise göğüs ağrısıyla yeniden başvurdu; kardiyoloji sevki gerekiyor.";
    const justified = await again({ accessJustification: reason });
    expect(justified.userErrors).toEqual([]);
    expect(await readable()).toBe(true);

    // Recorded for auditors (and the unit), with the act that created the access; not readable by hospitals.
    const justifications = `query ($patientId: ID) { patientAccessJustifications(patientId: $patientId, first: 10) {
      edges { node { patientId facilityId grantedThrough reason clientId at } } } }`;
    const { data } = await app.gql(justifications, { patientId: patient }, auditor);
    expect(data!.patientAccessJustifications.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ patientId: patient, facilityId: kozan.id, grantedThrough: justified.referral.id, reason }),
    ]);
    expect((await app.gql(justifications, { patientId: patient }, kozan.token)).errors![0].extensions!.code).toBe("FORBIDDEN");
    const log = await app.gql(
      `query ($patientId: ID) { accessLog(filter: { patientId: $patientId }, last: 5) { edges { node { action basis } } } }`,
      { patientId: patient },
      auditor,
    );
    expect(log.data!.accessLog.edges.map((e: any) => e.node)).toContainEqual({
      action: "referral.create",
      basis: expect.stringMatching(/^JUSTIFIED:/),
    });
    // An event the coordination unit can subscribe to, heard by no hospital.
    const types = (await app.gql(`{ eventTypes }`, {}, coordination)).data!.eventTypes;
    expect(types).toContain("patient.access_justified");
    const [event] = await app.db
      .select()
      .from(domainEvents)
      .where(and(eq(domainEvents.type, "patient.access_justified"), eq(domainEvents.subjectId, patient)));
    expect(event).toMatchObject({ subjectType: "Patient", subjectId: patient, audience: ["COORDINATION_UNIT", "AUDITOR"] });
    expect(event.data).toMatchObject({ facilityId: kozan.id, grantedThrough: justified.referral.id });
  });

  it("PAT-3 another hospital referring a patient it never cared for states a reason; the coordination unit refers without one", async () => {
    const kozan = await facility((f) => f.name.startsWith("Kozan Devlet"));
    const patient = await patientId("TCKN", "10000000146");
    const refused = (await app.gql(create, { input: referralInput(patient, kozan.id, unjustified) }, kozan.token)).data!.createReferral;
    expect(refused.userErrors[0]).toMatchObject({ code: "JUSTIFICATION_REQUIRED", rule: "PAT-3" });
    const byUnit = (await app.gql(create, { input: referralInput(patient, kozan.id, unjustified) }, coordination)).data!.createReferral;
    expect(byUnit.userErrors).toEqual([]);
    // Now linked through the unit's referral: the hospital's next referral needs no reason.
    const linked = await app.gql(create, { input: referralInput(patient, kozan.id, unjustified) }, kozan.token);
    expect(linked.data!.createReferral.userErrors).toEqual([]);
  });
});

describe("TP-1 to TP-5 temporary protection", () => {
  it("TP-1 refers a temporary-protection patient only with a valid provision, stored with the referral", async () => {
    const ceyhan = await facility((f) => f.code === "101101");
    const patient = await temporaryProtectionPatient();
    const without = await app.gql(create, { input: referralInput(patient, ceyhan.id) }, ceyhan.token);
    expect(without.data!.createReferral.userErrors[0]).toMatchObject({ rule: "TP-1", field: ["input", "provision"] });
    const withProvision = await app.gql(
      create,
      { input: referralInput(patient, ceyhan.id, { provision: { valid: true, reference: "PRV-2026-000123" } }) },
      ceyhan.token,
    );
    expect(withProvision.data!.createReferral.referral.provision).toEqual({ valid: true, reference: "PRV-2026-000123" });
  });

  it("TP-2 and TP-3 keep a temporary-protection referral in the province until every facility there with the clinic has declined", async () => {
    const iskenderun = await facility((f) => f.name.startsWith("İskenderun Devlet"));
    const gaziantep = await facility((f) => f.name.startsWith("Gaziantep Şehir"));
    const candidates = await app.gql(
      `{ facilities(filter: { provinceCode: "31", clinic: "ONCOLOGY" }, first: 100) { edges { node { id code } } } }`,
      {},
      coordination,
    );
    const inProvince = candidates.data!.facilities.edges.map((e: any) => e.node).filter((f: any) => f.id !== iskenderun.id);
    expect(inProvince.length).toBeGreaterThan(0);
    const patient = await temporaryProtectionPatient();
    let referral = (
      await app.gql(
        create,
        {
          input: referralInput(patient, iskenderun.id, {
            clinicCode: "ONCOLOGY",
            diagnosisIcd10: "C50.9",
            medicalGrounds: "CANCER",
            provision: { valid: true, reference: "PRV-31-1" },
          }),
        },
        iskenderun.token,
      )
    ).data!.createReferral.referral;
    const tooFar = await step(iskenderun.token, referral, "PLACE", { destinationFacilityId: gaziantep.id });
    expect(tooFar.userErrors[0]).toMatchObject({ rule: "TP-3", code: "IN_PROVINCE_FIRST" });
    for (const candidate of inProvince) {
      referral = (await step(iskenderun.token, referral, "PLACE", { destinationFacilityId: candidate.id })).referral;
      const token = await app.tokenFor("PARTNER_HOSPITAL", `facility:${candidate.code}`);
      referral = (await step(token, referral, "REJECT", { reason: "Onkoloji yatak kapasitesi dolu" })).referral;
    }
    const placed = await step(iskenderun.token, referral, "PLACE", { destinationFacilityId: gaziantep.id });
    expect(placed.userErrors).toEqual([]);
    expect(placed.referral.scope).toBe("OUT_OF_PROVINCE");
  });

  it("TP-4 escalates to the coordination unit, which places; TP-5 completion is reported to the unit", async () => {
    const ceyhan = await facility((f) => f.code === "101101");
    const ankara = await facility((f) => f.name.startsWith("Ankara Bilkent"));
    const patient = await temporaryProtectionPatient();
    let referral = (
      await app.gql(create, { input: referralInput(patient, ceyhan.id, { provision: { valid: true, reference: "PRV-1" } }) }, ceyhan.token)
    ).data!.createReferral.referral;
    referral = (await step(ceyhan.token, referral, "ESCALATE", { comment: "Uygun hastane kabul etmedi" })).referral;
    expect(referral.status).toBe("ESCALATED");
    expect(
      (
        await app.gql(
          move,
          { input: { id: referral.id, expectedVersion: referral.version, action: "PLACE", destinationFacilityId: ankara.id } },
          ceyhan.token,
        )
      ).errors?.[0].extensions?.rule,
    ).toBe("TP-4");
    referral = (await step(coordination, referral, "PLACE", { destinationFacilityId: ankara.id })).referral;
    referral = (await step(ankara.token, referral, "ACCEPT")).referral;
    referral = (await step(ankara.token, referral, "ARRIVE")).referral;
    expect((await step(ankara.token, referral, "COMPLETE")).userErrors[0]).toMatchObject({ rule: "TP-5" });
    expect(
      (await step(ankara.token, referral, "COMPLETE", { completionReport: "Tedavi tamamlandı; birime bildirildi." })).referral.status,
    ).toBe("COMPLETED");
  });
});

describe("ER-1 to ER-7 emergency bed search", () => {
  const search = `id status level version reservedFacility { code } levels { level startedAt endedAt outcome } referral { id version status destinationFacility { code } }`;
  const act = (mutation: string) =>
    `mutation ($input: BedSearchActionInput!) { ${mutation}(input: $input) { search { ${search} } userErrors { code rule message } } }`;

  async function emergency(bedType = "ICU_ADULT") {
    const ceyhan = await facility((f) => f.code === "101101");
    const patient = await patientId("TCKN", "17291716060");
    const referral = (
      await app.gql(
        create,
        { input: referralInput(patient, ceyhan.id, { urgency: "EMERGENCY", medicalGrounds: "EMERGENCY" }) },
        ceyhan.token,
      )
    ).data!.createReferral.referral;
    const started = await app.gql(
      `mutation ($input: StartBedSearchInput!) { startBedSearch(input: $input) { search { ${search} } userErrors { code rule } } }`,
      { input: { referralId: referral.id, bedType } },
      ceyhan.token,
    );
    return started.data!.startBedSearch.search;
  }

  it("ER-1, ER-2, ER-3, ER-4, ER-5 and ER-7: 112 → provincial crisis centre → national crisis centre finds a bed; 112 transfers; every level timed", async () => {
    const bilkent = await facility((f) => f.name.startsWith("Ankara Bilkent"));
    const kkm = await app.tokenFor("EMERGENCY_112", "province:01");
    const crisis = await app.tokenFor("PROVINCIAL_CRISIS_CENTRE", "province:01");
    const national = await app.tokenFor("NATIONAL_CRISIS_CENTRE", "national");
    // Time stands still but for the advances below, so each level's time is exactly what the test gives it.
    app.clock.freeze(app.clock.now());
    let current = await emergency();
    expect(current.level).toBe("EMERGENCY_112");
    expect(
      (await app.gql(`{ openBedSearches(first: 100) { edges { node { id } } } }`, {}, kkm)).data!.openBedSearches.edges.map(
        (e: any) => e.node.id,
      ),
    ).toContain(current.id);
    const notHolding = await app.gql(
      act("offerBed"),
      { input: { id: current.id, expectedVersion: current.version, facilityId: bilkent.id } },
      crisis,
    );
    expect(notHolding.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "ER-6" });
    app.clock.advance(10 * 60_000);
    current = (
      await app.gql(
        act("escalateBedSearch"),
        { input: { id: current.id, expectedVersion: current.version, comment: "İl içi ve dışı yoğun bakım dolu" } },
        kkm,
      )
    ).data!.escalateBedSearch.search;
    expect(current.level).toBe("PROVINCIAL_CRISIS_CENTRE");
    app.clock.advance(20 * 60_000);
    current = (await app.gql(act("escalateBedSearch"), { input: { id: current.id, expectedVersion: current.version } }, crisis)).data!
      .escalateBedSearch.search;
    expect(current.level).toBe("NATIONAL_CRISIS_CENTRE");
    app.clock.advance(5 * 60_000);
    const offered = (
      await app.gql(act("offerBed"), { input: { id: current.id, expectedVersion: current.version, facilityId: bilkent.id } }, national)
    ).data!.offerBed;
    expect(offered.userErrors).toEqual([]);
    expect(offered.search).toMatchObject({
      status: "BED_RESERVED",
      reservedFacility: { code: bilkent.code },
      referral: { status: "PLACED", destinationFacility: { code: bilkent.code } },
    });
    // REF-2: the hospital with the bed accepts the referral itself.
    expect((await step(bilkent.token, offered.search.referral, "ACCEPT")).referral.status).toBe("ACCEPTED");
    const transferred = (
      await app.gql(act("completeBedTransfer"), { input: { id: current.id, expectedVersion: offered.search.version } }, kkm)
    ).data!.completeBedTransfer.search;
    expect(transferred).toMatchObject({ status: "CLOSED", referral: { status: "PATIENT_ARRIVED" } });
    expect(transferred.levels.map((l: any) => [l.level, l.outcome?.split(":")[0]])).toEqual([
      ["EMERGENCY_112", "ESCALATED"],
      ["PROVINCIAL_CRISIS_CENTRE", "ESCALATED"],
      ["NATIONAL_CRISIS_CENTRE", "BED_FOUND"],
    ]);
    expect(transferred.levels.every((l: any) => l.startedAt && l.endedAt)).toBe(true);
    const report = await app.gql(`{ timeToBedReport { level provinceCode searches averageSeconds } }`, {}, coordination);
    expect(report.data!.timeToBedReport).toEqual(
      expect.arrayContaining([
        { level: "EMERGENCY_112", provinceCode: "01", searches: 1, averageSeconds: 600 },
        { level: "PROVINCIAL_CRISIS_CENTRE", provinceCode: "01", searches: 1, averageSeconds: 1200 },
        { level: "NATIONAL_CRISIS_CENTRE", provinceCode: "01", searches: 1, averageSeconds: 300 },
      ]),
    );
    app.clock.set(app.clock.now());
  });

  it("REF-2 and ER-8: a bed search places the referral; the destination accepts it as its own act, or rejects it and the level searches on", async () => {
    const bilkent = await facility((f) => f.name.startsWith("Ankara Bilkent"));
    const kkm = await app.tokenFor("EMERGENCY_112", "province:01");
    const started = await emergency();
    const offered = (
      await app.gql(act("offerBed"), { input: { id: started.id, expectedVersion: started.version, facilityId: bilkent.id } }, kkm)
    ).data!.offerBed.search;
    expect(offered.referral).toMatchObject({ status: "PLACED", destinationFacility: { code: bilkent.code } });
    // 112 neither accepts for the hospital nor transfers to a bed not yet accepted.
    const byKkm = await app.gql(
      move,
      { input: { id: offered.referral.id, expectedVersion: offered.referral.version, action: "ACCEPT" } },
      kkm,
    );
    expect(byKkm.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const early = await app.gql(act("completeBedTransfer"), { input: { id: offered.id, expectedVersion: offered.version } }, kkm);
    expect(early.data!.completeBedTransfer.userErrors[0]).toMatchObject({ code: "NOT_ACCEPTED", rule: "REF-2" });
    // The coordination unit does not accept on the hospital's behalf either.
    const byUnit = await app.gql(
      move,
      { input: { id: offered.referral.id, expectedVersion: offered.referral.version, action: "ACCEPT" } },
      coordination,
    );
    expect(byUnit.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "REF-2" });
    const rejected = await step(bilkent.token, offered.referral, "REJECT", { reason: "Yanık ünitesi kapandı" });
    expect(rejected.referral.status).toBe("REJECTED");
    expect(rejected.referral.history.at(-1)).toMatchObject({ action: "reject", role: "PARTNER_HOSPITAL" });
    const reopened = (await app.gql(`query ($id: ID!) { bedSearch(id: $id) { ${search} } }`, { id: offered.id }, kkm)).data!.bedSearch;
    expect(reopened).toMatchObject({ status: "SEARCHING", level: "EMERGENCY_112", reservedFacility: null });
    expect(reopened.levels.map((l: any) => [l.level, l.outcome])).toEqual([
      ["EMERGENCY_112", "BED_FOUND"],
      ["EMERGENCY_112", null],
    ]);
  });

  it("ER-6 two searches never get the same last bed, also from two server processes", async () => {
    const cityHospital = await seededFacility(app.db, (f) => f.name.startsWith("Adana Şehir"));
    const { data } = await app.gql(
      `query ($c: String!) { facilityByCode(code: $c) { id version } }`,
      { c: cityHospital.code },
      coordination,
    );
    await app.gql(
      `mutation ($input: UpdateFacilityInput!) { updateFacility(input: $input) { userErrors { code } } }`,
      {
        input: {
          id: data!.facilityByCode.id,
          expectedVersion: data!.facilityByCode.version,
          bedCapacities: [
            { bedType: "BURN", total: 1 },
            { bedType: "GENERAL", total: 1500 },
          ],
        },
      },
      coordination,
    );
    const kkm = await app.tokenFor("EMERGENCY_112", "province:01");
    const searches = await Promise.all(Array.from({ length: 4 }, () => emergency("BURN")));
    // On real PostgreSQL half the offers go to a second server process on the same database.
    const second = app.engine === "postgres" ? await startServerProcess(app.databaseUrl!) : null;
    const targets = [{ url: app.url, token: kkm }];
    if (second) targets.push({ url: second.url, token: await tokenFrom(second.origin, app.db, "EMERGENCY_112", "province:01") });
    const results = await Promise.all(
      searches.map((s, i) =>
        postGraphQL(targets[i % targets.length].url, targets[i % targets.length].token, act("offerBed"), {
          input: { id: s.id, expectedVersion: s.version, facilityId: data!.facilityByCode.id },
        }),
      ),
    ).finally(() => second?.stop());
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.filter((r) => r.data!.offerBed.search)).toHaveLength(1);
    expect(results.filter((r) => r.data!.offerBed.userErrors[0]?.rule === "ER-6")).toHaveLength(3);
    // Cancelling the emergency referral frees the reserved bed for the next search.
    const winner = results.find((r) => r.data!.offerBed.search)!.data!.offerBed.search;
    const ceyhan = await facility((f) => f.code === "101101");
    await step(ceyhan.token, { id: winner.referral.id, version: winner.referral.version }, "CANCEL", {
      reason: "Hasta yerinde stabilize edildi",
    });
    const next = await emergency("BURN");
    const retry = await app.gql(
      act("offerBed"),
      { input: { id: next.id, expectedVersion: next.version, facilityId: data!.facilityByCode.id } },
      kkm,
    );
    expect(retry.data!.offerBed.userErrors).toEqual([]);
  });
});

describe("optimistic concurrency", () => {
  it("REF-2 two moves sent at once on the same version: one is taken, the other answers CONFLICT with the referral's real current version", async () => {
    const ceyhan = await facility((f) => f.code === "101101");
    const cityHospital = await facility((f) => f.name.startsWith("Adana Şehir"));
    const referral = (await app.gql(create, { input: referralInput(await patientId("TCKN", "17291716060"), ceyhan.id) }, ceyhan.token))
      .data!.createReferral.referral;
    const input = { id: referral.id, expectedVersion: referral.version, action: "PLACE", destinationFacilityId: cityHospital.id };
    const answers = await Promise.all([app.gql(move, { input }, ceyhan.token), app.gql(move, { input }, ceyhan.token)]);
    const refused = answers.filter((a) => a.errors);
    expect(answers.filter((a) => a.data?.transitionReferral?.referral)).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: referral.version + 1 });
    const stale = await app.gql(move, { input: { ...input, action: "CANCEL", reason: "yanlış kayıt" } }, ceyhan.token);
    expect(stale.errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: referral.version + 1 });
  });
});

describe("the nested referral list", () => {
  const nested = `{ referrals(first: 50) { edges { node { id status patient { id givenName familyName } ...places } } } }
    fragment places on Referral { originFacility { code name } to: destinationFacility { code } }`;
  const patientReads = async () =>
    (await app.db.select({ n: count() }).from(accessLogEntries).where(eq(accessLogEntries.action, "patient.read")))[0].n;
  const readRows = async () => (await app.db.select({ n: count() }).from(accessLog).where(eq(accessLog.action, "patient.read")))[0].n;

  it("answers page, patients and both facilities with their access log in one statement for a national role, and logs exactly the patients it shows", async () => {
    const ceyhan = await facility((f) => f.code === "101101");
    const cityHospital = await facility((f) => f.name.startsWith("Adana Şehir"));
    const patients = [await patientId("TCKN", "17291716060"), await patientId("TCKN", "10000000146")];
    for (const patient of patients) {
      const referral = (await app.gql(create, { input: referralInput(patient, ceyhan.id) }, ceyhan.token)).data!.createReferral.referral;
      await step(ceyhan.token, referral, "PLACE", { destinationFacilityId: cityHospital.id });
    }
    const before = await patientReads();
    const rowsBefore = await readRows();
    const national = await app.gql(nested, {}, coordination);
    expect(national.errors).toBeUndefined();
    const edges = national.data!.referrals.edges;
    expect(edges.length).toBeGreaterThanOrEqual(2);
    expect(edges.every((e: any) => e.node.patient.givenName && e.node.originFacility.code)).toBe(true);
    expect(edges.some((e: any) => e.node.to?.code === cityHospital.code)).toBe(true);
    // The coordination unit reads every patient (PAT-3): the page's patients are logged by the statement that reads them.
    expect(national.statements).toBe(1);
    const shownPatients = new Set(edges.map((e: any) => e.node.patient.id));
    expect(await patientReads()).toBe(before + shownPatients.size);
    // One access-log row for the page's read, naming each of its patients once.
    expect(await readRows()).toBe(rowsBefore + 1);

    // The page reads one row more than it shows (is there a next page?): that row's patient is not logged.
    const firstOnly = await app.gql(
      `{ referrals(first: 1) { pageInfo { hasNextPage } edges { node { patient { id } } } } }`,
      {},
      coordination,
    );
    expect(firstOnly.data!.referrals.pageInfo.hasNextPage).toBe(true);
    expect(firstOnly.statements).toBe(1);
    expect(await patientReads()).toBe(before + shownPatients.size + 1);

    // A hospital's PAT-3 decision needs its care links: one statement more, and the same logging.
    const hospital = await app.gql(nested, {}, ceyhan.token);
    expect(hospital.errors).toBeUndefined();
    expect(hospital.data!.referrals.edges.every((e: any) => e.node.patient.givenName)).toBe(true);
    expect(hospital.statements).toBeLessThanOrEqual(3);
  });

  it("runs one prepared statement per shape, never per value: two hospitals asking the same list each get their own queue, page by page", async () => {
    const ceyhan = await facility((f) => f.code === "101101");
    const seyhan = await facility((f) => f.name.startsWith("Adana Seyhan Devlet"));
    const cityHospital = await facility((f) => f.name.startsWith("Adana Şehir"));
    const patient = await patientId("TCKN", "17291716060");
    for (const origin of [ceyhan, seyhan, ceyhan, seyhan]) {
      const referral = (await app.gql(create, { input: referralInput(patient, origin.id) }, origin.token)).data!.createReferral.referral;
      await step(origin.token, referral, "PLACE", { destinationFacilityId: cityHospital.id });
    }
    const queue = `query ($after: String) {
      referrals(first: 1, after: $after, filter: { direction: OUTGOING, status: PLACED }) {
        pageInfo { endCursor hasNextPage } edges { node { id status originFacility { code } patient { givenName } } }
      }
    }`;
    const shapesBefore = new Set(preparedShapes(guardOuterDatabase(app.db)));
    let pages = 0;
    for (const hospital of [ceyhan, seyhan, ceyhan]) {
      const seen = new Set<string>();
      let after: string | null = null;
      do {
        const { data, errors }: any = await app.gql(queue, { after }, hospital.token);
        expect(errors).toBeUndefined();
        pages += 1;
        for (const { node } of data.referrals.edges) {
          expect(node.originFacility.code).toBe(hospital.code);
          expect(node.status).toBe("PLACED");
          expect(seen.has(node.id)).toBe(false);
          seen.add(node.id);
        }
        after = data.referrals.pageInfo.hasNextPage ? data.referrals.pageInfo.endCursor : null;
      } while (after);
      expect(seen.size).toBeGreaterThanOrEqual(2);
    }
    // Every page of every hospital ran one of two statements, each prepared once: the first page's and the next pages'.
    const prepared = preparedShapes(guardOuterDatabase(app.db)).filter((shape) => !shapesBefore.has(shape));
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(prepared).toHaveLength(2);
    expect(prepared.map((shape) => shape.split(" ").pop())).toEqual(["forward:::2", "forward:after::2"]);
    for (const shape of prepared) expect(shape).toMatch(/"queue":"OUTGOING".*"status":true/);
  });

  it("reads only the columns the list asks for, while another field of the same operation still gets whole patients and facilities", async () => {
    const ceyhan = await facility((f) => f.code === "101101");
    const cityHospital = await facility((f) => f.name.startsWith("Adana Şehir"));
    const created = (await app.gql(create, { input: referralInput(await patientId("TCKN", "17291716060"), ceyhan.id) }, ceyhan.token)).data!
      .createReferral.referral;
    await step(ceyhan.token, created, "PLACE", { destinationFacilityId: cityHospital.id });
    const whole = `
      patient { givenName familyName birthDate nationality category sex preferredLanguage contact { phone email } }
      originFacility { code name kind level ownership countryCode province { code } }
      destinationFacility { code name kind level }`;
    const alone = await app.gql(`query ($id: ID!) { referral(id: $id) { ${whole} } }`, { id: created.id }, coordination);
    expect(alone.errors).toBeUndefined();
    // The first list reads only `givenName` and `code` of the joined rows: those partial rows must not answer the second list.
    const together = await app.gql(
      `{
        partial: referrals(first: 100) { edges { node { id patient { givenName } originFacility { code } destinationFacility { code } } } }
        whole: referrals(first: 100) { edges { node { id ${whole} } } }
      }`,
      {},
      coordination,
    );
    expect(together.errors).toBeUndefined();
    const nodeOf = (list: any) => list.edges.find((e: any) => e.node.id === created.id).node;
    expect(nodeOf(together.data!.whole)).toEqual({ id: created.id, ...alone.data!.referral });
    expect(nodeOf(together.data!.partial)).toEqual({
      id: created.id,
      patient: { givenName: alone.data!.referral.patient.givenName },
      originFacility: { code: ceyhan.code },
      destinationFacility: { code: cityHospital.code },
    });
  });
  // The benchmark's query: 50 referrals with their patients and both facilities, no cursor asked for.
  const benchNode = `id status urgency diagnosisIcd10 patient { id givenName familyName birthDate }
    originFacility { id code name } destinationFacility { id code name }`;
  const benchQuery = (first: number) => `{ referrals(first: ${first}) { edges { node { ${benchNode} } } } }`;

  /** The SQL texts drizzle sends while `run` runs (its logger sees each statement, prepared or not). */
  async function statementTexts<T>(run: () => Promise<T>): Promise<{ result: T; texts: string[] }> {
    const logged = vi.spyOn(statementCountingLogger, "logQuery");
    try {
      const result = await run();
      return { result, texts: (logged.mock.calls as unknown as [string][]).map(([text]) => text) };
    } finally {
      logged.mockRestore();
    }
  }
  /** The columns a referral page's statement selects (its outer select, after the access-log CTE if any). */
  const pageColumns = (texts: string[]) =>
    texts
      .filter((text) => text.includes(' from "referrals" inner join "patients"'))
      .map((text) => {
        const head = text.split(' from "referrals" inner join "patients"')[0];
        return head.slice(head.lastIndexOf("select ") + "select ".length).split(", ");
      });

  /** Three referrals of Ceyhan: two placed with the city hospital, one not yet placed (no destination). */
  async function ceyhanReferrals() {
    const ceyhan = await facility((f) => f.code === "101101");
    const cityHospital = await facility((f) => f.name.startsWith("Adana Şehir"));
    const created: string[] = [];
    for (const [patient, placed] of [
      ["17291716060", true],
      ["10000000146", true],
      ["17291716060", false],
    ] as const) {
      const referral = (await app.gql(create, { input: referralInput(await patientId("TCKN", patient), ceyhan.id) }, ceyhan.token)).data!
        .createReferral.referral;
      if (placed) await step(ceyhan.token, referral, "PLACE", { destinationFacilityId: cityHospital.id });
      created.push(referral.id);
    }
    return { ceyhan, cityHospital, created };
  }

  it("the benchmark's query selects only what its fields read: no foreign key (the joins answer), no created_at (no cursor asked for)", async () => {
    const { ceyhan } = await ceyhanReferrals();
    const expected = [
      ...['"id"', '"status"', '"urgency"', '"diagnosis_icd10"'].map((c) => `"referrals".${c}`),
      ...['"id"', '"given_name"', '"family_name"', '"birth_date"'].map((c) => `"patients".${c}`),
      ...['"id"', '"code"', '"name"'].map((c) => `"origin_facility".${c}`),
      ...['"id"', '"code"', '"name"'].map((c) => `"destination_facility".${c}`),
    ];
    // The national roles log in the page's statement, a hospital through its care links: both read the same columns.
    for (const token of [coordination, ceyhan.token]) {
      const { result, texts } = await statementTexts(() => app.gql(benchQuery(50), {}, token));
      expect(result.errors).toBeUndefined();
      expect(result.data!.referrals.edges.length).toBeGreaterThanOrEqual(3);
      expect(pageColumns(texts)).toEqual([expected]);
    }
  });

  it("reads created_at only when a cursor is asked for: paging by pageInfo.endCursor or edges.cursor goes on where the page ended, under a statement of its own", async () => {
    await ceyhanReferrals();
    const node = (first: number, selection: string) =>
      `query ($after: String) { referrals(first: ${first}, after: $after) { ${selection} } }`;
    // Without a cursor, hasNextPage still answers (it needs none).
    const whole = await app.gql(node(100, `pageInfo { hasNextPage } edges { node { ${benchNode} } }`), {}, coordination);
    expect(whole.errors).toBeUndefined();
    expect(whole.data!.referrals.pageInfo.hasNextPage).toBe(false);
    const all = whole.data!.referrals.edges.map((e: any) => e.node);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(
      (await app.gql(benchQuery(2).replace("edges", "pageInfo { hasNextPage } edges"), {}, coordination)).data!.referrals.pageInfo,
    ).toEqual({ hasNextPage: true });

    const byEndCursor: unknown[] = [];
    const byEdgeCursor: string[] = [];
    const texts: string[] = [];
    for (const [selection, next] of [
      [
        `pageInfo { endCursor hasNextPage hasPreviousPage } edges { node { ${benchNode} } }`,
        (page: any, after: string | null) => {
          expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
          byEndCursor.push(...page.edges.map((e: any) => e.node));
          return page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        },
      ],
      [
        `edges { cursor node { id } }`,
        (page: any) => {
          byEdgeCursor.push(...page.edges.map((e: any) => e.node.id));
          return page.edges.length === 2 ? page.edges[1].cursor : null;
        },
      ],
    ] as const) {
      let after: string | null = null;
      do {
        const { result, texts: sent } = await statementTexts(() => app.gql(node(2, selection), { after }, coordination));
        expect(result.errors).toBeUndefined();
        texts.push(...sent);
        after = next(result.data!.referrals, after);
      } while (after);
    }
    expect(byEndCursor).toEqual(all);
    expect(byEdgeCursor).toEqual(all.map((n: any) => n.id));
    for (const columns of pageColumns(texts)) expect(columns).toContain('"referrals"."created_at"');

    // The same page with and without a cursor: two keys, each its own statement, only one of them reading created_at.
    const { texts: benchTexts } = await statementTexts(() => app.gql(benchQuery(2), {}, coordination));
    expect(pageColumns(benchTexts)[0]).not.toContain('"referrals"."created_at"');
    const shapes = preparedShapes(guardOuterDatabase(app.db)).filter(
      (shape) => shape.endsWith(" forward:::3") && shape.includes('"queue":"ALL"'),
    );
    const withoutCursor = shapes.find((shape) => shape.includes('"referral":["id","status","urgency","diagnosisIcd10"]'));
    expect(withoutCursor).toBeDefined();
    expect(shapes).toContain(withoutCursor!.replace('"diagnosisIcd10"]', '"diagnosisIcd10","createdAt"]'));
  });

  it("answers as the single referral does for a hospital and a national role: patients, both facilities, a missing destination, each shown patient logged", async () => {
    const { ceyhan, cityHospital, created } = await ceyhanReferrals();
    for (const token of [ceyhan.token, coordination]) {
      const before = await patientReads();
      const list = await app.gql(benchQuery(100), {}, token);
      expect(list.errors).toBeUndefined();
      const nodes = list.data!.referrals.edges.map((e: any) => e.node);
      // Each patient shown is logged once for this request, whichever way the role's reads are logged.
      expect(await patientReads()).toBe(before + new Set(nodes.map((n: any) => n.patient.id)).size);
      for (const id of created) {
        const alone = await app.gql(`query ($id: ID!) { referral(id: $id) { ${benchNode} } }`, { id }, token);
        expect(alone.errors).toBeUndefined();
        expect(nodes.find((n: any) => n.id === id)).toEqual(alone.data!.referral);
      }
      const [placed, , unplaced] = created.map((id) => nodes.find((n: any) => n.id === id));
      expect(placed.originFacility).toEqual({ id: ceyhan.id, code: ceyhan.code, name: expect.any(String) });
      expect(placed.destinationFacility).toMatchObject({ id: cityHospital.id, code: cityHospital.code });
      expect(placed.patient).toMatchObject({ givenName: expect.any(String), birthDate: expect.any(String) });
      expect(unplaced.destinationFacility).toBeNull();
    }
  });
});
