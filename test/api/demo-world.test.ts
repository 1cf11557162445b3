import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDemoWorld } from "../../drizzle/seed/world.js";
import { startTestApp, type TestApp } from "../support/app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const started = Date.now();
  await buildDemoWorld(app.db, app.clock);
  console.log(`demo world built in ${Date.now() - started} ms`);
});
afterAll(() => app?.stop());

describe("the demo world", () => {
  it("builds", () => {
    expect(app).toBeDefined();
  });
});
