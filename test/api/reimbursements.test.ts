import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { domainEvents, reimbursementClaimHistory, reimbursementClaims } from "../../drizzle/schema/index.js";
import { seededFacility, startTestApp, type TestApp } from "../support/app.js";
import { subscribedReceiver } from "../support/webhook-receiver.js";

/**
 * SGK travel, daily allowance and companion statements (REIMB-1..11), through GraphQL.
 *
 * Assumed regular fare tariff (the demo seed's, not the official Tebliğ figures), one way per passenger:
 *   2021: 1–50 km 15.00 TL, 51–100 25.00, 101–200 40.00, 201–300 55.00, 301–500 80.00, 501–750 110.00, 751–1000 140.00, 1001+ 175.00
 *   2026: 1–50 km 80.00 TL, 51–100 130.00, 101–200 210.00, 201–300 290.00, 301–500 420.00, 501–750 570.00, 751–1000 730.00, 1001+ 910.00
 * Road distances from the seed: Ceyhan–Adana 47 km, Ceyhan–Ankara 528 km, Ankara–İstanbul 447 km.
 */

let app: TestApp;
let sgk: string;
let hospital: string;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");
const ids: Record<string, string> = {};

const statementFields = `eligible ineligibility { rule code explanationTr explanationEn }
  lines { person kind basis paidToFacility { code } quantity unitAmount { amountMinor currency } amount { amountMinor } days rules explanationTr explanationEn }
  notes { rules explanationTr explanationEn }
  actualDistanceKm paidDistanceKm travelPaidToFacility { code name } applicationDeadline treatmentCostDeadline treatmentCostsInTime
  patientTotal { amountMinor currency } companionTotal { amountMinor } total { amountMinor }`;
const quoteQuery = `query ($input: ReimbursementQuoteInput!) { reimbursementQuote(input: $input) { statement { ${statementFields} } userErrors { field code rule message } } }`;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set("2026-03-02T07:00:00Z");
  sgk = await app.tokenFor("INSURER", "insurer:SGK");
  hospital = await app.tokenFor("PARTNER_HOSPITAL", "facility:101101");
  const codes = {
    ceyhan: "101101",
    ceyhanFamilyCentre: "101501",
    adanaSeyhan: "101104",
    adanaCity: "101106",
    ankaraBilkent: "106101",
    ankaraOccupational: "106109",
    istanbulCity: "134101",
  };
  for (const [name, code] of Object.entries(codes)) ids[name] = gid("Facility", (await seededFacility(app.db, (f) => f.code === code)).id);
});
afterAll(() => app?.stop());

/** What a replayed mutation must not add to. */
const writtenRows = async () => ({
  claims: await app.db.$count(reimbursementClaims),
  history: await app.db.$count(reimbursementClaimHistory),
  events: await app.db.$count(domainEvents),
});

type Trip = Record<string, unknown>;
const updateSettings = `mutation ($input: UpdateReimbursementSettingsInput!) { updateReimbursementSettings(input: $input) { settings { emergencyFullDistance primaryCareExceptions } } }`;
/** Runs `body` with SGK's condition lists set, then empties them again (other tests expect none). */
async function withConditionLists(
  lists: { emergencyFullDistance?: string[]; primaryCareExceptions?: string[] },
  body: () => Promise<void>,
) {
  expect((await app.gql(updateSettings, { input: lists }, sgk)).errors).toBeUndefined();
  try {
    await body();
  } finally {
    await app.gql(updateSettings, { input: { emergencyFullDistance: [], primaryCareExceptions: [] } }, sgk);
  }
}
const referralFacts = (overrides: Record<string, unknown> = {}) => ({
  originFacilityId: ids.ceyhan,
  destinationFacilityId: ids.ankaraBilkent,
  clinicCode: "CARDIOLOGY",
  medicalGrounds: "OTHER",
  urgency: "ROUTINE",
  companionRequired: false,
  referralDate: "2021-03-01",
  ...overrides,
});
/** A Monday 1 March 2021 referral: leave on the 2nd, seven days at the referred place (3rd–9th), back on the 10th. */
const trip2021 = (overrides: Trip = {}): Trip => ({
  applicationDate: "2021-03-02",
  departureDate: "2021-03-02",
  returnDate: "2021-03-10",
  transport: "REGULAR",
  ...overrides,
});
const week2021 = ["2021-03-03", "2021-03-04", "2021-03-05", "2021-03-06", "2021-03-07", "2021-03-08", "2021-03-09"];

async function quote(referral: Record<string, unknown>, trip: Trip, token = hospital) {
  const { data, errors } = await app.gql(quoteQuery, { input: { referral, trip } }, token);
  expect(errors).toBeUndefined();
  return data!.reimbursementQuote;
}
async function statementOf(referral: Record<string, unknown>, trip: Trip, token = hospital) {
  const result = await quote(referral, trip, token);
  expect(result.userErrors).toEqual([]);
  return result.statement;
}
const linesOf = (statement: any, person: string, kind: string) =>
  statement.lines.filter((l: any) => l.person === person && l.kind === kind);
const amounts = (lines: any[]) => lines.map((l: any) => [l.basis, l.quantity, l.unitAmount.amountMinor, l.amount.amountMinor]);

describe("seed 003's four worked examples (2021, coefficient 0.165786)", () => {
  it("example 1 — REIMB-3 REIMB-5 REIMB-7 REIMB-8 REIMB-9: Ceyhan → Ankara by air with a companion, 7 inpatient days: regular fare to Adana, 2 daily allowances each", async () => {
    const s = await statementOf(
      referralFacts({ companionRequired: true }),
      trip2021({ transport: "FLIGHT", inpatientDays: week2021, companion: { recordedOnReferral: true } }),
    );
    expect(s.eligible).toBe(true);
    expect(s.travelPaidToFacility.name).toMatch(/^Adana/);
    expect([s.actualDistanceKm, s.paidDistanceKm]).toEqual([528, 47]);
    for (const person of ["PATIENT", "COMPANION"]) {
      const [travel] = linesOf(s, person, "TRAVEL");
      expect(amounts([travel])).toEqual([["REGULAR_FARE", 2, 1500, 3000]]);
      expect(travel.rules).toEqual(expect.arrayContaining(["REIMB-3", "REIMB-5"]));
      expect(travel.explanationEn).toContain("instead of Ankara Bilkent");
      const [daily] = linesOf(s, person, "DAILY");
      expect(amounts([daily])).toEqual([["DAILY_RATE", 2, 3316, 6632]]);
      expect(daily.days).toEqual(["2021-03-02", "2021-03-10"]);
      expect(daily.rules).toEqual(expect.arrayContaining(["REIMB-7", "REIMB-8"]));
    }
    expect(linesOf(s, "COMPANION", "DAILY")[0].rules).toContain("REIMB-9");
    expect(s.notes.map((n: any) => n.rules)).toEqual(expect.arrayContaining([["REIMB-6", "REIMB-5"], ["REIMB-7"]]));
    expect([s.patientTotal.amountMinor, s.companionTotal.amountMinor, s.total.amountMinor]).toEqual([9632, 9632, 19264]);
    expect(s.patientTotal.currency).toBe("TRY");
  });

  it("example 2 — REIMB-4 REIMB-7: the same patient sent to Ankara for cancer, 7 outpatient days: travel to Ankara, 9 daily allowances each", async () => {
    const s = await statementOf(
      referralFacts({ clinicCode: "ONCOLOGY", medicalGrounds: "CANCER", companionRequired: true }),
      trip2021({ transport: "FLIGHT", outpatientDays: week2021, companion: { recordedOnReferral: true } }),
    );
    expect(s.travelPaidToFacility.name).toBe("Ankara Bilkent Şehir Hastanesi");
    expect(s.paidDistanceKm).toBe(528);
    for (const person of ["PATIENT", "COMPANION"]) {
      expect(amounts(linesOf(s, person, "TRAVEL"))).toEqual([["REGULAR_FARE", 2, 11000, 22000]]);
      expect(linesOf(s, person, "TRAVEL")[0].rules).toContain("REIMB-4");
      expect(amounts(linesOf(s, person, "DAILY"))).toEqual([["DAILY_RATE", 9, 3316, 29844]]);
    }
    expect(s.total.amountMinor).toBe(2 * (22000 + 29844));
  });

  it("example 3 — REIMB-6: cancer, a health board report prescribing a flight, business class bought: paid at the economy fare, 9 days each", async () => {
    const tickets = ["OUTBOUND", "RETURN"].flatMap((leg) => [
      { person: "PATIENT", leg, amountMinor: 240000, cabinClass: "BUSINESS", economyFareMinor: 90000 },
      { person: "COMPANION", leg, amountMinor: 90000, cabinClass: "ECONOMY" },
    ]);
    const s = await statementOf(
      referralFacts({ clinicCode: "ONCOLOGY", medicalGrounds: "CANCER", companionRequired: true }),
      trip2021({
        transport: "FLIGHT",
        tickets,
        outpatientDays: week2021,
        companion: { recordedOnReferral: true },
        healthBoardReport: {
          vehicle: "FLIGHT",
          statesDisease: true,
          statesWhyRegularTransportImpossible: true,
          treatmentKind: "CHEMOTHERAPY",
          issuedOn: "2021-02-15",
        },
      }),
    );
    for (const person of ["PATIENT", "COMPANION"]) {
      expect(amounts(linesOf(s, person, "TRAVEL"))).toEqual([
        ["ECONOMY_FARE", 1, 90000, 90000],
        ["ECONOMY_FARE", 1, 90000, 90000],
      ]);
      expect(linesOf(s, person, "TRAVEL")[0].rules).toEqual(expect.arrayContaining(["REIMB-4", "REIMB-6"]));
      expect(amounts(linesOf(s, person, "DAILY"))).toEqual([["DAILY_RATE", 9, 3316, 29844]]);
    }
    expect(s.notes.filter((n: any) => n.explanationEn.includes("BUSINESS"))).toHaveLength(2);
    expect(s.patientTotal.amountMinor).toBe(180000 + 29844);
  });

  it("example 4 — REIMB-9 REIMB-6: cancer, no flight in the papers and no companion stated: bus fare to Ankara, nothing for the companion, 9 days", async () => {
    const s = await statementOf(
      referralFacts({ clinicCode: "ONCOLOGY", medicalGrounds: "CANCER", companionRequired: false }),
      trip2021({
        transport: "FLIGHT",
        tickets: [{ person: "PATIENT", leg: "OUTBOUND", amountMinor: 90000, cabinClass: "ECONOMY" }],
        outpatientDays: week2021,
        companion: { recordedOnReferral: true },
      }),
    );
    expect(s.lines.filter((l: any) => l.person !== "PATIENT")).toEqual([]);
    expect(amounts(linesOf(s, "PATIENT", "TRAVEL"))).toEqual([["REGULAR_FARE", 2, 11000, 22000]]);
    expect(amounts(linesOf(s, "PATIENT", "DAILY"))).toEqual([["DAILY_RATE", 9, 3316, 29844]]);
    const companionNote = s.notes.find((n: any) => n.rules.includes("REIMB-9"));
    expect(companionNote.explanationEn).toContain("did not state that a companion is medically necessary");
    expect(s.companionTotal.amountMinor).toBe(0);
    expect(s.total.amountMinor).toBe(22000 + 29844);
  });
});

describe("eligibility", () => {
  it("REIMB-1 refuses a referral within the settlement area of the facility first applied to (Adana Seyhan → Adana City)", async () => {
    const s = await statementOf(referralFacts({ originFacilityId: ids.adanaSeyhan, destinationFacilityId: ids.adanaCity }), trip2021());
    expect(s.eligible).toBe(false);
    expect(s.ineligibility.map((i: any) => [i.rule, i.code])).toEqual([["REIMB-1", "WITHIN_SETTLEMENT_AREA"]]);
    expect(s.lines).toEqual([]);
    expect(s.total.amountMinor).toBe(0);
  });

  it("REIMB-2 refuses a referral issued by a level-1 facility (Ceyhan family health centre)", async () => {
    const s = await statementOf(referralFacts({ originFacilityId: ids.ceyhanFamilyCentre }), trip2021());
    expect(s.ineligibility.map((i: any) => i.rule)).toEqual(["REIMB-2"]);
    expect(s.ineligibility[0].explanationTr).toContain("birinci basamak");
  });

  it("REIMB-4 pays the full distance for a level-3 referrer, an emergency and an occupational-disease hospital's referral; REIMB-3 otherwise", async () => {
    const toIstanbul = { destinationFacilityId: ids.istanbulCity, clinicCode: "CHEST_DISEASES" };
    const paid = async (overrides: Record<string, unknown>) => {
      const s = await statementOf(referralFacts(overrides), trip2021());
      return [s.paidDistanceKm, linesOf(s, "PATIENT", "TRAVEL")[0].rules.filter((r: string) => r === "REIMB-3" || r === "REIMB-4")];
    };
    expect(await paid({ originFacilityId: ids.adanaCity })).toEqual([492, ["REIMB-4"]]);
    // An emergency is paid the full distance only when SGK lists it (REIMB-4 as amended: "bazı acil haller").
    await withConditionLists({ emergencyFullDistance: ["I21"] }, async () => {
      expect(await paid({ urgency: "EMERGENCY", diagnosisIcd10: "I21.0" })).toEqual([528, ["REIMB-4"]]);
      expect(await paid({ urgency: "EMERGENCY", diagnosisIcd10: "S72.0" })).toEqual([47, ["REIMB-3"]]);
    });
    expect(await paid({ medicalGrounds: "ORGAN_TISSUE_TRANSPLANT" })).toEqual([528, ["REIMB-4"]]);
    expect(await paid({ medicalGrounds: "LIMB_TRANSPLANT" })).toEqual([528, ["REIMB-4"]]);
    expect(await paid({ ...toIstanbul, originFacilityId: ids.ankaraOccupational, medicalGrounds: "OCCUPATIONAL_DISEASE" })).toEqual([
      447,
      ["REIMB-4"],
    ]);
    // Occupational disease from an ordinary hospital: capped at the nearest able level-3 facility.
    expect(await paid({ medicalGrounds: "OCCUPATIONAL_DISEASE" })).toEqual([47, ["REIMB-3"]]);
  });
});

describe("travel", () => {
  it("REIMB-5 pays the regular fare of the km band on the travel day's tariff, for a bus or the patient's own car, without tickets", async () => {
    const s2021 = await statementOf(referralFacts({ destinationFacilityId: ids.adanaCity }), trip2021({ transport: "OWN_CAR" }));
    expect(amounts(linesOf(s2021, "PATIENT", "TRAVEL"))).toEqual([["REGULAR_FARE", 2, 1500, 3000]]);
    const s2026 = await statementOf(referralFacts({ referralDate: "2026-03-02", clinicCode: "ONCOLOGY", medicalGrounds: "CANCER" }), {
      applicationDate: "2026-03-03",
      departureDate: "2026-03-03",
      returnDate: "2026-03-04",
      transport: "REGULAR",
    });
    expect(amounts(linesOf(s2026, "PATIENT", "TRAVEL"))).toEqual([["REGULAR_FARE", 2, 57000, 114000]]);
    expect(linesOf(s2026, "PATIENT", "TRAVEL")[0].explanationTr).toContain("570,00 TL");
  });

  it("REIMB-5 tariffs are data: SGK adds one with contiguous bands; gaps, overlaps and other insurers are refused, nothing stored", async () => {
    const set = `mutation ($input: SetRegularFareTariffInput!) { setRegularFareTariff(input: $input) { tariff { validFrom bands { fromKm toKm fare { amountMinor } } } userErrors { field code rule } } }`;
    const bands = [
      { fromKm: 1, toKm: 100, fareMinor: 5000 },
      { fromKm: 101, toKm: 3000, fareMinor: 20000 },
    ];
    const gap = await app.gql(
      set,
      { input: { validFrom: "2022-01-01", validUntil: "2022-12-31", source: "test", bands: [bands[0], { ...bands[1], fromKm: 150 }] } },
      sgk,
    );
    expect(gap.data!.setRegularFareTariff.userErrors).toEqual([
      { field: ["input", "bands", "1", "fromKm"], code: "BAND_GAP", rule: "REIMB-5" },
    ]);
    const overlap = await app.gql(set, { input: { validFrom: "2021-12-01", validUntil: "2022-12-31", source: "test", bands } }, sgk);
    expect(overlap.data!.setRegularFareTariff.userErrors).toEqual([
      { field: ["input", "validFrom"], code: "PERIOD_OVERLAPS", rule: "REIMB-5" },
    ]);
    const other = await app.gql(
      set,
      { input: { validFrom: "2022-01-01", validUntil: "2022-12-31", source: "test", bands } },
      await app.tokenFor("INSURER", "insurer:KAZMED"),
    );
    expect(other.errors![0].extensions!.code).toBe("FORBIDDEN");
    const before = (await app.gql(`{ regularFareTariffs { validFrom } }`, {}, hospital)).data!.regularFareTariffs;
    expect(before.map((t: any) => t.validFrom)).toEqual(["2021-01-01", "2025-01-01", "2026-01-01"]);
    const ok = await app.gql(set, { input: { validFrom: "2022-01-01", validUntil: "2022-12-31", source: "test", bands } }, sgk);
    expect(ok.data!.setRegularFareTariff.userErrors).toEqual([]);
    expect(ok.data!.setRegularFareTariff.tariff.bands[1].fare.amountMinor).toBe(20000);
  });

  it("REIMB-6 pays a taxi or ambulance by invoice under a valid report or a signed emergency document, else the regular fare", async () => {
    const invoices = [
      { person: "PATIENT", leg: "OUTBOUND", amountMinor: 450000 },
      { person: "PATIENT", leg: "RETURN", amountMinor: 430000 },
    ];
    const cancer = referralFacts({ clinicCode: "ONCOLOGY", medicalGrounds: "CANCER" });
    const report = {
      vehicle: "AMBULANCE",
      statesDisease: true,
      statesWhyRegularTransportImpossible: true,
      treatmentKind: "OTHER",
      issuedOn: "2021-03-01",
    };
    const byReport = await statementOf(cancer, trip2021({ transport: "AMBULANCE", tickets: invoices, healthBoardReport: report }));
    expect(amounts(linesOf(byReport, "PATIENT", "TRAVEL"))).toEqual([
      ["ACTUAL_INVOICE", 1, 450000, 450000],
      ["ACTUAL_INVOICE", 1, 430000, 430000],
    ]);
    // A report for a taxi does not cover an ambulance; an incomplete report covers nothing.
    for (const wrong of [
      { ...report, vehicle: "TAXI" },
      { ...report, statesWhyRegularTransportImpossible: false },
    ]) {
      const s = await statementOf(cancer, trip2021({ transport: "AMBULANCE", tickets: invoices, healthBoardReport: wrong }));
      expect(amounts(linesOf(s, "PATIENT", "TRAVEL"))).toEqual([["REGULAR_FARE", 2, 11000, 22000]]);
      expect(s.notes).toContainEqual(expect.objectContaining({ rules: expect.arrayContaining(["REIMB-6"]) }));
    }
    const emergency = referralFacts({ urgency: "EMERGENCY" });
    const signed = await statementOf(
      emergency,
      trip2021({ transport: "TAXI", tickets: invoices, emergencyTransportDocument: { vehicle: "TAXI", signedByPhysician: true } }),
    );
    expect(linesOf(signed, "PATIENT", "TRAVEL").map((l: any) => l.basis)).toEqual(["ACTUAL_INVOICE", "ACTUAL_INVOICE"]);
    const unsigned = await statementOf(
      emergency,
      trip2021({ transport: "TAXI", tickets: invoices, emergencyTransportDocument: { vehicle: "TAXI", signedByPhysician: false } }),
    );
    expect(linesOf(unsigned, "PATIENT", "TRAVEL").map((l: any) => l.basis)).toEqual(["REGULAR_FARE"]);
    // No return invoice: the return leg falls back to the regular fare.
    const oneInvoice = await statementOf(
      cancer,
      trip2021({ transport: "AMBULANCE", tickets: invoices.slice(0, 1), healthBoardReport: report }),
    );
    expect(amounts(linesOf(oneInvoice, "PATIENT", "TRAVEL"))).toEqual([
      ["ACTUAL_INVOICE", 1, 450000, 450000],
      ["REGULAR_FARE", 1, 11000, 11000],
    ]);
  });

  it("REIMB-6 a report for chemotherapy, radiotherapy or dialysis stays valid 3 months; another report covers only its referral", async () => {
    const tickets = [
      { person: "PATIENT", leg: "OUTBOUND", amountMinor: 80000, cabinClass: "ECONOMY" },
      { person: "PATIENT", leg: "RETURN", amountMinor: 80000, cabinClass: "ECONOMY" },
    ];
    const report = (treatmentKind: string, issuedOn: string) => ({
      vehicle: "FLIGHT",
      statesDisease: true,
      statesWhyRegularTransportImpossible: true,
      treatmentKind,
      issuedOn,
    });
    const basisOn = async (treatmentKind: string, issuedOn: string, departureDate: string) => {
      const s = await statementOf(referralFacts({ clinicCode: "ONCOLOGY", medicalGrounds: "CANCER", referralDate: departureDate }), {
        applicationDate: departureDate,
        departureDate,
        returnDate: departureDate,
        transport: "FLIGHT",
        tickets,
        healthBoardReport: report(treatmentKind, issuedOn),
      });
      return linesOf(s, "PATIENT", "TRAVEL")[0].basis;
    };
    // Issued 15 Dec 2020: valid through the corresponding day three months later, 15 Mar 2021.
    expect(await basisOn("DIALYSIS", "2020-12-15", "2021-03-15")).toBe("ECONOMY_FARE");
    expect(await basisOn("RADIOTHERAPY", "2020-12-15", "2021-03-16")).toBe("REGULAR_FARE");
    expect(await basisOn("CHEMOTHERAPY", "2020-12-15", "2021-03-16")).toBe("REGULAR_FARE");
    // Another treatment's report accompanies its referral: issued at most 30 days before it.
    expect(await basisOn("OTHER", "2021-02-10", "2021-03-12")).toBe("ECONOMY_FARE");
    expect(await basisOn("OTHER", "2021-02-09", "2021-03-12")).toBe("REGULAR_FARE");
  });

  it("REIMB-6 with REIMB-3: a justified taxi to a farther destination is paid in proportion to the distance to the nearest level-3 facility", async () => {
    const s = await statementOf(
      referralFacts(),
      trip2021({
        transport: "TAXI",
        tickets: [{ person: "PATIENT", leg: "OUTBOUND", amountMinor: 528000 }],
        healthBoardReport: {
          vehicle: "TAXI",
          statesDisease: true,
          statesWhyRegularTransportImpossible: true,
          treatmentKind: "OTHER",
          issuedOn: "2021-03-01",
        },
      }),
    );
    // 5,280.00 TL × 47 / 528 km = 470.00 TL.
    expect(amounts(linesOf(s, "PATIENT", "TRAVEL"))).toEqual([
      ["ACTUAL_INVOICE", 1, 47000, 47000],
      ["REGULAR_FARE", 1, 1500, 1500],
    ]);
    expect(linesOf(s, "PATIENT", "TRAVEL")[0].explanationEn).toContain("47/528 km");
  });
});

describe("daily allowance", () => {
  it("REIMB-7 pays outpatient days plus departure and return, not sick-leave days, nothing after a same-day discharge; onward referral days count", async () => {
    const days = async (trip: Trip) =>
      linesOf(await statementOf(referralFacts({ medicalGrounds: "CANCER", clinicCode: "ONCOLOGY" }), trip2021(trip)), "PATIENT", "DAILY");
    const sick = await days({ outpatientDays: week2021, sickLeaveDays: ["2021-03-05", "2021-03-06"] });
    expect(sick[0].quantity).toBe(7);
    expect(sick[0].days).not.toContain("2021-03-05");
    expect(await days({ returnDate: "2021-03-02", sameDayDischarge: true, outpatientDays: ["2021-03-02"] })).toEqual([]);
    const onward = await days({
      outpatientDays: week2021.slice(0, 3),
      onwardReferrals: [{ facilityId: ids.istanbulCity, outpatientDays: week2021.slice(3) }],
    });
    expect(onward[0].quantity).toBe(9);
    const mixed = await days({ outpatientDays: week2021.slice(0, 2), inpatientDays: week2021.slice(2) });
    expect(mixed[0].days).toEqual(["2021-03-02", "2021-03-03", "2021-03-04", "2021-03-10"]);
  });

  it("REIMB-7 refuses days outside the trip or both inpatient and outpatient, naming the field; no statement", async () => {
    const result = await quote(referralFacts(), trip2021({ outpatientDays: ["2021-03-03", "2021-03-12"], inpatientDays: ["2021-03-03"] }));
    expect(result.statement).toBeNull();
    expect(result.userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: ["input", "trip", "outpatientDays", "1"], code: "OUTSIDE_TRIP", rule: "REIMB-7" }),
        expect.objectContaining({ field: ["input", "trip", "inpatientDays", "0"], code: "INPATIENT_AND_OUTPATIENT", rule: "REIMB-7" }),
      ]),
    );
    const backwards = await quote(referralFacts(), trip2021({ returnDate: "2021-03-01" }));
    expect(backwards.userErrors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: ["input", "trip", "returnDate"], rule: "REIMB-7" })]),
    );
  });

  it("REIMB-8 pays 100 × the coefficient within a province and 200 × between provinces, rounded half-up to the kuruş before multiplying", async () => {
    const inProvince = await statementOf(referralFacts({ destinationFacilityId: ids.adanaCity }), trip2021({ outpatientDays: week2021 }));
    expect(amounts(linesOf(inProvince, "PATIENT", "DAILY"))).toEqual([["DAILY_RATE", 9, 1658, 14922]]);
    expect(linesOf(inProvince, "PATIENT", "DAILY")[0].explanationTr).toContain("16,58 TL");
    // 2026 H1: 100 × 1.387871 = 138.7871 → 138.79 TL; 200 × = 277.5742 → 277.57 TL.
    const trip2026 = {
      applicationDate: "2026-03-03",
      departureDate: "2026-03-03",
      returnDate: "2026-03-05",
      transport: "REGULAR",
      outpatientDays: ["2026-03-04"],
    };
    const adana2026 = await statementOf(referralFacts({ destinationFacilityId: ids.adanaCity, referralDate: "2026-03-02" }), trip2026);
    expect(amounts(linesOf(adana2026, "PATIENT", "DAILY"))).toEqual([["DAILY_RATE", 3, 13879, 41637]]);
    const ankara2026 = await statementOf(referralFacts({ referralDate: "2026-03-02" }), trip2026);
    expect(amounts(linesOf(ankara2026, "PATIENT", "DAILY"))).toEqual([["DAILY_RATE", 3, 27757, 83271]]);
  });

  it("REIMB-8 each paid day takes the coefficient of its period: a missing period is refused until SGK adds it, then the days split", async () => {
    // Every published half-year is seeded up to 2026 H2; 2027 H1 has none yet. The fare tariff for 2027 is a test one.
    const tariff = `mutation ($input: SetRegularFareTariffInput!) { setRegularFareTariff(input: $input) { userErrors { code } } }`;
    const bands = [{ fromKm: 1, toKm: 3000, fareMinor: 60000 }];
    const tariff2027 = { validFrom: "2027-01-01", validUntil: "2027-06-30", source: "test", bands };
    expect((await app.gql(tariff, { input: tariff2027 }, sgk)).data!.setRegularFareTariff.userErrors).toEqual([]);
    const acrossNewYear = trip2021({
      applicationDate: "2026-12-31",
      departureDate: "2026-12-31",
      returnDate: "2027-01-03",
      outpatientDays: ["2027-01-01", "2027-01-02"],
    });
    const facts = referralFacts({ referralDate: "2026-12-31" });
    const missing = await quote(facts, acrossNewYear);
    expect(missing.userErrors).toEqual([expect.objectContaining({ code: "NO_COEFFICIENT", rule: "REIMB-8", field: ["input", "trip"] })]);
    const set = `mutation ($input: SetCivilServantCoefficientInput!) { setCivilServantCoefficient(input: $input) { coefficient { validFrom validUntil coefficient } userErrors { field code rule } } }`;
    const bad = await app.gql(set, { input: { validFrom: "2027-01-01", validUntil: "2027-06-30", coefficient: "1,1" } }, sgk);
    expect(bad.data!.setCivilServantCoefficient.userErrors).toEqual([
      { field: ["input", "coefficient"], code: "NOT_A_COEFFICIENT", rule: "REIMB-8" },
    ]);
    const overlapping = await app.gql(set, { input: { validFrom: "2026-12-01", validUntil: "2027-06-30", coefficient: "1.8" } }, sgk);
    expect(overlapping.data!.setCivilServantCoefficient.userErrors).toEqual([
      { field: ["input", "validFrom"], code: "PERIOD_OVERLAPS", rule: "REIMB-8" },
    ]);
    // A test value, not the published one.
    const added = await app.gql(set, { input: { validFrom: "2027-01-01", validUntil: "2027-06-30", coefficient: "1.8" } }, sgk);
    expect(added.data!.setCivilServantCoefficient.coefficient).toEqual({
      validFrom: "2027-01-01",
      validUntil: "2027-06-30",
      coefficient: "1.800000",
    });
    const split = linesOf(await statementOf(facts, acrossNewYear), "PATIENT", "DAILY");
    // 200 × 1.575512 = 315.1024 → 315.10 TL; 200 × 1.8 = 360.00 TL.
    expect(split.map((l: any) => [l.days, l.unitAmount.amountMinor])).toEqual([
      [["2026-12-31"], 31510],
      [["2027-01-01", "2027-01-02", "2027-01-03"], 36000],
    ]);
  });
});

describe("facts that do not add up", () => {
  it("REIMB-7 a return on the day of the application with no treatment after it is a same-day discharge; a contradicting flag is refused", async () => {
    const sameDay = await statementOf(referralFacts(), trip2021({ applicationDate: "2021-03-03", returnDate: "2021-03-03" }));
    expect(linesOf(sameDay, "PATIENT", "DAILY")).toEqual([]);
    expect(sameDay.notes).toContainEqual(
      expect.objectContaining({ rules: expect.arrayContaining(["REIMB-7"]), explanationEn: expect.stringContaining("left that day") }),
    );
    const contradicted = await quote(referralFacts(), trip2021({ sameDayDischarge: true, outpatientDays: week2021 }));
    expect(contradicted.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "trip", "sameDayDischarge"], code: "NOT_SAME_DAY", rule: "REIMB-7" }),
    ]);
    const early = await quote(referralFacts(), trip2021({ applicationDate: "2021-03-04", outpatientDays: ["2021-03-03"] }));
    expect(early.userErrors).toEqual([expect.objectContaining({ code: "TREATMENT_BEFORE_APPLICATION", rule: "REIMB-7" })]);
  });

  it("REIMB-6 a flight ticket states its cabin class; amounts beyond any fare are refused before anything runs", async () => {
    const noCabin = await quote(
      referralFacts(),
      trip2021({ transport: "FLIGHT", tickets: [{ person: "PATIENT", leg: "OUTBOUND", amountMinor: 240000 }] }),
    );
    expect(noCabin.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "trip", "tickets", "0", "cabinClass"], code: "CABIN_CLASS_REQUIRED", rule: "REIMB-6" }),
    ]);
    const huge = await app.gql(
      quoteQuery,
      {
        input: {
          referral: referralFacts(),
          trip: trip2021({ tickets: [{ person: "PATIENT", leg: "OUTBOUND", amountMinor: 2_000_000_000 }] }),
        },
      },
      hospital,
    );
    expect(huge.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(huge.errors![0].message).toContain("amountMinor");
  });

  it("REIMB-10 without a holiday calendar for the year business days are not guessed; the coordination unit publishes the year", async () => {
    const facts = referralFacts({ referralDate: "2028-03-01", destinationFacilityId: ids.adanaCity });
    const trip = { applicationDate: "2028-03-02", departureDate: "2028-03-02", returnDate: "2028-03-03", transport: "REGULAR" };
    expect((await quote(facts, trip)).userErrors.map((e: any) => e.code)).toEqual(expect.arrayContaining(["NO_HOLIDAY_CALENDAR"]));
    const set = `mutation ($input: SetPublicHolidaysInput!) { setPublicHolidays(input: $input) { holidays { day } userErrors { field code rule } } }`;
    const holidays2028 = {
      countryCode: "TR",
      year: 2028,
      holidays: [
        { day: "2028-01-01", name: "Yılbaşı" },
        { day: "2028-04-23", name: "Ulusal Egemenlik ve Çocuk Bayramı" },
      ],
    };
    expect((await app.gql(set, { input: holidays2028 }, sgk)).errors![0].extensions!.code).toBe("FORBIDDEN");
    const coordination = await app.tokenFor("COORDINATION_UNIT", "national");
    const wrongYear = await app.gql(
      set,
      { input: { ...holidays2028, holidays: [{ day: "2027-12-31", name: "Yılbaşı arifesi" }] } },
      coordination,
    );
    expect(wrongYear.data!.setPublicHolidays.userErrors).toEqual([
      { field: ["input", "holidays", "0", "day"], code: "OTHER_YEAR", rule: "REIMB-10" },
    ]);
    expect((await app.gql(set, { input: holidays2028 }, coordination)).data!.setPublicHolidays.holidays).toHaveLength(2);
    expect((await quote(facts, trip)).userErrors.map((e: any) => e.code)).not.toContain("NO_HOLIDAY_CALENDAR");
  });
});

describe("companion", () => {
  it("REIMB-9 pays a companion only when the referrer stated the need and the referral document records the companion", async () => {
    const companionLines = async (companionRequired: boolean, recordedOnReferral: boolean) => {
      const s = await statementOf(referralFacts({ companionRequired }), trip2021({ companion: { recordedOnReferral } }));
      return s.lines.filter((l: any) => l.person === "COMPANION").map((l: any) => l.kind);
    };
    expect(await companionLines(true, true)).toEqual(["TRAVEL", "DAILY"]);
    expect(await companionLines(true, false)).toEqual([]);
    expect(await companionLines(false, true)).toEqual([]);
  });
});

describe("application deadline", () => {
  const deadlineFor = async (referralDate: string, applicationDate: string) => {
    const s = await statementOf(referralFacts({ referralDate }), {
      applicationDate,
      departureDate: applicationDate,
      returnDate: applicationDate,
      transport: "REGULAR",
    });
    return {
      eligible: s.eligible,
      deadline: s.applicationDeadline,
      rules: s.ineligibility.map((i: any) => i.rule),
      treatment: s.treatmentCostDeadline,
    };
  };

  it("REIMB-10 counts 3 business days with the referral day: Monday → Wednesday; Friday → Tuesday over the weekend; Saturday → Wednesday", async () => {
    expect(await deadlineFor("2021-03-01", "2021-03-03")).toEqual({
      eligible: true,
      deadline: "2021-03-03",
      rules: [],
      treatment: "2021-03-05",
    });
    expect(await deadlineFor("2021-03-01", "2021-03-04")).toMatchObject({ eligible: false, rules: ["REIMB-10"] });
    expect(await deadlineFor("2021-03-05", "2021-03-09")).toMatchObject({ eligible: true, deadline: "2021-03-09" });
    expect(await deadlineFor("2021-03-05", "2021-03-10")).toMatchObject({ eligible: false, rules: ["REIMB-10"] });
    expect(await deadlineFor("2021-03-06", "2021-03-10")).toMatchObject({ eligible: true, deadline: "2021-03-10" });
  });

  it("REIMB-10 skips Turkish public holidays: a referral before Kurban Bayramı 2026 (27–30 May) and before 19 May", async () => {
    // Tuesday 26 May 2026 (arife), then Wed–Sat holidays, Sunday: 26 May, 1 June, 2 June.
    expect(await deadlineFor("2026-05-26", "2026-06-02")).toMatchObject({ eligible: true, deadline: "2026-06-02" });
    expect(await deadlineFor("2026-05-26", "2026-06-03")).toMatchObject({ eligible: false, rules: ["REIMB-10"] });
    // Monday 18 May 2026, Tuesday 19 May a holiday: 18, 20, 21 May.
    expect(await deadlineFor("2026-05-18", "2026-05-21")).toMatchObject({ eligible: true, deadline: "2026-05-21" });
    const holidays = (await app.gql(`{ publicHolidays(countryCode: "TR", year: 2026) { day name } }`, {}, hospital)).data!.publicHolidays;
    expect(holidays.map((h: any) => h.day)).toEqual(expect.arrayContaining(["2026-05-19", "2026-05-27", "2026-05-30", "2026-03-20"]));
  });

  it("REIMB-10 the settings are versioned: a change over a stale version is a CONFLICT naming the current one and changes nothing", async () => {
    const read = async () =>
      (await app.gql(`{ reimbursementSettings { travelAndDailyBusinessDays version } }`, {}, sgk)).data!.reimbursementSettings;
    const update = `mutation ($input: UpdateReimbursementSettingsInput!) { updateReimbursementSettings(input: $input) { settings { travelAndDailyBusinessDays version } userErrors { code } } }`;
    const before = await read();
    const changed = (await app.gql(update, { input: { travelAndDailyBusinessDays: 4, expectedVersion: before.version } }, sgk)).data!
      .updateReimbursementSettings;
    try {
      expect(changed).toEqual({ settings: { travelAndDailyBusinessDays: 4, version: before.version + 1 }, userErrors: [] });
      const stale = await app.gql(update, { input: { travelAndDailyBusinessDays: 6, expectedVersion: before.version } }, sgk);
      expect(stale.errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: before.version + 1 });
      expect(await read()).toEqual({ travelAndDailyBusinessDays: 4, version: before.version + 1 });
    } finally {
      await app.gql(update, { input: { travelAndDailyBusinessDays: before.travelAndDailyBusinessDays } }, sgk);
    }
  });

  it("REIMB-10 limits are configurable by SGK (5 business days for both, as other SGK texts say)", async () => {
    const update = `mutation ($input: UpdateReimbursementSettingsInput!) { updateReimbursementSettings(input: $input) { settings { travelAndDailyBusinessDays treatmentBusinessDays } } }`;
    const refused = await app.gql(update, { input: { travelAndDailyBusinessDays: 5 } }, hospital);
    expect(refused.errors![0].extensions!.code).toBe("FORBIDDEN");
    expect((await app.gql(update, { input: { travelAndDailyBusinessDays: 5 } }, sgk)).data!.updateReimbursementSettings.settings).toEqual({
      travelAndDailyBusinessDays: 5,
      treatmentBusinessDays: 5,
    });
    try {
      expect(await deadlineFor("2021-03-01", "2021-03-04")).toMatchObject({ eligible: true, deadline: "2021-03-05" });
    } finally {
      await app.gql(update, { input: { travelAndDailyBusinessDays: 3 } }, sgk);
    }
  });
});

describe("claims", () => {
  const claimFields = `id status version channel officeProvinceCode rejectionRules rejectionReason paymentReference paidOn
    referral { id } statement { eligible total { amountMinor } ineligibility { rule } lines { kind person amount { amountMinor } } }
    history { fromStatus toStatus action role }`;
  const submit = `mutation ($input: SubmitReimbursementClaimInput!) { submitReimbursementClaim(input: $input) { claim { ${claimFields} } userErrors { field code rule message } } }`;
  const stepMutation = (name: string, input: string) =>
    `mutation ($input: ${input}!) { ${name}(input: $input) { claim { ${claimFields} } userErrors { field code rule message } } }`;
  const approve = stepMutation("approveReimbursementClaim", "ReimbursementClaimStepInput");
  const calculate = stepMutation("calculateReimbursementClaim", "ReimbursementClaimStepInput");
  const reject = stepMutation("rejectReimbursementClaim", "RejectReimbursementClaimInput");
  const pay = stepMutation("recordReimbursementPayment", "RecordReimbursementPaymentInput");
  const PORTAL_PERSON = "10000000146";
  /** Monday 9 March 2026: claims are filed after the trips below. */
  const CLAIM_DAY = "2026-03-09";

  /** A cancer referral Ceyhan → Ankara Bilkent, placed, accepted and attended: the claimable kind. */
  const coordinationToken = () => app.tokenFor("COORDINATION_UNIT", "national");
  async function patientWith(filter: string) {
    const { data } = await app.gql(`{ patients(filter: ${filter}, first: 1) { edges { node { id } } } }`, {}, await coordinationToken());
    return data!.patients.edges[0].node.id as string;
  }
  const portalPatient = () => patientWith(`{ identifier: { kind: TCKN, value: "${PORTAL_PERSON}" } }`);
  const recordInsurance = `mutation ($input: RecordSgkInsuranceStatusInput!) { recordSgkInsuranceStatus(input: $input) { status { insured version fact { effectiveFrom } } userErrors { field code rule } } }`;
  /** SGK records the patient's status from `effectiveFrom` on, after reading its version. */
  async function recordSgkInsurance(patientId: string, insured: boolean, effectiveFrom = "2020-01-01") {
    const { data } = await app.gql(`query ($id: ID!) { sgkInsuranceStatus(patientId: $id) { version } }`, { id: patientId }, sgk);
    const input = {
      patientId,
      insured,
      effectiveFrom,
      reference: `SGK-${effectiveFrom}`,
      expectedVersion: data!.sgkInsuranceStatus.version,
    };
    return (await app.gql(recordInsurance, { input }, sgk)).data!.recordSgkInsuranceStatus;
  }
  beforeAll(async () => {
    expect((await recordSgkInsurance(await portalPatient(), true)).userErrors).toEqual([]);
  });

  /**
   * A cancer referral Ceyhan → Ankara Bilkent, created, placed and accepted on `referredOn`, the arrival
   * recorded on `arrivedOn` (unless `attend` is false); the clock then stands on `claimOn`, after the trip.
   */
  async function attendedReferral({
    attend = true,
    referredOn = "2026-03-02",
    arrivedOn = "2026-03-03",
    claimOn = CLAIM_DAY,
    patient = undefined as string | undefined,
  } = {}) {
    app.clock.set(`${referredOn}T07:00:00Z`);
    const bilkent = await app.tokenFor("PARTNER_HOSPITAL", "facility:106101");
    const move = `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { referral { id version status } userErrors { code } } }`;
    let referral = (
      await app.gql(
        `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id version } } }`,
        {
          input: {
            patientId: patient ?? (await portalPatient()),
            originFacilityId: ids.ceyhan,
            clinicCode: "ONCOLOGY",
            requestingPhysician: "Uzm. Dr. Elif Kaya",
            diagnosisIcd10: "C50.9",
            urgency: "ROUTINE",
            medicalGrounds: "CANCER",
            // PAT-3: the hospital has no care link with this seeded patient, so it states why it refers them.
            accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik için sevk gerekiyor.",
            companionRequired: false,
          },
        },
        hospital,
      )
    ).data!.createReferral.referral;
    const step = async (token: string, action: string, extra: Record<string, unknown> = {}) => {
      const { data } = await app.gql(move, { input: { id: referral.id, expectedVersion: referral.version, action, ...extra } }, token);
      expect(data!.transitionReferral.userErrors).toEqual([]);
      referral = data!.transitionReferral.referral;
    };
    await step(hospital, "PLACE", { destinationFacilityId: ids.ankaraBilkent });
    await step(bilkent, "ACCEPT");
    if (attend) {
      app.clock.set(`${arrivedOn}T08:00:00Z`);
      await step(bilkent, "ARRIVE");
    }
    app.clock.set(`${claimOn}T07:00:00Z`);
    return referral.id as string;
  }

  /** Referred Monday 2 March 2026; applied and left on the 3rd, two outpatient days, back on the 6th. */
  const trip2026 = (overrides: Trip = {}): Trip => ({
    applicationDate: "2026-03-03",
    departureDate: "2026-03-03",
    returnDate: "2026-03-06",
    transport: "REGULAR",
    outpatientDays: ["2026-03-04", "2026-03-05"],
    ...overrides,
  });
  const claimInput = (referralId: string, overrides: Record<string, unknown> = {}) => ({
    referralId,
    trip: trip2026(),
    channel: "IN_PERSON",
    officeProvinceCode: "01",
    ...overrides,
  });

  it("REIMB-11 SGK records a claim (idempotently), it is calculated at once, approved, paid through PTT, each step in the history", async () => {
    const referralId = await attendedReferral();
    const input = claimInput(referralId, { idempotencyKey: "sgk-adana-2026-000001" });
    const first = (await app.gql(submit, { input }, sgk)).data!.submitReimbursementClaim;
    expect(first.userErrors).toEqual([]);
    const before = await writtenRows();
    const replay = (await app.gql(submit, { input }, sgk)).data!.submitReimbursementClaim;
    expect(replay.claim.id).toBe(first.claim.id);
    // The replay answers the first claim and writes no claim, history row or event.
    expect(await writtenRows()).toEqual(before);
    let claim = first.claim;
    expect(claim.status).toBe("CALCULATED");
    // 2026: 528 km → 570.00 TL each way; 4 days × 277.57 TL (200 × 1.387871).
    expect(claim.statement.total.amountMinor).toBe(2 * 57000 + 4 * 27757);
    expect(claim.history.map((h: any) => [h.fromStatus, h.toStatus, h.action])).toEqual([
      [null, "SUBMITTED", "submit"],
      ["SUBMITTED", "CALCULATED", "calculate"],
    ]);
    const early = (
      await app.gql(
        pay,
        { input: { id: claim.id, expectedVersion: claim.version, pttReference: "PTT-2026-000001", paidOn: "2026-03-09" } },
        sgk,
      )
    ).data!.recordReimbursementPayment;
    expect(early.userErrors).toEqual([expect.objectContaining({ code: "INVALID_TRANSITION", rule: "REIMB-11" })]);
    claim = (await app.gql(approve, { input: { id: claim.id, expectedVersion: claim.version } }, sgk)).data!.approveReimbursementClaim
      .claim;
    expect(claim.status).toBe("APPROVED");
    const stale = await app.gql(approve, { input: { id: claim.id, expectedVersion: 1 } }, sgk);
    expect(stale.errors![0].extensions!.code).toBe("CONFLICT");
    const future = (
      await app.gql(
        pay,
        { input: { id: claim.id, expectedVersion: claim.version, pttReference: "PTT-2026-000001", paidOn: "2026-03-10" } },
        sgk,
      )
    ).data!.recordReimbursementPayment;
    expect(future.userErrors).toEqual([expect.objectContaining({ field: ["input", "paidOn"], code: "PAID_IN_FUTURE" })]);
    claim = (
      await app.gql(
        pay,
        { input: { id: claim.id, expectedVersion: claim.version, pttReference: "PTT-2026-000001", paidOn: "2026-03-09" } },
        sgk,
      )
    ).data!.recordReimbursementPayment.claim;
    expect([claim.status, claim.paymentReference, claim.paidOn]).toEqual(["PAID", "PTT-2026-000001", "2026-03-09"]);
    expect(claim.history.map((h: any) => h.toStatus)).toEqual(["SUBMITTED", "CALCULATED", "APPROVED", "PAID"]);
    expect(claim.history.filter((h: any) => h.role !== "INSURER")).toEqual([]);
    const paid = (await app.gql(`{ reimbursementClaims(filter: { status: PAID }) { totalCount edges { node { id } } } }`, {}, sgk)).data!
      .reimbursementClaims;
    expect(paid.edges.map((e: any) => e.node.id)).toContain(claim.id);
  });

  it("REIMB-11 every claim step is an event for SGK and the claimant's portal, signed, once each; another insurer hears nothing", async () => {
    const subscribe = (token: string) => subscribedReceiver(app.gql, token, ["reimbursementClaim.*"]);
    const receivers = await Promise.all(
      [sgk, await app.tokenFor("EGOV_PORTAL", `person:TCKN:${PORTAL_PERSON}`), await app.tokenFor("INSURER", "insurer:KAZMED")].map(
        subscribe,
      ),
    );
    try {
      const referralId = await attendedReferral();
      const submitted = (await app.gql(submit, { input: claimInput(referralId) }, sgk)).data!.submitReimbursementClaim.claim;
      const approved = (await app.gql(approve, { input: { id: submitted.id, expectedVersion: submitted.version } }, sgk)).data!
        .approveReimbursementClaim.claim;
      const payment = { id: approved.id, expectedVersion: approved.version, pttReference: "PTT-2026-EVENTS", paidOn: CLAIM_DAY };
      expect((await app.gql(pay, { input: payment }, sgk)).data!.recordReimbursementPayment.userErrors).toEqual([]);
      await app.server.jobs.deliverWebhooks();
      const [ofSgk, ofPortal, ofKazmed] = receivers.map((r) => r.accepted.filter((e) => e.subject.id === submitted.id));
      const expected = [
        "reimbursementClaim.submitted",
        "reimbursementClaim.calculated",
        "reimbursementClaim.approved",
        "reimbursementClaim.paid",
      ];
      expect(ofSgk.map((e) => e.type)).toEqual(expected);
      expect(ofPortal.map((e) => e.type)).toEqual(expected);
      expect(ofKazmed).toEqual([]);
      const paid = ofPortal.at(-1)!;
      expect(paid.type === "reimbursementClaim.paid" && paid.data).toMatchObject({
        paymentReference: "PTT-2026-EVENTS",
        totalMinor: 2 * 57000 + 4 * 27757,
        fromStatus: "APPROVED",
      });
      expect(JSON.stringify(paid)).not.toContain(PORTAL_PERSON);
      expect(receivers.map((r) => r.duplicates)).toEqual([0, 0, 0]);
    } finally {
      await Promise.all(receivers.map((r) => r.stop()));
    }
  });

  it("REIMB-11 rejects with the failing rule IDs; an ineligible statement is not approved; unknown rules and blank reasons are refused", async () => {
    const referralId = await attendedReferral({ arrivedOn: "2026-03-06" });
    // Applied on Friday 6 March: past Wednesday 4 March, the third business day from the referral.
    const late = trip2026({ applicationDate: "2026-03-06", departureDate: "2026-03-06", returnDate: "2026-03-06", outpatientDays: [] });
    const claim = (await app.gql(submit, { input: claimInput(referralId, { trip: late }) }, sgk)).data!.submitReimbursementClaim.claim;
    expect(claim.statement).toMatchObject({ eligible: false, ineligibility: [{ rule: "REIMB-10" }], total: { amountMinor: 0 } });
    const approved = (await app.gql(approve, { input: { id: claim.id, expectedVersion: claim.version } }, sgk)).data!
      .approveReimbursementClaim;
    expect(approved.userErrors).toEqual([expect.objectContaining({ code: "NOT_PAYABLE", rule: "REIMB-10" })]);
    const bad = (
      await app.gql(reject, { input: { id: claim.id, expectedVersion: claim.version, rules: ["REIMB-16", "APPT-3"], reason: " " } }, sgk)
    ).data!.rejectReimbursementClaim;
    expect(bad.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["input.rules.0", "UNKNOWN_RULE"],
      ["input.rules.1", "UNKNOWN_RULE"],
      ["input.reason", "REASON_REQUIRED"],
    ]);
    const rejected = (
      await app.gql(
        reject,
        { input: { id: claim.id, expectedVersion: claim.version, rules: ["REIMB-10"], reason: "Başvuru 3 iş günü içinde yapılmadı." } },
        sgk,
      )
    ).data!.rejectReimbursementClaim.claim;
    expect([rejected.status, rejected.rejectionRules, rejected.history.at(-1).toStatus]).toEqual(["REJECTED", ["REIMB-10"], "REJECTED"]);
    // A rejected claim no longer blocks the referral: it may be filed again (say, with a document the first lacked).
    const again = (await app.gql(submit, { input: claimInput(referralId, { trip: late, channel: "POST" }) }, sgk)).data!
      .submitReimbursementClaim;
    expect(again.userErrors).toEqual([]);
    expect(again.claim.id).not.toBe(claim.id);
  });

  it("REIMB-11 one live claim per referral, only after the patient attended, and a PTT reference pays one claim; bad input stores nothing", async () => {
    const notYet = await attendedReferral({ attend: false });
    const refused = (await app.gql(submit, { input: claimInput(notYet) }, sgk)).data!.submitReimbursementClaim;
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "referralId"], code: "REFERRAL_NOT_ATTENDED", rule: "REIMB-11" }),
    ]);
    const referralId = await attendedReferral();
    const badTrip = (await app.gql(submit, { input: claimInput(referralId, { trip: trip2026({ returnDate: "2026-03-01" }) }) }, sgk)).data!
      .submitReimbursementClaim;
    expect(badTrip.userErrors.map((e: any) => e.rule)).toContain("REIMB-7");
    const count = async () =>
      (await app.gql(`query ($r: ID) { reimbursementClaims(filter: { referralId: $r }) { totalCount } }`, { r: referralId }, sgk)).data!
        .reimbursementClaims.totalCount;
    expect(await count()).toBe(0);
    const first = (await app.gql(submit, { input: claimInput(referralId) }, sgk)).data!.submitReimbursementClaim.claim;
    const second = (await app.gql(submit, { input: claimInput(referralId, { channel: "POST" }) }, sgk)).data!.submitReimbursementClaim;
    expect(second.userErrors).toEqual([expect.objectContaining({ code: "CLAIM_EXISTS", rule: "REIMB-11" })]);
    expect(await count()).toBe(1);
    const approved = (await app.gql(approve, { input: { id: first.id, expectedVersion: first.version } }, sgk)).data!
      .approveReimbursementClaim.claim;
    const reused = (
      await app.gql(
        pay,
        { input: { id: approved.id, expectedVersion: approved.version, pttReference: "PTT-2026-000001", paidOn: "2026-03-09" } },
        sgk,
      )
    ).data!.recordReimbursementPayment;
    expect(reused.userErrors).toEqual([expect.objectContaining({ code: "PAYMENT_REFERENCE_TAKEN", rule: "REIMB-11" })]);
  });

  it("REIMB-11 only SGK works claims; the e-Devlet portal reads its person's claims; every read of the claimant is in the access log", async () => {
    const referralId = await attendedReferral();
    const kazmed = await app.tokenFor("INSURER", "insurer:KAZMED");
    expect((await app.gql(submit, { input: claimInput(referralId) }, kazmed)).errors![0].extensions!.code).toBe("FORBIDDEN");
    expect((await app.gql(submit, { input: claimInput(referralId) }, hospital)).errors![0].extensions!.code).toBe("FORBIDDEN");
    const claim = (await app.gql(submit, { input: claimInput(referralId) }, sgk)).data!.submitReimbursementClaim.claim;
    const read = `query ($id: ID!) { reimbursementClaim(id: $id) { id status patient { id } } }`;
    const portal = await app.tokenFor("EGOV_PORTAL", `person:TCKN:${PORTAL_PERSON}`);
    expect((await app.gql(read, { id: claim.id }, portal)).data!.reimbursementClaim.status).toBe("CALCULATED");
    const other = await app.tokenFor("EGOV_PORTAL", "person:TCKN:17291716060");
    expect((await app.gql(read, { id: claim.id }, other)).errors![0].extensions!.code).toBe("FORBIDDEN");
    expect((await app.gql(`{ reimbursementClaims { totalCount } }`, {}, other)).data!.reimbursementClaims.totalCount).toBe(0);
    expect((await app.gql(`{ reimbursementClaims { totalCount } }`, {}, portal)).data!.reimbursementClaims.totalCount).toBeGreaterThan(0);
    expect((await app.gql(`{ reimbursementClaims { totalCount } }`, {}, hospital)).errors![0].extensions!.code).toBe("FORBIDDEN");
    const viaSgk = (await app.gql(read, { id: claim.id }, sgk)).data!.reimbursementClaim;
    const auditor = await app.tokenFor("AUDITOR", "national");
    const patientId = viaSgk.patient.id;
    const log = (
      await app.gql(
        `query ($id: ID!) { accessLog(filter: { patientId: $id }, last: 100) { edges { node { action basis role } } } }`,
        { id: patientId },
        auditor,
      )
    ).data!.accessLog.edges.map((e: any) => e.node);
    expect(log).toEqual(
      expect.arrayContaining([
        { action: "reimbursement.submit", basis: "INSURER:SGK", role: "INSURER" },
        { action: "patient.read", basis: expect.stringMatching(/^REIMBURSEMENT_CLAIM:/), role: "INSURER" },
        { action: "patient.read", basis: expect.stringMatching(/^REIMBURSEMENT_CLAIM:/), role: "EGOV_PORTAL" },
      ]),
    );
  });

  it("REIMB-11 a claim whose trip no coefficient covers waits SUBMITTED, and is calculated once SGK adds the period", async () => {
    try {
      // Every published half-year is seeded up to 2026 H2: a July 2027 trip has no coefficient yet (the fare is a test tariff).
      const tariff = `mutation ($input: SetRegularFareTariffInput!) { setRegularFareTariff(input: $input) { userErrors { code } } }`;
      const bands = [{ fromKm: 1, toKm: 3000, fareMinor: 57000 }];
      const tariffInput = { validFrom: "2027-07-01", validUntil: "2027-12-31", source: "test", bands };
      expect((await app.gql(tariff, { input: tariffInput }, sgk)).data!.setRegularFareTariff.userErrors).toEqual([]);
      const referralId = await attendedReferral({ referredOn: "2027-07-05", arrivedOn: "2027-07-06", claimOn: "2027-07-12" });
      const july = trip2026({ applicationDate: "2027-07-06", departureDate: "2027-07-06", returnDate: "2027-07-07", outpatientDays: [] });
      const waiting = (await app.gql(submit, { input: claimInput(referralId, { trip: july }) }, sgk)).data!.submitReimbursementClaim.claim;
      expect([waiting.status, waiting.statement]).toEqual(["SUBMITTED", null]);
      const stillMissing = (await app.gql(calculate, { input: { id: waiting.id, expectedVersion: waiting.version } }, sgk)).data!
        .calculateReimbursementClaim;
      expect(stillMissing.userErrors).toEqual([expect.objectContaining({ code: "NO_COEFFICIENT", rule: "REIMB-8" })]);
      const set = `mutation ($input: SetCivilServantCoefficientInput!) { setCivilServantCoefficient(input: $input) { userErrors { code } } }`;
      expect(
        (await app.gql(set, { input: { validFrom: "2027-07-01", validUntil: "2027-12-31", coefficient: "1.5" } }, sgk)).data!
          .setCivilServantCoefficient.userErrors,
      ).toEqual([]);
      const calculated = (await app.gql(calculate, { input: { id: waiting.id, expectedVersion: waiting.version } }, sgk)).data!
        .calculateReimbursementClaim.claim;
      expect(calculated.status).toBe("CALCULATED");
      // 2 days × (200 × 1.5 = 300.00 TL) + 2 × 570.00 TL.
      expect(calculated.statement.total.amountMinor).toBe(2 * 30000 + 2 * 57000);
    } finally {
      app.clock.set(`${CLAIM_DAY}T07:00:00Z`);
    }
  });

  it("REIMB-11 under concurrency: six clerks file the same referral's claim and four approve it at once — one claim, one approval", async () => {
    const referralId = await attendedReferral();
    const filed = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        app.gql(submit, { input: claimInput(referralId, { channel: i % 2 ? "POST" : "IN_PERSON" }) }, sgk),
      ),
    );
    expect(filed.filter((r) => r.errors)).toEqual([]);
    const won = filed.filter((r) => r.data!.submitReimbursementClaim.claim);
    expect(won).toHaveLength(1);
    expect(filed.filter((r) => r.data!.submitReimbursementClaim.userErrors[0]?.code === "CLAIM_EXISTS")).toHaveLength(5);
    const claim = won[0].data!.submitReimbursementClaim.claim;
    const approvals = await Promise.all(
      Array.from({ length: 4 }, () => app.gql(approve, { input: { id: claim.id, expectedVersion: claim.version } }, sgk)),
    );
    expect(approvals.filter((r) => r.data?.approveReimbursementClaim?.claim?.status === "APPROVED")).toHaveLength(1);
    const losers = approvals.filter((r) => !r.data?.approveReimbursementClaim?.claim);
    expect(losers.map((r) => r.errors?.[0].extensions!.code ?? r.data!.approveReimbursementClaim.userErrors[0].code)).toEqual(
      Array(3).fill(expect.stringMatching(/^(CONFLICT|INVALID_TRANSITION)$/)),
    );
    const history = (await app.gql(`query ($id: ID!) { reimbursementClaim(id: $id) { history { action } } }`, { id: claim.id }, sgk)).data!
      .reimbursementClaim.history;
    expect(history.map((h: any) => h.action)).toEqual(["submit", "calculate", "approve"]);
  });

  it("REIMB-11 a step that loses a race is a CONFLICT naming the claim's real version, not 'version undefined'", async () => {
    const referralId = await attendedReferral();
    const claim = (await app.gql(submit, { input: claimInput(referralId) }, sgk)).data!.submitReimbursementClaim.claim;
    // CALCULATED → CALCULATED: every recalculation may pass the state machine, so only the version decides.
    const steps = await Promise.all(
      Array.from({ length: 3 }, () => app.gql(calculate, { input: { id: claim.id, expectedVersion: claim.version } }, sgk)),
    );
    const winners = steps.filter((r) => r.data?.calculateReimbursementClaim?.claim);
    expect(winners).toHaveLength(1);
    const conflicts = steps.filter((r) => r.errors).map((r) => r.errors![0]);
    expect(conflicts.map((e) => [e.extensions!.code, e.extensions!.currentVersion])).toEqual(
      Array(2).fill(["CONFLICT", claim.version + 1]),
    );
    expect(conflicts.filter((e) => e.message.includes("undefined"))).toEqual([]);
  });

  it("REIMB-11 a claim is filed after the return, for an SGK-insured patient, with the arrival day the referred facility recorded (REIMB-10)", async () => {
    const referralId = await attendedReferral();
    const future = (await app.gql(submit, { input: claimInput(referralId, { trip: trip2026({ returnDate: "2026-03-12" }) }) }, sgk)).data!
      .submitReimbursementClaim;
    expect(future.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "trip", "returnDate"], code: "TRIP_NOT_OVER", rule: "REIMB-11" }),
    ]);
    const otherDay = (await app.gql(submit, { input: claimInput(referralId, { trip: trip2026({ applicationDate: "2026-03-04" }) }) }, sgk))
      .data!.submitReimbursementClaim;
    expect(otherDay.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "trip", "applicationDate"], code: "APPLICATION_DATE_MISMATCH", rule: "REIMB-10" }),
    ]);
    const tourist = await attendedReferral({ patient: await patientWith("{ category: HEALTH_TOURIST }") });
    const uninsured = (await app.gql(submit, { input: claimInput(tourist) }, sgk)).data!.submitReimbursementClaim;
    expect(uninsured.userErrors).toEqual([expect.objectContaining({ code: "NOT_SGK_INSURED", rule: "REIMB-12" })]);
  });

  it("REIMB-1 a stored referral from a hospital abroad gets a refusal naming the rule, not a server error", async () => {
    app.clock.set("2026-03-02T07:00:00Z");
    const nyala = await app.tokenFor("PARTNER_HOSPITAL", "facility:990101");
    const nyalaId = gid("Facility", (await seededFacility(app.db, (f) => f.code === "990101")).id);
    const created = (
      await app.gql(
        `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id version } userErrors { code } } }`,
        {
          input: {
            patientId: await portalPatient(),
            originFacilityId: nyalaId,
            clinicCode: "ONCOLOGY",
            requestingPhysician: "Dr. Ahmed Musa",
            diagnosisIcd10: "C50.9",
            urgency: "ROUTINE",
            medicalGrounds: "CANCER",
            // PAT-3: the hospital has no care link with this seeded patient, so it states why it refers them.
            accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik için sevk gerekiyor.",
          },
        },
        nyala,
      )
    ).data!.createReferral.referral;
    await app.gql(
      `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { userErrors { code } } }`,
      { input: { id: created.id, expectedVersion: created.version, action: "PLACE", destinationFacilityId: ids.ankaraBilkent } },
      nyala,
    );
    app.clock.set(`${CLAIM_DAY}T07:00:00Z`);
    const { data, errors } = await app.gql(
      quoteQuery,
      { input: { referralId: created.id, trip: trip2026({ applicationDate: "2026-03-03" }) } },
      sgk,
    );
    expect(errors).toBeUndefined();
    expect(data!.reimbursementQuote.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "referralId"], code: "NOT_IN_TURKEY", rule: "REIMB-1" }),
    ]);
  });

  it("REIMB-3 a quote on a stored referral uses its facts: the parties, SGK and the patient's portal may ask, others may not", async () => {
    const referralId = await attendedReferral();
    const stored = `query ($input: ReimbursementQuoteInput!) { reimbursementQuote(input: $input) { statement { paidDistanceKm travelPaidToFacility { code } total { amountMinor } } userErrors { code } } }`;
    const input = { referralId, trip: trip2026() };
    for (const token of [hospital, sgk, await app.tokenFor("EGOV_PORTAL", `person:TCKN:${PORTAL_PERSON}`)]) {
      const { data, errors } = await app.gql(stored, { input }, token);
      expect(errors).toBeUndefined();
      expect(data!.reimbursementQuote.statement).toEqual({
        paidDistanceKm: 528,
        travelPaidToFacility: { code: "106101" },
        total: { amountMinor: 2 * 57000 + 4 * 27757 },
      });
    }
    const stranger = await app.tokenFor("PARTNER_HOSPITAL", "facility:101104");
    expect((await app.gql(stored, { input }, stranger)).errors![0].extensions!.code).toBe("FORBIDDEN");
    const both = await app.gql(stored, { input: { ...input, referral: referralFacts() } }, hospital);
    expect(both.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });
});
