import { createServer, type AddressInfo } from "node:net";
import { once } from "node:events";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentText, ForbiddenError, KoordinatClient, NetworkError, type KoordinatDocument } from "@koordinat/sdk";
import { referralLines, ReferralsWithPatientsQuery, whoAmI, WhoAmIQuery } from "../../sdk/example/referrals.js";
import { startTestApp, type TestApp } from "../support/app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const clientWith = async (role: Parameters<TestApp["tokenFor"]>[0], scope: string, policy?: Parameters<TestApp["tokenFor"]>[2]) =>
  new KoordinatClient({ url: app.url, token: await app.tokenFor(role, scope, policy) });

describe("client.request: partners choose their fields", () => {
  it("sends the README's client-preset documents, typed by them (the referral list with its patients)", async () => {
    const coordination = await clientWith("COORDINATION_UNIT", "national");
    const { referrals } = await coordination.request(ReferralsWithPatientsQuery, { first: 5 });
    expect(referrals.totalCount).toBeGreaterThanOrEqual(referrals.edges.length);
    expect(await referralLines(coordination, 5)).toHaveLength(referrals.edges.length);
    expect(await whoAmI(coordination)).toMatch(/^kc_.+: COORDINATION_UNIT for national \(cost limit 5000\)$/);
  });

  it("takes a plain string or a DocumentNode too, and maps errors to the SDK's classes", async () => {
    const hospital = await clientWith("PARTNER_HOSPITAL", "facility:101101");
    const text = `query Province($code: String!) { province(code: $code) { name } }`;
    const typed = text as KoordinatDocument<{ province: { name: string } }, { code: string }>;
    expect((await hospital.request(typed, { code: "06" })).province.name).toBe("Ankara");
    const node = parse(text) as KoordinatDocument<{ province: { name: string } }, { code: string }>;
    expect((await hospital.request(node, { code: "01" })).province.name).toBe("Adana");
    await expect(hospital.request(`query Log { accessLog(first: 1) { totalCount } }`)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("runs a registered document for a client held to trusted documents, named by its documentText's hash", async () => {
    const frontend = await clientWith("AUDITOR", "national", { trustedDocumentsOnly: true });
    await expect(frontend.request(WhoAmIQuery)).rejects.toBeInstanceOf(ForbiddenError);
    const { viewer } = await frontend.viewer();
    expect(viewer.trustedDocumentsOnly).toBe(true);
    const coordination = await clientWith("COORDINATION_UNIT", "national");
    const { registerTrustedDocument } = await coordination.registerTrustedDocument({
      input: { clientId: viewer.clientId, document: documentText(WhoAmIQuery) },
    });
    expect(registerTrustedDocument.userErrors).toEqual([]);
    expect((await frontend.request(WhoAmIQuery)).viewer.role).toBe("AUDITOR");
    const hashOnly = new KoordinatClient({ url: app.url, token: await app.tokenFor("AUDITOR", "national"), hashOnly: true });
    expect((await hashOnly.request(WhoAmIQuery)).viewer.role).toBe("AUDITOR");
  });
});

describe("NetworkError", () => {
  it("says why nothing answered and keeps the underlying error as its cause", async () => {
    const closed = createServer().listen(0, "127.0.0.1");
    await once(closed, "listening");
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const client = new KoordinatClient({ url: `http://127.0.0.1:${port}/graphql`, token: "t", retry: { maxAttempts: 1 } });
    const error = await client.provinces().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(new RegExp(`127\\.0\\.0\\.1:${port}.*fetch failed.*ECONNREFUSED`));
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
    expect(((error as NetworkError).cause as { cause?: { code?: string } }).cause?.code).toBe("ECONNREFUSED");
  });

  it("keeps the parse error of an answer that is not GraphQL", async () => {
    const client = new KoordinatClient({
      url: app.url,
      token: "t",
      retry: { maxAttempts: 1 },
      fetch: async () => new Response("<html>proxy error</html>", { status: 502, headers: { "content-type": "text/html" } }),
    });
    const error = (await client.provinces().catch((e: unknown) => e)) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toContain("HTTP 502 (text/html)");
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });
});
