import { describe, expect, it } from "vitest";
import { nthBusinessDayFrom } from "../../api/platform/time/business-days.js";
import { dailyRateMinor, divideHalfUp, formatTry, parseCoefficientOrNull } from "../../api/reimbursements/money.js";
import { addMonths } from "../../api/platform/time/clock.js";
import { estimatedRoadKm, greatCircleKm } from "../../api/reimbursements/rules/distance.js";
import { checkFareBands, coefficientGaps } from "../../api/reimbursements/rules/reference-tables.js";

describe("reimbursement arithmetic (units under the GraphQL tests)", () => {
  it("REIMB-8 rounds the daily rate half-up to the kuruş: 16.5786 → 16.58, 33.1572 → 33.16, exactly half goes up", () => {
    expect(dailyRateMinor(100, 165786)).toBe(1658);
    expect(dailyRateMinor(200, 165786)).toBe(3316);
    expect(dailyRateMinor(100, 1387871)).toBe(13879);
    expect(dailyRateMinor(200, 1387871)).toBe(27757);
    expect(dailyRateMinor(100, 100050)).toBe(1001); // 10.005 TL
    expect(dailyRateMinor(100, 100049)).toBe(1000); // 10.0049 TL
    expect(divideHalfUp(5, 2)).toBe(3);
    expect(divideHalfUp(7, 3)).toBe(2);
  });

  it("REIMB-8 reads coefficients as decimals with up to 6 places and nothing else", () => {
    expect(parseCoefficientOrNull("0.165786")).toBe(165786);
    expect(parseCoefficientOrNull("1.5")).toBe(1500000);
    for (const bad of ["0,165786", "1.2345678", "100.5", "-1.0", "1e-3", "", "abc"]) expect(parseCoefficientOrNull(bad)).toBeNull();
    expect(formatTry(123456)).toBe("1.234,56 TL");
  });

  it("REIMB-6 three months from a report's day, clamped at the month's end", () => {
    expect(addMonths("2021-01-15", 3)).toBe("2021-04-15");
    expect(addMonths("2020-11-30", 3)).toBe("2021-02-28");
    expect(addMonths("2023-11-30", 3)).toBe("2024-02-29");
    expect(addMonths("2021-10-31", 3)).toBe("2022-01-31");
  });

  it("REIMB-10 counts business days with the start day when it is one", () => {
    const none = new Set<string>();
    expect(nthBusinessDayFrom("2026-11-23", 1, none)).toBe("2026-11-23");
    expect(nthBusinessDayFrom("2026-11-28", 1, none)).toBe("2026-11-30");
    expect(nthBusinessDayFrom("2026-11-27", 3, new Set(["2026-11-30"]))).toBe("2026-12-02");
  });

  it("REIMB-5 fare bands start at 1 km, follow each other and never get cheaper", () => {
    expect(
      checkFareBands(
        [
          { fromKm: 1, toKm: 50, fareMinor: 100 },
          { fromKm: 51, toKm: 99, fareMinor: 200 },
        ],
        ["b"],
      ),
    ).toEqual([]);
    const codes = (bands: { fromKm: number; toKm: number; fareMinor: number }[]) => checkFareBands(bands, ["b"]).map((e) => e.code);
    expect(codes([])).toEqual(["NO_BANDS"]);
    expect(codes([{ fromKm: 2, toKm: 50, fareMinor: 100 }])).toEqual(["BAND_GAP"]);
    expect(
      codes([
        { fromKm: 1, toKm: 50, fareMinor: 100 },
        { fromKm: 51, toKm: 40, fareMinor: 200 },
      ]),
    ).toEqual(["BAND_RANGE"]);
    expect(
      codes([
        { fromKm: 1, toKm: 50, fareMinor: 100 },
        { fromKm: 51, toKm: 90, fareMinor: 50 },
      ]),
    ).toEqual(["FARE_DECREASES"]);
  });

  it("REIMB-13 estimates a road distance as the great-circle distance × 1.42: Ankara–İstanbul 349 km as the crow flies, 496 km by the estimate", () => {
    const ankara = { latitude: 39.9334, longitude: 32.8597 };
    const istanbul = { latitude: 41.0082, longitude: 28.9784 };
    expect(Math.round(greatCircleKm(ankara, istanbul))).toBe(349);
    expect(estimatedRoadKm(ankara, istanbul)).toBe(496);
    expect(estimatedRoadKm(ankara, { latitude: 39.9335, longitude: 32.8597 })).toBe(1);
  });

  it("REIMB-14 finds the half-years some day of which no coefficient covers, up to the horizon", () => {
    const periods = [
      { validFrom: "2021-01-01", validUntil: "2021-06-30", coefficientMillionths: 1 },
      { validFrom: "2021-07-01", validUntil: "2021-09-30", coefficientMillionths: 1 },
      { validFrom: "2022-01-01", validUntil: "2022-06-30", coefficientMillionths: 1 },
    ];
    expect(coefficientGaps(periods, "2021-12-15", 0).map((g) => [g.validFrom, g.firstUncoveredDay, g.startsInDays])).toEqual([
      ["2021-07-01", "2021-10-01", -167],
    ]);
    expect(coefficientGaps(periods, "2022-06-15", 16).map((g) => [g.validFrom, g.startsInDays])).toEqual([
      ["2021-07-01", -349],
      ["2022-07-01", 16],
    ]);
  });
});
