import { parse as parseForm } from "node:querystring";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "../../drizzle/database.js";
import { ErrorCode, KoordinatError } from "../platform/conventions/errors.js";
import type { RateLimiter } from "../platform/edge/rate-limit.js";
import type { RateLimitPolicy } from "./client-policy.js";
import { authenticateClient, type AuthenticationPolicy } from "./clients.js";
import type { TokenIssuer } from "./tokens.js";

/** RFC 6749 error answer. */
function oauthError(reply: FastifyReply, status: number, error: string, description: string) {
  if (status === 401) reply.header("www-authenticate", 'Basic realm="koordinat"');
  return reply.code(status).header("cache-control", "no-store").send({ error, error_description: description });
}

const FORM = "application/x-www-form-urlencoded";
type Form = Record<string, string | string[] | undefined> | undefined;

/** Client credentials from HTTP Basic (preferred by RFC 6749) or from the form body. */
function credentialsOf(req: FastifyRequest): { clientId?: unknown; clientSecret?: unknown } {
  const header = req.headers.authorization;
  if (header?.startsWith("Basic ")) {
    const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
    const separator = decoded.indexOf(":");
    return {
      clientId: decodeURIComponent(decoded.slice(0, separator)),
      clientSecret: decodeURIComponent(decoded.slice(separator + 1)),
    };
  }
  const form = req.body as Form;
  return { clientId: form?.client_id, clientSecret: form?.client_secret };
}

/** Buckets of failed token requests: per client id (guessing one client's secret) and per remote address (spraying many). */
export interface TokenAttemptLimits {
  limiter: RateLimiter;
  perClient: RateLimitPolicy;
  perAddress: RateLimitPolicy;
}

/**
 * POST /oauth/token: OAuth2 client credentials grant → a short-lived bearer JWT. Each attempt is charged to its
 * address's and its client id's bucket before the secret is checked (so a flood costs no scrypt hashing) and given
 * back when it succeeds: only failures add up, and a full bucket answers 429 with Retry-After.
 */
export function oauthTokenRoute(
  db: Database,
  tokens: TokenIssuer,
  policy: AuthenticationPolicy,
  limits: TokenAttemptLimits,
): FastifyPluginAsync {
  return async (scope) => {
    // The form is read here (at most 4 KB); any other body is not read at all and answered invalid_request.
    scope.addContentTypeParser(FORM, { parseAs: "string", bodyLimit: 4096 }, (_req, body, done) => done(null, parseForm(body as string)));
    scope.addContentTypeParser("*", (_req, _payload, done) => done(null, undefined));
    scope.post("/oauth/token", (req, res) => answer(req, res));
  };

  async function answer(req: FastifyRequest, res: FastifyReply) {
    try {
      if (req.headers["content-type"]?.split(";")[0].trim().toLowerCase() !== FORM) {
        return oauthError(res, 400, "invalid_request", "Send the request as application/x-www-form-urlencoded.");
      }
      if ((req.body as Form)?.grant_type !== "client_credentials") {
        return oauthError(res, 400, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
      }
      const { clientId, clientSecret } = credentialsOf(req);
      if (typeof clientId !== "string" || typeof clientSecret !== "string" || !clientId || !clientSecret) {
        return oauthError(res, 400, "invalid_request", "client_id and client_secret are required.");
      }
      const buckets: [string, RateLimitPolicy][] = [
        [`token-address:${req.ip}`, limits.perAddress],
        [`token-client:${clientId}`, limits.perClient],
      ];
      for (const [key, bucket] of buckets) {
        const state = await limits.limiter.pour(key, 1, bucket);
        if (!state.allowed) {
          res.header("retry-after", String(state.retryAfterSeconds));
          return oauthError(res, 429, "slow_down", `Too many failed token requests; retry in ${state.retryAfterSeconds} s.`);
        }
      }
      const principal = await authenticateClient(db, clientId, clientSecret, policy);
      if (principal) await Promise.all(buckets.map(([key, bucket]) => limits.limiter.settle(key, -1, bucket)));
      if (!principal) return oauthError(res, 401, "invalid_client", "Unknown client, wrong secret, or a client not allowed here.");
      const { token, expiresIn } = await tokens.issue(principal);
      return res
        .header("cache-control", "no-store")
        .send({ access_token: token, token_type: "Bearer", expires_in: expiresIn, scope: principal.role });
    } catch (error) {
      if (error instanceof KoordinatError && error.extensions.code === ErrorCode.SERVICE_UNAVAILABLE) {
        res.header("retry-after", String(error.extensions.retryAfterSeconds));
        return oauthError(res, 503, "temporarily_unavailable", error.message);
      }
      throw error;
    }
  }
}
