import { addDays } from "../../platform/time/clock.js";
import type { Explained, Transport, TripFacts } from "./facts.js";
import { NON_REGULAR, note, transportEn, transportTr } from "./wording.js";

/**
 * REIMB-15: the trip a pre-referral check prices: leave and apply on the referral day, come back the next day, by the
 * authorised transport with no tickets or reports yet, the companion recorded when the referral states one necessary.
 * It is the least the referral is worth; each outpatient day at the referred place adds one daily rate.
 */
export function nominalTrip(referralDate: string, transport: Transport, companionRequired: boolean): TripFacts {
  return {
    applicationDate: referralDate,
    departureDate: referralDate,
    returnDate: addDays(referralDate, 1),
    transport,
    tickets: [],
    healthBoardReport: null,
    emergencyTransportDocument: null,
    outpatientDays: [],
    inpatientDays: [],
    sickLeaveDays: [],
    sameDayDischarge: false,
    onwardReferrals: [],
    companion: companionRequired ? { recordedOnReferral: true, transport: null } : null,
  };
}

/** REIMB-15: what the referral document carries that SGK looks at, and what it means for the payment. */
export function documentNotes(facts: { companionRequired: boolean; authorisedTransport: Transport }): Explained[] {
  const notes: Explained[] = [];
  notes.push(
    facts.companionRequired
      ? note(
          ["REIMB-9"],
          "Refakatçinin tıbben gerekli olduğu sevkte belirtildi; refakatçiye ödeme için sevk belgesine refakatçi eşliğinde gelindiği/kalındığı da yazılmalı.",
          "The referral states a companion is medically necessary; for the companion to be paid, the referral document must also record that the patient came or stayed with one.",
        )
      : note(
          ["REIMB-9"],
          "Sevkte refakatçinin tıbben gerekli olduğu belirtilmedi: refakatçiye yol ve gündelik ödenmez.",
          "The referral does not state a companion is medically necessary: a companion is paid neither travel nor daily allowance.",
        ),
  );
  if (NON_REGULAR.has(facts.authorisedTransport))
    notes.push(
      note(
        ["REIMB-6"],
        `${transportTr[facts.authorisedTransport]} için hastalığı, mutat taşıtla seyahat edilememe sebebini ve aracı belirten sağlık kurulu raporu (ya da acil halde hekimin imzalı belgesi) ve fatura/bilet gerekir; yoksa mutat taşıt ücreti ödenir.`,
        `A ${transportEn[facts.authorisedTransport]} is paid only with a health board report stating the disease, why regular transport is impossible and the vehicle (or, in an emergency, the physician's signed document) and the invoice or ticket; otherwise the regular fare is paid.`,
      ),
    );
  return notes;
}
