import { randomUUID } from "node:crypto";
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppointmentService } from "../../api/appointments/service.js";
import { createClient } from "../../api/auth/clients.js";
import { toGlobalId } from "../../api/platform/conventions/global-id.js";
import { koordinatSchema } from "../../api/schema.js";
import { domainEvents, physicians, webhookDeliveries, webhookSubscriptions } from "../../drizzle/schema/index.js";
import { startTestApp, type GraphQLResponse, type TestApp } from "../support/app.js";

let app: TestApp;
let coordination: string;
beforeAll(async () => {
  app = await startTestApp();
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
});
afterAll(() => app?.stop());

describe("global IDs and node()", () => {
  it("resolves provinces, facilities and patients by opaque global ID, authorising each", async () => {
    const { data } = await app.gql(
      `{ province(code: "06") { id } facilities(first: 1) { edges { node { id code } } } patients(first: 1) { edges { node { id } } } }`,
      {},
      coordination,
    );
    const ids = [data!.province.id, data!.facilities.edges[0].node.id, data!.patients.edges[0].node.id];
    const nodes = await app.gql(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Province { name } ... on Facility { code } } }`,
      { ids },
      coordination,
    );
    expect(nodes.data!.nodes.map((n: any) => n.__typename)).toEqual(["Province", "Facility", "Patient"]);
    expect(nodes.data!.nodes[0].name).toBe("Ankara");
    const directorate = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:06");
    const denied = await app.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: ids[2] }, directorate);
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const some = await app.gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [ids[0], ids[2]] }, directorate);
    expect(some.data!.nodes).toEqual([{ id: ids[0] }, null]);
    expect(some.errors).toMatchObject([{ path: ["nodes", 1], extensions: { code: "FORBIDDEN" } }]);
  });

  it("fetches every Node type by node(id:) through its own service (a new Node type without a case fails here)", async () => {
    const schema = await koordinatSchema();
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === "Node"))
      .map((t) => t.name);
    const unknownTypes: string[] = [];
    for (const type of nodeTypes) {
      const id = Buffer.from(`${type}:${randomUUID()}`).toString("base64url");
      const { errors } = await app.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id }, coordination);
      // The type's own service answers (NOT_FOUND for that type), not the fallback for unknown types.
      if (errors?.[0].extensions?.type === "Node") unknownTypes.push(type);
    }
    expect(unknownTypes).toEqual([]);
    expect(nodeTypes).toEqual(expect.arrayContaining(["BedSearch", "AttachmentRequest", "WebhookSubscription", "ReimbursementClaim"]));
  });

  it("finding 11c: node(id:) fetches a Slot (any role), an InsuranceContract (its insurer, the person, auditors) and a WebhookDelivery (its client's own)", async () => {
    const node = (id: string, token: string) => app.gql(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id }, token);
    const directorate = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:01");
    const [physician] = await app.db.select({ id: physicians.id }).from(physicians).limit(1);
    const published = await app.gql(
      `mutation ($input: PublishScheduleInput!) { publishSchedule(input: $input) { slots { id } userErrors { code } } }`,
      {
        input: {
          physicianId: toGlobalId("Physician", physician.id),
          day: "2027-03-10",
          startTime: "09:00",
          endTime: "09:15",
          slotMinutes: 15,
          capacityPerSlot: 1,
        },
      },
      coordination,
    );
    const slotId = published.data!.publishSchedule.slots[0].id;
    expect((await node(slotId, directorate)).data!.node).toEqual({ __typename: "Slot", id: slotId });

    const insurer = await app.tokenFor("INSURER", "insurer:KAZMED");
    const registered = await app.gql(
      `mutation ($input: RegisterInsuranceContractInput!) { registerInsuranceContract(input: $input) { contract { id } userErrors { code } } }`,
      { input: { number: "VHI-NODE-1", kind: "VHI", insuredIin: "900101300007", startsOn: "2026-01-01", endsOn: "2026-12-31" } },
      insurer,
    );
    const contractId = registered.data!.registerInsuranceContract.contract.id;
    for (const reader of [insurer, await app.tokenFor("AUDITOR", "national"), await app.tokenFor("EGOV_PORTAL", "person:IIN:900101300007")])
      expect((await node(contractId, reader)).data!.node).toEqual({ __typename: "InsuranceContract", id: contractId });
    for (const stranger of [await app.tokenFor("INSURER", "insurer:SGK"), await app.tokenFor("EGOV_PORTAL", "person:IIN:950615400809")])
      expect((await node(contractId, stranger)).errors![0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "KZ-2" });

    const owner = await createClient(app.db, { role: "COORDINATION_UNIT", scope: "national", name: "unit hooks" });
    const now = new Date();
    const [event] = await app.db
      .insert(domainEvents)
      .values({
        type: "approval.submitted",
        subjectType: "Approval",
        subjectId: "x",
        data: {},
        audience: ["COORDINATION_UNIT"],
        occurredAt: now,
      })
      .returning();
    const [subscription] = await app.db
      .insert(webhookSubscriptions)
      .values({
        clientId: owner.clientId,
        url: "https://hbys.example.org/hooks",
        eventTypes: ["approval.*"],
        secret: "whsec_x",
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const [delivery] = await app.db
      .insert(webhookDeliveries)
      .values({ subscriptionId: subscription.id, eventSeq: event.seq, nextAttemptAt: now, createdAt: now, updatedAt: now })
      .returning();
    const deliveryId = toGlobalId("WebhookDelivery", delivery.id);
    const issued = await fetch(`${app.origin}/oauth/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: owner.clientId, client_secret: owner.clientSecret }),
    });
    const ownerToken = ((await issued.json()) as { access_token: string }).access_token;
    expect((await node(deliveryId, ownerToken)).data!.node).toEqual({ __typename: "WebhookDelivery", id: deliveryId });
    expect((await node(deliveryId, coordination)).errors![0].extensions!.code).toBe("NOT_FOUND");
  });

  it("answers a malformed or unknown ID with BAD_USER_INPUT or NOT_FOUND", async () => {
    expect((await app.gql(`{ node(id: "not an id") { id } }`, {}, coordination)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = Buffer.from("Facility:00000000-0000-0000-0000-000000000000").toString("base64url");
    expect(
      (await app.gql(`query ($id: ID!) { facility(id: $id) { id } }`, { id: unknown }, coordination)).errors?.[0].extensions?.code,
    ).toBe("NOT_FOUND");
  });
});

describe("connections", () => {
  it("pages the 81 provinces forwards and backwards with stable cursors", async () => {
    const page = `query ($first: Int, $after: String, $last: Int, $before: String) {
      provinces(first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { code } }
      }
    }`;
    const codes: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data }: GraphQLResponse = await app.gql(page, { first: 30, after }, coordination);
      codes.push(...data!.provinces.edges.map((e: any) => e.node.code));
      if (!data!.provinces.pageInfo.hasNextPage) break;
      after = data!.provinces.pageInfo.endCursor;
    }
    expect(codes).toHaveLength(81);
    expect(codes[0]).toBe("01");
    expect(codes[80]).toBe("81");
    const last = await app.gql(page, { last: 2 }, coordination);
    expect(last.data!.provinces.edges.map((e: any) => e.node.code)).toEqual(["80", "81"]);
    expect(last.data!.provinces.pageInfo.hasPreviousPage).toBe(true);
  });

  it("pages facilities by keyset without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const { data }: GraphQLResponse = await app.gql(
        `query ($after: String) { facilities(first: 37, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } } }`,
        { after },
        coordination,
      );
      total = data!.facilities.totalCount;
      seen.push(...data!.facilities.edges.map((e: any) => e.node.code));
      if (!data!.facilities.pageInfo.hasNextPage) break;
      after = data!.facilities.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect([...seen].sort()).toEqual(seen);
  });

  it("refuses first outside 1..100 and foreign cursors, naming the argument", async () => {
    const negative = await app.gql(`{ facilities(first: -1) { edges { node { code } } } }`, {}, coordination);
    expect(negative.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(negative.errors)).toContain("first");
    const tooMany = await app.gql(`{ patients(first: 101) { edges { node { id } } } }`, {}, coordination);
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    // An argument object's class-validator constraints, named field by field without the value (validateArgument).
    const badFilter = await app.gql(
      `{ facilities(filter: { provinceCode: "1", clinic: "" }) { edges { node { code } } } }`,
      {},
      coordination,
    );
    expect(badFilter.errors).toHaveLength(1);
    expect(badFilter.errors?.[0]).toMatchObject({
      message:
        "Invalid input: provinceCode (provinceCode must match /^\\d{2}$/ regular expression), clinic (clinic must be longer than or equal to 1 characters)",
      path: ["facilities"],
      extensions: {
        code: "BAD_USER_INPUT",
        fields: [
          { field: ["provinceCode"], problems: ["provinceCode must match /^\\d{2}$/ regular expression"] },
          { field: ["clinic"], problems: ["clinic must be longer than or equal to 1 characters"] },
        ],
      },
    });
    const cursor = await app.gql(`{ facilities(after: "bm90LWEtY3Vyc29y") { edges { node { code } } } }`, {}, coordination);
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["after"] });
    const forged = Buffer.from(JSON.stringify(["x", "y"])).toString("base64url");
    const forgedPage = await app.gql(
      `query ($after: String) { patients(after: $after) { edges { node { id } } } }`,
      { after: forged },
      coordination,
    );
    expect(forgedPage.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["after"] });
  });
});

describe("HTTP surface", () => {
  it("serves /healthz, /readyz and a request ID on every response", async () => {
    expect(await (await fetch(`${app.origin}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${app.origin}/readyz`)).json()).toMatchObject({ status: "ready", database: app.engine });
    const response = await fetch(`${app.origin}/healthz`, { headers: { "x-request-id": "req-from-partner-123" } });
    expect(response.headers.get("x-request-id")).toBe("req-from-partner-123");
  });

  it("serves the explorer and its scripts from local files, not a CDN", async () => {
    const page = await fetch(`${app.origin}/graphql`, { headers: { accept: "text/html" } });
    const html = await page.text();
    expect(html).toContain("GraphiQL");
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ["react.js", "react-dom.js", "graphiql.js", "graphiql.css"]) {
      const response = await fetch(`${app.origin}/explorer/assets/${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it("never sends stack traces outside development", async () => {
    const response = await app.gql(`{ node(id: "x") { id } }`, {}, coordination);
    expect(JSON.stringify(response.errors)).not.toContain("stacktrace");
    expect(JSON.stringify(response.errors)).not.toContain(".ts:");
  });

  it("never sends stack traces outside development, for an unexpected internal error either: it is masked", async () => {
    const failure = vi
      .spyOn(AppointmentService.prototype, "versionedSettings")
      .mockRejectedValueOnce(new TypeError("boom: cannot read 'x' of undefined at api/appointments/service.ts:120:7"));
    try {
      const response = await app.gql(`{ appointmentSettings { confirmation { enabled } } }`, {}, coordination);
      expect(failure).toHaveBeenCalledTimes(1);
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
      expect(JSON.stringify(response.errors)).not.toContain("boom");
      expect(JSON.stringify(response.errors)).not.toContain("stacktrace");
      expect(JSON.stringify(response.errors)).not.toContain(".ts:");
    } finally {
      failure.mockRestore();
    }
  });
});
