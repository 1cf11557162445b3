import type { Ineligibility, ReferralFacts, SgkConditionLists, TripFacts } from "./facts.js";
import { listedCondition, note } from "./wording.js";

/** REIMB-1, REIMB-2, REIMB-10: whether travel and daily allowance are payable at all. */
export function checkEligibility(
  referral: ReferralFacts,
  trip: Pick<TripFacts, "applicationDate">,
  application: { deadline: string; businessDays: number },
  conditions: SgkConditionLists,
): Ineligibility[] {
  const refusals: Ineligibility[] = [];
  if (referral.origin.settlementAreaCode === referral.destination.settlementAreaCode)
    refusals.push({
      rule: "REIMB-1",
      code: "WITHIN_SETTLEMENT_AREA",
      ...note(
        ["REIMB-1"],
        `${referral.destination.name}, ilk başvurulan ${referral.origin.name} ile aynı yerleşim yerinde; yerleşim yeri dışına sevk yok.`,
        `${referral.destination.name} lies in the settlement area of ${referral.origin.name}, the facility first applied to: no referral outside it.`,
      ),
    });
  // "istisnaları hariç" (seed 003): a level-1 referral for a condition SGK lists as an exception is paid.
  if (referral.origin.level === 1 && !listedCondition(referral.diagnosisIcd10, conditions.primaryCareExceptions))
    refusals.push({
      rule: "REIMB-2",
      code: "REFERRED_BY_LEVEL_1",
      ...note(
        ["REIMB-2"],
        `Sevk birinci basamak bir sağlık kuruluşunca (${referral.origin.name}) yapılmış ve tanı SGK'nın istisnalarından değil; yol gideri ve gündelik ödenmez.`,
        `The referral was issued by a level-1 facility (${referral.origin.name}) for a condition that is not one of SGK's exceptions; travel and daily allowance are not paid.`,
      ),
    });
  const { deadline, businessDays } = application;
  if (trip.applicationDate > deadline)
    refusals.push({
      rule: "REIMB-10",
      code: "LATE_APPLICATION",
      ...note(
        ["REIMB-10"],
        `Sevk edilen kuruma ${trip.applicationDate} tarihinde başvurulmuş; sevk günü dahil ${businessDays} iş günü ${deadline} tarihinde doldu.`,
        `The patient applied to the referred facility on ${trip.applicationDate}; the ${businessDays} business days from the referral day (included) ended on ${deadline}.`,
      ),
    });
  return refusals;
}
