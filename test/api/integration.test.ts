import { createHash } from "node:crypto";
import { count, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import manifest from "../../sdk/src/_generated/trusted-documents.json" with { type: "json" };
import { registeredDocuments } from "../../drizzle/schema/index.js";
import { startTestApp, type TestApp } from "../support/app.js";

let app: TestApp;
let coordination: string;
beforeAll(async () => {
  app = await startTestApp();
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
});
afterAll(() => app?.stop());

const viewerQuery = `{ viewer { clientId name role scope limits { depth aliases directives tokens cost } rateLimit { points restorePerSecond } trustedDocumentsOnly } }`;

async function post(body: Record<string, unknown>, token: string) {
  const response = await fetch(app.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] }) };
}

describe("viewer", () => {
  it("tells a client who it is: id, name, role, scope, and the limits in force (its own over the defaults)", async () => {
    const hospital = await app.tokenFor("PARTNER_HOSPITAL", "facility:101101", { limits: { cost: 1200 }, rateLimit: { points: 3000 } });
    const { data, errors } = await app.gql(viewerQuery, {}, hospital);
    expect(errors).toBeUndefined();
    expect(data!.viewer).toMatchObject({
      clientId: expect.stringMatching(/^kc_/),
      name: "test PARTNER_HOSPITAL",
      role: "PARTNER_HOSPITAL",
      scope: "facility:101101",
      limits: { depth: 10, aliases: 15, directives: 10, tokens: 2000, cost: 1200 },
      rateLimit: { points: 3000, restorePerSecond: 500 },
      trustedDocumentsOnly: false,
    });
    const portal = await app.tokenFor("EGOV_PORTAL", "person:TCKN:10000000146");
    expect((await app.gql(`{ viewer { role scope } }`, {}, portal)).data!.viewer).toEqual({
      role: "EGOV_PORTAL",
      scope: "person:TCKN:10000000146",
    });
  });

  it("answers only with a token", async () => {
    const anonymous = await app.gql(`{ viewer { clientId } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("cursors", () => {
  it("are opaque: not base64 JSON of the sort key, and the same position always gets the same cursor", async () => {
    const page = `{ facilities(first: 2) { pageInfo { endCursor } edges { cursor node { code } } } }`;
    const first = await app.gql(page, {}, coordination);
    const again = await app.gql(page, {}, coordination);
    const cursor: string = first.data!.facilities.pageInfo.endCursor;
    expect(again.data!.facilities.pageInfo.endCursor).toBe(cursor);
    const code: string = first.data!.facilities.edges[1].node.code;
    const decoded = Buffer.from(cursor, "base64url").toString("latin1");
    expect(decoded).not.toContain(code);
    expect(() => JSON.parse(decoded)).toThrow();
    const next = await app.gql(
      `query ($after: String) { facilities(first: 1, after: $after) { edges { node { code } } } }`,
      { after: cursor },
      coordination,
    );
    expect(next.data!.facilities.edges[0].node.code > code).toBe(true);
  });

  it("refuse a forged cursor of the right shape, and an altered one, naming the argument", async () => {
    const patients = await app.gql(`{ patients(first: 1) { pageInfo { endCursor } } }`, {}, coordination);
    const real: string = patients.data!.patients.pageInfo.endCursor;
    // What cursors used to be: base64 JSON of [timestamp, uuid], readable and forgeable.
    const forged = Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000Z", "00000000-0000-4000-8000-000000000000"])).toString("base64url");
    const bytes = Buffer.from(real, "base64url");
    bytes[14] ^= 1;
    for (const [argument, cursor] of [
      ["after", forged],
      ["before", bytes.toString("base64url")],
    ] as const) {
      const refused = await app.gql(
        `query ($cursor: String) { patients(${argument}: $cursor, ${argument === "after" ? "first" : "last"}: 5) { edges { node { id } } } }`,
        { cursor },
        coordination,
      );
      expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: [argument] });
      expect(refused.errors?.[0].message).toContain("is not a cursor returned by this connection");
    }
  });
});

describe("registered trusted documents (DOC-1..4)", () => {
  const ownDocument = `query FrontendProvinces($first: Int) { provinces(first: $first) { totalCount edges { node { code name } } } }`;
  const sha256Hash = createHash("sha256").update(ownDocument).digest("hex");
  const register = (clientId: string, document: string, token = coordination) =>
    app.gql(
      `mutation ($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) {
        registeredDocument { clientId sha256 operationNames registeredByClientId registeredByRole registeredAt requestId }
        userErrors { field code rule message } } }`,
      { input: { clientId, document } },
      token,
    );
  // The SDK's own Viewer operation: trusted for every client, so a trusted-documents-only one may ask too.
  const sdkViewer = Object.values(manifest).find((text) => text.includes("query Viewer"))!;
  const clientIdOf = async (token: string) => (await app.gql(sdkViewer, {}, token)).data!.viewer.clientId as string;

  it("the coordination unit registers a frontend's own document: that client then runs it, by text or hash; no other client does", async () => {
    const frontend = await app.tokenFor("AUDITOR", "national", { trustedDocumentsOnly: true });
    const otherFrontend = await app.tokenFor("AUDITOR", "national", { trustedDocumentsOnly: true });
    const frontendId = await clientIdOf(frontend);
    const before = await post({ query: ownDocument, variables: { first: 2 } }, frontend);
    expect(before.status).toBe(403);
    expect(before.errors?.[0].message).toContain("registerTrustedDocument");

    const registered = await register(frontendId, ownDocument);
    expect(registered.data!.registerTrustedDocument.userErrors).toEqual([]);
    const record = registered.data!.registerTrustedDocument.registeredDocument;
    expect(record).toMatchObject({
      clientId: frontendId,
      sha256: sha256Hash,
      operationNames: ["FrontendProvinces"],
      registeredByClientId: await clientIdOf(coordination),
      registeredByRole: "COORDINATION_UNIT",
      requestId: expect.any(String),
    });

    expect((await post({ query: ownDocument, variables: { first: 2 } }, frontend)).data?.provinces.edges).toHaveLength(2);
    const byHash = await post({ variables: { first: 3 }, extensions: { persistedQuery: { version: 1, sha256Hash } } }, frontend);
    expect(byHash.data?.provinces.edges).toHaveLength(3);
    // DOC-3: trusted for the client it names, not for every trusted-documents-only client.
    expect((await post({ query: ownDocument, variables: { first: 2 } }, otherFrontend)).status).toBe(403);

    // DOC-4: registering the same text again stores nothing new and returns the first registration.
    const again = await register(frontendId, ownDocument);
    expect(again.data!.registerTrustedDocument.registeredDocument).toEqual(record);
    const listed = await app.gql(
      `query ($clientId: String!) { registeredDocuments(clientId: $clientId) { sha256 registeredByRole registeredAt } }`,
      { clientId: frontendId },
      await app.tokenFor("AUDITOR", "national"),
    );
    expect(listed.data!.registeredDocuments).toEqual([
      { sha256: sha256Hash, registeredByRole: "COORDINATION_UNIT", registeredAt: record.registeredAt },
    ]);
  });

  it("refuses documents that do not fit the schema, unnamed operations and unknown clients, storing nothing", async () => {
    const frontendId = await clientIdOf(await app.tokenFor("AUDITOR", "national", { trustedDocumentsOnly: true }));
    const cases = [
      {
        clientId: frontendId,
        document: `query Broken { provinces(first: 1) { nosuchfield } }`,
        field: ["input", "document"],
        rule: "DOC-2",
        code: "DOCUMENT_INVALID",
      },
      { clientId: frontendId, document: `query Broken {`, field: ["input", "document"], rule: "DOC-2", code: "DOCUMENT_SYNTAX" },
      {
        clientId: frontendId,
        document: `{ provinces(first: 1) { totalCount } }`,
        field: ["input", "document"],
        rule: "DOC-2",
        code: "DOCUMENT_UNNAMED_OPERATION",
      },
      { clientId: "kc_nobody", document: ownDocument, field: ["input", "clientId"], rule: "DOC-1", code: "UNKNOWN_CLIENT" },
    ];
    for (const { clientId, document, field, rule, code } of cases) {
      const refused = await register(clientId, document);
      expect(refused.data!.registerTrustedDocument).toMatchObject({ registeredDocument: null, userErrors: [{ field, rule, code }] });
    }
    const [stored] = await app.db
      .select({ n: count() })
      .from(registeredDocuments)
      .where(inArray(registeredDocuments.clientId, [frontendId, "kc_nobody"]));
    expect(stored.n).toBe(0);
  });

  it("only the coordination unit registers (DOC-1): not the frontend itself, not a hospital", async () => {
    const frontend = await app.tokenFor("AUDITOR", "national", { trustedDocumentsOnly: true });
    const hospital = await app.tokenFor("PARTNER_HOSPITAL", "facility:101101");
    for (const token of [frontend, hospital]) {
      const refused = await register(await clientIdOf(hospital), ownDocument, token);
      expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("keeps each registration as an append-only audit record", async () => {
    const frontendId = await clientIdOf(await app.tokenFor("AUDITOR", "national", { trustedDocumentsOnly: true }));
    await register(frontendId, `query AuditedOne { provinces(first: 1) { totalCount } }`);
    await expect(app.db.execute(sql`update registered_documents set document = 'x' where client_id = ${frontendId}`)).rejects.toThrow();
    await expect(app.db.execute(sql`delete from registered_documents where client_id = ${frontendId}`)).rejects.toThrow();
  });
});
