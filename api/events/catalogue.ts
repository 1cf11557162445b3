import {
  appointmentStatus,
  htStatus,
  kzRequestStatus,
  referralStatus,
  reimbursementClaimStatus,
  searchStatus,
  submissionStatus,
} from "../../drizzle/schema/index.js";

/**
 * Every event type there is: `<subject>.<what happened>`, lower case with underscores, mostly the
 * state the transition led to (`referral.accepted`, `monthlySubmission.correction_requested`).
 * Subscriptions name exact types or a subject's every type (`referral.*`).
 */
const lower = <T extends string>(values: readonly T[]) => values.map((v) => v.toLowerCase() as Lowercase<T>);

export const eventCatalogue = {
  referral: ["requested", ...lower(referralStatus.enumValues.filter((s) => s !== "REQUESTED"))],
  bedSearch: ["started", "escalated", "reopened", ...lower(searchStatus.enumValues.filter((s) => s !== "SEARCHING"))],
  appointment: [...lower(appointmentStatus.enumValues), "confirmed"],
  healthTourismCase: lower(htStatus.enumValues),
  approval: ["submitted", "resubmitted", "step_approved", "step_signed", "step_completed", "approved", "rejected", "returned"],
  /** `overdue` (MDS-4) has the province as its subject while it has no submission for the period yet. */
  monthlySubmission: [...lower(submissionStatus.enumValues.filter((s) => s !== "DRAFT")), "overdue", "corrected"],
  attachmentRequest: [...lower(kzRequestStatus.enumValues), "overdue"],
  insuranceContract: ["expiring"],
  reimbursementClaim: lower(reimbursementClaimStatus.enumValues),
  /** A hospital gave itself access to a patient with a stated reason (PAT-3); for the coordination unit and auditors. */
  patient: ["access_justified"],
  /** Only as the subject of another subject's event (a province's overdue monthly submission): no types of its own. */
  province: [],
  /** APPT-7's weekly review found the facility short of schedules or capacity for the coming week (#23 item 7). */
  facility: ["schedule_inadequate"],
  /** REIMB-14: a half-year without a coefficient, announced once (subject id: the half-year's first day). */
  civilServantCoefficient: ["missing"],
} as const;

export type EventSubject = keyof typeof eventCatalogue;
export type EventType = { [S in EventSubject]: `${S}.${(typeof eventCatalogue)[S][number]}` }[EventSubject];

/** The GraphQL type of each subject, for its global ID. */
export const subjectTypeNames: Record<EventSubject, string> = {
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
  province: "Province",
  facility: "Facility",
  civilServantCoefficient: "CivilServantCoefficient",
};

export const allEventTypes: string[] = Object.entries(eventCatalogue).flatMap(([subject, names]) => names.map((n) => `${subject}.${n}`));

/** The event type of a transition into `status` (`referral`, `ACCEPTED` → `referral.accepted`). */
export const statusEvent = <S extends EventSubject>(subject: S, status: string) => `${subject}.${status.toLowerCase()}` as EventType;

/** Whether a subscription's pattern (`referral.accepted` or `referral.*`) covers an event type. */
export const coversEventType = (pattern: string, type: string) =>
  pattern === type || (pattern.endsWith(".*") && type.startsWith(pattern.slice(0, -1)));

/** A pattern names a catalogued type or a catalogued subject's every type. */
export const isKnownEventPattern = (pattern: string) =>
  allEventTypes.includes(pattern) || allEventTypes.some((type) => pattern.endsWith(".*") && type.startsWith(pattern.slice(0, -1)));
