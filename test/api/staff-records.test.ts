import { createClient as createWsClient } from "graphql-ws";
import WebSocket from "ws";
import { eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStaff } from "../../api/staff/demo-staff.js";
import { accessLog, domainEvents, referralHistory } from "../../drizzle/schema/index.js";
import { seededFacility, startTestApp, type TestApp } from "../support/app.js";
import { authorize, signIn } from "../support/staff-sign-in.js";

let app: TestApp;
/** Access tokens of the demo people, signed in once each. */
const staff: Record<string, string> = {};
const as = (username: string) => staff[username];

beforeAll(async () => {
  // These tests send documents of their own as a person; the console's trusted set is tested in test/console.
  app = await startTestApp({ consoleTrustedDocumentsOnly: false });
  for (const username of ["koordinasyon", "denetci", "ceyhan", "adana.il"]) {
    staff[username] = (await signIn(app.origin, demoStaff(username))).access_token;
  }
});
afterAll(() => app?.stop());

const viewerPerson = `{ viewer { person { id username displayName } } }`;

describe("the person in every record", () => {
  it("the access log names the person who read a patient, and auditors filter it by person", async () => {
    const machine = await app.tokenFor("COORDINATION_UNIT", "national");
    const patient = (await app.gql(`{ patients(first: 1) { edges { node { id } } } }`, {}, machine)).data!.patients.edges[0].node.id;
    const read = await app.gql(
      `query ReadOnePatient($id: ID!) { patient(id: $id) { id givenName familyName } }`,
      { id: patient },
      as("koordinasyon"),
    );
    expect(read.errors).toBeUndefined();
    const rows = await app.db.select().from(accessLog).where(isNotNull(accessLog.personId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ clientId: "koordinat-console", role: "COORDINATION_UNIT", action: "patient.read" });

    const me = (await app.gql(viewerPerson, {}, as("koordinasyon"))).data!.viewer.person;
    const entries = `query ($filter: AccessLogFilter) { accessLog(filter: $filter, last: 20) { totalCount edges { node { clientId role operation patientId person { id username displayName } } } } }`;
    const byPatient = await app.gql(entries, { filter: { patientId: patient } }, as("denetci"));
    expect(byPatient.errors).toBeUndefined();
    const people = byPatient.data!.accessLog.edges.map((e: any) => e.node);
    expect(people).toContainEqual({
      clientId: "koordinat-console",
      role: "COORDINATION_UNIT",
      operation: "anonymous",
      patientId: patient,
      person: { id: me.id, username: "koordinasyon", displayName: demoStaff("koordinasyon").displayName },
    });
    // The machine client's own reads name no person.
    expect(people.filter((entry: any) => entry.clientId !== "koordinat-console").every((entry: any) => entry.person === null)).toBe(true);

    for (const filter of [{ personId: me.id }, { personUsername: "koordinasyon" }]) {
      const byPerson = await app.gql(entries, { filter }, as("denetci"));
      expect(byPerson.errors).toBeUndefined();
      expect(byPerson.data!.accessLog.totalCount).toBeGreaterThan(0);
      expect(byPerson.data!.accessLog.edges.every((e: any) => e.node.person.username === "koordinasyon")).toBe(true);
    }
    const nobody = await app.gql(entries, { filter: { personUsername: "adana.il" } }, as("denetci"));
    expect(nobody.data!.accessLog.totalCount).toBe(0);
  });

  it("a history row and the event of a change name the person, over HTTP and graphql-ws", async () => {
    const ceyhan = await seededFacility(app.db, (f) => f.code === "101101");
    const machine = await app.tokenFor("COORDINATION_UNIT", "national");
    const patient = (
      await app.gql(
        `query ($i: IdentifierInput!) { patients(filter: { identifier: $i }) { edges { node { id } } } }`,
        { i: { kind: "TCKN", value: "17291716060" } },
        machine,
      )
    ).data!.patients.edges[0].node.id;

    // The coordination unit's person watches referral events live, authenticated by their access token.
    const ws = createWsClient({
      url: app.url.replace("http", "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${as("koordinasyon")}` },
      retryAttempts: 0,
    });
    const received: any[] = [];
    let subscribed!: () => void;
    const ready = new Promise<void>((resolve) => (subscribed = resolve));
    ws.on("connected", () => setTimeout(subscribed, 300));
    const arrived = new Promise<void>((resolve, reject) => {
      ws.subscribe(
        { query: `subscription { events(types: ["referral.*"]) { type subjectId data actorPerson { username displayName } } }` },
        {
          next: (value) => {
            received.push(value.data?.events ?? value);
            resolve();
          },
          error: reject,
          complete: () => {},
        },
      );
    });
    try {
      await ready;
      const created = await app.gql(
        `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id history { action role actorPerson { username displayName } } } userErrors { field code message } } }`,
        {
          input: {
            patientId: patient,
            originFacilityId: Buffer.from(`Facility:${ceyhan.id}`).toString("base64url"),
            clinicCode: "CARDIOLOGY",
            requestingPhysician: "Uzm. Dr. Kerem Aydın",
            diagnosisIcd10: "I21.9",
            urgency: "URGENT",
            medicalGrounds: "OTHER",
            accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik için sevk gerekiyor.",
          },
        },
        as("ceyhan"),
      );
      expect(created.errors).toBeUndefined();
      expect(created.data!.createReferral.userErrors).toEqual([]);
      const referral = created.data!.createReferral.referral;
      const ceyhanPerson = { username: "ceyhan", displayName: demoStaff("ceyhan").displayName };
      expect(referral.history).toEqual([{ action: "create", role: "PARTNER_HOSPITAL", actorPerson: ceyhanPerson }]);

      const [history] = await app.db.select().from(referralHistory).where(eq(referralHistory.action, "create"));
      expect(history.actorPerson).toBeTruthy();
      const events = await app.db.select().from(domainEvents).where(eq(domainEvents.subjectId, referral.id));
      expect(events.map((e) => e.actorPersonId)).toEqual([history.actorPerson]);
      expect(events[0].data.actorPerson).toMatchObject(ceyhanPerson);

      await arrived;
      expect(received[0]).toMatchObject({ subjectId: referral.id, actorPerson: ceyhanPerson, data: { actorPerson: ceyhanPerson } });
    } finally {
      await ws.dispose();
    }
  });
});

describe("the person in the workflow kernel's histories", () => {
  it("a monthly submission's history names the directorate's person who saved and submitted it", async () => {
    const now = app.clock.now();
    const previous = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    const period = previous.toISOString().slice(0, 7);
    const saved = await app.gql(
      `mutation ($input: SaveMonthlyDraftInput!) { saveMonthlyDraft(input: $input) { submission { id version } userErrors { field code message } } }`,
      { input: { period, rows: [] } },
      as("adana.il"),
    );
    expect(saved.data!.saveMonthlyDraft.userErrors).toEqual([]);
    const submitted = await app.gql(
      `mutation ($input: SubmitMonthlySubmissionInput!) { submitMonthlySubmission(input: $input) { submission { status } userErrors { code message } } }`,
      { input: { period, expectedVersion: saved.data!.saveMonthlyDraft.submission.version } },
      as("adana.il"),
    );
    expect(submitted.data!.submitMonthlySubmission.userErrors).toEqual([]);
    const read = await app.gql(
      `query ($period: String!) { monthlySubmission(period: $period) { history { action actorRole actorPerson { username displayName } } } }`,
      { period },
      as("adana.il"),
    );
    expect(read.errors).toBeUndefined();
    const history = read.data!.monthlySubmission.history;
    expect(history.length).toBeGreaterThan(0);
    for (const entry of history) {
      expect(entry).toMatchObject({
        actorRole: "PROVINCIAL_DIRECTORATE",
        actorPerson: { username: "adana.il", displayName: demoStaff("adana.il").displayName },
      });
    }
  });
});

const createAccount = `mutation ($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    staffAccount { id username displayName organisation role scope totpEnabled enabled createdAt disabledAt }
    totpProvisioningUri
    userErrors { field code rule message }
  }
}`;
const disableAccount = `mutation ($input: DisableStaffAccountInput!) {
  disableStaffAccount(input: $input) { staffAccount { id username enabled disabledAt } userErrors { field code rule message } }
}`;
const newAccount = (overrides: Record<string, unknown> = {}) => ({
  username: "mersin.il",
  displayName: "Mersin İl Sağlık Müdürlüğü Uzmanı",
  organisation: "Mersin İl Sağlık Müdürlüğü",
  role: "PROVINCIAL_DIRECTORATE",
  scope: "province:33",
  password: "Uzun-ve-gizli-parola-33",
  ...overrides,
});

describe("staff accounts through the API", () => {
  it("STAFF-4: the coordination unit creates an account, which signs in; its secrets are never answered", async () => {
    const created = await app.gql(createAccount, { input: newAccount() }, as("koordinasyon"));
    expect(created.errors).toBeUndefined();
    const { staffAccount, totpProvisioningUri, userErrors } = created.data!.createStaffAccount;
    expect(userErrors).toEqual([]);
    expect(totpProvisioningUri).toBeNull();
    expect(staffAccount).toMatchObject({
      username: "mersin.il",
      role: "PROVINCIAL_DIRECTORATE",
      scope: "province:33",
      totpEnabled: false,
      enabled: true,
      disabledAt: null,
    });
    expect(JSON.stringify(created.data)).not.toContain("scrypt");
    const tokens = await signIn(app.origin, { ...newAccount(), totpSecret: null } as never);
    expect((await app.gql(viewerPerson, {}, tokens.access_token)).data!.viewer.person.username).toBe("mersin.il");

    const listed = await app.gql(`{ staffAccounts(first: 100) { totalCount edges { node { username enabled } } } }`, {}, as("denetci"));
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.staffAccounts.edges.map((e: any) => e.node.username)).toEqual(
      expect.arrayContaining(["koordinasyon", "mersin.il"]),
    );
  });

  it("STAFF-2: an account of a national role or the auditor always gets a TOTP secret, its URI answered once", async () => {
    const created = await app.gql(
      createAccount,
      { input: newAccount({ username: "denetci.iki", role: "AUDITOR", scope: "national", totp: false }) },
      as("koordinasyon"),
    );
    const { staffAccount, totpProvisioningUri } = created.data!.createStaffAccount;
    expect(staffAccount.totpEnabled).toBe(true);
    expect(totpProvisioningUri).toMatch(/^otpauth:\/\/totp\/Koordinat:denetci\.iki\?.*secret=[A-Z2-7]+/);
    const listed = await app.gql(
      `{ staffAccounts(filter: { role: "AUDITOR" }) { edges { node { username totpEnabled } } } }`,
      {},
      as("koordinasyon"),
    );
    expect(JSON.stringify(listed.data)).not.toContain("otpauth");
  });

  it("STAFF-4: refusals name the field and the rule: a taken username, a password containing it, a scope of the wrong kind", async () => {
    const taken = await app.gql(createAccount, { input: newAccount({ username: "koordinasyon" }) }, as("koordinasyon"));
    expect(taken.data!.createStaffAccount.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "username"], code: "USERNAME_TAKEN", rule: "STAFF-4" }),
    ]);
    const weak = await app.gql(
      createAccount,
      { input: newAccount({ username: "hatay.il", password: "hatay.il-parolasi" }) },
      as("koordinasyon"),
    );
    expect(weak.data!.createStaffAccount.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "password"], code: "PASSWORD_CONTAINS_USERNAME", rule: "STAFF-4" }),
    ]);
    const wrongScope = await app.gql(
      createAccount,
      { input: newAccount({ username: "hatay.il", scope: "facility:101101" }) },
      as("koordinasyon"),
    );
    expect(wrongScope.data!.createStaffAccount.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "scope"], code: "SCOPE_INVALID", rule: "STAFF-4" }),
    ]);
    const malformed = await app.gql(createAccount, { input: newAccount({ username: "Hatay İl", password: "kısa" }) }, as("koordinasyon"));
    expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const fields = malformed.errors![0].extensions!.fields.map((f: any) => f.field.join("."));
    expect(fields).toEqual(expect.arrayContaining(["username", "password"]));
    expect(malformed.errors![0].message).toMatch(/username.*lower case/);
    expect(malformed.errors![0].message).not.toContain("kısa");
  });

  it("paging through the staff list one account at a time answers each account once (sort-key instants stored to the millisecond)", async () => {
    // The seeded accounts take created_at from the database's now(): kept in microseconds, a row would sort after its own
    // cursor (which carries milliseconds) and be answered again on the next page.
    const page = `query ($after: String) { staffAccounts(first: 1, after: $after) { totalCount edges { cursor node { username } } pageInfo { hasNextPage } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 100; guard++) {
      const answer = await app.gql(page, { after }, as("denetci"));
      expect(answer.errors).toBeUndefined();
      const connection: any = answer.data!.staffAccounts;
      total = connection.totalCount;
      seen.push(...connection.edges.map((e: any) => e.node.username));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.edges.at(-1).cursor;
    }
    expect(total).toBeGreaterThan(3);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("only the coordination unit creates and disables accounts; the auditor reads them", async () => {
    for (const username of ["adana.il", "denetci", "ceyhan"]) {
      const refused = await app.gql(createAccount, { input: newAccount({ username: "yetkisiz" }) }, as(username));
      expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    const machine = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:01");
    expect((await app.gql(`{ staffAccounts { totalCount } }`, {}, machine)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(`{ staffAccounts { totalCount } }`, {}, as("denetci"))).errors).toBeUndefined();
  });

  it("STAFF-5: a disabled account can no longer sign in, and its tokens end at once", async () => {
    const created = await app.gql(
      createAccount,
      { input: newAccount({ username: "osmaniye.il", scope: "province:80" }) },
      as("koordinasyon"),
    );
    const { id } = created.data!.createStaffAccount.staffAccount;
    const account = { ...newAccount({ username: "osmaniye.il" }), totpSecret: null } as never;
    const tokens = await signIn(app.origin, account);
    expect((await app.gql(viewerPerson, {}, tokens.access_token)).errors).toBeUndefined();

    const refusedByOthers = await app.gql(disableAccount, { input: { id } }, as("denetci"));
    expect(refusedByOthers.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const disabled = await app.gql(disableAccount, { input: { id } }, as("koordinasyon"));
    expect(disabled.data!.disableStaffAccount).toMatchObject({ staffAccount: { id, enabled: false }, userErrors: [] });
    const again = await app.gql(disableAccount, { input: { id } }, as("koordinasyon"));
    expect(again.data!.disableStaffAccount.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "id"], code: "ALREADY_DISABLED", rule: "STAFF-5" }),
    ]);

    expect((await app.gql(viewerPerson, {}, tokens.access_token)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const signInAgain = await authorize(app.origin, account);
    expect(signInAgain.code).toBeUndefined();
    expect(signInAgain.page!.html).toContain('role="alert"');

    const me = (await app.gql(viewerPerson, {}, as("koordinasyon"))).data!.viewer.person;
    const self = await app.gql(disableAccount, { input: { id: me.id } }, as("koordinasyon"));
    expect(self.data!.disableStaffAccount.userErrors).toEqual([expect.objectContaining({ code: "SELF", rule: "STAFF-5" })]);
  });
});
