import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { userError, type UserError } from "../platform/conventions/errors.js";

/**
 * Where the server may send webhooks. In production only https to public addresses, so a client
 * cannot make the server call its own network (SSRF); in development and tests also plain http
 * to this machine, for local receivers.
 */
export interface WebhookUrlPolicy {
  allowLocalHttp: boolean;
}

/**
 * An IP literal in its one canonical form, or null for a name. IPv4 written in decimal, octal or hex, IPv4-mapped
 * (`::ffff:7f00:1`) and IPv4-compatible (`::127.0.0.1`, i.e. `::7f00:1`) IPv6 all become the IPv4 address they
 * carry, so each is judged as the address a connection would actually reach.
 */
export function canonicalAddress(literal: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const text = literal.replace(/^\[|\]$/g, "").replace(/\.+$/, "");
  if (!ipaddr.isValid(text)) return null;
  const address = ipaddr.parse(text);
  if (address.kind() === "ipv4") return address;
  const v6 = address as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  // IPv4-compatible (::/96, deprecated by RFC 4291) beyond :: and ::1: the last 32 bits are an IPv4 address.
  const parts = v6.parts;
  if (parts.slice(0, 6).every((p) => p === 0) && (parts[6] !== 0 || parts[7] > 1))
    return ipaddr.fromByteArray(v6.toByteArray().slice(12)) as ipaddr.IPv4;
  return v6;
}

/** A host name for this machine: `localhost` and every `*.localhost` (RFC 6761), with or without the root's trailing dot. */
function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.+$/, "");
  return name === "localhost" || name.endsWith(".localhost");
}

/** Only globally routed unicast addresses are reachable in production; loopback too where local http is allowed. */
export function isAllowedAddress(address: string, policy: WebhookUrlPolicy): boolean {
  const canonical = canonicalAddress(address);
  if (!canonical) return false;
  const range = canonical.range();
  return range === "unicast" || (policy.allowLocalHttp && range === "loopback");
}

/** This machine, by name or by any form of a loopback address. */
function isLoopbackHost(hostname: string): boolean {
  return isLocalhostName(hostname) || canonicalAddress(hostname)?.range() === "loopback";
}

/**
 * Checks a subscription's URL before it is stored, and again before each delivery (an IP literal is connected to
 * without a lookup, so `guardedLookup` never sees it); a refusal names the rule broken.
 */
export function checkWebhookUrl(text: string, policy: WebhookUrlPolicy, field = ["input", "url"]): UserError[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return [userError(field, "INVALID_URL", "Give an absolute URL, e.g. https://hbys.example.org/koordinat/webhooks.")];
  }
  // WHATWG URL parsing already turns decimal, octal and hex IPv4 forms into dotted decimal and lower-cases names.
  const local = isLoopbackHost(url.hostname);
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
  const literal = canonicalAddress(url.hostname) !== null;
  if (local ? !policy.allowLocalHttp : literal && !isAllowedAddress(url.hostname, policy)) {
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
