import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStaff } from "../../api/staff/demo-staff.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { signIn, tokenRequest } from "../support/staff-sign-in.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe("staff sign-in", () => {
  it("smoke", async () => {
    const tokens = await signIn(app.origin, demoStaff("koordinasyon"));
    expect(tokens.access_token).toBeTruthy();
    const me = await app.gql(`{ provinces(first: 1) { totalCount } }`, {}, tokens.access_token);
    expect(me.errors).toBeUndefined();
    const refreshed = await tokenRequest(app.origin, { grant_type: "refresh_token", refresh_token: tokens.refresh_token! });
    expect(refreshed.status).toBe(200);
  });
});
