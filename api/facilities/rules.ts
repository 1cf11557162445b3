import type { FacilityKind } from "../../drizzle/schema/index.js";
import { userError, type UserError } from "../platform/conventions/errors.js";
import { isCountryCode } from "../platform/conventions/iso-codes.js";

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

/** ER-8: a facility's occupancy figures older than this are shown as stale (`stale: true`), not hidden. */
export const OCCUPANCY_STALE_AFTER_MINUTES = 60;

export const isStaleOccupancy = (reportedAt: Date | null, now: Date): boolean =>
  !reportedAt || now.getTime() - reportedAt.getTime() > OCCUPANCY_STALE_AFTER_MINUTES * 60_000;

export interface OccupancyReportFacts {
  reportedAt: Date;
  now: Date;
  /** The facility's bed capacity by type, with the time of the report it holds now. */
  capacity: Map<string, { total: number; occupancyReportedAt: Date | null }>;
  beds: { bedType: string; free: number }[];
}

/** ER-8: a hospital reports its free beds by type, as of a time not in the future and not older than what it reported before. */
export function checkOccupancyReport(f: OccupancyReportFacts): UserError[] {
  const errors: UserError[] = [];
  if (f.reportedAt.getTime() > f.now.getTime())
    errors.push(userError(["input", "reportedAt"], "IN_FUTURE", "An occupancy report is as of a time already passed.", "ER-8"));
  const seen = new Set<string>();
  f.beds.forEach((bed, index) => {
    const at = ["input", "beds", String(index)];
    const capacity = f.capacity.get(bed.bedType);
    if (seen.has(bed.bedType)) errors.push(userError([...at, "bedType"], "DUPLICATE", `${bed.bedType} is reported twice.`, "ER-8"));
    seen.add(bed.bedType);
    if (!capacity) {
      errors.push(
        userError([...at, "bedType"], "NO_SUCH_BEDS", `The facility has no ${bed.bedType} beds in its capacity (FAC-2).`, "ER-8"),
      );
    } else {
      if (bed.free > capacity.total)
        errors.push(
          userError([...at, "free"], "MORE_THAN_TOTAL", `More free ${bed.bedType} beds than the ${capacity.total} there are.`, "ER-8"),
        );
      if (capacity.occupancyReportedAt && capacity.occupancyReportedAt.getTime() > f.reportedAt.getTime())
        errors.push(
          userError(
            ["input", "reportedAt"],
            "OLDER_THAN_CURRENT",
            `A newer ${bed.bedType} report (${capacity.occupancyReportedAt.toISOString()}) is already in; an older one does not replace it.`,
            "ER-8",
          ),
        );
    }
  });
  return errors;
}

/**
 * ER-2..ER-4 / ER-8: 112 and the provincial crisis centre search any one province (in and out of their own);
 * only the national crisis centre (and the coordination unit and auditors, who read everything) searches countrywide.
 */
export function decideFreeBedSearch(
  role: string,
  provinceCode: string | null,
): { allowed: true } | { allowed: false; reason: string; rule: string } {
  if (["NATIONAL_CRISIS_CENTRE", "COORDINATION_UNIT", "AUDITOR"].includes(role)) return { allowed: true };
  if (role === "EMERGENCY_112" || role === "PROVINCIAL_CRISIS_CENTRE")
    return provinceCode
      ? { allowed: true }
      : { allowed: false, reason: "the countrywide search is the national crisis centre's; name a province", rule: "ER-4" };
  return { allowed: false, reason: "free-bed search is for 112 and the crisis centres", rule: "ER-8" };
}
