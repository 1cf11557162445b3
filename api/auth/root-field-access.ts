import type { GraphQLObjectType, GraphQLSchema } from "graphql";
import { role, type Role } from "../../drizzle/schema/index.js";
import type { AccessDecision } from "./policy.js";
import type { Principal } from "./principal.js";

/** A root field every authenticated role may call; its service still decides per object. */
export const ANY_ROLE = "ANY_ROLE";

const NATIONAL_STAFF = ["COORDINATION_UNIT", "DEPARTMENT_HEAD", "DEPUTY_GENERAL_DIRECTOR", "GENERAL_DIRECTOR"] as const satisfies Role[];
const APPROVAL_READERS = [...NATIONAL_STAFF, "AUDITOR"] as const satisfies Role[];
const APPOINTMENT_PARTIES = ["PARTNER_HOSPITAL", "COORDINATION_UNIT", "EGOV_PORTAL"] as const satisfies Role[];
const PATIENT_READERS = ["PARTNER_HOSPITAL", "COORDINATION_UNIT", "EGOV_PORTAL", "AUDITOR"] as const satisfies Role[];
const BED_SEARCH_LEVELS = ["EMERGENCY_112", "PROVINCIAL_CRISIS_CENTRE", "NATIONAL_CRISIS_CENTRE"] as const satisfies Role[];
const KZ_PERSON_READERS = ["PHC_ORGANISATION", "INSURER", "COORDINATION_UNIT", "EGOV_PORTAL", "AUDITOR"] as const satisfies Role[];
const REIMBURSEMENT_READERS = ["INSURER", "AUDITOR", "EGOV_PORTAL"] as const satisfies Role[];
/** Every role that may change anything: all but the read-only auditor. */
const WRITING_ROLES = role.enumValues.filter((r) => r !== "AUDITOR");
const CASE_PARTIES = ["PARTNER_HOSPITAL", "COORDINATION_UNIT", "AUDITOR"] as const satisfies Role[];

/**
 * Which roles may call each root field at all: the door in front of the services' per-object
 * checks, applied before a query runs. Every root field needs an entry: a field without one is
 * refused to everyone, and the authorisation-matrix test (test/api/authorisation-matrix.test.ts)
 * names it. Keep each entry in step with the service's own role checks.
 */
export const rootFieldAccess: Record<string, readonly Role[] | typeof ANY_ROLE> = {
  // reference data and the node interface (each node type authorises in its service)
  "Query.node": ANY_ROLE,
  "Query.viewer": ANY_ROLE,
  "Query.nodes": ANY_ROLE,
  "Query.provinces": ANY_ROLE,
  "Query.province": ANY_ROLE,
  "Query.facilities": ANY_ROLE,
  "Query.facility": ANY_ROLE,
  "Query.facilityByCode": ANY_ROLE,
  "Mutation.createFacility": ["COORDINATION_UNIT", "PROVINCIAL_DIRECTORATE"],
  "Mutation.updateFacility": ["COORDINATION_UNIT", "PROVINCIAL_DIRECTORATE", "PARTNER_HOSPITAL"],
  "Mutation.reportBedOccupancy": ["PARTNER_HOSPITAL", "COORDINATION_UNIT"],
  "Query.freeBeds": ["COORDINATION_UNIT", "AUDITOR", ...BED_SEARCH_LEVELS],

  // patients (PAT-3) and the access log
  "Query.patients": PATIENT_READERS,
  "Query.patient": PATIENT_READERS,
  "Mutation.registerPatient": ["COORDINATION_UNIT", "PARTNER_HOSPITAL"],
  "Mutation.updatePatient": ["COORDINATION_UNIT", "PARTNER_HOSPITAL"],
  "Mutation.addPatientIdentifier": ["COORDINATION_UNIT", "PARTNER_HOSPITAL"],
  "Query.accessLog": ["AUDITOR"],
  "Query.patientAccessJustifications": ["COORDINATION_UNIT", "AUDITOR"],

  // appointments (MHRS)
  "Query.availableSlots": ANY_ROLE,
  "Query.physicians": ANY_ROLE,
  "Query.appointmentSettings": ANY_ROLE,
  "Query.appointments": [...APPOINTMENT_PARTIES, "AUDITOR"],
  "Query.appointment": [...APPOINTMENT_PARTIES, "AUDITOR"],
  "Query.scheduleAdequacy": ["PROVINCIAL_DIRECTORATE", "COORDINATION_UNIT", "AUDITOR"],
  "Mutation.updateAppointmentSettings": ["COORDINATION_UNIT"],
  "Mutation.registerPhysician": ["PARTNER_HOSPITAL", "COORDINATION_UNIT"],
  "Mutation.publishSchedule": ["PARTNER_HOSPITAL", "COORDINATION_UNIT"],
  "Mutation.bookAppointment": APPOINTMENT_PARTIES,
  "Mutation.cancelAppointment": APPOINTMENT_PARTIES,
  "Mutation.confirmAppointment": APPOINTMENT_PARTIES,
  "Mutation.recordAttendance": ["PARTNER_HOSPITAL"],

  // approval chains
  "Query.approvalTemplates": APPROVAL_READERS,
  "Query.approvals": APPROVAL_READERS,
  "Query.approval": APPROVAL_READERS,
  "Query.approvalStepDurations": APPROVAL_READERS,
  "Query.approvalTemplateVersions": APPROVAL_READERS,
  "Query.approvalDepartments": APPROVAL_READERS,
  "Mutation.createApprovalTemplate": ["COORDINATION_UNIT"],
  "Mutation.reviseApprovalTemplate": ["COORDINATION_UNIT"],
  "Mutation.retireApprovalTemplate": ["COORDINATION_UNIT"],
  "Mutation.assignDepartmentHead": ["COORDINATION_UNIT"],
  "Mutation.startApproval": ["COORDINATION_UNIT"],
  "Mutation.resubmitApproval": ["COORDINATION_UNIT"],
  "Mutation.decideApprovalStep": NATIONAL_STAFF,

  // monthly submissions
  "Query.monthlySubmission": ["PROVINCIAL_DIRECTORATE", "COORDINATION_UNIT", "AUDITOR"],
  "Query.monthlySubmissionDueDay": ANY_ROLE,
  "Query.monthlySubmissionPeriod": ["COORDINATION_UNIT"],
  "Query.monthlyConsolidation": ["COORDINATION_UNIT"],
  "Query.monthlyDispatches": ["COORDINATION_UNIT"],
  "Mutation.setMonthlySubmissionDueDay": ["COORDINATION_UNIT"],
  "Mutation.saveMonthlyDraft": ["PROVINCIAL_DIRECTORATE"],
  "Mutation.submitMonthlySubmission": ["PROVINCIAL_DIRECTORATE"],
  "Mutation.requestSubmissionCorrection": ["COORDINATION_UNIT"],
  "Mutation.acceptMonthlySubmission": ["COORDINATION_UNIT"],
  "Mutation.exportMonthlyConsolidation": ["COORDINATION_UNIT"],
  "Mutation.recordSubmissionDispatch": ["COORDINATION_UNIT"],

  // Kazakhstan
  "Query.employmentEligibility": ["INSURER", "PHC_ORGANISATION", "AUDITOR", "EGOV_PORTAL"],
  "Query.attachmentRequests": ["PHC_ORGANISATION", "AUDITOR"],
  "Query.attachment": KZ_PERSON_READERS,
  "Query.attachmentHistory": KZ_PERSON_READERS,
  "Query.guaranteedVolume": KZ_PERSON_READERS,
  "Query.guaranteedDiseases": ANY_ROLE,
  "Mutation.registerInsuranceContract": ["INSURER"],
  "Mutation.submitAttachmentRequest": ["EGOV_PORTAL", "PHC_ORGANISATION"],
  "Mutation.fileAttachmentRequest": ["PHC_ORGANISATION"],
  "Mutation.decideAttachmentRequest": ["PHC_ORGANISATION"],
  "Mutation.recordGuaranteedService": ["PHC_ORGANISATION"],

  // referrals and the emergency bed search
  "Query.referrals": CASE_PARTIES,
  "Query.referral": [...CASE_PARTIES, ...BED_SEARCH_LEVELS],
  "Query.openBedSearches": ["COORDINATION_UNIT", "AUDITOR", ...BED_SEARCH_LEVELS],
  "Query.bedSearch": [...CASE_PARTIES, ...BED_SEARCH_LEVELS],
  "Query.timeToBedReport": ["COORDINATION_UNIT", "AUDITOR", "NATIONAL_CRISIS_CENTRE"],
  "Mutation.createReferral": ["PARTNER_HOSPITAL", "COORDINATION_UNIT"],
  "Mutation.transitionReferral": ["PARTNER_HOSPITAL", "COORDINATION_UNIT"],
  "Mutation.startBedSearch": ["PARTNER_HOSPITAL", "COORDINATION_UNIT"],
  "Mutation.offerBed": BED_SEARCH_LEVELS,
  "Mutation.escalateBedSearch": BED_SEARCH_LEVELS,
  "Mutation.completeBedTransfer": ["EMERGENCY_112"],

  // health tourism
  "Query.healthTourismCases": CASE_PARTIES,
  "Query.healthTourismCase": CASE_PARTIES,
  "Mutation.openHealthTourismCase": ["COORDINATION_UNIT"],
  "Mutation.transitionHealthTourismCase": ["PARTNER_HOSPITAL", "COORDINATION_UNIT"],

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
  "Query.publicHolidays": ANY_ROLE,
  "Mutation.setPublicHolidays": ["COORDINATION_UNIT"],

  // events and webhooks: every client keeps its own subscriptions, the read-only auditor none
  "Query.eventTypes": ANY_ROLE,
  "Query.webhookSubscriptions": ANY_ROLE,
  "Query.webhookDeliveries": ANY_ROLE,
  "Mutation.createWebhookSubscription": WRITING_ROLES,
  "Mutation.updateWebhookSubscription": WRITING_ROLES,
  "Mutation.deleteWebhookSubscription": WRITING_ROLES,
  "Mutation.redeliverWebhook": WRITING_ROLES,

  // documents registered for trusted-documents-only clients (DOC-1..4): the ministry registers, auditors read
  "Query.registeredDocuments": ["COORDINATION_UNIT", "AUDITOR"],
  "Mutation.registerTrustedDocument": ["COORDINATION_UNIT"],
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
