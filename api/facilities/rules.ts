import type { FacilityKind } from "../../drizzle/schema/index.js";
import { userError, type UserError } from "../platform/errors.js";
import { isCountryCode } from "../platform/iso-codes.js";

export type FacilityLevel = 1 | 2 | 3;

/** FAC-1: the level (basamak) follows from the kind of facility. */
export const levelOfKind: Record<FacilityKind, FacilityLevel> = {
  FAMILY_HEALTH_CENTRE: 1,
  STATE_HOSPITAL: 2,
  PRIVATE_HOSPITAL: 2,
  ORAL_DENTAL_CENTRE: 2,
  OCCUPATIONAL_DISEASE_HOSPITAL: 2,
  TRAINING_RESEARCH_HOSPITAL: 3,
  UNIVERSITY_HOSPITAL: 3,
  CITY_HOSPITAL: 3,
};

export const kindsOfLevel = (level: FacilityLevel): FacilityKind[] =>
  (Object.keys(levelOfKind) as FacilityKind[]).filter((kind) => levelOfKind[kind] === level);

export interface FacilityPlacementFacts {
  countryCode: string;
  provinceCode: string | null;
  settlementArea: { code: string; provinceCode: string } | null | undefined;
  district: { provinceCode: string; settlementAreaCode: string } | null | undefined;
  settlementAreaCode: string | null;
  districtName: string | null;
}

/**
 * FAC-2 / FAC-3: a domestic facility lies in a province, in one of its settlement areas and
 * districts; an overseas facility (country other than TR) has none of them.
 */
export function checkFacilityPlacement(facts: FacilityPlacementFacts, path: string[]): UserError[] {
  if (!isCountryCode(facts.countryCode)) {
    return [userError([...path, "countryCode"], "COUNTRY_CODE", "countryCode is an ISO 3166-1 alpha-2 code.", "FAC-3")];
  }
  if (facts.countryCode !== "TR") {
    const placed = facts.provinceCode || facts.settlementAreaCode || facts.districtName;
    return placed
      ? [
          userError(
            [...path, "provinceCode"],
            "OVERSEAS_HAS_NO_PROVINCE",
            "An overseas facility has no Turkish province, settlement area or district.",
            "FAC-3",
          ),
        ]
      : [];
  }
  const errors: UserError[] = [];
  if (!facts.provinceCode) {
    errors.push(userError([...path, "provinceCode"], "REQUIRED", "A facility in Türkiye names its province.", "FAC-2"));
  }
  if (!facts.settlementArea || facts.settlementArea.provinceCode !== facts.provinceCode) {
    errors.push(
      userError([...path, "settlementAreaCode"], "NOT_IN_PROVINCE", "The settlement area must be one of the facility's province.", "FAC-2"),
    );
  }
  if (facts.districtName && (!facts.district || facts.district.provinceCode !== facts.provinceCode)) {
    errors.push(userError([...path, "district"], "NOT_IN_PROVINCE", "The district must be one of the facility's province.", "FAC-2"));
  } else if (facts.district && facts.settlementAreaCode && facts.district.settlementAreaCode !== facts.settlementAreaCode) {
    errors.push(
      userError([...path, "district"], "NOT_IN_SETTLEMENT_AREA", "The district must lie in the facility's settlement area.", "FAC-2"),
    );
  }
  return errors;
}
