import express, { type Request, type Response } from "express";
import type { Database } from "../../drizzle/database.js";
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

/** POST /oauth/token: OAuth2 client credentials grant → a short-lived bearer JWT. */
export function oauthTokenRoute(db: Database, tokens: TokenIssuer, policy: AuthenticationPolicy) {
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
      const principal = await authenticateClient(db, clientId, clientSecret, policy);
      if (!principal) return oauthError(res, 401, "invalid_client", "Unknown client, wrong secret, or a client not allowed here.");
      const { token, expiresIn } = await tokens.issue(principal);
      res.setHeader("cache-control", "no-store");
      res.json({ access_token: token, token_type: "Bearer", expires_in: expiresIn, scope: principal.role });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
