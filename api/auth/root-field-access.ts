import type { GraphQLObjectType, GraphQLSchema } from "graphql";
import type { Role } from "../../drizzle/schema/index.js";
import { ANY_ROLE } from "./actions.js";
import { actionRule, isActionName, type ActionName } from "./actions-registry.js";
import type { AccessDecision } from "./policy.js";
import type { Principal } from "./principal.js";

/** A root field every authenticated role may call; its service still decides per object. */
export { ANY_ROLE };

const BED_SEARCH_LEVELS = ["EMERGENCY_112", "PROVINCIAL_CRISIS_CENTRE", "NATIONAL_CRISIS_CENTRE"] as const satisfies Role[];
const REIMBURSEMENT_READERS = ["INSURER", "AUDITOR", "EGOV_PORTAL"] as const satisfies Role[];
const CASE_PARTIES = ["PARTNER_HOSPITAL", "COORDINATION_UNIT", "AUDITOR"] as const satisfies Role[];

/**
 * What each root field does, as a named action (api/auth/actions.ts, whose declared roles are the door), or, for a
 * domain not yet moved to named actions, the roles themselves. The door stands in front of the services' per-object
 * checks and is applied before a query runs. Every root field needs an entry: a field without one is refused to
 * everyone, and the authorisation-matrix test (test/api/authorisation-matrix.test.ts) names it.
 */
export const rootFieldActions: Record<string, ActionName | readonly Role[] | typeof ANY_ROLE> = {
  // reference data and the node interface (each node type authorises in its service)
  "Query.node": ANY_ROLE,
  "Query.viewer": ANY_ROLE,
  "Query.nodes": ANY_ROLE,
  "Query.provinces": "province:read",
  "Query.province": "province:read",
  "Query.facilities": "facility:read",
  "Query.facility": "facility:read",
  "Query.facilityByCode": "facility:read",
  "Mutation.createFacility": "facility:create",
  "Mutation.updateFacility": "facility:update",
  "Mutation.reportBedOccupancy": "facility:report-occupancy",
  "Query.freeBeds": "facility:search-free-beds",

  // patients (PAT-3) and the access log
  "Query.patients": "patient:list",
  "Query.patient": "patient:read",
  "Mutation.registerPatient": "patient:register",
  "Mutation.updatePatient": "patient:update",
  "Mutation.addPatientIdentifier": "patient:update",
  "Query.accessLog": ["AUDITOR"],

  // staff accounts (people signing in through the browser at /oidc)
  "Query.staffAccounts": "staff-account:read",
  "Mutation.createStaffAccount": "staff-account:create",
  "Mutation.disableStaffAccount": "staff-account:disable",
  "Query.patientAccessJustifications": "patient-access-justification:read",

  // appointments (MHRS)
  "Query.availableSlots": "slot:read",
  "Query.physicians": "physician:read",
  "Query.appointmentSettings": "appointment-settings:read",
  "Query.appointments": "appointment:read",
  "Query.appointment": "appointment:read",
  "Query.scheduleAdequacy": "schedule:review-adequacy",
  "Mutation.updateAppointmentSettings": "appointment-settings:update",
  "Mutation.registerPhysician": "physician:register",
  "Mutation.publishSchedule": "schedule:publish",
  "Mutation.bookAppointment": "appointment:book",
  "Mutation.cancelAppointment": "appointment:cancel",
  "Mutation.confirmAppointment": "appointment:confirm",
  "Mutation.recordAttendance": "appointment:record-attendance",

  // approval chains
  "Query.approvalTemplates": "approval:read",
  "Query.approvals": "approval:read",
  "Query.approval": "approval:read",
  "Query.approvalStepDurations": "approval:read",
  "Query.approvalTemplateVersions": "approval:read",
  "Query.approvalDepartments": "approval:read",
  "Mutation.createApprovalTemplate": "approval-template:keep",
  "Mutation.reviseApprovalTemplate": "approval-template:keep",
  "Mutation.retireApprovalTemplate": "approval-template:keep",
  "Mutation.assignDepartmentHead": "approval-template:keep",
  "Mutation.startApproval": "approval:prepare",
  "Mutation.resubmitApproval": "approval:prepare",
  "Mutation.decideApprovalStep": "approval:decide",

  // monthly submissions
  "Query.monthlySubmission": ["PROVINCIAL_DIRECTORATE", "COORDINATION_UNIT", "AUDITOR"],
  "Query.monthlySubmissionDueDay": ANY_ROLE,
  "Query.monthlySubmissionSettings": ANY_ROLE,
  "Query.monthlySubmissionPeriod": ["COORDINATION_UNIT"],
  "Query.monthlyConsolidation": ["COORDINATION_UNIT"],
  "Query.monthlyDispatches": ["COORDINATION_UNIT"],
  "Mutation.setMonthlySubmissionDueDay": ["COORDINATION_UNIT"],
  "Mutation.correctMonthlySubmission": ["COORDINATION_UNIT"],
  "Mutation.saveMonthlyDraft": ["PROVINCIAL_DIRECTORATE"],
  "Mutation.submitMonthlySubmission": ["PROVINCIAL_DIRECTORATE"],
  "Mutation.requestSubmissionCorrection": ["COORDINATION_UNIT"],
  "Mutation.acceptMonthlySubmission": ["COORDINATION_UNIT"],
  "Mutation.exportMonthlyConsolidation": ["COORDINATION_UNIT"],
  "Mutation.recordSubmissionDispatch": ["COORDINATION_UNIT"],

  // Kazakhstan
  "Query.employmentEligibility": "kz-eligibility:read",
  "Query.attachmentRequests": "kz-attachment:read-requests",
  "Query.attachment": "kz-person:read",
  "Query.attachmentHistory": "kz-person:read",
  "Query.guaranteedVolume": "kz-person:read",
  "Query.guaranteedDiseases": "kz-disease:read",
  "Mutation.registerInsuranceContract": "kz-contract:register",
  "Mutation.submitAttachmentRequest": "kz-attachment:submit",
  "Mutation.fileAttachmentRequest": "kz-attachment:file",
  "Mutation.decideAttachmentRequest": "kz-attachment:decide",
  "Mutation.recordGuaranteedService": "kz-service:record",

  // referrals and the emergency bed search
  "Query.referrals": "referral:list",
  "Query.referral": "referral:read",
  "Query.openBedSearches": "bed-search:list",
  "Query.bedSearch": "bed-search:read",
  "Query.timeToBedReport": "bed-search:report-time",
  "Mutation.createReferral": "referral:create",
  "Mutation.transitionReferral": "referral:move",
  "Mutation.startBedSearch": "bed-search:start",
  "Mutation.offerBed": "bed-search:act",
  "Mutation.escalateBedSearch": "bed-search:act",
  "Mutation.completeBedTransfer": "bed-search:transfer",

  // health tourism
  "Query.healthTourismCases": "health-tourism-case:list",
  "Query.healthTourismCase": "health-tourism-case:read",
  "Mutation.openHealthTourismCase": "health-tourism-case:open",
  "Mutation.transitionHealthTourismCase": "health-tourism-case:move",

  // SGK reimbursements (REIMB-*): SGK does the work; auditors and the claimant's portal read
  "Query.reimbursementQuote": [...CASE_PARTIES, ...BED_SEARCH_LEVELS, "INSURER", "EGOV_PORTAL"],
  "Query.reimbursementClaim": REIMBURSEMENT_READERS,
  "Query.reimbursementClaims": REIMBURSEMENT_READERS,
  "Query.reimbursementSettings": ANY_ROLE,
  "Query.civilServantCoefficients": ANY_ROLE,
  "Query.regularFareTariffs": ANY_ROLE,
  "Mutation.updateReimbursementSettings": ["INSURER"],
  "Mutation.setCivilServantCoefficient": ["INSURER"],
  "Mutation.setRegularFareTariff": ["INSURER"],
  "Mutation.submitReimbursementClaim": ["INSURER"],
  "Mutation.calculateReimbursementClaim": ["INSURER"],
  "Mutation.approveReimbursementClaim": ["INSURER"],
  "Mutation.rejectReimbursementClaim": ["INSURER"],
  "Mutation.recordReimbursementPayment": ["INSURER"],
  "Query.civilServantCoefficientGaps": ["COORDINATION_UNIT", "INSURER", "AUDITOR"],
  "Query.sgkInsuranceStatus": REIMBURSEMENT_READERS,
  "Mutation.recordSgkInsuranceStatus": ["INSURER"],
  "Query.roadDistance": ANY_ROLE,
  "Mutation.setRoadDistance": ["INSURER"],
  "Mutation.setSettlementArea": ["INSURER"],
  "Query.settlementAreaHistory": ANY_ROLE,

  // public holidays
  "Query.publicHolidays": "public-holiday:read",
  "Mutation.setPublicHolidays": "public-holiday:set",

  // events and webhooks: every client keeps its own subscriptions, the read-only auditor none
  "Query.eventTypes": "event-type:read",
  "Query.webhookSubscriptions": "webhook:read",
  "Query.webhookDeliveries": "webhook:read",
  "Mutation.createWebhookSubscription": "webhook:create",
  "Mutation.updateWebhookSubscription": "webhook:update",
  "Mutation.deleteWebhookSubscription": "webhook:delete",
  "Mutation.redeliverWebhook": "webhook:redeliver",

  // documents registered for trusted-documents-only clients (DOC-1..4): the ministry registers, auditors read
  "Query.registeredDocuments": ["COORDINATION_UNIT", "AUDITOR"],
  "Mutation.registerTrustedDocument": ["COORDINATION_UNIT"],
};

/** Which roles may call each root field at all: its action's declared roles, or the roles written in the table. */
export const rootFieldAccess: Record<string, readonly Role[] | typeof ANY_ROLE> = Object.fromEntries(
  Object.entries(rootFieldActions).map(([field, door]) => [
    field,
    typeof door === "string" && isActionName(door) ? actionRule(door).roles : door,
  ]),
);

/** The named action a root field performs, when its domain declares them. */
export const rootFieldAction = (rootField: string): ActionName | null => {
  const door = rootFieldActions[rootField];
  return typeof door === "string" && isActionName(door) ? door : null;
};

/**
 * The sentence a root field's description ends with, naming the roles its entry above lets in:
 * the published schema is told from the same table that enforces it, so the two cannot disagree.
 */
export function rolesSentence(rootField: string): string {
  const roles = rootFieldAccess[rootField];
  if (!roles) return "Roles: none (no access decision is recorded; every caller is refused).";
  if (roles === ANY_ROLE) return "Roles: any authenticated client (its service still checks each object).";
  return `Roles: ${[...new Set(roles)].join(", ")}.`;
}

/** Appends each query and mutation field's roles sentence to its written description. */
export function describeRootFieldRoles(schema: GraphQLSchema): void {
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => t != null);
  for (const type of roots) {
    for (const field of Object.values(type.getFields())) {
      const sentence = rolesSentence(`${type.name}.${field.name}`);
      field.description = field.description ? `${field.description}\n\n${sentence}` : sentence;
    }
  }
}

/** May this principal call the root field `Type.field` at all? */
export function decideRootField(principal: Principal, rootField: string): AccessDecision {
  const roles = rootFieldAccess[rootField];
  if (!roles) return { allowed: false, reason: `no access decision is recorded for ${rootField}`, rule: null };
  if (roles === ANY_ROLE || roles.includes(principal.role)) return { allowed: true, basis: `ROOT_FIELD:${principal.role}` };
  return { allowed: false, reason: `the role ${principal.role} does not call ${rootField}`, rule: null };
}
