import type { FacilityRow, ReferralScope, ReferralStatus, SearchLevel } from "../../drizzle/schema/index.js";
import { userError, type UserError } from "../platform/conventions/errors.js";
import type { Transitions } from "../platform/conventions/state-machine.js";

/** REF-1: the scope follows from the two facilities' settlement areas and provinces. */
export function referralScope(
  origin: Pick<FacilityRow, "settlementAreaCode" | "provinceCode">,
  destination: Pick<FacilityRow, "settlementAreaCode" | "provinceCode">,
): ReferralScope {
  if (origin.settlementAreaCode && origin.settlementAreaCode === destination.settlementAreaCode) return "IN_SETTLEMENT";
  if (origin.provinceCode && origin.provinceCode === destination.provinceCode) return "IN_PROVINCE";
  return "OUT_OF_PROVINCE";
}

export type ReferralAction = "place" | "accept" | "reject" | "arrive" | "complete" | "cancel" | "escalate";

/** REF-2 (with TP-4's escalation): who may move a referral where. */
export const referralTransitions: Transitions<ReferralStatus, ReferralAction> = {
  REQUESTED: { place: "PLACED", cancel: "CANCELLED", escalate: "ESCALATED" },
  PLACED: { accept: "ACCEPTED", reject: "REJECTED", cancel: "CANCELLED" },
  REJECTED: { place: "PLACED", cancel: "CANCELLED", escalate: "ESCALATED" },
  ESCALATED: { place: "PLACED", cancel: "CANCELLED" },
  ACCEPTED: { arrive: "PATIENT_ARRIVED", cancel: "CANCELLED" },
  PATIENT_ARRIVED: { complete: "COMPLETED" },
  COMPLETED: {},
  CANCELLED: {},
};

/** Which side acts: the destination accepts, rejects, records arrival and completion (REF-2). */
export const destinationActions: ReadonlySet<ReferralAction> = new Set(["accept", "reject", "arrive", "complete"]);

/** TP-1: a temporary-protection patient is served only with a valid provision for the visit. */
export function checkProvision(
  temporaryProtection: boolean,
  provision: { valid: boolean; reference: string } | null | undefined,
): UserError[] {
  if (!temporaryProtection) return [];
  return provision?.valid && provision.reference
    ? []
    : [
        userError(
          ["input", "provision"],
          "PROVISION_REQUIRED",
          "A temporary-protection patient is referred only with a valid provision (provizyon) and its reference.",
          "TP-1",
        ),
      ];
}

/**
 * TP-2 / TP-3: out of the province only when no facility of the province with the clinic is left
 * (the origin, and facilities that recorded they cannot treat, excepted).
 */
export function checkTemporaryProtectionPlacement(scope: ReferralScope, inProvinceCandidates: string[]): UserError[] {
  if (scope !== "OUT_OF_PROVINCE" || inProvinceCandidates.length === 0) return [];
  return [
    userError(
      ["input", "destinationFacilityId"],
      "IN_PROVINCE_FIRST",
      `Temporary protection: refer within the province first; ${inProvinceCandidates.length} facilit${inProvinceCandidates.length === 1 ? "y" : "ies"} there offer the clinic and have not declined.`,
      "TP-3",
    ),
  ];
}

export const SEARCH_LEVELS: SearchLevel[] = ["EMERGENCY_112", "PROVINCIAL_CRISIS_CENTRE", "NATIONAL_CRISIS_CENTRE"];

/** ER-6: only the level holding the search acts; province levels only for their own province. */
export function checkSearchHolder(
  level: SearchLevel,
  searchProvince: string,
  principal: { role: string; provinceCode: string | null },
): UserError[] {
  if (principal.role !== level) {
    return [userError(["input", "id"], "NOT_HOLDING_LEVEL", `The search is held by ${level}; ${principal.role} cannot act on it.`, "ER-6")];
  }
  if (level !== "NATIONAL_CRISIS_CENTRE" && principal.provinceCode !== searchProvince) {
    return [userError(["input", "id"], "OTHER_PROVINCE", `The search belongs to province ${searchProvince}.`, "ER-6")];
  }
  return [];
}

/** ER-3 / ER-4: the next level up, or none after the national crisis centre. */
export const nextLevel = (level: SearchLevel): SearchLevel | null => SEARCH_LEVELS[SEARCH_LEVELS.indexOf(level) + 1] ?? null;

/** ER-8: minutes the destination has to accept a referral placed on a bed reserved for it, before the hold lapses. */
export const BED_HOLD_ACCEPT_MINUTES = 30;

export const holdAcceptBy = (reservedAt: Date): Date => new Date(reservedAt.getTime() + BED_HOLD_ACCEPT_MINUTES * 60_000);
