import { ANY_ROLE, definePolicy } from "../auth/actions.js";
import { allow, deny, type AccessDecision } from "../auth/policy.js";
import type { Principal } from "../auth/principal.js";
import { role } from "../../drizzle/schema/index.js";

/** Every role that may change anything: all but the read-only auditor (which would otherwise get a signing secret). */
const WRITING_ROLES = role.enumValues.filter((r) => r !== "AUDITOR");

/** Webhook subscriptions are a client's own, kept by every role but the read-only auditor (which would otherwise get a signing secret). */
export function decideWebhookChange(principal: Principal): AccessDecision {
  return principal.role === "AUDITOR" ? deny("the auditor role is read-only") : allow("OWN_SUBSCRIPTIONS");
}

/** Events and webhooks: every client keeps its own subscriptions (named actions, api/auth/actions.ts). */
export const webhookPolicy = definePolicy({
  "event-type:read": { roles: ANY_ROLE, phrase: "read event types" },
  /** A client reads its own subscriptions and deliveries only (the service filters by client). */
  "webhook:read": { roles: ANY_ROLE, phrase: "read webhook subscriptions" },
  "webhook:create": { roles: WRITING_ROLES, phrase: "create a webhook subscription", decide: decideWebhookChange },
  "webhook:update": { roles: WRITING_ROLES, phrase: "change a webhook subscription", decide: decideWebhookChange },
  "webhook:delete": { roles: WRITING_ROLES, phrase: "delete a webhook subscription", decide: decideWebhookChange },
  "webhook:redeliver": { roles: WRITING_ROLES, phrase: "redeliver a webhook", decide: decideWebhookChange },
});
