import type { ReferralRow, ReferralStatus } from "../../drizzle/schema/index.js";
import { audienceOf } from "../auth/authorise.js";
import { statusEvent } from "../events/catalogue.js";
import type { NewEvent } from "../events/outbox.js";
import { toGlobalId } from "../platform/conventions/global-id.js";

export const facilityGlobalId = (id: string | null) => (id ? toGlobalId("Facility", id) : null);

/** A referral's transition as an event for its parties (REF-2), and the centres of its bed search (ER-6). */
export function referralEvent(referral: ReferralRow, fromStatus: ReferralStatus | null, action: string, searchProvince?: string): NewEvent {
  return {
    type: fromStatus === null ? "referral.requested" : statusEvent("referral", referral.status),
    subject: { kind: "referral", id: referral.id },
    data: {
      action,
      fromStatus,
      toStatus: referral.status,
      version: referral.version,
      urgency: referral.urgency,
      originFacilityId: facilityGlobalId(referral.originFacilityId),
      destinationFacilityId: facilityGlobalId(referral.destinationFacilityId),
    },
    audience: audienceOf("referral:read", { ...referral, searchProvince }),
  };
}
