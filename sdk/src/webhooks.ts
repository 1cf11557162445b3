import { Webhook, WebhookVerificationError } from "standardwebhooks";

export { WebhookVerificationError };

/** Every event type Koordinat delivers, `<subject>.<what happened>`. */
export const koordinatEventTypes = [
  "referral.requested",
  "referral.placed",
  "referral.accepted",
  "referral.patient_arrived",
  "referral.completed",
  "referral.rejected",
  "referral.cancelled",
  "referral.escalated",
  "bedSearch.started",
  "bedSearch.escalated",
  "bedSearch.reopened",
  "bedSearch.bed_reserved",
  "bedSearch.closed",
  "bedSearch.cancelled",
  "appointment.booked",
  "appointment.cancelled",
  "appointment.auto_cancelled",
  "appointment.attended",
  "appointment.no_show",
  "appointment.confirmed",
  "healthTourismCase.inquiry_received",
  "healthTourismCase.epicrisis_requested",
  "healthTourismCase.epicrisis_received",
  "healthTourismCase.forwarded_to_facility",
  "healthTourismCase.appointment_scheduled",
  "healthTourismCase.patient_informed",
  "healthTourismCase.accepted",
  "healthTourismCase.declined",
  "healthTourismCase.facility_notified",
  "healthTourismCase.arrived",
  "healthTourismCase.in_treatment",
  "healthTourismCase.reports_delivered",
  "healthTourismCase.completed",
  "healthTourismCase.cancelled",
  "approval.submitted",
  "approval.resubmitted",
  "approval.step_approved",
  "approval.step_signed",
  "approval.step_completed",
  "approval.approved",
  "approval.rejected",
  "approval.returned",
  "monthlySubmission.submitted",
  "monthlySubmission.correction_requested",
  "monthlySubmission.resubmitted",
  "monthlySubmission.accepted",
  "monthlySubmission.overdue",
  "monthlySubmission.corrected",
  "attachmentRequest.submitted",
  "attachmentRequest.filed",
  "attachmentRequest.attached",
  "attachmentRequest.refused",
  "attachmentRequest.overdue",
  "insuranceContract.expiring",
  "reimbursementClaim.submitted",
  "reimbursementClaim.calculated",
  "reimbursementClaim.approved",
  "reimbursementClaim.paid",
  "reimbursementClaim.rejected",
  "patient.access_justified",
  "facility.schedule_inadequate",
] as const;

export type KoordinatEventType = (typeof koordinatEventTypes)[number];
export type KoordinatEventSubject = KoordinatEventType extends `${infer S}.${string}` ? S : never;

/** What every transition carries; personal data never: read the subject through the API for it. */
export interface TransitionData {
  action: string;
  /** null for the event that created the subject. */
  fromStatus: string | null;
  toStatus: string;
  /** The subject's version after the change (send it as expectedVersion). */
  version: number;
  /** The role of the client that made the change; null for the server's own jobs (APPT-9). */
  actorRole: string | null;
  /** The person signed in through the client who made the change (staff sign-in); null for a machine client or a job. */
  actorPerson?: { id: string; username: string; displayName: string } | null;
}

export interface EventDataBySubject {
  referral: TransitionData & { urgency: string; originFacilityId: string; destinationFacilityId: string | null };
  bedSearch: TransitionData & {
    level: string;
    bedType: string;
    provinceCode: string;
    referralId: string;
    reservedFacilityId: string | null;
  };
  appointment: TransitionData & { facilityId: string; clinicCode: string; startsAt: string; channel: string };
  healthTourismCase: TransitionData & { programme: string; facilityId: string | null };
  approval: TransitionData & { templateCode: string; revision: number; stepIndex: number | null; stepKind: string | null };
  /**
   * `corrected` (MDS-7): the coordination unit corrected the rows itself, with its reason; the status stays.
   * `overdue` (MDS-4): the period is past its due day and not handed in; the subject is the province while it has no
   * submission for the period.
   */
  monthlySubmission:
    | (TransitionData & { period: string; provinceCode: string; revision: number; reason?: string; rule?: "MDS-7" })
    | {
        action: "overdue";
        period: string;
        provinceCode: string;
        status: string;
        dueOn: string;
        submissionId: string | null;
        version: number | null;
        rule: "MDS-4";
        actorRole: null;
      };
  /** `attachmentRequest.overdue` (KZ-7) carries the request's unchanged status instead of a transition. */
  attachmentRequest:
    | (TransitionData & { organisationCode: string; channel: string; decisionDueAt: string; contractId: string })
    | {
        action: "overdue";
        status: string;
        version: number;
        organisationCode: string;
        channel: string;
        decisionDueAt: string;
        contractId: string;
        rule: "KZ-7";
      };
  /** KZ-15: the contract ends soon; what lapses with it (the attachment, KZ-9; employment eligibility, KZ-3). */
  insuranceContract: {
    action: "expiryWarning";
    kind: string;
    insurerCode: string;
    endsOn: string;
    lapsesOn: string;
    attachmentLapses: boolean;
    attachedOrganisationCode: string | null;
    employmentEligibilityLapses: boolean;
    rules: string[];
  };
  /** Amounts in kuruş; null until calculated. PAID carries the PTT reference, REJECTED the failing rule IDs. */
  reimbursementClaim: TransitionData & {
    referralId: string;
    totalMinor: number | null;
    currency: "TRY";
    paymentReference: string | null;
    rejectionRules: string[];
  };
  /** PAT-3: a hospital gave itself access to the patient with a stated reason (read it through patientAccessJustifications). */
  patient: { facilityId: string; grantedThrough: string; justificationId: string; actorRole: string | null };
  /** APPT-7: the weekly review found the facility short of schedules or capacity for the week starting `weekStart`. */
  facility: {
    action: "scheduleAdequacyReview";
    weekStart: string;
    reasons: ("MISSING_SCHEDULES" | "LOW_CAPACITY")[];
    physicianCount: number;
    physiciansWithoutSchedule: string[];
    capacity: number;
    requiredCapacity: number;
    rule: "APPT-7";
  };
}

const subjectTypeNames = {
  referral: "Referral",
  bedSearch: "BedSearch",
  appointment: "Appointment",
  healthTourismCase: "HealthTourismCase",
  approval: "Approval",
  monthlySubmission: "MonthlySubmission",
  attachmentRequest: "AttachmentRequest",
  insuranceContract: "InsuranceContract",
  reimbursementClaim: "ReimbursementClaim",
  patient: "Patient",
  facility: "Facility",
} as const satisfies Record<KoordinatEventSubject, string>;

type SubjectOf<T extends KoordinatEventType> = T extends `${infer S extends KoordinatEventSubject}.${string}` ? S : never;

/** A delivered event; narrow on `type` for its `data`. */
export type KoordinatEvent<T extends KoordinatEventType = KoordinatEventType> = {
  [K in T]: {
    /** The event id (also `webhook-id`): the same on every retry, so deduplicate on it. */
    id: string;
    type: K;
    occurredAt: string;
    /** The changed object: its GraphQL type and global ID, for `node(id:)` or the type's query. */
    subject: {
      type: K extends "monthlySubmission.overdue" ? "MonthlySubmission" | "Province" : (typeof subjectTypeNames)[SubjectOf<K>];
      id: string;
    };
    data: EventDataBySubject[SubjectOf<K>];
  };
}[T];

/** Header values as Node (IncomingHttpHeaders), fetch (Headers) or a plain object give them. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/**
 * Checks a delivery's signature (Standard Webhooks: HMAC-SHA256 over `id.timestamp.body` with the
 * subscription's secret) and its timestamp (within 5 minutes either way, the window the
 * standardwebhooks library enforces), and returns the typed event. Pass the body exactly as received
 * (before any JSON parsing). Throws WebhookVerificationError when the delivery is not authentic or
 * too old, or the secret is empty or not a whsec_ base64 secret: answer it with 400.
 */
export function verifyWebhook(headers: WebhookHeaders, body: string | Uint8Array, secret: string): KoordinatEvent {
  const plain: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, value] of entries) if (value !== undefined) plain[name.toLowerCase()] = Array.isArray(value) ? value[0] : value;
  return webhookOf(secret).verify(typeof body === "string" ? body : new TextDecoder().decode(body), plain) as KoordinatEvent;
}

function webhookOf(secret: string): Webhook {
  try {
    return new Webhook(secret);
  } catch (error) {
    throw new WebhookVerificationError(`Invalid webhook secret: ${(error as Error).message}`);
  }
}
