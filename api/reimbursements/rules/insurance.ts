import type { SgkInsuranceFactRow } from "../../../drizzle/schema/index.js";
import { userError, type UserError } from "../../platform/conventions/errors.js";
import type { Explained } from "./facts.js";

export interface InsuranceStatus {
  patientId: string;
  on: string;
  /** null: SGK has recorded nothing in force on that day. */
  insured: boolean | null;
  fact: SgkInsuranceFactRow | null;
  /** The number of recorded facts: the next recording names it as expectedVersion. */
  version: number;
  history: SgkInsuranceFactRow[];
}

/** REIMB-12: the fact with the latest effectiveFrom on or before the day decides; on a tie, the later recorded. */
export function insuranceStatusOn(patientId: string, history: SgkInsuranceFactRow[], on: string): InsuranceStatus {
  const inForce = history
    .filter((f) => f.effectiveFrom <= on)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.sequence - b.sequence)
    .at(-1);
  return { patientId, on, insured: inForce?.insured ?? null, fact: inForce ?? null, version: history.length, history };
}

/** REIMB-12: insurance is SGK's own dated fact on the referral day, not a guess from the patient's category. */
export function insuranceRefusal(insurance: InsuranceStatus, field: string[]): UserError[] {
  if (insurance.insured === true) return [];
  return [
    userError(
      field,
      "NOT_SGK_INSURED",
      insurance.fact
        ? `SGK recorded the patient as not insured from ${insurance.fact.effectiveFrom} (${insurance.fact.reference}); travel and daily allowance need insurance on the referral day.`
        : "SGK has recorded no insurance status for the patient on the referral day: record it (recordSgkInsuranceStatus) first.",
      "REIMB-12",
    ),
  ];
}

/** REIMB-12: SGK gives its reference for every fact it records. */
export const checkInsuranceRecord = (input: { reference: string }): UserError[] =>
  input.reference.trim().length === 0
    ? [userError(["input", "reference"], "REFERENCE_REQUIRED", "Give SGK's reference for the status.", "REIMB-12")]
    : [];

/** REIMB-12 / REIMB-15: the insurance on the referral day, as the pre-referral check explains it. */
export function insuranceExplanation(status: InsuranceStatus): Explained {
  const rules = ["REIMB-12"];
  if (status.insured === true)
    return {
      rules,
      explanationTr: `Hasta ${status.fact!.effectiveFrom} tarihinden beri SGK sigortalısı.`,
      explanationEn: `The patient is SGK-insured since ${status.fact!.effectiveFrom}.`,
    };
  if (status.insured === false)
    return {
      rules,
      explanationTr: `SGK hastayı ${status.fact!.effectiveFrom} tarihinden beri sigortasız kaydetti: yol ve gündelik ödenmez.`,
      explanationEn: `SGK recorded the patient as not insured from ${status.fact!.effectiveFrom}: no travel or daily allowance is paid.`,
    };
  return {
    rules,
    explanationTr: "SGK hastanın sigortalılık durumunu kaydetmedi: ödeme, SGK'nın sigortalılığı kaydetmesine bağlı.",
    explanationEn: "SGK has not recorded the patient's insurance status: payment depends on SGK recording the patient as insured.",
  };
}
