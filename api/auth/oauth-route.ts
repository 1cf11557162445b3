import express, { type Request, type Response } from "express";
import type { Database } from "../../drizzle/database.js";
import { ErrorCode, KoordinatError } from "../platform/conventions/errors.js";
import type { RateLimiter } from "../platform/edge/rate-limit.js";
import type { RateLimitPolicy } from "./client-policy.js";
import { authenticateClient, type AuthenticationPolicy } from "./clients.js";
import type { TokenIssuer } from "./tokens.js";

/** RFC 6749 error answer. */
function oauthError(res: Response, status: number, error: string, description: string) {
  if (status === 401) res.setHeader("www-authenticate", 'Basic realm="koordinat"');
  res.status(status).setHeader("cache-control", "no-store").json({ error, error_description: description });
}

/** Client credentials from HTTP Basic (preferred by RFC 6749) or from the form body. */
function credentialsOf(req: Request): { clientId?: string; clientSecret?: string } {
  const header = req.headers.authorization;
  if (header?.startsWith("Basic ")) {
    const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
    const separator = decoded.indexOf(":");
    return {
      clientId: decodeURIComponent(decoded.slice(0, separator)),
      clientSecret: decodeURIComponent(decoded.slice(separator + 1)),
    };
  }
  return { clientId: req.body?.client_id, clientSecret: req.body?.client_secret };
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
export function oauthTokenRoute(db: Database, tokens: TokenIssuer, policy: AuthenticationPolicy, limits: TokenAttemptLimits) {
  const router = express.Router();
  router.post("/oauth/token", express.urlencoded({ extended: false, limit: "4kb" }), async (req, res, next) => {
    try {
      if (!req.is("application/x-www-form-urlencoded")) {
        return oauthError(res, 400, "invalid_request", "Send the request as application/x-www-form-urlencoded.");
      }
      if (req.body?.grant_type !== "client_credentials") {
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
          res.setHeader("retry-after", String(state.retryAfterSeconds));
          return oauthError(res, 429, "slow_down", `Too many failed token requests; retry in ${state.retryAfterSeconds} s.`);
        }
      }
      const principal = await authenticateClient(db, clientId, clientSecret, policy);
      if (principal) await Promise.all(buckets.map(([key, bucket]) => limits.limiter.settle(key, -1, bucket)));
      if (!principal) return oauthError(res, 401, "invalid_client", "Unknown client, wrong secret, or a client not allowed here.");
      const { token, expiresIn } = await tokens.issue(principal);
      res.setHeader("cache-control", "no-store");
      res.json({ access_token: token, token_type: "Bearer", expires_in: expiresIn, scope: principal.role });
    } catch (error) {
      if (error instanceof KoordinatError && error.extensions.code === ErrorCode.SERVICE_UNAVAILABLE) {
        res.setHeader("retry-after", String(error.extensions.retryAfterSeconds));
        return oauthError(res, 503, "temporarily_unavailable", error.message);
      }
      next(error);
    }
  });
  return router;
}
