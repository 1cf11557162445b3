import { and, eq, isNull } from "drizzle-orm";
import type { Transaction } from "../../drizzle/database.js";
import { patientCareLinks } from "../../drizzle/schema/index.js";

/** PAT-3: a facility (or, with null, every facility) stops reading the patient through this referral. */
export async function endReferralLinks(tx: Transaction, referralId: string, facilityId: string | null, now: Date) {
  await tx
    .update(patientCareLinks)
    .set({ endedAt: now })
    .where(
      and(
        eq(patientCareLinks.source, "REFERRAL"),
        eq(patientCareLinks.sourceId, referralId),
        isNull(patientCareLinks.endedAt),
        facilityId ? eq(patientCareLinks.facilityId, facilityId) : undefined,
      ),
    );
}
