import type { CareLinkSource, IdentifierKind, PatientCategory } from "../../drizzle/schema/index.js";
import { userError, type UserError } from "../platform/conventions/errors.js";
import { isCountryCode, isLanguageCode } from "../platform/conventions/iso-codes.js";
import { checkIdentifier, decodeIin, type IdentifierInput } from "./identifier-rules.js";

/** PAT-1: the identifier each category must carry to be registered. */
export const identifierKindsOfCategory: Record<PatientCategory, IdentifierKind[]> = {
  CITIZEN: ["TCKN"],
  HEALTH_TOURIST: ["PASSPORT", "YKN"],
  FOREIGN_PROGRAM: ["PASSPORT", "YKN"],
  TEMPORARY_PROTECTION: ["TEMPORARY_PROTECTION", "YKN"],
  KZ_RESIDENT: ["IIN"],
};

export const ADULT_AGE = 18;

export interface PatientFacts {
  category: PatientCategory;
  birthDate: string;
  nationality: string;
  preferredLanguage: string;
  hasGuardian: boolean;
  identifiers: IdentifierInput[];
  /** Today in Europe/Istanbul, as YYYY-MM-DD. */
  today: string;
}

/** Age in whole years on `today` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number);
  const [ty, tm, td] = today.split("-").map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** The checks of one identifier (ID-1..3), placed on its input path. */
export function checkIdentifierAt(identifier: IdentifierInput, path: string[]): UserError[] {
  const violation = checkIdentifier(identifier);
  return violation ? [userError([...path, violation.part], violation.code, violation.message, violation.rule)] : [];
}

/** The checks of a list of identifiers, and no identifier twice (ID-4). */
export function checkIdentifiers(identifiers: IdentifierInput[], path: string[]): UserError[] {
  const errors: UserError[] = [];
  const seen = new Set<string>();
  identifiers.forEach((identifier, index) => {
    const violations = checkIdentifierAt(identifier, [...path, String(index)]);
    if (violations.length) {
      errors.push(...violations);
      return;
    }
    const key = `${identifier.kind}:${identifier.issuingCountry ?? ""}:${identifier.value}`;
    if (seen.has(key)) {
      errors.push(userError([...path, String(index), "value"], "DUPLICATE", "The same identifier is given twice.", "ID-4"));
    }
    seen.add(key);
  });
  return errors;
}

/** PAT-1 and PAT-2 for a new patient, with the identifier checks. Empty = may be registered. */
export function checkNewPatient(facts: PatientFacts): UserError[] {
  const errors = checkIdentifiers(facts.identifiers, ["input", "identifiers"]);
  const required = identifierKindsOfCategory[facts.category];
  if (!facts.identifiers.some((i) => required.includes(i.kind))) {
    errors.push(
      userError(
        ["input", "identifiers"],
        "CATEGORY_IDENTIFIER_MISSING",
        `A ${facts.category} patient is registered with one of these identifiers: ${required.join(", ")}.`,
        "PAT-1",
      ),
    );
  }
  errors.push(...checkPersonalData(facts, ["input"]));
  for (const [index, identifier] of facts.identifiers.entries()) {
    const encoded = identifier.kind === "IIN" ? decodeIin(identifier.value) : null;
    if (encoded && encoded.birthDate !== facts.birthDate) {
      errors.push(
        userError(
          ["input", "identifiers", String(index), "value"],
          "IIN_BIRTH_DATE_MISMATCH",
          `This IIN encodes the birth date ${encoded.birthDate}, not ${facts.birthDate}.`,
          "ID-2",
        ),
      );
    }
  }
  return errors;
}

/** PAT-2: personal data that makes sense, and a legal guardian for a minor. */
export function checkPersonalData(
  facts: Pick<PatientFacts, "birthDate" | "nationality" | "preferredLanguage" | "hasGuardian" | "today">,
  path: string[],
): UserError[] {
  const errors: UserError[] = [];
  if (facts.birthDate > facts.today) {
    errors.push(userError([...path, "birthDate"], "IN_FUTURE", "The birth date is in the future.", "PAT-2"));
  }
  if (!isCountryCode(facts.nationality)) {
    errors.push(userError([...path, "nationality"], "COUNTRY_CODE", "Nationality is an ISO 3166-1 alpha-2 code (e.g. TR, SY).", "PAT-2"));
  }
  if (!isLanguageCode(facts.preferredLanguage)) {
    errors.push(
      userError([...path, "preferredLanguage"], "LANGUAGE_CODE", "The preferred language is an ISO 639-1 code (e.g. tr, ar, ru).", "PAT-2"),
    );
  }
  if (facts.birthDate <= facts.today && ageOn(facts.birthDate, facts.today) < ADULT_AGE && !facts.hasGuardian) {
    errors.push(
      userError([...path, "guardian"], "GUARDIAN_REQUIRED", `A patient under ${ADULT_AGE} is registered with a legal guardian.`, "PAT-2"),
    );
  }
  return errors;
}

/** The GraphQL type of the object behind each kind of care link. */
export const careLinkSourceTypes: Record<CareLinkSource, string> = {
  REFERRAL: "Referral",
  APPOINTMENT: "Appointment",
  HEALTH_TOURISM_CASE: "HealthTourismCase",
};

/** A stated reason for access is at least this long: a sentence, not "x". */
export const MIN_JUSTIFICATION_LENGTH = 20;

export interface NewCareLinkFacts {
  /** A partner hospital acting for itself (not the coordination unit placing a patient, nor the patient's portal). */
  byHospital: boolean;
  /** The hospital already has a current care link with the patient. */
  linkedNow: boolean;
  /** The hospital registered the patient and has never had a care link with them: its first act after registering. */
  justRegistered: boolean;
  reason: string | null | undefined;
}

/**
 * PAT-3: a hospital that creates its own access to a patient (a referral or appointment where it has no current care
 * link, for a patient it did not just register) states why, as clinical break-the-glass access does. The reason is
 * recorded and announced; `needed` says whether to.
 */
export function checkAccessJustification(facts: NewCareLinkFacts, field: string[]): { needed: boolean; errors: UserError[] } {
  const needed = facts.byHospital && !facts.linkedNow && !facts.justRegistered;
  if (!needed) return { needed, errors: [] };
  const reason = facts.reason?.trim() ?? "";
  if (!reason)
    return {
      needed,
      errors: [
        userError(
          field,
          "JUSTIFICATION_REQUIRED",
          "The hospital has no current referral, case or appointment with this patient: state why it needs access to them.",
          "PAT-3",
        ),
      ],
    };
  if (reason.length < MIN_JUSTIFICATION_LENGTH)
    return {
      needed,
      errors: [userError(field, "JUSTIFICATION_TOO_SHORT", `A justification is at least ${MIN_JUSTIFICATION_LENGTH} characters.`, "PAT-3")],
    };
  return { needed, errors: [] };
}
