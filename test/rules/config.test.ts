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

describe("SQL statement counts in responses", () => {
  it("are off in production unless KOORDINAT_EXPOSE_SQL_COUNT opts in (the benchmark does)", () => {
    expect(configFromEnv({ NODE_ENV: "production" }).exposeStatementCount).toBe(false);
    expect(configFromEnv({ NODE_ENV: "production", KOORDINAT_EXPOSE_SQL_COUNT: "1" }).exposeStatementCount).toBe(true);
    expect(configFromEnv({ NODE_ENV: "test" }).exposeStatementCount).toBe(true);
    expect(configFromEnv({ NODE_ENV: "test", KOORDINAT_EXPOSE_SQL_COUNT: "off" }).exposeStatementCount).toBe(false);
  });
});
