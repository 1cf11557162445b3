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

/** REF-2: a referral names a clinic the ministry knows. */
export function checkClinicKnown(clinicCode: string, known: boolean): UserError[] {
  return known ? [] : [userError(["input", "clinicCode"], "UNKNOWN_CLINIC", `There is no clinic ${clinicCode}.`, "REF-2")];
}

/** What a placement is checked against: the destination chosen, and (TP-3) the province's facilities left to try. */
export interface PlacementFacts {
  destinationName: string;
  destinationClinics: string[];
  sameFacility: boolean;
  scope: ReferralScope;
  /** TP-3: facilities of the origin's province with the clinic that have not declined; empty when TP-3 does not apply. */
  inProvinceCandidates: string[];
}

export interface ReferralMoveFacts {
  action: ReferralAction;
  clinicCode: string;
  temporaryProtection: boolean;
  reason?: string | null;
  completionReport?: string | null;
  /** For `place`. */
  placement: PlacementFacts | null;
}

/** REF-2 and TP-3..5: what a move needs besides being allowed from the current state (the state machine checks that). */
export function checkReferralMove(f: ReferralMoveFacts): UserError[] {
  const errors: UserError[] = [];
  if (f.placement) {
    const destination = ["input", "destinationFacilityId"];
    if (!f.placement.destinationClinics.includes(f.clinicCode))
      errors.push(userError(destination, "NO_CLINIC", `${f.placement.destinationName} has no ${f.clinicCode} clinic.`, "REF-2"));
    if (f.placement.sameFacility) errors.push(userError(destination, "SAME_FACILITY", "A referral goes to another facility.", "REF-2"));
    errors.push(...checkTemporaryProtectionPlacement(f.placement.scope, f.placement.inProvinceCandidates));
  }
  if (f.action === "reject" && !f.reason) errors.push(userError(["input", "reason"], "REQUIRED", "A rejection gives its reason.", "REF-2"));
  if (f.action === "cancel" && !f.reason)
    errors.push(userError(["input", "reason"], "REQUIRED", "A cancellation gives its reason.", "REF-2"));
  if (f.action === "escalate" && !f.temporaryProtection)
    errors.push(
      userError(
        ["input", "action"],
        "NOT_TEMPORARY_PROTECTION",
        "Escalation to the coordination unit is the temporary-protection path.",
        "TP-4",
      ),
    );
  if (f.action === "complete" && f.temporaryProtection && !f.completionReport)
    errors.push(userError(["input", "completionReport"], "REQUIRED", "The receiving facility reports completion to the unit.", "TP-5"));
  return errors;
}
