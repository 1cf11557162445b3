import { describe, expect, it } from "vitest";
import { checkWebhookUrl, isAllowedAddress } from "../../api/webhooks/url-policy.js";
import { coversEventType, isKnownEventPattern } from "../../api/events/catalogue.js";
import { retryDelayMs } from "../../api/webhooks/worker.js";

const production = { allowLocalHttp: false };
const development = { allowLocalHttp: true };
const codes = (url: string, policy = production) => checkWebhookUrl(url, policy).map((e) => e.code);

describe("webhook URLs (SSRF)", () => {
  it("production: https to public hosts only", () => {
    expect(codes("https://hbys.example.org/koordinat")).toEqual([]);
    expect(codes("http://hbys.example.org/koordinat")).toEqual(["HTTPS_REQUIRED"]);
    expect(codes("http://localhost:8080/hooks")).toEqual(["HTTPS_REQUIRED"]);
    for (const host of [
      "localhost",
      "127.0.0.1",
      "[::1]",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "[fd00::1]",
      "0.0.0.0",
      "[::ffff:127.0.0.1]",
    ])
      expect(codes(`https://${host}/hooks`), host).toEqual(["PRIVATE_ADDRESS"]);
    expect(codes("ftp://hbys.example.org/")).toEqual(["HTTPS_REQUIRED"]);
    expect(codes("not a url")).toEqual(["INVALID_URL"]);
    expect(codes("https://a:b@hbys.example.org/")).toEqual(["CREDENTIALS_IN_URL"]);
  });

  it("development and tests: also plain http to this machine, still not to private networks", () => {
    expect(codes("http://127.0.0.1:9000/hooks", development)).toEqual([]);
    expect(codes("http://localhost:9000/hooks", development)).toEqual([]);
    expect(codes("http://10.0.0.5/hooks", development)).toEqual(["HTTPS_REQUIRED"]);
    expect(codes("https://192.168.0.10/hooks", development)).toEqual(["PRIVATE_ADDRESS"]);
  });

  it("resolved addresses: only public unicast, loopback only where local http is allowed", () => {
    expect(isAllowedAddress("93.184.216.34", production)).toBe(true);
    expect(isAllowedAddress("2606:2800:220:1:248:1893:25c8:1946", production)).toBe(true);
    for (const address of ["127.0.0.1", "::1", "10.0.0.1", "100.64.0.1", "169.254.169.254", "fe80::1", "::ffff:10.0.0.1", "224.0.0.1"])
      expect(isAllowedAddress(address, production), address).toBe(false);
    expect(isAllowedAddress("127.0.0.1", development)).toBe(true);
    expect(isAllowedAddress("10.0.0.1", development)).toBe(false);
  });
});

describe("event type patterns", () => {
  it("exact types and subject.* wildcards, nothing else", () => {
    expect(isKnownEventPattern("referral.accepted")).toBe(true);
    expect(isKnownEventPattern("referral.*")).toBe(true);
    expect(isKnownEventPattern("referral.teleported")).toBe(false);
    expect(isKnownEventPattern("*")).toBe(false);
    expect(coversEventType("referral.*", "referral.accepted")).toBe(true);
    expect(coversEventType("referral.*", "bedSearch.started")).toBe(false);
    expect(coversEventType("appointment.cancelled", "appointment.auto_cancelled")).toBe(false);
  });
});

describe("retry backoff", () => {
  const policy = { maxAttempts: 10, baseDelayMs: 30_000, maxDelayMs: 3_600_000 };
  it("doubles from 30 s up to an hour, with up to half of it random (equal jitter)", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 0))).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 1))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, policy, () => 1)).toBe(3_600_000);
    expect(retryDelayMs(20, policy, () => 0)).toBe(1_800_000);
  });
});
