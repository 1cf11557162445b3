import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateClient } from "../../api/auth/clients.js";
import { seedDemoClients } from "../../drizzle/seed/index.js";
import { role } from "../../drizzle/schema/index.js";
import { startTestApp, type TestApp } from "../support/app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe("demo clients", () => {
  it("the demo seed makes one client per role, accepted outside production and refused in production", async () => {
    const clients = await seedDemoClients(app.db);
    expect([...new Set(clients.map((c) => c.role))].sort()).toEqual([...role.enumValues].sort());
    const auditor = clients.find((c) => c.role === "AUDITOR")!;
    expect(await authenticateClient(app.db, auditor.clientId, auditor.clientSecret, { allowDemoClients: true })).toMatchObject({
      role: "AUDITOR",
    });
    expect(await authenticateClient(app.db, auditor.clientId, auditor.clientSecret, { allowDemoClients: false })).toBeUndefined();
  });
});
