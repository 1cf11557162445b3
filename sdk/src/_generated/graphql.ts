/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
/** The unit accepts a submitted or resubmitted submission (MDS-3). */
export type AcceptMonthlySubmissionInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the submission. */
  id: string | number;
};

/** Narrows the access log; every given field must match. */
export type AccessLogFilter = {
  /** Only entries made by this API client. */
  clientId?: string | null | undefined;
  /** Only entries at or after this instant (UTC). */
  from?: string | null | undefined;
  /** Only entries about this patient (global ID). */
  patientId?: string | number | null | undefined;
  /** Only entries made by this person (the staff account's global ID, `StaffPerson.id`). */
  personId?: string | number | null | undefined;
  /** Only entries made by the person with this username, e.g. adana.il. */
  personUsername?: string | null | undefined;
  /** Only entries before this instant (UTC). */
  to?: string | null | undefined;
};

/** One more identifier for an existing patient (ID-4). */
export type AddPatientIdentifierInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** The new identifier; checked (ID-1 to ID-3) and unique in the registry (ID-4). */
  identifier: IdentifierInput;
  /** Global ID of the patient. */
  patientId: string | number;
};

/** Why a facility is listed in the weekly schedule review (APPT-7). */
export type AdequacyReason =
  /** Published places fall below physicians × the configured weekly minimum. */
  | "LOW_CAPACITY"
  /** Some physicians published no schedule for the week. */
  | "MISSING_SCHEDULES";

/** APPT-7 threshold. */
export type AdequacySettingsInput = {
  /** Appointment places each physician should publish per week, 0 to 10000. */
  minWeeklyCapacityPerPhysician?: number | null | undefined;
};

/** Narrows the appointment list; every given field must match. */
export type AppointmentFilter = {
  /** Only appointments at this facility (global ID). */
  facilityId?: string | number | null | undefined;
  /** Only appointments starting at or after this instant (UTC). */
  from?: string | null | undefined;
  /** Only this patient's appointments (global ID). */
  patientId?: string | number | null | undefined;
  /** Only appointments in this status. */
  status?: AppointmentStatus | null | undefined;
  /** Only appointments starting before this instant (UTC). */
  to?: string | null | undefined;
};

/** AUTO_CANCELLED: not confirmed in time (APPT-9), without penalty. */
export type AppointmentStatus =
  /** The patient came. */
  | "ATTENDED"
  /** Not confirmed by the deadline and cancelled automatically, without penalty (APPT-9). */
  | "AUTO_CANCELLED"
  /** Active: holds a place in its slot. */
  | "BOOKED"
  /** Cancelled by the patient (at least 80 minutes before, APPT-2) or the facility; the place is free again. */
  | "CANCELLED"
  /** The patient neither came nor cancelled; starts the APPT-8 penalty when it is switched on. */
  | "NO_SHOW";

/** What an entry of an approval's history records. */
export type ApprovalDecisionKind =
  /** The step was approved and forwarded. */
  | "APPROVE"
  /** The unit's own task step was completed. */
  | "COMPLETE"
  /** Rejected; the chain ended. */
  | "REJECT"
  /** The preparing unit resubmitted after a RETURN (new revision). */
  | "RESUBMIT"
  /** Returned to the preparer for revision. */
  | "RETURN"
  /** The step was signed. */
  | "SIGN"
  /** The preparing unit submitted the subject. */
  | "SUBMIT";

/** When reports of the template are due (APR-7). */
export type ApprovalDuePolicyInput = {
  /** The period a report covers. */
  period: DuePeriod;
  /** Days before the due day from which it is asked for, 0 to 31. */
  windowDays?: number;
};

/** Narrows the approval list; every given field must match. */
export type ApprovalFilter = {
  /** Only chains open after their due day (true) or not overdue (false) (APR-7). */
  overdue?: boolean | null | undefined;
  /** Only chains in this status. */
  status?: ApprovalStatus | null | undefined;
  /** Only chains of this template. */
  templateCode?: string | null | undefined;
};

/** RETURNED: back with the preparer for a new revision (APR-3). */
export type ApprovalStatus =
  /** Every step decided; the chain is complete. */
  | "APPROVED"
  /** Waiting for the current step's decision. */
  | "IN_PROGRESS"
  /** Rejected at a step; the chain ended. */
  | "REJECTED"
  /** Returned to the preparing unit for revision (APR-3). */
  | "RETURNED";

/** One step of a template. */
export type ApprovalStepInput = {
  /** A Department Head step of another department than the template's. */
  department?: string | null | undefined;
  /** What the step does. */
  kind: ApprovalStepKind;
  /** Its name in English, 2 to 300 characters. */
  labelEn: string;
  /** Its name in Turkish, 2 to 300 characters. */
  labelTr: string;
  /** Who decides it. */
  role: TemplateStepRole;
};

/** What a step of a chain does. */
export type ApprovalStepKind =
  /** The role holder approves, rejects or returns. */
  | "APPROVAL"
  /** A step outside the ministry (e.g. the General Directorate of Foreign Relations and EU), recorded by the unit. */
  | "EXTERNAL"
  /** The unit informs others (e.g. the provinces); completed with COMPLETE. */
  | "NOTIFICATION"
  /** The unit's own work within the chain, e.g. preparing letters; completed with COMPLETE. */
  | "PREPARATION"
  /** The role holder reviews and forwards (uygun görürse sunar). */
  | "REVIEW"
  /** The role holder signs; usually the last step. */
  | "SIGNATURE";

/** Exactly the one field that fits the template's subject kind. */
export type ApprovalSubjectInput = {
  /** DATA_REQUEST. */
  dataRequest?: DataRequestSubjectInput | null | undefined;
  /** EXTERNAL_REQUEST. */
  externalRequest?: ExternalRequestSubjectInput | null | undefined;
  /** GENERIC (APR-9). */
  generic?: GenericSubjectInput | null | undefined;
  /** INFORMATION_REQUEST. */
  informationRequest?: InformationRequestSubjectInput | null | undefined;
  /** OVERSEAS_DEPLOYMENT. */
  overseasDeployment?: OverseasDeploymentSubjectInput | null | undefined;
  /** PETITION. */
  petition?: PetitionSubjectInput | null | undefined;
  /** PUBLICATION. */
  publication?: PublicationSubjectInput | null | undefined;
  /** ACTIVITY_REPORT, STRATEGIC_PLAN, INTERNAL_CONTROL_REPORT, ACTION_PLAN */
  report?: ReportSubjectInput | null | undefined;
  /** TRAINER_TRAINING (KBRN trainer training). */
  trainerTraining?: TrainerTrainingSubjectInput | null | undefined;
  /** WORLD_BANK_ACTIVITY. */
  worldBankActivity?: WorldBankActivitySubjectInput | null | undefined;
};

/** What an approval chain is about (APR-1). */
export type ApprovalSubjectKind =
  /** 180-day action plan. */
  | "ACTION_PLAN"
  /** Monthly or annual activity report. */
  | "ACTIVITY_REPORT"
  /** A data request for a scientific study. */
  | "DATA_REQUEST"
  /** A request from an institution outside the directorate (Presidency, Court of Accounts, SGB…). */
  | "EXTERNAL_REQUEST"
  /** Any other chain (APR-9): a summary and named attributes. */
  | "GENERIC"
  /** Information request from an international organisation (WHO, OECD, EU…) or a country (bilateral). */
  | "INFORMATION_REQUEST"
  /** Quarterly internal-control report. */
  | "INTERNAL_CONTROL_REPORT"
  /** Posting of personnel to an overseas facility (Sudan, Somalia, Bangladesh, Syria). */
  | "OVERSEAS_DEPLOYMENT"
  /** Petition (BİMER/CİMER, SBN, SABİM, right to information) to be answered. */
  | "PETITION"
  /** A publication of the directorate. */
  | "PUBLICATION"
  /** Strategic plan. */
  | "STRATEGIC_PLAN"
  /** CBRN (KBRN) trainer training: the proposed trainees. */
  | "TRAINER_TRAINING"
  /** An activity financed by the World Bank. */
  | "WORLD_BANK_ACTIVITY";

/** Where a template version stands (APR-8). */
export type ApprovalTemplateStatus =
  /** New chains start on this version. */
  | "CURRENT"
  /** No new chains; running ones finish on their version. */
  | "RETIRED"
  /** A newer version replaced it; chains started on it keep it. */
  | "SUPERSEDED";

/** Records that a Department Head client heads a department (APR-6). */
export type AssignDepartmentHeadInput = {
  /** Client ID of a DEPARTMENT_HEAD client. */
  clientId: string;
  /** The department's code (see approvalDepartments). */
  departmentCode: string;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Why an attachment ended. */
export type AttachmentEndReason =
  /** The insurance contract it was valid for ended (KZ-9). */
  | "CONTRACT_ENDED"
  /** The person attached to another organisation; the old one detached automatically (KZ-12). */
  | "REATTACHED";

/** Whether a booked patient came. */
export type AttendanceOutcome =
  /** The patient came. */
  | "ATTENDED"
  /** The patient neither came nor cancelled (starts APPT-8's penalty). */
  | "NO_SHOW";

/** Beds of one type (FAC-2). */
export type BedCapacityInput = {
  /** The type of bed. */
  bedType: BedType;
  /** Number of beds of this type, 0 to 100000. */
  total: number;
};

/** ER-8: the free beds of one type as the hospital counts them. */
export type BedOccupancyInput = {
  /** A bed type of the facility's capacity. */
  bedType: BedType;
  /** Empty beds of the type now (at most the capacity's total). */
  free: number;
};

/** One step of the level holding a bed search (ER-3 to ER-6). */
export type BedSearchActionInput = {
  /** A comment for the search's record, up to 1000 characters. */
  comment?: string | null | undefined;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** offerBed: the facility whose bed is reserved. */
  facilityId?: string | number | null | undefined;
  /** Global ID of the bed search. */
  id: string | number;
};

/** Bed types of a facility's capacity (FAC-2) and of an emergency bed search (ER-1). */
export type BedType =
  /** Burn-unit bed. */
  | "BURN"
  /** General ward bed. */
  | "GENERAL"
  /** Adult intensive-care bed. */
  | "ICU_ADULT"
  /** Coronary intensive-care bed. */
  | "ICU_CORONARY"
  /** Neonatal intensive-care bed. */
  | "ICU_NEONATAL"
  /** Paediatric intensive-care bed. */
  | "ICU_PAEDIATRIC"
  /** Psychiatric bed. */
  | "PSYCHIATRIC";

/** A booking of one slot for one patient (APPT-1 to APPT-6, APPT-8). */
export type BookAppointmentInput = {
  /** PAT-3: why the hospital needs access to this patient, required (at least 20 characters) when it has no current referral, case or appointment with them and did not just register them. Recorded for auditors and announced to the coordination unit (patient.access_justified). */
  accessJustification?: string | null | undefined;
  /** The ALO 182 call: at most 4 appointments in one (APPT-5). */
  bookingSessionId?: string | null | undefined;
  /** Where the booking is made. */
  channel: BookingChannel;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Global ID of the patient; an e-government portal books only for its own person. */
  patientId: string | number;
  /** Global ID of a free slot, on the next calendar day or later (APPT-1). */
  slotId: string | number;
};

/** PHONE is ALO 182; EGOV an e-government portal. */
export type BookingChannel =
  /** An e-government portal (e-Devlet), acting for its person. */
  | "EGOV"
  /** MHRS mobile application. */
  | "MOBILE"
  /** ALO 182 call centre. */
  | "PHONE"
  /** MHRS web site. */
  | "WEB";

/** Cabin class of a flight; only the economy fare is paid (REIMB-6). */
export type CabinClass =
  /** Business: paid at the economy fare. */
  | "BUSINESS"
  /** Economy. */
  | "ECONOMY"
  /** VIP: paid at the economy fare. */
  | "VIP";

/** Cancels an appointment (APPT-2). */
export type CancelAppointmentInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the appointment. */
  id: string | number;
  /** Required when the facility cancels. */
  reason?: string | null | undefined;
};

/** A companion who travelled with the patient (REIMB-9). */
export type CompanionInput = {
  /** The referral document records that the patient came or stayed with a companion (REIMB-9). */
  recordedOnReferral: boolean;
  /** How the companion travelled; the patient's transport when omitted. */
  transport?: TransportKind | null | undefined;
};

/** Confirms an appointment (APPT-9). */
export type ConfirmAppointmentInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the appointment. */
  id: string | number;
};

/** APPT-9 settings. */
export type ConfirmationSettingsInput = {
  /** Local hour (Europe/Istanbul, 0 to 23) on the day before by which to confirm (MHRS: 20). */
  deadlineHour?: number | null | undefined;
  /** Whether confirmation is required. */
  enabled?: boolean | null | undefined;
  /** Age from which patients need not confirm (0 to 130). */
  exemptFromAge?: number | null | undefined;
  /** Bookings this many days ahead or fewer count as confirmed (0 to 30). */
  preConfirmedWithinDays?: number | null | undefined;
};

/** Contact details; every field optional. */
export type ContactInput = {
  /** Postal address, free text. */
  address?: string | null | undefined;
  /** A valid e-mail address. */
  email?: string | null | undefined;
  /** Phone number in international form, e.g. +905321234567. */
  phone?: string | null | undefined;
};

/** MDS-7: the unit corrects a submitted or resubmitted submission itself, as its own correction. */
export type CorrectMonthlySubmissionInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the submission. */
  id: string | number;
  /** Why the unit corrects the province's data, 3 to 1000 characters; the province reads it. */
  reason: string;
  /** The corrected rows, at most 2000: each replaces the row of its facility and nationality, or is added (MDS-2 applies). */
  rows: Array<MonthlySubmissionRowInput>;
};

/** One row to correct and why. */
export type CorrectionRowInput = {
  /** Global ID of the row's facility. */
  facilityId: string | number;
  /** The count in question. */
  metric?: SubmissionMetric | null | undefined;
  /** The row's nationality. */
  nationality: TpNationality;
  /** Why it must be corrected, 3 to 1000 characters. */
  reason: string;
};

/** A new chain template (APR-8). */
export type CreateApprovalTemplateInput = {
  /** Stable code: upper case letters, digits and underscores, 2 to 64. */
  code: string;
  /** The department whose head decides its Department Head steps (see approvalDepartments). */
  departmentCode: string;
  /** When its reports are due; REPORT-carrying kinds only. */
  duePolicy?: ApprovalDuePolicyInput | null | undefined;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Name in English, 2 to 300 characters. */
  nameEn: string;
  /** Name in Turkish, 2 to 300 characters. */
  nameTr: string;
  /** The steps in order, 1 to 30. */
  steps: Array<ApprovalStepInput>;
  /** What its chains carry; GENERIC for a chain no other kind names (APR-9). */
  subjectKind: ApprovalSubjectKind;
};

/** A new facility (FAC-1 to FAC-3). */
export type CreateFacilityInput = {
  /** Bed capacity by bed type, at most 20 entries, one per type. */
  bedCapacities?: Array<BedCapacityInput>;
  /** Clinic codes it offers, at most 100, e.g. ["CARDIOLOGY", "ONCOLOGY"]. */
  clinics?: Array<string>;
  /** Ministry facility code (4 to 12 digits). */
  code: string;
  /** ISO 3166-1 alpha-2 country; TR by default, another code for a ministry-run overseas facility (FAC-3). */
  countryCode?: string;
  /** District name within the province. */
  district?: string | null | undefined;
  /** Whether it has an International Health Tourism Unit (HT-3). */
  hasHealthTourismUnit?: boolean;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Kind of facility; decides its level (FAC-1). */
  kind: FacilityKind;
  /** Coordinates, if known. */
  location?: GeoPointInput | null | undefined;
  /** Official name, 3 to 200 characters. */
  name: string;
  /** Public, private or university. */
  ownership: FacilityOwnership;
  /** Province plate code, 01 to 81; required in TR. A provincial directorate may create only in its own province. */
  provinceCode?: string | null | undefined;
  /** Settlement area code inside the province (REF-1, REIMB-1). */
  settlementAreaCode?: string | null | undefined;
};

/** A new referral from the origin facility (REF-2, TP-1). */
export type CreateReferralInput = {
  /** PAT-3: why the hospital needs access to this patient, required (at least 20 characters) when it has no current referral, case or appointment with them and did not just register them. Recorded for auditors and announced to the coordination unit (patient.access_justified). */
  accessJustification?: string | null | undefined;
  /** Transport authorised (REIMB-5, REIMB-6); REGULAR by default. */
  authorisedTransport?: TransportKind;
  /** Clinic the patient needs, e.g. ONCOLOGY (2 to 64 characters). */
  clinicCode: string;
  /** A companion is medically required (REIMB-9); false by default. */
  companionRequired?: boolean;
  /** ICD-10, e.g. C50.9 */
  diagnosisIcd10: string;
  /** Check the referral and answer with SGK's pre-referral check (REIMB-15); write nothing. */
  dryRun?: boolean;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The medical grounds (REIMB-4). */
  medicalGrounds: MedicalGrounds;
  /** Global ID of the referring facility; a hospital refers only from its own. */
  originFacilityId: string | number;
  /** Global ID of the patient. */
  patientId: string | number;
  /** The provision check; required for a temporary-protection patient (TP-1). */
  provision?: ProvisionInput | null | undefined;
  /** Name of the requesting physician, 3 to 200 characters. */
  requestingPhysician: string;
  /** How urgent it is. */
  urgency: ReferralUrgency;
};

/** A new staff account. The password is stored only as a hash; a TOTP secret is made when asked for, and always for national roles and the auditor (STAFF-2). */
export type CreateStaffAccountInput = {
  /** The person's name, 2 to 120 characters. */
  displayName: string;
  /** The organisation the person works for, 2 to 200 characters. */
  organisation: string;
  /** The initial password, 12 to 200 characters (STAFF-4); give it to the person by a separate channel. */
  password: string;
  /** The role, one of PARTNER_HOSPITAL, PROVINCIAL_DIRECTORATE, COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE, INSURER, EGOV_PORTAL, PHC_ORGANISATION, AUDITOR. */
  role: string;
  /** The scope, as `national`, `province:NN`, `facility:CODE`, `insurer:CODE` or `organisation:CODE` (the role decides which kind). */
  scope: string;
  /** Make a TOTP secret for a role that does not require one (default false; national roles and the auditor always get one). */
  totp?: boolean | null | undefined;
  /** The sign-in name: 2 to 63 characters, lower case letters, digits, dot, dash or underscore, starting with a letter or digit. */
  username: string;
};

/** A new webhook subscription for your client. */
export type CreateWebhookSubscriptionInput = {
  /** Your note on what it is for, 1 to 200 characters. */
  description?: string | null | undefined;
  /** Event types, 1 to 100: exact (referral.accepted) or a subject's every type (referral.*); see eventTypes. */
  eventTypes: Array<string>;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** https (plain http only to localhost in development). */
  url: string;
};

/** A data request for a scientific study. */
export type DataRequestSubjectInput = {
  /** The data asked for, 3 to 4000 characters. */
  dataRequested: string;
  /** Who asks, 2 to 300 characters. */
  requester: string;
  /** Title of the study, 3 to 300 characters. */
  studyTitle: string;
};

/** A decision on the current step, by a holder of its role (APR-2). */
export type DecideApprovalStepInput = {
  /** PETITION: the answer sent to the petitioner, with the last step. */
  answer?: string | null | undefined;
  /** PETITION_RELEVANT_UNIT: the unit that answered the petitioner, with the last step (APR-10). */
  answeringUnit?: string | null | undefined;
  /** Why, 2 to 2000 characters; kept in the history (APR-3). */
  comment: string;
  /** The decision; it must fit the step's kind. */
  decision: StepDecision;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the approval. */
  id: string | number;
};

/** The organisation's decision (KZ-8): attach, or refuse with reasons. */
export type DecideAttachmentRequestInput = {
  /** true: attach (notice); false: refuse with reasons (KZ-8). */
  attach: boolean;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the request. */
  id: string | number;
  /** The reasons of a refusal, up to 2000 characters; a refusal without one is rejected (KZ-8). */
  refusalReason?: string | null | undefined;
};

/** The subscription to remove, with its delivery log. */
export type DeleteWebhookSubscriptionInput = {
  /** Global ID of the subscription. */
  id: string | number;
};

/** The required documents, each true when supplied. */
export type DeploymentDocumentsInput = {
  /** A passport copy. */
  passport: boolean;
  /** A payslip. */
  payslip: boolean;
  /** A photograph. */
  photo: boolean;
  /** The work form. */
  workForm: boolean;
};

/** The staff account to disable. */
export type DisableStaffAccountInput = {
  /** Global ID of the staff account. */
  id: string | number;
};

/** A document to attach (HT-8). */
export type DocumentUploadInput = {
  /** The file, base64-encoded (at most the configured size). */
  contentBase64: string;
  /** What the document is. */
  kind: HealthTourismDocumentKind;
  /** Media type, e.g. application/pdf. */
  mediaType: string;
  /** File name, 1 to 200 characters. */
  name: string;
};

/** The period a due report covers (APR-7). */
export type DuePeriod =
  /** The report covers a month (YYYY-MM), due on its last day. */
  | "MONTH"
  /** The report covers a year (YYYY), due on 31 December. */
  | "YEAR";

/** In an emergency, the physician's signed prescription of a vehicle (REIMB-6 b). */
export type EmergencyTransportDocumentInput = {
  /** The document is signed by the physician. */
  signedByPhysician: boolean;
  /** The vehicle prescribed. */
  vehicle: TransportKind;
};

/** CONTRACT_4B (sözleşmeli, 657/4-b) staff are not posted overseas. */
export type EmploymentType =
  /** Contract staff under 657/4-b: not posted overseas. */
  | "CONTRACT_4B"
  /** Permanent public employee (kadrolu): may be posted. */
  | "PERMANENT_PUBLIC";

/** File format of the consolidation export (MDS-5). */
export type ExportFormat =
  /** Comma-separated values, UTF-8, one line per province, nationality and metric. */
  | "CSV"
  /** Excel workbook: national totals and one sheet per nationality. */
  | "XLSX";

/** MDS-5: which period to export, in which format. */
export type ExportMonthlyConsolidationInput = {
  /** CSV or XLSX. */
  format: ExportFormat;
  /** Reporting period, YYYY-MM. */
  period: string;
};

/** Institutions outside the directorate whose requests the strategic-management unit answers. */
export type ExternalInstitution =
  /** Court of Accounts (Sayıştay). */
  | "COURT_OF_ACCOUNTS"
  /** Ministry of Development (Kalkınma Bakanlığı). */
  | "MINISTRY_OF_DEVELOPMENT"
  /** Ministry of Labour and Social Security. */
  | "MINISTRY_OF_LABOUR_AND_SOCIAL_SECURITY"
  /** Another institution, named in institutionName. */
  | "OTHER"
  /** Presidency (Cumhurbaşkanlığı). */
  | "PRESIDENCY"
  /** Prime Ministry (Başbakanlık), as the seed names it. */
  | "PRIME_MINISTRY"
  /** The ministry's Strategy Development Department (SGB). */
  | "STRATEGY_DEVELOPMENT_DEPARTMENT";

/** A request from an institution outside the directorate. */
export type ExternalRequestSubjectInput = {
  /** When the answer is due, if the request says. */
  answerDueOn?: string | null | undefined;
  /** Who asks. */
  institution: ExternalInstitution;
  /** OTHER: the institution's name, 2 to 200 characters. */
  institutionName?: string | null | undefined;
  /** The institution's reference, 1 to 100 characters. */
  reference: string;
  /** What is asked, 3 to 4000 characters. */
  summary: string;
};

/** Narrows the facility list; every given field must match. */
export type FacilityFilter = {
  /** Clinic code the facility must have, e.g. ONCOLOGY. */
  clinic?: string | null | undefined;
  /** ISO country code; anything but TR lists overseas hospitals. */
  countryCode?: string | null | undefined;
  /** Only facilities with (true) or without (false) an International Health Tourism Unit. */
  hasHealthTourismUnit?: boolean | null | undefined;
  /** Only facilities of this kind. */
  kind?: FacilityKind | null | undefined;
  /** Only facilities of this level (FAC-1). */
  level?: FacilityLevel | null | undefined;
  /** Province plate code, e.g. "01". */
  provinceCode?: string | null | undefined;
};

/** Kind of facility; it decides the level (FAC-1). */
export type FacilityKind =
  /** City hospital (şehir hastanesi): level 3. */
  | "CITY_HOSPITAL"
  /** Family health centre (aile sağlığı merkezi, ASM): level 1. */
  | "FAMILY_HEALTH_CENTRE"
  /** Occupational-disease hospital: level 2; its occupational-disease referrals are paid in full (REIMB-4). */
  | "OCCUPATIONAL_DISEASE_HOSPITAL"
  /** Oral and dental health centre: level 2. */
  | "ORAL_DENTAL_CENTRE"
  /** Private hospital: level 2. */
  | "PRIVATE_HOSPITAL"
  /** State hospital (devlet hastanesi): level 2. */
  | "STATE_HOSPITAL"
  /** Training and research hospital (eğitim ve araştırma hastanesi): level 3. */
  | "TRAINING_RESEARCH_HOSPITAL"
  /** University hospital: level 3. */
  | "UNIVERSITY_HOSPITAL";

/** Basamak: PRIMARY = 1 (family health centre), SECONDARY = 2 (state, private, oral-dental), TERTIARY = 3 (training & research, university, city). */
export type FacilityLevel =
  /** Level 1 (birinci basamak): family health centres. Referrals they issue are not reimbursed (REIMB-2). */
  | "PRIMARY"
  /** Level 2 (ikinci basamak): state, private, oral-dental and occupational-disease hospitals. */
  | "SECONDARY"
  /** Level 3 (üçüncü basamak): training & research, university and city hospitals (REIMB-3 pays travel to the nearest one). */
  | "TERTIARY";

/** Who runs the facility. */
export type FacilityOwnership =
  /** Privately owned. */
  | "PRIVATE"
  /** Run by the Ministry of Health. */
  | "PUBLIC"
  /** Run by a university. */
  | "UNIVERSITY";

/** Staff file a request into the Register of Attached Population (KZ-6). */
export type FileAttachmentRequestInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the request. */
  id: string | number;
};

/** ER-8: which free beds to find, and where to measure nearness from. */
export type FreeBedFilter = {
  /** The bed type needed (ER-1). */
  bedType: BedType;
  /** Measure distance from this point (give this or nearFacilityId). */
  near?: GeoPointInput | null | undefined;
  /** Measure distance from this facility, e.g. the referring hospital. */
  nearFacilityId?: string | number | null | undefined;
  /** Province plate code, e.g. "06". 112 and the provincial crisis centre name one (any province: ER-2, ER-3); omitted, the search is countrywide (national crisis centre, ER-4). */
  provinceCode?: string | null | undefined;
};

/** The subject of a GENERIC chain (APR-9). */
export type GenericSubjectInput = {
  /** Named values, at most 50. */
  attributes?: Array<SubjectAttributeInput>;
  /** What the chain decides about, 3 to 4000 characters. */
  summary: string;
};

/** WGS 84 coordinates in decimal degrees. */
export type GeoPointInput = {
  /** Latitude, -90 to 90. */
  latitude: number;
  /** Longitude, -180 to 180. */
  longitude: number;
};

/** Who met the patient on arrival (HT-5, HT-7). */
export type Greeter =
  /** A hospital representative ("400 patients" programme, HT-7). */
  | "HOSPITAL_REPRESENTATIVE"
  /** An officer of the facility's health-tourism unit (health tourists). */
  | "UNIT_OFFICER";

/** Legal guardian of a minor (PAT-2). */
export type GuardianInput = {
  /** The guardian's identifier, checked like the patient's (ID-1 to ID-3). */
  identifier?: IdentifierInput | null | undefined;
  /** Full name of the guardian. */
  name: string;
  /** Phone number of the guardian. */
  phone?: string | null | undefined;
  /** Relationship to the patient, e.g. mother, father, court-appointed guardian. */
  relationship: string;
};

/** A health board report (sağlık kurulu raporu) that justifies taxi, ambulance or flight (REIMB-6 a). */
export type HealthBoardReportInput = {
  /** Day the report was issued. */
  issuedOn: string;
  /** The report states the disease. */
  statesDisease: boolean;
  /** The report states why regular transport is impossible. */
  statesWhyRegularTransportImpossible: boolean;
  /** The treatment; chemotherapy, radiotherapy and dialysis reports stay valid 3 months. */
  treatmentKind: TreatmentKind;
  /** The vehicle the report prescribes. */
  vehicle: TransportKind;
};

/** A step of a health-tourism case (HT-1). */
export type HealthTourismAction =
  /** The patient accepts → ACCEPTED. */
  | "ACCEPT"
  /** The patient was met (greetedBy; HT-5, HT-7) → ARRIVED. */
  | "ARRIVE"
  /** Cancel an open case (needs a reason) → CANCELLED. */
  | "CANCEL"
  /** Completion reported to the unit → COMPLETED. */
  | "COMPLETE"
  /** The patient declines → DECLINED. */
  | "DECLINE"
  /** Reports and service statement handed over → REPORTS_DELIVERED. */
  | "DELIVER_REPORTS"
  /** Forward to a facility with a health-tourism unit (facilityId; HT-3) → FORWARDED_TO_FACILITY. */
  | "FORWARD"
  /** The patient is told → PATIENT_INFORMED. */
  | "INFORM_PATIENT"
  /** The facility is told → FACILITY_NOTIFIED. */
  | "NOTIFY_FACILITY"
  /** Reports and the filled form arrived → EPICRISIS_RECEIVED. */
  | "RECEIVE_EPICRISIS"
  /** The unit requests its epicrisis form → EPICRISIS_REQUESTED. */
  | "REQUEST_EPICRISIS"
  /** The facility sets a future date and cost (HT-4) → APPOINTMENT_SCHEDULED. */
  | "SCHEDULE_APPOINTMENT"
  /** Interpreter and guide assigned (HT-6) → IN_TREATMENT. */
  | "START_TREATMENT";

/** How a health-tourism inquiry came in (HT-1). */
export type HealthTourismChannel =
  /** E-mail. */
  | "EMAIL"
  /** Official letter. */
  | "OFFICIAL_LETTER"
  /** Phone. */
  | "PHONE";

/** What a health-tourism document is. */
export type HealthTourismDocumentKind =
  /** The unit's epicrisis form, filled. */
  | "EPICRISIS_FORM"
  /** A medical report. */
  | "MEDICAL_REPORT"
  /** Any other document. */
  | "OTHER"
  /** The itemised service statement. */
  | "SERVICE_STATEMENT";

/** FOREIGN_PROGRAM: the "400 patients" programme (HT-7). */
export type HealthTourismProgramme =
  /** The "400 patients" programme: met by hospital representatives (HT-7). */
  | "FOREIGN_PROGRAM"
  /** A health tourist coming for treatment. */
  | "HEALTH_TOURISM";

/** HT-1, in order; CANCELLED from any open state. */
export type HealthTourismStatus =
  /** The patient accepted. */
  | "ACCEPTED"
  /** The facility set a date and an approximate cost (HT-4). */
  | "APPOINTMENT_SCHEDULED"
  /** The patient was met at the facility (HT-5, HT-7). */
  | "ARRIVED"
  /** Cancelled with a reason. */
  | "CANCELLED"
  /** Completion was reported to the unit. */
  | "COMPLETED"
  /** The patient declined. */
  | "DECLINED"
  /** Reports and the filled form arrived. */
  | "EPICRISIS_RECEIVED"
  /** The unit's epicrisis form was requested. */
  | "EPICRISIS_REQUESTED"
  /** The facility was told the patient comes. */
  | "FACILITY_NOTIFIED"
  /** Sent to the facility's International Health Tourism Unit (HT-3). */
  | "FORWARDED_TO_FACILITY"
  /** The inquiry was received. */
  | "INQUIRY_RECEIVED"
  /** In treatment, with an interpreter and a guide (HT-6). */
  | "IN_TREATMENT"
  /** The patient was told the date and cost. */
  | "PATIENT_INFORMED"
  /** Medical reports and the itemised service statement were handed over. */
  | "REPORTS_DELIVERED";

/** An identifier to register or search by; malformed ones are refused with the failing check (ID-1 to ID-4). */
export type IdentifierInput = {
  /** Required for PASSPORT. */
  issuingCountry?: string | null | undefined;
  /** Which kind of identifier; decides the check (ID-1, ID-2, ID-3). */
  kind: IdentifierKind;
  /** The identifier: 11 digits for TCKN/YKN/TEMPORARY_PROTECTION, 12 for IIN, the passport number for PASSPORT. */
  value: string;
};

/** TCKN, YKN (foreigner's Turkish ID, 99…) and TEMPORARY_PROTECTION follow ID-1; IIN follows ID-2; PASSPORT ID-3. */
export type IdentifierKind =
  /** Kazakh individual identification number (ИИН): 12 digits, ID-2 check. */
  | "IIN"
  /** Passport number with its issuing country (ID-3). */
  | "PASSPORT"
  /** Turkish national ID (T.C. Kimlik No): 11 digits with the ID-1 check digits. */
  | "TCKN"
  /** Temporary-protection ID: 11 digits, ID-1 check digits. */
  | "TEMPORARY_PROTECTION"
  /** Foreigner's Turkish ID (yabancı kimlik no): 11 digits starting 99, ID-1 check digits. */
  | "YKN";

/** An information request from an international organisation or, bilaterally, a country. */
export type InformationRequestSubjectInput = {
  /** When the answer is due. */
  dueOn: string;
  /** Who asks; COUNTRY for a bilateral request (APR-12). */
  organisation: InternationalOrganisation;
  /** OTHER_ORGANISATION: its name, 2 to 200 characters. */
  organisationName?: string | null | undefined;
  /** The organisation's reference, 1 to 100 characters. */
  reference: string;
  /** COUNTRY: ISO 3166-1 alpha-2 code of the requesting country. */
  requestingCountryCode?: string | null | undefined;
  /** What is asked, 3 to 4000 characters. */
  summary: string;
};

/** Who sends an information request: an international organisation or, bilaterally, a country. */
export type InternationalOrganisation =
  /** Another country, within bilateral relations (requestingCountryCode names it, APR-12). */
  | "COUNTRY"
  /** European Union. */
  | "EU"
  /** Organisation for Economic Co-operation and Development. */
  | "OECD"
  /** Another international organisation, named in organisationName. */
  | "OTHER_ORGANISATION"
  /** World Health Organization. */
  | "WHO";

/** The interpreter for treatment (HT-6). */
export type InterpreterInput = {
  /** ISO 639-1 */
  language: string;
  /** Full name, 2 to 200 characters. */
  name: string;
};

/** Who submits an attachment request. */
export type KzApplicantRelation =
  /** A family member, with the person's written consent (KZ-10). */
  | "FAMILY_MEMBER"
  /** The legal representative of a child under 18 (KZ-11). */
  | "LEGAL_REPRESENTATIVE"
  /** The person themself. */
  | "SELF";

/** VHI: voluntary (ДМС) with a private insurer; OSMS: compulsory social health insurance. */
export type KzCoverageKind =
  /** Compulsory social health insurance (ОСМС): primary care and emergency inpatient care. */
  | "OSMS"
  /** Voluntary medical insurance (ДМС) with a private insurer. */
  | "VHI";

/** CALENDAR_YEAR counts per calendar year; SIX_MONTHS means 6 months after the previous one. */
export type KzQuotaPeriod =
  /** Per calendar year (January to December). */
  | "CALENDAR_YEAR"
  /** Once in 6 months: 6 months after the previous one. */
  | "SIX_MONTHS";

/** How an attachment request is made (KZ-5). */
export type KzRequestChannel =
  /** Through egov.kz, signed with an electronic digital signature (EDS). */
  | "EGOV_PORTAL"
  /** A written application in Kazakh or Russian to the head of the organisation, with the contract and passport. */
  | "IN_PERSON";

/** Which documents come with the request (each true when present). */
export type KzRequestDocumentsInput = {
  /** The person's identity document (always required). */
  identityDocument?: boolean;
  /** The insurance contract (always required). */
  insuranceContract?: boolean;
  /** The legal representative's identity document; required for a child under 18 (KZ-11). */
  legalRepresentativeIdentity?: boolean;
  /** The person's written consent; required when a family member applies (KZ-10). */
  writtenConsent?: boolean;
};

/** Where an attachment request stands. */
export type KzRequestStatus =
  /** Attached, with a notice in the person's e-gov cabinet (KZ-8); any earlier attachment ended (KZ-12). */
  | "ATTACHED"
  /** Filed into the Register of Attached Population (KZ-6); to be decided within 1 business day (KZ-7). */
  | "FILED"
  /** Refused with reasons (KZ-8). */
  | "REFUSED"
  /** Received; waiting to be filed. */
  | "SUBMITTED";

/** Medical grounds of a referral; all but OTHER pay the full distance to the actual destination (REIMB-4). */
export type MedicalGrounds =
  /** Cancer treatment or follow-up. */
  | "CANCER"
  /** Emergency. */
  | "EMERGENCY"
  /** Limb transplant. */
  | "LIMB_TRANSPLANT"
  /** Occupational disease (paid in full when referred by an occupational-disease hospital). */
  | "OCCUPATIONAL_DISEASE"
  /** Organ or tissue transplant. */
  | "ORGAN_TISSUE_TRANSPLANT"
  /** Any other grounds: travel is paid to the nearest tertiary facility (REIMB-3). */
  | "OTHER";

/** An amount of money: integer minor units and an ISO 4217 currency. */
export type MoneyInput = {
  /** Minor units (kuruş, cent), 0 or more. */
  amountMinor: number;
  /** ISO 4217 currency code, e.g. EUR. */
  currency: string;
};

/** One facility's counts for one nationality (MDS-2): non-negative integers. */
export type MonthlySubmissionRowInput = {
  /** Births, 0 or more. */
  births: number;
  /** Emergency visits, 0 or more. */
  emergencyVisits: number;
  /** Global ID of a facility of your province. */
  facilityId: string | number;
  /** Inpatient admissions, 0 or more. */
  inpatientAdmissions: number;
  /** Intensive-care admissions, 0 or more. */
  intensiveCareAdmissions: number;
  /** Nationality of the patients counted: SY or IQ. */
  nationality: TpNationality;
  /** Outpatient visits, 0 or more. */
  outpatientVisits: number;
  /** Referrals to other facilities, 0 or more. */
  referralsOut: number;
  /** Surgeries, 0 or more. */
  surgeries: number;
};

/** APPT-8 settings. */
export type NoShowPenaltySettingsInput = {
  /** Penalty length in days, 1 to 365. */
  days?: number | null | undefined;
  /** Whether the no-show penalty applies. */
  enabled?: boolean | null | undefined;
};

/** An onward referral to another hospital during the treatment (REIMB-7). */
export type OnwardReferralInput = {
  /** The hospital the patient was referred on to. */
  facilityId: string | number;
  /** Days of outpatient treatment there. */
  outpatientDays: Array<string>;
};

/** A new inquiry (HT-1). */
export type OpenHealthTourismCaseInput = {
  /** The patient asks for accommodation (HT-5). */
  accommodationRequested?: boolean;
  /** How the inquiry came. */
  channel: HealthTourismChannel;
  /** A comment for the history, up to 2000 characters. */
  comment?: string | null | undefined;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Global ID of the patient (a HEALTH_TOURIST or FOREIGN_PROGRAM patient). */
  patientId: string | number;
  /** The patient asks for an airport transfer (HT-5). */
  transferRequested?: boolean;
};

/** A posting to a ministry-run overseas facility. */
export type OverseasDeploymentSubjectInput = {
  /** Full name, 3 to 200 characters. */
  applicantName: string;
  /** ISO 3166-1 alpha-2 country of the posting, e.g. SD, SO, BD, SY. */
  countryCode: string;
  /** Which required documents are supplied; all four are needed. */
  documents: DeploymentDocumentsInput;
  /** Only PERMANENT_PUBLIC employees may be posted (APR-1). */
  employmentType: EmploymentType;
  /** Length of the posting, 1 to 60 months. */
  postingMonths: number;
  /** Tickets and equipment requested, at most 20. */
  requests?: Array<string>;
  /** Where the visa process stands (default NOT_STARTED). */
  visaStatus?: VisaStatus;
};

/** PAT-1. */
export type PatientCategory =
  /** Turkish citizen. */
  | "CITIZEN"
  /** Foreign patient of the "400 patients" programme (HT-7). */
  | "FOREIGN_PROGRAM"
  /** Foreign patient coming to Türkiye for treatment (health-tourism case, HT-1). */
  | "HEALTH_TOURIST"
  /** Foreigner resident in Kazakhstan (KZ-1 to KZ-14). */
  | "KZ_RESIDENT"
  /** Syrian or Iraqi patient under temporary protection (TP-1 to TP-5). */
  | "TEMPORARY_PROTECTION";

/** Narrows the patient list; every given field must match. */
export type PatientFilter = {
  /** Only patients of this category (PAT-1). */
  category?: PatientCategory | null | undefined;
  /** Exact identifier match. */
  identifier?: IdentifierInput | null | undefined;
};

/** Where a petition came from. */
export type PetitionChannel =
  /** The Presidency's communication centre (BİMER/CİMER). */
  | "BIMER_CIMER"
  /** A right-to-information request (Law 4982). */
  | "RIGHT_TO_INFORMATION"
  /** The Ministry of Health's communication centre (SABİM, 184). */
  | "SABIM"
  /** SBN, as seeds 000 and 001 name it among the petition channels. */
  | "SBN";

/** A petition to answer. */
export type PetitionSubjectInput = {
  /** Where it came from. */
  channel: PetitionChannel;
  /** Name of the petitioner, 2 to 200 characters. */
  petitionerName: string;
  /** Day it was received. */
  receivedOn: string;
  /** What it asks, 3 to 4000 characters. */
  summary: string;
};

/** Which physicians to list. */
export type PhysicianFilter = {
  /** Only physicians of this clinic, e.g. CARDIOLOGY. */
  clinicCode?: string | null | undefined;
  /** Global ID of the facility (required). */
  facilityId: string | number;
};

/** A province's state for a period (MDS-4): a submission status, or NOT_STARTED. */
export type ProvinceSubmissionStatus =
  /** Accepted. */
  | "ACCEPTED"
  /** Sent back for correction. */
  | "CORRECTION_REQUESTED"
  /** A draft exists, not submitted. */
  | "DRAFT"
  /** No submission for the period yet. */
  | "NOT_STARTED"
  /** Corrected and submitted again. */
  | "RESUBMITTED"
  /** Submitted, waiting for review. */
  | "SUBMITTED";

/** The provision (provizyon) check result for a temporary-protection visit (TP-1). */
export type ProvisionInput = {
  /** The provision's reference number, 1 to 100 characters. */
  reference: string;
  /** Whether the provision is valid; an invalid one refuses the referral (TP-1). */
  valid: boolean;
};

/** One public holiday of the year being replaced. */
export type PublicHolidayInput = {
  /** The calendar day (YYYY-MM-DD), inside the given year. */
  day: string;
  /** Name of the holiday, 1 to 200 characters. */
  name: string;
};

/** A publication. */
export type PublicationSubjectInput = {
  /** Title, 3 to 300 characters. */
  publicationTitle: string;
  /** What it is about, 3 to 4000 characters. */
  summary: string;
};

/** One physician's work schedule (çalışma cetveli) for one day, cut into slots. */
export type PublishScheduleInput = {
  /** Appointments each slot holds (1 to 50). */
  capacityPerSlot: number;
  /** The day, in Europe/Istanbul. */
  day: string;
  /** Local end time, HH:mm. */
  endTime: string;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Global ID of the physician. */
  physicianId: string | number;
  /** Length of each slot in minutes (5 to 240). */
  slotMinutes: number;
  /** Local start time, HH:mm. */
  startTime: string;
};

/** The facility records whether the patient came. */
export type RecordAttendanceInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the appointment. */
  id: string | number;
  /** Attended or no-show. */
  outcome: AttendanceOutcome;
};

/** A service provided under the free guaranteed volume. */
export type RecordGuaranteedServiceInput = {
  /** Disease code from guaranteedDiseases (KZ-13). */
  diseaseCode: string;
  /** IIN of the person: 12 digits passing the ID-2 check. */
  personIin: string;
  /** Day it was provided; beyond the quota it is refused with the day it becomes available (KZ-14). */
  providedOn: string;
  /** Service code from guaranteedVolume, e.g. THERAPIST. */
  serviceCode: string;
};

/** The PTT payment of an approved claim (REIMB-11). */
export type RecordReimbursementPaymentInput = {
  /** A comment for the history, up to 1000 characters. */
  comment?: string | null | undefined;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the claim. */
  id: string | number;
  /** Day PTT paid. */
  paidOn: string;
  /** The PTT payment reference. */
  pttReference: string;
};

/** REIMB-12: SGK records a patient's insurance status from a day on. */
export type RecordSgkInsuranceStatusInput = {
  /** The day from which the status holds. */
  effectiveFrom: string;
  /** The status's version you read (0 when none is recorded). */
  expectedVersion: number;
  /** Insured (true) or not (false) from effectiveFrom on. */
  insured: boolean;
  /** The patient. */
  patientId: string | number;
  /** SGK's reference (e.g. the registration or provision query). */
  reference: string;
};

/** The dispatch of a period's data (MDS-6). */
export type RecordSubmissionDispatchInput = {
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Date of the official letter. */
  letterDate: string;
  /** Number of the official letter, 1 to 100 characters. */
  letterNumber: string;
  /** The period dispatched, YYYY-MM. */
  period: string;
  /** Who received it, 2 to 300 characters, e.g. Göç Sağlığı Hizmetleri Dairesi (HSGM). */
  recipient: string;
};

/** A delivery to send again. */
export type RedeliverWebhookInput = {
  /** Global ID of the delivery. */
  deliveryId: string | number;
};

/** A step of a referral (REF-2, TP-4). */
export type ReferralAction =
  /** The destination accepts it. */
  | "ACCEPT"
  /** The destination records the patient's arrival. */
  | "ARRIVE"
  /** The origin cancels it (needs a reason). */
  | "CANCEL"
  /** The destination records completion (a temporary-protection patient needs a completionReport, TP-5). */
  | "COMPLETE"
  /** A temporary-protection referral no hospital accepted goes to the coordination unit (TP-4). */
  | "ESCALATE"
  /** The origin places it with a destination (needs destinationFacilityId); TP-2/TP-3 limit where a temporary-protection patient may go. */
  | "PLACE"
  /** The destination rejects it (needs a reason). */
  | "REJECT";

/** Which side of a referral your facility is on. */
export type ReferralDirection =
  /** Referrals placed with your facility. */
  | "INCOMING"
  /** Referrals your facility made. */
  | "OUTGOING";

/** The referral's facts, for a quote without a stored referral. */
export type ReferralFactsInput = {
  /** The clinic (branch) of the treatment: 'can provide the treatment' (REIMB-3). */
  clinicCode: string;
  /** The referring facility stated a companion is medically necessary. */
  companionRequired?: boolean;
  /** Global ID of the facility referred to. */
  destinationFacilityId: string | number;
  /** ICD-10, e.g. I21.0: matched against SGK's listed emergencies (REIMB-4) and primary-care exceptions (REIMB-2). */
  diagnosisIcd10?: string | null | undefined;
  /** Medical grounds (REIMB-4). */
  medicalGrounds: MedicalGrounds;
  /** Global ID of the referring facility. */
  originFacilityId: string | number;
  /** Day of the referral; REIMB-10 counts from it. */
  referralDate: string;
  /** Urgency (default ROUTINE). */
  urgency?: ReferralUrgency;
};

/** Narrows the referral list; every given field must match. */
export type ReferralFilter = {
  /** For a hospital: referrals to it (INCOMING) or from it (OUTGOING); both when omitted. */
  direction?: ReferralDirection | null | undefined;
  /** Only referrals in this status. */
  status?: ReferralStatus | null | undefined;
  /** Only referrals of this urgency. */
  urgency?: ReferralUrgency | null | undefined;
};

/** REF-1: derived from the two facilities, never entered. */
export type ReferralScope =
  /** Another settlement area of the same province. */
  | "IN_PROVINCE"
  /** Both facilities are in the same settlement area. */
  | "IN_SETTLEMENT"
  /** Another province. */
  | "OUT_OF_PROVINCE";

/** Where a referral stands (REF-2; ESCALATED for TP-4). */
export type ReferralStatus =
  /** The destination accepted. */
  | "ACCEPTED"
  /** Cancelled with a reason. */
  | "CANCELLED"
  /** Treatment completed (for temporary protection, reported to the unit: TP-5). */
  | "COMPLETED"
  /** No suitable hospital accepted a temporary-protection patient; the coordination unit coordinates (TP-4). */
  | "ESCALATED"
  /** The patient arrived at the destination. */
  | "PATIENT_ARRIVED"
  /** A destination was chosen; waiting for its acceptance. */
  | "PLACED"
  /** The destination rejected it with a reason; the origin may place it again. */
  | "REJECTED"
  /** Created by the origin; no destination yet. */
  | "REQUESTED";

/** How urgent a referral is. */
export type ReferralUrgency =
  /** Emergency (may start an emergency bed search, ER-1). */
  | "EMERGENCY"
  /** Routine. */
  | "ROUTINE"
  /** Urgent. */
  | "URGENT";

/** A contract the insurer registers (KZ-2). */
export type RegisterInsuranceContractInput = {
  /** Last day of coverage, not before startsOn. */
  endsOn: string;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** IIN of the insured person: 12 digits passing the ID-2 check. */
  insuredIin: string;
  /** VHI or OSMS. */
  kind: KzCoverageKind;
  /** Contract number, 3 to 64 characters; unique per insurer. */
  number: string;
  /** First day of coverage. */
  startsOn: string;
};

/** A new patient with at least one identifier (ID-1 to ID-4, PAT-1, PAT-2). */
export type RegisterPatientInput = {
  /** Date of birth (YYYY-MM-DD), not in the future. */
  birthDate: string;
  /** Patient category (PAT-1). */
  category: PatientCategory;
  /** Contact details. */
  contact?: ContactInput | null | undefined;
  /** Family name. */
  familyName: string;
  /** Given name(s). */
  givenName: string;
  /** Legal guardian, for a minor (PAT-2). */
  guardian?: GuardianInput | null | undefined;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** One or more identifiers; each is checked (ID-1 to ID-3) and must be unique in the registry (ID-4). */
  identifiers: Array<IdentifierInput>;
  /** Nationality, ISO 3166-1 alpha-2 (e.g. TR, SY, DE). */
  nationality: string;
  /** Preferred language, ISO 639-1 (default tr); drives interpreter assignment (HT-6). */
  preferredLanguage?: string;
  /** Required for hospitals: their own facility. */
  registeringFacilityId?: string | number | null | undefined;
  /** Sex as recorded in the identity document. */
  sex: Sex;
};

/** A physician at one facility clinic. */
export type RegisterPhysicianInput = {
  /** Clinic code the facility has, e.g. CARDIOLOGY. */
  clinicCode: string;
  /** Global ID of the facility; a hospital registers only at its own. */
  facilityId: string | number;
  /** Family name. */
  familyName: string;
  /** Given name(s). */
  givenName: string;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Ministry registry (tescil) number; unique. */
  registryNumber: string;
  /** Academic or professional title, e.g. Uzm. Dr., Doç. Dr. */
  title: string;
};

/** A document to trust for one client (DOC-1..4). */
export type RegisterTrustedDocumentInput = {
  /** The client (OAuth2 client id) that may then run the document. */
  clientId: string;
  /** The document's exact text, as the client will send it (the SDK's `documentText` gives it): named queries and mutations, valid against this schema (DOC-2). */
  document: string;
};

/** The fare for one distance band. */
export type RegularFareBandInput = {
  /** Kuruş, one way. */
  fareMinor: number;
  /** Lower bound, km (inclusive), 1 or more. */
  fromKm: number;
  /** Upper bound, km (inclusive), at most 5000. */
  toKm: number;
};

/** Whom a statement line pays. */
export type ReimbursedPerson =
  /** The companion (REIMB-9). */
  | "COMPANION"
  /** The patient. */
  | "PATIENT";

/** REGULAR_FARE: km-banded tariff (REIMB-5); ECONOMY_FARE: flight at economy (REIMB-6); ACTUAL_INVOICE: taxi/ambulance invoice (REIMB-6); DAILY_RATE: REIMB-8. */
export type ReimbursementBasis =
  /** The invoice or ticket, for taxi, ambulance or flight with a report or prescription (REIMB-6). */
  | "ACTUAL_INVOICE"
  /** 100 or 200 × the civil-servant coefficient, rounded to the kuruş (REIMB-8). */
  | "DAILY_RATE"
  /** A flight paid at the economy fare (REIMB-6). */
  | "ECONOMY_FARE"
  /** The regular intercity fare for the distance from the tariff (REIMB-5). */
  | "REGULAR_FARE";

/** Claims come by post or in person at an SGK provincial office. */
export type ReimbursementChannel =
  /** Handed in at an SGK provincial office. */
  | "IN_PERSON"
  /** Sent by post. */
  | "POST";

/** Narrows the claim list; every given field must match. */
export type ReimbursementClaimFilter = {
  /** Only claims for this referral (global ID). */
  referralId?: string | number | null | undefined;
  /** Only claims in this status. */
  status?: ReimbursementClaimStatus | null | undefined;
};

/** REIMB-11. */
export type ReimbursementClaimStatus =
  /** Approved for payment. */
  | "APPROVED"
  /** The itemised statement is calculated; may be calculated again or decided. */
  | "CALCULATED"
  /** Paid via PTT, with its payment reference. */
  | "PAID"
  /** Rejected with the failing rule IDs. */
  | "REJECTED"
  /** Received by SGK; not calculated yet. */
  | "SUBMITTED";

/** A step on a claim (calculate, approve). */
export type ReimbursementClaimStepInput = {
  /** A comment for the history, up to 1000 characters. */
  comment?: string | null | undefined;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the claim. */
  id: string | number;
};

/** What a statement line pays. */
export type ReimbursementLineKind =
  /** Daily allowance (REIMB-7, REIMB-8). */
  | "DAILY"
  /** Travel (REIMB-3 to REIMB-6). */
  | "TRAVEL";

/** The facts to quote: a stored referral or its facts, and the trip. */
export type ReimbursementQuoteInput = {
  /** The referral's facts, when there is no stored referral. */
  referral?: ReferralFactsInput | null | undefined;
  /** A stored referral; or give `referral` instead. */
  referralId?: string | number | null | undefined;
  /** What happened on the trip. */
  trip: TripInput;
};

/** Rejects a claim (REIMB-11). */
export type RejectReimbursementClaimInput = {
  /** A comment for the history, up to 1000 characters. */
  comment?: string | null | undefined;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the claim. */
  id: string | number;
  /** The explanation to the claimant, up to 2000 characters. */
  reason: string;
  /** The failing rule IDs, e.g. [REIMB-10]. */
  rules: Array<string>;
};

/** ER-8: a hospital's occupancy feed: its free beds by type, as of a time. */
export type ReportBedOccupancyInput = {
  /** One entry per bed type reported; types left out keep their last report. */
  beds: Array<BedOccupancyInput>;
  /** The reporting facility (a hospital reports its own). */
  facilityId: string | number;
  /** When the hospital counted: not in the future, not older than its last report. */
  reportedAt: string;
};

/** A report or plan. */
export type ReportSubjectInput = {
  /** Period covered: YYYY, YYYY-MM, YYYY-Qn or YYYY-YYYY. */
  period: string;
  /** What it covers, 3 to 4000 characters. */
  summary: string;
};

/** The unit sends a submission back with the rows to correct (MDS-3). */
export type RequestSubmissionCorrectionInput = {
  /** A comment to the province, up to 2000 characters. */
  comment?: string | null | undefined;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the submission. */
  id: string | number;
  /** The rows to correct, each with its reason, at most 500. */
  rows: Array<CorrectionRowInput>;
};

/** Place of residence (KZ-4). */
export type ResidenceInput = {
  /** City, 2 to 100 characters. */
  city: string;
  /** District of the city, 2 to 100 characters. */
  district: string;
  /** PERMANENT or TEMPORARY */
  kind: string;
};

/** The preparer's resubmission after a RETURN. */
export type ResubmitApprovalInput = {
  /** What was revised, 2 to 2000 characters. */
  comment: string;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the returned approval. */
  id: string | number;
  /** The revised subject; omitted keeps it. */
  subject?: ApprovalSubjectInput | null | undefined;
};

/** Retires a template: no new chains; running ones finish (APR-8). */
export type RetireApprovalTemplateInput = {
  /** The template's code. */
  code: string;
  /** The current version you read. */
  expectedVersion: number;
};

/** A new version of a template: running chains keep theirs (APR-8). */
export type ReviseApprovalTemplateInput = {
  /** The template's code. */
  code: string;
  /** When its reports are due; omitted keeps it. */
  duePolicy?: ApprovalDuePolicyInput | null | undefined;
  /** The current version you read; another revision in between is a CONFLICT. */
  expectedVersion: number;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** New English name; omitted keeps it. */
  nameEn?: string | null | undefined;
  /** New Turkish name; omitted keeps it. */
  nameTr?: string | null | undefined;
  /** The new steps in order, 1 to 30. */
  steps: Array<ApprovalStepInput>;
};

/** A province's whole month in one call (bulk input: up to 2000 rows), stored all or nothing. */
export type SaveMonthlyDraftInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion?: number | null | undefined;
  /** Reporting period, YYYY-MM: the previous month, open from the 1st (MDS-1). */
  period: string;
  /** All rows of the draft (replacing the saved ones), at most 2000; a bad row is refused with a row-level error (MDS-2). */
  rows: Array<MonthlySubmissionRowInput>;
};

/** The level holding an emergency bed search (ER-2 to ER-4). */
export type SearchLevel =
  /** The province's 112 command centre (112 KKM): searches in and out of the province. */
  | "EMERGENCY_112"
  /** The National (TKHK) Crisis Centre: searches countrywide (ER-4). */
  | "NATIONAL_CRISIS_CENTRE"
  /** The Provincial Crisis Centre (İl Kriz Merkezi), after 112 found no place (ER-3). */
  | "PROVINCIAL_CRISIS_CENTRE";

/** Where an emergency bed search stands. */
export type SearchStatus =
  /** A free bed of the needed type is reserved (ER-6); 112 transfers the patient. */
  | "BED_RESERVED"
  /** Cancelled with its referral. */
  | "CANCELLED"
  /** The transfer was done (ER-5). */
  | "CLOSED"
  /** Looking for a bed at the current level. */
  | "SEARCHING";

/** A coefficient period (REIMB-8); periods may not overlap. */
export type SetCivilServantCoefficientInput = {
  /** Decimal with up to 6 places, e.g. 1.387871. */
  coefficient: string;
  /** First day it applies. */
  validFrom: string;
  /** Last day it applies, not before validFrom. */
  validUntil: string;
};

/** MDS-1: a new due day. */
export type SetMonthlySubmissionDueDayInput = {
  /** Day of the month, 1 to 28. */
  dueDay: number;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). Optional: without it the change applies over whatever is current. */
  expectedVersion?: number | null | undefined;
};

/** Replaces a country's holidays of one year (e.g. when Diyanet publishes the religious holidays). */
export type SetPublicHolidaysInput = {
  /** Country whose holidays are replaced (ISO 3166-1 alpha-2): TR or KZ. */
  countryCode: string;
  /** The complete list for that year; days of the year not listed stop being holidays. */
  holidays: Array<PublicHolidayInput>;
  /** Calendar year replaced, e.g. 2026. */
  year: number;
};

/** A regular fare tariff (REIMB-5) for a period; periods may not overlap. */
export type SetRegularFareTariffInput = {
  /** Fares by distance band, at most 50: from 1 km upwards without gaps or overlaps, never cheaper with distance. */
  bands: Array<RegularFareBandInput>;
  /** Where the figures come from, e.g. the Tebliğ's Official Gazette number. */
  source: string;
  /** First day it applies. */
  validFrom: string;
  /** Last day it applies, not before validFrom. */
  validUntil: string;
};

/** REIMB-13: SGK sets a pair's road distance from a day on (overriding a published or estimated one). */
export type SetRoadDistanceInput = {
  /** One settlement area's code, e.g. 01-02. */
  fromAreaCode: string;
  /** Road km, 1 to 5000. */
  km: number;
  /** Where the figure comes from, e.g. KGM's distance table. */
  source: string;
  /** The other settlement area's code. */
  toAreaCode: string;
  /** The day from which the figure applies; earlier days keep the earlier figure. */
  validFrom: string;
};

/** REIMB-13: SGK adds a settlement area (without expectedVersion) or changes one. */
export type SetSettlementAreaInput = {
  /** The area code: plate code, dash, number (e.g. 06-04). */
  code: string;
  /** The day from which this version applies. */
  effectiveFrom: string;
  /** The version you read; omit when adding a new area. */
  expectedVersion?: number | null | undefined;
  /** The reference point's latitude (WGS 84). */
  latitude: number;
  /** The reference point's longitude (WGS 84). */
  longitude: number;
  /** The municipality's name. */
  name: string;
  /** The province's plate code. */
  provinceCode: string;
};

/** Sex as recorded in the identity document. */
export type Sex =
  /** Female. */
  | "FEMALE"
  /** Male. */
  | "MALE"
  /** Not recorded or not known. */
  | "UNKNOWN";

/** Narrows the staff accounts; every given field must match. */
export type StaffAccountFilter = {
  /** Only enabled (true) or disabled (false) accounts. */
  enabled?: boolean | null | undefined;
  /** Only accounts of this role. */
  role?: string | null | undefined;
};

/** A new subject submitted into a chain (APR-1). */
export type StartApprovalInput = {
  /** Comment for the first step, 2 to 2000 characters. */
  comment?: string;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The subject's details: exactly the field that fits the template's subject kind. */
  subject: ApprovalSubjectInput;
  /** The chain template, e.g. PETITION (see approvalTemplates). */
  templateCode: string;
  /** Title of the subject, 3 to 300 characters. */
  title: string;
};

/** Starts an emergency bed search for a referral (ER-1). */
export type StartBedSearchInput = {
  /** The bed type needed. */
  bedType: BedType;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Global ID of the emergency referral. */
  referralId: string | number;
};

/** APPROVE/REJECT/RETURN for approvals, SIGN for signatures, COMPLETE for the unit's own tasks. */
export type StepDecision =
  /** Approve and forward to the next step (uygun görürse sunar). */
  | "APPROVE"
  /** Mark the unit's own task step done. */
  | "COMPLETE"
  /** Reject: the chain ends. */
  | "REJECT"
  /** Return to the preparer for revision; a resubmission starts a new revision (APR-3). */
  | "RETURN"
  /** Sign a signature step. */
  | "SIGN";

/** A named value of a generic subject. */
export type SubjectAttributeInput = {
  /** Name, 1 to 100 characters. */
  name: string;
  /** Value, up to 2000 characters. */
  value: string;
};

/** The counts a monthly submission reports (MDS-2). */
export type SubmissionMetric =
  /** Births. */
  | "BIRTHS"
  /** Emergency visits. */
  | "EMERGENCY_VISITS"
  /** Inpatient admissions. */
  | "INPATIENT_ADMISSIONS"
  /** Intensive-care admissions. */
  | "INTENSIVE_CARE_ADMISSIONS"
  /** Outpatient visits. */
  | "OUTPATIENT_VISITS"
  /** Referrals out to other facilities. */
  | "REFERRALS_OUT"
  /** Surgeries. */
  | "SURGERIES";

/** MDS-3: DRAFT → SUBMITTED → ACCEPTED, or → CORRECTION_REQUESTED → RESUBMITTED → … */
export type SubmissionStatus =
  /** Accepted; counts in the consolidation (MDS-5). */
  | "ACCEPTED"
  /** The unit marked rows with reasons; the province corrects them. */
  | "CORRECTION_REQUESTED"
  /** Being entered by the province. */
  | "DRAFT"
  /** Corrected and submitted again. */
  | "RESUBMITTED"
  /** Submitted, waiting for the unit's review. */
  | "SUBMITTED";

/** A request to attach a person to a PHC organisation (KZ-4, KZ-5, KZ-10, KZ-11). */
export type SubmitAttachmentRequestInput = {
  /** IN_PERSON, for a family member or representative: the IIN of the person applying, as the staff identified them (recorded). */
  applicantIin?: string | null | undefined;
  /** SELF, FAMILY_MEMBER (with the member's written or digital consent, KZ-10) or LEGAL_REPRESENTATIVE of a child (KZ-11). On the portal the applicant is the portal's person; a representative must be the child's guardian on record. */
  applicantRelation?: KzApplicantRelation;
  /** IN_PERSON: kk or ru. */
  applicationLanguage?: string | null | undefined;
  /** How the request is made (KZ-5). */
  channel: KzRequestChannel;
  /** Global ID of the person's insurance contract, active on the day. */
  contractId: string | number;
  /** Which documents come with it; the channel and relation decide which are required. */
  documents: KzRequestDocumentsInput;
  /** EGOV_PORTAL: the EDS certificate's reference. */
  edsCertificateRef?: string | null | undefined;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Code of the chosen PHC organisation, at the place of residence (KZ-4). */
  organisationCode: string;
  /** IIN of the person to attach: 12 digits passing the ID-2 check. */
  personIin: string;
  /** The place of permanent or temporary residence (KZ-4). */
  residence: ResidenceInput;
};

/** Submits (or resubmits) your province's draft (MDS-3). */
export type SubmitMonthlySubmissionInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Reporting period, YYYY-MM. */
  period: string;
};

/** A claim SGK receives, calculated on submission (REIMB-11). */
export type SubmitReimbursementClaimInput = {
  /** How the claim came in. */
  channel: ReimbursementChannel;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The SGK provincial office's plate code, 01..81. */
  officeProvinceCode: string;
  /** Global ID of the referral. */
  referralId: string | number;
  /** What happened on the trip, as the claimant declares it. */
  trip: TripInput;
};

/** Who decides a step of a template. */
export type TemplateStepRole =
  /** The Department Head of the chain's department, or of the step's department (APR-6). */
  | "DEPARTMENT_HEAD"
  /** The Deputy General Director. */
  | "DEPUTY_GENERAL_DIRECTOR"
  /** The General Director. */
  | "GENERAL_DIRECTOR"
  /** The preparing unit's own task (PREPARATION, EXTERNAL or NOTIFICATION). */
  | "PREPARER";

/** A ticket or invoice for one person and one leg (REIMB-6). */
export type TicketInput = {
  /** What the ticket or invoice says, in kuruş (at most 100,000.00 TL). */
  amountMinor: number;
  /** Flights only. */
  cabinClass?: CabinClass | null | undefined;
  /** Business or VIP flights: the economy fare of the same flight, in kuruş (REIMB-6). */
  economyFareMinor?: number | null | undefined;
  /** Outbound or return. */
  leg: TripLeg;
  /** Whose ticket: the patient or the companion. */
  person: ReimbursedPerson;
};

/** Temporary-protection nationalities reported: Syria, Iraq. */
export type TpNationality =
  /** Iraq. */
  | "IQ"
  /** Syria. */
  | "SY";

/** A proposed trainee. */
export type TraineeInput = {
  /** Institution, 3 to 200 characters. */
  institution: string;
  /** Full name, 3 to 200 characters. */
  name: string;
  /** Province plate code, 01 to 81. */
  provinceCode: string;
};

/** A CBRN trainer training. */
export type TrainerTrainingSubjectInput = {
  /** First day of the training. */
  startsOn: string;
  /** The proposed trainees, 1 to 200. */
  trainees: Array<TraineeInput>;
};

/** One step of a health-tourism case (HT-1, HT-2); fields that belong to other steps are ignored. */
export type TransitionHealthTourismCaseInput = {
  /** ARRIVE: accommodation is arranged (HT-5). */
  accommodationArranged?: boolean | null | undefined;
  /** The step; only those after the current state are allowed (HT-2). */
  action: HealthTourismAction;
  /** SCHEDULE_APPOINTMENT: the appointment (UTC), in the future (HT-4). */
  appointmentAt?: string | null | undefined;
  /** A comment for the history, up to 2000 characters. */
  comment?: string | null | undefined;
  /** SCHEDULE_APPOINTMENT: the approximate cost (HT-4). */
  cost?: MoneyInput | null | undefined;
  /** Documents attached in this step, at most 20 (HT-8). */
  documents?: Array<DocumentUploadInput> | null | undefined;
  /** Check the step against every rule and answer what it would do, writing nothing. */
  dryRun?: boolean;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** FORWARD: global ID of the facility; it must have an International Health Tourism Unit (HT-3). */
  facilityId?: string | number | null | undefined;
  /** ARRIVE: who met the patient (HT-7). */
  greetedBy?: Greeter | null | undefined;
  /** START_TREATMENT: the patient guide, 2 to 200 characters (HT-6). */
  guideName?: string | null | undefined;
  /** Global ID of the case. */
  id: string | number;
  /** START_TREATMENT: the interpreter (HT-6). */
  interpreter?: InterpreterInput | null | undefined;
  /** CANCEL: why, 3 to 1000 characters. */
  reason?: string | null | undefined;
  /** ARRIVE: the airport transfer is arranged (HT-5). */
  transferArranged?: boolean | null | undefined;
};

/** One step of a referral (REF-2). */
export type TransitionReferralInput = {
  /** The step: the origin places and cancels; the destination accepts, rejects, records arrival and completion. */
  action: ReferralAction;
  /** A comment for the history, up to 1000 characters. */
  comment?: string | null | undefined;
  /** COMPLETE: the report to the unit, 3 to 4000 characters (required for temporary protection, TP-5). */
  completionReport?: string | null | undefined;
  /** PLACE: global ID of the destination facility; it must have the clinic. */
  destinationFacilityId?: string | number | null | undefined;
  /** Check the step against every rule and answer what it would do, writing nothing. */
  dryRun?: boolean;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the referral. */
  id: string | number;
  /** REJECT / CANCEL: why, 3 to 1000 characters. */
  reason?: string | null | undefined;
};

/** Transport a referral authorises (REIMB-5, REIMB-6). */
export type TransportKind =
  /** Ambulance: paid only with a health board report or an emergency prescription (REIMB-6). */
  | "AMBULANCE"
  /** Scheduled flight: paid at the economy fare, only with a report or prescription (REIMB-6). */
  | "FLIGHT"
  /** Own car: paid like regular transport (REIMB-5). */
  | "OWN_CAR"
  /** Regular intercity transport (bus, minibus; "mutat"): paid from the fare tariff (REIMB-5). */
  | "REGULAR"
  /** Taxi: paid only with a health board report or an emergency prescription (REIMB-6). */
  | "TAXI";

/** REIMB-6: a report for chemotherapy, radiotherapy or dialysis stays valid 3 months. */
export type TreatmentKind =
  /** Chemotherapy: its report stays valid 3 months. */
  | "CHEMOTHERAPY"
  /** Dialysis: its report stays valid 3 months. */
  | "DIALYSIS"
  /** Any other treatment: the report covers this trip. */
  | "OTHER"
  /** Radiotherapy: its report stays valid 3 months. */
  | "RADIOTHERAPY";

/** What happened on the trip, as the claimant declares it. */
export type TripInput = {
  /** The day the patient applied to the referred facility (REIMB-10). */
  applicationDate: string;
  /** Present when a companion travelled. */
  companion?: CompanionInput | null | undefined;
  /** Day the patient left home (paid as a daily-allowance day, REIMB-7). */
  departureDate: string;
  /** An emergency physician's signed prescription of the vehicle (REIMB-6 b). */
  emergencyTransportDocument?: EmergencyTransportDocumentInput | null | undefined;
  /** A health board report for taxi, ambulance or flight (REIMB-6 a). */
  healthBoardReport?: HealthBoardReportInput | null | undefined;
  /** Days as an inpatient; not paid (REIMB-7). */
  inpatientDays?: Array<string>;
  /** Onward referrals to other hospitals; their outpatient days count too (REIMB-7). */
  onwardReferrals?: Array<OnwardReferralInput>;
  /** Days of outpatient treatment at the referred facility. */
  outpatientDays?: Array<string>;
  /** Day the patient came back (paid as a daily-allowance day, REIMB-7). */
  returnDate: string;
  /** Treatment ended on the day of arrival and the patient left that day. */
  sameDayDischarge?: boolean;
  /** Days covered by a sick-leave report during outpatient treatment. */
  sickLeaveDays?: Array<string>;
  /** Tickets or invoices, one per person and leg (REIMB-6). */
  tickets?: Array<TicketInput>;
  /** How the patient travelled. */
  transport: TransportKind;
};

/** A leg of the trip. */
export type TripLeg =
  /** From home to the referred facility. */
  | "OUTBOUND"
  /** Back home. */
  | "RETURN";

/** Changes to the switchable MHRS rules; omitted groups stay as they are. */
export type UpdateAppointmentSettingsInput = {
  /** New APPT-7 threshold. */
  adequacy?: AdequacySettingsInput | null | undefined;
  /** New APPT-9 settings. */
  confirmation?: ConfirmationSettingsInput | null | undefined;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). Optional: without it the change applies over whatever is current. */
  expectedVersion?: number | null | undefined;
  /** New APPT-8 settings. */
  noShowPenalty?: NoShowPenaltySettingsInput | null | undefined;
};

/** Changes to a facility; omitted fields stay as they are. */
export type UpdateFacilityInput = {
  /** The complete new bed capacity list. */
  bedCapacities?: Array<BedCapacityInput> | null | undefined;
  /** The complete new clinic list. */
  clinics?: Array<string> | null | undefined;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Whether it now has an International Health Tourism Unit (HT-3). */
  hasHealthTourismUnit?: boolean | null | undefined;
  /** Global ID of the facility to change. */
  id: string | number;
  /** New coordinates. */
  location?: GeoPointInput | null | undefined;
  /** New official name, 3 to 200 characters. */
  name?: string | null | undefined;
};

/** Changes to a patient's personal data; omitted fields stay as they are. */
export type UpdatePatientInput = {
  /** Whether the patient is under cancer treatment (exempts from appointment confirmation, APPT-9). */
  cancerPatient?: boolean | null | undefined;
  /** New contact details (replace the old ones). */
  contact?: ContactInput | null | undefined;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** New family name. */
  familyName?: string | null | undefined;
  /** New given name(s). */
  givenName?: string | null | undefined;
  /** New legal guardian (replaces the old one). */
  guardian?: GuardianInput | null | undefined;
  /** Global ID of the patient to change. */
  id: string | number;
  /** New preferred language, ISO 639-1. */
  preferredLanguage?: string | null | undefined;
};

/** New REIMB-10 limits; omitted ones stay as they are. */
export type UpdateReimbursementSettingsInput = {
  /** Replaces REIMB-4's list of emergencies (ICD-10 codes or prefixes). */
  emergencyFullDistance?: Array<string> | null | undefined;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). Optional: without it the change applies over whatever is current. */
  expectedVersion?: number | null | undefined;
  /** Replaces REIMB-2's list of primary-care exceptions (ICD-10 codes or prefixes). */
  primaryCareExceptions?: Array<string> | null | undefined;
  /** Business days to apply for travel and daily allowance, 1 to 30. */
  travelAndDailyBusinessDays?: number | null | undefined;
  /** Business days to apply for treatment costs, 1 to 30. */
  treatmentBusinessDays?: number | null | undefined;
};

/** Changes to a subscription; omitted fields stay as they are. */
export type UpdateWebhookSubscriptionInput = {
  /** false pauses the subscription. */
  active?: boolean | null | undefined;
  /** New note, 1 to 200 characters. */
  description?: string | null | undefined;
  /** New event types, 1 to 100 (exact or subject.*). */
  eventTypes?: Array<string> | null | undefined;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: number;
  /** Global ID of the subscription. */
  id: string | number;
  /** New receiver URL (https), up to 2000 characters. */
  url?: string | null | undefined;
};

/** Where the visa process of an overseas posting stands. */
export type VisaStatus =
  /** Applied for, waiting. */
  | "APPLIED"
  /** Visa issued. */
  | "ISSUED"
  /** Not applied for yet. */
  | "NOT_STARTED"
  /** Visa refused. */
  | "REFUSED";

/** Narrows the delivery log; every given field must match. */
export type WebhookDeliveryFilter = {
  /** Only deliveries in this status. */
  status?: WebhookDeliveryStatus | null | undefined;
  /** Only deliveries of this subscription (global ID). */
  subscriptionId?: string | number | null | undefined;
};

/** PENDING until the receiver answers 2xx (DELIVERED) or the attempts run out (FAILED). */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | "DELIVERED"
  /** Gave up after the last retry; redeliverWebhook sends it again. */
  | "FAILED"
  /** Not yet answered 2xx; retried with growing delays. */
  | "PENDING";

/** An activity planned under World Bank financing. */
export type WorldBankActivitySubjectInput = {
  /** Title, 3 to 300 characters. */
  activityTitle: string;
  /** The strategic goal it serves, 3 to 500 characters. */
  strategicGoal: string;
  /** What the activity does, 3 to 4000 characters. */
  summary: string;
};

export type AvailableSlotsQueryVariables = Exact<{
  facilityId: string | number;
  clinicCode: string;
  from: string;
  to: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AvailableSlotsQuery = {
  availableSlots: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        startsAt: string;
        endsAt: string;
        capacity: number;
        booked: number;
        available: number;
        clinic: { code: string; nameTr: string };
        physician: { id: string; title: string; givenName: string; familyName: string };
      };
    }>;
  };
};

export type AppointmentsQueryVariables = Exact<{
  filter?: AppointmentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type AppointmentsQuery = {
  appointments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        status: AppointmentStatus;
        channel: BookingChannel;
        startsAt: string;
        day: string;
        bookingSessionId: string | null;
        bookedAt: string;
        confirmBy: string | null;
        confirmedAt: string | null;
        cancelledAt: string | null;
        cancelReason: string | null;
        version: number;
        facility: { id: string; code: string; name: string };
        clinic: { code: string; nameTr: string };
        physician: { id: string; title: string; givenName: string; familyName: string };
        slot: { id: string; available: number };
      };
    }>;
  };
};

export type AppointmentQueryVariables = Exact<{
  id: string | number;
}>;

export type AppointmentQuery = {
  appointment: {
    id: string;
    status: AppointmentStatus;
    channel: BookingChannel;
    startsAt: string;
    day: string;
    bookingSessionId: string | null;
    bookedAt: string;
    confirmBy: string | null;
    confirmedAt: string | null;
    cancelledAt: string | null;
    cancelReason: string | null;
    version: number;
    patient: { id: string; givenName: string; familyName: string; identifiers: Array<{ kind: IdentifierKind; value: string }> } | null;
    facility: { id: string; code: string; name: string };
    clinic: { code: string; nameTr: string };
    physician: { id: string; title: string; givenName: string; familyName: string };
    slot: { id: string; available: number };
  };
};

export type ScheduleAdequacyQueryVariables = Exact<{
  weekStart?: string | null | undefined;
}>;

export type ScheduleAdequacyQuery = {
  scheduleAdequacy: {
    weekStart: string;
    facilities: Array<{
      physicianCount: number;
      capacity: number;
      requiredCapacity: number;
      reasons: Array<AdequacyReason>;
      facility: { id: string; code: string; name: string };
      physiciansWithoutSchedule: Array<{
        id: string;
        registryNumber: string;
        title: string;
        givenName: string;
        familyName: string;
        clinic: { code: string; nameTr: string };
        facility: { id: string; code: string; name: string };
      }>;
    }>;
  };
};

export type AppointmentSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type AppointmentSettingsQuery = {
  appointmentSettings: {
    version: number;
    noShowPenalty: { enabled: boolean; days: number };
    confirmation: { enabled: boolean; deadlineHour: number; preConfirmedWithinDays: number; exemptFromAge: number };
    adequacy: { minWeeklyCapacityPerPhysician: number };
  };
};

export type UpdateAppointmentSettingsMutationVariables = Exact<{
  input: UpdateAppointmentSettingsInput;
}>;

export type UpdateAppointmentSettingsMutation = {
  updateAppointmentSettings: {
    settings: {
      version: number;
      noShowPenalty: { enabled: boolean; days: number };
      confirmation: { enabled: boolean; deadlineHour: number; preConfirmedWithinDays: number; exemptFromAge: number };
      adequacy: { minWeeklyCapacityPerPhysician: number };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type RegisterPhysicianMutationVariables = Exact<{
  input: RegisterPhysicianInput;
}>;

export type RegisterPhysicianMutation = {
  registerPhysician: {
    physician: {
      id: string;
      registryNumber: string;
      title: string;
      givenName: string;
      familyName: string;
      clinic: { code: string; nameTr: string };
      facility: { id: string; code: string; name: string };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type PublishScheduleMutationVariables = Exact<{
  input: PublishScheduleInput;
}>;

export type PublishScheduleMutation = {
  publishSchedule: {
    scheduleId: string | null;
    slots: Array<{
      id: string;
      startsAt: string;
      endsAt: string;
      capacity: number;
      booked: number;
      available: number;
      clinic: { code: string; nameTr: string };
      physician: { id: string; title: string; givenName: string; familyName: string };
    }>;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type BookAppointmentMutationVariables = Exact<{
  input: BookAppointmentInput;
}>;

export type BookAppointmentMutation = {
  bookAppointment: {
    appointment: {
      id: string;
      status: AppointmentStatus;
      channel: BookingChannel;
      startsAt: string;
      day: string;
      bookingSessionId: string | null;
      bookedAt: string;
      confirmBy: string | null;
      confirmedAt: string | null;
      cancelledAt: string | null;
      cancelReason: string | null;
      version: number;
      facility: { id: string; code: string; name: string };
      clinic: { code: string; nameTr: string };
      physician: { id: string; title: string; givenName: string; familyName: string };
      slot: { id: string; available: number };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type CancelAppointmentMutationVariables = Exact<{
  input: CancelAppointmentInput;
}>;

export type CancelAppointmentMutation = {
  cancelAppointment: {
    appointment: {
      id: string;
      status: AppointmentStatus;
      channel: BookingChannel;
      startsAt: string;
      day: string;
      bookingSessionId: string | null;
      bookedAt: string;
      confirmBy: string | null;
      confirmedAt: string | null;
      cancelledAt: string | null;
      cancelReason: string | null;
      version: number;
      facility: { id: string; code: string; name: string };
      clinic: { code: string; nameTr: string };
      physician: { id: string; title: string; givenName: string; familyName: string };
      slot: { id: string; available: number };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ConfirmAppointmentMutationVariables = Exact<{
  input: ConfirmAppointmentInput;
}>;

export type ConfirmAppointmentMutation = {
  confirmAppointment: {
    appointment: {
      id: string;
      status: AppointmentStatus;
      channel: BookingChannel;
      startsAt: string;
      day: string;
      bookingSessionId: string | null;
      bookedAt: string;
      confirmBy: string | null;
      confirmedAt: string | null;
      cancelledAt: string | null;
      cancelReason: string | null;
      version: number;
      facility: { id: string; code: string; name: string };
      clinic: { code: string; nameTr: string };
      physician: { id: string; title: string; givenName: string; familyName: string };
      slot: { id: string; available: number };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;

export type RecordAttendanceMutation = {
  recordAttendance: {
    appointment: {
      id: string;
      status: AppointmentStatus;
      channel: BookingChannel;
      startsAt: string;
      day: string;
      bookingSessionId: string | null;
      bookedAt: string;
      confirmBy: string | null;
      confirmedAt: string | null;
      cancelledAt: string | null;
      cancelReason: string | null;
      version: number;
      facility: { id: string; code: string; name: string };
      clinic: { code: string; nameTr: string };
      physician: { id: string; title: string; givenName: string; familyName: string };
      slot: { id: string; available: number };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type PhysiciansQueryVariables = Exact<{
  filter: PhysicianFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PhysiciansQuery = {
  physicians: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        registryNumber: string;
        title: string;
        givenName: string;
        familyName: string;
        clinic: { code: string; nameTr: string };
        facility: { id: string; code: string; name: string };
      };
    }>;
  };
};

export type ApprovalTemplatesQueryVariables = Exact<{
  includeRetired?: boolean | null | undefined;
}>;

export type ApprovalTemplatesQuery = {
  approvalTemplates: Array<{
    code: string;
    templateVersion: number;
    status: ApprovalTemplateStatus;
    nameTr: string;
    nameEn: string;
    subjectKind: ApprovalSubjectKind;
    departmentCode: string;
    createdAt: string;
    retiredAt: string | null;
    duePolicy: { period: DuePeriod; windowDays: number } | null;
    steps: Array<{ index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string; department: string | null }>;
  }>;
};

export type ApprovalTemplateVersionsQueryVariables = Exact<{
  code: string;
}>;

export type ApprovalTemplateVersionsQuery = {
  approvalTemplateVersions: Array<{
    code: string;
    templateVersion: number;
    status: ApprovalTemplateStatus;
    nameTr: string;
    nameEn: string;
    subjectKind: ApprovalSubjectKind;
    departmentCode: string;
    createdAt: string;
    retiredAt: string | null;
    duePolicy: { period: DuePeriod; windowDays: number } | null;
    steps: Array<{ index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string; department: string | null }>;
  }>;
};

export type ApprovalDepartmentsQueryVariables = Exact<{ [key: string]: never }>;

export type ApprovalDepartmentsQuery = {
  approvalDepartments: Array<{ code: string; nameTr: string; nameEn: string; headClientIds: Array<string> }>;
};

export type CreateApprovalTemplateMutationVariables = Exact<{
  input: CreateApprovalTemplateInput;
}>;

export type CreateApprovalTemplateMutation = {
  createApprovalTemplate: {
    template: {
      code: string;
      templateVersion: number;
      status: ApprovalTemplateStatus;
      nameTr: string;
      nameEn: string;
      subjectKind: ApprovalSubjectKind;
      departmentCode: string;
      createdAt: string;
      retiredAt: string | null;
      duePolicy: { period: DuePeriod; windowDays: number } | null;
      steps: Array<{ index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string; department: string | null }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ReviseApprovalTemplateMutationVariables = Exact<{
  input: ReviseApprovalTemplateInput;
}>;

export type ReviseApprovalTemplateMutation = {
  reviseApprovalTemplate: {
    template: {
      code: string;
      templateVersion: number;
      status: ApprovalTemplateStatus;
      nameTr: string;
      nameEn: string;
      subjectKind: ApprovalSubjectKind;
      departmentCode: string;
      createdAt: string;
      retiredAt: string | null;
      duePolicy: { period: DuePeriod; windowDays: number } | null;
      steps: Array<{ index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string; department: string | null }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type RetireApprovalTemplateMutationVariables = Exact<{
  input: RetireApprovalTemplateInput;
}>;

export type RetireApprovalTemplateMutation = {
  retireApprovalTemplate: {
    template: {
      code: string;
      templateVersion: number;
      status: ApprovalTemplateStatus;
      nameTr: string;
      nameEn: string;
      subjectKind: ApprovalSubjectKind;
      departmentCode: string;
      createdAt: string;
      retiredAt: string | null;
      duePolicy: { period: DuePeriod; windowDays: number } | null;
      steps: Array<{ index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string; department: string | null }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type AssignDepartmentHeadMutationVariables = Exact<{
  input: AssignDepartmentHeadInput;
}>;

export type AssignDepartmentHeadMutation = {
  assignDepartmentHead: {
    department: { code: string; nameTr: string; nameEn: string; headClientIds: Array<string> } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ApprovalsQueryVariables = Exact<{
  filter?: ApprovalFilter | null | undefined;
  pendingForMe?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type ApprovalsQuery = {
  approvals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        title: string;
        status: ApprovalStatus;
        revision: number;
        version: number;
        preparerRole: string;
        createdAt: string;
        completedAt: string | null;
        dueOn: string | null;
        overdue: boolean;
        template: { code: string; templateVersion: number; nameTr: string; nameEn: string };
        currentStep: {
          index: number;
          kind: ApprovalStepKind;
          role: string;
          labelTr: string;
          labelEn: string;
          department: string | null;
        } | null;
        subject:
          | { __typename: "DataRequestSubject"; requester: string; studyTitle: string; dataRequested: string }
          | {
              __typename: "ExternalRequestSubject";
              institution: ExternalInstitution;
              institutionName: string | null;
              reference: string;
              answerDueOn: string | null;
              summary: string;
            }
          | { __typename: "GenericSubject"; summary: string; attributes: Array<{ name: string; value: string }> }
          | {
              __typename: "InformationRequestSubject";
              organisation: InternationalOrganisation;
              organisationName: string | null;
              requestingCountryCode: string | null;
              reference: string;
              dueOn: string;
              summary: string;
            }
          | {
              __typename: "OverseasDeploymentSubject";
              applicantName: string;
              employmentType: EmploymentType;
              countryCode: string;
              postingMonths: number;
              visaStatus: VisaStatus;
              requests: Array<string>;
              documents: { photo: boolean; passport: boolean; payslip: boolean; workForm: boolean };
            }
          | {
              __typename: "PetitionSubject";
              channel: PetitionChannel;
              petitionerName: string;
              receivedOn: string;
              summary: string;
              answer: string | null;
              answeringUnit: string | null;
            }
          | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
          | { __typename: "ReportSubject"; period: string; summary: string }
          | {
              __typename: "TrainerTrainingSubject";
              startsOn: string;
              trainees: Array<{ name: string; institution: string; provinceCode: string }>;
            }
          | { __typename: "WorldBankActivitySubject"; activityTitle: string; strategicGoal: string; summary: string };
        history: Array<{
          fromState: ApprovalStatus | null;
          toState: ApprovalStatus;
          action: string;
          version: number;
          revision: number;
          stepIndex: number | null;
          stepKind: ApprovalStepKind | null;
          role: string;
          decision: ApprovalDecisionKind;
          comment: string;
          decidedByClientId: string;
          stepStartedAt: string;
          decidedAt: string;
        }>;
      };
    }>;
  };
};

export type ApprovalQueryVariables = Exact<{
  id: string | number;
}>;

export type ApprovalQuery = {
  approval: {
    id: string;
    title: string;
    status: ApprovalStatus;
    revision: number;
    version: number;
    preparerRole: string;
    createdAt: string;
    completedAt: string | null;
    dueOn: string | null;
    overdue: boolean;
    template: { code: string; templateVersion: number; nameTr: string; nameEn: string };
    currentStep: {
      index: number;
      kind: ApprovalStepKind;
      role: string;
      labelTr: string;
      labelEn: string;
      department: string | null;
    } | null;
    subject:
      | { __typename: "DataRequestSubject"; requester: string; studyTitle: string; dataRequested: string }
      | {
          __typename: "ExternalRequestSubject";
          institution: ExternalInstitution;
          institutionName: string | null;
          reference: string;
          answerDueOn: string | null;
          summary: string;
        }
      | { __typename: "GenericSubject"; summary: string; attributes: Array<{ name: string; value: string }> }
      | {
          __typename: "InformationRequestSubject";
          organisation: InternationalOrganisation;
          organisationName: string | null;
          requestingCountryCode: string | null;
          reference: string;
          dueOn: string;
          summary: string;
        }
      | {
          __typename: "OverseasDeploymentSubject";
          applicantName: string;
          employmentType: EmploymentType;
          countryCode: string;
          postingMonths: number;
          visaStatus: VisaStatus;
          requests: Array<string>;
          documents: { photo: boolean; passport: boolean; payslip: boolean; workForm: boolean };
        }
      | {
          __typename: "PetitionSubject";
          channel: PetitionChannel;
          petitionerName: string;
          receivedOn: string;
          summary: string;
          answer: string | null;
          answeringUnit: string | null;
        }
      | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
      | { __typename: "ReportSubject"; period: string; summary: string }
      | {
          __typename: "TrainerTrainingSubject";
          startsOn: string;
          trainees: Array<{ name: string; institution: string; provinceCode: string }>;
        }
      | { __typename: "WorldBankActivitySubject"; activityTitle: string; strategicGoal: string; summary: string };
    history: Array<{
      fromState: ApprovalStatus | null;
      toState: ApprovalStatus;
      action: string;
      version: number;
      revision: number;
      stepIndex: number | null;
      stepKind: ApprovalStepKind | null;
      role: string;
      decision: ApprovalDecisionKind;
      comment: string;
      decidedByClientId: string;
      stepStartedAt: string;
      decidedAt: string;
    }>;
  };
};

export type ApprovalStepDurationsQueryVariables = Exact<{
  templateCode?: string | null | undefined;
}>;

export type ApprovalStepDurationsQuery = {
  approvalStepDurations: Array<{
    templateCode: string;
    stepKind: ApprovalStepKind;
    decisions: number;
    averageSeconds: number;
    p90Seconds: number;
  }>;
};

export type StartApprovalMutationVariables = Exact<{
  input: StartApprovalInput;
}>;

export type StartApprovalMutation = {
  startApproval: {
    approval: {
      id: string;
      title: string;
      status: ApprovalStatus;
      revision: number;
      version: number;
      preparerRole: string;
      createdAt: string;
      completedAt: string | null;
      dueOn: string | null;
      overdue: boolean;
      template: { code: string; templateVersion: number; nameTr: string; nameEn: string };
      currentStep: {
        index: number;
        kind: ApprovalStepKind;
        role: string;
        labelTr: string;
        labelEn: string;
        department: string | null;
      } | null;
      subject:
        | { __typename: "DataRequestSubject"; requester: string; studyTitle: string; dataRequested: string }
        | {
            __typename: "ExternalRequestSubject";
            institution: ExternalInstitution;
            institutionName: string | null;
            reference: string;
            answerDueOn: string | null;
            summary: string;
          }
        | { __typename: "GenericSubject"; summary: string; attributes: Array<{ name: string; value: string }> }
        | {
            __typename: "InformationRequestSubject";
            organisation: InternationalOrganisation;
            organisationName: string | null;
            requestingCountryCode: string | null;
            reference: string;
            dueOn: string;
            summary: string;
          }
        | {
            __typename: "OverseasDeploymentSubject";
            applicantName: string;
            employmentType: EmploymentType;
            countryCode: string;
            postingMonths: number;
            visaStatus: VisaStatus;
            requests: Array<string>;
            documents: { photo: boolean; passport: boolean; payslip: boolean; workForm: boolean };
          }
        | {
            __typename: "PetitionSubject";
            channel: PetitionChannel;
            petitionerName: string;
            receivedOn: string;
            summary: string;
            answer: string | null;
            answeringUnit: string | null;
          }
        | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
        | { __typename: "ReportSubject"; period: string; summary: string }
        | {
            __typename: "TrainerTrainingSubject";
            startsOn: string;
            trainees: Array<{ name: string; institution: string; provinceCode: string }>;
          }
        | { __typename: "WorldBankActivitySubject"; activityTitle: string; strategicGoal: string; summary: string };
      history: Array<{
        fromState: ApprovalStatus | null;
        toState: ApprovalStatus;
        action: string;
        version: number;
        revision: number;
        stepIndex: number | null;
        stepKind: ApprovalStepKind | null;
        role: string;
        decision: ApprovalDecisionKind;
        comment: string;
        decidedByClientId: string;
        stepStartedAt: string;
        decidedAt: string;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type DecideApprovalStepMutationVariables = Exact<{
  input: DecideApprovalStepInput;
}>;

export type DecideApprovalStepMutation = {
  decideApprovalStep: {
    approval: {
      id: string;
      title: string;
      status: ApprovalStatus;
      revision: number;
      version: number;
      preparerRole: string;
      createdAt: string;
      completedAt: string | null;
      dueOn: string | null;
      overdue: boolean;
      template: { code: string; templateVersion: number; nameTr: string; nameEn: string };
      currentStep: {
        index: number;
        kind: ApprovalStepKind;
        role: string;
        labelTr: string;
        labelEn: string;
        department: string | null;
      } | null;
      subject:
        | { __typename: "DataRequestSubject"; requester: string; studyTitle: string; dataRequested: string }
        | {
            __typename: "ExternalRequestSubject";
            institution: ExternalInstitution;
            institutionName: string | null;
            reference: string;
            answerDueOn: string | null;
            summary: string;
          }
        | { __typename: "GenericSubject"; summary: string; attributes: Array<{ name: string; value: string }> }
        | {
            __typename: "InformationRequestSubject";
            organisation: InternationalOrganisation;
            organisationName: string | null;
            requestingCountryCode: string | null;
            reference: string;
            dueOn: string;
            summary: string;
          }
        | {
            __typename: "OverseasDeploymentSubject";
            applicantName: string;
            employmentType: EmploymentType;
            countryCode: string;
            postingMonths: number;
            visaStatus: VisaStatus;
            requests: Array<string>;
            documents: { photo: boolean; passport: boolean; payslip: boolean; workForm: boolean };
          }
        | {
            __typename: "PetitionSubject";
            channel: PetitionChannel;
            petitionerName: string;
            receivedOn: string;
            summary: string;
            answer: string | null;
            answeringUnit: string | null;
          }
        | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
        | { __typename: "ReportSubject"; period: string; summary: string }
        | {
            __typename: "TrainerTrainingSubject";
            startsOn: string;
            trainees: Array<{ name: string; institution: string; provinceCode: string }>;
          }
        | { __typename: "WorldBankActivitySubject"; activityTitle: string; strategicGoal: string; summary: string };
      history: Array<{
        fromState: ApprovalStatus | null;
        toState: ApprovalStatus;
        action: string;
        version: number;
        revision: number;
        stepIndex: number | null;
        stepKind: ApprovalStepKind | null;
        role: string;
        decision: ApprovalDecisionKind;
        comment: string;
        decidedByClientId: string;
        stepStartedAt: string;
        decidedAt: string;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ResubmitApprovalMutationVariables = Exact<{
  input: ResubmitApprovalInput;
}>;

export type ResubmitApprovalMutation = {
  resubmitApproval: {
    approval: {
      id: string;
      title: string;
      status: ApprovalStatus;
      revision: number;
      version: number;
      preparerRole: string;
      createdAt: string;
      completedAt: string | null;
      dueOn: string | null;
      overdue: boolean;
      template: { code: string; templateVersion: number; nameTr: string; nameEn: string };
      currentStep: {
        index: number;
        kind: ApprovalStepKind;
        role: string;
        labelTr: string;
        labelEn: string;
        department: string | null;
      } | null;
      subject:
        | { __typename: "DataRequestSubject"; requester: string; studyTitle: string; dataRequested: string }
        | {
            __typename: "ExternalRequestSubject";
            institution: ExternalInstitution;
            institutionName: string | null;
            reference: string;
            answerDueOn: string | null;
            summary: string;
          }
        | { __typename: "GenericSubject"; summary: string; attributes: Array<{ name: string; value: string }> }
        | {
            __typename: "InformationRequestSubject";
            organisation: InternationalOrganisation;
            organisationName: string | null;
            requestingCountryCode: string | null;
            reference: string;
            dueOn: string;
            summary: string;
          }
        | {
            __typename: "OverseasDeploymentSubject";
            applicantName: string;
            employmentType: EmploymentType;
            countryCode: string;
            postingMonths: number;
            visaStatus: VisaStatus;
            requests: Array<string>;
            documents: { photo: boolean; passport: boolean; payslip: boolean; workForm: boolean };
          }
        | {
            __typename: "PetitionSubject";
            channel: PetitionChannel;
            petitionerName: string;
            receivedOn: string;
            summary: string;
            answer: string | null;
            answeringUnit: string | null;
          }
        | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
        | { __typename: "ReportSubject"; period: string; summary: string }
        | {
            __typename: "TrainerTrainingSubject";
            startsOn: string;
            trainees: Array<{ name: string; institution: string; provinceCode: string }>;
          }
        | { __typename: "WorldBankActivitySubject"; activityTitle: string; strategicGoal: string; summary: string };
      history: Array<{
        fromState: ApprovalStatus | null;
        toState: ApprovalStatus;
        action: string;
        version: number;
        revision: number;
        stepIndex: number | null;
        stepKind: ApprovalStepKind | null;
        role: string;
        decision: ApprovalDecisionKind;
        comment: string;
        decidedByClientId: string;
        stepStartedAt: string;
        decidedAt: string;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type AccessLogQueryVariables = Exact<{
  filter?: AccessLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type AccessLogQuery = {
  accessLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        at: string;
        clientId: string;
        role: string;
        operation: string;
        action: string;
        patientId: string;
        basis: string;
        requestId: string | null;
      };
    }>;
  };
};

export type PatientAccessJustificationsQueryVariables = Exact<{
  patientId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type PatientAccessJustificationsQuery = {
  patientAccessJustifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        at: string;
        patientId: string;
        facilityId: string;
        grantedThrough: string;
        reason: string;
        clientId: string;
        requestId: string | null;
      };
    }>;
  };
};

export type FacilitiesQueryVariables = Exact<{
  filter?: FacilityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type FacilitiesQuery = {
  facilities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        code: string;
        name: string;
        kind: FacilityKind;
        level: FacilityLevel;
        ownership: FacilityOwnership;
        countryCode: string;
        hasHealthTourismUnit: boolean;
        version: number;
        province: { code: string; name: string } | null;
        settlementArea: { code: string; name: string } | null;
        district: { name: string } | null;
        location: { latitude: number; longitude: number } | null;
        clinics: Array<{ code: string; nameTr: string; nameEn: string }>;
        bedCapacities: Array<{ bedType: BedType; total: number; occupied: number; occupancyReportedAt: string | null }>;
      };
    }>;
  };
};

export type FacilityQueryVariables = Exact<{
  id: string | number;
}>;

export type FacilityQuery = {
  facility: {
    id: string;
    code: string;
    name: string;
    kind: FacilityKind;
    level: FacilityLevel;
    ownership: FacilityOwnership;
    countryCode: string;
    hasHealthTourismUnit: boolean;
    version: number;
    province: { code: string; name: string } | null;
    settlementArea: { code: string; name: string } | null;
    district: { name: string } | null;
    location: { latitude: number; longitude: number } | null;
    clinics: Array<{ code: string; nameTr: string; nameEn: string }>;
    bedCapacities: Array<{ bedType: BedType; total: number; occupied: number; occupancyReportedAt: string | null }>;
  };
};

export type FacilityByCodeQueryVariables = Exact<{
  code: string;
}>;

export type FacilityByCodeQuery = {
  facilityByCode: {
    id: string;
    code: string;
    name: string;
    kind: FacilityKind;
    level: FacilityLevel;
    ownership: FacilityOwnership;
    countryCode: string;
    hasHealthTourismUnit: boolean;
    version: number;
    province: { code: string; name: string } | null;
    settlementArea: { code: string; name: string } | null;
    district: { name: string } | null;
    location: { latitude: number; longitude: number } | null;
    clinics: Array<{ code: string; nameTr: string; nameEn: string }>;
    bedCapacities: Array<{ bedType: BedType; total: number; occupied: number; occupancyReportedAt: string | null }>;
  } | null;
};

export type CreateFacilityMutationVariables = Exact<{
  input: CreateFacilityInput;
}>;

export type CreateFacilityMutation = {
  createFacility: {
    facility: {
      id: string;
      code: string;
      name: string;
      kind: FacilityKind;
      level: FacilityLevel;
      ownership: FacilityOwnership;
      countryCode: string;
      hasHealthTourismUnit: boolean;
      version: number;
      province: { code: string; name: string } | null;
      settlementArea: { code: string; name: string } | null;
      district: { name: string } | null;
      location: { latitude: number; longitude: number } | null;
      clinics: Array<{ code: string; nameTr: string; nameEn: string }>;
      bedCapacities: Array<{ bedType: BedType; total: number; occupied: number; occupancyReportedAt: string | null }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type UpdateFacilityMutationVariables = Exact<{
  input: UpdateFacilityInput;
}>;

export type UpdateFacilityMutation = {
  updateFacility: {
    facility: {
      id: string;
      code: string;
      name: string;
      kind: FacilityKind;
      level: FacilityLevel;
      ownership: FacilityOwnership;
      countryCode: string;
      hasHealthTourismUnit: boolean;
      version: number;
      province: { code: string; name: string } | null;
      settlementArea: { code: string; name: string } | null;
      district: { name: string } | null;
      location: { latitude: number; longitude: number } | null;
      clinics: Array<{ code: string; nameTr: string; nameEn: string }>;
      bedCapacities: Array<{ bedType: BedType; total: number; occupied: number; occupancyReportedAt: string | null }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ReportBedOccupancyMutationVariables = Exact<{
  input: ReportBedOccupancyInput;
}>;

export type ReportBedOccupancyMutation = {
  reportBedOccupancy: {
    facility: {
      id: string;
      code: string;
      name: string;
      kind: FacilityKind;
      level: FacilityLevel;
      ownership: FacilityOwnership;
      countryCode: string;
      hasHealthTourismUnit: boolean;
      version: number;
      province: { code: string; name: string } | null;
      settlementArea: { code: string; name: string } | null;
      district: { name: string } | null;
      location: { latitude: number; longitude: number } | null;
      clinics: Array<{ code: string; nameTr: string; nameEn: string }>;
      bedCapacities: Array<{ bedType: BedType; total: number; occupied: number; occupancyReportedAt: string | null }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type FreeBedsQueryVariables = Exact<{
  filter: FreeBedFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type FreeBedsQuery = {
  freeBeds: {
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        bedType: BedType;
        total: number;
        occupied: number;
        held: number;
        free: number;
        reportedAt: string | null;
        stale: boolean;
        distanceKm: number;
        facility: {
          id: string;
          code: string;
          name: string;
          province: { code: string; name: string } | null;
          location: { latitude: number; longitude: number } | null;
        };
      };
    }>;
  };
};

export type PageInfoFieldsFragment = {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
};

export type UserErrorFieldsFragment = { field: Array<string> | null; message: string; code: string; rule: string | null };

export type ProvinceFieldsFragment = { id: string; code: string; name: string };

export type FacilityFieldsFragment = {
  id: string;
  code: string;
  name: string;
  kind: FacilityKind;
  level: FacilityLevel;
  ownership: FacilityOwnership;
  countryCode: string;
  hasHealthTourismUnit: boolean;
  version: number;
  province: { code: string; name: string } | null;
  settlementArea: { code: string; name: string } | null;
  district: { name: string } | null;
  location: { latitude: number; longitude: number } | null;
  clinics: Array<{ code: string; nameTr: string; nameEn: string }>;
  bedCapacities: Array<{ bedType: BedType; total: number; occupied: number; occupancyReportedAt: string | null }>;
};

export type PatientFieldsFragment = {
  id: string;
  category: PatientCategory;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex;
  nationality: string;
  preferredLanguage: string;
  cancerPatient: boolean;
  version: number;
  identifiers: Array<{ kind: IdentifierKind; value: string; issuingCountry: string | null }>;
  contact: { phone: string | null; email: string | null; address: string | null };
  guardian: {
    name: string;
    relationship: string;
    phone: string | null;
    identifierKind: IdentifierKind | null;
    identifierValue: string | null;
  } | null;
  registeringFacility: { id: string; code: string; name: string } | null;
};

export type AccessLogEntryFieldsFragment = {
  id: string;
  at: string;
  clientId: string;
  role: string;
  operation: string;
  action: string;
  patientId: string;
  basis: string;
  requestId: string | null;
};

export type PhysicianFieldsFragment = {
  id: string;
  registryNumber: string;
  title: string;
  givenName: string;
  familyName: string;
  clinic: { code: string; nameTr: string };
  facility: { id: string; code: string; name: string };
};

export type SlotFieldsFragment = {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  booked: number;
  available: number;
  clinic: { code: string; nameTr: string };
  physician: { id: string; title: string; givenName: string; familyName: string };
};

export type AppointmentFieldsFragment = {
  id: string;
  status: AppointmentStatus;
  channel: BookingChannel;
  startsAt: string;
  day: string;
  bookingSessionId: string | null;
  bookedAt: string;
  confirmBy: string | null;
  confirmedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  version: number;
  facility: { id: string; code: string; name: string };
  clinic: { code: string; nameTr: string };
  physician: { id: string; title: string; givenName: string; familyName: string };
  slot: { id: string; available: number };
};

export type AppointmentSettingsFieldsFragment = {
  version: number;
  noShowPenalty: { enabled: boolean; days: number };
  confirmation: { enabled: boolean; deadlineHour: number; preConfirmedWithinDays: number; exemptFromAge: number };
  adequacy: { minWeeklyCapacityPerPhysician: number };
};

export type ApprovalStepFieldsFragment = {
  index: number;
  kind: ApprovalStepKind;
  role: string;
  labelTr: string;
  labelEn: string;
  department: string | null;
};

export type ApprovalTemplateFieldsFragment = {
  code: string;
  templateVersion: number;
  status: ApprovalTemplateStatus;
  nameTr: string;
  nameEn: string;
  subjectKind: ApprovalSubjectKind;
  departmentCode: string;
  createdAt: string;
  retiredAt: string | null;
  duePolicy: { period: DuePeriod; windowDays: number } | null;
  steps: Array<{ index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string; department: string | null }>;
};

export type ApprovalFieldsFragment = {
  id: string;
  title: string;
  status: ApprovalStatus;
  revision: number;
  version: number;
  preparerRole: string;
  createdAt: string;
  completedAt: string | null;
  dueOn: string | null;
  overdue: boolean;
  template: { code: string; templateVersion: number; nameTr: string; nameEn: string };
  currentStep: { index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string; department: string | null } | null;
  subject:
    | { __typename: "DataRequestSubject"; requester: string; studyTitle: string; dataRequested: string }
    | {
        __typename: "ExternalRequestSubject";
        institution: ExternalInstitution;
        institutionName: string | null;
        reference: string;
        answerDueOn: string | null;
        summary: string;
      }
    | { __typename: "GenericSubject"; summary: string; attributes: Array<{ name: string; value: string }> }
    | {
        __typename: "InformationRequestSubject";
        organisation: InternationalOrganisation;
        organisationName: string | null;
        requestingCountryCode: string | null;
        reference: string;
        dueOn: string;
        summary: string;
      }
    | {
        __typename: "OverseasDeploymentSubject";
        applicantName: string;
        employmentType: EmploymentType;
        countryCode: string;
        postingMonths: number;
        visaStatus: VisaStatus;
        requests: Array<string>;
        documents: { photo: boolean; passport: boolean; payslip: boolean; workForm: boolean };
      }
    | {
        __typename: "PetitionSubject";
        channel: PetitionChannel;
        petitionerName: string;
        receivedOn: string;
        summary: string;
        answer: string | null;
        answeringUnit: string | null;
      }
    | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
    | { __typename: "ReportSubject"; period: string; summary: string }
    | {
        __typename: "TrainerTrainingSubject";
        startsOn: string;
        trainees: Array<{ name: string; institution: string; provinceCode: string }>;
      }
    | { __typename: "WorldBankActivitySubject"; activityTitle: string; strategicGoal: string; summary: string };
  history: Array<{
    fromState: ApprovalStatus | null;
    toState: ApprovalStatus;
    action: string;
    version: number;
    revision: number;
    stepIndex: number | null;
    stepKind: ApprovalStepKind | null;
    role: string;
    decision: ApprovalDecisionKind;
    comment: string;
    decidedByClientId: string;
    stepStartedAt: string;
    decidedAt: string;
  }>;
};

export type WebhookSubscriptionFieldsFragment = {
  id: string;
  url: string;
  eventTypes: Array<string>;
  active: boolean;
  description: string | null;
  createdAt: string;
  version: number;
};

export type DomainEventFieldsFragment = {
  id: string;
  type: string;
  occurredAt: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
};

export type WebhookDeliveryFieldsFragment = {
  id: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  subscription: { id: string; url: string };
  event: { id: string; type: string; occurredAt: string; subjectType: string; subjectId: string; data: Record<string, unknown> };
  attemptLog: Array<{ attempt: number; at: string; statusCode: number | null; error: string | null; durationMs: number }>;
};

export type ProvincesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type ProvincesQuery = {
  provinces: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: { id: string; code: string; name: string; settlementAreas: Array<{ code: string; name: string }> };
    }>;
  };
};

export type ProvinceQueryVariables = Exact<{
  code: string;
}>;

export type ProvinceQuery = {
  province: {
    id: string;
    code: string;
    name: string;
    settlementAreas: Array<{ code: string; name: string }>;
    districts: Array<{ id: string; name: string; settlementArea: { code: string } }>;
  };
};

export type SetPublicHolidaysMutationVariables = Exact<{
  input: SetPublicHolidaysInput;
}>;

export type SetPublicHolidaysMutation = {
  setPublicHolidays: {
    holidays: Array<{ countryCode: string; day: string; name: string }> | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type PublicHolidaysQueryVariables = Exact<{
  countryCode?: string | null | undefined;
  year: number;
}>;

export type PublicHolidaysQuery = { publicHolidays: Array<{ countryCode: string; day: string; name: string }> };

export type HealthTourismCaseFieldsFragment = {
  id: string;
  programme: HealthTourismProgramme;
  channel: HealthTourismChannel;
  status: HealthTourismStatus;
  appointmentAt: string | null;
  accommodationRequested: boolean;
  transferRequested: boolean;
  accommodationArranged: boolean;
  transferArranged: boolean;
  interpreterName: string | null;
  interpreterLanguage: string | null;
  guideName: string | null;
  version: number;
  facility: { id: string; code: string; name: string } | null;
  cost: { amountMinor: number; currency: string } | null;
  documents: Array<{
    id: string;
    kind: HealthTourismDocumentKind;
    name: string;
    mediaType: string;
    size: number;
    sha256: string;
    uploadedAt: string;
  }>;
  history: Array<{
    fromState: HealthTourismStatus | null;
    toState: HealthTourismStatus;
    action: string;
    actorRole: string | null;
    note: string | null;
    documentIds: Array<string>;
    at: string;
    version: number;
  }>;
};

export type HealthTourismCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type HealthTourismCasesQuery = {
  healthTourismCases: {
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        programme: HealthTourismProgramme;
        channel: HealthTourismChannel;
        status: HealthTourismStatus;
        appointmentAt: string | null;
        accommodationRequested: boolean;
        transferRequested: boolean;
        accommodationArranged: boolean;
        transferArranged: boolean;
        interpreterName: string | null;
        interpreterLanguage: string | null;
        guideName: string | null;
        version: number;
        facility: { id: string; code: string; name: string } | null;
        cost: { amountMinor: number; currency: string } | null;
        documents: Array<{
          id: string;
          kind: HealthTourismDocumentKind;
          name: string;
          mediaType: string;
          size: number;
          sha256: string;
          uploadedAt: string;
        }>;
        history: Array<{
          fromState: HealthTourismStatus | null;
          toState: HealthTourismStatus;
          action: string;
          actorRole: string | null;
          note: string | null;
          documentIds: Array<string>;
          at: string;
          version: number;
        }>;
      };
    }>;
  };
};

export type HealthTourismCaseQueryVariables = Exact<{
  id: string | number;
}>;

export type HealthTourismCaseQuery = {
  healthTourismCase: {
    id: string;
    programme: HealthTourismProgramme;
    channel: HealthTourismChannel;
    status: HealthTourismStatus;
    appointmentAt: string | null;
    accommodationRequested: boolean;
    transferRequested: boolean;
    accommodationArranged: boolean;
    transferArranged: boolean;
    interpreterName: string | null;
    interpreterLanguage: string | null;
    guideName: string | null;
    version: number;
    facility: { id: string; code: string; name: string } | null;
    cost: { amountMinor: number; currency: string } | null;
    documents: Array<{
      id: string;
      kind: HealthTourismDocumentKind;
      name: string;
      mediaType: string;
      size: number;
      sha256: string;
      uploadedAt: string;
    }>;
    history: Array<{
      fromState: HealthTourismStatus | null;
      toState: HealthTourismStatus;
      action: string;
      actorRole: string | null;
      note: string | null;
      documentIds: Array<string>;
      at: string;
      version: number;
    }>;
  };
};

export type OpenHealthTourismCaseMutationVariables = Exact<{
  input: OpenHealthTourismCaseInput;
}>;

export type OpenHealthTourismCaseMutation = {
  openHealthTourismCase: {
    case: {
      id: string;
      programme: HealthTourismProgramme;
      channel: HealthTourismChannel;
      status: HealthTourismStatus;
      appointmentAt: string | null;
      accommodationRequested: boolean;
      transferRequested: boolean;
      accommodationArranged: boolean;
      transferArranged: boolean;
      interpreterName: string | null;
      interpreterLanguage: string | null;
      guideName: string | null;
      version: number;
      facility: { id: string; code: string; name: string } | null;
      cost: { amountMinor: number; currency: string } | null;
      documents: Array<{
        id: string;
        kind: HealthTourismDocumentKind;
        name: string;
        mediaType: string;
        size: number;
        sha256: string;
        uploadedAt: string;
      }>;
      history: Array<{
        fromState: HealthTourismStatus | null;
        toState: HealthTourismStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        documentIds: Array<string>;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type TransitionHealthTourismCaseMutationVariables = Exact<{
  input: TransitionHealthTourismCaseInput;
}>;

export type TransitionHealthTourismCaseMutation = {
  transitionHealthTourismCase: {
    wouldBecome: HealthTourismStatus | null;
    case: {
      id: string;
      programme: HealthTourismProgramme;
      channel: HealthTourismChannel;
      status: HealthTourismStatus;
      appointmentAt: string | null;
      accommodationRequested: boolean;
      transferRequested: boolean;
      accommodationArranged: boolean;
      transferArranged: boolean;
      interpreterName: string | null;
      interpreterLanguage: string | null;
      guideName: string | null;
      version: number;
      facility: { id: string; code: string; name: string } | null;
      cost: { amountMinor: number; currency: string } | null;
      documents: Array<{
        id: string;
        kind: HealthTourismDocumentKind;
        name: string;
        mediaType: string;
        size: number;
        sha256: string;
        uploadedAt: string;
      }>;
      history: Array<{
        fromState: HealthTourismStatus | null;
        toState: HealthTourismStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        documentIds: Array<string>;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  viewer: {
    clientId: string;
    name: string | null;
    role: string;
    scope: string;
    trustedDocumentsOnly: boolean;
    limits: { depth: number; aliases: number; directives: number; tokens: number; cost: number };
    rateLimit: { points: number; restorePerSecond: number };
  };
};

export type RegisteredDocumentFieldsFragment = {
  clientId: string;
  sha256: string;
  document: string;
  operationNames: Array<string>;
  registeredByClientId: string;
  registeredByRole: string;
  registeredAt: string;
  requestId: string | null;
};

export type RegisteredDocumentsQueryVariables = Exact<{
  clientId: string;
}>;

export type RegisteredDocumentsQuery = {
  registeredDocuments: Array<{
    clientId: string;
    sha256: string;
    document: string;
    operationNames: Array<string>;
    registeredByClientId: string;
    registeredByRole: string;
    registeredAt: string;
    requestId: string | null;
  }>;
};

export type RegisterTrustedDocumentMutationVariables = Exact<{
  input: RegisterTrustedDocumentInput;
}>;

export type RegisterTrustedDocumentMutation = {
  registerTrustedDocument: {
    registeredDocument: {
      clientId: string;
      sha256: string;
      document: string;
      operationNames: Array<string>;
      registeredByClientId: string;
      registeredByRole: string;
      registeredAt: string;
      requestId: string | null;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type AttachmentRequestFieldsFragment = {
  id: string;
  organisationCode: string;
  channel: KzRequestChannel;
  applicantRelation: KzApplicantRelation;
  status: KzRequestStatus;
  submittedAt: string;
  decisionDueAt: string;
  filedAt: string | null;
  decidedAt: string | null;
  noticeNumber: string | null;
  refusalReason: string | null;
  version: number;
  documents: { insuranceContract: boolean; identityDocument: boolean; writtenConsent: boolean; legalRepresentativeIdentity: boolean };
};

export type EmploymentEligibilityQueryVariables = Exact<{
  iin: string;
  date: string;
}>;

export type EmploymentEligibilityQuery = {
  employmentEligibility: {
    eligible: boolean;
    rule: string;
    contracts: Array<{ id: string; number: string; insurerCode: string; kind: KzCoverageKind; startsOn: string; endsOn: string }>;
  };
};

export type AttachmentRequestsQueryVariables = Exact<{
  organisationCode: string;
  overdueOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type AttachmentRequestsQuery = {
  attachmentRequests: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        organisationCode: string;
        channel: KzRequestChannel;
        applicantRelation: KzApplicantRelation;
        status: KzRequestStatus;
        submittedAt: string;
        decisionDueAt: string;
        filedAt: string | null;
        decidedAt: string | null;
        noticeNumber: string | null;
        refusalReason: string | null;
        version: number;
        documents: { insuranceContract: boolean; identityDocument: boolean; writtenConsent: boolean; legalRepresentativeIdentity: boolean };
      };
    }>;
  };
};

export type AttachmentFieldsFragment = {
  organisationCode: string;
  startsOn: string;
  validUntil: string;
  active: boolean;
  endReason: AttachmentEndReason | null;
  endedAt: string | null;
  reattachedTo: string | null;
};

export type AttachmentQueryVariables = Exact<{
  iin?: string | null | undefined;
}>;

export type AttachmentQuery = {
  attachment: {
    organisationCode: string;
    startsOn: string;
    validUntil: string;
    active: boolean;
    endReason: AttachmentEndReason | null;
    endedAt: string | null;
    reattachedTo: string | null;
  } | null;
};

export type AttachmentHistoryQueryVariables = Exact<{
  iin: string;
}>;

export type AttachmentHistoryQuery = {
  attachmentHistory: Array<{
    organisationCode: string;
    startsOn: string;
    validUntil: string;
    active: boolean;
    endReason: AttachmentEndReason | null;
    endedAt: string | null;
    reattachedTo: string | null;
  }>;
};

export type GuaranteedVolumeQueryVariables = Exact<{
  iin?: string | null | undefined;
  date: string;
}>;

export type GuaranteedVolumeQuery = {
  guaranteedVolume: Array<{
    code: string;
    nameRu: string;
    nameEn: string;
    limitCount: number;
    period: KzQuotaPeriod;
    used: number;
    availableOn: string;
  }>;
};

export type GuaranteedDiseasesQueryVariables = Exact<{ [key: string]: never }>;

export type GuaranteedDiseasesQuery = { guaranteedDiseases: Array<{ code: string; nameRu: string; nameEn: string }> };

export type RegisterInsuranceContractMutationVariables = Exact<{
  input: RegisterInsuranceContractInput;
}>;

export type RegisterInsuranceContractMutation = {
  registerInsuranceContract: {
    contract: {
      id: string;
      number: string;
      insurerCode: string;
      kind: KzCoverageKind;
      insuredIin: string;
      startsOn: string;
      endsOn: string;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type SubmitAttachmentRequestMutationVariables = Exact<{
  input: SubmitAttachmentRequestInput;
}>;

export type SubmitAttachmentRequestMutation = {
  submitAttachmentRequest: {
    request: {
      id: string;
      organisationCode: string;
      channel: KzRequestChannel;
      applicantRelation: KzApplicantRelation;
      status: KzRequestStatus;
      submittedAt: string;
      decisionDueAt: string;
      filedAt: string | null;
      decidedAt: string | null;
      noticeNumber: string | null;
      refusalReason: string | null;
      version: number;
      documents: { insuranceContract: boolean; identityDocument: boolean; writtenConsent: boolean; legalRepresentativeIdentity: boolean };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type FileAttachmentRequestMutationVariables = Exact<{
  input: FileAttachmentRequestInput;
}>;

export type FileAttachmentRequestMutation = {
  fileAttachmentRequest: {
    request: {
      id: string;
      organisationCode: string;
      channel: KzRequestChannel;
      applicantRelation: KzApplicantRelation;
      status: KzRequestStatus;
      submittedAt: string;
      decisionDueAt: string;
      filedAt: string | null;
      decidedAt: string | null;
      noticeNumber: string | null;
      refusalReason: string | null;
      version: number;
      documents: { insuranceContract: boolean; identityDocument: boolean; writtenConsent: boolean; legalRepresentativeIdentity: boolean };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type DecideAttachmentRequestMutationVariables = Exact<{
  input: DecideAttachmentRequestInput;
}>;

export type DecideAttachmentRequestMutation = {
  decideAttachmentRequest: {
    request: {
      id: string;
      organisationCode: string;
      channel: KzRequestChannel;
      applicantRelation: KzApplicantRelation;
      status: KzRequestStatus;
      submittedAt: string;
      decisionDueAt: string;
      filedAt: string | null;
      decidedAt: string | null;
      noticeNumber: string | null;
      refusalReason: string | null;
      version: number;
      documents: { insuranceContract: boolean; identityDocument: boolean; writtenConsent: boolean; legalRepresentativeIdentity: boolean };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type RecordGuaranteedServiceMutationVariables = Exact<{
  input: RecordGuaranteedServiceInput;
}>;

export type RecordGuaranteedServiceMutation = {
  recordGuaranteedService: {
    service: { id: string; serviceCode: string; diseaseCode: string; providedOn: string; organisationCode: string } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type PatientsQueryVariables = Exact<{
  filter?: PatientFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type PatientsQuery = {
  patients: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        category: PatientCategory;
        givenName: string;
        familyName: string;
        birthDate: string;
        sex: Sex;
        nationality: string;
        preferredLanguage: string;
        cancerPatient: boolean;
        version: number;
        identifiers: Array<{ kind: IdentifierKind; value: string; issuingCountry: string | null }>;
        contact: { phone: string | null; email: string | null; address: string | null };
        guardian: {
          name: string;
          relationship: string;
          phone: string | null;
          identifierKind: IdentifierKind | null;
          identifierValue: string | null;
        } | null;
        registeringFacility: { id: string; code: string; name: string } | null;
      };
    }>;
  };
};

export type PatientQueryVariables = Exact<{
  id: string | number;
}>;

export type PatientQuery = {
  patient: {
    id: string;
    category: PatientCategory;
    givenName: string;
    familyName: string;
    birthDate: string;
    sex: Sex;
    nationality: string;
    preferredLanguage: string;
    cancerPatient: boolean;
    version: number;
    identifiers: Array<{ kind: IdentifierKind; value: string; issuingCountry: string | null }>;
    contact: { phone: string | null; email: string | null; address: string | null };
    guardian: {
      name: string;
      relationship: string;
      phone: string | null;
      identifierKind: IdentifierKind | null;
      identifierValue: string | null;
    } | null;
    registeringFacility: { id: string; code: string; name: string } | null;
  };
};

export type RegisterPatientMutationVariables = Exact<{
  input: RegisterPatientInput;
}>;

export type RegisterPatientMutation = {
  registerPatient: {
    patient: {
      id: string;
      category: PatientCategory;
      givenName: string;
      familyName: string;
      birthDate: string;
      sex: Sex;
      nationality: string;
      preferredLanguage: string;
      cancerPatient: boolean;
      version: number;
      identifiers: Array<{ kind: IdentifierKind; value: string; issuingCountry: string | null }>;
      contact: { phone: string | null; email: string | null; address: string | null };
      guardian: {
        name: string;
        relationship: string;
        phone: string | null;
        identifierKind: IdentifierKind | null;
        identifierValue: string | null;
      } | null;
      registeringFacility: { id: string; code: string; name: string } | null;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type UpdatePatientMutationVariables = Exact<{
  input: UpdatePatientInput;
}>;

export type UpdatePatientMutation = {
  updatePatient: {
    patient: {
      id: string;
      category: PatientCategory;
      givenName: string;
      familyName: string;
      birthDate: string;
      sex: Sex;
      nationality: string;
      preferredLanguage: string;
      cancerPatient: boolean;
      version: number;
      identifiers: Array<{ kind: IdentifierKind; value: string; issuingCountry: string | null }>;
      contact: { phone: string | null; email: string | null; address: string | null };
      guardian: {
        name: string;
        relationship: string;
        phone: string | null;
        identifierKind: IdentifierKind | null;
        identifierValue: string | null;
      } | null;
      registeringFacility: { id: string; code: string; name: string } | null;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type AddPatientIdentifierMutationVariables = Exact<{
  input: AddPatientIdentifierInput;
}>;

export type AddPatientIdentifierMutation = {
  addPatientIdentifier: {
    patient: {
      id: string;
      category: PatientCategory;
      givenName: string;
      familyName: string;
      birthDate: string;
      sex: Sex;
      nationality: string;
      preferredLanguage: string;
      cancerPatient: boolean;
      version: number;
      identifiers: Array<{ kind: IdentifierKind; value: string; issuingCountry: string | null }>;
      contact: { phone: string | null; email: string | null; address: string | null };
      guardian: {
        name: string;
        relationship: string;
        phone: string | null;
        identifierKind: IdentifierKind | null;
        identifierValue: string | null;
      } | null;
      registeringFacility: { id: string; code: string; name: string } | null;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ReferralFieldsFragment = {
  id: string;
  status: ReferralStatus;
  scope: ReferralScope | null;
  urgency: ReferralUrgency;
  medicalGrounds: MedicalGrounds;
  diagnosisIcd10: string;
  requestingPhysician: string;
  companionRequired: boolean;
  authorisedTransport: TransportKind;
  completionReport: string | null;
  version: number;
  clinic: { code: string; nameTr: string };
  originFacility: { id: string; code: string; name: string };
  destinationFacility: { id: string; code: string; name: string } | null;
  provision: { valid: boolean; reference: string; checkedAt: string } | null;
  history: Array<{
    fromState: ReferralStatus | null;
    toState: ReferralStatus;
    action: string;
    actorRole: string | null;
    note: string | null;
    at: string;
    version: number;
  }>;
};

export type BedSearchFieldsFragment = {
  id: string;
  bedType: BedType;
  provinceCode: string;
  level: SearchLevel;
  status: SearchStatus;
  version: number;
  reservedFacility: { id: string; code: string; name: string } | null;
  levels: Array<{ level: SearchLevel; startedAt: string; endedAt: string | null; outcome: string | null }>;
  history: Array<{
    fromState: SearchStatus | null;
    toState: SearchStatus;
    action: string;
    level: SearchLevel;
    actorRole: string | null;
    note: string | null;
    at: string;
    version: number;
  }>;
  referral: { id: string; status: ReferralStatus };
};

export type ReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type ReferralsQuery = {
  referrals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        status: ReferralStatus;
        scope: ReferralScope | null;
        urgency: ReferralUrgency;
        medicalGrounds: MedicalGrounds;
        diagnosisIcd10: string;
        requestingPhysician: string;
        companionRequired: boolean;
        authorisedTransport: TransportKind;
        completionReport: string | null;
        version: number;
        clinic: { code: string; nameTr: string };
        originFacility: { id: string; code: string; name: string };
        destinationFacility: { id: string; code: string; name: string } | null;
        provision: { valid: boolean; reference: string; checkedAt: string } | null;
        history: Array<{
          fromState: ReferralStatus | null;
          toState: ReferralStatus;
          action: string;
          actorRole: string | null;
          note: string | null;
          at: string;
          version: number;
        }>;
      };
    }>;
  };
};

export type ReferralQueryVariables = Exact<{
  id: string | number;
}>;

export type ReferralQuery = {
  referral: {
    id: string;
    status: ReferralStatus;
    scope: ReferralScope | null;
    urgency: ReferralUrgency;
    medicalGrounds: MedicalGrounds;
    diagnosisIcd10: string;
    requestingPhysician: string;
    companionRequired: boolean;
    authorisedTransport: TransportKind;
    completionReport: string | null;
    version: number;
    clinic: { code: string; nameTr: string };
    originFacility: { id: string; code: string; name: string };
    destinationFacility: { id: string; code: string; name: string } | null;
    provision: { valid: boolean; reference: string; checkedAt: string } | null;
    history: Array<{
      fromState: ReferralStatus | null;
      toState: ReferralStatus;
      action: string;
      actorRole: string | null;
      note: string | null;
      at: string;
      version: number;
    }>;
  };
};

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;

export type CreateReferralMutation = {
  createReferral: {
    wouldBecome: ReferralStatus | null;
    referral: {
      id: string;
      status: ReferralStatus;
      scope: ReferralScope | null;
      urgency: ReferralUrgency;
      medicalGrounds: MedicalGrounds;
      diagnosisIcd10: string;
      requestingPhysician: string;
      companionRequired: boolean;
      authorisedTransport: TransportKind;
      completionReport: string | null;
      version: number;
      clinic: { code: string; nameTr: string };
      originFacility: { id: string; code: string; name: string };
      destinationFacility: { id: string; code: string; name: string } | null;
      provision: { valid: boolean; reference: string; checkedAt: string } | null;
      history: Array<{
        fromState: ReferralStatus | null;
        toState: ReferralStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    sgkCheck: {
      referralDate: string;
      insured: boolean | null;
      applicationDeadline: string | null;
      nearestTertiary: { distanceKm: number; distanceEstimated: boolean; facility: { id: string; code: string; name: string } } | null;
      statement: {
        eligible: boolean;
        actualDistanceKm: number;
        paidDistanceKm: number;
        actualDistanceEstimated: boolean;
        paidDistanceEstimated: boolean;
        applicationDeadline: string;
        treatmentCostDeadline: string;
        treatmentCostsInTime: boolean;
        ineligibility: Array<{ rule: string; code: string; explanationTr: string; explanationEn: string }>;
        lines: Array<{
          person: ReimbursedPerson;
          kind: ReimbursementLineKind;
          basis: ReimbursementBasis;
          quantity: number;
          days: Array<string>;
          rules: Array<string>;
          explanationTr: string;
          explanationEn: string;
          paidToFacility: { id: string; code: string; name: string };
          unitAmount: { amountMinor: number; currency: string };
          amount: { amountMinor: number; currency: string };
        }>;
        notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
        travelPaidToFacility: { id: string; code: string; name: string };
        patientTotal: { amountMinor: number; currency: string };
        companionTotal: { amountMinor: number; currency: string };
        total: { amountMinor: number; currency: string };
      } | null;
      notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type TransitionReferralMutationVariables = Exact<{
  input: TransitionReferralInput;
}>;

export type TransitionReferralMutation = {
  transitionReferral: {
    wouldBecome: ReferralStatus | null;
    referral: {
      id: string;
      status: ReferralStatus;
      scope: ReferralScope | null;
      urgency: ReferralUrgency;
      medicalGrounds: MedicalGrounds;
      diagnosisIcd10: string;
      requestingPhysician: string;
      companionRequired: boolean;
      authorisedTransport: TransportKind;
      completionReport: string | null;
      version: number;
      clinic: { code: string; nameTr: string };
      originFacility: { id: string; code: string; name: string };
      destinationFacility: { id: string; code: string; name: string } | null;
      provision: { valid: boolean; reference: string; checkedAt: string } | null;
      history: Array<{
        fromState: ReferralStatus | null;
        toState: ReferralStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type OpenBedSearchesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type OpenBedSearchesQuery = {
  openBedSearches: {
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        bedType: BedType;
        provinceCode: string;
        level: SearchLevel;
        status: SearchStatus;
        version: number;
        reservedFacility: { id: string; code: string; name: string } | null;
        levels: Array<{ level: SearchLevel; startedAt: string; endedAt: string | null; outcome: string | null }>;
        history: Array<{
          fromState: SearchStatus | null;
          toState: SearchStatus;
          action: string;
          level: SearchLevel;
          actorRole: string | null;
          note: string | null;
          at: string;
          version: number;
        }>;
        referral: { id: string; status: ReferralStatus };
      };
    }>;
  };
};

export type BedSearchQueryVariables = Exact<{
  id: string | number;
}>;

export type BedSearchQuery = {
  bedSearch: {
    id: string;
    bedType: BedType;
    provinceCode: string;
    level: SearchLevel;
    status: SearchStatus;
    version: number;
    reservedFacility: { id: string; code: string; name: string } | null;
    levels: Array<{ level: SearchLevel; startedAt: string; endedAt: string | null; outcome: string | null }>;
    history: Array<{
      fromState: SearchStatus | null;
      toState: SearchStatus;
      action: string;
      level: SearchLevel;
      actorRole: string | null;
      note: string | null;
      at: string;
      version: number;
    }>;
    referral: { id: string; status: ReferralStatus };
  };
};

export type TimeToBedReportQueryVariables = Exact<{ [key: string]: never }>;

export type TimeToBedReportQuery = {
  timeToBedReport: Array<{ level: SearchLevel; provinceCode: string; searches: number; averageSeconds: number }>;
};

export type StartBedSearchMutationVariables = Exact<{
  input: StartBedSearchInput;
}>;

export type StartBedSearchMutation = {
  startBedSearch: {
    search: {
      id: string;
      bedType: BedType;
      provinceCode: string;
      level: SearchLevel;
      status: SearchStatus;
      version: number;
      reservedFacility: { id: string; code: string; name: string } | null;
      levels: Array<{ level: SearchLevel; startedAt: string; endedAt: string | null; outcome: string | null }>;
      history: Array<{
        fromState: SearchStatus | null;
        toState: SearchStatus;
        action: string;
        level: SearchLevel;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
      referral: { id: string; status: ReferralStatus };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type OfferBedMutationVariables = Exact<{
  input: BedSearchActionInput;
}>;

export type OfferBedMutation = {
  offerBed: {
    search: {
      id: string;
      bedType: BedType;
      provinceCode: string;
      level: SearchLevel;
      status: SearchStatus;
      version: number;
      reservedFacility: { id: string; code: string; name: string } | null;
      levels: Array<{ level: SearchLevel; startedAt: string; endedAt: string | null; outcome: string | null }>;
      history: Array<{
        fromState: SearchStatus | null;
        toState: SearchStatus;
        action: string;
        level: SearchLevel;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
      referral: { id: string; status: ReferralStatus };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type EscalateBedSearchMutationVariables = Exact<{
  input: BedSearchActionInput;
}>;

export type EscalateBedSearchMutation = {
  escalateBedSearch: {
    search: {
      id: string;
      bedType: BedType;
      provinceCode: string;
      level: SearchLevel;
      status: SearchStatus;
      version: number;
      reservedFacility: { id: string; code: string; name: string } | null;
      levels: Array<{ level: SearchLevel; startedAt: string; endedAt: string | null; outcome: string | null }>;
      history: Array<{
        fromState: SearchStatus | null;
        toState: SearchStatus;
        action: string;
        level: SearchLevel;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
      referral: { id: string; status: ReferralStatus };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type CompleteBedTransferMutationVariables = Exact<{
  input: BedSearchActionInput;
}>;

export type CompleteBedTransferMutation = {
  completeBedTransfer: {
    search: {
      id: string;
      bedType: BedType;
      provinceCode: string;
      level: SearchLevel;
      status: SearchStatus;
      version: number;
      reservedFacility: { id: string; code: string; name: string } | null;
      levels: Array<{ level: SearchLevel; startedAt: string; endedAt: string | null; outcome: string | null }>;
      history: Array<{
        fromState: SearchStatus | null;
        toState: SearchStatus;
        action: string;
        level: SearchLevel;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
      referral: { id: string; status: ReferralStatus };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ReimbursementStatementFieldsFragment = {
  eligible: boolean;
  actualDistanceKm: number;
  paidDistanceKm: number;
  actualDistanceEstimated: boolean;
  paidDistanceEstimated: boolean;
  applicationDeadline: string;
  treatmentCostDeadline: string;
  treatmentCostsInTime: boolean;
  ineligibility: Array<{ rule: string; code: string; explanationTr: string; explanationEn: string }>;
  lines: Array<{
    person: ReimbursedPerson;
    kind: ReimbursementLineKind;
    basis: ReimbursementBasis;
    quantity: number;
    days: Array<string>;
    rules: Array<string>;
    explanationTr: string;
    explanationEn: string;
    paidToFacility: { id: string; code: string; name: string };
    unitAmount: { amountMinor: number; currency: string };
    amount: { amountMinor: number; currency: string };
  }>;
  notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
  travelPaidToFacility: { id: string; code: string; name: string };
  patientTotal: { amountMinor: number; currency: string };
  companionTotal: { amountMinor: number; currency: string };
  total: { amountMinor: number; currency: string };
};

export type ReimbursementClaimFieldsFragment = {
  id: string;
  status: ReimbursementClaimStatus;
  version: number;
  channel: ReimbursementChannel;
  officeProvinceCode: string;
  submittedAt: string;
  rejectionRules: Array<string>;
  rejectionReason: string | null;
  paymentReference: string | null;
  paidOn: string | null;
  referral: { id: string };
  statement: {
    eligible: boolean;
    actualDistanceKm: number;
    paidDistanceKm: number;
    actualDistanceEstimated: boolean;
    paidDistanceEstimated: boolean;
    applicationDeadline: string;
    treatmentCostDeadline: string;
    treatmentCostsInTime: boolean;
    ineligibility: Array<{ rule: string; code: string; explanationTr: string; explanationEn: string }>;
    lines: Array<{
      person: ReimbursedPerson;
      kind: ReimbursementLineKind;
      basis: ReimbursementBasis;
      quantity: number;
      days: Array<string>;
      rules: Array<string>;
      explanationTr: string;
      explanationEn: string;
      paidToFacility: { id: string; code: string; name: string };
      unitAmount: { amountMinor: number; currency: string };
      amount: { amountMinor: number; currency: string };
    }>;
    notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
    travelPaidToFacility: { id: string; code: string; name: string };
    patientTotal: { amountMinor: number; currency: string };
    companionTotal: { amountMinor: number; currency: string };
    total: { amountMinor: number; currency: string };
  } | null;
  history: Array<{
    fromState: ReimbursementClaimStatus | null;
    toState: ReimbursementClaimStatus;
    action: string;
    actorRole: string | null;
    note: string | null;
    at: string;
    version: number;
  }>;
};

export type ReimbursementQuoteQueryVariables = Exact<{
  input: ReimbursementQuoteInput;
}>;

export type ReimbursementQuoteQuery = {
  reimbursementQuote: {
    statement: {
      eligible: boolean;
      actualDistanceKm: number;
      paidDistanceKm: number;
      actualDistanceEstimated: boolean;
      paidDistanceEstimated: boolean;
      applicationDeadline: string;
      treatmentCostDeadline: string;
      treatmentCostsInTime: boolean;
      ineligibility: Array<{ rule: string; code: string; explanationTr: string; explanationEn: string }>;
      lines: Array<{
        person: ReimbursedPerson;
        kind: ReimbursementLineKind;
        basis: ReimbursementBasis;
        quantity: number;
        days: Array<string>;
        rules: Array<string>;
        explanationTr: string;
        explanationEn: string;
        paidToFacility: { id: string; code: string; name: string };
        unitAmount: { amountMinor: number; currency: string };
        amount: { amountMinor: number; currency: string };
      }>;
      notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
      travelPaidToFacility: { id: string; code: string; name: string };
      patientTotal: { amountMinor: number; currency: string };
      companionTotal: { amountMinor: number; currency: string };
      total: { amountMinor: number; currency: string };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ReimbursementClaimQueryVariables = Exact<{
  id: string | number;
}>;

export type ReimbursementClaimQuery = {
  reimbursementClaim: {
    id: string;
    status: ReimbursementClaimStatus;
    version: number;
    channel: ReimbursementChannel;
    officeProvinceCode: string;
    submittedAt: string;
    rejectionRules: Array<string>;
    rejectionReason: string | null;
    paymentReference: string | null;
    paidOn: string | null;
    referral: { id: string };
    statement: {
      eligible: boolean;
      actualDistanceKm: number;
      paidDistanceKm: number;
      actualDistanceEstimated: boolean;
      paidDistanceEstimated: boolean;
      applicationDeadline: string;
      treatmentCostDeadline: string;
      treatmentCostsInTime: boolean;
      ineligibility: Array<{ rule: string; code: string; explanationTr: string; explanationEn: string }>;
      lines: Array<{
        person: ReimbursedPerson;
        kind: ReimbursementLineKind;
        basis: ReimbursementBasis;
        quantity: number;
        days: Array<string>;
        rules: Array<string>;
        explanationTr: string;
        explanationEn: string;
        paidToFacility: { id: string; code: string; name: string };
        unitAmount: { amountMinor: number; currency: string };
        amount: { amountMinor: number; currency: string };
      }>;
      notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
      travelPaidToFacility: { id: string; code: string; name: string };
      patientTotal: { amountMinor: number; currency: string };
      companionTotal: { amountMinor: number; currency: string };
      total: { amountMinor: number; currency: string };
    } | null;
    history: Array<{
      fromState: ReimbursementClaimStatus | null;
      toState: ReimbursementClaimStatus;
      action: string;
      actorRole: string | null;
      note: string | null;
      at: string;
      version: number;
    }>;
  };
};

export type ReimbursementClaimsQueryVariables = Exact<{
  filter?: ReimbursementClaimFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ReimbursementClaimsQuery = {
  reimbursementClaims: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        status: ReimbursementClaimStatus;
        version: number;
        channel: ReimbursementChannel;
        officeProvinceCode: string;
        submittedAt: string;
        rejectionRules: Array<string>;
        rejectionReason: string | null;
        paymentReference: string | null;
        paidOn: string | null;
        referral: { id: string };
        statement: {
          eligible: boolean;
          actualDistanceKm: number;
          paidDistanceKm: number;
          actualDistanceEstimated: boolean;
          paidDistanceEstimated: boolean;
          applicationDeadline: string;
          treatmentCostDeadline: string;
          treatmentCostsInTime: boolean;
          ineligibility: Array<{ rule: string; code: string; explanationTr: string; explanationEn: string }>;
          lines: Array<{
            person: ReimbursedPerson;
            kind: ReimbursementLineKind;
            basis: ReimbursementBasis;
            quantity: number;
            days: Array<string>;
            rules: Array<string>;
            explanationTr: string;
            explanationEn: string;
            paidToFacility: { id: string; code: string; name: string };
            unitAmount: { amountMinor: number; currency: string };
            amount: { amountMinor: number; currency: string };
          }>;
          notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
          travelPaidToFacility: { id: string; code: string; name: string };
          patientTotal: { amountMinor: number; currency: string };
          companionTotal: { amountMinor: number; currency: string };
          total: { amountMinor: number; currency: string };
        } | null;
        history: Array<{
          fromState: ReimbursementClaimStatus | null;
          toState: ReimbursementClaimStatus;
          action: string;
          actorRole: string | null;
          note: string | null;
          at: string;
          version: number;
        }>;
      };
    }>;
  };
};

export type CivilServantCoefficientsQueryVariables = Exact<{ [key: string]: never }>;

export type CivilServantCoefficientsQuery = {
  civilServantCoefficients: Array<{ validFrom: string; validUntil: string; coefficient: string }>;
};

export type RegularFareTariffsQueryVariables = Exact<{ [key: string]: never }>;

export type RegularFareTariffsQuery = {
  regularFareTariffs: Array<{
    validFrom: string;
    validUntil: string;
    source: string;
    bands: Array<{ fromKm: number; toKm: number; fare: { amountMinor: number; currency: string } }>;
  }>;
};

export type ReimbursementSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type ReimbursementSettingsQuery = {
  reimbursementSettings: {
    travelAndDailyBusinessDays: number;
    treatmentBusinessDays: number;
    emergencyFullDistance: Array<string>;
    primaryCareExceptions: Array<string>;
    version: number;
  };
};

export type UpdateReimbursementSettingsMutationVariables = Exact<{
  input: UpdateReimbursementSettingsInput;
}>;

export type UpdateReimbursementSettingsMutation = {
  updateReimbursementSettings: {
    settings: {
      travelAndDailyBusinessDays: number;
      treatmentBusinessDays: number;
      emergencyFullDistance: Array<string>;
      primaryCareExceptions: Array<string>;
      version: number;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type SetCivilServantCoefficientMutationVariables = Exact<{
  input: SetCivilServantCoefficientInput;
}>;

export type SetCivilServantCoefficientMutation = {
  setCivilServantCoefficient: {
    coefficient: { validFrom: string; validUntil: string; coefficient: string } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type SetRegularFareTariffMutationVariables = Exact<{
  input: SetRegularFareTariffInput;
}>;

export type SetRegularFareTariffMutation = {
  setRegularFareTariff: {
    tariff: { validFrom: string; validUntil: string; source: string } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type SubmitReimbursementClaimMutationVariables = Exact<{
  input: SubmitReimbursementClaimInput;
}>;

export type SubmitReimbursementClaimMutation = {
  submitReimbursementClaim: {
    claim: {
      id: string;
      status: ReimbursementClaimStatus;
      version: number;
      channel: ReimbursementChannel;
      officeProvinceCode: string;
      submittedAt: string;
      rejectionRules: Array<string>;
      rejectionReason: string | null;
      paymentReference: string | null;
      paidOn: string | null;
      referral: { id: string };
      statement: {
        eligible: boolean;
        actualDistanceKm: number;
        paidDistanceKm: number;
        actualDistanceEstimated: boolean;
        paidDistanceEstimated: boolean;
        applicationDeadline: string;
        treatmentCostDeadline: string;
        treatmentCostsInTime: boolean;
        ineligibility: Array<{ rule: string; code: string; explanationTr: string; explanationEn: string }>;
        lines: Array<{
          person: ReimbursedPerson;
          kind: ReimbursementLineKind;
          basis: ReimbursementBasis;
          quantity: number;
          days: Array<string>;
          rules: Array<string>;
          explanationTr: string;
          explanationEn: string;
          paidToFacility: { id: string; code: string; name: string };
          unitAmount: { amountMinor: number; currency: string };
          amount: { amountMinor: number; currency: string };
        }>;
        notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
        travelPaidToFacility: { id: string; code: string; name: string };
        patientTotal: { amountMinor: number; currency: string };
        companionTotal: { amountMinor: number; currency: string };
        total: { amountMinor: number; currency: string };
      } | null;
      history: Array<{
        fromState: ReimbursementClaimStatus | null;
        toState: ReimbursementClaimStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type CalculateReimbursementClaimMutationVariables = Exact<{
  input: ReimbursementClaimStepInput;
}>;

export type CalculateReimbursementClaimMutation = {
  calculateReimbursementClaim: {
    claim: {
      id: string;
      status: ReimbursementClaimStatus;
      version: number;
      channel: ReimbursementChannel;
      officeProvinceCode: string;
      submittedAt: string;
      rejectionRules: Array<string>;
      rejectionReason: string | null;
      paymentReference: string | null;
      paidOn: string | null;
      referral: { id: string };
      statement: {
        eligible: boolean;
        actualDistanceKm: number;
        paidDistanceKm: number;
        actualDistanceEstimated: boolean;
        paidDistanceEstimated: boolean;
        applicationDeadline: string;
        treatmentCostDeadline: string;
        treatmentCostsInTime: boolean;
        ineligibility: Array<{ rule: string; code: string; explanationTr: string; explanationEn: string }>;
        lines: Array<{
          person: ReimbursedPerson;
          kind: ReimbursementLineKind;
          basis: ReimbursementBasis;
          quantity: number;
          days: Array<string>;
          rules: Array<string>;
          explanationTr: string;
          explanationEn: string;
          paidToFacility: { id: string; code: string; name: string };
          unitAmount: { amountMinor: number; currency: string };
          amount: { amountMinor: number; currency: string };
        }>;
        notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
        travelPaidToFacility: { id: string; code: string; name: string };
        patientTotal: { amountMinor: number; currency: string };
        companionTotal: { amountMinor: number; currency: string };
        total: { amountMinor: number; currency: string };
      } | null;
      history: Array<{
        fromState: ReimbursementClaimStatus | null;
        toState: ReimbursementClaimStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ApproveReimbursementClaimMutationVariables = Exact<{
  input: ReimbursementClaimStepInput;
}>;

export type ApproveReimbursementClaimMutation = {
  approveReimbursementClaim: {
    claim: {
      id: string;
      status: ReimbursementClaimStatus;
      version: number;
      channel: ReimbursementChannel;
      officeProvinceCode: string;
      submittedAt: string;
      rejectionRules: Array<string>;
      rejectionReason: string | null;
      paymentReference: string | null;
      paidOn: string | null;
      referral: { id: string };
      statement: {
        eligible: boolean;
        actualDistanceKm: number;
        paidDistanceKm: number;
        actualDistanceEstimated: boolean;
        paidDistanceEstimated: boolean;
        applicationDeadline: string;
        treatmentCostDeadline: string;
        treatmentCostsInTime: boolean;
        ineligibility: Array<{ rule: string; code: string; explanationTr: string; explanationEn: string }>;
        lines: Array<{
          person: ReimbursedPerson;
          kind: ReimbursementLineKind;
          basis: ReimbursementBasis;
          quantity: number;
          days: Array<string>;
          rules: Array<string>;
          explanationTr: string;
          explanationEn: string;
          paidToFacility: { id: string; code: string; name: string };
          unitAmount: { amountMinor: number; currency: string };
          amount: { amountMinor: number; currency: string };
        }>;
        notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
        travelPaidToFacility: { id: string; code: string; name: string };
        patientTotal: { amountMinor: number; currency: string };
        companionTotal: { amountMinor: number; currency: string };
        total: { amountMinor: number; currency: string };
      } | null;
      history: Array<{
        fromState: ReimbursementClaimStatus | null;
        toState: ReimbursementClaimStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type RejectReimbursementClaimMutationVariables = Exact<{
  input: RejectReimbursementClaimInput;
}>;

export type RejectReimbursementClaimMutation = {
  rejectReimbursementClaim: {
    claim: {
      id: string;
      status: ReimbursementClaimStatus;
      version: number;
      channel: ReimbursementChannel;
      officeProvinceCode: string;
      submittedAt: string;
      rejectionRules: Array<string>;
      rejectionReason: string | null;
      paymentReference: string | null;
      paidOn: string | null;
      referral: { id: string };
      statement: {
        eligible: boolean;
        actualDistanceKm: number;
        paidDistanceKm: number;
        actualDistanceEstimated: boolean;
        paidDistanceEstimated: boolean;
        applicationDeadline: string;
        treatmentCostDeadline: string;
        treatmentCostsInTime: boolean;
        ineligibility: Array<{ rule: string; code: string; explanationTr: string; explanationEn: string }>;
        lines: Array<{
          person: ReimbursedPerson;
          kind: ReimbursementLineKind;
          basis: ReimbursementBasis;
          quantity: number;
          days: Array<string>;
          rules: Array<string>;
          explanationTr: string;
          explanationEn: string;
          paidToFacility: { id: string; code: string; name: string };
          unitAmount: { amountMinor: number; currency: string };
          amount: { amountMinor: number; currency: string };
        }>;
        notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
        travelPaidToFacility: { id: string; code: string; name: string };
        patientTotal: { amountMinor: number; currency: string };
        companionTotal: { amountMinor: number; currency: string };
        total: { amountMinor: number; currency: string };
      } | null;
      history: Array<{
        fromState: ReimbursementClaimStatus | null;
        toState: ReimbursementClaimStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type RecordReimbursementPaymentMutationVariables = Exact<{
  input: RecordReimbursementPaymentInput;
}>;

export type RecordReimbursementPaymentMutation = {
  recordReimbursementPayment: {
    claim: {
      id: string;
      status: ReimbursementClaimStatus;
      version: number;
      channel: ReimbursementChannel;
      officeProvinceCode: string;
      submittedAt: string;
      rejectionRules: Array<string>;
      rejectionReason: string | null;
      paymentReference: string | null;
      paidOn: string | null;
      referral: { id: string };
      statement: {
        eligible: boolean;
        actualDistanceKm: number;
        paidDistanceKm: number;
        actualDistanceEstimated: boolean;
        paidDistanceEstimated: boolean;
        applicationDeadline: string;
        treatmentCostDeadline: string;
        treatmentCostsInTime: boolean;
        ineligibility: Array<{ rule: string; code: string; explanationTr: string; explanationEn: string }>;
        lines: Array<{
          person: ReimbursedPerson;
          kind: ReimbursementLineKind;
          basis: ReimbursementBasis;
          quantity: number;
          days: Array<string>;
          rules: Array<string>;
          explanationTr: string;
          explanationEn: string;
          paidToFacility: { id: string; code: string; name: string };
          unitAmount: { amountMinor: number; currency: string };
          amount: { amountMinor: number; currency: string };
        }>;
        notes: Array<{ rules: Array<string>; explanationTr: string; explanationEn: string }>;
        travelPaidToFacility: { id: string; code: string; name: string };
        patientTotal: { amountMinor: number; currency: string };
        companionTotal: { amountMinor: number; currency: string };
        total: { amountMinor: number; currency: string };
      } | null;
      history: Array<{
        fromState: ReimbursementClaimStatus | null;
        toState: ReimbursementClaimStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type CivilServantCoefficientGapsQueryVariables = Exact<{
  withinDays?: number | null | undefined;
}>;

export type CivilServantCoefficientGapsQuery = {
  civilServantCoefficientGaps: Array<{ validFrom: string; validUntil: string; firstUncoveredDay: string; startsInDays: number }>;
};

export type SgkInsuranceStatusFieldsFragment = {
  on: string;
  insured: boolean | null;
  version: number;
  fact: { sequence: number; insured: boolean; effectiveFrom: string; reference: string; at: string } | null;
  history: Array<{ sequence: number; insured: boolean; effectiveFrom: string; reference: string; at: string }>;
};

export type SgkInsuranceStatusQueryVariables = Exact<{
  patientId: string | number;
  on?: string | null | undefined;
}>;

export type SgkInsuranceStatusQuery = {
  sgkInsuranceStatus: {
    on: string;
    insured: boolean | null;
    version: number;
    fact: { sequence: number; insured: boolean; effectiveFrom: string; reference: string; at: string } | null;
    history: Array<{ sequence: number; insured: boolean; effectiveFrom: string; reference: string; at: string }>;
  };
};

export type RecordSgkInsuranceStatusMutationVariables = Exact<{
  input: RecordSgkInsuranceStatusInput;
}>;

export type RecordSgkInsuranceStatusMutation = {
  recordSgkInsuranceStatus: {
    status: {
      on: string;
      insured: boolean | null;
      version: number;
      fact: { sequence: number; insured: boolean; effectiveFrom: string; reference: string; at: string } | null;
      history: Array<{ sequence: number; insured: boolean; effectiveFrom: string; reference: string; at: string }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type RoadDistanceFieldsFragment = {
  fromAreaCode: string;
  toAreaCode: string;
  on: string;
  km: number;
  estimated: boolean;
  validFrom: string | null;
  source: string;
  history: Array<{ validFrom: string; km: number; source: string; createdByClientId: string }>;
};

export type RoadDistanceQueryVariables = Exact<{
  fromAreaCode: string;
  toAreaCode: string;
  on?: string | null | undefined;
}>;

export type RoadDistanceQuery = {
  roadDistance: {
    fromAreaCode: string;
    toAreaCode: string;
    on: string;
    km: number;
    estimated: boolean;
    validFrom: string | null;
    source: string;
    history: Array<{ validFrom: string; km: number; source: string; createdByClientId: string }>;
  };
};

export type SetRoadDistanceMutationVariables = Exact<{
  input: SetRoadDistanceInput;
}>;

export type SetRoadDistanceMutation = {
  setRoadDistance: {
    distance: {
      fromAreaCode: string;
      toAreaCode: string;
      on: string;
      km: number;
      estimated: boolean;
      validFrom: string | null;
      source: string;
      history: Array<{ validFrom: string; km: number; source: string; createdByClientId: string }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type SetSettlementAreaMutationVariables = Exact<{
  input: SetSettlementAreaInput;
}>;

export type SetSettlementAreaMutation = {
  setSettlementArea: {
    settlementArea: { code: string; name: string; latitude: number; longitude: number; version: number } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type SettlementAreaHistoryQueryVariables = Exact<{
  code: string;
}>;

export type SettlementAreaHistoryQuery = {
  settlementAreaHistory: Array<{
    version: number;
    name: string;
    latitude: number;
    longitude: number;
    effectiveFrom: string;
    clientId: string;
    at: string;
  }>;
};

export type StaffAccountFieldsFragment = {
  id: string;
  username: string;
  displayName: string;
  organisation: string;
  role: string;
  scope: string;
  totpEnabled: boolean;
  enabled: boolean;
  createdAt: string;
  disabledAt: string | null;
};

export type StaffAccountsQueryVariables = Exact<{
  filter?: StaffAccountFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type StaffAccountsQuery = {
  staffAccounts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        username: string;
        displayName: string;
        organisation: string;
        role: string;
        scope: string;
        totpEnabled: boolean;
        enabled: boolean;
        createdAt: string;
        disabledAt: string | null;
      };
    }>;
  };
};

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;

export type CreateStaffAccountMutation = {
  createStaffAccount: {
    totpProvisioningUri: string | null;
    staffAccount: {
      id: string;
      username: string;
      displayName: string;
      organisation: string;
      role: string;
      scope: string;
      totpEnabled: boolean;
      enabled: boolean;
      createdAt: string;
      disabledAt: string | null;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type DisableStaffAccountMutationVariables = Exact<{
  input: DisableStaffAccountInput;
}>;

export type DisableStaffAccountMutation = {
  disableStaffAccount: {
    staffAccount: {
      id: string;
      username: string;
      displayName: string;
      organisation: string;
      role: string;
      scope: string;
      totpEnabled: boolean;
      enabled: boolean;
      createdAt: string;
      disabledAt: string | null;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type MonthlySubmissionFieldsFragment = {
  id: string;
  period: string;
  status: SubmissionStatus;
  revision: number;
  version: number;
  submittedAt: string | null;
  acceptedAt: string | null;
  province: { code: string; name: string };
  corrections: Array<{
    revision: number;
    nationality: TpNationality;
    metric: SubmissionMetric | null;
    reason: string;
    requestedAt: string;
    facility: { id: string; code: string; name: string };
  }>;
  history: Array<{
    revision: number;
    fromState: SubmissionStatus | null;
    toState: SubmissionStatus;
    action: string;
    actorRole: string | null;
    note: string | null;
    at: string;
    version: number;
  }>;
};

export type MonthlySubmissionPayloadFieldsFragment = {
  submission: {
    id: string;
    period: string;
    status: SubmissionStatus;
    revision: number;
    version: number;
    submittedAt: string | null;
    acceptedAt: string | null;
    province: { code: string; name: string };
    corrections: Array<{
      revision: number;
      nationality: TpNationality;
      metric: SubmissionMetric | null;
      reason: string;
      requestedAt: string;
      facility: { id: string; code: string; name: string };
    }>;
    history: Array<{
      revision: number;
      fromState: SubmissionStatus | null;
      toState: SubmissionStatus;
      action: string;
      actorRole: string | null;
      note: string | null;
      at: string;
      version: number;
    }>;
  } | null;
  userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
};

export type MonthlySubmissionQueryVariables = Exact<{
  period: string;
  provinceCode?: string | null | undefined;
  revision?: number | null | undefined;
}>;

export type MonthlySubmissionQuery = {
  monthlySubmission: {
    id: string;
    period: string;
    status: SubmissionStatus;
    revision: number;
    version: number;
    submittedAt: string | null;
    acceptedAt: string | null;
    rows: Array<{
      nationality: TpNationality;
      outpatientVisits: number;
      emergencyVisits: number;
      inpatientAdmissions: number;
      surgeries: number;
      births: number;
      intensiveCareAdmissions: number;
      referralsOut: number;
      facility: { id: string; code: string; name: string };
    }>;
    province: { code: string; name: string };
    corrections: Array<{
      revision: number;
      nationality: TpNationality;
      metric: SubmissionMetric | null;
      reason: string;
      requestedAt: string;
      facility: { id: string; code: string; name: string };
    }>;
    history: Array<{
      revision: number;
      fromState: SubmissionStatus | null;
      toState: SubmissionStatus;
      action: string;
      actorRole: string | null;
      note: string | null;
      at: string;
      version: number;
    }>;
  } | null;
};

export type MonthlySubmissionPeriodQueryVariables = Exact<{
  period: string;
}>;

export type MonthlySubmissionPeriodQuery = {
  monthlySubmissionPeriod: {
    period: string;
    opensOn: string;
    dueOn: string;
    provinces: Array<{
      status: ProvinceSubmissionStatus;
      overdue: boolean;
      submittedAt: string | null;
      province: { code: string; name: string };
    }>;
  };
};

export type MonthlyConsolidationQueryVariables = Exact<{
  period: string;
}>;

export type MonthlyConsolidationQuery = {
  monthlyConsolidation: {
    period: string;
    previousPeriod: string;
    acceptedProvinces: number;
    national: Array<{ metric: SubmissionMetric; value: number; previousValue: number | null; change: number | null }>;
    byNationality: Array<{
      nationality: TpNationality;
      metric: SubmissionMetric;
      value: number;
      previousValue: number | null;
      change: number | null;
    }>;
    byProvince: Array<{
      metric: SubmissionMetric;
      value: number;
      previousValue: number | null;
      change: number | null;
      province: { code: string; name: string };
    }>;
  };
};

export type MonthlyDispatchesQueryVariables = Exact<{
  period: string;
}>;

export type MonthlyDispatchesQuery = {
  monthlyDispatches: Array<{ id: string; period: string; recipient: string; letterNumber: string; letterDate: string; recordedAt: string }>;
};

export type MonthlySubmissionDueDayQueryVariables = Exact<{ [key: string]: never }>;

export type MonthlySubmissionDueDayQuery = { monthlySubmissionDueDay: number };

export type MonthlySubmissionSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type MonthlySubmissionSettingsQuery = { monthlySubmissionSettings: { dueDay: number; version: number } };

export type SetMonthlySubmissionDueDayMutationVariables = Exact<{
  input: SetMonthlySubmissionDueDayInput;
}>;

export type SetMonthlySubmissionDueDayMutation = {
  setMonthlySubmissionDueDay: {
    settings: { dueDay: number; version: number } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type SaveMonthlyDraftMutationVariables = Exact<{
  input: SaveMonthlyDraftInput;
}>;

export type SaveMonthlyDraftMutation = {
  saveMonthlyDraft: {
    submission: {
      id: string;
      period: string;
      status: SubmissionStatus;
      revision: number;
      version: number;
      submittedAt: string | null;
      acceptedAt: string | null;
      province: { code: string; name: string };
      corrections: Array<{
        revision: number;
        nationality: TpNationality;
        metric: SubmissionMetric | null;
        reason: string;
        requestedAt: string;
        facility: { id: string; code: string; name: string };
      }>;
      history: Array<{
        revision: number;
        fromState: SubmissionStatus | null;
        toState: SubmissionStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type SubmitMonthlySubmissionMutationVariables = Exact<{
  input: SubmitMonthlySubmissionInput;
}>;

export type SubmitMonthlySubmissionMutation = {
  submitMonthlySubmission: {
    submission: {
      id: string;
      period: string;
      status: SubmissionStatus;
      revision: number;
      version: number;
      submittedAt: string | null;
      acceptedAt: string | null;
      province: { code: string; name: string };
      corrections: Array<{
        revision: number;
        nationality: TpNationality;
        metric: SubmissionMetric | null;
        reason: string;
        requestedAt: string;
        facility: { id: string; code: string; name: string };
      }>;
      history: Array<{
        revision: number;
        fromState: SubmissionStatus | null;
        toState: SubmissionStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type RequestSubmissionCorrectionMutationVariables = Exact<{
  input: RequestSubmissionCorrectionInput;
}>;

export type RequestSubmissionCorrectionMutation = {
  requestSubmissionCorrection: {
    submission: {
      id: string;
      period: string;
      status: SubmissionStatus;
      revision: number;
      version: number;
      submittedAt: string | null;
      acceptedAt: string | null;
      province: { code: string; name: string };
      corrections: Array<{
        revision: number;
        nationality: TpNationality;
        metric: SubmissionMetric | null;
        reason: string;
        requestedAt: string;
        facility: { id: string; code: string; name: string };
      }>;
      history: Array<{
        revision: number;
        fromState: SubmissionStatus | null;
        toState: SubmissionStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type CorrectMonthlySubmissionMutationVariables = Exact<{
  input: CorrectMonthlySubmissionInput;
}>;

export type CorrectMonthlySubmissionMutation = {
  correctMonthlySubmission: {
    submission: {
      id: string;
      period: string;
      status: SubmissionStatus;
      revision: number;
      version: number;
      submittedAt: string | null;
      acceptedAt: string | null;
      province: { code: string; name: string };
      corrections: Array<{
        revision: number;
        nationality: TpNationality;
        metric: SubmissionMetric | null;
        reason: string;
        requestedAt: string;
        facility: { id: string; code: string; name: string };
      }>;
      history: Array<{
        revision: number;
        fromState: SubmissionStatus | null;
        toState: SubmissionStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type AcceptMonthlySubmissionMutationVariables = Exact<{
  input: AcceptMonthlySubmissionInput;
}>;

export type AcceptMonthlySubmissionMutation = {
  acceptMonthlySubmission: {
    submission: {
      id: string;
      period: string;
      status: SubmissionStatus;
      revision: number;
      version: number;
      submittedAt: string | null;
      acceptedAt: string | null;
      province: { code: string; name: string };
      corrections: Array<{
        revision: number;
        nationality: TpNationality;
        metric: SubmissionMetric | null;
        reason: string;
        requestedAt: string;
        facility: { id: string; code: string; name: string };
      }>;
      history: Array<{
        revision: number;
        fromState: SubmissionStatus | null;
        toState: SubmissionStatus;
        action: string;
        actorRole: string | null;
        note: string | null;
        at: string;
        version: number;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ExportMonthlyConsolidationMutationVariables = Exact<{
  input: ExportMonthlyConsolidationInput;
}>;

export type ExportMonthlyConsolidationMutation = {
  exportMonthlyConsolidation: {
    link: { url: string; expiresAt: string } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type RecordSubmissionDispatchMutationVariables = Exact<{
  input: RecordSubmissionDispatchInput;
}>;

export type RecordSubmissionDispatchMutation = {
  recordSubmissionDispatch: {
    dispatch: { id: string; period: string; recipient: string; letterNumber: string; letterDate: string; recordedAt: string } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type EventTypesQueryVariables = Exact<{ [key: string]: never }>;

export type EventTypesQuery = { eventTypes: Array<string> };

export type WebhookSubscriptionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type WebhookSubscriptionsQuery = {
  webhookSubscriptions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        url: string;
        eventTypes: Array<string>;
        active: boolean;
        description: string | null;
        createdAt: string;
        version: number;
      };
    }>;
  };
};

export type CreateWebhookSubscriptionMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;

export type CreateWebhookSubscriptionMutation = {
  createWebhookSubscription: {
    secret: string | null;
    subscription: {
      id: string;
      url: string;
      eventTypes: Array<string>;
      active: boolean;
      description: string | null;
      createdAt: string;
      version: number;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type UpdateWebhookSubscriptionMutationVariables = Exact<{
  input: UpdateWebhookSubscriptionInput;
}>;

export type UpdateWebhookSubscriptionMutation = {
  updateWebhookSubscription: {
    subscription: {
      id: string;
      url: string;
      eventTypes: Array<string>;
      active: boolean;
      description: string | null;
      createdAt: string;
      version: number;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type DeleteWebhookSubscriptionMutationVariables = Exact<{
  input: DeleteWebhookSubscriptionInput;
}>;

export type DeleteWebhookSubscriptionMutation = {
  deleteWebhookSubscription: {
    subscription: {
      id: string;
      url: string;
      eventTypes: Array<string>;
      active: boolean;
      description: string | null;
      createdAt: string;
      version: number;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type WebhookDeliveriesQueryVariables = Exact<{
  filter?: WebhookDeliveryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type WebhookDeliveriesQuery = {
  webhookDeliveries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        status: WebhookDeliveryStatus;
        attempts: number;
        nextAttemptAt: string | null;
        deliveredAt: string | null;
        createdAt: string;
        subscription: { id: string; url: string };
        event: { id: string; type: string; occurredAt: string; subjectType: string; subjectId: string; data: Record<string, unknown> };
        attemptLog: Array<{ attempt: number; at: string; statusCode: number | null; error: string | null; durationMs: number }>;
      };
    }>;
  };
};

export type RedeliverWebhookMutationVariables = Exact<{
  input: RedeliverWebhookInput;
}>;

export type RedeliverWebhookMutation = {
  redeliverWebhook: {
    delivery: {
      id: string;
      status: WebhookDeliveryStatus;
      attempts: number;
      nextAttemptAt: string | null;
      deliveredAt: string | null;
      createdAt: string;
      subscription: { id: string; url: string };
      event: { id: string; type: string; occurredAt: string; subjectType: string; subjectId: string; data: Record<string, unknown> };
      attemptLog: Array<{ attempt: number; at: string; statusCode: number | null; error: string | null; durationMs: number }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>["__apiType"]>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `,
  { fragmentName: "PageInfoFields" },
) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const ProvinceFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ProvinceFields on Province {
  id
  code
  name
}
    `,
  { fragmentName: "ProvinceFields" },
) as unknown as TypedDocumentString<ProvinceFieldsFragment, unknown>;
export const FacilityFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment FacilityFields on Facility {
  id
  code
  name
  kind
  level
  ownership
  countryCode
  province {
    code
    name
  }
  settlementArea {
    code
    name
  }
  district {
    name
  }
  location {
    latitude
    longitude
  }
  clinics {
    code
    nameTr
    nameEn
  }
  bedCapacities {
    bedType
    total
    occupied
    occupancyReportedAt
  }
  hasHealthTourismUnit
  version
}
    `,
  { fragmentName: "FacilityFields" },
) as unknown as TypedDocumentString<FacilityFieldsFragment, unknown>;
export const PatientFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PatientFields on Patient {
  id
  category
  identifiers {
    kind
    value
    issuingCountry
  }
  givenName
  familyName
  birthDate
  sex
  nationality
  contact {
    phone
    email
    address
  }
  preferredLanguage
  guardian {
    name
    relationship
    phone
    identifierKind
    identifierValue
  }
  cancerPatient
  registeringFacility {
    id
    code
    name
  }
  version
}
    `,
  { fragmentName: "PatientFields" },
) as unknown as TypedDocumentString<PatientFieldsFragment, unknown>;
export const AccessLogEntryFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AccessLogEntryFields on AccessLogEntry {
  id
  at
  clientId
  role
  operation
  action
  patientId
  basis
  requestId
}
    `,
  { fragmentName: "AccessLogEntryFields" },
) as unknown as TypedDocumentString<AccessLogEntryFieldsFragment, unknown>;
export const PhysicianFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PhysicianFields on Physician {
  id
  registryNumber
  title
  givenName
  familyName
  clinic {
    code
    nameTr
  }
  facility {
    id
    code
    name
  }
}
    `,
  { fragmentName: "PhysicianFields" },
) as unknown as TypedDocumentString<PhysicianFieldsFragment, unknown>;
export const SlotFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment SlotFields on Slot {
  id
  startsAt
  endsAt
  capacity
  booked
  available
  clinic {
    code
    nameTr
  }
  physician {
    id
    title
    givenName
    familyName
  }
}
    `,
  { fragmentName: "SlotFields" },
) as unknown as TypedDocumentString<SlotFieldsFragment, unknown>;
export const AppointmentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AppointmentFields on Appointment {
  id
  status
  channel
  startsAt
  day
  facility {
    id
    code
    name
  }
  clinic {
    code
    nameTr
  }
  physician {
    id
    title
    givenName
    familyName
  }
  slot {
    id
    available
  }
  bookingSessionId
  bookedAt
  confirmBy
  confirmedAt
  cancelledAt
  cancelReason
  version
}
    `,
  { fragmentName: "AppointmentFields" },
) as unknown as TypedDocumentString<AppointmentFieldsFragment, unknown>;
export const AppointmentSettingsFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AppointmentSettingsFields on AppointmentSettings {
  noShowPenalty {
    enabled
    days
  }
  confirmation {
    enabled
    deadlineHour
    preConfirmedWithinDays
    exemptFromAge
  }
  adequacy {
    minWeeklyCapacityPerPhysician
  }
  version
}
    `,
  { fragmentName: "AppointmentSettingsFields" },
) as unknown as TypedDocumentString<AppointmentSettingsFieldsFragment, unknown>;
export const ApprovalStepFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}
    `,
  { fragmentName: "ApprovalStepFields" },
) as unknown as TypedDocumentString<ApprovalStepFieldsFragment, unknown>;
export const ApprovalTemplateFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ApprovalTemplateFields on ApprovalTemplate {
  code
  templateVersion
  status
  nameTr
  nameEn
  subjectKind
  departmentCode
  duePolicy {
    period
    windowDays
  }
  createdAt
  retiredAt
  steps {
    ...ApprovalStepFields
  }
}
    fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}`,
  { fragmentName: "ApprovalTemplateFields" },
) as unknown as TypedDocumentString<ApprovalTemplateFieldsFragment, unknown>;
export const ApprovalFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ApprovalFields on Approval {
  id
  title
  status
  revision
  version
  preparerRole
  createdAt
  completedAt
  dueOn
  overdue
  template {
    code
    templateVersion
    nameTr
    nameEn
  }
  currentStep {
    ...ApprovalStepFields
  }
  subject {
    __typename
    ... on ReportSubject {
      period
      summary
    }
    ... on PublicationSubject {
      publicationTitle
      summary
    }
    ... on TrainerTrainingSubject {
      startsOn
      trainees {
        name
        institution
        provinceCode
      }
    }
    ... on OverseasDeploymentSubject {
      applicantName
      employmentType
      countryCode
      postingMonths
      visaStatus
      requests
      documents {
        photo
        passport
        payslip
        workForm
      }
    }
    ... on InformationRequestSubject {
      organisation
      organisationName
      requestingCountryCode
      reference
      dueOn
      summary
    }
    ... on PetitionSubject {
      channel
      petitionerName
      receivedOn
      summary
      answer
      answeringUnit
    }
    ... on ExternalRequestSubject {
      institution
      institutionName
      reference
      answerDueOn
      summary
    }
    ... on WorldBankActivitySubject {
      activityTitle
      strategicGoal
      summary
    }
    ... on DataRequestSubject {
      requester
      studyTitle
      dataRequested
    }
    ... on GenericSubject {
      summary
      attributes {
        name
        value
      }
    }
  }
  history {
    fromState
    toState
    action
    version
    revision
    stepIndex
    stepKind
    role
    decision
    comment
    decidedByClientId
    stepStartedAt
    decidedAt
  }
}
    fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}`,
  { fragmentName: "ApprovalFields" },
) as unknown as TypedDocumentString<ApprovalFieldsFragment, unknown>;
export const WebhookSubscriptionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  eventTypes
  active
  description
  createdAt
  version
}
    `,
  { fragmentName: "WebhookSubscriptionFields" },
) as unknown as TypedDocumentString<WebhookSubscriptionFieldsFragment, unknown>;
export const DomainEventFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment DomainEventFields on DomainEvent {
  id
  type
  occurredAt
  subjectType
  subjectId
  data
}
    `,
  { fragmentName: "DomainEventFields" },
) as unknown as TypedDocumentString<DomainEventFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  status
  attempts
  nextAttemptAt
  deliveredAt
  createdAt
  subscription {
    id
    url
  }
  event {
    ...DomainEventFields
  }
  attemptLog {
    attempt
    at
    statusCode
    error
    durationMs
  }
}
    fragment DomainEventFields on DomainEvent {
  id
  type
  occurredAt
  subjectType
  subjectId
  data
}`,
  { fragmentName: "WebhookDeliveryFields" },
) as unknown as TypedDocumentString<WebhookDeliveryFieldsFragment, unknown>;
export const HealthTourismCaseFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment HealthTourismCaseFields on HealthTourismCase {
  id
  programme
  channel
  status
  appointmentAt
  accommodationRequested
  transferRequested
  accommodationArranged
  transferArranged
  interpreterName
  interpreterLanguage
  guideName
  version
  facility {
    id
    code
    name
  }
  cost {
    amountMinor
    currency
  }
  documents {
    id
    kind
    name
    mediaType
    size
    sha256
    uploadedAt
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    documentIds
    at
    version
  }
}
    `,
  { fragmentName: "HealthTourismCaseFields" },
) as unknown as TypedDocumentString<HealthTourismCaseFieldsFragment, unknown>;
export const RegisteredDocumentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment RegisteredDocumentFields on RegisteredDocument {
  clientId
  sha256
  document
  operationNames
  registeredByClientId
  registeredByRole
  registeredAt
  requestId
}
    `,
  { fragmentName: "RegisteredDocumentFields" },
) as unknown as TypedDocumentString<RegisteredDocumentFieldsFragment, unknown>;
export const AttachmentRequestFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AttachmentRequestFields on AttachmentRequest {
  id
  organisationCode
  channel
  applicantRelation
  status
  submittedAt
  decisionDueAt
  filedAt
  decidedAt
  noticeNumber
  refusalReason
  version
  documents {
    insuranceContract
    identityDocument
    writtenConsent
    legalRepresentativeIdentity
  }
}
    `,
  { fragmentName: "AttachmentRequestFields" },
) as unknown as TypedDocumentString<AttachmentRequestFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AttachmentFields on Attachment {
  organisationCode
  startsOn
  validUntil
  active
  endReason
  endedAt
  reattachedTo
}
    `,
  { fragmentName: "AttachmentFields" },
) as unknown as TypedDocumentString<AttachmentFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ReferralFields on Referral {
  id
  status
  scope
  urgency
  medicalGrounds
  diagnosisIcd10
  requestingPhysician
  companionRequired
  authorisedTransport
  completionReport
  version
  clinic {
    code
    nameTr
  }
  originFacility {
    id
    code
    name
  }
  destinationFacility {
    id
    code
    name
  }
  provision {
    valid
    reference
    checkedAt
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}
    `,
  { fragmentName: "ReferralFields" },
) as unknown as TypedDocumentString<ReferralFieldsFragment, unknown>;
export const BedSearchFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment BedSearchFields on BedSearch {
  id
  bedType
  provinceCode
  level
  status
  version
  reservedFacility {
    id
    code
    name
  }
  levels {
    level
    startedAt
    endedAt
    outcome
  }
  history {
    fromState
    toState
    action
    level
    actorRole
    note
    at
    version
  }
  referral {
    id
    status
  }
}
    `,
  { fragmentName: "BedSearchFields" },
) as unknown as TypedDocumentString<BedSearchFieldsFragment, unknown>;
export const ReimbursementStatementFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ReimbursementStatementFields on ReimbursementStatement {
  eligible
  ineligibility {
    rule
    code
    explanationTr
    explanationEn
  }
  lines {
    person
    kind
    basis
    paidToFacility {
      id
      code
      name
    }
    quantity
    unitAmount {
      amountMinor
      currency
    }
    amount {
      amountMinor
      currency
    }
    days
    rules
    explanationTr
    explanationEn
  }
  notes {
    rules
    explanationTr
    explanationEn
  }
  actualDistanceKm
  paidDistanceKm
  actualDistanceEstimated
  paidDistanceEstimated
  travelPaidToFacility {
    id
    code
    name
  }
  applicationDeadline
  treatmentCostDeadline
  treatmentCostsInTime
  patientTotal {
    amountMinor
    currency
  }
  companionTotal {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
}
    `,
  { fragmentName: "ReimbursementStatementFields" },
) as unknown as TypedDocumentString<ReimbursementStatementFieldsFragment, unknown>;
export const ReimbursementClaimFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ReimbursementClaimFields on ReimbursementClaim {
  id
  status
  version
  channel
  officeProvinceCode
  submittedAt
  rejectionRules
  rejectionReason
  paymentReference
  paidOn
  referral {
    id
  }
  statement {
    ...ReimbursementStatementFields
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}
    fragment ReimbursementStatementFields on ReimbursementStatement {
  eligible
  ineligibility {
    rule
    code
    explanationTr
    explanationEn
  }
  lines {
    person
    kind
    basis
    paidToFacility {
      id
      code
      name
    }
    quantity
    unitAmount {
      amountMinor
      currency
    }
    amount {
      amountMinor
      currency
    }
    days
    rules
    explanationTr
    explanationEn
  }
  notes {
    rules
    explanationTr
    explanationEn
  }
  actualDistanceKm
  paidDistanceKm
  actualDistanceEstimated
  paidDistanceEstimated
  travelPaidToFacility {
    id
    code
    name
  }
  applicationDeadline
  treatmentCostDeadline
  treatmentCostsInTime
  patientTotal {
    amountMinor
    currency
  }
  companionTotal {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
}`,
  { fragmentName: "ReimbursementClaimFields" },
) as unknown as TypedDocumentString<ReimbursementClaimFieldsFragment, unknown>;
export const SgkInsuranceStatusFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment SgkInsuranceStatusFields on SgkInsuranceStatus {
  on
  insured
  version
  fact {
    sequence
    insured
    effectiveFrom
    reference
    at
  }
  history {
    sequence
    insured
    effectiveFrom
    reference
    at
  }
}
    `,
  { fragmentName: "SgkInsuranceStatusFields" },
) as unknown as TypedDocumentString<SgkInsuranceStatusFieldsFragment, unknown>;
export const RoadDistanceFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment RoadDistanceFields on RoadDistance {
  fromAreaCode
  toAreaCode
  on
  km
  estimated
  validFrom
  source
  history {
    validFrom
    km
    source
    createdByClientId
  }
}
    `,
  { fragmentName: "RoadDistanceFields" },
) as unknown as TypedDocumentString<RoadDistanceFieldsFragment, unknown>;
export const StaffAccountFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  organisation
  role
  scope
  totpEnabled
  enabled
  createdAt
  disabledAt
}
    `,
  { fragmentName: "StaffAccountFields" },
) as unknown as TypedDocumentString<StaffAccountFieldsFragment, unknown>;
export const MonthlySubmissionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MonthlySubmissionFields on MonthlySubmission {
  id
  period
  status
  revision
  version
  submittedAt
  acceptedAt
  province {
    code
    name
  }
  corrections {
    revision
    nationality
    metric
    reason
    requestedAt
    facility {
      id
      code
      name
    }
  }
  history {
    revision
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}
    `,
  { fragmentName: "MonthlySubmissionFields" },
) as unknown as TypedDocumentString<MonthlySubmissionFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
    `,
  { fragmentName: "UserErrorFields" },
) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const MonthlySubmissionPayloadFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MonthlySubmissionPayloadFields on MonthlySubmissionPayload {
  submission {
    ...MonthlySubmissionFields
  }
  userErrors {
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment MonthlySubmissionFields on MonthlySubmission {
  id
  period
  status
  revision
  version
  submittedAt
  acceptedAt
  province {
    code
    name
  }
  corrections {
    revision
    nationality
    metric
    reason
    requestedAt
    facility {
      id
      code
      name
    }
  }
  history {
    revision
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`,
  { fragmentName: "MonthlySubmissionPayloadFields" },
) as unknown as TypedDocumentString<MonthlySubmissionPayloadFieldsFragment, unknown>;
export const AvailableSlotsDocument = new TypedDocumentString(`
    query AvailableSlots($facilityId: ID!, $clinicCode: String!, $from: DateTimeISO!, $to: DateTimeISO!, $first: Int, $after: String) {
  availableSlots(
    facilityId: $facilityId
    clinicCode: $clinicCode
    from: $from
    to: $to
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...SlotFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment SlotFields on Slot {
  id
  startsAt
  endsAt
  capacity
  booked
  available
  clinic {
    code
    nameTr
  }
  physician {
    id
    title
    givenName
    familyName
  }
}`) as unknown as TypedDocumentString<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const AppointmentsDocument = new TypedDocumentString(`
    query Appointments($filter: AppointmentFilter, $first: Int, $after: String, $last: Int, $before: String) {
  appointments(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...AppointmentFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment AppointmentFields on Appointment {
  id
  status
  channel
  startsAt
  day
  facility {
    id
    code
    name
  }
  clinic {
    code
    nameTr
  }
  physician {
    id
    title
    givenName
    familyName
  }
  slot {
    id
    available
  }
  bookingSessionId
  bookedAt
  confirmBy
  confirmedAt
  cancelledAt
  cancelReason
  version
}`) as unknown as TypedDocumentString<AppointmentsQuery, AppointmentsQueryVariables>;
export const AppointmentDocument = new TypedDocumentString(`
    query Appointment($id: ID!) {
  appointment(id: $id) {
    ...AppointmentFields
    patient {
      id
      givenName
      familyName
      identifiers {
        kind
        value
      }
    }
  }
}
    fragment AppointmentFields on Appointment {
  id
  status
  channel
  startsAt
  day
  facility {
    id
    code
    name
  }
  clinic {
    code
    nameTr
  }
  physician {
    id
    title
    givenName
    familyName
  }
  slot {
    id
    available
  }
  bookingSessionId
  bookedAt
  confirmBy
  confirmedAt
  cancelledAt
  cancelReason
  version
}`) as unknown as TypedDocumentString<AppointmentQuery, AppointmentQueryVariables>;
export const ScheduleAdequacyDocument = new TypedDocumentString(`
    query ScheduleAdequacy($weekStart: LocalDate) {
  scheduleAdequacy(weekStart: $weekStart) {
    weekStart
    facilities {
      facility {
        id
        code
        name
      }
      physicianCount
      physiciansWithoutSchedule {
        ...PhysicianFields
      }
      capacity
      requiredCapacity
      reasons
    }
  }
}
    fragment PhysicianFields on Physician {
  id
  registryNumber
  title
  givenName
  familyName
  clinic {
    code
    nameTr
  }
  facility {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ScheduleAdequacyQuery, ScheduleAdequacyQueryVariables>;
export const AppointmentSettingsDocument = new TypedDocumentString(`
    query AppointmentSettings {
  appointmentSettings {
    ...AppointmentSettingsFields
  }
}
    fragment AppointmentSettingsFields on AppointmentSettings {
  noShowPenalty {
    enabled
    days
  }
  confirmation {
    enabled
    deadlineHour
    preConfirmedWithinDays
    exemptFromAge
  }
  adequacy {
    minWeeklyCapacityPerPhysician
  }
  version
}`) as unknown as TypedDocumentString<AppointmentSettingsQuery, AppointmentSettingsQueryVariables>;
export const UpdateAppointmentSettingsDocument = new TypedDocumentString(`
    mutation UpdateAppointmentSettings($input: UpdateAppointmentSettingsInput!) {
  updateAppointmentSettings(input: $input) {
    settings {
      ...AppointmentSettingsFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment AppointmentSettingsFields on AppointmentSettings {
  noShowPenalty {
    enabled
    days
  }
  confirmation {
    enabled
    deadlineHour
    preConfirmedWithinDays
    exemptFromAge
  }
  adequacy {
    minWeeklyCapacityPerPhysician
  }
  version
}`) as unknown as TypedDocumentString<UpdateAppointmentSettingsMutation, UpdateAppointmentSettingsMutationVariables>;
export const RegisterPhysicianDocument = new TypedDocumentString(`
    mutation RegisterPhysician($input: RegisterPhysicianInput!) {
  registerPhysician(input: $input) {
    physician {
      ...PhysicianFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment PhysicianFields on Physician {
  id
  registryNumber
  title
  givenName
  familyName
  clinic {
    code
    nameTr
  }
  facility {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<RegisterPhysicianMutation, RegisterPhysicianMutationVariables>;
export const PublishScheduleDocument = new TypedDocumentString(`
    mutation PublishSchedule($input: PublishScheduleInput!) {
  publishSchedule(input: $input) {
    scheduleId
    slots {
      ...SlotFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment SlotFields on Slot {
  id
  startsAt
  endsAt
  capacity
  booked
  available
  clinic {
    code
    nameTr
  }
  physician {
    id
    title
    givenName
    familyName
  }
}`) as unknown as TypedDocumentString<PublishScheduleMutation, PublishScheduleMutationVariables>;
export const BookAppointmentDocument = new TypedDocumentString(`
    mutation BookAppointment($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    appointment {
      ...AppointmentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment AppointmentFields on Appointment {
  id
  status
  channel
  startsAt
  day
  facility {
    id
    code
    name
  }
  clinic {
    code
    nameTr
  }
  physician {
    id
    title
    givenName
    familyName
  }
  slot {
    id
    available
  }
  bookingSessionId
  bookedAt
  confirmBy
  confirmedAt
  cancelledAt
  cancelReason
  version
}`) as unknown as TypedDocumentString<BookAppointmentMutation, BookAppointmentMutationVariables>;
export const CancelAppointmentDocument = new TypedDocumentString(`
    mutation CancelAppointment($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) {
    appointment {
      ...AppointmentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment AppointmentFields on Appointment {
  id
  status
  channel
  startsAt
  day
  facility {
    id
    code
    name
  }
  clinic {
    code
    nameTr
  }
  physician {
    id
    title
    givenName
    familyName
  }
  slot {
    id
    available
  }
  bookingSessionId
  bookedAt
  confirmBy
  confirmedAt
  cancelledAt
  cancelReason
  version
}`) as unknown as TypedDocumentString<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const ConfirmAppointmentDocument = new TypedDocumentString(`
    mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {
  confirmAppointment(input: $input) {
    appointment {
      ...AppointmentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment AppointmentFields on Appointment {
  id
  status
  channel
  startsAt
  day
  facility {
    id
    code
    name
  }
  clinic {
    code
    nameTr
  }
  physician {
    id
    title
    givenName
    familyName
  }
  slot {
    id
    available
  }
  bookingSessionId
  bookedAt
  confirmBy
  confirmedAt
  cancelledAt
  cancelReason
  version
}`) as unknown as TypedDocumentString<ConfirmAppointmentMutation, ConfirmAppointmentMutationVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    appointment {
      ...AppointmentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment AppointmentFields on Appointment {
  id
  status
  channel
  startsAt
  day
  facility {
    id
    code
    name
  }
  clinic {
    code
    nameTr
  }
  physician {
    id
    title
    givenName
    familyName
  }
  slot {
    id
    available
  }
  bookingSessionId
  bookedAt
  confirmBy
  confirmedAt
  cancelledAt
  cancelReason
  version
}`) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const PhysiciansDocument = new TypedDocumentString(`
    query Physicians($filter: PhysicianFilter!, $first: Int, $after: String) {
  physicians(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...PhysicianFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PhysicianFields on Physician {
  id
  registryNumber
  title
  givenName
  familyName
  clinic {
    code
    nameTr
  }
  facility {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<PhysiciansQuery, PhysiciansQueryVariables>;
export const ApprovalTemplatesDocument = new TypedDocumentString(`
    query ApprovalTemplates($includeRetired: Boolean) {
  approvalTemplates(includeRetired: $includeRetired) {
    ...ApprovalTemplateFields
  }
}
    fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}
fragment ApprovalTemplateFields on ApprovalTemplate {
  code
  templateVersion
  status
  nameTr
  nameEn
  subjectKind
  departmentCode
  duePolicy {
    period
    windowDays
  }
  createdAt
  retiredAt
  steps {
    ...ApprovalStepFields
  }
}`) as unknown as TypedDocumentString<ApprovalTemplatesQuery, ApprovalTemplatesQueryVariables>;
export const ApprovalTemplateVersionsDocument = new TypedDocumentString(`
    query ApprovalTemplateVersions($code: String!) {
  approvalTemplateVersions(code: $code) {
    ...ApprovalTemplateFields
  }
}
    fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}
fragment ApprovalTemplateFields on ApprovalTemplate {
  code
  templateVersion
  status
  nameTr
  nameEn
  subjectKind
  departmentCode
  duePolicy {
    period
    windowDays
  }
  createdAt
  retiredAt
  steps {
    ...ApprovalStepFields
  }
}`) as unknown as TypedDocumentString<ApprovalTemplateVersionsQuery, ApprovalTemplateVersionsQueryVariables>;
export const ApprovalDepartmentsDocument = new TypedDocumentString(`
    query ApprovalDepartments {
  approvalDepartments {
    code
    nameTr
    nameEn
    headClientIds
  }
}
    `) as unknown as TypedDocumentString<ApprovalDepartmentsQuery, ApprovalDepartmentsQueryVariables>;
export const CreateApprovalTemplateDocument = new TypedDocumentString(`
    mutation CreateApprovalTemplate($input: CreateApprovalTemplateInput!) {
  createApprovalTemplate(input: $input) {
    template {
      ...ApprovalTemplateFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}
fragment ApprovalTemplateFields on ApprovalTemplate {
  code
  templateVersion
  status
  nameTr
  nameEn
  subjectKind
  departmentCode
  duePolicy {
    period
    windowDays
  }
  createdAt
  retiredAt
  steps {
    ...ApprovalStepFields
  }
}`) as unknown as TypedDocumentString<CreateApprovalTemplateMutation, CreateApprovalTemplateMutationVariables>;
export const ReviseApprovalTemplateDocument = new TypedDocumentString(`
    mutation ReviseApprovalTemplate($input: ReviseApprovalTemplateInput!) {
  reviseApprovalTemplate(input: $input) {
    template {
      ...ApprovalTemplateFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}
fragment ApprovalTemplateFields on ApprovalTemplate {
  code
  templateVersion
  status
  nameTr
  nameEn
  subjectKind
  departmentCode
  duePolicy {
    period
    windowDays
  }
  createdAt
  retiredAt
  steps {
    ...ApprovalStepFields
  }
}`) as unknown as TypedDocumentString<ReviseApprovalTemplateMutation, ReviseApprovalTemplateMutationVariables>;
export const RetireApprovalTemplateDocument = new TypedDocumentString(`
    mutation RetireApprovalTemplate($input: RetireApprovalTemplateInput!) {
  retireApprovalTemplate(input: $input) {
    template {
      ...ApprovalTemplateFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}
fragment ApprovalTemplateFields on ApprovalTemplate {
  code
  templateVersion
  status
  nameTr
  nameEn
  subjectKind
  departmentCode
  duePolicy {
    period
    windowDays
  }
  createdAt
  retiredAt
  steps {
    ...ApprovalStepFields
  }
}`) as unknown as TypedDocumentString<RetireApprovalTemplateMutation, RetireApprovalTemplateMutationVariables>;
export const AssignDepartmentHeadDocument = new TypedDocumentString(`
    mutation AssignDepartmentHead($input: AssignDepartmentHeadInput!) {
  assignDepartmentHead(input: $input) {
    department {
      code
      nameTr
      nameEn
      headClientIds
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}`) as unknown as TypedDocumentString<AssignDepartmentHeadMutation, AssignDepartmentHeadMutationVariables>;
export const ApprovalsDocument = new TypedDocumentString(`
    query Approvals($filter: ApprovalFilter, $pendingForMe: Boolean, $first: Int, $after: String, $last: Int, $before: String) {
  approvals(
    filter: $filter
    pendingForMe: $pendingForMe
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ApprovalFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}
fragment ApprovalFields on Approval {
  id
  title
  status
  revision
  version
  preparerRole
  createdAt
  completedAt
  dueOn
  overdue
  template {
    code
    templateVersion
    nameTr
    nameEn
  }
  currentStep {
    ...ApprovalStepFields
  }
  subject {
    __typename
    ... on ReportSubject {
      period
      summary
    }
    ... on PublicationSubject {
      publicationTitle
      summary
    }
    ... on TrainerTrainingSubject {
      startsOn
      trainees {
        name
        institution
        provinceCode
      }
    }
    ... on OverseasDeploymentSubject {
      applicantName
      employmentType
      countryCode
      postingMonths
      visaStatus
      requests
      documents {
        photo
        passport
        payslip
        workForm
      }
    }
    ... on InformationRequestSubject {
      organisation
      organisationName
      requestingCountryCode
      reference
      dueOn
      summary
    }
    ... on PetitionSubject {
      channel
      petitionerName
      receivedOn
      summary
      answer
      answeringUnit
    }
    ... on ExternalRequestSubject {
      institution
      institutionName
      reference
      answerDueOn
      summary
    }
    ... on WorldBankActivitySubject {
      activityTitle
      strategicGoal
      summary
    }
    ... on DataRequestSubject {
      requester
      studyTitle
      dataRequested
    }
    ... on GenericSubject {
      summary
      attributes {
        name
        value
      }
    }
  }
  history {
    fromState
    toState
    action
    version
    revision
    stepIndex
    stepKind
    role
    decision
    comment
    decidedByClientId
    stepStartedAt
    decidedAt
  }
}`) as unknown as TypedDocumentString<ApprovalsQuery, ApprovalsQueryVariables>;
export const ApprovalDocument = new TypedDocumentString(`
    query Approval($id: ID!) {
  approval(id: $id) {
    ...ApprovalFields
  }
}
    fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}
fragment ApprovalFields on Approval {
  id
  title
  status
  revision
  version
  preparerRole
  createdAt
  completedAt
  dueOn
  overdue
  template {
    code
    templateVersion
    nameTr
    nameEn
  }
  currentStep {
    ...ApprovalStepFields
  }
  subject {
    __typename
    ... on ReportSubject {
      period
      summary
    }
    ... on PublicationSubject {
      publicationTitle
      summary
    }
    ... on TrainerTrainingSubject {
      startsOn
      trainees {
        name
        institution
        provinceCode
      }
    }
    ... on OverseasDeploymentSubject {
      applicantName
      employmentType
      countryCode
      postingMonths
      visaStatus
      requests
      documents {
        photo
        passport
        payslip
        workForm
      }
    }
    ... on InformationRequestSubject {
      organisation
      organisationName
      requestingCountryCode
      reference
      dueOn
      summary
    }
    ... on PetitionSubject {
      channel
      petitionerName
      receivedOn
      summary
      answer
      answeringUnit
    }
    ... on ExternalRequestSubject {
      institution
      institutionName
      reference
      answerDueOn
      summary
    }
    ... on WorldBankActivitySubject {
      activityTitle
      strategicGoal
      summary
    }
    ... on DataRequestSubject {
      requester
      studyTitle
      dataRequested
    }
    ... on GenericSubject {
      summary
      attributes {
        name
        value
      }
    }
  }
  history {
    fromState
    toState
    action
    version
    revision
    stepIndex
    stepKind
    role
    decision
    comment
    decidedByClientId
    stepStartedAt
    decidedAt
  }
}`) as unknown as TypedDocumentString<ApprovalQuery, ApprovalQueryVariables>;
export const ApprovalStepDurationsDocument = new TypedDocumentString(`
    query ApprovalStepDurations($templateCode: String) {
  approvalStepDurations(templateCode: $templateCode) {
    templateCode
    stepKind
    decisions
    averageSeconds
    p90Seconds
  }
}
    `) as unknown as TypedDocumentString<ApprovalStepDurationsQuery, ApprovalStepDurationsQueryVariables>;
export const StartApprovalDocument = new TypedDocumentString(`
    mutation StartApproval($input: StartApprovalInput!) {
  startApproval(input: $input) {
    approval {
      ...ApprovalFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}
fragment ApprovalFields on Approval {
  id
  title
  status
  revision
  version
  preparerRole
  createdAt
  completedAt
  dueOn
  overdue
  template {
    code
    templateVersion
    nameTr
    nameEn
  }
  currentStep {
    ...ApprovalStepFields
  }
  subject {
    __typename
    ... on ReportSubject {
      period
      summary
    }
    ... on PublicationSubject {
      publicationTitle
      summary
    }
    ... on TrainerTrainingSubject {
      startsOn
      trainees {
        name
        institution
        provinceCode
      }
    }
    ... on OverseasDeploymentSubject {
      applicantName
      employmentType
      countryCode
      postingMonths
      visaStatus
      requests
      documents {
        photo
        passport
        payslip
        workForm
      }
    }
    ... on InformationRequestSubject {
      organisation
      organisationName
      requestingCountryCode
      reference
      dueOn
      summary
    }
    ... on PetitionSubject {
      channel
      petitionerName
      receivedOn
      summary
      answer
      answeringUnit
    }
    ... on ExternalRequestSubject {
      institution
      institutionName
      reference
      answerDueOn
      summary
    }
    ... on WorldBankActivitySubject {
      activityTitle
      strategicGoal
      summary
    }
    ... on DataRequestSubject {
      requester
      studyTitle
      dataRequested
    }
    ... on GenericSubject {
      summary
      attributes {
        name
        value
      }
    }
  }
  history {
    fromState
    toState
    action
    version
    revision
    stepIndex
    stepKind
    role
    decision
    comment
    decidedByClientId
    stepStartedAt
    decidedAt
  }
}`) as unknown as TypedDocumentString<StartApprovalMutation, StartApprovalMutationVariables>;
export const DecideApprovalStepDocument = new TypedDocumentString(`
    mutation DecideApprovalStep($input: DecideApprovalStepInput!) {
  decideApprovalStep(input: $input) {
    approval {
      ...ApprovalFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}
fragment ApprovalFields on Approval {
  id
  title
  status
  revision
  version
  preparerRole
  createdAt
  completedAt
  dueOn
  overdue
  template {
    code
    templateVersion
    nameTr
    nameEn
  }
  currentStep {
    ...ApprovalStepFields
  }
  subject {
    __typename
    ... on ReportSubject {
      period
      summary
    }
    ... on PublicationSubject {
      publicationTitle
      summary
    }
    ... on TrainerTrainingSubject {
      startsOn
      trainees {
        name
        institution
        provinceCode
      }
    }
    ... on OverseasDeploymentSubject {
      applicantName
      employmentType
      countryCode
      postingMonths
      visaStatus
      requests
      documents {
        photo
        passport
        payslip
        workForm
      }
    }
    ... on InformationRequestSubject {
      organisation
      organisationName
      requestingCountryCode
      reference
      dueOn
      summary
    }
    ... on PetitionSubject {
      channel
      petitionerName
      receivedOn
      summary
      answer
      answeringUnit
    }
    ... on ExternalRequestSubject {
      institution
      institutionName
      reference
      answerDueOn
      summary
    }
    ... on WorldBankActivitySubject {
      activityTitle
      strategicGoal
      summary
    }
    ... on DataRequestSubject {
      requester
      studyTitle
      dataRequested
    }
    ... on GenericSubject {
      summary
      attributes {
        name
        value
      }
    }
  }
  history {
    fromState
    toState
    action
    version
    revision
    stepIndex
    stepKind
    role
    decision
    comment
    decidedByClientId
    stepStartedAt
    decidedAt
  }
}`) as unknown as TypedDocumentString<DecideApprovalStepMutation, DecideApprovalStepMutationVariables>;
export const ResubmitApprovalDocument = new TypedDocumentString(`
    mutation ResubmitApproval($input: ResubmitApprovalInput!) {
  resubmitApproval(input: $input) {
    approval {
      ...ApprovalFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
  department
}
fragment ApprovalFields on Approval {
  id
  title
  status
  revision
  version
  preparerRole
  createdAt
  completedAt
  dueOn
  overdue
  template {
    code
    templateVersion
    nameTr
    nameEn
  }
  currentStep {
    ...ApprovalStepFields
  }
  subject {
    __typename
    ... on ReportSubject {
      period
      summary
    }
    ... on PublicationSubject {
      publicationTitle
      summary
    }
    ... on TrainerTrainingSubject {
      startsOn
      trainees {
        name
        institution
        provinceCode
      }
    }
    ... on OverseasDeploymentSubject {
      applicantName
      employmentType
      countryCode
      postingMonths
      visaStatus
      requests
      documents {
        photo
        passport
        payslip
        workForm
      }
    }
    ... on InformationRequestSubject {
      organisation
      organisationName
      requestingCountryCode
      reference
      dueOn
      summary
    }
    ... on PetitionSubject {
      channel
      petitionerName
      receivedOn
      summary
      answer
      answeringUnit
    }
    ... on ExternalRequestSubject {
      institution
      institutionName
      reference
      answerDueOn
      summary
    }
    ... on WorldBankActivitySubject {
      activityTitle
      strategicGoal
      summary
    }
    ... on DataRequestSubject {
      requester
      studyTitle
      dataRequested
    }
    ... on GenericSubject {
      summary
      attributes {
        name
        value
      }
    }
  }
  history {
    fromState
    toState
    action
    version
    revision
    stepIndex
    stepKind
    role
    decision
    comment
    decidedByClientId
    stepStartedAt
    decidedAt
  }
}`) as unknown as TypedDocumentString<ResubmitApprovalMutation, ResubmitApprovalMutationVariables>;
export const AccessLogDocument = new TypedDocumentString(`
    query AccessLog($filter: AccessLogFilter, $first: Int, $after: String, $last: Int, $before: String) {
  accessLog(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...AccessLogEntryFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment AccessLogEntryFields on AccessLogEntry {
  id
  at
  clientId
  role
  operation
  action
  patientId
  basis
  requestId
}`) as unknown as TypedDocumentString<AccessLogQuery, AccessLogQueryVariables>;
export const PatientAccessJustificationsDocument = new TypedDocumentString(`
    query PatientAccessJustifications($patientId: ID, $first: Int, $after: String, $last: Int, $before: String) {
  patientAccessJustifications(
    patientId: $patientId
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        id
        at
        patientId
        facilityId
        grantedThrough
        reason
        clientId
        requestId
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<PatientAccessJustificationsQuery, PatientAccessJustificationsQueryVariables>;
export const FacilitiesDocument = new TypedDocumentString(`
    query Facilities($filter: FacilityFilter, $first: Int, $after: String, $last: Int, $before: String) {
  facilities(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...FacilityFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment FacilityFields on Facility {
  id
  code
  name
  kind
  level
  ownership
  countryCode
  province {
    code
    name
  }
  settlementArea {
    code
    name
  }
  district {
    name
  }
  location {
    latitude
    longitude
  }
  clinics {
    code
    nameTr
    nameEn
  }
  bedCapacities {
    bedType
    total
    occupied
    occupancyReportedAt
  }
  hasHealthTourismUnit
  version
}`) as unknown as TypedDocumentString<FacilitiesQuery, FacilitiesQueryVariables>;
export const FacilityDocument = new TypedDocumentString(`
    query Facility($id: ID!) {
  facility(id: $id) {
    ...FacilityFields
  }
}
    fragment FacilityFields on Facility {
  id
  code
  name
  kind
  level
  ownership
  countryCode
  province {
    code
    name
  }
  settlementArea {
    code
    name
  }
  district {
    name
  }
  location {
    latitude
    longitude
  }
  clinics {
    code
    nameTr
    nameEn
  }
  bedCapacities {
    bedType
    total
    occupied
    occupancyReportedAt
  }
  hasHealthTourismUnit
  version
}`) as unknown as TypedDocumentString<FacilityQuery, FacilityQueryVariables>;
export const FacilityByCodeDocument = new TypedDocumentString(`
    query FacilityByCode($code: String!) {
  facilityByCode(code: $code) {
    ...FacilityFields
  }
}
    fragment FacilityFields on Facility {
  id
  code
  name
  kind
  level
  ownership
  countryCode
  province {
    code
    name
  }
  settlementArea {
    code
    name
  }
  district {
    name
  }
  location {
    latitude
    longitude
  }
  clinics {
    code
    nameTr
    nameEn
  }
  bedCapacities {
    bedType
    total
    occupied
    occupancyReportedAt
  }
  hasHealthTourismUnit
  version
}`) as unknown as TypedDocumentString<FacilityByCodeQuery, FacilityByCodeQueryVariables>;
export const CreateFacilityDocument = new TypedDocumentString(`
    mutation CreateFacility($input: CreateFacilityInput!) {
  createFacility(input: $input) {
    facility {
      ...FacilityFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment FacilityFields on Facility {
  id
  code
  name
  kind
  level
  ownership
  countryCode
  province {
    code
    name
  }
  settlementArea {
    code
    name
  }
  district {
    name
  }
  location {
    latitude
    longitude
  }
  clinics {
    code
    nameTr
    nameEn
  }
  bedCapacities {
    bedType
    total
    occupied
    occupancyReportedAt
  }
  hasHealthTourismUnit
  version
}`) as unknown as TypedDocumentString<CreateFacilityMutation, CreateFacilityMutationVariables>;
export const UpdateFacilityDocument = new TypedDocumentString(`
    mutation UpdateFacility($input: UpdateFacilityInput!) {
  updateFacility(input: $input) {
    facility {
      ...FacilityFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment FacilityFields on Facility {
  id
  code
  name
  kind
  level
  ownership
  countryCode
  province {
    code
    name
  }
  settlementArea {
    code
    name
  }
  district {
    name
  }
  location {
    latitude
    longitude
  }
  clinics {
    code
    nameTr
    nameEn
  }
  bedCapacities {
    bedType
    total
    occupied
    occupancyReportedAt
  }
  hasHealthTourismUnit
  version
}`) as unknown as TypedDocumentString<UpdateFacilityMutation, UpdateFacilityMutationVariables>;
export const ReportBedOccupancyDocument = new TypedDocumentString(`
    mutation ReportBedOccupancy($input: ReportBedOccupancyInput!) {
  reportBedOccupancy(input: $input) {
    facility {
      ...FacilityFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment FacilityFields on Facility {
  id
  code
  name
  kind
  level
  ownership
  countryCode
  province {
    code
    name
  }
  settlementArea {
    code
    name
  }
  district {
    name
  }
  location {
    latitude
    longitude
  }
  clinics {
    code
    nameTr
    nameEn
  }
  bedCapacities {
    bedType
    total
    occupied
    occupancyReportedAt
  }
  hasHealthTourismUnit
  version
}`) as unknown as TypedDocumentString<ReportBedOccupancyMutation, ReportBedOccupancyMutationVariables>;
export const FreeBedsDocument = new TypedDocumentString(`
    query FreeBeds($filter: FreeBedFilter!, $first: Int, $after: String, $last: Int, $before: String) {
  freeBeds(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        facility {
          id
          code
          name
          province {
            code
            name
          }
          location {
            latitude
            longitude
          }
        }
        bedType
        total
        occupied
        held
        free
        reportedAt
        stale
        distanceKm
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<FreeBedsQuery, FreeBedsQueryVariables>;
export const ProvincesDocument = new TypedDocumentString(`
    query Provinces($first: Int, $after: String, $last: Int, $before: String) {
  provinces(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ProvinceFields
        settlementAreas {
          code
          name
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ProvinceFields on Province {
  id
  code
  name
}`) as unknown as TypedDocumentString<ProvincesQuery, ProvincesQueryVariables>;
export const ProvinceDocument = new TypedDocumentString(`
    query Province($code: String!) {
  province(code: $code) {
    ...ProvinceFields
    settlementAreas {
      code
      name
    }
    districts {
      id
      name
      settlementArea {
        code
      }
    }
  }
}
    fragment ProvinceFields on Province {
  id
  code
  name
}`) as unknown as TypedDocumentString<ProvinceQuery, ProvinceQueryVariables>;
export const SetPublicHolidaysDocument = new TypedDocumentString(`
    mutation SetPublicHolidays($input: SetPublicHolidaysInput!) {
  setPublicHolidays(input: $input) {
    holidays {
      countryCode
      day
      name
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}`) as unknown as TypedDocumentString<SetPublicHolidaysMutation, SetPublicHolidaysMutationVariables>;
export const PublicHolidaysDocument = new TypedDocumentString(`
    query PublicHolidays($countryCode: String, $year: Int!) {
  publicHolidays(countryCode: $countryCode, year: $year) {
    countryCode
    day
    name
  }
}
    `) as unknown as TypedDocumentString<PublicHolidaysQuery, PublicHolidaysQueryVariables>;
export const HealthTourismCasesDocument = new TypedDocumentString(`
    query HealthTourismCases($first: Int, $after: String) {
  healthTourismCases(first: $first, after: $after) {
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...HealthTourismCaseFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment HealthTourismCaseFields on HealthTourismCase {
  id
  programme
  channel
  status
  appointmentAt
  accommodationRequested
  transferRequested
  accommodationArranged
  transferArranged
  interpreterName
  interpreterLanguage
  guideName
  version
  facility {
    id
    code
    name
  }
  cost {
    amountMinor
    currency
  }
  documents {
    id
    kind
    name
    mediaType
    size
    sha256
    uploadedAt
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    documentIds
    at
    version
  }
}`) as unknown as TypedDocumentString<HealthTourismCasesQuery, HealthTourismCasesQueryVariables>;
export const HealthTourismCaseDocument = new TypedDocumentString(`
    query HealthTourismCase($id: ID!) {
  healthTourismCase(id: $id) {
    ...HealthTourismCaseFields
  }
}
    fragment HealthTourismCaseFields on HealthTourismCase {
  id
  programme
  channel
  status
  appointmentAt
  accommodationRequested
  transferRequested
  accommodationArranged
  transferArranged
  interpreterName
  interpreterLanguage
  guideName
  version
  facility {
    id
    code
    name
  }
  cost {
    amountMinor
    currency
  }
  documents {
    id
    kind
    name
    mediaType
    size
    sha256
    uploadedAt
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    documentIds
    at
    version
  }
}`) as unknown as TypedDocumentString<HealthTourismCaseQuery, HealthTourismCaseQueryVariables>;
export const OpenHealthTourismCaseDocument = new TypedDocumentString(`
    mutation OpenHealthTourismCase($input: OpenHealthTourismCaseInput!) {
  openHealthTourismCase(input: $input) {
    case {
      ...HealthTourismCaseFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment HealthTourismCaseFields on HealthTourismCase {
  id
  programme
  channel
  status
  appointmentAt
  accommodationRequested
  transferRequested
  accommodationArranged
  transferArranged
  interpreterName
  interpreterLanguage
  guideName
  version
  facility {
    id
    code
    name
  }
  cost {
    amountMinor
    currency
  }
  documents {
    id
    kind
    name
    mediaType
    size
    sha256
    uploadedAt
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    documentIds
    at
    version
  }
}`) as unknown as TypedDocumentString<OpenHealthTourismCaseMutation, OpenHealthTourismCaseMutationVariables>;
export const TransitionHealthTourismCaseDocument = new TypedDocumentString(`
    mutation TransitionHealthTourismCase($input: TransitionHealthTourismCaseInput!) {
  transitionHealthTourismCase(input: $input) {
    case {
      ...HealthTourismCaseFields
    }
    wouldBecome
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment HealthTourismCaseFields on HealthTourismCase {
  id
  programme
  channel
  status
  appointmentAt
  accommodationRequested
  transferRequested
  accommodationArranged
  transferArranged
  interpreterName
  interpreterLanguage
  guideName
  version
  facility {
    id
    code
    name
  }
  cost {
    amountMinor
    currency
  }
  documents {
    id
    kind
    name
    mediaType
    size
    sha256
    uploadedAt
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    documentIds
    at
    version
  }
}`) as unknown as TypedDocumentString<TransitionHealthTourismCaseMutation, TransitionHealthTourismCaseMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    clientId
    name
    role
    scope
    limits {
      depth
      aliases
      directives
      tokens
      cost
    }
    rateLimit {
      points
      restorePerSecond
    }
    trustedDocumentsOnly
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const RegisteredDocumentsDocument = new TypedDocumentString(`
    query RegisteredDocuments($clientId: String!) {
  registeredDocuments(clientId: $clientId) {
    ...RegisteredDocumentFields
  }
}
    fragment RegisteredDocumentFields on RegisteredDocument {
  clientId
  sha256
  document
  operationNames
  registeredByClientId
  registeredByRole
  registeredAt
  requestId
}`) as unknown as TypedDocumentString<RegisteredDocumentsQuery, RegisteredDocumentsQueryVariables>;
export const RegisterTrustedDocumentDocument = new TypedDocumentString(`
    mutation RegisterTrustedDocument($input: RegisterTrustedDocumentInput!) {
  registerTrustedDocument(input: $input) {
    registeredDocument {
      ...RegisteredDocumentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment RegisteredDocumentFields on RegisteredDocument {
  clientId
  sha256
  document
  operationNames
  registeredByClientId
  registeredByRole
  registeredAt
  requestId
}`) as unknown as TypedDocumentString<RegisterTrustedDocumentMutation, RegisterTrustedDocumentMutationVariables>;
export const EmploymentEligibilityDocument = new TypedDocumentString(`
    query EmploymentEligibility($iin: String!, $date: LocalDate!) {
  employmentEligibility(iin: $iin, date: $date) {
    eligible
    rule
    contracts {
      id
      number
      insurerCode
      kind
      startsOn
      endsOn
    }
  }
}
    `) as unknown as TypedDocumentString<EmploymentEligibilityQuery, EmploymentEligibilityQueryVariables>;
export const AttachmentRequestsDocument = new TypedDocumentString(`
    query AttachmentRequests($organisationCode: String!, $overdueOnly: Boolean, $first: Int, $after: String, $last: Int, $before: String) {
  attachmentRequests(
    organisationCode: $organisationCode
    overdueOnly: $overdueOnly
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...AttachmentRequestFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment AttachmentRequestFields on AttachmentRequest {
  id
  organisationCode
  channel
  applicantRelation
  status
  submittedAt
  decisionDueAt
  filedAt
  decidedAt
  noticeNumber
  refusalReason
  version
  documents {
    insuranceContract
    identityDocument
    writtenConsent
    legalRepresentativeIdentity
  }
}`) as unknown as TypedDocumentString<AttachmentRequestsQuery, AttachmentRequestsQueryVariables>;
export const AttachmentDocument = new TypedDocumentString(`
    query Attachment($iin: String) {
  attachment(iin: $iin) {
    ...AttachmentFields
  }
}
    fragment AttachmentFields on Attachment {
  organisationCode
  startsOn
  validUntil
  active
  endReason
  endedAt
  reattachedTo
}`) as unknown as TypedDocumentString<AttachmentQuery, AttachmentQueryVariables>;
export const AttachmentHistoryDocument = new TypedDocumentString(`
    query AttachmentHistory($iin: String!) {
  attachmentHistory(iin: $iin) {
    ...AttachmentFields
  }
}
    fragment AttachmentFields on Attachment {
  organisationCode
  startsOn
  validUntil
  active
  endReason
  endedAt
  reattachedTo
}`) as unknown as TypedDocumentString<AttachmentHistoryQuery, AttachmentHistoryQueryVariables>;
export const GuaranteedVolumeDocument = new TypedDocumentString(`
    query GuaranteedVolume($iin: String, $date: LocalDate!) {
  guaranteedVolume(iin: $iin, date: $date) {
    code
    nameRu
    nameEn
    limitCount
    period
    used
    availableOn
  }
}
    `) as unknown as TypedDocumentString<GuaranteedVolumeQuery, GuaranteedVolumeQueryVariables>;
export const GuaranteedDiseasesDocument = new TypedDocumentString(`
    query GuaranteedDiseases {
  guaranteedDiseases {
    code
    nameRu
    nameEn
  }
}
    `) as unknown as TypedDocumentString<GuaranteedDiseasesQuery, GuaranteedDiseasesQueryVariables>;
export const RegisterInsuranceContractDocument = new TypedDocumentString(`
    mutation RegisterInsuranceContract($input: RegisterInsuranceContractInput!) {
  registerInsuranceContract(input: $input) {
    contract {
      id
      number
      insurerCode
      kind
      insuredIin
      startsOn
      endsOn
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}`) as unknown as TypedDocumentString<RegisterInsuranceContractMutation, RegisterInsuranceContractMutationVariables>;
export const SubmitAttachmentRequestDocument = new TypedDocumentString(`
    mutation SubmitAttachmentRequest($input: SubmitAttachmentRequestInput!) {
  submitAttachmentRequest(input: $input) {
    request {
      ...AttachmentRequestFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment AttachmentRequestFields on AttachmentRequest {
  id
  organisationCode
  channel
  applicantRelation
  status
  submittedAt
  decisionDueAt
  filedAt
  decidedAt
  noticeNumber
  refusalReason
  version
  documents {
    insuranceContract
    identityDocument
    writtenConsent
    legalRepresentativeIdentity
  }
}`) as unknown as TypedDocumentString<SubmitAttachmentRequestMutation, SubmitAttachmentRequestMutationVariables>;
export const FileAttachmentRequestDocument = new TypedDocumentString(`
    mutation FileAttachmentRequest($input: FileAttachmentRequestInput!) {
  fileAttachmentRequest(input: $input) {
    request {
      ...AttachmentRequestFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment AttachmentRequestFields on AttachmentRequest {
  id
  organisationCode
  channel
  applicantRelation
  status
  submittedAt
  decisionDueAt
  filedAt
  decidedAt
  noticeNumber
  refusalReason
  version
  documents {
    insuranceContract
    identityDocument
    writtenConsent
    legalRepresentativeIdentity
  }
}`) as unknown as TypedDocumentString<FileAttachmentRequestMutation, FileAttachmentRequestMutationVariables>;
export const DecideAttachmentRequestDocument = new TypedDocumentString(`
    mutation DecideAttachmentRequest($input: DecideAttachmentRequestInput!) {
  decideAttachmentRequest(input: $input) {
    request {
      ...AttachmentRequestFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment AttachmentRequestFields on AttachmentRequest {
  id
  organisationCode
  channel
  applicantRelation
  status
  submittedAt
  decisionDueAt
  filedAt
  decidedAt
  noticeNumber
  refusalReason
  version
  documents {
    insuranceContract
    identityDocument
    writtenConsent
    legalRepresentativeIdentity
  }
}`) as unknown as TypedDocumentString<DecideAttachmentRequestMutation, DecideAttachmentRequestMutationVariables>;
export const RecordGuaranteedServiceDocument = new TypedDocumentString(`
    mutation RecordGuaranteedService($input: RecordGuaranteedServiceInput!) {
  recordGuaranteedService(input: $input) {
    service {
      id
      serviceCode
      diseaseCode
      providedOn
      organisationCode
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}`) as unknown as TypedDocumentString<RecordGuaranteedServiceMutation, RecordGuaranteedServiceMutationVariables>;
export const PatientsDocument = new TypedDocumentString(`
    query Patients($filter: PatientFilter, $first: Int, $after: String, $last: Int, $before: String) {
  patients(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...PatientFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PatientFields on Patient {
  id
  category
  identifiers {
    kind
    value
    issuingCountry
  }
  givenName
  familyName
  birthDate
  sex
  nationality
  contact {
    phone
    email
    address
  }
  preferredLanguage
  guardian {
    name
    relationship
    phone
    identifierKind
    identifierValue
  }
  cancerPatient
  registeringFacility {
    id
    code
    name
  }
  version
}`) as unknown as TypedDocumentString<PatientsQuery, PatientsQueryVariables>;
export const PatientDocument = new TypedDocumentString(`
    query Patient($id: ID!) {
  patient(id: $id) {
    ...PatientFields
  }
}
    fragment PatientFields on Patient {
  id
  category
  identifiers {
    kind
    value
    issuingCountry
  }
  givenName
  familyName
  birthDate
  sex
  nationality
  contact {
    phone
    email
    address
  }
  preferredLanguage
  guardian {
    name
    relationship
    phone
    identifierKind
    identifierValue
  }
  cancerPatient
  registeringFacility {
    id
    code
    name
  }
  version
}`) as unknown as TypedDocumentString<PatientQuery, PatientQueryVariables>;
export const RegisterPatientDocument = new TypedDocumentString(`
    mutation RegisterPatient($input: RegisterPatientInput!) {
  registerPatient(input: $input) {
    patient {
      ...PatientFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment PatientFields on Patient {
  id
  category
  identifiers {
    kind
    value
    issuingCountry
  }
  givenName
  familyName
  birthDate
  sex
  nationality
  contact {
    phone
    email
    address
  }
  preferredLanguage
  guardian {
    name
    relationship
    phone
    identifierKind
    identifierValue
  }
  cancerPatient
  registeringFacility {
    id
    code
    name
  }
  version
}`) as unknown as TypedDocumentString<RegisterPatientMutation, RegisterPatientMutationVariables>;
export const UpdatePatientDocument = new TypedDocumentString(`
    mutation UpdatePatient($input: UpdatePatientInput!) {
  updatePatient(input: $input) {
    patient {
      ...PatientFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment PatientFields on Patient {
  id
  category
  identifiers {
    kind
    value
    issuingCountry
  }
  givenName
  familyName
  birthDate
  sex
  nationality
  contact {
    phone
    email
    address
  }
  preferredLanguage
  guardian {
    name
    relationship
    phone
    identifierKind
    identifierValue
  }
  cancerPatient
  registeringFacility {
    id
    code
    name
  }
  version
}`) as unknown as TypedDocumentString<UpdatePatientMutation, UpdatePatientMutationVariables>;
export const AddPatientIdentifierDocument = new TypedDocumentString(`
    mutation AddPatientIdentifier($input: AddPatientIdentifierInput!) {
  addPatientIdentifier(input: $input) {
    patient {
      ...PatientFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment PatientFields on Patient {
  id
  category
  identifiers {
    kind
    value
    issuingCountry
  }
  givenName
  familyName
  birthDate
  sex
  nationality
  contact {
    phone
    email
    address
  }
  preferredLanguage
  guardian {
    name
    relationship
    phone
    identifierKind
    identifierValue
  }
  cancerPatient
  registeringFacility {
    id
    code
    name
  }
  version
}`) as unknown as TypedDocumentString<AddPatientIdentifierMutation, AddPatientIdentifierMutationVariables>;
export const ReferralsDocument = new TypedDocumentString(`
    query Referrals($filter: ReferralFilter, $first: Int, $after: String, $last: Int, $before: String) {
  referrals(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ReferralFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ReferralFields on Referral {
  id
  status
  scope
  urgency
  medicalGrounds
  diagnosisIcd10
  requestingPhysician
  companionRequired
  authorisedTransport
  completionReport
  version
  clinic {
    code
    nameTr
  }
  originFacility {
    id
    code
    name
  }
  destinationFacility {
    id
    code
    name
  }
  provision {
    valid
    reference
    checkedAt
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`) as unknown as TypedDocumentString<ReferralsQuery, ReferralsQueryVariables>;
export const ReferralDocument = new TypedDocumentString(`
    query Referral($id: ID!) {
  referral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  status
  scope
  urgency
  medicalGrounds
  diagnosisIcd10
  requestingPhysician
  companionRequired
  authorisedTransport
  completionReport
  version
  clinic {
    code
    nameTr
  }
  originFacility {
    id
    code
    name
  }
  destinationFacility {
    id
    code
    name
  }
  provision {
    valid
    reference
    checkedAt
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`) as unknown as TypedDocumentString<ReferralQuery, ReferralQueryVariables>;
export const CreateReferralDocument = new TypedDocumentString(`
    mutation CreateReferral($input: CreateReferralInput!) {
  createReferral(input: $input) {
    referral {
      ...ReferralFields
    }
    wouldBecome
    sgkCheck {
      referralDate
      insured
      applicationDeadline
      nearestTertiary {
        facility {
          id
          code
          name
        }
        distanceKm
        distanceEstimated
      }
      statement {
        ...ReimbursementStatementFields
      }
      notes {
        rules
        explanationTr
        explanationEn
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ReferralFields on Referral {
  id
  status
  scope
  urgency
  medicalGrounds
  diagnosisIcd10
  requestingPhysician
  companionRequired
  authorisedTransport
  completionReport
  version
  clinic {
    code
    nameTr
  }
  originFacility {
    id
    code
    name
  }
  destinationFacility {
    id
    code
    name
  }
  provision {
    valid
    reference
    checkedAt
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}
fragment ReimbursementStatementFields on ReimbursementStatement {
  eligible
  ineligibility {
    rule
    code
    explanationTr
    explanationEn
  }
  lines {
    person
    kind
    basis
    paidToFacility {
      id
      code
      name
    }
    quantity
    unitAmount {
      amountMinor
      currency
    }
    amount {
      amountMinor
      currency
    }
    days
    rules
    explanationTr
    explanationEn
  }
  notes {
    rules
    explanationTr
    explanationEn
  }
  actualDistanceKm
  paidDistanceKm
  actualDistanceEstimated
  paidDistanceEstimated
  travelPaidToFacility {
    id
    code
    name
  }
  applicationDeadline
  treatmentCostDeadline
  treatmentCostsInTime
  patientTotal {
    amountMinor
    currency
  }
  companionTotal {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
}`) as unknown as TypedDocumentString<CreateReferralMutation, CreateReferralMutationVariables>;
export const TransitionReferralDocument = new TypedDocumentString(`
    mutation TransitionReferral($input: TransitionReferralInput!) {
  transitionReferral(input: $input) {
    referral {
      ...ReferralFields
    }
    wouldBecome
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ReferralFields on Referral {
  id
  status
  scope
  urgency
  medicalGrounds
  diagnosisIcd10
  requestingPhysician
  companionRequired
  authorisedTransport
  completionReport
  version
  clinic {
    code
    nameTr
  }
  originFacility {
    id
    code
    name
  }
  destinationFacility {
    id
    code
    name
  }
  provision {
    valid
    reference
    checkedAt
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`) as unknown as TypedDocumentString<TransitionReferralMutation, TransitionReferralMutationVariables>;
export const OpenBedSearchesDocument = new TypedDocumentString(`
    query OpenBedSearches($first: Int, $after: String) {
  openBedSearches(first: $first, after: $after) {
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...BedSearchFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment BedSearchFields on BedSearch {
  id
  bedType
  provinceCode
  level
  status
  version
  reservedFacility {
    id
    code
    name
  }
  levels {
    level
    startedAt
    endedAt
    outcome
  }
  history {
    fromState
    toState
    action
    level
    actorRole
    note
    at
    version
  }
  referral {
    id
    status
  }
}`) as unknown as TypedDocumentString<OpenBedSearchesQuery, OpenBedSearchesQueryVariables>;
export const BedSearchDocument = new TypedDocumentString(`
    query BedSearch($id: ID!) {
  bedSearch(id: $id) {
    ...BedSearchFields
  }
}
    fragment BedSearchFields on BedSearch {
  id
  bedType
  provinceCode
  level
  status
  version
  reservedFacility {
    id
    code
    name
  }
  levels {
    level
    startedAt
    endedAt
    outcome
  }
  history {
    fromState
    toState
    action
    level
    actorRole
    note
    at
    version
  }
  referral {
    id
    status
  }
}`) as unknown as TypedDocumentString<BedSearchQuery, BedSearchQueryVariables>;
export const TimeToBedReportDocument = new TypedDocumentString(`
    query TimeToBedReport {
  timeToBedReport {
    level
    provinceCode
    searches
    averageSeconds
  }
}
    `) as unknown as TypedDocumentString<TimeToBedReportQuery, TimeToBedReportQueryVariables>;
export const StartBedSearchDocument = new TypedDocumentString(`
    mutation StartBedSearch($input: StartBedSearchInput!) {
  startBedSearch(input: $input) {
    search {
      ...BedSearchFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment BedSearchFields on BedSearch {
  id
  bedType
  provinceCode
  level
  status
  version
  reservedFacility {
    id
    code
    name
  }
  levels {
    level
    startedAt
    endedAt
    outcome
  }
  history {
    fromState
    toState
    action
    level
    actorRole
    note
    at
    version
  }
  referral {
    id
    status
  }
}`) as unknown as TypedDocumentString<StartBedSearchMutation, StartBedSearchMutationVariables>;
export const OfferBedDocument = new TypedDocumentString(`
    mutation OfferBed($input: BedSearchActionInput!) {
  offerBed(input: $input) {
    search {
      ...BedSearchFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment BedSearchFields on BedSearch {
  id
  bedType
  provinceCode
  level
  status
  version
  reservedFacility {
    id
    code
    name
  }
  levels {
    level
    startedAt
    endedAt
    outcome
  }
  history {
    fromState
    toState
    action
    level
    actorRole
    note
    at
    version
  }
  referral {
    id
    status
  }
}`) as unknown as TypedDocumentString<OfferBedMutation, OfferBedMutationVariables>;
export const EscalateBedSearchDocument = new TypedDocumentString(`
    mutation EscalateBedSearch($input: BedSearchActionInput!) {
  escalateBedSearch(input: $input) {
    search {
      ...BedSearchFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment BedSearchFields on BedSearch {
  id
  bedType
  provinceCode
  level
  status
  version
  reservedFacility {
    id
    code
    name
  }
  levels {
    level
    startedAt
    endedAt
    outcome
  }
  history {
    fromState
    toState
    action
    level
    actorRole
    note
    at
    version
  }
  referral {
    id
    status
  }
}`) as unknown as TypedDocumentString<EscalateBedSearchMutation, EscalateBedSearchMutationVariables>;
export const CompleteBedTransferDocument = new TypedDocumentString(`
    mutation CompleteBedTransfer($input: BedSearchActionInput!) {
  completeBedTransfer(input: $input) {
    search {
      ...BedSearchFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment BedSearchFields on BedSearch {
  id
  bedType
  provinceCode
  level
  status
  version
  reservedFacility {
    id
    code
    name
  }
  levels {
    level
    startedAt
    endedAt
    outcome
  }
  history {
    fromState
    toState
    action
    level
    actorRole
    note
    at
    version
  }
  referral {
    id
    status
  }
}`) as unknown as TypedDocumentString<CompleteBedTransferMutation, CompleteBedTransferMutationVariables>;
export const ReimbursementQuoteDocument = new TypedDocumentString(`
    query ReimbursementQuote($input: ReimbursementQuoteInput!) {
  reimbursementQuote(input: $input) {
    statement {
      ...ReimbursementStatementFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ReimbursementStatementFields on ReimbursementStatement {
  eligible
  ineligibility {
    rule
    code
    explanationTr
    explanationEn
  }
  lines {
    person
    kind
    basis
    paidToFacility {
      id
      code
      name
    }
    quantity
    unitAmount {
      amountMinor
      currency
    }
    amount {
      amountMinor
      currency
    }
    days
    rules
    explanationTr
    explanationEn
  }
  notes {
    rules
    explanationTr
    explanationEn
  }
  actualDistanceKm
  paidDistanceKm
  actualDistanceEstimated
  paidDistanceEstimated
  travelPaidToFacility {
    id
    code
    name
  }
  applicationDeadline
  treatmentCostDeadline
  treatmentCostsInTime
  patientTotal {
    amountMinor
    currency
  }
  companionTotal {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
}`) as unknown as TypedDocumentString<ReimbursementQuoteQuery, ReimbursementQuoteQueryVariables>;
export const ReimbursementClaimDocument = new TypedDocumentString(`
    query ReimbursementClaim($id: ID!) {
  reimbursementClaim(id: $id) {
    ...ReimbursementClaimFields
  }
}
    fragment ReimbursementStatementFields on ReimbursementStatement {
  eligible
  ineligibility {
    rule
    code
    explanationTr
    explanationEn
  }
  lines {
    person
    kind
    basis
    paidToFacility {
      id
      code
      name
    }
    quantity
    unitAmount {
      amountMinor
      currency
    }
    amount {
      amountMinor
      currency
    }
    days
    rules
    explanationTr
    explanationEn
  }
  notes {
    rules
    explanationTr
    explanationEn
  }
  actualDistanceKm
  paidDistanceKm
  actualDistanceEstimated
  paidDistanceEstimated
  travelPaidToFacility {
    id
    code
    name
  }
  applicationDeadline
  treatmentCostDeadline
  treatmentCostsInTime
  patientTotal {
    amountMinor
    currency
  }
  companionTotal {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
}
fragment ReimbursementClaimFields on ReimbursementClaim {
  id
  status
  version
  channel
  officeProvinceCode
  submittedAt
  rejectionRules
  rejectionReason
  paymentReference
  paidOn
  referral {
    id
  }
  statement {
    ...ReimbursementStatementFields
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`) as unknown as TypedDocumentString<ReimbursementClaimQuery, ReimbursementClaimQueryVariables>;
export const ReimbursementClaimsDocument = new TypedDocumentString(`
    query ReimbursementClaims($filter: ReimbursementClaimFilter, $first: Int, $after: String) {
  reimbursementClaims(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ReimbursementClaimFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ReimbursementStatementFields on ReimbursementStatement {
  eligible
  ineligibility {
    rule
    code
    explanationTr
    explanationEn
  }
  lines {
    person
    kind
    basis
    paidToFacility {
      id
      code
      name
    }
    quantity
    unitAmount {
      amountMinor
      currency
    }
    amount {
      amountMinor
      currency
    }
    days
    rules
    explanationTr
    explanationEn
  }
  notes {
    rules
    explanationTr
    explanationEn
  }
  actualDistanceKm
  paidDistanceKm
  actualDistanceEstimated
  paidDistanceEstimated
  travelPaidToFacility {
    id
    code
    name
  }
  applicationDeadline
  treatmentCostDeadline
  treatmentCostsInTime
  patientTotal {
    amountMinor
    currency
  }
  companionTotal {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
}
fragment ReimbursementClaimFields on ReimbursementClaim {
  id
  status
  version
  channel
  officeProvinceCode
  submittedAt
  rejectionRules
  rejectionReason
  paymentReference
  paidOn
  referral {
    id
  }
  statement {
    ...ReimbursementStatementFields
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`) as unknown as TypedDocumentString<ReimbursementClaimsQuery, ReimbursementClaimsQueryVariables>;
export const CivilServantCoefficientsDocument = new TypedDocumentString(`
    query CivilServantCoefficients {
  civilServantCoefficients {
    validFrom
    validUntil
    coefficient
  }
}
    `) as unknown as TypedDocumentString<CivilServantCoefficientsQuery, CivilServantCoefficientsQueryVariables>;
export const RegularFareTariffsDocument = new TypedDocumentString(`
    query RegularFareTariffs {
  regularFareTariffs {
    validFrom
    validUntil
    source
    bands {
      fromKm
      toKm
      fare {
        amountMinor
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegularFareTariffsQuery, RegularFareTariffsQueryVariables>;
export const ReimbursementSettingsDocument = new TypedDocumentString(`
    query ReimbursementSettings {
  reimbursementSettings {
    travelAndDailyBusinessDays
    treatmentBusinessDays
    emergencyFullDistance
    primaryCareExceptions
    version
  }
}
    `) as unknown as TypedDocumentString<ReimbursementSettingsQuery, ReimbursementSettingsQueryVariables>;
export const UpdateReimbursementSettingsDocument = new TypedDocumentString(`
    mutation UpdateReimbursementSettings($input: UpdateReimbursementSettingsInput!) {
  updateReimbursementSettings(input: $input) {
    settings {
      travelAndDailyBusinessDays
      treatmentBusinessDays
      emergencyFullDistance
      primaryCareExceptions
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}`) as unknown as TypedDocumentString<UpdateReimbursementSettingsMutation, UpdateReimbursementSettingsMutationVariables>;
export const SetCivilServantCoefficientDocument = new TypedDocumentString(`
    mutation SetCivilServantCoefficient($input: SetCivilServantCoefficientInput!) {
  setCivilServantCoefficient(input: $input) {
    coefficient {
      validFrom
      validUntil
      coefficient
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}`) as unknown as TypedDocumentString<SetCivilServantCoefficientMutation, SetCivilServantCoefficientMutationVariables>;
export const SetRegularFareTariffDocument = new TypedDocumentString(`
    mutation SetRegularFareTariff($input: SetRegularFareTariffInput!) {
  setRegularFareTariff(input: $input) {
    tariff {
      validFrom
      validUntil
      source
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}`) as unknown as TypedDocumentString<SetRegularFareTariffMutation, SetRegularFareTariffMutationVariables>;
export const SubmitReimbursementClaimDocument = new TypedDocumentString(`
    mutation SubmitReimbursementClaim($input: SubmitReimbursementClaimInput!) {
  submitReimbursementClaim(input: $input) {
    claim {
      ...ReimbursementClaimFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ReimbursementStatementFields on ReimbursementStatement {
  eligible
  ineligibility {
    rule
    code
    explanationTr
    explanationEn
  }
  lines {
    person
    kind
    basis
    paidToFacility {
      id
      code
      name
    }
    quantity
    unitAmount {
      amountMinor
      currency
    }
    amount {
      amountMinor
      currency
    }
    days
    rules
    explanationTr
    explanationEn
  }
  notes {
    rules
    explanationTr
    explanationEn
  }
  actualDistanceKm
  paidDistanceKm
  actualDistanceEstimated
  paidDistanceEstimated
  travelPaidToFacility {
    id
    code
    name
  }
  applicationDeadline
  treatmentCostDeadline
  treatmentCostsInTime
  patientTotal {
    amountMinor
    currency
  }
  companionTotal {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
}
fragment ReimbursementClaimFields on ReimbursementClaim {
  id
  status
  version
  channel
  officeProvinceCode
  submittedAt
  rejectionRules
  rejectionReason
  paymentReference
  paidOn
  referral {
    id
  }
  statement {
    ...ReimbursementStatementFields
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`) as unknown as TypedDocumentString<SubmitReimbursementClaimMutation, SubmitReimbursementClaimMutationVariables>;
export const CalculateReimbursementClaimDocument = new TypedDocumentString(`
    mutation CalculateReimbursementClaim($input: ReimbursementClaimStepInput!) {
  calculateReimbursementClaim(input: $input) {
    claim {
      ...ReimbursementClaimFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ReimbursementStatementFields on ReimbursementStatement {
  eligible
  ineligibility {
    rule
    code
    explanationTr
    explanationEn
  }
  lines {
    person
    kind
    basis
    paidToFacility {
      id
      code
      name
    }
    quantity
    unitAmount {
      amountMinor
      currency
    }
    amount {
      amountMinor
      currency
    }
    days
    rules
    explanationTr
    explanationEn
  }
  notes {
    rules
    explanationTr
    explanationEn
  }
  actualDistanceKm
  paidDistanceKm
  actualDistanceEstimated
  paidDistanceEstimated
  travelPaidToFacility {
    id
    code
    name
  }
  applicationDeadline
  treatmentCostDeadline
  treatmentCostsInTime
  patientTotal {
    amountMinor
    currency
  }
  companionTotal {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
}
fragment ReimbursementClaimFields on ReimbursementClaim {
  id
  status
  version
  channel
  officeProvinceCode
  submittedAt
  rejectionRules
  rejectionReason
  paymentReference
  paidOn
  referral {
    id
  }
  statement {
    ...ReimbursementStatementFields
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`) as unknown as TypedDocumentString<CalculateReimbursementClaimMutation, CalculateReimbursementClaimMutationVariables>;
export const ApproveReimbursementClaimDocument = new TypedDocumentString(`
    mutation ApproveReimbursementClaim($input: ReimbursementClaimStepInput!) {
  approveReimbursementClaim(input: $input) {
    claim {
      ...ReimbursementClaimFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ReimbursementStatementFields on ReimbursementStatement {
  eligible
  ineligibility {
    rule
    code
    explanationTr
    explanationEn
  }
  lines {
    person
    kind
    basis
    paidToFacility {
      id
      code
      name
    }
    quantity
    unitAmount {
      amountMinor
      currency
    }
    amount {
      amountMinor
      currency
    }
    days
    rules
    explanationTr
    explanationEn
  }
  notes {
    rules
    explanationTr
    explanationEn
  }
  actualDistanceKm
  paidDistanceKm
  actualDistanceEstimated
  paidDistanceEstimated
  travelPaidToFacility {
    id
    code
    name
  }
  applicationDeadline
  treatmentCostDeadline
  treatmentCostsInTime
  patientTotal {
    amountMinor
    currency
  }
  companionTotal {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
}
fragment ReimbursementClaimFields on ReimbursementClaim {
  id
  status
  version
  channel
  officeProvinceCode
  submittedAt
  rejectionRules
  rejectionReason
  paymentReference
  paidOn
  referral {
    id
  }
  statement {
    ...ReimbursementStatementFields
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`) as unknown as TypedDocumentString<ApproveReimbursementClaimMutation, ApproveReimbursementClaimMutationVariables>;
export const RejectReimbursementClaimDocument = new TypedDocumentString(`
    mutation RejectReimbursementClaim($input: RejectReimbursementClaimInput!) {
  rejectReimbursementClaim(input: $input) {
    claim {
      ...ReimbursementClaimFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ReimbursementStatementFields on ReimbursementStatement {
  eligible
  ineligibility {
    rule
    code
    explanationTr
    explanationEn
  }
  lines {
    person
    kind
    basis
    paidToFacility {
      id
      code
      name
    }
    quantity
    unitAmount {
      amountMinor
      currency
    }
    amount {
      amountMinor
      currency
    }
    days
    rules
    explanationTr
    explanationEn
  }
  notes {
    rules
    explanationTr
    explanationEn
  }
  actualDistanceKm
  paidDistanceKm
  actualDistanceEstimated
  paidDistanceEstimated
  travelPaidToFacility {
    id
    code
    name
  }
  applicationDeadline
  treatmentCostDeadline
  treatmentCostsInTime
  patientTotal {
    amountMinor
    currency
  }
  companionTotal {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
}
fragment ReimbursementClaimFields on ReimbursementClaim {
  id
  status
  version
  channel
  officeProvinceCode
  submittedAt
  rejectionRules
  rejectionReason
  paymentReference
  paidOn
  referral {
    id
  }
  statement {
    ...ReimbursementStatementFields
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`) as unknown as TypedDocumentString<RejectReimbursementClaimMutation, RejectReimbursementClaimMutationVariables>;
export const RecordReimbursementPaymentDocument = new TypedDocumentString(`
    mutation RecordReimbursementPayment($input: RecordReimbursementPaymentInput!) {
  recordReimbursementPayment(input: $input) {
    claim {
      ...ReimbursementClaimFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment ReimbursementStatementFields on ReimbursementStatement {
  eligible
  ineligibility {
    rule
    code
    explanationTr
    explanationEn
  }
  lines {
    person
    kind
    basis
    paidToFacility {
      id
      code
      name
    }
    quantity
    unitAmount {
      amountMinor
      currency
    }
    amount {
      amountMinor
      currency
    }
    days
    rules
    explanationTr
    explanationEn
  }
  notes {
    rules
    explanationTr
    explanationEn
  }
  actualDistanceKm
  paidDistanceKm
  actualDistanceEstimated
  paidDistanceEstimated
  travelPaidToFacility {
    id
    code
    name
  }
  applicationDeadline
  treatmentCostDeadline
  treatmentCostsInTime
  patientTotal {
    amountMinor
    currency
  }
  companionTotal {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
}
fragment ReimbursementClaimFields on ReimbursementClaim {
  id
  status
  version
  channel
  officeProvinceCode
  submittedAt
  rejectionRules
  rejectionReason
  paymentReference
  paidOn
  referral {
    id
  }
  statement {
    ...ReimbursementStatementFields
  }
  history {
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`) as unknown as TypedDocumentString<RecordReimbursementPaymentMutation, RecordReimbursementPaymentMutationVariables>;
export const CivilServantCoefficientGapsDocument = new TypedDocumentString(`
    query CivilServantCoefficientGaps($withinDays: Int) {
  civilServantCoefficientGaps(withinDays: $withinDays) {
    validFrom
    validUntil
    firstUncoveredDay
    startsInDays
  }
}
    `) as unknown as TypedDocumentString<CivilServantCoefficientGapsQuery, CivilServantCoefficientGapsQueryVariables>;
export const SgkInsuranceStatusDocument = new TypedDocumentString(`
    query SgkInsuranceStatus($patientId: ID!, $on: LocalDate) {
  sgkInsuranceStatus(patientId: $patientId, on: $on) {
    ...SgkInsuranceStatusFields
  }
}
    fragment SgkInsuranceStatusFields on SgkInsuranceStatus {
  on
  insured
  version
  fact {
    sequence
    insured
    effectiveFrom
    reference
    at
  }
  history {
    sequence
    insured
    effectiveFrom
    reference
    at
  }
}`) as unknown as TypedDocumentString<SgkInsuranceStatusQuery, SgkInsuranceStatusQueryVariables>;
export const RecordSgkInsuranceStatusDocument = new TypedDocumentString(`
    mutation RecordSgkInsuranceStatus($input: RecordSgkInsuranceStatusInput!) {
  recordSgkInsuranceStatus(input: $input) {
    status {
      ...SgkInsuranceStatusFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment SgkInsuranceStatusFields on SgkInsuranceStatus {
  on
  insured
  version
  fact {
    sequence
    insured
    effectiveFrom
    reference
    at
  }
  history {
    sequence
    insured
    effectiveFrom
    reference
    at
  }
}`) as unknown as TypedDocumentString<RecordSgkInsuranceStatusMutation, RecordSgkInsuranceStatusMutationVariables>;
export const RoadDistanceDocument = new TypedDocumentString(`
    query RoadDistance($fromAreaCode: String!, $toAreaCode: String!, $on: LocalDate) {
  roadDistance(fromAreaCode: $fromAreaCode, toAreaCode: $toAreaCode, on: $on) {
    ...RoadDistanceFields
  }
}
    fragment RoadDistanceFields on RoadDistance {
  fromAreaCode
  toAreaCode
  on
  km
  estimated
  validFrom
  source
  history {
    validFrom
    km
    source
    createdByClientId
  }
}`) as unknown as TypedDocumentString<RoadDistanceQuery, RoadDistanceQueryVariables>;
export const SetRoadDistanceDocument = new TypedDocumentString(`
    mutation SetRoadDistance($input: SetRoadDistanceInput!) {
  setRoadDistance(input: $input) {
    distance {
      ...RoadDistanceFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment RoadDistanceFields on RoadDistance {
  fromAreaCode
  toAreaCode
  on
  km
  estimated
  validFrom
  source
  history {
    validFrom
    km
    source
    createdByClientId
  }
}`) as unknown as TypedDocumentString<SetRoadDistanceMutation, SetRoadDistanceMutationVariables>;
export const SetSettlementAreaDocument = new TypedDocumentString(`
    mutation SetSettlementArea($input: SetSettlementAreaInput!) {
  setSettlementArea(input: $input) {
    settlementArea {
      code
      name
      latitude
      longitude
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}`) as unknown as TypedDocumentString<SetSettlementAreaMutation, SetSettlementAreaMutationVariables>;
export const SettlementAreaHistoryDocument = new TypedDocumentString(`
    query SettlementAreaHistory($code: String!) {
  settlementAreaHistory(code: $code) {
    version
    name
    latitude
    longitude
    effectiveFrom
    clientId
    at
  }
}
    `) as unknown as TypedDocumentString<SettlementAreaHistoryQuery, SettlementAreaHistoryQueryVariables>;
export const StaffAccountsDocument = new TypedDocumentString(`
    query StaffAccounts($filter: StaffAccountFilter, $first: Int, $after: String, $last: Int, $before: String) {
  staffAccounts(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...StaffAccountFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  organisation
  role
  scope
  totpEnabled
  enabled
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const CreateStaffAccountDocument = new TypedDocumentString(`
    mutation CreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    staffAccount {
      ...StaffAccountFields
    }
    totpProvisioningUri
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  organisation
  role
  scope
  totpEnabled
  enabled
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const DisableStaffAccountDocument = new TypedDocumentString(`
    mutation DisableStaffAccount($input: DisableStaffAccountInput!) {
  disableStaffAccount(input: $input) {
    staffAccount {
      ...StaffAccountFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  organisation
  role
  scope
  totpEnabled
  enabled
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<DisableStaffAccountMutation, DisableStaffAccountMutationVariables>;
export const MonthlySubmissionDocument = new TypedDocumentString(`
    query MonthlySubmission($period: String!, $provinceCode: String, $revision: Int) {
  monthlySubmission(period: $period, provinceCode: $provinceCode) {
    ...MonthlySubmissionFields
    rows(revision: $revision) {
      facility {
        id
        code
        name
      }
      nationality
      outpatientVisits
      emergencyVisits
      inpatientAdmissions
      surgeries
      births
      intensiveCareAdmissions
      referralsOut
    }
  }
}
    fragment MonthlySubmissionFields on MonthlySubmission {
  id
  period
  status
  revision
  version
  submittedAt
  acceptedAt
  province {
    code
    name
  }
  corrections {
    revision
    nationality
    metric
    reason
    requestedAt
    facility {
      id
      code
      name
    }
  }
  history {
    revision
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}`) as unknown as TypedDocumentString<MonthlySubmissionQuery, MonthlySubmissionQueryVariables>;
export const MonthlySubmissionPeriodDocument = new TypedDocumentString(`
    query MonthlySubmissionPeriod($period: String!) {
  monthlySubmissionPeriod(period: $period) {
    period
    opensOn
    dueOn
    provinces {
      province {
        code
        name
      }
      status
      overdue
      submittedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MonthlySubmissionPeriodQuery, MonthlySubmissionPeriodQueryVariables>;
export const MonthlyConsolidationDocument = new TypedDocumentString(`
    query MonthlyConsolidation($period: String!) {
  monthlyConsolidation(period: $period) {
    period
    previousPeriod
    acceptedProvinces
    national {
      metric
      value
      previousValue
      change
    }
    byNationality {
      nationality
      metric
      value
      previousValue
      change
    }
    byProvince {
      province {
        code
        name
      }
      metric
      value
      previousValue
      change
    }
  }
}
    `) as unknown as TypedDocumentString<MonthlyConsolidationQuery, MonthlyConsolidationQueryVariables>;
export const MonthlyDispatchesDocument = new TypedDocumentString(`
    query MonthlyDispatches($period: String!) {
  monthlyDispatches(period: $period) {
    id
    period
    recipient
    letterNumber
    letterDate
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<MonthlyDispatchesQuery, MonthlyDispatchesQueryVariables>;
export const MonthlySubmissionDueDayDocument = new TypedDocumentString(`
    query MonthlySubmissionDueDay {
  monthlySubmissionDueDay
}
    `) as unknown as TypedDocumentString<MonthlySubmissionDueDayQuery, MonthlySubmissionDueDayQueryVariables>;
export const MonthlySubmissionSettingsDocument = new TypedDocumentString(`
    query MonthlySubmissionSettings {
  monthlySubmissionSettings {
    dueDay
    version
  }
}
    `) as unknown as TypedDocumentString<MonthlySubmissionSettingsQuery, MonthlySubmissionSettingsQueryVariables>;
export const SetMonthlySubmissionDueDayDocument = new TypedDocumentString(`
    mutation SetMonthlySubmissionDueDay($input: SetMonthlySubmissionDueDayInput!) {
  setMonthlySubmissionDueDay(input: $input) {
    settings {
      dueDay
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}`) as unknown as TypedDocumentString<SetMonthlySubmissionDueDayMutation, SetMonthlySubmissionDueDayMutationVariables>;
export const SaveMonthlyDraftDocument = new TypedDocumentString(`
    mutation SaveMonthlyDraft($input: SaveMonthlyDraftInput!) {
  saveMonthlyDraft(input: $input) {
    ...MonthlySubmissionPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment MonthlySubmissionFields on MonthlySubmission {
  id
  period
  status
  revision
  version
  submittedAt
  acceptedAt
  province {
    code
    name
  }
  corrections {
    revision
    nationality
    metric
    reason
    requestedAt
    facility {
      id
      code
      name
    }
  }
  history {
    revision
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}
fragment MonthlySubmissionPayloadFields on MonthlySubmissionPayload {
  submission {
    ...MonthlySubmissionFields
  }
  userErrors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<SaveMonthlyDraftMutation, SaveMonthlyDraftMutationVariables>;
export const SubmitMonthlySubmissionDocument = new TypedDocumentString(`
    mutation SubmitMonthlySubmission($input: SubmitMonthlySubmissionInput!) {
  submitMonthlySubmission(input: $input) {
    ...MonthlySubmissionPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment MonthlySubmissionFields on MonthlySubmission {
  id
  period
  status
  revision
  version
  submittedAt
  acceptedAt
  province {
    code
    name
  }
  corrections {
    revision
    nationality
    metric
    reason
    requestedAt
    facility {
      id
      code
      name
    }
  }
  history {
    revision
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}
fragment MonthlySubmissionPayloadFields on MonthlySubmissionPayload {
  submission {
    ...MonthlySubmissionFields
  }
  userErrors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<SubmitMonthlySubmissionMutation, SubmitMonthlySubmissionMutationVariables>;
export const RequestSubmissionCorrectionDocument = new TypedDocumentString(`
    mutation RequestSubmissionCorrection($input: RequestSubmissionCorrectionInput!) {
  requestSubmissionCorrection(input: $input) {
    ...MonthlySubmissionPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment MonthlySubmissionFields on MonthlySubmission {
  id
  period
  status
  revision
  version
  submittedAt
  acceptedAt
  province {
    code
    name
  }
  corrections {
    revision
    nationality
    metric
    reason
    requestedAt
    facility {
      id
      code
      name
    }
  }
  history {
    revision
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}
fragment MonthlySubmissionPayloadFields on MonthlySubmissionPayload {
  submission {
    ...MonthlySubmissionFields
  }
  userErrors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<RequestSubmissionCorrectionMutation, RequestSubmissionCorrectionMutationVariables>;
export const CorrectMonthlySubmissionDocument = new TypedDocumentString(`
    mutation CorrectMonthlySubmission($input: CorrectMonthlySubmissionInput!) {
  correctMonthlySubmission(input: $input) {
    ...MonthlySubmissionPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment MonthlySubmissionFields on MonthlySubmission {
  id
  period
  status
  revision
  version
  submittedAt
  acceptedAt
  province {
    code
    name
  }
  corrections {
    revision
    nationality
    metric
    reason
    requestedAt
    facility {
      id
      code
      name
    }
  }
  history {
    revision
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}
fragment MonthlySubmissionPayloadFields on MonthlySubmissionPayload {
  submission {
    ...MonthlySubmissionFields
  }
  userErrors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<CorrectMonthlySubmissionMutation, CorrectMonthlySubmissionMutationVariables>;
export const AcceptMonthlySubmissionDocument = new TypedDocumentString(`
    mutation AcceptMonthlySubmission($input: AcceptMonthlySubmissionInput!) {
  acceptMonthlySubmission(input: $input) {
    ...MonthlySubmissionPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment MonthlySubmissionFields on MonthlySubmission {
  id
  period
  status
  revision
  version
  submittedAt
  acceptedAt
  province {
    code
    name
  }
  corrections {
    revision
    nationality
    metric
    reason
    requestedAt
    facility {
      id
      code
      name
    }
  }
  history {
    revision
    fromState
    toState
    action
    actorRole
    note
    at
    version
  }
}
fragment MonthlySubmissionPayloadFields on MonthlySubmissionPayload {
  submission {
    ...MonthlySubmissionFields
  }
  userErrors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<AcceptMonthlySubmissionMutation, AcceptMonthlySubmissionMutationVariables>;
export const ExportMonthlyConsolidationDocument = new TypedDocumentString(`
    mutation ExportMonthlyConsolidation($input: ExportMonthlyConsolidationInput!) {
  exportMonthlyConsolidation(input: $input) {
    link {
      url
      expiresAt
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}`) as unknown as TypedDocumentString<ExportMonthlyConsolidationMutation, ExportMonthlyConsolidationMutationVariables>;
export const RecordSubmissionDispatchDocument = new TypedDocumentString(`
    mutation RecordSubmissionDispatch($input: RecordSubmissionDispatchInput!) {
  recordSubmissionDispatch(input: $input) {
    dispatch {
      id
      period
      recipient
      letterNumber
      letterDate
      recordedAt
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}`) as unknown as TypedDocumentString<RecordSubmissionDispatchMutation, RecordSubmissionDispatchMutationVariables>;
export const EventTypesDocument = new TypedDocumentString(`
    query EventTypes {
  eventTypes
}
    `) as unknown as TypedDocumentString<EventTypesQuery, EventTypesQueryVariables>;
export const WebhookSubscriptionsDocument = new TypedDocumentString(`
    query WebhookSubscriptions($first: Int, $after: String, $last: Int, $before: String) {
  webhookSubscriptions(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...WebhookSubscriptionFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  eventTypes
  active
  description
  createdAt
  version
}`) as unknown as TypedDocumentString<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;
export const CreateWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    subscription {
      ...WebhookSubscriptionFields
    }
    secret
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  eventTypes
  active
  description
  createdAt
  version
}`) as unknown as TypedDocumentString<CreateWebhookSubscriptionMutation, CreateWebhookSubscriptionMutationVariables>;
export const UpdateWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation UpdateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {
  updateWebhookSubscription(input: $input) {
    subscription {
      ...WebhookSubscriptionFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  eventTypes
  active
  description
  createdAt
  version
}`) as unknown as TypedDocumentString<UpdateWebhookSubscriptionMutation, UpdateWebhookSubscriptionMutationVariables>;
export const DeleteWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation DeleteWebhookSubscription($input: DeleteWebhookSubscriptionInput!) {
  deleteWebhookSubscription(input: $input) {
    subscription {
      ...WebhookSubscriptionFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  eventTypes
  active
  description
  createdAt
  version
}`) as unknown as TypedDocumentString<DeleteWebhookSubscriptionMutation, DeleteWebhookSubscriptionMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($filter: WebhookDeliveryFilter, $first: Int, $after: String, $last: Int, $before: String) {
  webhookDeliveries(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...WebhookDeliveryFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment DomainEventFields on DomainEvent {
  id
  type
  occurredAt
  subjectType
  subjectId
  data
}
fragment WebhookDeliveryFields on WebhookDelivery {
  id
  status
  attempts
  nextAttemptAt
  deliveredAt
  createdAt
  subscription {
    id
    url
  }
  event {
    ...DomainEventFields
  }
  attemptLog {
    attempt
    at
    statusCode
    error
    durationMs
  }
}`) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const RedeliverWebhookDocument = new TypedDocumentString(`
    mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
  redeliverWebhook(input: $input) {
    delivery {
      ...WebhookDeliveryFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  rule
}
fragment DomainEventFields on DomainEvent {
  id
  type
  occurredAt
  subjectType
  subjectId
  data
}
fragment WebhookDeliveryFields on WebhookDelivery {
  id
  status
  attempts
  nextAttemptAt
  deliveredAt
  createdAt
  subscription {
    id
    url
  }
  event {
    ...DomainEventFields
  }
  attemptLog {
    attempt
    at
    statusCode
    error
    durationMs
  }
}`) as unknown as TypedDocumentString<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
