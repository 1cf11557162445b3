import { describe, expect, it } from "vitest";
import { configFromEnv } from "../../api/config.js";

describe("safe defaults", () => {
  it("shows stack traces and accepts demo clients only when development or test says so", () => {
    expect(configFromEnv({})).toMatchObject({ development: false, allowDemoClients: false, introspection: true });
    expect(configFromEnv({ NODE_ENV: "staging" })).toMatchObject({ development: false, allowDemoClients: false });
    expect(configFromEnv({ NODE_ENV: "development" })).toMatchObject({ development: true, allowDemoClients: true });
    expect(configFromEnv({ NODE_ENV: "production" })).toMatchObject({
      development: false,
      allowDemoClients: false,
      introspection: false,
      explorer: false,
    });
    expect(configFromEnv({ NODE_ENV: "production", KOORDINAT_DEMO_CLIENTS: "on" }).allowDemoClients).toBe(true);
  });
});
