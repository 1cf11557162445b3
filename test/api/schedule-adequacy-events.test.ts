import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { subscribedReceiver } from "../support/webhook-receiver.js";

/** #23 item 7: APPT-7's weekly findings pushed to the hospital, its province and the MHRS unit, and readable by the hospital. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set("2026-11-25T07:00:00Z");
});
afterAll(() => app?.stop());

describe("APPT-7 weekly findings as events", () => {
  it("APPT-7 once a week, each finding reaches its hospital, its provincial directorate and the MHRS unit, and no other hospital", async () => {
    const tokens = {
      ceyhan: await app.tokenFor("PARTNER_HOSPITAL", "facility:101101"),
      adana: await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:01"),
      unit: await app.tokenFor("COORDINATION_UNIT", "national"),
      ankara: await app.tokenFor("PARTNER_HOSPITAL", "facility:106101"),
    };
    const hooks = Object.fromEntries(
      await Promise.all(
        Object.entries(tokens).map(async ([name, token]) => [name, await subscribedReceiver(app.gql, token, ["facility.*"])] as const),
      ),
    );
    try {
      const announced = await app.server.jobs.announceScheduleAdequacyFindings();
      expect(announced).toBeGreaterThanOrEqual(1);
      expect(await app.server.jobs.announceScheduleAdequacyFindings()).toBe(0);
      await app.server.jobs.deliverWebhooks();
      const ceyhanEvents = hooks.ceyhan.accepted;
      expect(ceyhanEvents).toHaveLength(1);
      expect(ceyhanEvents[0]).toMatchObject({
        type: "facility.schedule_inadequate",
        data: { weekStart: "2026-11-30", rule: "APPT-7", reasons: expect.arrayContaining(["MISSING_SCHEDULES"]) },
      });
      expect(hooks.adana.accepted.map((e) => e.subject.id)).toContain(ceyhanEvents[0].subject.id);
      expect(hooks.unit.accepted).toHaveLength(announced);
      expect(hooks.ankara.accepted.map((e) => e.subject.id)).not.toContain(ceyhanEvents[0].subject.id);
    } finally {
      await Promise.all(Object.values(hooks).map((h) => h.stop()));
    }
  });
});
