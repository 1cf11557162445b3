import type { IdentifierKind } from "../../drizzle/schema/index.js";
import { isCountryCode } from "../platform/conventions/iso-codes.js";

/** Why an identifier failed: the rule, the check (`code`) and a sentence for the integrator. */
export interface IdentifierViolation {
  rule: "ID-1" | "ID-2" | "ID-3";
  code: string;
  message: string;
  /** Which part of the identifier input is wrong. */
  part: "value" | "issuingCountry";
}

export interface IdentifierInput {
  kind: IdentifierKind;
  value: string;
  issuingCountry?: string | null;
}

const digitsOf = (value: string) => [...value].map(Number);

/** ID-1: the T.C. Kimlik No check, also used by foreigners' IDs (YKN, 99…) and temporary-protection IDs. */
export function checkTurkishId(value: string, kind: "TCKN" | "YKN" | "TEMPORARY_PROTECTION"): IdentifierViolation | null {
  const violation = (code: string, message: string): IdentifierViolation => ({ rule: "ID-1", code, message, part: "value" });
  if (!/^\d{11}$/.test(value)) return violation("FORMAT", `A ${kind} has exactly 11 digits.`);
  if (value[0] === "0") return violation("FIRST_DIGIT_ZERO", `A ${kind} does not start with 0.`);
  if (kind === "YKN" && !value.startsWith("99")) return violation("YKN_PREFIX", "A foreigner's ID (YKN) starts with 99.");
  const d = digitsOf(value);
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  if (d[9] !== tenth) return violation("CHECK_DIGIT_10", `The 10th digit of this ${kind} fails the check digit rule (expected ${tenth}).`);
  const eleventh = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  if (d[10] !== eleventh)
    return violation("CHECK_DIGIT_11", `The 11th digit of this ${kind} fails the check digit rule (expected ${eleventh}).`);
  return null;
}

/** The birth date and sex an IIN encodes (ID-2), or null when its date part is not a real date. */
export function decodeIin(value: string): { birthDate: string; sex: "MALE" | "FEMALE" } | null {
  const centuryDigit = Number(value[6]);
  if (!/^\d{12}$/.test(value) || centuryDigit < 1 || centuryDigit > 6) return null;
  const century = 1800 + Math.floor((centuryDigit - 1) / 2) * 100;
  const year = century + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { birthDate: date.toISOString().slice(0, 10), sex: centuryDigit % 2 === 1 ? "MALE" : "FEMALE" };
}

/** ID-2: the Kazakh IIN: date, century/sex digit and the two-pass control digit. */
export function checkIin(value: string): IdentifierViolation | null {
  const violation = (code: string, message: string): IdentifierViolation => ({ rule: "ID-2", code, message, part: "value" });
  if (!/^\d{12}$/.test(value)) return violation("FORMAT", "An IIN has exactly 12 digits.");
  const centuryDigit = Number(value[6]);
  if (centuryDigit < 1 || centuryDigit > 6) {
    return violation("CENTURY_DIGIT", "The 7th digit of an IIN gives century and sex and must be 1 to 6.");
  }
  if (!decodeIin(value)) return violation("BIRTH_DATE", "The first six digits of an IIN must be a real birth date (YYMMDD).");
  const d = digitsOf(value);
  const weighted = (weights: number[]) => weights.reduce((sum, w, i) => sum + w * d[i], 0) % 11;
  let control = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (control === 10) control = weighted([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  if (control === 10) return violation("CONTROL_UNDEFINED", "This IIN has no valid control digit (both weightings give 10).");
  if (d[11] !== control)
    return violation("CONTROL_DIGIT", `The 12th digit of this IIN fails the control digit rule (expected ${control}).`);
  return null;
}

/** ID-3: a passport is a number plus the issuing state (ISO 3166-1 alpha-2). */
export function checkPassport(value: string, issuingCountry: string | null | undefined): IdentifierViolation | null {
  if (!/^[A-Z0-9]{5,20}$/.test(value)) {
    return { rule: "ID-3", code: "FORMAT", message: "A passport number has 5 to 20 upper-case letters and digits.", part: "value" };
  }
  if (!issuingCountry || !isCountryCode(issuingCountry)) {
    return {
      rule: "ID-3",
      code: "ISSUING_COUNTRY",
      message: "A passport names its issuing state as an ISO 3166-1 alpha-2 code (e.g. DE, IQ).",
      part: "issuingCountry",
    };
  }
  return null;
}

export function checkIdentifier(input: IdentifierInput): IdentifierViolation | null {
  switch (input.kind) {
    case "TCKN":
    case "YKN":
    case "TEMPORARY_PROTECTION":
      return checkTurkishId(input.value, input.kind);
    case "IIN":
      return checkIin(input.value);
    case "PASSPORT":
      return checkPassport(input.value, input.issuingCountry);
  }
}

/** Only passports carry an issuing state; the registry stores "" for the others. */
export const issuingCountryOf = (input: IdentifierInput) => (input.kind === "PASSPORT" ? (input.issuingCountry ?? "") : "");

/** One identifier as a string: `KIND:VALUE`, or `PASSPORT:COUNTRY:VALUE` (a passport number alone is not unique, ID-3). */
export const identifierKey = (kind: string, value: string, issuingCountry = "") =>
  issuingCountry ? `${kind}:${issuingCountry}:${value}` : `${kind}:${value}`;
