import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPrepared } from "../../api/platform/performance/prepared.js";
import { provinces } from "../../drizzle/schema/index.js";
import { startTestApp, type TestApp } from "../support/app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe("statements prepared once per shape", () => {
  const byCode = () =>
    app.db
      .select({ name: provinces.name })
      .from(provinces)
      .where(eq(provinces.code, sql.placeholder("code")));

  it("runs one statement with each request's values", async () => {
    const adana = await runPrepared(app.db, "test.province", byCode, { code: "01" });
    const ankara = await runPrepared(app.db, "test.province", byCode, { code: "06" });
    expect(adana).toEqual([{ name: "Adana" }]);
    expect(ankara).toEqual([{ name: "Ankara" }]);
  });

  it("refuses a query holding a value that is not a placeholder: the next request of the shape would get it", async () => {
    const fixed = () => app.db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, "01"));
    expect(() => runPrepared(app.db, "test.fixed", fixed, {})).toThrow(/not placeholders/);
  });
});
