import type { Transaction } from "../../drizzle/database.js";
import { endCareLinks } from "../patients/care-links.js";

/** PAT-3: a facility (or, with null, every facility) stops reading the patient through this referral. */
export async function endReferralLinks(tx: Transaction, referralId: string, facilityId: string | null, now: Date) {
  await endCareLinks(tx, { source: "REFERRAL", sourceIds: [referralId], facilityId }, now);
}
