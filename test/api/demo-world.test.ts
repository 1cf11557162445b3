import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScopes } from "../../drizzle/seed/index.js";
import { buildDemoWorld, DEMO_WORLD } from "../../drizzle/seed/world.js";
import type { Role } from "../../drizzle/schema/index.js";
import { headEveryDepartment } from "../support/department-heads.js";
import { startTestApp, type TestApp } from "../support/app.js";

let app: TestApp;
let scopes: Record<Role, string>;
/** A token of each demo client's role and scope (the same slice of the world as the demo client's own). */
const as = (role: Role, scope?: string) => app.tokenFor(role, scope ?? scopes[role]);
const today = () => DateTime.fromJSDate(app.clock.now()).setZone("Europe/Istanbul");

beforeAll(async () => {
  app = await startTestApp();
  // The world is dated relative to the clock: made on a day no published coefficient covers, as a first start now would.
  app.clock.set(new Date().toISOString());
  await buildDemoWorld(app.db, app.clock);
  scopes = await demoScopes(app.db);
});
afterAll(() => app?.stop());

const referralCount = `query ($filter: ReferralFilter) { referrals(filter: $filter, first: 50) { totalCount edges { node { status } } } }`;

describe("the demo world: every demo client sees its slice through GraphQL", () => {
  it("the demo hospitals have referrals in both directions, and Ceyhan an emergency bed search held by 112", async () => {
    const ceyhan = await as("PARTNER_HOSPITAL", `facility:${DEMO_WORLD.originHospital}`);
    const bilkent = await as("PARTNER_HOSPITAL", `facility:${DEMO_WORLD.destinationHospital}`);
    const count = async (token: string, direction: string) =>
      (await app.gql(referralCount, { filter: { direction } }, token)).data!.referrals;
    expect((await count(ceyhan, "OUTGOING")).totalCount).toBeGreaterThanOrEqual(7);
    expect((await count(ceyhan, "INCOMING")).totalCount).toBeGreaterThanOrEqual(1);
    const incoming = await count(bilkent, "INCOMING");
    expect(incoming.edges.map((e: any) => e.node.status)).toEqual(expect.arrayContaining(["PLACED", "PATIENT_ARRIVED"]));
    expect((await count(bilkent, "OUTGOING")).totalCount).toBeGreaterThanOrEqual(1);

    const searches = await app.gql(
      `{ openBedSearches(first: 100) { edges { node { level status referral { urgency } } } } }`,
      {},
      await as("EMERGENCY_112"),
    );
    expect(searches.data!.openBedSearches.edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({ level: "EMERGENCY_112" }),
    );
  });

  it("the demo university hospital has a cardiologist with free slots next week", async () => {
    const bilkent = await app.gql(
      `{ facilityByCode(code: "${DEMO_WORLD.destinationHospital}") { id } }`,
      {},
      await as("COORDINATION_UNIT"),
    );
    const slots = await app.gql(
      `query ($facilityId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
        availableSlots(facilityId: $facilityId, clinicCode: "CARDIOLOGY", from: $from, to: $to, first: 50) { totalCount edges { node { available } } }
      }`,
      { facilityId: bilkent.data!.facilityByCode.id, from: today().toUTC().toISO(), to: today().plus({ days: 14 }).toUTC().toISO() },
      await as("EGOV_PORTAL"),
    );
    expect(slots.errors).toBeUndefined();
    expect(slots.data!.availableSlots.totalCount).toBeGreaterThanOrEqual(20);
  });

  it("the e-Devlet portal's citizen has a booked and a past (attended) appointment", async () => {
    const appointments = await app.gql(`{ appointments(first: 20) { edges { node { status startsAt } } } }`, {}, await as("EGOV_PORTAL"));
    expect(appointments.errors).toBeUndefined();
    const statuses = appointments.data!.appointments.edges.map((e: any) => e.node.status);
    expect(statuses).toEqual(expect.arrayContaining(["BOOKED", "ATTENDED"]));
  });

  it("SGK has a claim in each state; one waits SUBMITTED only while its trip's half-year has no coefficient", async () => {
    const sgk = await as("INSURER");
    const claims = await app.gql(
      `{ reimbursementClaims(first: 50) { edges { node { status statement { total { amountMinor } } } } } }`,
      {},
      sgk,
    );
    expect(claims.errors).toBeUndefined();
    const nodes = claims.data!.reimbursementClaims.edges.map((e: any) => e.node);
    // Every published half-year up to today is seeded, so the first claim is calculated at once; it waits SUBMITTED
    // only when the world runs in a half-year whose coefficient is not published yet.
    expect(nodes).toHaveLength(5);
    const states = new Set(nodes.map((n: any) => n.status));
    expect([...states].filter((s) => s !== "SUBMITTED" && s !== "CALCULATED").sort()).toEqual(["APPROVED", "PAID", "REJECTED"]);
    expect(states.has("CALCULATED")).toBe(true);
    for (const claim of nodes) expect(claim.statement === null).toBe(claim.status === "SUBMITTED");
  });

  it("approvals wait in the Department Head's and the Deputy General Director's inboxes", async () => {
    for (const role of ["DEPARTMENT_HEAD", "DEPUTY_GENERAL_DIRECTOR"] as const) {
      const token = await as(role);
      // APR-6: like the demo's own Department Head, this one heads the chains' departments.
      if (role === "DEPARTMENT_HEAD") await headEveryDepartment(app, token, await as("COORDINATION_UNIT"));
      const inbox = await app.gql(`{ approvals(pendingForMe: true) { totalCount } }`, {}, token);
      expect(inbox.data!.approvals.totalCount, role).toBeGreaterThanOrEqual(1);
    }
  });

  it("Adana's monthly submissions: the month before last submitted, last month's open in a draft; provinces overdue", async () => {
    const period = (months: number) => today().minus({ months }).toFormat("yyyy-LL");
    const province = await as("PROVINCIAL_DIRECTORATE");
    const submission = `query ($period: String!) { monthlySubmission(period: $period) { status } }`;
    expect((await app.gql(submission, { period: period(2) }, province)).data!.monthlySubmission.status).toBe("SUBMITTED");
    expect((await app.gql(submission, { period: period(1) }, province)).data!.monthlySubmission.status).toBe("DRAFT");
    const status = await app.gql(
      `query ($period: String!) { monthlySubmissionPeriod(period: $period) { provinces { province { code } status overdue } } }`,
      { period: period(2) },
      await as("COORDINATION_UNIT"),
    );
    expect(status.errors).toBeUndefined();
    const provinces = status.data!.monthlySubmissionPeriod.provinces;
    expect(provinces.find((p: any) => p.province.code === DEMO_WORLD.province).status).toBe("SUBMITTED");
    expect(provinces.filter((p: any) => p.overdue).length).toBeGreaterThan(70);
  });

  it("the egov.kz portal reads its person's attachment without repeating the IIN; the PHC organisation sees the request", async () => {
    const portal = await as("EGOV_PORTAL", `person:IIN:${DEMO_WORLD.portalIin}`);
    const own = await app.gql(`{ attachment { organisationCode active validUntil } }`, {}, portal);
    expect(own.errors).toBeUndefined();
    expect(own.data!.attachment).toMatchObject({ organisationCode: DEMO_WORLD.kzOrganisation, active: true });
    const volume = await app.gql(
      `query ($date: LocalDate!) { guaranteedVolume(date: $date) { code } }`,
      { date: today().toISODate() },
      portal,
    );
    expect(volume.data!.guaranteedVolume.length).toBeGreaterThan(0);

    const requests = await app.gql(
      `{ attachmentRequests(organisationCode: "${DEMO_WORLD.kzOrganisation}", first: 100) { edges { node { status } } } }`,
      {},
      await as("PHC_ORGANISATION"),
    );
    expect(requests.data!.attachmentRequests.edges.map((e: any) => e.node.status)).toContain("ATTACHED");
  });

  it("a client not acting for one person must still name the IIN", async () => {
    const response = await app.gql(`{ attachment { active } }`, {}, await as("PHC_ORGANISATION"));
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["iin"] });
  });

  it("the auditor reads the personal-data reads the world made", async () => {
    const log = await app.gql(`{ accessLog(first: 5) { totalCount } }`, {}, await as("AUDITOR"));
    expect(log.data!.accessLog.totalCount).toBeGreaterThan(0);
  });
});
