import type { FacilityRow, ReferralScope, ReferralStatus } from "../../drizzle/schema/index.js";
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
