/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
export type AcceptMonthlySubmissionInput = {
  expectedVersion: number;
  id: string | number;
};

export type AccessLogFilter = {
  clientId?: string | null | undefined;
  from?: string | null | undefined;
  patientId?: string | number | null | undefined;
  to?: string | null | undefined;
};

export type AddPatientIdentifierInput = {
  expectedVersion: number;
  identifier: IdentifierInput;
  patientId: string | number;
};

export type AdequacyReason = "LOW_CAPACITY" | "MISSING_SCHEDULES";

export type AdequacySettingsInput = {
  minWeeklyCapacityPerPhysician?: number | null | undefined;
};

export type AppointmentFilter = {
  facilityId?: string | number | null | undefined;
  from?: string | null | undefined;
  patientId?: string | number | null | undefined;
  status?: AppointmentStatus | null | undefined;
  to?: string | null | undefined;
};

/** AUTO_CANCELLED: not confirmed in time (APPT-9), without penalty. */
export type AppointmentStatus = "ATTENDED" | "AUTO_CANCELLED" | "BOOKED" | "CANCELLED" | "NO_SHOW";

export type ApprovalDecisionKind = "APPROVE" | "COMPLETE" | "REJECT" | "RESUBMIT" | "RETURN" | "SIGN" | "SUBMIT";

export type ApprovalFilter = {
  status?: ApprovalStatus | null | undefined;
  templateCode?: string | null | undefined;
};

/** RETURNED: back with the preparer for a new revision (APR-3). */
export type ApprovalStatus = "APPROVED" | "IN_PROGRESS" | "REJECTED" | "RETURNED";

export type ApprovalStepKind = "APPROVAL" | "EXTERNAL" | "NOTIFICATION" | "PREPARATION" | "REVIEW" | "SIGNATURE";

/** Exactly the one field that fits the template's subject kind. */
export type ApprovalSubjectInput = {
  informationRequest?: InformationRequestSubjectInput | null | undefined;
  overseasDeployment?: OverseasDeploymentSubjectInput | null | undefined;
  petition?: PetitionSubjectInput | null | undefined;
  publication?: PublicationSubjectInput | null | undefined;
  /** ACTIVITY_REPORT, STRATEGIC_PLAN, INTERNAL_CONTROL_REPORT, ACTION_PLAN */
  report?: ReportSubjectInput | null | undefined;
  trainerTraining?: TrainerTrainingSubjectInput | null | undefined;
};

export type ApprovalSubjectKind =
  | "ACTION_PLAN"
  | "ACTIVITY_REPORT"
  | "INFORMATION_REQUEST"
  | "INTERNAL_CONTROL_REPORT"
  | "OVERSEAS_DEPLOYMENT"
  | "PETITION"
  | "PUBLICATION"
  | "STRATEGIC_PLAN"
  | "TRAINER_TRAINING";

/** Why an attachment ended. */
export type AttachmentEndReason =
  /** The insurance contract it was valid for ended (KZ-9). */
  | "CONTRACT_ENDED"
  /** The person attached to another organisation; the old one detached automatically (KZ-12). */
  | "REATTACHED";

export type AttendanceOutcome = "ATTENDED" | "NO_SHOW";

export type BedCapacityInput = {
  bedType: BedType;
  total: number;
};

/** ER-8: the free beds of one type as the hospital counts them. */
export type BedOccupancyInput = {
  /** A bed type of the facility's capacity. */
  bedType: BedType;
  /** Empty beds of the type now (at most the capacity's total). */
  free: number;
};

export type BedSearchActionInput = {
  comment?: string | null | undefined;
  expectedVersion: number;
  /** offerBed: the facility whose bed is reserved. */
  facilityId?: string | number | null | undefined;
  id: string | number;
};

export type BedType = "BURN" | "GENERAL" | "ICU_ADULT" | "ICU_CORONARY" | "ICU_NEONATAL" | "ICU_PAEDIATRIC" | "PSYCHIATRIC";

export type BookAppointmentInput = {
  /** The ALO 182 call: at most 4 appointments in one (APPT-5). */
  bookingSessionId?: string | null | undefined;
  channel: BookingChannel;
  idempotencyKey?: string | null | undefined;
  patientId: string | number;
  slotId: string | number;
};

/** PHONE is ALO 182; EGOV an e-government portal. */
export type BookingChannel = "EGOV" | "MOBILE" | "PHONE" | "WEB";

export type CabinClass = "BUSINESS" | "ECONOMY" | "VIP";

export type CancelAppointmentInput = {
  expectedVersion: number;
  id: string | number;
  /** Required when the facility cancels. */
  reason?: string | null | undefined;
};

export type CompanionInput = {
  /** The referral document records that the patient came or stayed with a companion (REIMB-9). */
  recordedOnReferral: boolean;
  /** How the companion travelled; the patient's transport when omitted. */
  transport?: TransportKind | null | undefined;
};

export type ConfirmAppointmentInput = {
  expectedVersion: number;
  id: string | number;
};

export type ConfirmationSettingsInput = {
  deadlineHour?: number | null | undefined;
  enabled?: boolean | null | undefined;
  exemptFromAge?: number | null | undefined;
  preConfirmedWithinDays?: number | null | undefined;
};

export type ContactInput = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
};

export type CorrectionRowInput = {
  facilityId: string | number;
  metric?: SubmissionMetric | null | undefined;
  nationality: TpNationality;
  reason: string;
};

export type CreateFacilityInput = {
  bedCapacities?: Array<BedCapacityInput>;
  clinics?: Array<string>;
  /** Ministry facility code (4 to 12 digits). */
  code: string;
  countryCode?: string;
  /** District name within the province. */
  district?: string | null | undefined;
  hasHealthTourismUnit?: boolean;
  /** A retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  kind: FacilityKind;
  location?: GeoPointInput | null | undefined;
  name: string;
  ownership: FacilityOwnership;
  provinceCode?: string | null | undefined;
  settlementAreaCode?: string | null | undefined;
};

export type CreateReferralInput = {
  authorisedTransport?: TransportKind;
  clinicCode: string;
  companionRequired?: boolean;
  /** ICD-10, e.g. C50.9 */
  diagnosisIcd10: string;
  idempotencyKey?: string | null | undefined;
  medicalGrounds: MedicalGrounds;
  originFacilityId: string | number;
  patientId: string | number;
  provision?: ProvisionInput | null | undefined;
  requestingPhysician: string;
  urgency: ReferralUrgency;
};

export type CreateWebhookSubscriptionInput = {
  description?: string | null | undefined;
  eventTypes: Array<string>;
  /** https (plain http only to localhost in development). */
  url: string;
};

export type DecideApprovalStepInput = {
  /** PETITION: the answer sent to the petitioner, with the last step. */
  answer?: string | null | undefined;
  comment: string;
  decision: StepDecision;
  expectedVersion: number;
  id: string | number;
};

export type DecideAttachmentRequestInput = {
  /** true: attach (notice); false: refuse with reasons (KZ-8). */
  attach: boolean;
  expectedVersion: number;
  id: string | number;
  refusalReason?: string | null | undefined;
};

export type DeploymentDocumentsInput = {
  passport: boolean;
  payslip: boolean;
  photo: boolean;
  workForm: boolean;
};

export type DocumentUploadInput = {
  /** The file, base64-encoded (at most the configured size). */
  contentBase64: string;
  kind: HealthTourismDocumentKind;
  mediaType: string;
  name: string;
};

export type EmergencyTransportDocumentInput = {
  signedByPhysician: boolean;
  vehicle: TransportKind;
};

/** CONTRACT_4B (sözleşmeli, 657/4-b) staff are not posted overseas. */
export type EmploymentType = "CONTRACT_4B" | "PERMANENT_PUBLIC";

export type ExportFormat = "CSV" | "XLSX";

export type FacilityFilter = {
  /** Clinic code the facility must have, e.g. ONCOLOGY. */
  clinic?: string | null | undefined;
  /** ISO country code; anything but TR lists overseas hospitals. */
  countryCode?: string | null | undefined;
  hasHealthTourismUnit?: boolean | null | undefined;
  kind?: FacilityKind | null | undefined;
  level?: FacilityLevel | null | undefined;
  /** Province plate code, e.g. "01". */
  provinceCode?: string | null | undefined;
};

/** Kind of facility; it decides the level (FAC-1). */
export type FacilityKind =
  | "CITY_HOSPITAL"
  | "FAMILY_HEALTH_CENTRE"
  | "OCCUPATIONAL_DISEASE_HOSPITAL"
  | "ORAL_DENTAL_CENTRE"
  | "PRIVATE_HOSPITAL"
  | "STATE_HOSPITAL"
  | "TRAINING_RESEARCH_HOSPITAL"
  | "UNIVERSITY_HOSPITAL";

/** Basamak: PRIMARY = 1 (family health centre), SECONDARY = 2 (state, private, oral-dental), TERTIARY = 3 (training & research, university, city). */
export type FacilityLevel = "PRIMARY" | "SECONDARY" | "TERTIARY";

export type FacilityOwnership = "PRIVATE" | "PUBLIC" | "UNIVERSITY";

export type FileAttachmentRequestInput = {
  expectedVersion: number;
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

export type GeoPointInput = {
  latitude: number;
  longitude: number;
};

export type Greeter = "HOSPITAL_REPRESENTATIVE" | "UNIT_OFFICER";

export type GuardianInput = {
  identifier?: IdentifierInput | null | undefined;
  name: string;
  phone?: string | null | undefined;
  relationship: string;
};

export type HealthBoardReportInput = {
  issuedOn: string;
  statesDisease: boolean;
  statesWhyRegularTransportImpossible: boolean;
  treatmentKind: TreatmentKind;
  /** The vehicle the report prescribes. */
  vehicle: TransportKind;
};

export type HealthTourismAction =
  | "accept"
  | "arrive"
  | "cancel"
  | "complete"
  | "decline"
  | "deliverReports"
  | "forward"
  | "informPatient"
  | "notifyFacility"
  | "receiveEpicrisis"
  | "requestEpicrisis"
  | "scheduleAppointment"
  | "startTreatment";

export type HealthTourismChannel = "EMAIL" | "OFFICIAL_LETTER" | "PHONE";

export type HealthTourismDocumentKind = "EPICRISIS_FORM" | "MEDICAL_REPORT" | "OTHER" | "SERVICE_STATEMENT";

/** FOREIGN_PROGRAM: the "400 patients" programme (HT-7). */
export type HealthTourismProgramme = "FOREIGN_PROGRAM" | "HEALTH_TOURISM";

/** HT-1, in order; CANCELLED from any open state. */
export type HealthTourismStatus =
  | "ACCEPTED"
  | "APPOINTMENT_SCHEDULED"
  | "ARRIVED"
  | "CANCELLED"
  | "COMPLETED"
  | "DECLINED"
  | "EPICRISIS_RECEIVED"
  | "EPICRISIS_REQUESTED"
  | "FACILITY_NOTIFIED"
  | "FORWARDED_TO_FACILITY"
  | "INQUIRY_RECEIVED"
  | "IN_TREATMENT"
  | "PATIENT_INFORMED"
  | "REPORTS_DELIVERED";

export type IdentifierInput = {
  /** Required for PASSPORT. */
  issuingCountry?: string | null | undefined;
  kind: IdentifierKind;
  value: string;
};

/** TCKN, YKN (foreigner's Turkish ID, 99…) and TEMPORARY_PROTECTION follow ID-1; IIN follows ID-2; PASSPORT ID-3. */
export type IdentifierKind = "IIN" | "PASSPORT" | "TCKN" | "TEMPORARY_PROTECTION" | "YKN";

export type InformationRequestSubjectInput = {
  dueOn: string;
  organisation: InternationalOrganisation;
  reference: string;
  summary: string;
};

export type InternationalOrganisation = "EU" | "OECD" | "WHO";

export type InterpreterInput = {
  /** ISO 639-1 */
  language: string;
  name: string;
};

export type KzApplicantRelation = "FAMILY_MEMBER" | "LEGAL_REPRESENTATIVE" | "SELF";

/** VHI: voluntary (ДМС) with a private insurer; OSMS: compulsory social health insurance. */
export type KzCoverageKind = "OSMS" | "VHI";

/** CALENDAR_YEAR counts per calendar year; SIX_MONTHS means 6 months after the previous one. */
export type KzQuotaPeriod = "CALENDAR_YEAR" | "SIX_MONTHS";

export type KzRequestChannel = "EGOV_PORTAL" | "IN_PERSON";

export type KzRequestDocumentsInput = {
  identityDocument?: boolean;
  insuranceContract?: boolean;
  legalRepresentativeIdentity?: boolean;
  writtenConsent?: boolean;
};

export type KzRequestStatus = "ATTACHED" | "FILED" | "REFUSED" | "SUBMITTED";

export type MedicalGrounds = "CANCER" | "EMERGENCY" | "LIMB_TRANSPLANT" | "OCCUPATIONAL_DISEASE" | "ORGAN_TISSUE_TRANSPLANT" | "OTHER";

export type MoneyInput = {
  amountMinor: number;
  currency: string;
};

export type MonthlySubmissionRowInput = {
  births: number;
  emergencyVisits: number;
  facilityId: string | number;
  inpatientAdmissions: number;
  intensiveCareAdmissions: number;
  nationality: TpNationality;
  outpatientVisits: number;
  referralsOut: number;
  surgeries: number;
};

export type NoShowPenaltySettingsInput = {
  days?: number | null | undefined;
  enabled?: boolean | null | undefined;
};

export type OnwardReferralInput = {
  /** The hospital the patient was referred on to. */
  facilityId: string | number;
  outpatientDays: Array<string>;
};

export type OpenHealthTourismCaseInput = {
  accommodationRequested?: boolean;
  channel: HealthTourismChannel;
  comment?: string | null | undefined;
  patientId: string | number;
  transferRequested?: boolean;
};

export type OverseasDeploymentSubjectInput = {
  applicantName: string;
  countryCode: string;
  documents: DeploymentDocumentsInput;
  employmentType: EmploymentType;
  postingMonths: number;
  requests?: Array<string>;
  visaStatus?: VisaStatus;
};

/** PAT-1. */
export type PatientCategory = "CITIZEN" | "FOREIGN_PROGRAM" | "HEALTH_TOURIST" | "KZ_RESIDENT" | "TEMPORARY_PROTECTION";

export type PatientFilter = {
  category?: PatientCategory | null | undefined;
  /** Exact identifier match. */
  identifier?: IdentifierInput | null | undefined;
};

export type PetitionChannel = "BIMER_CIMER" | "RIGHT_TO_INFORMATION" | "SABIM";

export type PetitionSubjectInput = {
  channel: PetitionChannel;
  petitionerName: string;
  receivedOn: string;
  summary: string;
};

export type PhysicianFilter = {
  clinicCode?: string | null | undefined;
  facilityId: string | number;
};

export type ProvinceSubmissionStatus = "ACCEPTED" | "CORRECTION_REQUESTED" | "DRAFT" | "NOT_STARTED" | "RESUBMITTED" | "SUBMITTED";

export type ProvisionInput = {
  reference: string;
  valid: boolean;
};

export type PublicHolidayInput = {
  day: string;
  name: string;
};

export type PublicationSubjectInput = {
  publicationTitle: string;
  summary: string;
};

export type PublishScheduleInput = {
  capacityPerSlot: number;
  /** The day, in Europe/Istanbul. */
  day: string;
  /** Local end time, HH:mm. */
  endTime: string;
  physicianId: string | number;
  slotMinutes: number;
  /** Local start time, HH:mm. */
  startTime: string;
};

export type RecordAttendanceInput = {
  expectedVersion: number;
  id: string | number;
  outcome: AttendanceOutcome;
};

export type RecordGuaranteedServiceInput = {
  diseaseCode: string;
  personIin: string;
  providedOn: string;
  serviceCode: string;
};

export type RecordReimbursementPaymentInput = {
  comment?: string | null | undefined;
  expectedVersion: number;
  id: string | number;
  paidOn: string;
  /** The PTT payment reference. */
  pttReference: string;
};

export type RecordSubmissionDispatchInput = {
  letterDate: string;
  letterNumber: string;
  period: string;
  recipient: string;
};

export type RedeliverWebhookInput = {
  deliveryId: string | number;
};

export type ReferralAction = "accept" | "arrive" | "cancel" | "complete" | "escalate" | "place" | "reject";

export type ReferralDirection = "INCOMING" | "OUTGOING";

/** The referral's facts, for a quote without a stored referral. */
export type ReferralFactsInput = {
  /** The clinic (branch) of the treatment: 'can provide the treatment' (REIMB-3). */
  clinicCode: string;
  /** The referring facility stated a companion is medically necessary. */
  companionRequired?: boolean;
  destinationFacilityId: string | number;
  medicalGrounds: MedicalGrounds;
  originFacilityId: string | number;
  referralDate: string;
  urgency?: ReferralUrgency;
};

export type ReferralFilter = {
  direction?: ReferralDirection | null | undefined;
  status?: ReferralStatus | null | undefined;
  urgency?: ReferralUrgency | null | undefined;
};

/** REF-1: derived from the two facilities, never entered. */
export type ReferralScope = "IN_PROVINCE" | "IN_SETTLEMENT" | "OUT_OF_PROVINCE";

export type ReferralStatus = "ACCEPTED" | "CANCELLED" | "COMPLETED" | "ESCALATED" | "PATIENT_ARRIVED" | "PLACED" | "REJECTED" | "REQUESTED";

export type ReferralUrgency = "EMERGENCY" | "ROUTINE" | "URGENT";

export type RegisterInsuranceContractInput = {
  endsOn: string;
  insuredIin: string;
  kind: KzCoverageKind;
  number: string;
  startsOn: string;
};

export type RegisterPatientInput = {
  birthDate: string;
  category: PatientCategory;
  contact?: ContactInput | null | undefined;
  familyName: string;
  givenName: string;
  guardian?: GuardianInput | null | undefined;
  /** A retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  identifiers: Array<IdentifierInput>;
  nationality: string;
  preferredLanguage?: string;
  /** Required for hospitals: their own facility. */
  registeringFacilityId?: string | number | null | undefined;
  sex: Sex;
};

export type RegisterPhysicianInput = {
  clinicCode: string;
  facilityId: string | number;
  familyName: string;
  givenName: string;
  registryNumber: string;
  title: string;
};

export type RegularFareBandInput = {
  /** Kuruş, one way. */
  fareMinor: number;
  fromKm: number;
  toKm: number;
};

export type ReimbursedPerson = "COMPANION" | "PATIENT";

/** REGULAR_FARE: km-banded tariff (REIMB-5); ECONOMY_FARE: flight at economy (REIMB-6); ACTUAL_INVOICE: taxi/ambulance invoice (REIMB-6); DAILY_RATE: REIMB-8. */
export type ReimbursementBasis = "ACTUAL_INVOICE" | "DAILY_RATE" | "ECONOMY_FARE" | "REGULAR_FARE";

/** Claims come by post or in person at an SGK provincial office. */
export type ReimbursementChannel = "IN_PERSON" | "POST";

export type ReimbursementClaimFilter = {
  referralId?: string | number | null | undefined;
  status?: ReimbursementClaimStatus | null | undefined;
};

/** REIMB-11. */
export type ReimbursementClaimStatus = "APPROVED" | "CALCULATED" | "PAID" | "REJECTED" | "SUBMITTED";

export type ReimbursementClaimStepInput = {
  comment?: string | null | undefined;
  expectedVersion: number;
  id: string | number;
};

export type ReimbursementLineKind = "DAILY" | "TRAVEL";

export type ReimbursementQuoteInput = {
  referral?: ReferralFactsInput | null | undefined;
  /** A stored referral; or give `referral` instead. */
  referralId?: string | number | null | undefined;
  trip: TripInput;
};

export type RejectReimbursementClaimInput = {
  comment?: string | null | undefined;
  expectedVersion: number;
  id: string | number;
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

export type ReportSubjectInput = {
  period: string;
  summary: string;
};

export type RequestSubmissionCorrectionInput = {
  comment?: string | null | undefined;
  expectedVersion: number;
  id: string | number;
  rows: Array<CorrectionRowInput>;
};

export type ResidenceInput = {
  city: string;
  district: string;
  /** PERMANENT or TEMPORARY */
  kind: string;
};

export type ResubmitApprovalInput = {
  comment: string;
  expectedVersion: number;
  id: string | number;
  /** The revised subject; omitted keeps it. */
  subject?: ApprovalSubjectInput | null | undefined;
};

/** A province's whole month in one call (bulk input: up to 2000 rows), stored all or nothing. */
export type SaveMonthlyDraftInput = {
  expectedVersion?: number | null | undefined;
  period: string;
  rows: Array<MonthlySubmissionRowInput>;
};

export type SearchLevel = "EMERGENCY_112" | "NATIONAL_CRISIS_CENTRE" | "PROVINCIAL_CRISIS_CENTRE";

export type SearchStatus = "BED_RESERVED" | "CANCELLED" | "CLOSED" | "SEARCHING";

export type SetCivilServantCoefficientInput = {
  /** Decimal with up to 6 places, e.g. 1.387871. */
  coefficient: string;
  validFrom: string;
  validUntil: string;
};

/** Replaces a country's holidays of one year (e.g. when Diyanet publishes the religious holidays). */
export type SetPublicHolidaysInput = {
  countryCode: string;
  holidays: Array<PublicHolidayInput>;
  year: number;
};

export type SetRegularFareTariffInput = {
  bands: Array<RegularFareBandInput>;
  /** Where the figures come from, e.g. the Tebliğ's Official Gazette number. */
  source: string;
  validFrom: string;
  validUntil: string;
};

export type Sex = "FEMALE" | "MALE" | "UNKNOWN";

export type StartApprovalInput = {
  comment?: string;
  idempotencyKey?: string | null | undefined;
  subject: ApprovalSubjectInput;
  templateCode: string;
  title: string;
};

export type StartBedSearchInput = {
  bedType: BedType;
  referralId: string | number;
};

/** APPROVE/REJECT/RETURN for approvals, SIGN for signatures, COMPLETE for the unit's own tasks. */
export type StepDecision = "APPROVE" | "COMPLETE" | "REJECT" | "RETURN" | "SIGN";

export type SubmissionMetric =
  "births" | "emergencyVisits" | "inpatientAdmissions" | "intensiveCareAdmissions" | "outpatientVisits" | "referralsOut" | "surgeries";

/** MDS-3: DRAFT → SUBMITTED → ACCEPTED, or → CORRECTION_REQUESTED → RESUBMITTED → … */
export type SubmissionStatus = "ACCEPTED" | "CORRECTION_REQUESTED" | "DRAFT" | "RESUBMITTED" | "SUBMITTED";

export type SubmitAttachmentRequestInput = {
  /** IN_PERSON, for a family member or representative: the IIN of the person applying, as the staff identified them (recorded). */
  applicantIin?: string | null | undefined;
  /** SELF, FAMILY_MEMBER (with the member's written or digital consent, KZ-10) or LEGAL_REPRESENTATIVE of a child (KZ-11). On the portal the applicant is the portal's person; a representative must be the child's guardian on record. */
  applicantRelation?: KzApplicantRelation;
  /** IN_PERSON: kk or ru. */
  applicationLanguage?: string | null | undefined;
  channel: KzRequestChannel;
  contractId: string | number;
  documents: KzRequestDocumentsInput;
  /** EGOV_PORTAL: the EDS certificate's reference. */
  edsCertificateRef?: string | null | undefined;
  organisationCode: string;
  personIin: string;
  residence: ResidenceInput;
};

export type SubmitMonthlySubmissionInput = {
  expectedVersion: number;
  idempotencyKey?: string | null | undefined;
  period: string;
};

export type SubmitReimbursementClaimInput = {
  channel: ReimbursementChannel;
  idempotencyKey?: string | null | undefined;
  /** The SGK provincial office's plate code, 01..81. */
  officeProvinceCode: string;
  referralId: string | number;
  trip: TripInput;
};

export type TicketInput = {
  /** What the ticket or invoice says, in kuruş (at most 100,000.00 TL). */
  amountMinor: number;
  /** Flights only. */
  cabinClass?: CabinClass | null | undefined;
  /** Business or VIP flights: the economy fare of the same flight, in kuruş (REIMB-6). */
  economyFareMinor?: number | null | undefined;
  leg: TripLeg;
  person: ReimbursedPerson;
};

/** Temporary-protection nationalities reported: Syria, Iraq. */
export type TpNationality = "IQ" | "SY";

export type TraineeInput = {
  institution: string;
  name: string;
  provinceCode: string;
};

export type TrainerTrainingSubjectInput = {
  startsOn: string;
  trainees: Array<TraineeInput>;
};

export type TransitionHealthTourismCaseInput = {
  accommodationArranged?: boolean | null | undefined;
  action: HealthTourismAction;
  /** scheduleAppointment */
  appointmentAt?: string | null | undefined;
  comment?: string | null | undefined;
  /** scheduleAppointment: approximate cost */
  cost?: MoneyInput | null | undefined;
  documents?: Array<DocumentUploadInput> | null | undefined;
  dryRun?: boolean;
  expectedVersion: number;
  /** forward: the facility. */
  facilityId?: string | number | null | undefined;
  /** arrive: who met the patient. */
  greetedBy?: Greeter | null | undefined;
  guideName?: string | null | undefined;
  id: string | number;
  interpreter?: InterpreterInput | null | undefined;
  /** cancel: why. */
  reason?: string | null | undefined;
  transferArranged?: boolean | null | undefined;
};

export type TransitionReferralInput = {
  action: ReferralAction;
  comment?: string | null | undefined;
  /** complete: the report to the unit (TP-5). */
  completionReport?: string | null | undefined;
  /** place: the destination. */
  destinationFacilityId?: string | number | null | undefined;
  /** Check the transition and report the outcome; write nothing. */
  dryRun?: boolean;
  expectedVersion: number;
  id: string | number;
  /** reject / cancel: why. */
  reason?: string | null | undefined;
};

export type TransportKind = "AMBULANCE" | "FLIGHT" | "OWN_CAR" | "REGULAR" | "TAXI";

/** REIMB-6: a report for chemotherapy, radiotherapy or dialysis stays valid 3 months. */
export type TreatmentKind = "CHEMOTHERAPY" | "DIALYSIS" | "OTHER" | "RADIOTHERAPY";

/** What happened on the trip, as the claimant declares it. */
export type TripInput = {
  /** The day the patient applied to the referred facility (REIMB-10). */
  applicationDate: string;
  /** Present when a companion travelled. */
  companion?: CompanionInput | null | undefined;
  departureDate: string;
  emergencyTransportDocument?: EmergencyTransportDocumentInput | null | undefined;
  healthBoardReport?: HealthBoardReportInput | null | undefined;
  inpatientDays?: Array<string>;
  onwardReferrals?: Array<OnwardReferralInput>;
  /** Days of outpatient treatment at the referred facility. */
  outpatientDays?: Array<string>;
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

export type TripLeg = "OUTBOUND" | "RETURN";

export type UpdateAppointmentSettingsInput = {
  adequacy?: AdequacySettingsInput | null | undefined;
  confirmation?: ConfirmationSettingsInput | null | undefined;
  noShowPenalty?: NoShowPenaltySettingsInput | null | undefined;
};

/** Changes to a facility; omitted fields stay as they are. */
export type UpdateFacilityInput = {
  /** The complete new bed capacity list. */
  bedCapacities?: Array<BedCapacityInput> | null | undefined;
  /** The complete new clinic list. */
  clinics?: Array<string> | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  hasHealthTourismUnit?: boolean | null | undefined;
  id: string | number;
  location?: GeoPointInput | null | undefined;
  name?: string | null | undefined;
};

/** Changes to a patient's personal data; omitted fields stay as they are. */
export type UpdatePatientInput = {
  cancerPatient?: boolean | null | undefined;
  contact?: ContactInput | null | undefined;
  expectedVersion: number;
  familyName?: string | null | undefined;
  givenName?: string | null | undefined;
  guardian?: GuardianInput | null | undefined;
  id: string | number;
  preferredLanguage?: string | null | undefined;
};

export type UpdateReimbursementSettingsInput = {
  travelAndDailyBusinessDays?: number | null | undefined;
  treatmentBusinessDays?: number | null | undefined;
};

export type UpdateWebhookSubscriptionInput = {
  /** false pauses the subscription. */
  active?: boolean | null | undefined;
  description?: string | null | undefined;
  eventTypes?: Array<string> | null | undefined;
  expectedVersion: number;
  id: string | number;
  url?: string | null | undefined;
};

export type VisaStatus = "APPLIED" | "ISSUED" | "NOT_STARTED" | "REFUSED";

export type WebhookDeliveryFilter = {
  status?: WebhookDeliveryStatus | null | undefined;
  subscriptionId?: string | number | null | undefined;
};

/** PENDING until the receiver answers 2xx (DELIVERED) or the attempts run out (FAILED). */
export type WebhookDeliveryStatus = "DELIVERED" | "FAILED" | "PENDING";

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
    noShowPenalty: { enabled: boolean; days: number };
    confirmation: { enabled: boolean; deadlineHour: number; preConfirmedWithinDays: number; exemptFromAge: number };
    adequacy: { minWeeklyCapacityPerPhysician: number };
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

export type ApprovalTemplatesQueryVariables = Exact<{ [key: string]: never }>;

export type ApprovalTemplatesQuery = {
  approvalTemplates: Array<{
    code: string;
    nameTr: string;
    nameEn: string;
    subjectKind: ApprovalSubjectKind;
    steps: Array<{ index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string }>;
  }>;
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
        template: { code: string; nameTr: string; nameEn: string };
        currentStep: { index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string } | null;
        subject:
          | {
              __typename: "InformationRequestSubject";
              organisation: InternationalOrganisation;
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
            }
          | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
          | { __typename: "ReportSubject"; period: string; summary: string }
          | {
              __typename: "TrainerTrainingSubject";
              startsOn: string;
              trainees: Array<{ name: string; institution: string; provinceCode: string }>;
            };
        history: Array<{
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
    template: { code: string; nameTr: string; nameEn: string };
    currentStep: { index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string } | null;
    subject:
      | {
          __typename: "InformationRequestSubject";
          organisation: InternationalOrganisation;
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
        }
      | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
      | { __typename: "ReportSubject"; period: string; summary: string }
      | {
          __typename: "TrainerTrainingSubject";
          startsOn: string;
          trainees: Array<{ name: string; institution: string; provinceCode: string }>;
        };
    history: Array<{
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
      template: { code: string; nameTr: string; nameEn: string };
      currentStep: { index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string } | null;
      subject:
        | {
            __typename: "InformationRequestSubject";
            organisation: InternationalOrganisation;
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
          }
        | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
        | { __typename: "ReportSubject"; period: string; summary: string }
        | {
            __typename: "TrainerTrainingSubject";
            startsOn: string;
            trainees: Array<{ name: string; institution: string; provinceCode: string }>;
          };
      history: Array<{
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
      template: { code: string; nameTr: string; nameEn: string };
      currentStep: { index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string } | null;
      subject:
        | {
            __typename: "InformationRequestSubject";
            organisation: InternationalOrganisation;
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
          }
        | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
        | { __typename: "ReportSubject"; period: string; summary: string }
        | {
            __typename: "TrainerTrainingSubject";
            startsOn: string;
            trainees: Array<{ name: string; institution: string; provinceCode: string }>;
          };
      history: Array<{
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
      template: { code: string; nameTr: string; nameEn: string };
      currentStep: { index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string } | null;
      subject:
        | {
            __typename: "InformationRequestSubject";
            organisation: InternationalOrganisation;
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
          }
        | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
        | { __typename: "ReportSubject"; period: string; summary: string }
        | {
            __typename: "TrainerTrainingSubject";
            startsOn: string;
            trainees: Array<{ name: string; institution: string; provinceCode: string }>;
          };
      history: Array<{
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
  noShowPenalty: { enabled: boolean; days: number };
  confirmation: { enabled: boolean; deadlineHour: number; preConfirmedWithinDays: number; exemptFromAge: number };
  adequacy: { minWeeklyCapacityPerPhysician: number };
};

export type ApprovalStepFieldsFragment = { index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string };

export type ApprovalFieldsFragment = {
  id: string;
  title: string;
  status: ApprovalStatus;
  revision: number;
  version: number;
  preparerRole: string;
  createdAt: string;
  completedAt: string | null;
  template: { code: string; nameTr: string; nameEn: string };
  currentStep: { index: number; kind: ApprovalStepKind; role: string; labelTr: string; labelEn: string } | null;
  subject:
    | {
        __typename: "InformationRequestSubject";
        organisation: InternationalOrganisation;
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
      }
    | { __typename: "PublicationSubject"; publicationTitle: string; summary: string }
    | { __typename: "ReportSubject"; period: string; summary: string }
    | {
        __typename: "TrainerTrainingSubject";
        startsOn: string;
        trainees: Array<{ name: string; institution: string; provinceCode: string }>;
      };
  history: Array<{
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
    fromStatus: HealthTourismStatus | null;
    toStatus: HealthTourismStatus;
    action: string;
    role: string;
    comment: string | null;
    documentIds: Array<string>;
    at: string;
  }>;
};

export type HealthTourismCasesQueryVariables = Exact<{ [key: string]: never }>;

export type HealthTourismCasesQuery = {
  healthTourismCases: Array<{
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
      fromStatus: HealthTourismStatus | null;
      toStatus: HealthTourismStatus;
      action: string;
      role: string;
      comment: string | null;
      documentIds: Array<string>;
      at: string;
    }>;
  }>;
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
      fromStatus: HealthTourismStatus | null;
      toStatus: HealthTourismStatus;
      action: string;
      role: string;
      comment: string | null;
      documentIds: Array<string>;
      at: string;
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
        fromStatus: HealthTourismStatus | null;
        toStatus: HealthTourismStatus;
        action: string;
        role: string;
        comment: string | null;
        documentIds: Array<string>;
        at: string;
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
        fromStatus: HealthTourismStatus | null;
        toStatus: HealthTourismStatus;
        action: string;
        role: string;
        comment: string | null;
        documentIds: Array<string>;
        at: string;
      }>;
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
}>;

export type AttachmentRequestsQuery = {
  attachmentRequests: Array<{
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
  }>;
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
  iin: string;
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
  iin: string;
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
    fromStatus: ReferralStatus | null;
    toStatus: ReferralStatus;
    action: string;
    role: string;
    comment: string | null;
    at: string;
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
          fromStatus: ReferralStatus | null;
          toStatus: ReferralStatus;
          action: string;
          role: string;
          comment: string | null;
          at: string;
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
      fromStatus: ReferralStatus | null;
      toStatus: ReferralStatus;
      action: string;
      role: string;
      comment: string | null;
      at: string;
    }>;
  };
};

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;

export type CreateReferralMutation = {
  createReferral: {
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
        fromStatus: ReferralStatus | null;
        toStatus: ReferralStatus;
        action: string;
        role: string;
        comment: string | null;
        at: string;
      }>;
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
        fromStatus: ReferralStatus | null;
        toStatus: ReferralStatus;
        action: string;
        role: string;
        comment: string | null;
        at: string;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type OpenBedSearchesQueryVariables = Exact<{ [key: string]: never }>;

export type OpenBedSearchesQuery = {
  openBedSearches: Array<{
    id: string;
    bedType: BedType;
    provinceCode: string;
    level: SearchLevel;
    status: SearchStatus;
    version: number;
    reservedFacility: { id: string; code: string; name: string } | null;
    levels: Array<{ level: SearchLevel; startedAt: string; endedAt: string | null; outcome: string | null }>;
    referral: { id: string; status: ReferralStatus };
  }>;
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
      referral: { id: string; status: ReferralStatus };
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ReimbursementStatementFieldsFragment = {
  eligible: boolean;
  actualDistanceKm: number;
  paidDistanceKm: number;
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
    fromStatus: ReimbursementClaimStatus | null;
    toStatus: ReimbursementClaimStatus;
    action: string;
    role: string;
    clientId: string;
    comment: string | null;
    at: string;
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
      fromStatus: ReimbursementClaimStatus | null;
      toStatus: ReimbursementClaimStatus;
      action: string;
      role: string;
      clientId: string;
      comment: string | null;
      at: string;
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
          fromStatus: ReimbursementClaimStatus | null;
          toStatus: ReimbursementClaimStatus;
          action: string;
          role: string;
          clientId: string;
          comment: string | null;
          at: string;
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

export type ReimbursementSettingsQuery = { reimbursementSettings: { travelAndDailyBusinessDays: number; treatmentBusinessDays: number } };

export type UpdateReimbursementSettingsMutationVariables = Exact<{
  input: UpdateReimbursementSettingsInput;
}>;

export type UpdateReimbursementSettingsMutation = {
  updateReimbursementSettings: { travelAndDailyBusinessDays: number; treatmentBusinessDays: number };
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
        fromStatus: ReimbursementClaimStatus | null;
        toStatus: ReimbursementClaimStatus;
        action: string;
        role: string;
        clientId: string;
        comment: string | null;
        at: string;
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
        fromStatus: ReimbursementClaimStatus | null;
        toStatus: ReimbursementClaimStatus;
        action: string;
        role: string;
        clientId: string;
        comment: string | null;
        at: string;
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
        fromStatus: ReimbursementClaimStatus | null;
        toStatus: ReimbursementClaimStatus;
        action: string;
        role: string;
        clientId: string;
        comment: string | null;
        at: string;
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
        fromStatus: ReimbursementClaimStatus | null;
        toStatus: ReimbursementClaimStatus;
        action: string;
        role: string;
        clientId: string;
        comment: string | null;
        at: string;
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
        fromStatus: ReimbursementClaimStatus | null;
        toStatus: ReimbursementClaimStatus;
        action: string;
        role: string;
        clientId: string;
        comment: string | null;
        at: string;
      }>;
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
  history: Array<{ revision: number; fromStatus: SubmissionStatus; toStatus: SubmissionStatus; comment: string | null; at: string }>;
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
    history: Array<{ revision: number; fromStatus: SubmissionStatus; toStatus: SubmissionStatus; comment: string | null; at: string }>;
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
    history: Array<{ revision: number; fromStatus: SubmissionStatus; toStatus: SubmissionStatus; comment: string | null; at: string }>;
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

export type SetMonthlySubmissionDueDayMutationVariables = Exact<{
  dueDay: number;
}>;

export type SetMonthlySubmissionDueDayMutation = { setMonthlySubmissionDueDay: number };

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
      history: Array<{ revision: number; fromStatus: SubmissionStatus; toStatus: SubmissionStatus; comment: string | null; at: string }>;
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
      history: Array<{ revision: number; fromStatus: SubmissionStatus; toStatus: SubmissionStatus; comment: string | null; at: string }>;
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
      history: Array<{ revision: number; fromStatus: SubmissionStatus; toStatus: SubmissionStatus; comment: string | null; at: string }>;
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
      history: Array<{ revision: number; fromStatus: SubmissionStatus; toStatus: SubmissionStatus; comment: string | null; at: string }>;
    } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string; rule: string | null }>;
  };
};

export type ExportMonthlyConsolidationMutationVariables = Exact<{
  period: string;
  format: ExportFormat;
}>;

export type ExportMonthlyConsolidationMutation = { exportMonthlyConsolidation: { url: string; expiresAt: string } };

export type RecordSubmissionDispatchMutationVariables = Exact<{
  input: RecordSubmissionDispatchInput;
}>;

export type RecordSubmissionDispatchMutation = {
  recordSubmissionDispatch: { id: string; period: string; recipient: string; letterNumber: string; letterDate: string; recordedAt: string };
};

export type EventTypesQueryVariables = Exact<{ [key: string]: never }>;

export type EventTypesQuery = { eventTypes: Array<string> };

export type WebhookSubscriptionsQueryVariables = Exact<{ [key: string]: never }>;

export type WebhookSubscriptionsQuery = {
  webhookSubscriptions: Array<{
    id: string;
    url: string;
    eventTypes: Array<string>;
    active: boolean;
    description: string | null;
    createdAt: string;
    version: number;
  }>;
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
  id: string | number;
}>;

export type DeleteWebhookSubscriptionMutation = {
  deleteWebhookSubscription: {
    id: string;
    url: string;
    eventTypes: Array<string>;
    active: boolean;
    description: string | null;
    createdAt: string;
    version: number;
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
}
    `,
  { fragmentName: "ApprovalStepFields" },
) as unknown as TypedDocumentString<ApprovalStepFieldsFragment, unknown>;
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
  template {
    code
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
    }
  }
  history {
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
    fromStatus
    toStatus
    action
    role
    comment
    documentIds
    at
  }
}
    `,
  { fragmentName: "HealthTourismCaseFields" },
) as unknown as TypedDocumentString<HealthTourismCaseFieldsFragment, unknown>;
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
    fromStatus
    toStatus
    action
    role
    comment
    at
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
    fromStatus
    toStatus
    action
    role
    clientId
    comment
    at
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
    fromStatus
    toStatus
    comment
    at
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
    fromStatus
    toStatus
    comment
    at
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
}`) as unknown as TypedDocumentString<AppointmentSettingsQuery, AppointmentSettingsQueryVariables>;
export const UpdateAppointmentSettingsDocument = new TypedDocumentString(`
    mutation UpdateAppointmentSettings($input: UpdateAppointmentSettingsInput!) {
  updateAppointmentSettings(input: $input) {
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
    query ApprovalTemplates {
  approvalTemplates {
    code
    nameTr
    nameEn
    subjectKind
    steps {
      ...ApprovalStepFields
    }
  }
}
    fragment ApprovalStepFields on ApprovalStep {
  index
  kind
  role
  labelTr
  labelEn
}`) as unknown as TypedDocumentString<ApprovalTemplatesQuery, ApprovalTemplatesQueryVariables>;
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
  template {
    code
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
    }
  }
  history {
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
  template {
    code
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
    }
  }
  history {
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
  template {
    code
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
    }
  }
  history {
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
  template {
    code
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
    }
  }
  history {
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
  template {
    code
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
    }
  }
  history {
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
    query HealthTourismCases {
  healthTourismCases {
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
    fromStatus
    toStatus
    action
    role
    comment
    documentIds
    at
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
    fromStatus
    toStatus
    action
    role
    comment
    documentIds
    at
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
    fromStatus
    toStatus
    action
    role
    comment
    documentIds
    at
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
    fromStatus
    toStatus
    action
    role
    comment
    documentIds
    at
  }
}`) as unknown as TypedDocumentString<TransitionHealthTourismCaseMutation, TransitionHealthTourismCaseMutationVariables>;
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
    query AttachmentRequests($organisationCode: String!, $overdueOnly: Boolean) {
  attachmentRequests(
    organisationCode: $organisationCode
    overdueOnly: $overdueOnly
  ) {
    ...AttachmentRequestFields
  }
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
    query Attachment($iin: String!) {
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
    query GuaranteedVolume($iin: String!, $date: LocalDate!) {
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
    fromStatus
    toStatus
    action
    role
    comment
    at
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
    fromStatus
    toStatus
    action
    role
    comment
    at
  }
}`) as unknown as TypedDocumentString<ReferralQuery, ReferralQueryVariables>;
export const CreateReferralDocument = new TypedDocumentString(`
    mutation CreateReferral($input: CreateReferralInput!) {
  createReferral(input: $input) {
    referral {
      ...ReferralFields
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
    fromStatus
    toStatus
    action
    role
    comment
    at
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
    fromStatus
    toStatus
    action
    role
    comment
    at
  }
}`) as unknown as TypedDocumentString<TransitionReferralMutation, TransitionReferralMutationVariables>;
export const OpenBedSearchesDocument = new TypedDocumentString(`
    query OpenBedSearches {
  openBedSearches {
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
    fromStatus
    toStatus
    action
    role
    clientId
    comment
    at
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
    fromStatus
    toStatus
    action
    role
    clientId
    comment
    at
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
  }
}
    `) as unknown as TypedDocumentString<ReimbursementSettingsQuery, ReimbursementSettingsQueryVariables>;
export const UpdateReimbursementSettingsDocument = new TypedDocumentString(`
    mutation UpdateReimbursementSettings($input: UpdateReimbursementSettingsInput!) {
  updateReimbursementSettings(input: $input) {
    travelAndDailyBusinessDays
    treatmentBusinessDays
  }
}
    `) as unknown as TypedDocumentString<UpdateReimbursementSettingsMutation, UpdateReimbursementSettingsMutationVariables>;
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
    fromStatus
    toStatus
    action
    role
    clientId
    comment
    at
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
    fromStatus
    toStatus
    action
    role
    clientId
    comment
    at
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
    fromStatus
    toStatus
    action
    role
    clientId
    comment
    at
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
    fromStatus
    toStatus
    action
    role
    clientId
    comment
    at
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
    fromStatus
    toStatus
    action
    role
    clientId
    comment
    at
  }
}`) as unknown as TypedDocumentString<RecordReimbursementPaymentMutation, RecordReimbursementPaymentMutationVariables>;
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
    fromStatus
    toStatus
    comment
    at
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
export const SetMonthlySubmissionDueDayDocument = new TypedDocumentString(`
    mutation SetMonthlySubmissionDueDay($dueDay: Int!) {
  setMonthlySubmissionDueDay(dueDay: $dueDay)
}
    `) as unknown as TypedDocumentString<SetMonthlySubmissionDueDayMutation, SetMonthlySubmissionDueDayMutationVariables>;
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
    fromStatus
    toStatus
    comment
    at
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
    fromStatus
    toStatus
    comment
    at
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
    fromStatus
    toStatus
    comment
    at
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
    fromStatus
    toStatus
    comment
    at
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
    mutation ExportMonthlyConsolidation($period: String!, $format: ExportFormat!) {
  exportMonthlyConsolidation(period: $period, format: $format) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ExportMonthlyConsolidationMutation, ExportMonthlyConsolidationMutationVariables>;
export const RecordSubmissionDispatchDocument = new TypedDocumentString(`
    mutation RecordSubmissionDispatch($input: RecordSubmissionDispatchInput!) {
  recordSubmissionDispatch(input: $input) {
    id
    period
    recipient
    letterNumber
    letterDate
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<RecordSubmissionDispatchMutation, RecordSubmissionDispatchMutationVariables>;
export const EventTypesDocument = new TypedDocumentString(`
    query EventTypes {
  eventTypes
}
    `) as unknown as TypedDocumentString<EventTypesQuery, EventTypesQueryVariables>;
export const WebhookSubscriptionsDocument = new TypedDocumentString(`
    query WebhookSubscriptions {
  webhookSubscriptions {
    ...WebhookSubscriptionFields
  }
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
    mutation DeleteWebhookSubscription($id: ID!) {
  deleteWebhookSubscription(id: $id) {
    ...WebhookSubscriptionFields
  }
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
