import type { Database } from "../../../drizzle/database.js";
import type { ClientPolicy } from "../../auth/client-policy.js";
import type { Principal } from "../../auth/principal.js";
import type { ReferenceData } from "../../geography/reference-data.js";
import type { WebhookUrlPolicy } from "../../webhooks/url-policy.js";
import type { Clock } from "../time/clock.js";
import type { Loaders } from "../performance/loaders.js";
import type { SecretSeal } from "../../staff/sealed-secrets.js";

/** What every service gets for one request. Services know nothing of GraphQL. */
export interface ServiceContext {
  db: Database;
  principal: Principal;
  clock: Clock;
  loaders: Loaders;
  reference: ReferenceData;
  requestId: string;
  operationName: string | null;
  /** Signs a short-lived download link served by GET /downloads/<token>. */
  downloadLink(claims: Record<string, string>, ttlSeconds: number): Promise<{ url: string; expiresAt: Date }>;
  /** Where webhooks may be sent (https and public addresses in production). */
  webhookUrlPolicy: WebhookUrlPolicy;
  /** The server's default query limits, rate limit and trusted-documents mode, which a client's own record overrides. */
  clientPolicyDefaults: ClientPolicy;
  /** Seals the secrets the server reads back (staff TOTP secrets); the server's contexts have it, a seed's need not. */
  secretSeal?: SecretSeal;
}
