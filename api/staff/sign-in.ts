import { createHmac, timingSafeEqual } from "node:crypto";
import { parse as parseForm } from "node:querystring";
import type { IncomingMessage } from "node:http";
import { and, eq, gt } from "drizzle-orm";
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { exportJWK, generateKeyPair } from "jose";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import type { Database } from "../../drizzle/database.js";
import { oidcState, type StaffAccountRow } from "../../drizzle/schema/index.js";
import type { RateLimitPolicy } from "../auth/client-policy.js";
import type { Principal } from "../auth/principal.js";
import { InvalidTokenError, type TokenIssuer } from "../auth/tokens.js";
import type { RateLimiter } from "../platform/edge/rate-limit.js";
import { checkPassword, checkTotp, CONSOLE_CLIENT_ID, findStaffAccount, staffPrincipal, totpRequired } from "./accounts.js";
import { databaseAdapter } from "./oidc-adapter.js";
import { SealedSecretError, type SecretSeal } from "./sealed-secrets.js";
import { errorPage, loginPage, logoutPage, PAGE_HEADERS, signedOutPage, totpPage } from "./pages.js";

/** Where the provider is mounted: the issuer is `<origin>/oidc`. */
export const OIDC_PATH = "/oidc";
/** STAFF-3: access tokens live 15 minutes; a refresh token (rotated at each use) lasts the working day. */
export const STAFF_ACCESS_TOKEN_TTL_SECONDS = 900;
const REFRESH_TOKEN_TTL_SECONDS = 12 * 3600;
const SESSION_TTL_SECONDS = 12 * 3600;
/** How long the second step (the TOTP code) may follow the first. */
const PENDING_TTL_MS = 5 * 60_000;
/** How long an account's principal is believed without reading the account again (its tokens are read every time). */
const PRINCIPAL_BELIEVED_MS = 10_000;

export interface StaffSignInOptions {
  db: Database;
  tokens: TokenIssuer;
  /** Opens the accounts' TOTP secrets (the server's key: KOORDINAT_SECRETS_KEY). */
  seal: SecretSeal;
  /** Where a TOTP secret that does not open is reported (the page says only that the code cannot be checked). */
  logError(error: Error): void;
  /** KOORDINAT_PUBLIC_URL: the only origin the issuer has (required in production). */
  publicUrl: string | undefined;
  production: boolean;
  /** Demo accounts sign in only where demo clients are allowed. */
  allowDemoAccounts: boolean;
  /** Behind a proxy: X-Forwarded-Proto and -Host give the origin. */
  trustProxy: boolean;
  /** Failed sign-ins: per username and per remote address, as the token endpoint's attempts. */
  attempts: { limiter: RateLimiter; perUsername: RateLimitPolicy; perAddress: RateLimitPolicy };
}

/** The console's redirect and post-logout URIs on an origin. */
export const consoleUris = (origin: string) => ({
  redirect: `${origin}/console/callback`,
  postLogout: `${origin}/console/`,
});

/** The provider's signing key (ID tokens), made once and kept in `oidc_state` so every process signs with the same. */
async function providerKeys(db: Database): Promise<Record<string, unknown>[]> {
  const read = () =>
    db
      .select({ payload: oidcState.payload })
      .from(oidcState)
      .where(and(eq(oidcState.model, "KoordinatKeys"), eq(oidcState.id, "jwks")));
  let [row] = await read();
  if (!row) {
    const { privateKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
    const jwk = { ...(await exportJWK(privateKey)), kid: `s${Date.now().toString(36)}`, alg: "RS256", use: "sig" };
    // Two processes starting together: the first insert wins, both read it.
    await db
      .insert(oidcState)
      .values({ model: "KoordinatKeys", id: "jwks", payload: { keys: [jwk] } })
      .onConflictDoNothing();
    [row] = await read();
  }
  return (row!.payload as { keys: Record<string, unknown>[] }).keys;
}

/**
 * Staff sign-in: OAuth 2.0 authorization code with PKCE (S256) and OpenID Connect, served by oidc-provider at
 * `/oidc`, with Koordinat's own login pages (password, then TOTP). Its state is in the database; its cookie keys
 * are derived from the token signing key, so every process of a deployment answers every step.
 */
export async function staffSignIn(options: StaffSignInOptions) {
  const { db } = options;
  const keys = await providerKeys(db);
  const cookieKey = Buffer.from(options.tokens.derivedSecret("koordinat oidc cookies")).toString("base64url");
  const pendingKey = options.tokens.derivedSecret("koordinat staff sign-in pending");
  const Adapter = databaseAdapter(db);
  const providers = new Map<string, Provider>();

  const usableAccount = (account: StaffAccountRow | undefined) =>
    account && !account.disabledAt && !(account.isDemo && !options.allowDemoAccounts) ? account : undefined;

  function configuration(origin: string): Configuration {
    const uris = consoleUris(origin);
    return {
      adapter: Adapter,
      clients: [
        {
          client_id: CONSOLE_CLIENT_ID,
          client_name: "Koordinat operations console",
          token_endpoint_auth_method: "none",
          grant_types: ["authorization_code", "refresh_token"],
          response_types: ["code"],
          redirect_uris: [uris.redirect],
          post_logout_redirect_uris: [uris.postLogout],
          scope: "openid profile offline_access",
        },
      ],
      jwks: { keys: keys as never },
      cookies: {
        keys: [cookieKey],
        long: { httpOnly: true, sameSite: "lax", signed: true },
        short: { httpOnly: true, sameSite: "lax", signed: true },
      },
      // STAFF-1: every authorization request carries a PKCE challenge (S256, the only method the provider accepts).
      pkce: { required: () => true },
      responseTypes: ["code"],
      scopes: ["openid", "profile", "offline_access"],
      claims: {
        openid: ["sub"],
        profile: ["name", "preferred_username", "organisation", "koordinat_role", "koordinat_scope"],
      },
      async findAccount(_ctx, sub) {
        const account = usableAccount(await findStaffAccount(db, sub));
        if (!account) return undefined;
        return {
          accountId: account.id,
          async claims() {
            return {
              sub: account.id,
              name: account.displayName,
              preferred_username: account.username,
              organisation: account.organisation,
              koordinat_role: account.role,
              koordinat_scope: account.scopeKind === "NATIONAL" ? "national" : `${account.scopeKind.toLowerCase()}:${account.scopeValue}`,
            };
          },
        };
      },
      interactions: { url: (_ctx, interaction) => `${OIDC_PATH}/interaction/${interaction.uid}` },
      features: {
        devInteractions: { enabled: false },
        revocation: { enabled: true },
        rpInitiatedLogout: {
          enabled: true,
          async logoutSource(ctx, form) {
            ctx.set(PAGE_HEADERS);
            ctx.body = logoutPage(form);
          },
          async postLogoutSuccessSource(ctx) {
            ctx.set(PAGE_HEADERS);
            ctx.body = signedOutPage();
          },
        },
      },
      // The console asks for offline_access; a refresh token is issued to it whether or not the scope survived.
      issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
      // STAFF-3: signing out ends every token of the sign-in (codes, access and refresh tokens): none outlives its session.
      expiresWithSession: async () => true,
      rotateRefreshToken: true,
      ttl: {
        AccessToken: STAFF_ACCESS_TOKEN_TTL_SECONDS,
        AuthorizationCode: 60,
        IdToken: STAFF_ACCESS_TOKEN_TTL_SECONDS,
        RefreshToken: REFRESH_TOKEN_TTL_SECONDS,
        Session: SESSION_TTL_SECONDS,
        Grant: SESSION_TTL_SECONDS,
        Interaction: 600,
      },
      async renderError(ctx, out) {
        ctx.set(PAGE_HEADERS);
        ctx.body = errorPage(String(out.error), out.error_description ? String(out.error_description) : undefined);
      },
    };
  }

  /** The origin the request reached: KOORDINAT_PUBLIC_URL, else (development, tests) the request's own. */
  function originOf(request: FastifyRequest): string | undefined {
    if (options.publicUrl) return options.publicUrl;
    if (options.production) return undefined;
    return `${request.protocol}://${request.host}`;
  }

  function providerFor(origin: string): Provider {
    let provider = providers.get(origin);
    if (!provider) {
      // Development and tests answer on any port; a handful of origins at most (a forged Host makes one more).
      if (providers.size >= 16) providers.delete(providers.keys().next().value!);
      provider = new Provider(`${origin}${OIDC_PATH}`, configuration(origin));
      provider.proxy = options.trustProxy;
      providers.set(origin, provider);
    }
    return provider;
  }

  /** A signed note that the password step passed, for the TOTP step: `<accountId>.<expiry>.<mac>`. */
  const mac = (uid: string, accountId: string, expiry: number) =>
    createHmac("sha256", pendingKey).update(`${uid}.${accountId}.${expiry}`).digest("base64url");
  const pendingFor = (uid: string, accountId: string) => {
    const expiry = Date.now() + PENDING_TTL_MS;
    return `${accountId}.${expiry}.${mac(uid, accountId, expiry)}`;
  };
  const readPending = (uid: string, pending: string): string | undefined => {
    const [accountId, expiryText, signature] = pending.split(".");
    const expiry = Number(expiryText);
    if (!accountId || !signature || !Number.isFinite(expiry) || expiry < Date.now()) return undefined;
    const expected = Buffer.from(mac(uid, accountId, expiry));
    const actual = Buffer.from(signature);
    return expected.length === actual.length && timingSafeEqual(expected, actual) ? accountId : undefined;
  };

  const html = (reply: FastifyReply, body: string, status = 200) => reply.code(status).headers(PAGE_HEADERS).send(body);

  async function finish(request: FastifyRequest, reply: FastifyReply, provider: Provider, result: Record<string, unknown>) {
    const to = await provider.interactionResult(request.raw, reply.raw, result, { mergeWithLastSubmission: false });
    return reply.code(303).header("cache-control", "no-store").redirect(to);
  }

  /** Charges a failed attempt's buckets first; a full bucket refuses (429) before any password is checked. */
  async function charge(request: FastifyRequest, username: string): Promise<number | undefined> {
    const { limiter, perAddress, perUsername } = options.attempts;
    for (const [key, bucket] of [
      [`staff-address:${request.ip}`, perAddress],
      [`staff-user:${username}`, perUsername],
    ] as const) {
      const state = await limiter.pour(key, 1, bucket);
      if (!state.allowed) return state.retryAfterSeconds;
    }
    return undefined;
  }
  async function giveBack(request: FastifyRequest, username: string) {
    const { limiter, perAddress, perUsername } = options.attempts;
    await limiter.settle(`staff-address:${request.ip}`, -1, perAddress);
    await limiter.settle(`staff-user:${username}`, -1, perUsername);
  }

  const plugin: FastifyPluginAsync = async (app: FastifyInstance) => {
    // The provider's own endpoints: the request goes to it untouched (it reads its body itself).
    await app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser("*", (_request, _payload, done) => done(null, undefined));
      scope.all(`${OIDC_PATH}/*`, (request, reply) => {
        const origin = originOf(request);
        if (!origin)
          return reply.code(503).send({ error: "temporarily_unavailable", error_description: "Staff sign-in needs KOORDINAT_PUBLIC_URL." });
        const provider = providerFor(origin);
        reply.hijack();
        const raw = request.raw as IncomingMessage & { originalUrl?: string };
        raw.originalUrl = raw.url;
        raw.url = raw.url!.slice(OIDC_PATH.length) || "/";
        reply.raw.setHeader("x-request-id", request.id);
        provider.callback()(raw, reply.raw);
      });
    });
    // The interaction: login (password, then TOTP), and consent given at once to the first-party console.
    await app.register(async (scope) => {
      scope.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string", bodyLimit: 4096 }, (_request, body, done) =>
        done(null, parseForm(body as string)),
      );
      const providerOf = (request: FastifyRequest, reply: FastifyReply) => {
        const origin = originOf(request);
        if (!origin) {
          void html(reply, errorPage("temporarily_unavailable", "Staff sign-in needs KOORDINAT_PUBLIC_URL."), 503);
          return undefined;
        }
        return providerFor(origin);
      };
      const details = async (provider: Provider, request: FastifyRequest, reply: FastifyReply, uid: string) => {
        try {
          const interaction = await provider.interactionDetails(request.raw, reply.raw);
          return interaction.uid === uid ? interaction : undefined;
        } catch {
          return undefined;
        }
      };
      const expired = (reply: FastifyReply) =>
        html(reply, errorPage("Oturum açma isteği bulunamadı veya süresi doldu / The sign-in request was not found or has expired"), 400);

      scope.get<{ Params: { uid: string } }>(`${OIDC_PATH}/interaction/:uid`, async (request, reply) => {
        const provider = providerOf(request, reply);
        if (!provider) return reply;
        const interaction = await details(provider, request, reply, request.params.uid);
        if (!interaction) return expired(reply);
        if (interaction.prompt.name === "login") {
          return html(reply, loginPage({ action: `${OIDC_PATH}/interaction/${interaction.uid}/login` }));
        }
        if (interaction.prompt.name === "consent" && interaction.params.client_id === CONSOLE_CLIENT_ID) {
          // The console is Koordinat's own: its scopes are granted without asking.
          const promptDetails = interaction.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
          const grant = interaction.grantId
            ? await provider.Grant.find(interaction.grantId)
            : new provider.Grant({ accountId: interaction.session!.accountId, clientId: CONSOLE_CLIENT_ID });
          if (!grant) return expired(reply);
          if (promptDetails.missingOIDCScope) grant.addOIDCScope(promptDetails.missingOIDCScope.join(" "));
          if (promptDetails.missingOIDCClaims) grant.addOIDCClaims(promptDetails.missingOIDCClaims);
          const grantId = await grant.save();
          return finish(request, reply, provider, interaction.grantId ? { consent: {} } : { consent: { grantId } });
        }
        return html(
          reply,
          errorPage("interaction_required", "Bu istemci için onay verilemez / This client cannot be consented to here"),
          400,
        );
      });

      scope.post<{ Params: { uid: string }; Body: Record<string, string | string[] | undefined> | undefined }>(
        `${OIDC_PATH}/interaction/:uid/login`,
        async (request, reply) => {
          const provider = providerOf(request, reply);
          if (!provider) return reply;
          const interaction = await details(provider, request, reply, request.params.uid);
          if (!interaction || interaction.prompt.name !== "login") return expired(reply);
          const action = `${OIDC_PATH}/interaction/${interaction.uid}/login`;
          const username = typeof request.body?.username === "string" ? request.body.username.trim().toLowerCase().slice(0, 64) : "";
          const password = typeof request.body?.password === "string" ? request.body.password.slice(0, 1024) : "";
          if (!username || !password) {
            return html(
              reply,
              loginPage({ action, username, error: "Kullanıcı adı ve parola gerekli / Username and password are required" }),
              400,
            );
          }
          const retryAfter = await charge(request, username);
          if (retryAfter !== undefined) {
            reply.header("retry-after", String(retryAfter));
            return html(
              reply,
              loginPage({
                action,
                username,
                error: `Çok fazla başarısız deneme; ${retryAfter} sn sonra yeniden deneyin / Too many failed attempts; retry in ${retryAfter} s`,
              }),
              429,
            );
          }
          const account = await checkPassword(db, username, password, { allowDemoAccounts: options.allowDemoAccounts });
          if (!account) {
            return html(
              reply,
              loginPage({ action, username, error: "Kullanıcı adı veya parola yanlış / Wrong username or password" }),
              401,
            );
          }
          if (totpRequired(account.role) && !account.totpSecret) {
            return html(
              reply,
              loginPage({
                action,
                username,
                error: `STAFF-2: ${account.role} rolü iki aşamalı doğrulama ister ve hesabın TOTP anahtarı yok / the role ${account.role} requires TOTP and the account has none`,
              }),
              403,
            );
          }
          if (account.totpSecret) {
            return html(
              reply,
              totpPage({
                action: `${OIDC_PATH}/interaction/${interaction.uid}/totp`,
                pending: pendingFor(interaction.uid, account.id),
                displayName: account.displayName,
              }),
            );
          }
          await giveBack(request, username);
          return finish(request, reply, provider, { login: { accountId: account.id } });
        },
      );

      scope.post<{ Params: { uid: string }; Body: Record<string, string | string[] | undefined> | undefined }>(
        `${OIDC_PATH}/interaction/:uid/totp`,
        async (request, reply) => {
          const provider = providerOf(request, reply);
          if (!provider) return reply;
          const interaction = await details(provider, request, reply, request.params.uid);
          if (!interaction || interaction.prompt.name !== "login") return expired(reply);
          const pending = typeof request.body?.pending === "string" ? request.body.pending : "";
          const code = typeof request.body?.totp === "string" ? request.body.totp.replace(/\s/g, "") : "";
          const accountId = readPending(interaction.uid, pending);
          const account = accountId ? usableAccount(await findStaffAccount(db, accountId)) : undefined;
          if (!account) {
            return html(
              reply,
              loginPage({
                action: `${OIDC_PATH}/interaction/${interaction.uid}/login`,
                error: "Oturum açma süresi doldu; yeniden deneyin / The sign-in expired; try again",
              }),
              401,
            );
          }
          const retryAfter = await charge(request, account.username);
          const action = `${OIDC_PATH}/interaction/${interaction.uid}/totp`;
          if (retryAfter !== undefined) {
            reply.header("retry-after", String(retryAfter));
            return html(
              reply,
              totpPage({
                action,
                pending,
                displayName: account.displayName,
                error: `Çok fazla başarısız deneme / Too many failed attempts; retry in ${retryAfter} s`,
              }),
              429,
            );
          }
          let outcome;
          try {
            outcome = await checkTotp(db, options.seal, account, code, new Date());
          } catch (error) {
            if (!(error instanceof SealedSecretError)) throw error;
            // Fail closed: without its secret no code of the account is accepted.
            options.logError(error);
            return html(
              reply,
              errorPage(
                "server_error",
                "Doğrulama kodu şu anda denetlenemiyor; sistem yöneticisine bildirin / The verification code cannot be checked now; tell the administrator",
              ),
              500,
            );
          }
          if (outcome !== "ACCEPTED") {
            return html(
              reply,
              totpPage({
                action,
                pending,
                displayName: account.displayName,
                error:
                  outcome === "ALREADY_USED"
                    ? "STAFF-6: Bu kod zaten kullanıldı; uygulamanızdaki bir sonraki kodu bekleyin / This code was already used; wait for the next code in your app"
                    : "Kod yanlış veya süresi geçmiş / Wrong or expired code",
              }),
              401,
            );
          }
          await giveBack(request, account.username);
          return finish(request, reply, provider, { login: { accountId: account.id, amr: ["pwd", "otp"], acr: "urn:koordinat:mfa" } });
        },
      );
    });
  };

  /** Accounts' principals, believed for a few seconds (a person's requests come in bursts). */
  const principals = new Map<string, { principal: Principal; believedUntilMs: number }>();

  /**
   * A staff access token (opaque, stored by the provider) → the person's principal, and when the token expires. The
   * token's row is read at every request (one primary-key lookup), so signing out or disabling the account ends it
   * at once; the account's principal is kept for a few seconds.
   */
  async function verifyAccessToken(token: string): Promise<{ principal: Principal; expiresAt: Date }> {
    if (!/^[A-Za-z0-9_-]{20,128}$/.test(token)) throw new InvalidTokenError("The access token is not valid.");
    const [row] = await db
      .select({ payload: oidcState.payload })
      .from(oidcState)
      .where(and(eq(oidcState.model, "AccessToken"), eq(oidcState.id, token), gt(oidcState.expiresAt, new Date())));
    const payload = row?.payload as { accountId?: string; clientId?: string; exp?: number } | undefined;
    if (!payload?.accountId || !payload.clientId || !payload.exp || payload.exp * 1000 <= Date.now()) {
      throw new InvalidTokenError("The access token is not valid or has expired.");
    }
    const expiresAt = new Date(payload.exp * 1000);
    const key = `${payload.accountId} ${payload.clientId}`;
    const known = principals.get(key);
    if (known && Date.now() < known.believedUntilMs) return { principal: known.principal, expiresAt };
    const account = usableAccount(await findStaffAccount(db, payload.accountId));
    if (!account) throw new InvalidTokenError("The access token's account is disabled.");
    const principal = await staffPrincipal(db, account, payload.clientId);
    if (principals.size >= 10_000) principals.delete(principals.keys().next().value!);
    principals.set(key, { principal, believedUntilMs: Date.now() + PRINCIPAL_BELIEVED_MS });
    return { principal, expiresAt };
  }

  return { plugin, verifyAccessToken, providerFor };
}

export type StaffSignIn = Awaited<ReturnType<typeof staffSignIn>>;

/** KoaContextWithOIDC is re-exported for the pages' callers' types. */
export type { KoaContextWithOIDC };
