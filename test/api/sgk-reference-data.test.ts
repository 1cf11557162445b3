import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededFacility, startTestApp, type TestApp } from "../support/app.js";
import { subscribedReceiver } from "../support/webhook-receiver.js";

/**
 * SGK's reference data and the rules amended or added in docs/domain/sgk.md (REIMB-2, REIMB-4, REIMB-8, REIMB-12..15),
 * through GraphQL. Today is Friday 4 December 2026 unless a test sets the clock.
 */

let app: TestApp;
let sgk: string;
let ceyhanHospital: string;
let coordination: string;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");
const ids: Record<string, string> = {};
const TODAY = "2026-12-04";

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(`${TODAY}T07:00:00Z`);
  sgk = await app.tokenFor("INSURER", "insurer:SGK");
  ceyhanHospital = await app.tokenFor("PARTNER_HOSPITAL", "facility:101101");
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
  const codes = { ceyhan: "101101", ceyhanFamilyCentre: "101501", adanaCity: "101106", ankaraBilkent: "106101", trabzonKtu: "161102" };
  for (const [name, code] of Object.entries(codes)) ids[name] = gid("Facility", (await seededFacility(app.db, (f) => f.code === code)).id);
});
afterAll(() => app?.stop());

const statementFields = `eligible ineligibility { rule code } notes { rules explanationEn }
  lines { person kind rules quantity unitAmount { amountMinor } amount { amountMinor } }
  actualDistanceKm paidDistanceKm actualDistanceEstimated paidDistanceEstimated travelPaidToFacility { code } applicationDeadline total { amountMinor }`;
const quoteQuery = `query ($input: ReimbursementQuoteInput!) { reimbursementQuote(input: $input) { statement { ${statementFields} } userErrors { field code rule message } } }`;
/** Referred Monday 2 March 2026; applied and left on the 3rd, back on the 4th. */
const trip = { applicationDate: "2026-03-03", departureDate: "2026-03-03", returnDate: "2026-03-04", transport: "REGULAR" };
const facts = (overrides: Record<string, unknown> = {}) => ({
  originFacilityId: ids.ceyhan,
  destinationFacilityId: ids.ankaraBilkent,
  clinicCode: "CARDIOLOGY",
  medicalGrounds: "OTHER",
  urgency: "ROUTINE",
  referralDate: "2026-03-02",
  ...overrides,
});
async function quote(referral: Record<string, unknown>, token = ceyhanHospital, tripFacts: Record<string, unknown> = trip) {
  const { data, errors } = await app.gql(quoteQuery, { input: { referral, trip: tripFacts } }, token);
  expect(errors).toBeUndefined();
  return data!.reimbursementQuote;
}
const updateSettings = `mutation ($input: UpdateReimbursementSettingsInput!) { updateReimbursementSettings(input: $input) { settings { emergencyFullDistance primaryCareExceptions } } }`;

describe("road distances (REIMB-13)", () => {
  const distanceQuery = `query ($from: String!, $to: String!, $on: LocalDate) { roadDistance(fromAreaCode: $from, toAreaCode: $to, on: $on) { km estimated validFrom source history { validFrom km source } } }`;
  const setDistance = `mutation ($input: SetRoadDistanceInput!) { setRoadDistance(input: $input) { distance { km estimated validFrom source } userErrors { field code rule } } }`;

  it("REIMB-13 every settlement area has coordinates, so every pair has a distance: from Ceyhan to the 108 others, published where it exists, otherwise estimated and marked", async () => {
    const areas = (
      await app.gql(`{ provinces(first: 100) { edges { node { settlementAreas { code latitude longitude } } } } }`, {}, sgk)
    ).data!.provinces.edges.flatMap((e: any) => e.node.settlementAreas);
    expect(areas).toHaveLength(109);
    expect(areas.filter((a: any) => !(a.latitude > 35.8 && a.latitude < 42.2 && a.longitude > 25.6 && a.longitude < 44.9))).toEqual([]);
    // Ceyhan to every other area: each has a distance, 37 published and the rest estimated.
    const from = "01-02";
    const answers = await Promise.all(
      areas
        .filter((a: any) => a.code !== from)
        .map(async (a: any) => (await app.gql(distanceQuery, { from, to: a.code }, sgk)).data!.roadDistance),
    );
    expect(answers.filter((d: any) => !(d.km > 0))).toEqual([]);
    const published = answers.filter((d: any) => !d.estimated);
    expect(published.filter((d: any) => !(d.validFrom === "2000-01-01" && d.source.startsWith("published")))).toEqual([]);
    expect(answers.filter((d: any) => d.estimated && !(d.validFrom === null && d.source.includes("× 1.42")))).toEqual([]);
    expect([published.length, answers.length]).toEqual([37, 108]);
  });

  it("REIMB-13 a quote between areas without a published distance is calculated on the estimate, and says so", async () => {
    // Ceyhan → Trabzon: no published figure; great-circle between the areas' reference points × 1.42 = 789 km (computed apart).
    const result = await quote(facts({ destinationFacilityId: ids.trabzonKtu, clinicCode: "ONCOLOGY", medicalGrounds: "CANCER" }));
    expect(result.userErrors).toEqual([]);
    expect(result.statement).toMatchObject({
      actualDistanceKm: 789,
      paidDistanceKm: 789,
      actualDistanceEstimated: true,
      paidDistanceEstimated: true,
    });
    expect(result.statement.notes).toContainEqual(
      expect.objectContaining({ rules: expect.arrayContaining(["REIMB-13"]), explanationEn: expect.stringContaining("estimated") }),
    );
    const published = await quote(facts({ clinicCode: "ONCOLOGY", medicalGrounds: "CANCER" }));
    expect(published.statement).toMatchObject({ actualDistanceKm: 528, actualDistanceEstimated: false });
  });

  it("REIMB-13 SGK overrides a distance from a day on: earlier days keep the earlier figure, the pair keeps its history; bad input and other roles are refused", async () => {
    const override = { fromAreaCode: "61-01", toAreaCode: "01-02", km: 1012, validFrom: "2026-03-01", source: "KGM il ve ilçe mesafeleri" };
    const set = (await app.gql(setDistance, { input: override }, sgk)).data!.setRoadDistance;
    expect(set).toEqual({
      distance: { km: 1012, estimated: false, validFrom: "2026-03-01", source: "KGM il ve ilçe mesafeleri" },
      userErrors: [],
    });
    const again = (await app.gql(setDistance, { input: { ...override, km: 1000 } }, sgk)).data!.setRoadDistance;
    expect(again.userErrors).toEqual([{ field: ["input", "validFrom"], code: "DISTANCE_EXISTS", rule: "REIMB-13" }]);
    const before = (await app.gql(distanceQuery, { from: "01-02", to: "61-01", on: "2026-02-28" }, sgk)).data!.roadDistance;
    expect([before.km, before.estimated]).toEqual([789, true]);
    const after = (await app.gql(distanceQuery, { from: "01-02", to: "61-01", on: "2026-03-02" }, sgk)).data!.roadDistance;
    expect([after.km, after.estimated, after.history]).toEqual([
      1012,
      false,
      [{ validFrom: "2026-03-01", km: 1012, source: "KGM il ve ilçe mesafeleri" }],
    ]);
    const result = await quote(facts({ destinationFacilityId: ids.trabzonKtu, clinicCode: "ONCOLOGY", medicalGrounds: "CANCER" }));
    expect(result.statement).toMatchObject({ actualDistanceKm: 1012, actualDistanceEstimated: false });
    const bad = (await app.gql(setDistance, { input: { ...override, toAreaCode: "99-01", km: 0, validFrom: "2026-03-05" } }, sgk)).data!
      .setRoadDistance;
    expect(bad.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["input.toAreaCode", "UNKNOWN_SETTLEMENT_AREA"],
      ["input.km", "KM_OUT_OF_RANGE"],
    ]);
    const hospital = await app.gql(setDistance, { input: { ...override, validFrom: "2026-03-06" } }, ceyhanHospital);
    expect(hospital.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const kazmed = await app.gql(
      setDistance,
      { input: { ...override, validFrom: "2026-03-06" } },
      await app.tokenFor("INSURER", "insurer:KAZMED"),
    );
    expect(kazmed.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const rows = (await app.gql(distanceQuery, { from: "01-02", to: "61-01" }, sgk)).data!.roadDistance.history;
    expect(rows).toHaveLength(1);
  });

  it("REIMB-13 SGK adds a settlement area and changes it with expectedVersion; every version is kept and distances to it are estimated at once", async () => {
    const setArea = `mutation ($input: SetSettlementAreaInput!) { setSettlementArea(input: $input) { settlementArea { code name latitude longitude version } userErrors { field code rule } } }`;
    const area = { code: "01-05", provinceCode: "01", name: "Karataş", latitude: 36.5698, longitude: 35.3825, effectiveFrom: "2026-12-01" };
    const added = (await app.gql(setArea, { input: area }, sgk)).data!.setSettlementArea;
    expect(added).toEqual({
      settlementArea: { code: "01-05", name: "Karataş", latitude: 36.5698, longitude: 35.3825, version: 1 },
      userErrors: [],
    });
    const toKaratas = (await app.gql(`{ roadDistance(fromAreaCode: "01-01", toAreaCode: "01-05") { km estimated } }`, {}, sgk)).data!
      .roadDistance;
    expect(toKaratas.estimated).toBe(true);
    expect(toKaratas.km).toBeGreaterThan(40);
    expect(toKaratas.km).toBeLessThan(90);
    const twice = (await app.gql(setArea, { input: area }, sgk)).data!.setSettlementArea;
    expect(twice.userErrors).toEqual([{ field: ["input", "expectedVersion"], code: "AREA_EXISTS", rule: "REIMB-13" }]);
    const moved = (await app.gql(setArea, { input: { ...area, latitude: 36.57, effectiveFrom: "2026-12-04", expectedVersion: 1 } }, sgk))
      .data!.setSettlementArea;
    expect(moved.settlementArea).toMatchObject({ latitude: 36.57, version: 2 });
    const stale = await app.gql(setArea, { input: { ...area, name: "Karataş (eski)", expectedVersion: 1 } }, sgk);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const swapped = (await app.gql(setArea, { input: { ...area, code: "01-06", latitude: 35.38, longitude: 36.57 } }, sgk)).data!
      .setSettlementArea;
    expect(swapped.userErrors.map((e: any) => e.code)).toEqual(["OUTSIDE_TURKEY"]);
    const history = (await app.gql(`{ settlementAreaHistory(code: "01-05") { version latitude effectiveFrom } }`, {}, sgk)).data!
      .settlementAreaHistory;
    expect(history).toEqual([
      { version: 1, latitude: 36.5698, effectiveFrom: "2026-12-01" },
      { version: 2, latitude: 36.57, effectiveFrom: "2026-12-04" },
    ]);
  });
});

describe("the civil-servant coefficient (REIMB-8, REIMB-14)", () => {
  const gapsQuery = `query ($days: Int) { civilServantCoefficientGaps(withinDays: $days) { validFrom validUntil firstUncoveredDay startsInDays } }`;

  it("REIMB-8 every published half-year from 2021 to today is seeded, so a 2023 or 2024 trip is paid at its own period's coefficient", async () => {
    const periods = (await app.gql(`{ civilServantCoefficients { validFrom coefficient } }`, {}, sgk)).data!.civilServantCoefficients;
    expect(periods.map((p: any) => [p.validFrom, p.coefficient])).toEqual([
      ["2021-01-01", "0.165786"],
      ["2021-07-01", "0.179797"],
      ["2022-01-01", "0.235445"],
      ["2022-07-01", "0.333603"],
      ["2023-01-01", "0.433684"],
      ["2023-07-01", "0.509796"],
      ["2024-01-01", "0.760871"],
      ["2024-07-01", "0.907796"],
      ["2025-01-01", "1.012556"],
      ["2025-07-01", "1.170211"],
      ["2026-01-01", "1.387871"],
      ["2026-07-01", "1.575512"],
    ]);
    // Without a 2023 fare tariff the quote waits for one; the coefficient itself is there.
    const result = await quote(facts({ referralDate: "2023-09-04" }), sgk, {
      applicationDate: "2023-09-05",
      departureDate: "2023-09-05",
      returnDate: "2023-09-06",
      transport: "REGULAR",
    });
    expect(result.userErrors.map((e: any) => e.code)).not.toContain("NO_COEFFICIENT");
  });

  it("REIMB-14 the coordination unit sees every half-year without a coefficient, and the next one N days before it starts", async () => {
    const gaps = (await app.gql(gapsQuery, { days: 30 }, coordination)).data!.civilServantCoefficientGaps;
    // Every published half-year from 2021 to today is seeded, so only the coming one shows, 28 days ahead.
    expect(gaps.map((g: any) => [g.validFrom, g.startsInDays])).toEqual([["2027-01-01", 28]]);
    const now = (await app.gql(gapsQuery, { days: 0 }, coordination)).data!.civilServantCoefficientGaps;
    expect(now).toEqual([]);
    const set = `mutation ($input: SetCivilServantCoefficientInput!) { setCivilServantCoefficient(input: $input) { userErrors { code } } }`;
    // A test value for the coming half-year: once it is there, the warning is gone.
    expect(
      (await app.gql(set, { input: { validFrom: "2027-01-01", validUntil: "2027-06-30", coefficient: "1.6" } }, sgk)).data,
    ).toBeTruthy();
    const after = (await app.gql(gapsQuery, { days: 30 }, sgk)).data!.civilServantCoefficientGaps;
    expect(after.map((g: any) => g.validFrom)).not.toContain("2027-01-01");
    const hospital = await app.gql(gapsQuery, { days: 30 }, ceyhanHospital);
    expect(hospital.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const tooFar = await app.gql(gapsQuery, { days: 400 }, coordination);
    expect(tooFar.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "REIMB-14" });
  });
});

describe("REIMB-14 pushed: half-years without a coefficient as events", () => {
  it("REIMB-14 each half-year without a coefficient is announced once to the coordination unit and SGK, and to no hospital or other insurer", async () => {
    const tokens = {
      unit: await app.tokenFor("COORDINATION_UNIT", "national"),
      sgk: await app.tokenFor("INSURER", "insurer:SGK"),
      hospital: await app.tokenFor("PARTNER_HOSPITAL", "facility:101101"),
      otherInsurer: await app.tokenFor("INSURER", "insurer:KZ-HALYK"),
    };
    const hooks = Object.fromEntries(
      await Promise.all(
        Object.entries(tokens).map(
          async ([name, token]) => [name, await subscribedReceiver(app.gql, token, ["civilServantCoefficient.*"])] as const,
        ),
      ),
    );
    try {
      // Every half-year up to today has its coefficient: on 10 June 2027 the coming July has none yet.
      app.clock.set("2027-06-10T07:00:00Z");
      const gaps = (
        await app.gql(`{ civilServantCoefficientGaps(withinDays: 30) { validFrom } }`, {}, coordination)
      ).data!.civilServantCoefficientGaps.map((g: any) => g.validFrom);
      expect(gaps).toContain("2027-07-01");
      expect(await app.server.jobs.announceCoefficientGaps()).toBe(gaps.length);
      expect(await app.server.jobs.announceCoefficientGaps()).toBe(0); // once each
      await app.server.jobs.deliverWebhooks();
      for (const reader of ["unit", "sgk"]) {
        expect(hooks[reader].accepted.map((e) => (e.data as { validFrom: string }).validFrom).sort()).toEqual([...gaps].sort());
      }
      expect(hooks.unit.accepted[0]).toMatchObject({
        type: "civilServantCoefficient.missing",
        data: { rule: "REIMB-14", validFrom: gaps[0], firstUncoveredDay: expect.any(String), startsInDays: expect.any(Number) },
      });
      expect(hooks.hospital.accepted).toEqual([]);
      expect(hooks.otherInsurer.accepted).toEqual([]);
      // A half-year announced once is not announced again after a coefficient for another half-year arrives.
      const set = `mutation ($input: SetCivilServantCoefficientInput!) { setCivilServantCoefficient(input: $input) { userErrors { code } } }`;
      await app.gql(set, { input: { validFrom: "2031-01-01", validUntil: "2031-06-30", coefficient: "2.5" } }, sgk);
      expect(await app.server.jobs.announceCoefficientGaps()).toBe(0);
    } finally {
      app.clock.set(`${TODAY}T07:00:00Z`);
      await Promise.all(Object.values(hooks).map((h) => h.stop()));
    }
  });
});

describe("amended REIMB-2 and REIMB-4: SGK's condition lists", () => {
  it("REIMB-4 an emergency is paid the full distance only when SGK lists its condition ('bazı acil haller'); otherwise to the nearest able level-3", async () => {
    const emergency = facts({ urgency: "EMERGENCY", medicalGrounds: "EMERGENCY", diagnosisIcd10: "I21.0" });
    const unlisted = (await quote(emergency)).statement;
    expect([unlisted.paidDistanceKm, unlisted.travelPaidToFacility.code]).toEqual([47, "101106"]);
    expect(unlisted.notes).toContainEqual(
      expect.objectContaining({ rules: expect.arrayContaining(["REIMB-4"]), explanationEn: expect.stringContaining("not one SGK lists") }),
    );
    await app.gql(updateSettings, { input: { emergencyFullDistance: ["i21"] } }, sgk);
    try {
      const listed = (await quote(emergency)).statement;
      expect([listed.paidDistanceKm, listed.travelPaidToFacility.code]).toEqual([528, "106101"]);
      expect(listed.lines[0].rules).toContain("REIMB-4");
      const noDiagnosis = (await quote(facts({ urgency: "EMERGENCY" }))).statement;
      expect(noDiagnosis.paidDistanceKm).toBe(47);
      const bad = await app.gql(updateSettings, { input: { emergencyFullDistance: ["heart attack"] } }, sgk);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "REIMB-4" });
      const read = (await app.gql(`{ reimbursementSettings { emergencyFullDistance } }`, {}, ceyhanHospital)).data!.reimbursementSettings;
      expect(read.emergencyFullDistance).toEqual(["I21"]);
    } finally {
      await app.gql(updateSettings, { input: { emergencyFullDistance: [] } }, sgk);
    }
  });

  it("REIMB-2 a family health centre's referral is not paid, except for the conditions SGK lists ('istisnaları hariç')", async () => {
    const fromFamilyCentre = facts({ originFacilityId: ids.ceyhanFamilyCentre, diagnosisIcd10: "N18.5" });
    const refused = (await quote(fromFamilyCentre)).statement;
    expect([refused.eligible, refused.ineligibility]).toEqual([false, [{ rule: "REIMB-2", code: "REFERRED_BY_LEVEL_1" }]]);
    await app.gql(updateSettings, { input: { primaryCareExceptions: ["N18"] } }, sgk);
    try {
      const excepted = (await quote(fromFamilyCentre)).statement;
      expect(excepted.eligible).toBe(true);
      expect(excepted.total.amountMinor).toBeGreaterThan(0);
      expect((await quote(facts({ originFacilityId: ids.ceyhanFamilyCentre, diagnosisIcd10: "J45.0" }))).statement.eligible).toBe(false);
    } finally {
      await app.gql(updateSettings, { input: { primaryCareExceptions: [] } }, sgk);
    }
  });
});

describe("SGK insurance status (REIMB-12)", () => {
  const statusQuery = `query ($id: ID!, $on: LocalDate) { sgkInsuranceStatus(patientId: $id, on: $on) { on insured version fact { sequence effectiveFrom reference } history { sequence insured effectiveFrom } } }`;
  const record = `mutation ($input: RecordSgkInsuranceStatusInput!) { recordSgkInsuranceStatus(input: $input) { status { insured version } userErrors { field code rule } } }`;
  async function patientWith(filter: string) {
    const { data } = await app.gql(`{ patients(filter: ${filter}, first: 1) { edges { node { id } } } }`, {}, coordination);
    return data!.patients.edges[0].node.id as string;
  }

  it("REIMB-12 insurance is a dated fact SGK records: the status on a day is the latest fact in force then; stale versions and other roles are refused", async () => {
    const patient = await patientWith("{ category: CITIZEN }");
    const unknown = (await app.gql(statusQuery, { id: patient }, sgk)).data!.sgkInsuranceStatus;
    expect([unknown.insured, unknown.version, unknown.history]).toEqual([null, 0, []]);
    const input = { patientId: patient, insured: true, effectiveFrom: "2024-01-01", reference: "4A-123456", expectedVersion: 0 };
    expect((await app.gql(record, { input }, sgk)).data!.recordSgkInsuranceStatus).toEqual({
      status: { insured: true, version: 1 },
      userErrors: [],
    });
    const ended = { ...input, insured: false, effectiveFrom: "2026-06-01", reference: "ÇIKIŞ-2026", expectedVersion: 1 };
    expect((await app.gql(record, { input: ended }, sgk)).data!.recordSgkInsuranceStatus.status).toEqual({ insured: false, version: 2 });
    const on = async (day: string) => (await app.gql(statusQuery, { id: patient, on: day }, sgk)).data!.sgkInsuranceStatus;
    expect((await on("2023-12-31")).insured).toBeNull();
    expect((await on("2025-03-01")).fact).toEqual({ sequence: 1, effectiveFrom: "2024-01-01", reference: "4A-123456" });
    expect((await on("2026-07-01")).insured).toBe(false);
    const stale = await app.gql(record, { input: { ...input, expectedVersion: 1 } }, sgk);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const hospital = await app.gql(record, { input: { ...input, expectedVersion: 2 } }, ceyhanHospital);
    expect(hospital.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const kazmed = await app.gql(record, { input: { ...input, expectedVersion: 2 } }, await app.tokenFor("INSURER", "insurer:KAZMED"));
    expect(kazmed.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await on(TODAY)).history).toHaveLength(2);
  });

  it("REIMB-12 an insured foreigner's claim is taken and an uninsured citizen's refused: the patient's category no longer decides", async () => {
    const tourist = await patientWith("{ category: HEALTH_TOURIST }");
    const citizen = await patientWith('{ identifier: { kind: TCKN, value: "10000000146" } }');
    const facts = async (id: string, insured: boolean, effectiveFrom: string) => {
      const version = (await app.gql(statusQuery, { id }, sgk)).data!.sgkInsuranceStatus.version;
      const input = { patientId: id, insured, effectiveFrom, reference: `SGK-${insured}`, expectedVersion: version };
      expect((await app.gql(record, { input }, sgk)).data!.recordSgkInsuranceStatus.userErrors).toEqual([]);
    };
    await facts(tourist, true, "2020-01-01");
    await facts(citizen, false, "2026-01-01");
    const submit = `mutation ($input: SubmitReimbursementClaimInput!) { submitReimbursementClaim(input: $input) { claim { id version status } userErrors { code rule } } }`;
    const outcome = async (patientId: string) => {
      const referralId = await attendedReferral(patientId);
      const input = { referralId, trip, channel: "POST", officeProvinceCode: "01" };
      return (await app.gql(submit, { input }, sgk)).data!.submitReimbursementClaim;
    };
    const taken = await outcome(tourist);
    expect([taken.claim.status, taken.userErrors]).toEqual(["CALCULATED", []]);
    expect(await outcome(citizen)).toEqual({ claim: null, userErrors: [{ code: "NOT_SGK_INSURED", rule: "REIMB-12" }] });
    // SGK corrects the tourist's status back to the referral day before approving: payment still needs insurance.
    await facts(tourist, false, "2026-03-01");
    const approve = `mutation ($input: ReimbursementClaimStepInput!) { approveReimbursementClaim(input: $input) { claim { status } userErrors { field code rule } } }`;
    const approval = (await app.gql(approve, { input: { id: taken.claim.id, expectedVersion: taken.claim.version } }, sgk)).data!
      .approveReimbursementClaim;
    expect(approval).toEqual({ claim: null, userErrors: [{ field: ["input", "id"], code: "NOT_SGK_INSURED", rule: "REIMB-12" }] });
    app.clock.set(`${TODAY}T07:00:00Z`);
  });

  /** A cancer referral Ceyhan → Bilkent on Monday 2 March 2026, attended on the 3rd; the clock then stands on the 9th. */
  async function attendedReferral(patientId: string) {
    app.clock.set("2026-03-02T07:00:00Z");
    const bilkent = await app.tokenFor("PARTNER_HOSPITAL", "facility:106101");
    const move = `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { referral { id version } userErrors { code } } }`;
    let referral = (await app.gql(createReferral, { input: referralInput(patientId) }, ceyhanHospital)).data!.createReferral.referral;
    for (const [token, action, extra] of [
      [ceyhanHospital, "PLACE", { destinationFacilityId: ids.ankaraBilkent }],
      [bilkent, "ACCEPT", {}],
      [bilkent, "ARRIVE", {}],
    ] as const) {
      if (action === "ARRIVE") app.clock.set("2026-03-03T08:00:00Z");
      const { data, errors } = await app.gql(
        move,
        { input: { id: referral.id, expectedVersion: referral.version, action, ...extra } },
        token,
      );
      expect(errors).toBeUndefined();
      expect(data!.transitionReferral.userErrors).toEqual([]);
      referral = data!.transitionReferral.referral;
    }
    app.clock.set("2026-03-09T07:00:00Z");
    return referral.id as string;
  }
});

const createReferral = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) {
  referral { id version } wouldBecome userErrors { field code }
  sgkCheck { referralDate insured applicationDeadline
    nearestTertiary { facility { code } distanceKm distanceEstimated }
    statement { ${statementFields} }
    notes { rules explanationEn } } } }`;
const referralInput = (patientId: string, overrides: Record<string, unknown> = {}) => ({
  patientId,
  originFacilityId: ids.ceyhan,
  clinicCode: "ONCOLOGY",
  requestingPhysician: "Uzm. Dr. Elif Kaya",
  diagnosisIcd10: "C50.9",
  urgency: "ROUTINE",
  medicalGrounds: "CANCER",
  companionRequired: false,
  // PAT-3: Ceyhan refers patients it has no care link with yet (ignored where none is needed).
  accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik için sevk gerekiyor.",
  ...overrides,
});

describe("the pre-referral check (REIMB-15)", () => {
  it("REIMB-15 createReferral's dry run answers SGK's consequences before the patient travels and writes nothing", async () => {
    app.clock.set("2026-03-02T07:00:00Z");
    const patient = (await app.gql(`{ patients(filter: { category: CITIZEN }, first: 1) { edges { node { id } } } }`, {}, coordination))
      .data!.patients.edges[0].node.id;
    const count = async () => (await app.gql(`{ referrals(first: 1) { totalCount } }`, {}, coordination)).data!.referrals.totalCount;
    const before = await count();
    const input = referralInput(patient, {
      clinicCode: "CARDIOLOGY",
      medicalGrounds: "OTHER",
      diagnosisIcd10: "I25.1",
      companionRequired: true,
      authorisedTransport: "FLIGHT",
      dryRun: true,
    });
    const dry = (await app.gql(createReferral, { input }, ceyhanHospital)).data!.createReferral;
    expect([dry.referral, dry.wouldBecome, dry.userErrors]).toEqual([null, "REQUESTED", []]);
    expect(await count()).toBe(before);
    const check = dry.sgkCheck;
    expect(check.referralDate).toBe("2026-03-02");
    // Monday 2 March: three business days, the referral day included.
    expect(check.applicationDeadline).toBe("2026-03-04");
    expect(check.nearestTertiary).toEqual({ facility: { code: "101106" }, distanceKm: 47, distanceEstimated: false });
    // The same calculation as reimbursementQuote: the least trip (today and tomorrow) to Adana City, patient and companion.
    const leastTrip = {
      applicationDate: "2026-03-02",
      departureDate: "2026-03-02",
      returnDate: "2026-03-03",
      transport: "FLIGHT",
      companion: { recordedOnReferral: true },
    };
    const quoted = await quote(
      facts({ destinationFacilityId: ids.adanaCity, companionRequired: true, diagnosisIcd10: "I25.1" }),
      ceyhanHospital,
      leastTrip,
    );
    expect(check.statement).toEqual(quoted.statement);
    expect(check.statement.lines.map((l: any) => [l.person, l.kind])).toEqual(
      expect.arrayContaining([
        ["PATIENT", "TRAVEL"],
        ["COMPANION", "TRAVEL"],
        ["PATIENT", "DAILY"],
        ["COMPANION", "DAILY"],
      ]),
    );
    const rulesOfNotes = check.notes.map((n: any) => n.rules[0]);
    expect(rulesOfNotes).toEqual(expect.arrayContaining(["REIMB-12", "REIMB-9", "REIMB-6"]));
    expect(check.notes.find((n: any) => n.rules[0] === "REIMB-6").explanationEn).toContain("health board report");
    expect(check.statement.notes).toContainEqual(expect.objectContaining({ rules: expect.arrayContaining(["REIMB-6"]) }));
    app.clock.set(`${TODAY}T07:00:00Z`);
  });

  it("REIMB-15 a real createReferral answers the same check beside the referral; a refused one answers none", async () => {
    app.clock.set("2026-03-02T07:00:00Z");
    const patient = (
      await app.gql(
        `{ patients(filter: { identifier: { kind: TCKN, value: "10000000146" } }, first: 1) { edges { node { id } } } }`,
        {},
        coordination,
      )
    ).data!.patients.edges[0].node.id;
    const created = (await app.gql(createReferral, { input: referralInput(patient) }, ceyhanHospital)).data!.createReferral;
    expect(created.referral.id).toBeTruthy();
    expect(created.wouldBecome).toBeNull();
    // Cancer: the full distance is paid wherever the referral is placed; the statement prices the nearest able level-3.
    expect(created.sgkCheck.statement.lines.find((l: any) => l.kind === "TRAVEL").rules).toContain("REIMB-4");
    expect(created.sgkCheck.notes.find((n: any) => n.rules[0] === "REIMB-9").explanationEn).toContain("not state a companion");
    const refused = (await app.gql(createReferral, { input: referralInput(patient, { clinicCode: "NO_SUCH" }) }, ceyhanHospital)).data!
      .createReferral;
    expect([refused.referral, refused.sgkCheck, refused.userErrors.map((e: any) => e.code)]).toEqual([null, null, ["UNKNOWN_CLINIC"]]);
    app.clock.set(`${TODAY}T07:00:00Z`);
  });
});
