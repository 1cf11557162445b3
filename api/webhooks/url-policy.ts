import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { userError, type UserError } from "../platform/errors.js";

/**
 * Where the server may send webhooks. In production only https to public addresses, so a client
 * cannot make the server call its own network (SSRF); in development and tests also plain http
 * to this machine, for local receivers.
 */
export interface WebhookUrlPolicy {
  allowLocalHttp: boolean;
}

const LOCAL_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Only globally routed unicast addresses are reachable in production; loopback too where local http is allowed. */
export function isAllowedAddress(address: string, policy: WebhookUrlPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  return range === "unicast" || (policy.allowLocalHttp && range === "loopback");
}

/** Checks a subscription's URL before it is stored; a refusal names the rule broken. */
export function checkWebhookUrl(text: string, policy: WebhookUrlPolicy, field = ["input", "url"]): UserError[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return [userError(field, "INVALID_URL", "Give an absolute URL, e.g. https://hbys.example.org/koordinat/webhooks.")];
  }
  const local = LOCAL_NAMES.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local && policy.allowLocalHttp)) {
    return [
      userError(
        field,
        "HTTPS_REQUIRED",
        policy.allowLocalHttp ? "Webhooks use https (plain http only to localhost in development)." : "Webhooks use https.",
      ),
    ];
  }
  if (url.username || url.password)
    return [userError(field, "CREDENTIALS_IN_URL", "Put no credentials in the URL: verify the signature instead.")];
  if (url.hash) return [userError(field, "FRAGMENT", "A webhook URL has no #fragment.")];
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (local ? !policy.allowLocalHttp : ipaddr.isValid(host) && !isAllowedAddress(host, policy)) {
    return [userError(field, "PRIVATE_ADDRESS", "Webhooks go to public addresses only, never to internal or local networks.")];
  }
  return [];
}

/**
 * A DNS lookup for the delivery's connection that refuses names resolving to addresses the policy
 * forbids — checked on the address actually connected to, so a name cannot be rebound to an
 * internal address between the check and the request.
 */
export function guardedLookup(policy: WebhookUrlPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true } as LookupAllOptions, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const blocked = addresses.find((a) => !isAllowedAddress(a.address, policy));
      if (blocked || addresses.length === 0) {
        return callback(Object.assign(new Error(`${hostname} resolves to a blocked address`), { code: "EBLOCKED" }), "", 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
