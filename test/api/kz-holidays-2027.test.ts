import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";

/** KZ-7 over 2027: the Kazakh calendar of 2027 is on record (docs/domain/beds-and-kazakhstan.md names the sources). */
let app: TestApp;
let insurer: string;
let portal: string;
const IIN = "900101300007";

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set("2026-11-25T06:00:00Z");
  insurer = await app.tokenFor("INSURER", "insurer:KAZMED");
  portal = await app.tokenFor("EGOV_PORTAL", `person:IIN:${IIN}`);
});
afterAll(() => app?.stop());

describe("KZ-7 the 2027 holiday calendar", () => {
  it("KZ-7 2027 holds the statutory holidays and the weekend transfers of the Labour Code", async () => {
    const { data, errors } = await app.gql(`{ publicHolidays(countryCode: "KZ", year: 2027) { day name } }`, {}, insurer);
    expect(errors).toBeUndefined();
    const days = data!.publicHolidays.map((h: { day: string }) => h.day);
    expect(days).toEqual([
      "2027-01-01",
      "2027-01-02",
      "2027-01-04",
      "2027-01-07",
      "2027-03-08",
      "2027-03-21",
      "2027-03-22",
      "2027-03-23",
      "2027-03-24",
      "2027-05-01",
      "2027-05-03",
      "2027-05-07",
      "2027-05-09",
      "2027-05-10",
      "2027-05-16",
      "2027-07-06",
      "2027-08-30",
      "2027-10-25",
      "2027-12-16",
    ]);
  });

  it("KZ-7 a request on Friday 30 April 2027 is due at the end of Tuesday 4 May (1 May and its Monday transfer skipped)", async () => {
    const contract = await app.gql(
      `mutation ($input: RegisterInsuranceContractInput!) { registerInsuranceContract(input: $input) { contract { id } userErrors { code } } }`,
      { input: { number: "DMS-2027-KZ7", kind: "VHI", insuredIin: IIN, startsOn: "2027-01-01", endsOn: "2027-12-31" } },
      insurer,
    );
    expect(contract.data!.registerInsuranceContract.userErrors).toEqual([]);
    app.clock.set("2027-04-30T05:00:00Z"); // Friday, 10:00 in Almaty
    const { data } = await app.gql(
      `mutation ($input: SubmitAttachmentRequestInput!) { submitAttachmentRequest(input: $input) { request { decisionDueAt } userErrors { code rule message } } }`,
      {
        input: {
          personIin: IIN,
          organisationCode: "KZ-ALA-PHC-01",
          contractId: contract.data!.registerInsuranceContract.contract.id,
          channel: "EGOV_PORTAL",
          edsCertificateRef: "NCA-RSA-2048-0001",
          documents: { insuranceContract: true, identityDocument: true },
          residence: { kind: "TEMPORARY", city: "Almaty", district: "Bostandyk" },
        },
      },
      portal,
    );
    expect(data!.submitAttachmentRequest.userErrors).toEqual([]);
    expect(data!.submitAttachmentRequest.request.decisionDueAt).toBe("2027-05-04T19:00:00.000Z");
  });
});
