import { definePolicy, ANY_ROLE } from "../auth/actions.js";
import { allow, audienceOf, deny, type AccessDecision, type Audience } from "../auth/policy.js";
import { personKey, type Principal } from "../auth/principal.js";
import { decideFacilityOperation } from "../facilities/policy.js";

/**
 * MHRS appointments: who may do what (named actions, api/auth/actions.ts). The root-field table, the service's
 * `authorise()` calls and the appointment events' audience all read these.
 */
export interface AppointmentFacts {
  facilityId: string;
  /** The patient's identifiers as `KIND:VALUE`. */
  patientIdentifiers: string[];
}

/**
 * Booking, cancelling and confirming: the MHRS unit (coordination unit) for anyone, a hospital at
 * its own facility, an e-government portal for its own person only.
 */
export function decideAppointmentChange(principal: Principal, facts: AppointmentFacts): AccessDecision {
  const { scope } = principal;
  if (principal.role === "EGOV_PORTAL" && scope.kind === "PERSON") {
    return facts.patientIdentifiers.includes(personKey(scope))
      ? allow("SELF")
      : deny("an e-government portal books and reads only for the person it acts for");
  }
  return decideFacilityOperation(principal, facts.facilityId, "handle appointments");
}

export function decideAppointmentRead(principal: Principal, facts: AppointmentFacts): AccessDecision {
  return principal.role === "AUDITOR" ? allow("NATIONAL_SCOPE") : decideAppointmentChange(principal, facts);
}

/**
 * APPT-7's weekly review: the MHRS unit nationally, a provincial directorate for its province, auditors (a hospital
 * hears its own findings as events, adequacy-findings.ts).
 */
export function decideAdequacyRead(principal: Principal): AccessDecision {
  if (principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR") return allow("NATIONAL_SCOPE");
  if (principal.role === "PROVINCIAL_DIRECTORATE" && principal.scope.kind === "PROVINCE")
    return allow(`PROVINCE:${principal.scope.provinceCode}`);
  if (principal.role === "PARTNER_HOSPITAL" && principal.scope.kind === "FACILITY") return allow(`FACILITY:${principal.scope.facilityId}`);
  return deny("only the MHRS unit, provincial directorates, hospitals (their own) and auditors review schedule adequacy");
}

/** Who hears a facility's weekly finding: those who review it (decideAdequacyRead) and the hospital itself. */
export const adequacyAudience = (facts: { facilityId: string; provinceCode: string }): Audience => [
  "COORDINATION_UNIT",
  "AUDITOR",
  audienceOf.province("PROVINCIAL_DIRECTORATE", facts.provinceCode),
  audienceOf.facility(facts.facilityId),
];

/** Appointments: as decideAppointmentRead — the MHRS unit, auditors, the facility, the patient's portal. */
export const appointmentAudience = (facts: AppointmentFacts): Audience => [
  "COORDINATION_UNIT",
  "AUDITOR",
  audienceOf.facility(facts.facilityId),
  ...audienceOf.persons(facts.patientIdentifiers),
];

/** The facility operations of MHRS (registering physicians, publishing schedules) for one facility. */
export interface FacilityOperationFacts {
  facilityId: string;
}

const APPOINTMENT_PARTIES = ["PARTNER_HOSPITAL", "COORDINATION_UNIT", "EGOV_PORTAL"] as const;

export const appointmentPolicy = definePolicy({
  "appointment:read": {
    roles: [...APPOINTMENT_PARTIES, "AUDITOR"],
    phrase: "read this appointment",
    decide: decideAppointmentRead,
    audience: appointmentAudience,
  },
  "appointment:book": { roles: APPOINTMENT_PARTIES, phrase: "book this appointment", decide: decideAppointmentChange },
  "appointment:cancel": { roles: APPOINTMENT_PARTIES, phrase: "change this appointment", decide: decideAppointmentChange },
  "appointment:confirm": { roles: APPOINTMENT_PARTIES, phrase: "change this appointment", decide: decideAppointmentChange },
  "appointment:record-attendance": {
    roles: ["PARTNER_HOSPITAL"],
    phrase: "record attendance",
    decide: (principal: Principal, facts: FacilityOperationFacts) =>
      principal.role === "PARTNER_HOSPITAL"
        ? decideFacilityOperation(principal, facts.facilityId, "record attendance")
        : deny("only the facility records attendance"),
  },
  "slot:read": { roles: ANY_ROLE, phrase: "read slots" },
  "physician:read": { roles: ANY_ROLE, phrase: "read physicians" },
  "physician:register": {
    roles: ["PARTNER_HOSPITAL", "COORDINATION_UNIT"],
    phrase: "register this physician",
    decide: (principal: Principal, facts: FacilityOperationFacts) =>
      decideFacilityOperation(principal, facts.facilityId, "register physicians"),
  },
  "schedule:publish": {
    roles: ["PARTNER_HOSPITAL", "COORDINATION_UNIT"],
    phrase: "publish this schedule",
    decide: (principal: Principal, facts: FacilityOperationFacts) =>
      decideFacilityOperation(principal, facts.facilityId, "publish schedules"),
  },
  "schedule:review-adequacy": {
    roles: ["PROVINCIAL_DIRECTORATE", "COORDINATION_UNIT", "AUDITOR"],
    phrase: "review schedule adequacy",
    decide: decideAdequacyRead,
  },
  "appointment-settings:read": { roles: ANY_ROLE, phrase: "read appointment settings" },
  "appointment-settings:update": {
    roles: ["COORDINATION_UNIT"],
    phrase: "change appointment settings",
    decide: (principal: Principal) =>
      principal.role === "COORDINATION_UNIT" ? allow("NATIONAL_SCOPE") : deny("only the MHRS unit (coordination unit) does"),
  },
});
