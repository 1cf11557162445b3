import { describe, expect, it } from "vitest";
import { checkIin, checkPassport, checkTurkishId, decodeIin } from "../../api/patients/identifier-rules.js";
import { completeTurkishId, iinFor } from "../../drizzle/seed/identifiers.js";
import { checkNewPatient, ageOn } from "../../api/patients/rules.js";

describe("ID-1 Turkish ID check digits (pure)", () => {
  it("ID-1 accepts the documented samples 10000000146 and 17291716060", () => {
    expect(checkTurkishId("10000000146", "TCKN")).toBeNull();
    expect(checkTurkishId("17291716060", "TCKN")).toBeNull();
  });

  it("ID-1 rejects 17291716050 on the 10th digit", () => {
    expect(checkTurkishId("17291716050", "TCKN")).toMatchObject({ rule: "ID-1", code: "CHECK_DIGIT_10" });
  });

  it("ID-1 names each failed check: length, leading zero, 11th digit, YKN prefix", () => {
    expect(checkTurkishId("1000000014", "TCKN")?.code).toBe("FORMAT");
    expect(checkTurkishId("1000000014a", "TCKN")?.code).toBe("FORMAT");
    expect(checkTurkishId("00000000146", "TCKN")?.code).toBe("FIRST_DIGIT_ZERO");
    expect(checkTurkishId("10000000147", "TCKN")?.code).toBe("CHECK_DIGIT_11");
    expect(checkTurkishId("10000000146", "YKN")?.code).toBe("YKN_PREFIX");
  });

  it("ID-1 takes the 10th digit as a non-negative remainder when the difference is negative", () => {
    // odd positions sum 1, even positions sum 36: (7 − 36) mod 10 = 1 as a non-negative remainder.
    const id = completeTurkishId("190909090");
    expect(id.slice(9, 10)).toBe("1");
    expect(checkTurkishId(id, "TCKN")).toBeNull();
  });

  it("ID-1 applies the same check to foreigners' IDs (99…) and temporary-protection IDs", () => {
    const ykn = completeTurkishId("991234567");
    expect(checkTurkishId(ykn, "YKN")).toBeNull();
    expect(checkTurkishId(ykn.slice(0, 10) + String((Number(ykn[10]) + 1) % 10), "YKN")?.code).toBe("CHECK_DIGIT_11");
    expect(checkTurkishId(completeTurkishId("981234567"), "TEMPORARY_PROTECTION")).toBeNull();
  });
});

describe("ID-2 Kazakh IIN (pure)", () => {
  it("ID-2 accepts 900101300007 (first pass) and 950615400809 (needs the second pass)", () => {
    expect(checkIin("900101300007")).toBeNull();
    expect(checkIin("950615400809")).toBeNull();
  });

  it("ID-2 decodes birth date, century and sex from the 7th digit", () => {
    expect(decodeIin("900101300007")).toEqual({ birthDate: "1990-01-01", sex: "MALE" });
    expect(decodeIin("950615400809")).toEqual({ birthDate: "1995-06-15", sex: "FEMALE" });
  });

  it("ID-2 names each failed check", () => {
    expect(checkIin("90010130000")?.code).toBe("FORMAT");
    expect(checkIin("900101700007")?.code).toBe("CENTURY_DIGIT");
    expect(checkIin("900230300007")?.code).toBe("BIRTH_DATE");
    expect(checkIin("900101300008")?.code).toBe("CONTROL_DIGIT");
  });

  it("ID-2 refuses an IIN whose both weightings give 10", () => {
    let undefinedSerial: string | null = null;
    for (let serial = 0; serial < 10000 && !undefinedSerial; serial++) {
      const s = String(serial).padStart(4, "0");
      if (iinFor("1990-01-01", "MALE", s) === null) undefinedSerial = s;
    }
    expect(undefinedSerial).not.toBeNull();
    const value = `9001013${undefinedSerial}0`;
    expect(checkIin(value)?.code).toBe("CONTROL_UNDEFINED");
  });
});

describe("ID-3 passports (pure)", () => {
  it("ID-3 needs a number and an ISO 3166-1 alpha-2 issuing state", () => {
    expect(checkPassport("U12345678", "DE")).toBeNull();
    expect(checkPassport("U12345678", null)?.code).toBe("ISSUING_COUNTRY");
    expect(checkPassport("U12345678", "XX")?.code).toBe("ISSUING_COUNTRY");
    expect(checkPassport("u-1", "DE")?.code).toBe("FORMAT");
  });
});

describe("PAT-2 age (pure)", () => {
  it("PAT-2 counts whole years up to the birthday", () => {
    expect(ageOn("2008-11-25", "2026-11-24")).toBe(17);
    expect(ageOn("2008-11-25", "2026-11-25")).toBe(18);
  });

  it("PAT-1 and PAT-2 refuse a minor citizen without a TCKN or a guardian", () => {
    const errors = checkNewPatient({
      category: "CITIZEN",
      birthDate: "2015-01-01",
      nationality: "TR",
      preferredLanguage: "tr",
      hasGuardian: false,
      identifiers: [{ kind: "PASSPORT", value: "U1234567", issuingCountry: "TR" }],
      today: "2026-11-25",
    });
    expect(errors.map((e) => e.rule).sort()).toEqual(["PAT-1", "PAT-2"]);
  });
});
