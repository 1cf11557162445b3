import type { CareLinkSource, KzRequestRow, Role } from "../../drizzle/schema/index.js";
import { personKey, type Principal } from "./principal.js";

/**
 * Authorisation decisions as pure functions of the principal and the facts a service gathered.
 * Services call them before every read or write of an object; a denial names the rule.
 */
export type AccessDecision = { allowed: true; basis: string } | { allowed: false; reason: string; rule: string | null };

export const allow = (basis: string): AccessDecision => ({ allowed: true, basis });
export const deny = (reason: string, rule: string | null = null): AccessDecision => ({ allowed: false, reason, rule });

/** Roles that read every patient: the coordination unit works nationally, the auditor reads everything. */
const nationalPatientReaders: ReadonlySet<Role> = new Set(["COORDINATION_UNIT", "AUDITOR"]);

export interface ActiveCareLink {
  facilityId: string;
  source: CareLinkSource;
  sourceId: string;
}

export interface PatientAccessFacts {
  /** The patient's identifiers as `KIND:VALUE`. */
  identifiers: string[];
  activeCareLinks: ActiveCareLink[];
}

/** Which PAT-3 facts decide for this principal: a portal's by identifiers, a hospital's by care links, national roles' by neither. */
export function patientFactsNeeded(principal: Principal): { identifiers: boolean; activeCareLinks: boolean } {
  return { identifiers: principal.role === "EGOV_PORTAL", activeCareLinks: principal.role === "PARTNER_HOSPITAL" };
}

/** PAT-3: a hospital reads a patient only while a referral, case or appointment links them. */
export function decidePatientRead(principal: Principal, facts: PatientAccessFacts): AccessDecision {
  if (nationalPatientReaders.has(principal.role)) return allow("NATIONAL_SCOPE");
  const { scope } = principal;
  if (principal.role === "EGOV_PORTAL" && scope.kind === "PERSON") {
    return facts.identifiers.includes(personKey(scope)) ? allow("SELF") : deny("an e-government portal reads only the person it acts for");
  }
  if (principal.role === "PARTNER_HOSPITAL" && scope.kind === "FACILITY") {
    const link = facts.activeCareLinks.find((l) => l.facilityId === scope.facilityId);
    return link
      ? allow(`CARE_LINK:${link.source}:${link.sourceId}`)
      : deny("the hospital has no active referral, health-tourism case or appointment with this patient", "PAT-3");
  }
  return deny(`the role ${principal.role} does not read patients' personal data`);
}

/** Writing a patient's data: the coordination unit, or a hospital that may read the patient. */
export function decidePatientUpdate(principal: Principal, facts: PatientAccessFacts): AccessDecision {
  if (principal.role === "AUDITOR") return deny("the auditor role is read-only");
  if (principal.role === "EGOV_PORTAL") return deny("an e-government portal does not change registry data");
  return decidePatientRead(principal, facts);
}

export function decidePatientRegistration(principal: Principal, registeringFacilityId: string | null): AccessDecision {
  if (principal.role === "COORDINATION_UNIT") return allow("NATIONAL_SCOPE");
  if (principal.role === "PARTNER_HOSPITAL" && principal.scope.kind === "FACILITY") {
    return registeringFacilityId === principal.scope.facilityId
      ? allow(`REGISTERING_FACILITY:${principal.scope.facilityId}`)
      : deny("a hospital registers patients only at its own facility");
  }
  return deny(`the role ${principal.role} does not register patients`);
}

export interface FacilityFacts {
  facilityId: string | null;
  provinceCode: string | null;
}

/** Facility data is kept by the coordination unit, the facility's provincial directorate, and the facility itself. */
export function decideFacilityWrite(principal: Principal, facility: FacilityFacts): AccessDecision {
  const { scope } = principal;
  if (principal.role === "COORDINATION_UNIT") return allow("NATIONAL_SCOPE");
  if (principal.role === "PROVINCIAL_DIRECTORATE" && scope.kind === "PROVINCE") {
    return facility.provinceCode === scope.provinceCode
      ? allow(`PROVINCE:${scope.provinceCode}`)
      : deny(`a provincial directorate keeps only the facilities of province ${scope.provinceCode}`);
  }
  if (principal.role === "PARTNER_HOSPITAL" && scope.kind === "FACILITY" && facility.facilityId !== null) {
    return facility.facilityId === scope.facilityId ? allow("OWN_FACILITY") : deny("a hospital keeps only its own facility data");
  }
  return deny(`the role ${principal.role} does not keep facility data`);
}

/** Webhook subscriptions are a client's own, kept by every role but the read-only auditor (which would otherwise get a signing secret). */
export function decideWebhookChange(principal: Principal): AccessDecision {
  return principal.role === "AUDITOR" ? deny("the auditor role is read-only") : allow("OWN_SUBSCRIPTIONS");
}

/** Stated reasons for access (PAT-3): the coordination unit, which is told of each, and auditors. */
export function decideAccessJustificationRead(principal: Principal): AccessDecision {
  return principal.role === "AUDITOR" || principal.role === "COORDINATION_UNIT"
    ? allow("NATIONAL_SCOPE")
    : deny("only the coordination unit and auditors read the reasons hospitals gave for access");
}

/** Who hears that a hospital gave itself access to a patient: the national side that watches over PAT-3. */
export const accessJustificationAudience = (): Audience => ["COORDINATION_UNIT", "AUDITOR"];

export function decideAccessLogRead(principal: Principal): AccessDecision {
  return principal.role === "AUDITOR" ? allow("AUDITOR") : deny("only auditors read the access log");
}

/** Schedules and physicians: the facility itself, or the coordination unit (MHRS). */
export function decideFacilityOperation(principal: Principal, facilityId: string, action: string): AccessDecision {
  if (principal.role === "COORDINATION_UNIT") return allow("NATIONAL_SCOPE");
  if (principal.role === "PARTNER_HOSPITAL" && principal.scope.kind === "FACILITY") {
    return principal.scope.facilityId === facilityId ? allow("OWN_FACILITY") : deny(`a hospital may ${action} only at its own facility`);
  }
  return deny(`the role ${principal.role} does not ${action}`);
}

/** The ministry's internal approval chains are read by its national staff and auditors only. */
const approvalReaders: ReadonlySet<Role> = new Set([
  "COORDINATION_UNIT",
  "DEPARTMENT_HEAD",
  "DEPUTY_GENERAL_DIRECTOR",
  "GENERAL_DIRECTOR",
  "AUDITOR",
]);

export function decideApprovalRead(principal: Principal): AccessDecision {
  return approvalReaders.has(principal.role) ? allow("NATIONAL_SCOPE") : deny("approval chains are internal to the ministry");
}

/** Monthly submissions: a provincial directorate keeps its own province's; the coordination unit reviews all. */
export function decideSubmissionRead(principal: Principal, provinceCode: string): AccessDecision {
  if (principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR") return allow("NATIONAL_SCOPE");
  if (principal.role === "PROVINCIAL_DIRECTORATE" && principal.scope.kind === "PROVINCE") {
    return principal.scope.provinceCode === provinceCode
      ? allow(`PROVINCE:${provinceCode}`)
      : deny(`a provincial directorate reads only the submissions of province ${principal.scope.provinceCode}`);
  }
  return deny(`the role ${principal.role} does not read monthly submissions`);
}

export function decideSubmissionEntry(principal: Principal, provinceCode: string): AccessDecision {
  return principal.role === "PROVINCIAL_DIRECTORATE"
    ? decideSubmissionRead(principal, provinceCode)
    : deny("only a provincial directorate enters its province's data");
}

export function decideSubmissionReview(principal: Principal): AccessDecision {
  return principal.role === "COORDINATION_UNIT"
    ? allow("NATIONAL_SCOPE")
    : deny("only the coordination unit reviews, consolidates and dispatches submissions");
}

/** A Kazakh insurance contract by its ID: the insurer that registered it, the insured person's portal, auditors. */
export function decideInsuranceContractRead(principal: Principal, contract: { insurerCode: string; insuredIin: string }): AccessDecision {
  const { scope } = principal;
  if (principal.role === "AUDITOR") return allow("NATIONAL_SCOPE");
  if (principal.role === "INSURER" && scope.kind === "INSURER" && scope.insurerCode === contract.insurerCode)
    return allow(`INSURER:${scope.insurerCode}`);
  if (principal.role === "EGOV_PORTAL" && scope.kind === "PERSON" && personKey(scope) === `IIN:${contract.insuredIin}`)
    return allow("SELF");
  return deny("an insurance contract is read by its insurer, the insured person and auditors", "KZ-2");
}

/** KZ: insurers register their own contracts; PHC organisations handle their own requests and services. */
export function decideKzInsurer(principal: Principal, insurerCode?: string): AccessDecision {
  if (principal.role !== "INSURER" || principal.scope.kind !== "INSURER") return deny("only an insurer registers insurance contracts");
  return !insurerCode || insurerCode === principal.scope.insurerCode
    ? allow(`INSURER:${principal.scope.insurerCode}`)
    : deny("an insurer registers its own contracts only");
}

export function decideKzOrganisation(principal: Principal, organisationCode: string): AccessDecision {
  if (principal.role === "PHC_ORGANISATION" && principal.scope.kind === "ORGANISATION") {
    return principal.scope.organisationCode === organisationCode
      ? allow(`ORGANISATION:${organisationCode}`)
      : deny("a PHC organisation handles its own register only");
  }
  return deny(`the role ${principal.role} does not handle attachment requests`);
}

/** The insurer that pays referral travel and daily allowance in Türkiye (REIMB-*). */
export const SGK_INSURER_CODE = "SGK";

/** REIMB-11: SGK's provincial offices record, calculate, approve, reject and pay claims; SGK keeps the tariff tables. */
export function decideReimbursementWork(principal: Principal, action: string): AccessDecision {
  return principal.role === "INSURER" && principal.scope.kind === "INSURER" && principal.scope.insurerCode === SGK_INSURER_CODE
    ? allow(`INSURER:${SGK_INSURER_CODE}`)
    : deny(`only SGK (insurer:${SGK_INSURER_CODE}) may ${action}`, "REIMB-11");
}

/** A claim is read by SGK, auditors, and the e-government portal acting for the claimant. */
export function decideReimbursementClaimRead(principal: Principal, patientIdentifiers: string[]): AccessDecision {
  if (principal.role === "AUDITOR") return allow("NATIONAL_SCOPE");
  if (principal.role === "EGOV_PORTAL" && principal.scope.kind === "PERSON")
    return patientIdentifiers.includes(personKey(principal.scope))
      ? allow("SELF")
      : deny("an e-government portal reads only its person's claims");
  return decideReimbursementWork(principal, "read reimbursement claims");
}

/** A quote on a stored referral: whoever may read the referral, SGK, or the portal acting for the referred patient. */
export function decideReimbursementQuote(
  principal: Principal,
  facts: { referralReadable: boolean; patientIdentifiers: string[] },
): AccessDecision {
  if (facts.referralReadable) return allow("REFERRAL_READER");
  return decideReimbursementClaimRead(principal, facts.patientIdentifiers);
}

/**
 * Who may see an object, as audience keys recorded with each of its events: a national role alone
 * (`AUDITOR`: every such object), or a role within one scope (`PARTNER_HOSPITAL@facility:<id>`).
 * The keys mirror the read decisions above, taken at the time of the change.
 */
export type Audience = string[];

const scoped = (role: Role, scope: string) => `${role}@${scope}`;

export const audienceOf = {
  facility: (facilityId: string) => scoped("PARTNER_HOSPITAL", `facility:${facilityId}`),
  province: (role: Extract<Role, "PROVINCIAL_DIRECTORATE" | "EMERGENCY_112" | "PROVINCIAL_CRISIS_CENTRE">, provinceCode: string) =>
    scoped(role, `province:${provinceCode}`),
  /** `identifierKeys` as `KIND:VALUE` (identifierKey). */
  persons: (identifierKeys: string[]) => identifierKeys.map((key) => scoped("EGOV_PORTAL", `person:${key}`)),
  organisation: (organisationCode: string) => scoped("PHC_ORGANISATION", `organisation:${organisationCode}`),
  insurer: (insurerCode: string) => scoped("INSURER", `insurer:${insurerCode}`),
};

/** The keys a principal is reached by: its national role, or its role within its scope. */
export function audienceKeysOf(principal: Principal): string[] {
  const { scope, role } = principal;
  switch (scope.kind) {
    case "NATIONAL":
      return [role];
    case "FACILITY":
      return [scoped(role, `facility:${scope.facilityId}`)];
    case "PROVINCE":
      return [scoped(role, `province:${scope.provinceCode}`)];
    case "INSURER":
      return [scoped(role, `insurer:${scope.insurerCode}`)];
    case "ORGANISATION":
      return [scoped(role, `organisation:${scope.organisationCode}`)];
    case "PERSON":
      return [scoped(role, `person:${personKey(scope)}`)];
  }
}

/** An event reaches a client (webhook or subscription) only when the client could see its subject. */
export function decideEventDelivery(principal: Principal, audience: Audience): AccessDecision {
  const key = audienceKeysOf(principal).find((k) => audience.includes(k));
  return key ? allow(key) : deny("the client's role and scope do not see this event's subject");
}

/** Referrals: the two facilities and the national coordination side (REF-2); with a bed search, its province's centres (ER-6). */
export function referralAudience(referral: { originFacilityId: string; destinationFacilityId: string | null }, searchProvince?: string) {
  return [
    "COORDINATION_UNIT",
    "AUDITOR",
    audienceOf.facility(referral.originFacilityId),
    ...(referral.destinationFacilityId ? [audienceOf.facility(referral.destinationFacilityId)] : []),
    ...(searchProvince
      ? [
          audienceOf.province("EMERGENCY_112", searchProvince),
          audienceOf.province("PROVINCIAL_CRISIS_CENTRE", searchProvince),
          "NATIONAL_CRISIS_CENTRE",
        ]
      : []),
  ];
}

/** Health-tourism cases: the unit, auditors, and the facility once the case is forwarded to it. */
export const healthTourismAudience = (facilityId: string | null): Audience => [
  "COORDINATION_UNIT",
  "AUDITOR",
  ...(facilityId ? [audienceOf.facility(facilityId)] : []),
];

/** Approval chains: the ministry's national staff and auditors (decideApprovalRead). */
export const approvalAudience = (): Audience => [...approvalReaders];

/** Monthly submissions: the unit, auditors and the province's directorate (decideSubmissionRead). */
export const submissionAudience = (provinceCode: string): Audience => [
  "COORDINATION_UNIT",
  "AUDITOR",
  audienceOf.province("PROVINCIAL_DIRECTORATE", provinceCode),
];

/**
 * KZ attachment requests: the organisation and auditors, who read requests; the person's portal and
 * the contract's insurer read no request, only the attachment a request leads to (`attachment`), so
 * they hear of the attaching alone.
 */
export const attachmentRequestAudience = (facts: {
  status: KzRequestRow["status"];
  organisationCode: string;
  personIdentifiers: string[];
  insurerCode: string;
}): Audience => [
  "AUDITOR",
  audienceOf.organisation(facts.organisationCode),
  ...(facts.status === "ATTACHED" ? [audienceOf.insurer(facts.insurerCode), ...audienceOf.persons(facts.personIdentifiers)] : []),
];

/** KZ-7: an attachment decision past its deadline: the organisation that owes it, and the insurer whose insured waits. */
export const overdueAttachmentAudience = (facts: { organisationCode: string; insurerCode: string }): Audience => [
  "AUDITOR",
  audienceOf.organisation(facts.organisationCode),
  audienceOf.insurer(facts.insurerCode),
];

/** KZ-15: a contract about to end: the insured person's portal, the organisation they are attached to, the insurer. */
export const contractExpiryAudience = (facts: { insuredIin: string; organisationCode: string | null; insurerCode: string }): Audience => [
  "AUDITOR",
  audienceOf.insurer(facts.insurerCode),
  ...audienceOf.persons([`IIN:${facts.insuredIin}`]),
  ...(facts.organisationCode ? [audienceOf.organisation(facts.organisationCode)] : []),
];

/** Reimbursement claims: as decideReimbursementClaimRead — SGK, auditors and the claimant's portal. */
export const reimbursementClaimAudience = (patientIdentifiers: string[]): Audience => [
  "AUDITOR",
  audienceOf.insurer(SGK_INSURER_CODE),
  ...audienceOf.persons(patientIdentifiers),
];
