import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  KoordinatClient,
  NetworkError,
  paginate,
  PaginationStalledError,
  RateLimitedError,
  UnauthenticatedError,
  throwOnUserErrors,
  UserErrorsError,
  type KoordinatClientOptions,
} from "@koordinat/sdk";
import { createClient } from "../../api/auth/clients.js";
import type { Role } from "../../drizzle/schema/index.js";
import { seededFacility, startTestApp, type TestApp } from "../support/app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

/** A fetch that records every call and can be told to fail some of them. */
function recordingFetch(plan: (call: number, url: string) => "pass" | "network-error" | "503" | "429" | "answer-then-drop" = () => "pass") {
  const calls: { url: string; body: string }[] = [];
  let graphqlCalls = 0;
  const fetchFn: typeof fetch = async (input, init) => {
    const url = String(input);
    calls.push({ url, body: String(init?.body ?? "") });
    const step = url.endsWith("/graphql") ? plan(++graphqlCalls, url) : "pass";
    if (step === "network-error") throw new TypeError("fetch failed: ECONNRESET");
    if (step === "503") return new Response("unavailable", { status: 503 });
    if (step === "429")
      return new Response("slow down", {
        status: 429,
        headers: { "retry-after": "0", "ratelimit-policy": '"cost";q=100;w=10', ratelimit: '"cost";r=0;t=1' },
      });
    const response = await fetch(input, init);
    if (step === "answer-then-drop") {
      await response.text();
      throw new TypeError("fetch failed: socket hang up after the server answered");
    }
    return response;
  };
  return {
    fetchFn,
    calls,
    graphqlCalls: () => calls.filter((c) => c.url.endsWith("/graphql")).length,
    tokenCalls: () => calls.filter((c) => c.url.endsWith("/oauth/token")).length,
  };
}

async function clientFor(role: Role, scope: string, options: Partial<KoordinatClientOptions> = {}) {
  const credentials = await createClient(app.db, { role, scope, name: `sdk ${role}` });
  return new KoordinatClient({
    url: app.url,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    retry: { baseDelayMs: 1 },
    ...options,
  });
}

describe("SDK: typed calls and pagination", () => {
  it("makes typed calls and paginates a connection to its end", async () => {
    const client = await clientFor("COORDINATION_UNIT", "national");
    const { provinces } = await client.provinces({ first: 5 });
    expect(provinces.totalCount).toBe(81);
    const { facilities } = await client.facilities({ first: 1 });
    const codes: string[] = [];
    for await (const facility of client.paginate.facilities({ first: 25 })) codes.push(facility.code);
    expect(codes).toHaveLength(facilities.totalCount);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("stops with PaginationStalledError when a next page does not move past its cursor, instead of asking for ever", async () => {
    const asked: (string | null)[] = [];
    const stuck = async (after: string | null) => {
      asked.push(after);
      return { pageInfo: { hasNextPage: true, endCursor: "c1" }, edges: [{ node: asked.length }] };
    };
    const nodes: number[] = [];
    const walk = async () => {
      for await (const node of paginate(stuck)) nodes.push(node);
    };
    const error = await walk().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationStalledError);
    expect(error).toMatchObject({ code: "PAGINATION_STALLED" });
    expect(asked).toEqual([null, "c1"]);
    expect(nodes).toEqual([1, 2]);
  });
});

describe("SDK: tokens", () => {
  it("gets a token once and reuses it until shortly before expiry", async () => {
    const recorder = recordingFetch();
    const client = await clientFor("AUDITOR", "national", { fetch: recorder.fetchFn });
    await client.provinces({ first: 1 });
    await client.provinces({ first: 1 });
    expect(recorder.tokenCalls()).toBe(1);
    const eager = await clientFor("AUDITOR", "national", { fetch: recorder.fetchFn, refreshMarginSeconds: 900 });
    await eager.provinces({ first: 1 });
    await eager.provinces({ first: 1 });
    expect(recorder.tokenCalls()).toBe(3);
  });

  it("refreshes a token the server no longer accepts and resends the request once", async () => {
    const recorder = recordingFetch();
    const client = await clientFor("AUDITOR", "national", { fetch: recorder.fetchFn });
    await client.provinces({ first: 1 });
    app.clock.advance(20 * 60 * 1000);
    try {
      const { provinces } = await client.provinces({ first: 1 });
      expect(provinces.totalCount).toBe(81);
      expect(recorder.tokenCalls()).toBe(2);
    } finally {
      app.clock.advance(-20 * 60 * 1000);
    }
  });

  it("throws UnauthenticatedError for wrong credentials", async () => {
    const client = new KoordinatClient({ url: app.url, clientId: "kc_unknown", clientSecret: "ks_wrong" });
    await expect(client.provinces()).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("SDK: retries only where safe", () => {
  it("retries a query after network errors, 503 and 429 (honouring Retry-After) and reports the rate limit", async () => {
    const steps = ["network-error", "503", "429"] as const;
    const recorder = recordingFetch((call) => steps[call - 1] ?? "pass");
    const client = await clientFor("AUDITOR", "national", { fetch: recorder.fetchFn });
    const { provinces } = await client.provinces({ first: 1 });
    expect(provinces.totalCount).toBe(81);
    expect(recorder.graphqlCalls()).toBe(4);
    // The last answer came from the server: its bucket, less what the queries cost.
    expect(client.rateLimit?.limit).toBe(10_000);
    expect(client.rateLimit?.remaining).toBeLessThan(10_000);
  });

  it("gives up after maxAttempts with the last error", async () => {
    const recorder = recordingFetch(() => "429");
    const client = await clientFor("AUDITOR", "national", { fetch: recorder.fetchFn, retry: { maxAttempts: 2, baseDelayMs: 1 } });
    await expect(client.provinces()).rejects.toBeInstanceOf(RateLimitedError);
    expect(recorder.graphqlCalls()).toBe(2);
    expect(client.rateLimit).toEqual({ limit: 100, remaining: 0, resetSeconds: 1 });
  });

  it("sends a mutation without an idempotency key once: a lost answer is not retried", async () => {
    const created = await (
      await clientFor("COORDINATION_UNIT", "national")
    ).facilityByCode({ code: (await seededFacility(app.db, (f) => f.countryCode === "SO")).code });
    const recorder = recordingFetch((call) => (call === 1 ? "answer-then-drop" : "pass"));
    const client = await clientFor("COORDINATION_UNIT", "national", { fetch: recorder.fetchFn });
    await expect(
      client.updateFacility({
        input: { id: created.facilityByCode!.id, expectedVersion: created.facilityByCode!.version, hasHealthTourismUnit: true },
      }),
    ).rejects.toBeInstanceOf(NetworkError);
    expect(recorder.graphqlCalls()).toBe(1);
  });

  it("adds an idempotency key to creates and retries them: a lost answer creates exactly one patient", async () => {
    const recorder = recordingFetch((call) => (call === 1 ? "answer-then-drop" : "pass"));
    const client = await clientFor("COORDINATION_UNIT", "national", { fetch: recorder.fetchFn });
    const { registerPatient } = await client.registerPatient({
      input: {
        category: "CITIZEN",
        identifiers: [{ kind: "TCKN", value: "66666666660" }],
        givenName: "Selin",
        familyName: "Koç",
        birthDate: "1992-02-02",
        sex: "FEMALE",
        nationality: "TR",
      },
    });
    expect(registerPatient.userErrors).toEqual([]);
    expect(recorder.graphqlCalls()).toBe(2);
    const keys = recorder.calls.filter((c) => c.url.endsWith("/graphql")).map((c) => JSON.parse(c.body).variables.input.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const { patients } = await client.patients({ filter: { identifier: { kind: "TCKN", value: "66666666660" } } });
    expect(patients.totalCount).toBe(1);
  });
});

describe("SDK: typed errors", () => {
  it("maps each extensions.code to its error class, with the rule and details", async () => {
    const hospitalFacility = await seededFacility(app.db, (f) => f.name.startsWith("Ceyhan Devlet"));
    const hospital = await clientFor("PARTNER_HOSPITAL", `facility:${hospitalFacility.code}`);
    const coordination = await clientFor("COORDINATION_UNIT", "national");
    const { patients } = await coordination.patients({ first: 1 });
    const forbidden = await hospital.patient({ id: patients.edges[0].node.id }).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    expect((forbidden as ForbiddenError).rule).toBe("PAT-3");

    const badInput = await coordination.facilities({ first: 500 }).catch((e: unknown) => e);
    expect(badInput).toBeInstanceOf(BadUserInputError);

    const { facilityByCode } = await coordination.facilityByCode({ code: hospitalFacility.code });
    await coordination.updateFacility({
      input: { id: facilityByCode!.id, expectedVersion: facilityByCode!.version, name: "Ceyhan Devlet Hastanesi" },
    });
    const conflict = await coordination
      .updateFacility({ input: { id: facilityByCode!.id, expectedVersion: facilityByCode!.version, name: "x y z" } })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).currentVersion).toBe(facilityByCode!.version + 1);
  });

  it("returns userErrors typed with their rule, and throwOnUserErrors turns them into one error", async () => {
    const coordination = await clientFor("COORDINATION_UNIT", "national");
    const { registerPatient } = await coordination.registerPatient({
      input: {
        category: "CITIZEN",
        identifiers: [{ kind: "TCKN", value: "17291716050" }],
        givenName: "A",
        familyName: "B",
        birthDate: "1990-01-01",
        sex: "MALE",
        nationality: "TR",
      },
    });
    expect(registerPatient.userErrors[0].rule).toBe("ID-1");
    expect(() => throwOnUserErrors(registerPatient)).toThrow(UserErrorsError);
  });
});
