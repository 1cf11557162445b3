import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { authenticateClient, createClient } from "../../api/auth/clients.js";
import { verifySecret } from "../../api/auth/secrets.js";
import { apiClients } from "../../drizzle/schema/index.js";
import { startTestApp, type TestApp } from "../support/app.js";

const doneWhenQuery = `{
  provinces(first: 100) { totalCount }
  facilities(first: 5, filter: { provinceCode: "01" }) { edges { node { id name level } } }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

async function requestToken(body: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.origin}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any>, headers: response.headers };
}

describe("OAuth2 client credentials", () => {
  it("issues a short-lived bearer token for a client id and secret (form body and HTTP Basic)", async () => {
    const client = await createClient(app.db, { role: "AUDITOR", scope: "national", name: "audit office" });
    const fromBody = await requestToken({
      grant_type: "client_credentials",
      client_id: client.clientId,
      client_secret: client.clientSecret,
    });
    expect(fromBody.status).toBe(200);
    expect(fromBody.body).toMatchObject({ token_type: "Bearer", expires_in: 900 });
    expect(fromBody.headers.get("cache-control")).toBe("no-store");
    const basic = Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64");
    const fromBasic = await requestToken({ grant_type: "client_credentials" }, { authorization: `Basic ${basic}` });
    expect(fromBasic.status).toBe(200);
  });

  it("answers invalid_client for a wrong secret and unsupported_grant_type for other grants", async () => {
    const client = await createClient(app.db, { role: "AUDITOR", scope: "national", name: "audit office" });
    const wrong = await requestToken({ grant_type: "client_credentials", client_id: client.clientId, client_secret: "ks_wrong" });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe("invalid_client");
    const password = await requestToken({ grant_type: "password", client_id: client.clientId, client_secret: client.clientSecret });
    expect(password.status).toBe(400);
    expect(password.body.error).toBe("unsupported_grant_type");
  });

  it("finding 3: a NUL character in client_id is answered as an unknown client (401 invalid_client), not a 500", async () => {
    const nul = await requestToken({ grant_type: "client_credentials", client_id: "kc_\u0000probe", client_secret: "ks_anything" });
    expect(nul).toMatchObject({ status: 401, body: { error: "invalid_client" } });
  });

  it("finding 6: answers an unknown, disabled or wrong-secret client alike, each after one scrypt verification (no timing tells a client id exists)", async () => {
    const client = await createClient(app.db, { role: "AUDITOR", scope: "national", name: "audit office" });
    const disabled = await createClient(app.db, { role: "AUDITOR", scope: "national", name: "retired office" });
    await app.db.update(apiClients).set({ disabledAt: new Date() }).where(eq(apiClients.clientId, disabled.clientId));
    const answers = [];
    for (const [clientId, secret] of [
      ["kc_doesNotExist", "ks_wrong"],
      [disabled.clientId, disabled.clientSecret],
      [client.clientId, "ks_wrong"],
    ]) {
      const verified: string[] = [];
      const counting = async (given: string, hash: string) => (verified.push(hash), verifySecret(given, hash));
      expect(await authenticateClient(app.db, clientId, secret, { allowDemoClients: true }, counting)).toBeUndefined();
      expect(verified, clientId).toHaveLength(1);
      expect(verified[0]).toMatch(/^scrypt\$16384\$8\$1\$/);
      const { status, body } = await requestToken({ grant_type: "client_credentials", client_id: clientId, client_secret: secret });
      answers.push({ status, body });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it("refuses a scope that does not fit the role when a client is created", async () => {
    await expect(createClient(app.db, { role: "PARTNER_HOSPITAL", scope: "province:01", name: "x" })).rejects.toThrow(/facility scope/);
    await expect(createClient(app.db, { role: "PROVINCIAL_DIRECTORATE", scope: "province:99", name: "x" })).rejects.toThrow(/plate code/);
  });
});

describe("the issue's done-when query", () => {
  it("answers a PARTNER_HOSPITAL token with 81 provinces and Adana facilities", async () => {
    const token = await app.tokenFor("PARTNER_HOSPITAL", "facility:" + (await firstAdanaFacilityCode()));
    const { data, errors } = await app.gql(doneWhenQuery, {}, token);
    expect(errors).toBeUndefined();
    expect(data!.provinces.totalCount).toBe(81);
    expect(data!.facilities.edges).toHaveLength(5);
    for (const { node } of data!.facilities.edges) expect(["PRIMARY", "SECONDARY", "TERTIARY"]).toContain(node.level);
  });

  it("answers the same query without a token with UNAUTHENTICATED (HTTP 401)", async () => {
    const response = await app.gql(doneWhenQuery);
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("answers an expired or tampered token with UNAUTHENTICATED", async () => {
    const token = await app.fixedTokenFor("AUDITOR", "national");
    const tampered = token.slice(0, -2) + (token.endsWith("A") ? "BB" : "AA");
    expect((await app.gql(doneWhenQuery, {}, tampered)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    // Used once while valid (the server remembers it as verified), then refused once expired.
    expect((await app.gql(doneWhenQuery, {}, token)).errors).toBeUndefined();
    app.clock.advance(16 * 60 * 1000);
    try {
      const expired = await app.gql(doneWhenQuery, {}, token);
      expect(expired.errors?.[0].message).toMatch(/expired/);
      expect(expired.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      app.clock.advance(-16 * 60 * 1000);
    }
  });
});

async function firstAdanaFacilityCode() {
  const { seededFacility } = await import("../support/app.js");
  return (await seededFacility(app.db, (f) => f.provinceCode === "01" && f.kind === "STATE_HOSPITAL")).code;
}
