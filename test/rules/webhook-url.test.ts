import { describe, expect, it } from "vitest";
import { canonicalAddress, checkWebhookUrl, isAllowedAddress } from "../../api/webhooks/url-policy.js";
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

describe("finding 9: webhook URLs, every address form normalised before deciding", () => {
  it("production refuses loopback and private hosts however they are written", () => {
    for (const host of [
      "[::127.0.0.1]", // IPv4-compatible IPv6
      "[::7f00:1]",
      "[::a00:1]", // ::10.0.0.1
      "[::ffff:7f00:1]", // IPv4-mapped, in hex
      "[0:0:0:0:0:ffff:127.0.0.1]",
      "[::ffff:169.254.169.254]",
      "[64:ff9b::7f00:1]", // NAT64
      "[2002:7f00:1::]", // 6to4
      "[::]",
      "localhost.",
      "LOCALHOST",
      "foo.localhost",
      "foo.localhost.",
      "127.0.0.1.",
      "2130706433", // decimal IPv4
      "0x7f000001", // hex
      "0x7f.1",
      "0177.0.0.1", // octal
      "127.1",
      "017700000001",
      "10.1",
      "0xa9.0xfe.0xa9.0xfe", // 169.254.169.254
    ])
      expect(codes(`https://${host}/hooks`), host).toEqual(["PRIVATE_ADDRESS"]);
    expect(codes("https://[2606:2800:220:1:248:1893:25c8:1946]/hooks")).toEqual([]);
    expect(codes("https://93.184.216.34/hooks")).toEqual([]);
    expect(codes("https://[::5db8:d822]/hooks")).toEqual([]); // ::93.184.216.34
  });

  it("development allows plain http to every loopback form, and still no private network", () => {
    for (const host of ["localhost.", "foo.localhost", "[::127.0.0.1]", "[::ffff:127.0.0.1]", "127.1", "2130706433"])
      expect(codes(`http://${host}:9000/hooks`, development), host).toEqual([]);
    expect(codes("http://[::a00:1]/hooks", development)).toEqual(["HTTPS_REQUIRED"]);
    expect(codes("https://[::a00:1]/hooks", development)).toEqual(["PRIVATE_ADDRESS"]);
  });

  it("resolved addresses are judged in the same canonical form", () => {
    for (const address of ["::7f00:1", "::127.0.0.1", "::ffff:7f00:1", "::a00:1", "64:ff9b::a00:1", "2002:a00:1::", "::"])
      expect(isAllowedAddress(address, production), address).toBe(false);
    expect(canonicalAddress("[::7f00:1]")?.toString()).toBe("127.0.0.1");
    expect(canonicalAddress("::ffff:a00:1")?.toString()).toBe("10.0.0.1");
    expect(canonicalAddress("::1")?.toString()).toBe("::1");
    expect(canonicalAddress("hbys.example.org")).toBeNull();
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
