import type { ReferralRow } from "../../../drizzle/schema/index.js";
import type { Explained, ReferenceFacts, ReferralFacts, SgkConditionLists } from "./facts.js";
import { isEmergency, listedCondition, note } from "./wording.js";

const FULL_DISTANCE_GROUNDS: ReadonlySet<ReferralRow["medicalGrounds"]> = new Set(["ORGAN_TISSUE_TRANSPLANT", "CANCER", "LIMB_TRANSPLANT"]);

/**
 * REIMB-13: the road factor turning a great-circle distance into an estimated road distance: the median ratio of
 * the 803 published road distances to the great-circle distances between the same areas' reference points
 * (10th percentile 1.25, 90th 1.68; docs/domain/sgk.md).
 */
export const ESTIMATED_ROAD_FACTOR = 1.42;
const EARTH_RADIUS_KM = 6371.0088;

/** The great-circle (haversine) distance between two points, in km. */
export function greatCircleKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** REIMB-13: the estimated road distance between two different settlement areas, whole km, at least 1. */
export const estimatedRoadKm = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
  Math.max(1, Math.round(greatCircleKm(a, b) * ESTIMATED_ROAD_FACTOR));

/**
 * REIMB-4: the cases in which the full distance to the actual destination is paid. An emergency counts only when
 * SGK lists its condition ("bazı acil haller", seed 003), not every emergency.
 */
export function fullDistanceGrounds(referral: ReferralFacts, conditions: SgkConditionLists): Explained | null {
  if (referral.origin.level === 3)
    return note(["REIMB-4"], "sevk üçüncü basamak bir sağlık kuruluşunca yapıldığı için", "the referral was issued by a level-3 facility");
  const listedEmergency = isEmergency(referral) && listedCondition(referral.diagnosisIcd10, conditions.emergencyFullDistance);
  if (FULL_DISTANCE_GROUNDS.has(referral.medicalGrounds) || listedEmergency) {
    const grounds = FULL_DISTANCE_GROUNDS.has(referral.medicalGrounds) ? referral.medicalGrounds : "EMERGENCY";
    const tr: Record<string, string> = {
      ORGAN_TISSUE_TRANSPLANT: "organ veya doku nakli için yapıldığı için",
      CANCER: "kanser tedavisi veya kontrolü için yapıldığı için",
      LIMB_TRANSPLANT: "uzuv nakli için yapıldığı için",
      EMERGENCY: `SGK'nın saydığı acil hallerden biri (${referral.diagnosisIcd10}) için yapıldığı için`,
    };
    const en: Record<string, string> = {
      ORGAN_TISSUE_TRANSPLANT: "the referral is for an organ or tissue transplant",
      CANCER: "the referral is for cancer treatment or follow-up",
      LIMB_TRANSPLANT: "the referral is for a limb transplant",
      EMERGENCY: `the referral is for one of the emergencies SGK lists (${referral.diagnosisIcd10})`,
    };
    return note(["REIMB-4"], `sevk ${tr[grounds]}`, en[grounds]);
  }
  if (referral.medicalGrounds === "OCCUPATIONAL_DISEASE" && referral.origin.kind === "OCCUPATIONAL_DISEASE_HOSPITAL")
    return note(
      ["REIMB-4"],
      "sevk meslek hastalığı nedeniyle meslek hastanesinden yapıldığı için",
      "the occupational-disease referral came from an occupational-disease hospital",
    );
  return null;
}

/** REIMB-3 / REIMB-4: the facility and one-way distance travel is paid for. */
export function travelDistance(referral: ReferralFacts, reference: Pick<ReferenceFacts, "actual" | "nearestTertiary" | "conditions">) {
  const fullDistance = fullDistanceGrounds(referral, reference.conditions);
  const nearest = reference.nearestTertiary;
  const capped = !fullDistance && nearest !== null && nearest.distance.km < reference.actual.km;
  const paid = capped ? nearest.distance : reference.actual;
  return {
    fullDistance,
    capped,
    paidTo: capped ? nearest.facility : referral.destination,
    paidKm: paid.km,
    paidEstimated: paid.estimated,
  };
}
