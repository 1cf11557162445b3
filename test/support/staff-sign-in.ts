import { createHash, randomBytes } from "node:crypto";
import { expect } from "vitest";
import { configFromEnv } from "../../api/config.js";
import { and, eq } from "drizzle-orm";
import { demoTotpCodeAt, type DemoStaffAccount } from "../../api/staff/demo-staff.js";
import { loadSecretSeal } from "../../api/staff/sealed-secrets.js";
import type { Executor } from "../../drizzle/database.js";
import { staffAccounts } from "../../drizzle/schema/index.js";

/** The key the test servers seal TOTP secrets with (their configuration's: the key file beside the test data). */
export const testSecretSeal = () => loadSecretSeal(configFromEnv({ NODE_ENV: "test" }).secretsKey);

const STEP_MS = 30_000;
/** The last step whose code this process handed out, per demo account. */
const handedOut = new Map<string, number>();
/** Databases whose demo accounts' used steps may be forgotten (the test harness's own, registered by it). */
const forgettable = new Set<Executor>();

/**
 * Lets `demoTotpCode` forget the demo accounts' used TOTP steps in `db` when it has handed out every code the sign-in
 * accepts at this moment (STAFF-6: a step is used once, and the sign-in looks one step either side of now). The test harness
 * registers its own databases: tests sign the same demo person in many times a minute. Returns the unregistration.
 */
export function forgetUsedDemoStepsIn(db: Executor): () => void {
  forgettable.add(db);
  return () => forgettable.delete(db);
}

/**
 * A code of the demo account the sign-in accepts now and this process has not handed out before (STAFF-6 refuses a
 * step already used): now's, then the next step's (never the step before now's, which could expire on its way). When
 * both are handed out, the used steps of the registered databases (forgetUsedDemoStepsIn) are forgotten and it starts
 * again; with none registered it waits for the next step, as a person with the authenticator app would.
 */
export async function demoTotpCode(account: DemoStaffAccount): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / STEP_MS);
    const last = handedOut.get(account.username);
    const step = last === undefined ? now : Math.max(now, last + 1);
    if (step <= now + 1) {
      handedOut.set(account.username, step);
      return demoTotpCodeAt(account, new Date(step * STEP_MS));
    }
    if (forgettable.size === 0) {
      await new Promise((resolve) => setTimeout(resolve, (now + 1) * STEP_MS - Date.now()));
      continue;
    }
    for (const db of forgettable) {
      await db
        .update(staffAccounts)
        .set({ totpLastTimeStep: null })
        .where(and(eq(staffAccounts.username, account.username), eq(staffAccounts.isDemo, true)));
    }
    handedOut.delete(account.username);
  }
}

/** Cookies of one browser, per name (the tests use one origin). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const expired = attributes.some((a) => /^\s*expires=thu, 01 jan 1970/i.test(a) || /^\s*max-age=0/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(pair.indexOf("=") + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** A browser on the console's origin: follows nothing by itself, so each step is seen. */
export class Browser {
  readonly jar = new CookieJar();
  constructor(readonly origin: string) {}
  async get(url: string): Promise<Response> {
    const response = await fetch(new URL(url, this.origin), { redirect: "manual", headers: { cookie: this.jar.header() } });
    this.jar.store(response);
    return response;
  }
  async post(url: string, form: Record<string, string>): Promise<Response> {
    const response = await fetch(new URL(url, this.origin), {
      method: "POST",
      redirect: "manual",
      headers: { cookie: this.jar.header(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form),
    });
    this.jar.store(response);
    return response;
  }
  /** Follows redirects from `response` (same origin) until a page or the console's callback. */
  async follow(response: Response): Promise<Response | URL> {
    let current = response;
    for (let hops = 0; hops < 10 && current.status >= 300 && current.status < 400; hops++) {
      const location = new URL(current.headers.get("location")!, this.origin);
      if (location.pathname.startsWith("/console/")) return location;
      current = await this.get(location.href);
    }
    return current;
  }
}

export const pkcePair = () => {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
};

/** The form's action on a page. */
export const formAction = (html: string) => /<form method="post" action="([^"]+)"/.exec(html)?.[1]!.replaceAll("&amp;", "&");
export const hiddenValue = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];

export const CONSOLE_CLIENT = "koordinat-console";

export interface SignInResult {
  browser: Browser;
  verifier: string;
  code?: string;
  /** The page where the flow stopped (a refusal) when no code came back. */
  page?: { status: number; html: string };
}

/** Drives the authorization request and the login pages; `totp` overrides the code (undefined: computed when needed). */
export async function authorize(
  origin: string,
  account: Pick<DemoStaffAccount, "username" | "password" | "totpSecret">,
  options: { totp?: string | null; challenge?: { verifier: string; challenge: string } | null; password?: string } = {},
): Promise<SignInResult> {
  const browser = new Browser(origin);
  const pkce = options.challenge === undefined ? pkcePair() : options.challenge;
  const params = new URLSearchParams({
    client_id: CONSOLE_CLIENT,
    response_type: "code",
    redirect_uri: `${origin}/console/callback`,
    scope: "openid profile offline_access",
    state: randomBytes(8).toString("hex"),
    ...(pkce && { code_challenge: pkce.challenge, code_challenge_method: "S256" }),
  });
  let step = await browser.follow(await browser.get(`/oidc/auth?${params}`));
  const stop = async (r: Response | URL): Promise<SignInResult> => {
    if (r instanceof URL)
      return {
        browser,
        verifier: pkce?.verifier ?? "",
        code: r.searchParams.get("code") ?? undefined,
        page: r.searchParams.has("error") ? { status: 303, html: r.search } : undefined,
      };
    return { browser, verifier: pkce?.verifier ?? "", page: { status: r.status, html: await r.text() } };
  };
  if (step instanceof URL || step.status !== 200) return stop(step);
  const loginHtml = await step.text();
  expect(loginHtml).toContain('name="username"');
  step = await browser.follow(
    await browser.post(formAction(loginHtml)!, { username: account.username, password: options.password ?? account.password }),
  );
  if (step instanceof URL) return stop(step);
  const html = await step.text();
  if (!html.includes('name="totp"')) return { browser, verifier: pkce?.verifier ?? "", page: { status: step.status, html } };
  if (options.totp === null) return { browser, verifier: pkce?.verifier ?? "", page: { status: step.status, html } };
  const code = options.totp ?? (await demoTotpCode(account as DemoStaffAccount));
  return stop(await browser.follow(await browser.post(formAction(html)!, { pending: hiddenValue(html, "pending")!, totp: code })));
}

export interface StaffTokens {
  access_token: string;
  refresh_token?: string;
  id_token: string;
  expires_in: number;
  token_type: string;
  scope: string;
}

export async function tokenRequest(origin: string, form: Record<string, string>): Promise<{ status: number; body: any }> {
  const response = await fetch(`${origin}/oidc/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: CONSOLE_CLIENT, ...form }),
  });
  return { status: response.status, body: await response.json() };
}

/** The whole flow: authorize, sign in (password and TOTP where needed), exchange the code. */
export async function signIn(origin: string, account: DemoStaffAccount): Promise<StaffTokens & { browser: Browser }> {
  const result = await authorize(origin, account);
  if (!result.code) throw new Error(`no code: ${result.page?.status} ${result.page?.html.slice(0, 500)}`);
  const { status, body } = await tokenRequest(origin, {
    grant_type: "authorization_code",
    code: result.code,
    redirect_uri: `${origin}/console/callback`,
    code_verifier: result.verifier,
  });
  if (status !== 200) throw new Error(`token exchange failed: ${status} ${JSON.stringify(body)}`);
  return { ...(body as StaffTokens), browser: result.browser };
}
