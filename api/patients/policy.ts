import { definePolicy } from "../auth/actions.js";
import {
  accessJustificationAudience,
  decideAccessJustificationRead,
  decidePatientRead,
  decidePatientRegistration,
  decidePatientUpdate,
} from "../auth/policy.js";
import type { Principal } from "../auth/principal.js";

const PATIENT_READERS = ["PARTNER_HOSPITAL", "COORDINATION_UNIT", "EGOV_PORTAL", "AUDITOR"] as const;
const PATIENT_KEEPERS = ["COORDINATION_UNIT", "PARTNER_HOSPITAL"] as const;

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
