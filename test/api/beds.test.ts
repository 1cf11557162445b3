import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bedSearchHistory, bedSearchLevels, bedSearches, domainEvents } from "../../drizzle/schema/index.js";
import { seededHospital, startTestApp, type TestApp, type TestHospital } from "../support/app.js";

/** Wednesday 25 November 2026, 12:00 in Istanbul. */
const NOW = "2026-11-25T09:00:00Z";

let app: TestApp;
let coordination: string;
let kkm: string;
let national: string;
let ceyhan: TestHospital;
let kozan: TestHospital;

const report = `mutation ($input: ReportBedOccupancyInput!) { reportBedOccupancy(input: $input) {
  facility { bedCapacities { bedType total occupied occupancyReportedAt } } userErrors { field code rule message } } }`;
const freeBeds = `query ($filter: FreeBedFilter!, $first: Int, $after: String) { freeBeds(filter: $filter, first: $first, after: $after) {
  edges { cursor node { facility { code province { code } } bedType total occupied held free reportedAt stale distanceKm } }
  pageInfo { hasNextPage endCursor } } }`;
const searchFields = `id version status level reservedFacility { code } referral { id version status history { action role comment } }`;
const bedAction = (mutation: string) =>
  `mutation ($input: BedSearchActionInput!) { ${mutation}(input: $input) { search { ${searchFields} } userErrors { code rule message } } }`;
const move = `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { referral { id version status } userErrors { code rule } } }`;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
  kkm = await app.tokenFor("EMERGENCY_112", "province:01");
  national = await app.tokenFor("NATIONAL_CRISIS_CENTRE", "national");
  ceyhan = await seededHospital(app, (f) => f.code === "101101");
  kozan = await seededHospital(app, (f) => f.code === "101102");
});
afterAll(() => app?.stop());

const minutesAgo = (minutes: number) => new Date(app.clock.now().getTime() - minutes * 60_000).toISOString();

async function search(filter: Record<string, unknown>, token: string, first = 20, after?: string) {
  const response = await app.gql(freeBeds, { filter, first, after }, token);
  expect(response.errors).toBeUndefined();
  return { ...response.data!.freeBeds, statements: response.statements };
}

async function setCapacity(hospital: TestHospital, bedCapacities: { bedType: string; total: number }[]) {
  const { data } = await app.gql(`query ($id: ID!) { facility(id: $id) { version } }`, { id: hospital.id }, coordination);
  const updated = await app.gql(
    `mutation ($input: UpdateFacilityInput!) { updateFacility(input: $input) { facility { bedCapacities { bedType total occupied occupancyReportedAt } } userErrors { code } } }`,
    { input: { id: hospital.id, expectedVersion: data!.facility.version, bedCapacities } },
    coordination,
  );
  expect(updated.data!.updateFacility.userErrors).toEqual([]);
  return updated.data!.updateFacility.facility.bedCapacities;
}

describe("ER-8 the occupancy feed", () => {
  it("ER-8 a hospital reports its free beds by type as of a time; bad reports are refused by field and nothing is stored", async () => {
    const at = minutesAgo(10);
    const ok = await app.gql(
      report,
      {
        input: {
          facilityId: ceyhan.id,
          reportedAt: at,
          beds: [
            { bedType: "ICU_ADULT", free: 3 },
            { bedType: "GENERAL", free: 40 },
          ],
        },
      },
      ceyhan.token,
    );
    expect(ok.data!.reportBedOccupancy.userErrors).toEqual([]);
    expect(ok.data!.reportBedOccupancy.facility.bedCapacities).toEqual(
      expect.arrayContaining([
        { bedType: "ICU_ADULT", total: 16, occupied: 13, occupancyReportedAt: at },
        { bedType: "GENERAL", total: 220, occupied: 180, occupancyReportedAt: at },
        { bedType: "ICU_NEONATAL", total: 8, occupied: 0, occupancyReportedAt: null },
      ]),
    );
    const refused = async (input: Record<string, unknown>) =>
      (await app.gql(report, { input: { facilityId: ceyhan.id, reportedAt: minutesAgo(5), ...input } }, ceyhan.token)).data!
        .reportBedOccupancy;
    expect(
      (await refused({ reportedAt: new Date(app.clock.now().getTime() + 60_000).toISOString(), beds: [{ bedType: "ICU_ADULT", free: 1 }] }))
        .userErrors,
    ).toEqual([expect.objectContaining({ field: ["input", "reportedAt"], code: "IN_FUTURE", rule: "ER-8" })]);
    expect((await refused({ beds: [{ bedType: "ICU_ADULT", free: 17 }] })).userErrors).toEqual([
      expect.objectContaining({ field: ["input", "beds", "0", "free"], code: "MORE_THAN_TOTAL", rule: "ER-8" }),
    ]);
    expect((await refused({ beds: [{ bedType: "BURN", free: 1 }] })).userErrors).toEqual([
      expect.objectContaining({ field: ["input", "beds", "0", "bedType"], code: "NO_SUCH_BEDS", rule: "ER-8" }),
    ]);
    expect((await refused({ reportedAt: minutesAgo(30), beds: [{ bedType: "ICU_ADULT", free: 9 }] })).userErrors).toEqual([
      expect.objectContaining({ code: "OLDER_THAN_CURRENT", rule: "ER-8" }),
    ]);
    // Another hospital does not report for Ceyhan.
    const foreign = await app.gql(
      report,
      { input: { facilityId: ceyhan.id, reportedAt: minutesAgo(1), beds: [{ bedType: "ICU_ADULT", free: 0 }] } },
      kozan.token,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const { data } = await app.gql(
      `query ($id: ID!) { facility(id: $id) { bedCapacities { bedType occupied occupancyReportedAt } } }`,
      { id: ceyhan.id },
      coordination,
    );
    expect(data!.facility.bedCapacities.find((b: any) => b.bedType === "ICU_ADULT")).toEqual({
      bedType: "ICU_ADULT",
      occupied: 13,
      occupancyReportedAt: at,
    });
  });

  it("ER-8 a new bed capacity keeps the reported occupancy of the types that remain (updateFacility no longer resets it)", async () => {
    const at = minutesAgo(2);
    await app.gql(report, { input: { facilityId: kozan.id, reportedAt: at, beds: [{ bedType: "ICU_ADULT", free: 2 }] } }, kozan.token);
    const beds = await setCapacity(kozan, [
      { bedType: "GENERAL", total: 175 },
      { bedType: "ICU_ADULT", total: 14 },
    ]);
    expect(beds).toEqual(
      expect.arrayContaining([
        { bedType: "ICU_ADULT", total: 14, occupied: 10, occupancyReportedAt: at },
        { bedType: "GENERAL", total: 175, occupied: 0, occupancyReportedAt: null },
      ]),
    );
    expect(beds.map((b: any) => b.bedType)).not.toContain("ICU_NEONATAL");
  });
});

describe("ER-8 free-bed search", () => {
  it("ER-2 and ER-8: free beds of a type in a province, nearest first, stale figures marked, one SQL statement per page", async () => {
    const first = await search({ bedType: "ICU_ADULT", provinceCode: "01", nearFacilityId: ceyhan.id }, kkm, 3);
    expect(first.statements).toBe(1);
    const nodes = first.edges.map((e: any) => e.node);
    expect(nodes[0]).toMatchObject({
      facility: { code: "101101" },
      total: 16,
      occupied: 13,
      held: 0,
      free: 3,
      stale: false,
      distanceKm: 0,
    });
    expect(nodes.slice(1).every((n: any) => n.stale && n.reportedAt === null)).toBe(true);
    const next = await search({ bedType: "ICU_ADULT", provinceCode: "01", nearFacilityId: ceyhan.id }, kkm, 3, first.pageInfo.endCursor);
    expect(next.statements).toBe(1);
    const all = [...nodes, ...next.edges.map((e: any) => e.node)];
    const distances = all.map((n: any) => n.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(new Set(all.map((n: any) => n.facility.code)).size).toBe(all.length);
    expect(all.every((n: any) => n.facility.province.code === "01" && n.bedType === "ICU_ADULT" && n.free > 0)).toBe(true);
    // An hour later the same figures are stale.
    app.clock.advance(61 * 60_000);
    try {
      const later = await search({ bedType: "ICU_ADULT", provinceCode: "01", nearFacilityId: ceyhan.id }, kkm, 1);
      expect(later.edges[0].node).toMatchObject({ facility: { code: "101101" }, stale: true });
    } finally {
      app.clock.set(NOW);
    }
    // A facility whose report leaves no free bed is not offered.
    await app.gql(
      report,
      { input: { facilityId: ceyhan.id, reportedAt: minutesAgo(0), beds: [{ bedType: "ICU_ADULT", free: 0 }] } },
      ceyhan.token,
    );
    const full = await search({ bedType: "ICU_ADULT", provinceCode: "01", nearFacilityId: ceyhan.id }, kkm, 100);
    expect(full.edges.map((e: any) => e.node.facility.code)).not.toContain("101101");
  });

  it("ER-4 the national crisis centre searches countrywide in one query; 112 searches any province it names, not the whole country", async () => {
    const countrywide = await search({ bedType: "BURN", near: { latitude: 39.93, longitude: 32.85 } }, national, 100);
    expect(countrywide.statements).toBe(1);
    const provinces = new Set(countrywide.edges.map((e: any) => e.node.facility.province.code));
    expect(provinces.size).toBeGreaterThan(1);
    expect(countrywide.edges[0].node.distanceKm).toBeLessThan(countrywide.edges.at(-1).node.distanceKm);
    const outOfProvince = await search({ bedType: "BURN", provinceCode: "06", nearFacilityId: ceyhan.id }, kkm);
    expect(outOfProvince.edges.map((e: any) => e.node.facility.code)).toEqual(["106101"]);
    const notNational = await app.gql(freeBeds, { filter: { bedType: "BURN", nearFacilityId: ceyhan.id } }, kkm);
    expect(notNational.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "ER-4" });
    const hospital = await app.gql(freeBeds, { filter: { bedType: "BURN", provinceCode: "01", nearFacilityId: ceyhan.id } }, ceyhan.token);
    expect(hospital.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const nowhere = await app.gql(freeBeds, { filter: { bedType: "BURN", provinceCode: "01" } }, kkm);
    expect(nowhere.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "ER-8" });
  });
});

describe("ER-8 bed holds", () => {
  async function emergencySearch() {
    const { data } = await app.gql(
      `query ($i: IdentifierInput!) { patients(filter: { identifier: $i }) { edges { node { id } } } }`,
      { i: { kind: "TCKN", value: "17291716060" } },
      coordination,
    );
    const created = await app.gql(
      `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { code } } }`,
      {
        input: {
          patientId: data!.patients.edges[0].node.id,
          originFacilityId: ceyhan.id,
          clinicCode: "CARDIOLOGY",
          requestingPhysician: "Uzm. Dr. Kerem Aydın",
          diagnosisIcd10: "T31.2",
          urgency: "EMERGENCY",
          medicalGrounds: "EMERGENCY",
          accessJustification: "Acil servise yanıkla getirildi; yanık ünitesi yatağı aranıyor.",
        },
      },
      ceyhan.token,
    );
    const started = await app.gql(
      `mutation ($input: StartBedSearchInput!) { startBedSearch(input: $input) { search { ${searchFields} } userErrors { code } } }`,
      { input: { referralId: created.data!.createReferral.referral.id, bedType: "BURN" } },
      ceyhan.token,
    );
    return started.data!.startBedSearch.search;
  }
  const kozanBurn = async () =>
    (await search({ bedType: "BURN", provinceCode: "01", nearFacilityId: ceyhan.id }, kkm, 100)).edges
      .map((e: any) => e.node)
      .find((n: any) => n.facility.code === "101102");
  const offer = async (s: { id: string; version: number }) =>
    (await app.gql(bedAction("offerBed"), { input: { id: s.id, expectedVersion: s.version, facilityId: kozan.id } }, kkm)).data!.offerBed;

  it("ER-8 a hold lapses when the destination does not accept in time, is used by the transfer and freed on discharge", async () => {
    await setCapacity(kozan, [
      { bedType: "GENERAL", total: 175 },
      { bedType: "BURN", total: 1 },
    ]);
    expect(await kozanBurn()).toMatchObject({ total: 1, held: 0, free: 1 });
    const first = await offer(await emergencySearch());
    expect(first.userErrors).toEqual([]);
    expect(await kozanBurn()).toBeUndefined();

    // Not accepted within 30 minutes: the bed is free again, the referral rejected by the server, the search reopened.
    app.clock.advance(29 * 60_000);
    expect(await app.server.jobs.releaseLapsedBedHolds()).toBe(0);
    app.clock.advance(2 * 60_000);
    expect(await app.server.jobs.releaseLapsedBedHolds()).toBe(1);
    expect(await app.server.jobs.releaseLapsedBedHolds()).toBe(0);
    const lapsed = (await app.gql(`query ($id: ID!) { bedSearch(id: $id) { ${searchFields} } }`, { id: first.search.id }, kkm)).data!
      .bedSearch;
    expect(lapsed).toMatchObject({ status: "SEARCHING", level: "EMERGENCY_112", reservedFacility: null, referral: { status: "REJECTED" } });
    expect(lapsed.referral.history.at(-1)).toMatchObject({ action: "holdLapsed", role: "SYSTEM" });
    expect(await kozanBurn()).toMatchObject({ free: 1, held: 0 });

    // Offered again, accepted by Kozan itself, transferred: the hold stands for the occupied bed until discharge.
    const second = await offer(lapsed);
    expect(second.userErrors).toEqual([]);
    const accepted = (
      await app.gql(
        move,
        { input: { id: second.search.referral.id, expectedVersion: second.search.referral.version, action: "ACCEPT" } },
        kozan.token,
      )
    ).data!.transitionReferral.referral;
    expect(accepted.status).toBe("ACCEPTED");
    app.clock.advance(40 * 60_000);
    expect(await app.server.jobs.releaseLapsedBedHolds()).toBe(0);
    const transferred = (
      await app.gql(bedAction("completeBedTransfer"), { input: { id: second.search.id, expectedVersion: second.search.version } }, kkm)
    ).data!.completeBedTransfer;
    expect(transferred.search.referral.status).toBe("PATIENT_ARRIVED");
    expect(await kozanBurn()).toBeUndefined();
    // Every move of the search is in its history (the kernel's bed_search_history), the lapse as the server's (no actor).
    const history = (
      await app.gql(
        `query ($id: ID!) { bedSearch(id: $id) { version history { fromState toState action level actorRole note version } referral { history { action actorRole version } } } }`,
        { id: first.search.id },
        kkm,
      )
    ).data!.bedSearch;
    expect(history.history.map((h: any) => [h.fromState, h.toState, h.action, h.level, h.actorRole, h.version])).toEqual([
      [null, "SEARCHING", "start", "EMERGENCY_112", "PARTNER_HOSPITAL", 1],
      ["SEARCHING", "BED_RESERVED", "offerBed", "EMERGENCY_112", "EMERGENCY_112", 2],
      ["BED_RESERVED", "SEARCHING", "reopen", "EMERGENCY_112", null, 3],
      ["SEARCHING", "BED_RESERVED", "offerBed", "EMERGENCY_112", "EMERGENCY_112", 4],
      ["BED_RESERVED", "CLOSED", "completeTransfer", "EMERGENCY_112", "EMERGENCY_112", 5],
    ]);
    expect(history.history[2].note).toBe("hold lapsed");
    expect(history.history.at(-1).version).toBe(history.version);
    expect(history.referral.history.find((h: any) => h.action === "holdLapsed")).toMatchObject({ actorRole: null });
    expect(history.referral.history.map((h: any) => h.version)).toEqual(history.referral.history.map((_: unknown, i: number) => i + 1));
    await app.gql(
      move,
      { input: { id: accepted.id, expectedVersion: transferred.search.referral.version, action: "COMPLETE" } },
      kozan.token,
    );
    expect(await kozanBurn()).toMatchObject({ free: 1, held: 0, occupied: 0 });
  });

  it("ER-8 after the transfer, the hospital's next occupancy report counts the patient and the hold ends", async () => {
    const offered = await offer(await emergencySearch());
    const accepted = (
      await app.gql(
        move,
        { input: { id: offered.search.referral.id, expectedVersion: offered.search.referral.version, action: "ACCEPT" } },
        kozan.token,
      )
    ).data!.transitionReferral.referral;
    await app.gql(bedAction("completeBedTransfer"), { input: { id: offered.search.id, expectedVersion: offered.search.version } }, kkm);
    expect(accepted.status).toBe("ACCEPTED");
    // A report from before the arrival does not end the hold; one after it does (the patient is in its count).
    await app.gql(
      report,
      { input: { facilityId: kozan.id, reportedAt: minutesAgo(1), beds: [{ bedType: "BURN", free: 1 }] } },
      kozan.token,
    );
    expect(await kozanBurn()).toBeUndefined();
    app.clock.advance(60_000);
    await app.gql(
      report,
      { input: { facilityId: kozan.id, reportedAt: minutesAgo(0), beds: [{ bedType: "BURN", free: 0 }] } },
      kozan.token,
    );
    const { data } = await app.gql(
      `query ($id: ID!) { facility(id: $id) { bedCapacities { bedType occupied } } }`,
      { id: kozan.id },
      coordination,
    );
    expect(data!.facility.bedCapacities.find((b: any) => b.bedType === "BURN")).toEqual({ bedType: "BURN", occupied: 1 });
    expect(await kozanBurn()).toBeUndefined();
    await app.gql(
      report,
      { input: { facilityId: kozan.id, reportedAt: minutesAgo(0), beds: [{ bedType: "BURN", free: 1 }] } },
      kozan.token,
    );
    expect(await kozanBurn()).toMatchObject({ free: 1, held: 0 });
  });
});

describe("ER-1 bed searches: idempotent start, batched list", () => {
  const started = `mutation ($input: StartBedSearchInput!) { startBedSearch(input: $input) { search { id version status level } userErrors { code rule } } }`;
  const counts = async () => ({
    searches: (await app.db.select({ n: count() }).from(bedSearches))[0].n,
    levels: (await app.db.select({ n: count() }).from(bedSearchLevels))[0].n,
    history: (await app.db.select({ n: count() }).from(bedSearchHistory))[0].n,
    events: (await app.db.select({ n: count() }).from(domainEvents))[0].n,
  });

  async function emergencyReferral() {
    const { data } = await app.gql(
      `query ($i: IdentifierInput!) { patients(filter: { identifier: $i }) { edges { node { id } } } }`,
      { i: { kind: "TCKN", value: "17291716060" } },
      coordination,
    );
    const created = await app.gql(
      `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { code } } }`,
      {
        input: {
          patientId: data!.patients.edges[0].node.id,
          originFacilityId: ceyhan.id,
          clinicCode: "CARDIOLOGY",
          requestingPhysician: "Uzm. Dr. Kerem Aydın",
          diagnosisIcd10: "I21.9",
          urgency: "EMERGENCY",
          medicalGrounds: "EMERGENCY",
          accessJustification: "Acil servise göğüs ağrısıyla getirildi; yoğun bakım yatağı aranıyor.",
        },
      },
      ceyhan.token,
    );
    return created.data!.createReferral.referral.id as string;
  }

  it("ER-1 a retried startBedSearch with the same idempotencyKey answers the first search and writes no search, level, history row or event", async () => {
    const input = { referralId: await emergencyReferral(), bedType: "ICU_ADULT", idempotencyKey: "bed-search-retry-0001" };
    const first = (await app.gql(started, { input }, ceyhan.token)).data!.startBedSearch;
    expect(first.userErrors).toEqual([]);
    const afterFirst = await counts();
    // Without the key the same request is refused: the referral has an open search (ER-1).
    const unkeyed = (await app.gql(started, { input: { ...input, idempotencyKey: null } }, ceyhan.token)).data!.startBedSearch;
    expect(unkeyed.userErrors).toEqual([{ code: "SEARCH_OPEN", rule: "ER-1" }]);
    const retry = (await app.gql(started, { input }, ceyhan.token)).data!.startBedSearch;
    expect(retry).toEqual(first);
    expect(await counts()).toEqual(afterFirst);
    const other = await app.gql(started, { input: { ...input, bedType: "BURN" } }, ceyhan.token);
    expect(other.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await counts()).toEqual(afterFirst);
  });

  it("ER-6 two escalations sent at once on the same version: one is taken, the other answers CONFLICT with the search's real current version", async () => {
    const search = (await app.gql(started, { input: { referralId: await emergencyReferral(), bedType: "ICU_ADULT" } }, ceyhan.token)).data!
      .startBedSearch.search;
    const input = { id: search.id, expectedVersion: search.version };
    const answers = await Promise.all([
      app.gql(bedAction("escalateBedSearch"), { input }, kkm),
      app.gql(bedAction("escalateBedSearch"), { input }, kkm),
    ]);
    const refused = answers.filter((a) => a.errors);
    expect(answers.filter((a) => a.data?.escalateBedSearch?.search)).toHaveLength(1);
    expect(refused).toHaveLength(1);
    // The loser may also be refused because the search left 112's hands (ER-6); when it is a CONFLICT, it names the version.
    if (refused[0].errors![0].extensions?.code === "CONFLICT")
      expect(refused[0].errors![0].extensions).toMatchObject({ currentVersion: search.version + 1 });
    else expect(refused[0].errors![0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "ER-6" });
  });

  it("ER-3 an escalation keeps the search SEARCHING and records the level that takes it, with the comment, in the search's history", async () => {
    const search = (await app.gql(started, { input: { referralId: await emergencyReferral(), bedType: "ICU_ADULT" } }, ceyhan.token)).data!
      .startBedSearch.search;
    const escalated = await app.gql(
      `mutation ($input: BedSearchActionInput!) { escalateBedSearch(input: $input) {
        search { version history { fromState toState action level note version } } userErrors { code } } }`,
      { input: { id: search.id, expectedVersion: search.version, comment: "no ICU bed in 112's reach" } },
      kkm,
    );
    expect(escalated.errors).toBeUndefined();
    expect(escalated.data!.escalateBedSearch.search.history).toEqual([
      { fromState: null, toState: "SEARCHING", action: "start", level: "EMERGENCY_112", note: null, version: 1 },
      {
        fromState: "SEARCHING",
        toState: "SEARCHING",
        action: "escalate",
        level: "PROVINCIAL_CRISIS_CENTRE",
        note: "no ICU bed in 112's reach",
        version: 2,
      },
    ]);
  });

  it("lists open searches as a connection, each with its referral, levels and facility, in the same number of SQL statements for any number of searches", async () => {
    const listed = `query ($first: Int, $after: String) { openBedSearches(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { id level referral { id status history { action } } levels { level } reservedFacility { code } } } } }`;
    await app.gql(started, { input: { referralId: await emergencyReferral(), bedType: "ICU_ADULT" } }, ceyhan.token);
    const few = await app.gql(listed, { first: 100 }, kkm);
    expect(few.errors).toBeUndefined();
    for (let i = 0; i < 3; i++)
      await app.gql(started, { input: { referralId: await emergencyReferral(), bedType: "ICU_ADULT" } }, ceyhan.token);
    const more = await app.gql(listed, { first: 100 }, kkm);
    expect(more.errors).toBeUndefined();
    expect(more.data!.openBedSearches.edges.length).toBe(few.data!.openBedSearches.edges.length + 3);
    // Before the batching each search cost three statements of its own (its referral twice, its levels).
    expect(more.statements).toBe(few.statements);
    const firstPage = (await app.gql(listed, { first: 2 }, kkm)).data!.openBedSearches;
    const secondPage = (await app.gql(listed, { first: 2, after: firstPage.pageInfo.endCursor }, kkm)).data!.openBedSearches;
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    expect(secondPage.edges.map((e: any) => e.node.id)).toEqual(more.data!.openBedSearches.edges.slice(2, 4).map((e: any) => e.node.id));
  });
});
