import type { CareLinkSource, Role } from "../../drizzle/schema/index.js";
import { definePolicy } from "../auth/actions.js";
import { allow, deny, type AccessDecision, type Audience } from "../auth/policy.js";
import { personKey, type Principal } from "../auth/principal.js";

const PATIENT_READERS = ["PARTNER_HOSPITAL", "COORDINATION_UNIT", "EGOV_PORTAL", "AUDITOR"] as const;
const PATIENT_KEEPERS = ["COORDINATION_UNIT", "PARTNER_HOSPITAL"] as const;

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

/** Stated reasons for access (PAT-3): the coordination unit, which is told of each, and auditors. */
export function decideAccessJustificationRead(principal: Principal): AccessDecision {
  return principal.role === "AUDITOR" || principal.role === "COORDINATION_UNIT"
    ? allow("NATIONAL_SCOPE")
    : deny("only the coordination unit and auditors read the reasons hospitals gave for access");
}

/** Who hears that a hospital gave itself access to a patient: the national side that watches over PAT-3. */
export const accessJustificationAudience = (): Audience => ["COORDINATION_UNIT", "AUDITOR"];

/** Patients (PAT-1..3): named actions (api/auth/actions.ts) for the registry, its reads and the reasons stated for access. */
export const patientPolicy = definePolicy({
  /** PAT-3: facts are the patient's identifiers and active care links (`PatientService` loads only those the role needs). */
  "patient:read": { roles: PATIENT_READERS, phrase: "read this patient", decide: decidePatientRead },
  /** The list is filtered in SQL by the same rule (`PatientService.visibility`). */
  "patient:list": { roles: PATIENT_READERS, phrase: "list patients" },
  "patient:register": {
    roles: PATIENT_KEEPERS,
    phrase: "register this patient",
    decide: (principal: Principal, facts: { registeringFacilityId: string | null }) =>
      decidePatientRegistration(principal, facts.registeringFacilityId),
  },
  "patient:update": { roles: PATIENT_KEEPERS, phrase: "change this patient", decide: decidePatientUpdate },
  "patient-access-justification:read": {
    roles: ["COORDINATION_UNIT", "AUDITOR"],
    phrase: "read the reasons stated for access",
    decide: decideAccessJustificationRead,
    audience: accessJustificationAudience,
  },
});
