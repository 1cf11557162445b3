import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount, disableStaffAccount } from "../../api/staff/accounts.js";
import { demoStaff, demoTotpCodeAt } from "../../api/staff/demo-staff.js";
import { startTestApp, type TestApp } from "../support/app.js";
import {
  authorize,
  Browser,
  CONSOLE_CLIENT,
  demoTotpCode,
  formAction,
  hiddenValue,
  pkcePair,
  signIn,
  testSecretSeal,
  tokenRequest,
} from "../support/staff-sign-in.js";

let app: TestApp;
beforeAll(async () => {
  // These tests send documents of their own as a person; the console's trusted set is tested in test/console.
  app = await startTestApp({ consoleTrustedDocumentsOnly: false });
});
afterAll(() => app?.stop());

const viewer = `{ viewer { clientId role scope person { username displayName } } }`;

describe("staff sign-in (OpenID Connect, authorization code with PKCE)", () => {
  it("publishes its discovery document with the issuer at <origin>/oidc, S256 only, and the console's client", async () => {
    const response = await fetch(`${app.origin}/oidc/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, any>;
    expect(discovery.issuer).toBe(`${app.origin}/oidc`);
    expect(discovery.authorization_endpoint).toBe(`${app.origin}/oidc/auth`);
    expect(discovery.token_endpoint).toBe(`${app.origin}/oidc/token`);
    expect(discovery.end_session_endpoint).toBe(`${app.origin}/oidc/session/end`);
    expect(discovery.code_challenge_methods_supported).toEqual(["S256"]);
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(["openid", "profile", "offline_access"]));
  });

  it("STAFF-1, STAFF-2, STAFF-3: a national person signs in with password and TOTP, calls GraphQL as themself, refreshes, and signs out", async () => {
    const account = demoStaff("koordinasyon");
    const tokens = await signIn(app.origin, account);
    expect(tokens.token_type).toBe("Bearer");
    expect(tokens.expires_in).toBeLessThanOrEqual(900);
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.id_token.split(".")).toHaveLength(3);

    const me = await app.gql(viewer, {}, tokens.access_token);
    expect(me.errors).toBeUndefined();
    expect(me.data!.viewer).toEqual({
      clientId: CONSOLE_CLIENT,
      role: "COORDINATION_UNIT",
      scope: "national",
      person: { username: "koordinasyon", displayName: account.displayName },
    });

    // Refresh: a new access token (the refresh token rotates), which works too.
    const refreshed = await tokenRequest(app.origin, { grant_type: "refresh_token", refresh_token: tokens.refresh_token! });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.access_token).not.toBe(tokens.access_token);
    expect((await app.gql(viewer, {}, refreshed.body.access_token)).data!.viewer.person.username).toBe("koordinasyon");

    // Sign out (RP-initiated logout): the confirmation page, then back to the console; the grant is gone.
    const { browser } = tokens;
    const ask = await browser.get(
      `/oidc/session/end?${new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: `${app.origin}/console/` })}`,
    );
    expect(ask.status).toBe(200);
    const page = await ask.text();
    expect(page).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/); // no external assets
    const confirmed = await browser.post(/action="([^"]+)"/.exec(page)![1], { xsrf: hiddenValue(page, "xsrf")!, logout: "yes" });
    const back = await browser.follow(confirmed);
    expect(back instanceof URL && back.href).toBe(`${app.origin}/console/`);

    const afterSignOut = await tokenRequest(app.origin, { grant_type: "refresh_token", refresh_token: refreshed.body.refresh_token });
    expect(afterSignOut.status).toBe(400);
    expect(afterSignOut.body.error).toBe("invalid_grant");
    const revoked = await app.gql(viewer, {}, refreshed.body.access_token);
    expect(revoked.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("STAFF-3: access tokens are opaque and last 15 minutes at most", async () => {
    const tokens = await signIn(app.origin, demoStaff("adana.il"));
    expect(tokens.access_token).not.toContain(".");
    expect(tokens.expires_in).toBeGreaterThan(0);
    expect(tokens.expires_in).toBeLessThanOrEqual(15 * 60);
    expect((await app.gql(viewer, {}, tokens.access_token)).data!.viewer.person.username).toBe("adana.il");
  });

  it("serves its login pages without external assets, with a label for each input, in Turkish and English", async () => {
    const browser = new Browser(app.origin);
    const { challenge } = pkcePair();
    const params = new URLSearchParams({
      client_id: CONSOLE_CLIENT,
      response_type: "code",
      redirect_uri: `${app.origin}/console/callback`,
      scope: "openid profile offline_access",
      code_challenge: challenge,
      code_challenge_method: "S256",
    });
    const page = await browser.follow(await browser.get(`/oidc/auth?${params}`));
    if (page instanceof URL) throw new Error("expected the login page");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).not.toMatch(/<(script|link)\b/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<label for="username">');
    expect(html).toContain('<input id="username" name="username"');
    expect(html).toContain('<label for="password">');
    expect(html).toContain('<input id="password" name="password" type="password"');
    expect(html).toMatch(/Kullanıcı adı.*Username/s);
    expect(html).toMatch(/<button type="submit">/);
    expect(formAction(html)).toMatch(/^\/oidc\/interaction\/[^/]+\/login$/);
  });

  it("refuses a wrong password on the page (role=alert), and issues no code", async () => {
    const result = await authorize(app.origin, demoStaff("adana.il"), { password: "not the password" });
    expect(result.code).toBeUndefined();
    expect(result.page!.status).toBe(401);
    expect(result.page!.html).toContain('role="alert"');
    expect(result.page!.html).toContain("Wrong username or password");
    expect(result.page!.html).toContain('name="username"');
  });

  it("STAFF-2: a national role cannot sign in without the TOTP code, nor with a wrong one", async () => {
    const account = demoStaff("denetci");
    const asked = await authorize(app.origin, account, { totp: null });
    expect(asked.code).toBeUndefined();
    expect(asked.page!.html).toContain('<label for="totp">');
    expect(asked.page!.html).toContain('name="totp"');

    const previous = await demoTotpCodeAt(account, new Date(Date.now() - 5 * 60_000));
    const current = await demoTotpCodeAt(account, new Date());
    const wrong = previous === current ? String((Number(current) + 1) % 1_000_000).padStart(6, "0") : previous;
    const refused = await authorize(app.origin, account, { totp: wrong });
    expect(refused.code).toBeUndefined();
    expect(refused.page!.status).toBe(401);
    expect(refused.page!.html).toContain('role="alert"');
    expect(refused.page!.html).toContain("Wrong or expired code");

    // The TOTP form cannot be reached without the password step: a forged note of it is refused.
    const page = asked.page!.html;
    const [accountId, expiry] = hiddenValue(page, "pending")!.split(".");
    const forged = await asked.browser.post(formAction(page)!, { pending: `${accountId}.${expiry}.forged`, totp: current });
    expect(forged.status).toBe(401);
    expect(await forged.text()).toContain('role="alert"');
  });

  it("STAFF-2: an account of a national role without a TOTP secret is refused after its password", async () => {
    const { account } = await createStaffAccount(
      app.db,
      {
        username: "eski.koordinasyon",
        displayName: "Eski Hesap",
        organisation: "KHGM",
        role: "COORDINATION_UNIT",
        scope: "national",
        password: "Eski.Hesap.2026",
        createdBy: "test",
      },
      testSecretSeal(),
    );
    const { staffAccounts } = await import("../../drizzle/schema/index.js");
    const { eq } = await import("drizzle-orm");
    await app.db.update(staffAccounts).set({ totpSecret: null }).where(eq(staffAccounts.id, account.id));
    const result = await authorize(app.origin, { username: "eski.koordinasyon", password: "Eski.Hesap.2026", totpSecret: null });
    expect(result.code).toBeUndefined();
    expect(result.page!.status).toBe(403);
    expect(result.page!.html).toContain("STAFF-2");
  });

  it("refuses a disabled account's sign-in, refresh and access tokens", async () => {
    await createStaffAccount(
      app.db,
      {
        username: "gecici.il",
        displayName: "Geçici Personel",
        organisation: "Adana İl Sağlık Müdürlüğü",
        role: "PROVINCIAL_DIRECTORATE",
        scope: "province:01",
        password: "Gecici.Personel.2026",
        createdBy: "test",
      },
      testSecretSeal(),
    );
    const account = { username: "gecici.il", password: "Gecici.Personel.2026", totpSecret: null } as const;
    const tokens = await signIn(app.origin, { ...account, displayName: "", organisation: "", role: "PROVINCIAL_DIRECTORATE", scope: "" });
    expect((await app.gql(viewer, {}, tokens.access_token)).data!.viewer.person.username).toBe("gecici.il");

    const { staffAccounts } = await import("../../drizzle/schema/index.js");
    const { eq } = await import("drizzle-orm");
    const [row] = await app.db.select().from(staffAccounts).where(eq(staffAccounts.username, "gecici.il"));
    await disableStaffAccount(app.db, row.id, "test", new Date());

    const refused = await authorize(app.origin, account);
    expect(refused.code).toBeUndefined();
    expect(refused.page!.html).toContain("Wrong username or password");
    expect((await tokenRequest(app.origin, { grant_type: "refresh_token", refresh_token: tokens.refresh_token! })).body.error).toBe(
      "invalid_grant",
    );
  });

  it("STAFF-1: an authorization request without a PKCE challenge is refused; a code needs its own verifier", async () => {
    const withoutChallenge = await authorize(app.origin, demoStaff("adana.il"), { challenge: null });
    expect(withoutChallenge.code).toBeUndefined();
    expect(withoutChallenge.page!.html).toMatch(/code_challenge|PKCE/);

    const plain = await fetch(
      `${app.origin}/oidc/auth?${new URLSearchParams({
        client_id: CONSOLE_CLIENT,
        response_type: "code",
        redirect_uri: `${app.origin}/console/callback`,
        scope: "openid",
        code_challenge: "x".repeat(43),
        code_challenge_method: "plain",
      })}`,
      { redirect: "manual" },
    );
    expect(new URL(plain.headers.get("location")!).searchParams.get("error")).toBe("invalid_request");

    for (const verifier of [undefined, pkcePair().verifier]) {
      const signedIn = await authorize(app.origin, demoStaff("adana.il"));
      expect(signedIn.code).toBeTruthy();
      const exchange = await tokenRequest(app.origin, {
        grant_type: "authorization_code",
        code: signedIn.code!,
        redirect_uri: `${app.origin}/console/callback`,
        ...(verifier && { code_verifier: verifier }),
      });
      expect(exchange.status).toBe(400);
      expect(exchange.body.error).toMatch(/invalid_grant|invalid_request/);
    }
  });

  it("a provincial directorate's person sees their province only", async () => {
    const tokens = await signIn(app.origin, demoStaff("adana.il"));
    const own = await app.gql(`{ monthlySubmission(period: "2026-10") { id } }`, {}, tokens.access_token);
    expect(own.errors).toBeUndefined();
    const other = await app.gql(`{ monthlySubmission(period: "2026-10", provinceCode: "79") { id } }`, {}, tokens.access_token);
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("keeps client credentials (/oauth/token) as they were", async () => {
    const token = await app.tokenFor("COORDINATION_UNIT", "national");
    const me = await app.gql(viewer, {}, token);
    expect(me.data!.viewer.person).toBeNull();
    expect(me.data!.viewer.role).toBe("COORDINATION_UNIT");
  });
});

describe("demo staff accounts", () => {
  it("exist outside production only: a server that refuses demo clients refuses the demo people too", async () => {
    const production = await startTestApp({ allowDemoClients: false, consoleTrustedDocumentsOnly: false });
    try {
      const refused = await authorize(production.origin, demoStaff("adana.il"));
      expect(refused.code).toBeUndefined();
      expect(refused.page!.status).toBe(401);
      expect(refused.page!.html).toContain("Wrong username or password");
    } finally {
      await production.stop();
    }
  });
});

describe.runIf(process.env.DATABASE_URL)("staff sign-in across API processes (real PostgreSQL)", () => {
  it("a sign-in started on one process finishes on another: sessions, codes, tokens and keys are shared", async () => {
    const { startServer } = await import("../../api/server.js");
    const { openDatabase } = await import("../../drizzle/database.js");
    const { configFromEnv } = await import("../../api/config.js");
    const publicUrl = "http://koordinat.test";
    // The test asks its own `viewer` document as the console's person, not one of the console's trusted set.
    const config = { ...configFromEnv({ NODE_ENV: "test" }), publicUrl, consoleTrustedDocumentsOnly: false };
    const other = await openDatabase({ engine: "postgres", url: app.databaseUrl!, maxConnections: 4 });
    const [first, second] = await Promise.all(
      [app.database, other].map((database) => startServer({ database, clock: app.clock, config, port: 0, host: "127.0.0.1" })),
    );
    try {
      // The two processes behind one proxy: one browser, its requests alternating between them.
      const origins = [first, second].map((server) => `http://127.0.0.1:${server.port}`);
      const browser = new Browser(origins[0]);
      let turn = 0;
      const next = (url: string) => new URL(new URL(url, publicUrl).pathname + new URL(url, publicUrl).search, origins[turn++ % 2]).href;
      const { verifier, challenge } = pkcePair();
      const params = new URLSearchParams({
        client_id: CONSOLE_CLIENT,
        response_type: "code",
        redirect_uri: `${publicUrl}/console/callback`,
        scope: "openid profile offline_access",
        code_challenge: challenge,
        code_challenge_method: "S256",
      });
      let response = await browser.get(next(`/oidc/auth?${params}`));
      while (response.status === 303 || response.status === 302) response = await browser.get(next(response.headers.get("location")!));
      const login = await response.text();
      const account = demoStaff("koordinasyon");
      const totpPage = await (
        await browser.post(next(formAction(login)!), { username: account.username, password: account.password })
      ).text();
      response = await browser.post(next(formAction(totpPage)!), {
        pending: hiddenValue(totpPage, "pending")!,
        totp: await demoTotpCode(account),
      });
      let location = new URL(response.headers.get("location")!, publicUrl);
      while (!location.pathname.startsWith("/console/")) {
        response = await browser.get(next(location.href));
        location = new URL(response.headers.get("location")!, publicUrl);
      }
      const code = location.searchParams.get("code")!;
      const exchanged = await tokenRequest(origins[turn++ % 2], {
        grant_type: "authorization_code",
        code,
        redirect_uri: `${publicUrl}/console/callback`,
        code_verifier: verifier,
      });
      expect(exchanged.status).toBe(200);
      for (const origin of origins) {
        const answer = await fetch(`${origin}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${exchanged.body.access_token}` },
          body: JSON.stringify({ query: viewer }),
        });
        expect(((await answer.json()) as any).data.viewer.person.username).toBe("koordinasyon");
      }
      const refreshed = await tokenRequest(origins[turn++ % 2], {
        grant_type: "refresh_token",
        refresh_token: exchanged.body.refresh_token,
      });
      expect(refreshed.status).toBe(200);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
      await other.close();
    }
  });
});
