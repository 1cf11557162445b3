import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, KoordinatError, NotFoundError } from "@koordinat/sdk";
import { startSandbox, type Sandbox } from "@koordinat/sandbox";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ time: "2026-11-25T09:00:00Z" });
});
afterAll(() => sandbox?.stop());

describe("SDK offline sandbox", () => {
  it("serves the demo seed with one ready client per role", async () => {
    expect(new Set(sandbox.clients.map((c) => c.role)).size).toBe(13);
    const { provinces } = await sandbox.client("PROVINCIAL_DIRECTORATE").provinces({ first: 1 });
    expect(provinces.totalCount).toBe(81);
  });

  it("its clients are the SDK's own: their errors are instances of the SDK's error classes", async () => {
    const hospital = sandbox.client("PARTNER_HOSPITAL");
    const missing = Buffer.from("Facility:00000000-0000-0000-0000-000000000000").toString("base64url");
    const notFound = await hospital.facility({ id: missing }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toBeInstanceOf(KoordinatError);
    await expect(hospital.accessLog({ first: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("setTime moves the server's clock for time rules (PAT-2 adulthood on the Istanbul calendar day)", async () => {
    const coordination = sandbox.client("COORDINATION_UNIT");
    const input = {
      category: "CITIZEN" as const,
      identifiers: [{ kind: "TCKN" as const, value: "77777777770" }],
      givenName: "Deniz",
      familyName: "Acar",
      birthDate: "2008-11-26",
      sex: "MALE" as const,
      nationality: "TR",
    };
    const minor = await coordination.registerPatient({ input });
    expect(minor.registerPatient.userErrors.map((e) => e.rule)).toEqual(["PAT-2"]);
    // 21:30 UTC on the 25th is already the 26th in Istanbul: the patient turned 18.
    sandbox.setTime("2026-11-25T21:30:00Z");
    const adult = await coordination.registerPatient({ input });
    expect(adult.registerPatient.userErrors).toEqual([]);
  });

  it("keeps working across token expiry after the clock jumps ahead", async () => {
    const auditor = sandbox.client("AUDITOR");
    await auditor.provinces({ first: 1 });
    sandbox.setTime("2026-12-01T09:00:00Z");
    const { accessLog } = await auditor.accessLog({ last: 5 });
    expect(accessLog.totalCount).toBeGreaterThan(0);
  });
});
