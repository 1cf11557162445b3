/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string };
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown> };
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string };
};

export type AcceptMonthlySubmissionInput = {
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
};

export type AccessLogConnection = {
  __typename?: "AccessLogConnection";
  edges: Array<AccessLogEntryEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One read or write of a patient's personal data (KVKK). */
export type AccessLogEntry = {
  __typename?: "AccessLogEntry";
  /** What was done, e.g. patient.read, patient.update. */
  action: Scalars["String"]["output"];
  at: Scalars["DateTimeISO"]["output"];
  /** Why it was allowed: NATIONAL_SCOPE, SELF, CARE_LINK:<source>:<id>, REGISTERING_FACILITY:<id>. */
  basis: Scalars["String"]["output"];
  clientId: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
  /** GraphQL operation name, if the client gave one. */
  operation: Scalars["String"]["output"];
  /** Global ID of the patient. */
  patientId: Scalars["ID"]["output"];
  requestId?: Maybe<Scalars["String"]["output"]>;
  role: Scalars["String"]["output"];
};

export type AccessLogEntryEdge = {
  __typename?: "AccessLogEntryEdge";
  cursor: Scalars["String"]["output"];
  node: AccessLogEntry;
};

export type AccessLogFilter = {
  clientId?: InputMaybe<Scalars["String"]["input"]>;
  from?: InputMaybe<Scalars["DateTimeISO"]["input"]>;
  patientId?: InputMaybe<Scalars["ID"]["input"]>;
  to?: InputMaybe<Scalars["DateTimeISO"]["input"]>;
};

export type AddPatientIdentifierInput = {
  expectedVersion: Scalars["Int"]["input"];
  identifier: IdentifierInput;
  patientId: Scalars["ID"]["input"];
};

export type AdequacyReason = "LOW_CAPACITY" | "MISSING_SCHEDULES";

export type AdequacySettings = {
  __typename?: "AdequacySettings";
  minWeeklyCapacityPerPhysician: Scalars["Int"]["output"];
};

export type AdequacySettingsInput = {
  minWeeklyCapacityPerPhysician?: InputMaybe<Scalars["Int"]["input"]>;
};

export type Appointment = Node & {
  __typename?: "Appointment";
  bookedAt: Scalars["DateTimeISO"]["output"];
  bookingSessionId?: Maybe<Scalars["String"]["output"]>;
  cancelReason?: Maybe<Scalars["String"]["output"]>;
  cancelledAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  channel: BookingChannel;
  clinic: Clinic;
  /** APPT-9: confirm by then, or it is cancelled; null when no confirmation is needed. */
  confirmBy?: Maybe<Scalars["DateTimeISO"]["output"]>;
  confirmedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** The appointment's day in Europe/Istanbul. */
  day: Scalars["LocalDate"]["output"];
  facility: Facility;
  id: Scalars["ID"]["output"];
  /** Personal data, authorised and logged like every patient read: null with a FORBIDDEN error once your access has ended (PAT-3). */
  patient?: Maybe<Patient>;
  physician: Physician;
  slot: Slot;
  startsAt: Scalars["DateTimeISO"]["output"];
  status: AppointmentStatus;
  version: Scalars["Int"]["output"];
};

export type AppointmentConnection = {
  __typename?: "AppointmentConnection";
  edges: Array<AppointmentEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

export type AppointmentEdge = {
  __typename?: "AppointmentEdge";
  cursor: Scalars["String"]["output"];
  node: Appointment;
};

export type AppointmentFilter = {
  facilityId?: InputMaybe<Scalars["ID"]["input"]>;
  from?: InputMaybe<Scalars["DateTimeISO"]["input"]>;
  patientId?: InputMaybe<Scalars["ID"]["input"]>;
  status?: InputMaybe<AppointmentStatus>;
  to?: InputMaybe<Scalars["DateTimeISO"]["input"]>;
};

export type AppointmentPayload = {
  __typename?: "AppointmentPayload";
  appointment?: Maybe<Appointment>;
  userErrors: Array<UserError>;
};

/** Switchable MHRS rules (APPT-7, APPT-8, APPT-9), kept as data. */
export type AppointmentSettings = {
  __typename?: "AppointmentSettings";
  adequacy: AdequacySettings;
  confirmation: ConfirmationSettings;
  noShowPenalty: NoShowPenaltySettings;
};

/** AUTO_CANCELLED: not confirmed in time (APPT-9), without penalty. */
export type AppointmentStatus = "ATTENDED" | "AUTO_CANCELLED" | "BOOKED" | "CANCELLED" | "NO_SHOW";

export type Approval = Node & {
  __typename?: "Approval";
  completedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  createdAt: Scalars["DateTimeISO"]["output"];
  /** The step waiting for a decision. */
  currentStep?: Maybe<ApprovalStep>;
  history: Array<ApprovalHistoryEntry>;
  id: Scalars["ID"]["output"];
  preparerRole: Scalars["String"]["output"];
  /** Increases with every RETURN and resubmission. */
  revision: Scalars["Int"]["output"];
  status: ApprovalStatus;
  subject: ApprovalSubject;
  template: ApprovalTemplate;
  title: Scalars["String"]["output"];
  version: Scalars["Int"]["output"];
};

export type ApprovalConnection = {
  __typename?: "ApprovalConnection";
  edges: Array<ApprovalEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

export type ApprovalDecisionKind = "APPROVE" | "COMPLETE" | "REJECT" | "RESUBMIT" | "RETURN" | "SIGN" | "SUBMIT";

export type ApprovalEdge = {
  __typename?: "ApprovalEdge";
  cursor: Scalars["String"]["output"];
  node: Approval;
};

export type ApprovalFilter = {
  status?: InputMaybe<ApprovalStatus>;
  templateCode?: InputMaybe<Scalars["String"]["input"]>;
};

/** APR-3: one immutable entry of the history. */
export type ApprovalHistoryEntry = {
  __typename?: "ApprovalHistoryEntry";
  comment: Scalars["String"]["output"];
  decidedAt: Scalars["DateTimeISO"]["output"];
  decidedByClientId: Scalars["String"]["output"];
  decision: ApprovalDecisionKind;
  revision: Scalars["Int"]["output"];
  role: Scalars["String"]["output"];
  stepIndex?: Maybe<Scalars["Int"]["output"]>;
  stepKind?: Maybe<ApprovalStepKind>;
  stepStartedAt: Scalars["DateTimeISO"]["output"];
};

export type ApprovalPayload = {
  __typename?: "ApprovalPayload";
  approval?: Maybe<Approval>;
  userErrors: Array<UserError>;
};

/** RETURNED: back with the preparer for a new revision (APR-3). */
export type ApprovalStatus = "APPROVED" | "IN_PROGRESS" | "REJECTED" | "RETURNED";

export type ApprovalStep = {
  __typename?: "ApprovalStep";
  index: Scalars["Int"]["output"];
  kind: ApprovalStepKind;
  labelEn: Scalars["String"]["output"];
  labelTr: Scalars["String"]["output"];
  /** The role that decides it; PREPARER for the preparing unit's own tasks. */
  role: Scalars["String"]["output"];
};

export type ApprovalStepDuration = {
  __typename?: "ApprovalStepDuration";
  /** Average seconds from the step's start to its decision. */
  averageSeconds: Scalars["Int"]["output"];
  decisions: Scalars["Int"]["output"];
  /** 90th percentile of the same. */
  p90Seconds: Scalars["Int"]["output"];
  stepKind: ApprovalStepKind;
  templateCode: Scalars["String"]["output"];
};

export type ApprovalStepKind = "APPROVAL" | "EXTERNAL" | "NOTIFICATION" | "PREPARATION" | "REVIEW" | "SIGNATURE";

export type ApprovalSubject =
  InformationRequestSubject | OverseasDeploymentSubject | PetitionSubject | PublicationSubject | ReportSubject | TrainerTrainingSubject;

/** Exactly the one field that fits the template's subject kind. */
export type ApprovalSubjectInput = {
  informationRequest?: InputMaybe<InformationRequestSubjectInput>;
  overseasDeployment?: InputMaybe<OverseasDeploymentSubjectInput>;
  petition?: InputMaybe<PetitionSubjectInput>;
  publication?: InputMaybe<PublicationSubjectInput>;
  /** ACTIVITY_REPORT, STRATEGIC_PLAN, INTERNAL_CONTROL_REPORT, ACTION_PLAN */
  report?: InputMaybe<ReportSubjectInput>;
  trainerTraining?: InputMaybe<TrainerTrainingSubjectInput>;
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

/** APR-1: a chain template, kept as data. */
export type ApprovalTemplate = {
  __typename?: "ApprovalTemplate";
  code: Scalars["String"]["output"];
  nameEn: Scalars["String"]["output"];
  nameTr: Scalars["String"]["output"];
  steps: Array<ApprovalStep>;
  subjectKind: ApprovalSubjectKind;
};

export type Attachment = {
  __typename?: "Attachment";
  /** False once the contract has ended. */
  active: Scalars["Boolean"]["output"];
  organisationCode: Scalars["String"]["output"];
  startsOn: Scalars["LocalDate"]["output"];
  /** KZ-9: the contract's end. */
  validUntil: Scalars["LocalDate"]["output"];
};

export type AttachmentRequest = Node & {
  __typename?: "AttachmentRequest";
  applicantRelation: KzApplicantRelation;
  channel: KzRequestChannel;
  decidedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** KZ-7: end of the next business day, Asia/Almaty. */
  decisionDueAt: Scalars["DateTimeISO"]["output"];
  documents: KzRequestDocumentsType;
  filedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  id: Scalars["ID"]["output"];
  /** KZ-8: the attachment notice in the person's e-gov cabinet. */
  noticeNumber?: Maybe<Scalars["String"]["output"]>;
  organisationCode: Scalars["String"]["output"];
  refusalReason?: Maybe<Scalars["String"]["output"]>;
  status: KzRequestStatus;
  submittedAt: Scalars["DateTimeISO"]["output"];
  version: Scalars["Int"]["output"];
};

export type AttachmentRequestPayload = {
  __typename?: "AttachmentRequestPayload";
  request?: Maybe<AttachmentRequest>;
  userErrors: Array<UserError>;
};

export type AttendanceOutcome = "ATTENDED" | "NO_SHOW";

export type BedCapacity = {
  __typename?: "BedCapacity";
  bedType: BedType;
  total: Scalars["Int"]["output"];
};

export type BedCapacityInput = {
  bedType: BedType;
  total: Scalars["Int"]["input"];
};

export type BedSearch = Node & {
  __typename?: "BedSearch";
  bedType: BedType;
  id: Scalars["ID"]["output"];
  /** ER-6: only this level acts. */
  level: SearchLevel;
  /** ER-7: each level's start, end and outcome. */
  levels: Array<BedSearchLevelEntry>;
  provinceCode: Scalars["String"]["output"];
  referral: Referral;
  reservedFacility?: Maybe<Facility>;
  status: SearchStatus;
  version: Scalars["Int"]["output"];
};

export type BedSearchActionInput = {
  comment?: InputMaybe<Scalars["String"]["input"]>;
  expectedVersion: Scalars["Int"]["input"];
  /** offerBed: the facility whose bed is reserved. */
  facilityId?: InputMaybe<Scalars["ID"]["input"]>;
  id: Scalars["ID"]["input"];
};

export type BedSearchLevelEntry = {
  __typename?: "BedSearchLevelEntry";
  endedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  level: SearchLevel;
  outcome?: Maybe<Scalars["String"]["output"]>;
  startedAt: Scalars["DateTimeISO"]["output"];
};

export type BedSearchPayload = {
  __typename?: "BedSearchPayload";
  search?: Maybe<BedSearch>;
  userErrors: Array<UserError>;
};

export type BedType = "BURN" | "GENERAL" | "ICU_ADULT" | "ICU_CORONARY" | "ICU_NEONATAL" | "ICU_PAEDIATRIC" | "PSYCHIATRIC";

export type BookAppointmentInput = {
  /** The ALO 182 call: at most 4 appointments in one (APPT-5). */
  bookingSessionId?: InputMaybe<Scalars["String"]["input"]>;
  channel: BookingChannel;
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  patientId: Scalars["ID"]["input"];
  slotId: Scalars["ID"]["input"];
};

/** PHONE is ALO 182; EGOV an e-government portal. */
export type BookingChannel = "EGOV" | "MOBILE" | "PHONE" | "WEB";

export type CabinClass = "BUSINESS" | "ECONOMY" | "VIP";

export type CancelAppointmentInput = {
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
  /** Required when the facility cancels. */
  reason?: InputMaybe<Scalars["String"]["input"]>;
};

/** REIMB-8: the civil-servant monthly coefficient over a period. */
export type CivilServantCoefficient = {
  __typename?: "CivilServantCoefficient";
  /** Decimal with 6 places, e.g. 0.165786. */
  coefficient: Scalars["String"]["output"];
  validFrom: Scalars["LocalDate"]["output"];
  validUntil: Scalars["LocalDate"]["output"];
};

export type CivilServantCoefficientPayload = {
  __typename?: "CivilServantCoefficientPayload";
  coefficient?: Maybe<CivilServantCoefficient>;
  userErrors: Array<UserError>;
};

/** A clinic or branch (e.g. cardiology, radiotherapy). */
export type Clinic = {
  __typename?: "Clinic";
  code: Scalars["String"]["output"];
  nameEn: Scalars["String"]["output"];
  /** Turkish name as the ministry uses it. */
  nameTr: Scalars["String"]["output"];
};

export type CompanionInput = {
  /** The referral document records that the patient came or stayed with a companion (REIMB-9). */
  recordedOnReferral: Scalars["Boolean"]["input"];
  /** How the companion travelled; the patient's transport when omitted. */
  transport?: InputMaybe<TransportKind>;
};

export type ConfirmAppointmentInput = {
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
};

export type ConfirmationSettings = {
  __typename?: "ConfirmationSettings";
  /** Local hour on the day before by which to confirm. */
  deadlineHour: Scalars["Int"]["output"];
  enabled: Scalars["Boolean"]["output"];
  exemptFromAge: Scalars["Int"]["output"];
  preConfirmedWithinDays: Scalars["Int"]["output"];
};

export type ConfirmationSettingsInput = {
  deadlineHour?: InputMaybe<Scalars["Int"]["input"]>;
  enabled?: InputMaybe<Scalars["Boolean"]["input"]>;
  exemptFromAge?: InputMaybe<Scalars["Int"]["input"]>;
  preConfirmedWithinDays?: InputMaybe<Scalars["Int"]["input"]>;
};

export type Contact = {
  __typename?: "Contact";
  address?: Maybe<Scalars["String"]["output"]>;
  email?: Maybe<Scalars["String"]["output"]>;
  phone?: Maybe<Scalars["String"]["output"]>;
};

export type ContactInput = {
  address?: InputMaybe<Scalars["String"]["input"]>;
  email?: InputMaybe<Scalars["String"]["input"]>;
  phone?: InputMaybe<Scalars["String"]["input"]>;
};

export type CorrectionRowInput = {
  facilityId: Scalars["ID"]["input"];
  metric?: InputMaybe<SubmissionMetric>;
  nationality: TpNationality;
  reason: Scalars["String"]["input"];
};

export type CreateFacilityInput = {
  bedCapacities?: Array<BedCapacityInput>;
  clinics?: Array<Scalars["String"]["input"]>;
  /** Ministry facility code (4 to 12 digits). */
  code: Scalars["String"]["input"];
  countryCode?: Scalars["String"]["input"];
  /** District name within the province. */
  district?: InputMaybe<Scalars["String"]["input"]>;
  hasHealthTourismUnit?: Scalars["Boolean"]["input"];
  /** A retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  kind: FacilityKind;
  location?: InputMaybe<GeoPointInput>;
  name: Scalars["String"]["input"];
  ownership: FacilityOwnership;
  provinceCode?: InputMaybe<Scalars["String"]["input"]>;
  settlementAreaCode?: InputMaybe<Scalars["String"]["input"]>;
};

export type CreateReferralInput = {
  authorisedTransport?: TransportKind;
  clinicCode: Scalars["String"]["input"];
  companionRequired?: Scalars["Boolean"]["input"];
  /** ICD-10, e.g. C50.9 */
  diagnosisIcd10: Scalars["String"]["input"];
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  medicalGrounds: MedicalGrounds;
  originFacilityId: Scalars["ID"]["input"];
  patientId: Scalars["ID"]["input"];
  provision?: InputMaybe<ProvisionInput>;
  requestingPhysician: Scalars["String"]["input"];
  urgency: ReferralUrgency;
};

export type CreateWebhookSubscriptionInput = {
  description?: InputMaybe<Scalars["String"]["input"]>;
  eventTypes: Array<Scalars["String"]["input"]>;
  /** https (plain http only to localhost in development). */
  url: Scalars["String"]["input"];
};

export type CreateWebhookSubscriptionPayload = {
  __typename?: "CreateWebhookSubscriptionPayload";
  /** The signing secret (whsec_…), shown only here: verify every delivery with it (SDK verifyWebhook). */
  secret?: Maybe<Scalars["String"]["output"]>;
  subscription?: Maybe<WebhookSubscription>;
  userErrors: Array<UserError>;
};

export type DecideApprovalStepInput = {
  /** PETITION: the answer sent to the petitioner, with the last step. */
  answer?: InputMaybe<Scalars["String"]["input"]>;
  comment: Scalars["String"]["input"];
  decision: StepDecision;
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
};

export type DecideAttachmentRequestInput = {
  /** true: attach (notice); false: refuse with reasons (KZ-8). */
  attach: Scalars["Boolean"]["input"];
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
  refusalReason?: InputMaybe<Scalars["String"]["input"]>;
};

export type DeploymentDocuments = {
  __typename?: "DeploymentDocuments";
  passport: Scalars["Boolean"]["output"];
  payslip: Scalars["Boolean"]["output"];
  photo: Scalars["Boolean"]["output"];
  workForm: Scalars["Boolean"]["output"];
};

export type DeploymentDocumentsInput = {
  passport: Scalars["Boolean"]["input"];
  payslip: Scalars["Boolean"]["input"];
  photo: Scalars["Boolean"]["input"];
  workForm: Scalars["Boolean"]["input"];
};

/** A district (ilçe) and the settlement area it belongs to. */
export type District = {
  __typename?: "District";
  id: Scalars["ID"]["output"];
  name: Scalars["String"]["output"];
  settlementArea: SettlementArea;
};

export type DocumentUploadInput = {
  /** The file, base64-encoded (at most the configured size). */
  contentBase64: Scalars["String"]["input"];
  kind: HealthTourismDocumentKind;
  mediaType: Scalars["String"]["input"];
  name: Scalars["String"]["input"];
};

/** A workflow transition, as webhooks POST it and subscriptions push it. Personal data is never in it: read the subject through the API. */
export type DomainEvent = {
  __typename?: "DomainEvent";
  /** action, fromStatus, toStatus, version, actorRole and the subject's key facts. */
  data: Scalars["JSONObject"]["output"];
  /** The event's id; the `webhook-id` header. Deduplicate on it: delivery is at least once. */
  id: Scalars["ID"]["output"];
  occurredAt: Scalars["DateTimeISO"]["output"];
  /** The changed object's global ID (node(id:)). */
  subjectId: Scalars["ID"]["output"];
  /** The GraphQL type of the changed object, e.g. Referral. */
  subjectType: Scalars["String"]["output"];
  /** `<subject>.<what happened>`, e.g. referral.accepted (see eventTypes). */
  type: Scalars["String"]["output"];
};

export type DownloadLink = {
  __typename?: "DownloadLink";
  expiresAt: Scalars["DateTimeISO"]["output"];
  url: Scalars["String"]["output"];
};

export type EmergencyTransportDocumentInput = {
  signedByPhysician: Scalars["Boolean"]["input"];
  vehicle: TransportKind;
};

/** KZ-3: may this IIN be employed on the day? */
export type EmploymentEligibility = {
  __typename?: "EmploymentEligibility";
  /** The contracts in force that day. */
  contracts: Array<InsuranceContract>;
  eligible: Scalars["Boolean"]["output"];
  rule: Scalars["String"]["output"];
};

/** CONTRACT_4B (sözleşmeli, 657/4-b) staff are not posted overseas. */
export type EmploymentType = "CONTRACT_4B" | "PERMANENT_PUBLIC";

export type ExportFormat = "CSV" | "XLSX";

/** A health facility, in Türkiye or run by the ministry overseas (FAC-3). */
export type Facility = Node & {
  __typename?: "Facility";
  bedCapacities: Array<BedCapacity>;
  clinics: Array<Clinic>;
  /** Ministry facility code: stable, use it as the business key. */
  code: Scalars["String"]["output"];
  /** ISO 3166-1 alpha-2; other than TR for the overseas hospitals (FAC-3). */
  countryCode: Scalars["String"]["output"];
  district?: Maybe<District>;
  /** Has an International Health Tourism Unit (HT-3). */
  hasHealthTourismUnit: Scalars["Boolean"]["output"];
  id: Scalars["ID"]["output"];
  kind: FacilityKind;
  /** FAC-1: derived from the kind. */
  level: FacilityLevel;
  location?: Maybe<GeoPoint>;
  name: Scalars["String"]["output"];
  ownership: FacilityOwnership;
  province?: Maybe<Province>;
  settlementArea?: Maybe<SettlementArea>;
  /** Increases with every change; pass it as expectedVersion. */
  version: Scalars["Int"]["output"];
};

export type FacilityConnection = {
  __typename?: "FacilityConnection";
  edges: Array<FacilityEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

export type FacilityEdge = {
  __typename?: "FacilityEdge";
  cursor: Scalars["String"]["output"];
  node: Facility;
};

export type FacilityFilter = {
  /** Clinic code the facility must have, e.g. ONCOLOGY. */
  clinic?: InputMaybe<Scalars["String"]["input"]>;
  /** ISO country code; anything but TR lists overseas hospitals. */
  countryCode?: InputMaybe<Scalars["String"]["input"]>;
  hasHealthTourismUnit?: InputMaybe<Scalars["Boolean"]["input"]>;
  kind?: InputMaybe<FacilityKind>;
  level?: InputMaybe<FacilityLevel>;
  /** Province plate code, e.g. "01". */
  provinceCode?: InputMaybe<Scalars["String"]["input"]>;
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

export type FacilityPayload = {
  __typename?: "FacilityPayload";
  facility?: Maybe<Facility>;
  userErrors: Array<UserError>;
};

export type FacilityScheduleAdequacy = {
  __typename?: "FacilityScheduleAdequacy";
  /** Appointment places published for the week. */
  capacity: Scalars["Int"]["output"];
  facility: Facility;
  physicianCount: Scalars["Int"]["output"];
  /** Physicians with no schedule in the week. */
  physiciansWithoutSchedule: Array<Physician>;
  reasons: Array<AdequacyReason>;
  /** Physicians × the configured weekly minimum. */
  requiredCapacity: Scalars["Int"]["output"];
};

export type FileAttachmentRequestInput = {
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
};

export type GeoPoint = {
  __typename?: "GeoPoint";
  latitude: Scalars["Float"]["output"];
  longitude: Scalars["Float"]["output"];
};

export type GeoPointInput = {
  latitude: Scalars["Float"]["input"];
  longitude: Scalars["Float"]["input"];
};

export type Greeter = "HOSPITAL_REPRESENTATIVE" | "UNIT_OFFICER";

export type GuaranteedDisease = {
  __typename?: "GuaranteedDisease";
  code: Scalars["String"]["output"];
  nameEn: Scalars["String"]["output"];
  nameRu: Scalars["String"]["output"];
};

export type GuaranteedService = {
  __typename?: "GuaranteedService";
  diseaseCode: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
  organisationCode: Scalars["String"]["output"];
  providedOn: Scalars["LocalDate"]["output"];
  serviceCode: Scalars["String"]["output"];
};

export type GuaranteedServicePayload = {
  __typename?: "GuaranteedServicePayload";
  service?: Maybe<GuaranteedService>;
  userErrors: Array<UserError>;
};

export type GuaranteedServiceQuota = {
  __typename?: "GuaranteedServiceQuota";
  /** The first day the service can be given again (the day asked about if now). */
  availableOn: Scalars["LocalDate"]["output"];
  code: Scalars["String"]["output"];
  limitCount: Scalars["Int"]["output"];
  nameEn: Scalars["String"]["output"];
  nameRu: Scalars["String"]["output"];
  period: KzQuotaPeriod;
  /** Services given up to the day asked about. */
  used: Scalars["Int"]["output"];
};

/** Legal guardian of a minor (PAT-2). */
export type Guardian = {
  __typename?: "Guardian";
  identifierKind?: Maybe<IdentifierKind>;
  identifierValue?: Maybe<Scalars["String"]["output"]>;
  name: Scalars["String"]["output"];
  phone?: Maybe<Scalars["String"]["output"]>;
  /** e.g. mother, father, court-appointed guardian. */
  relationship: Scalars["String"]["output"];
};

export type GuardianInput = {
  identifier?: InputMaybe<IdentifierInput>;
  name: Scalars["String"]["input"];
  phone?: InputMaybe<Scalars["String"]["input"]>;
  relationship: Scalars["String"]["input"];
};

export type HealthBoardReportInput = {
  issuedOn: Scalars["LocalDate"]["input"];
  statesDisease: Scalars["Boolean"]["input"];
  statesWhyRegularTransportImpossible: Scalars["Boolean"]["input"];
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

export type HealthTourismCase = Node & {
  __typename?: "HealthTourismCase";
  accommodationArranged: Scalars["Boolean"]["output"];
  accommodationRequested: Scalars["Boolean"]["output"];
  appointmentAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  channel: HealthTourismChannel;
  /** HT-4: the approximate cost. */
  cost?: Maybe<Money>;
  documents: Array<HealthTourismDocument>;
  facility?: Maybe<Facility>;
  guideName?: Maybe<Scalars["String"]["output"]>;
  history: Array<HealthTourismHistoryEntry>;
  id: Scalars["ID"]["output"];
  interpreterLanguage?: Maybe<Scalars["String"]["output"]>;
  interpreterName?: Maybe<Scalars["String"]["output"]>;
  patient?: Maybe<Patient>;
  programme: HealthTourismProgramme;
  status: HealthTourismStatus;
  transferArranged: Scalars["Boolean"]["output"];
  transferRequested: Scalars["Boolean"]["output"];
  version: Scalars["Int"]["output"];
};

export type HealthTourismCasePayload = {
  __typename?: "HealthTourismCasePayload";
  case?: Maybe<HealthTourismCase>;
  userErrors: Array<UserError>;
  wouldBecome?: Maybe<HealthTourismStatus>;
};

export type HealthTourismChannel = "EMAIL" | "OFFICIAL_LETTER" | "PHONE";

export type HealthTourismDocument = {
  __typename?: "HealthTourismDocument";
  id: Scalars["ID"]["output"];
  kind: HealthTourismDocumentKind;
  mediaType: Scalars["String"]["output"];
  name: Scalars["String"]["output"];
  sha256: Scalars["String"]["output"];
  size: Scalars["Int"]["output"];
  uploadedAt: Scalars["DateTimeISO"]["output"];
};

export type HealthTourismDocumentKind = "EPICRISIS_FORM" | "MEDICAL_REPORT" | "OTHER" | "SERVICE_STATEMENT";

export type HealthTourismHistoryEntry = {
  __typename?: "HealthTourismHistoryEntry";
  action: Scalars["String"]["output"];
  at: Scalars["DateTimeISO"]["output"];
  comment?: Maybe<Scalars["String"]["output"]>;
  /** HT-8: documents attached in this step. */
  documentIds: Array<Scalars["ID"]["output"]>;
  fromStatus?: Maybe<HealthTourismStatus>;
  role: Scalars["String"]["output"];
  toStatus: HealthTourismStatus;
};

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
  issuingCountry?: InputMaybe<Scalars["String"]["input"]>;
  kind: IdentifierKind;
  value: Scalars["String"]["input"];
};

/** TCKN, YKN (foreigner's Turkish ID, 99…) and TEMPORARY_PROTECTION follow ID-1; IIN follows ID-2; PASSPORT ID-3. */
export type IdentifierKind = "IIN" | "PASSPORT" | "TCKN" | "TEMPORARY_PROTECTION" | "YKN";

export type InformationRequestSubject = {
  __typename?: "InformationRequestSubject";
  dueOn: Scalars["LocalDate"]["output"];
  organisation: InternationalOrganisation;
  reference: Scalars["String"]["output"];
  summary: Scalars["String"]["output"];
};

export type InformationRequestSubjectInput = {
  dueOn: Scalars["LocalDate"]["input"];
  organisation: InternationalOrganisation;
  reference: Scalars["String"]["input"];
  summary: Scalars["String"]["input"];
};

export type InsuranceContract = Node & {
  __typename?: "InsuranceContract";
  endsOn: Scalars["LocalDate"]["output"];
  id: Scalars["ID"]["output"];
  insuredIin: Scalars["String"]["output"];
  insurerCode: Scalars["String"]["output"];
  kind: KzCoverageKind;
  number: Scalars["String"]["output"];
  startsOn: Scalars["LocalDate"]["output"];
};

export type InsuranceContractPayload = {
  __typename?: "InsuranceContractPayload";
  contract?: Maybe<InsuranceContract>;
  userErrors: Array<UserError>;
};

export type InternationalOrganisation = "EU" | "OECD" | "WHO";

export type InterpreterInput = {
  /** ISO 639-1 */
  language: Scalars["String"]["input"];
  name: Scalars["String"]["input"];
};

export type KzApplicantRelation = "FAMILY_MEMBER" | "LEGAL_REPRESENTATIVE" | "SELF";

/** VHI: voluntary (ДМС) with a private insurer; OSMS: compulsory social health insurance. */
export type KzCoverageKind = "OSMS" | "VHI";

/** CALENDAR_YEAR counts per calendar year; SIX_MONTHS means 6 months after the previous one. */
export type KzQuotaPeriod = "CALENDAR_YEAR" | "SIX_MONTHS";

export type KzRequestChannel = "EGOV_PORTAL" | "IN_PERSON";

export type KzRequestDocumentsInput = {
  identityDocument?: Scalars["Boolean"]["input"];
  insuranceContract?: Scalars["Boolean"]["input"];
  legalRepresentativeIdentity?: Scalars["Boolean"]["input"];
  writtenConsent?: Scalars["Boolean"]["input"];
};

export type KzRequestDocumentsType = {
  __typename?: "KzRequestDocumentsType";
  identityDocument: Scalars["Boolean"]["output"];
  insuranceContract: Scalars["Boolean"]["output"];
  legalRepresentativeIdentity: Scalars["Boolean"]["output"];
  writtenConsent: Scalars["Boolean"]["output"];
};

export type KzRequestStatus = "ATTACHED" | "FILED" | "REFUSED" | "SUBMITTED";

export type MedicalGrounds = "CANCER" | "EMERGENCY" | "LIMB_TRANSPLANT" | "OCCUPATIONAL_DISEASE" | "ORGAN_TISSUE_TRANSPLANT" | "OTHER";

export type MetricChange = {
  __typename?: "MetricChange";
  change?: Maybe<Scalars["Int"]["output"]>;
  metric: SubmissionMetric;
  /** Null when the previous period has no accepted data. */
  previousValue?: Maybe<Scalars["Int"]["output"]>;
  value: Scalars["Int"]["output"];
};

export type Money = {
  __typename?: "Money";
  /** Minor units (kuruş, cent). */
  amountMinor: Scalars["Int"]["output"];
  /** ISO 4217 */
  currency: Scalars["String"]["output"];
};

export type MoneyInput = {
  amountMinor: Scalars["Int"]["input"];
  currency: Scalars["String"]["input"];
};

/** MDS-2: a province's data for one month. */
export type MonthlySubmission = Node & {
  __typename?: "MonthlySubmission";
  acceptedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  corrections: Array<SubmissionCorrection>;
  history: Array<SubmissionEvent>;
  id: Scalars["ID"]["output"];
  /** The reporting month, YYYY-MM. */
  period: Scalars["String"]["output"];
  province: Province;
  /** Every correction request opens a new revision; earlier ones stay readable. */
  revision: Scalars["Int"]["output"];
  /** The rows of a revision (default: the current one). */
  rows: Array<MonthlySubmissionRow>;
  status: SubmissionStatus;
  submittedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  version: Scalars["Int"]["output"];
};

/** MDS-2: a province's data for one month. */
export type MonthlySubmissionRowsArgs = {
  revision?: InputMaybe<Scalars["Int"]["input"]>;
};

export type MonthlySubmissionPayload = {
  __typename?: "MonthlySubmissionPayload";
  submission?: Maybe<MonthlySubmission>;
  userErrors: Array<UserError>;
};

export type MonthlySubmissionRow = {
  __typename?: "MonthlySubmissionRow";
  births: Scalars["Int"]["output"];
  emergencyVisits: Scalars["Int"]["output"];
  facility: Facility;
  inpatientAdmissions: Scalars["Int"]["output"];
  intensiveCareAdmissions: Scalars["Int"]["output"];
  nationality: TpNationality;
  outpatientVisits: Scalars["Int"]["output"];
  referralsOut: Scalars["Int"]["output"];
  surgeries: Scalars["Int"]["output"];
};

export type MonthlySubmissionRowInput = {
  births: Scalars["Int"]["input"];
  emergencyVisits: Scalars["Int"]["input"];
  facilityId: Scalars["ID"]["input"];
  inpatientAdmissions: Scalars["Int"]["input"];
  intensiveCareAdmissions: Scalars["Int"]["input"];
  nationality: TpNationality;
  outpatientVisits: Scalars["Int"]["input"];
  referralsOut: Scalars["Int"]["input"];
  surgeries: Scalars["Int"]["input"];
};

export type Mutation = {
  __typename?: "Mutation";
  acceptMonthlySubmission: MonthlySubmissionPayload;
  addPatientIdentifier: PatientPayload;
  approveReimbursementClaim: ReimbursementClaimPayload;
  /** Books a slot for a patient under APPT-1..6 and APPT-8. */
  bookAppointment: AppointmentPayload;
  /** Calculates the claim again from its facts and today's reference tables. */
  calculateReimbursementClaim: ReimbursementClaimPayload;
  /** Cancels; a patient at least 80 minutes before the start (APPT-2). The slot is free again. */
  cancelAppointment: AppointmentPayload;
  /** ER-5: 112 performs the transfer; the search closes. */
  completeBedTransfer: BedSearchPayload;
  /** Confirms before the APPT-9 deadline. */
  confirmAppointment: AppointmentPayload;
  createFacility: FacilityPayload;
  /** The origin facility refers a patient (TP-1 for temporary protection). */
  createReferral: ReferralPayload;
  /** POSTs the named events your client may see to the URL, signed (Standard Webhooks); the secret is returned once. */
  createWebhookSubscription: CreateWebhookSubscriptionPayload;
  /** The holder of the current step's role decides it (APR-2); a second decision gets CONFLICT (APR-4). */
  decideApprovalStep: ApprovalPayload;
  /** KZ-8: attach with a notice, or refuse with reasons. */
  decideAttachmentRequest: AttachmentRequestPayload;
  /** Removes the subscription and its delivery log. */
  deleteWebhookSubscription: WebhookSubscription;
  /** ER-3/ER-4: hands the search to the next level. */
  escalateBedSearch: BedSearchPayload;
  /** MDS-5: a link (valid 5 minutes) to the consolidated period as CSV or Excel. */
  exportMonthlyConsolidation: DownloadLink;
  /** KZ-6: filed into the Register of Attached Population. */
  fileAttachmentRequest: AttachmentRequestPayload;
  /** ER-6: the holding level reserves a free bed, atomically. */
  offerBed: BedSearchPayload;
  /** HT-1: an inquiry received by letter, e-mail or phone. */
  openHealthTourismCase: HealthTourismCasePayload;
  /** Publishes a physician's work schedule (çalışma cetveli) for a day and creates its slots. */
  publishSchedule: PublishSchedulePayload;
  /** The facility records ATTENDED or NO_SHOW (a no-show starts APPT-8's penalty). */
  recordAttendance: AppointmentPayload;
  /** KZ-13/KZ-14: records a free service, refused beyond its quota with the date it is available again. */
  recordGuaranteedService: GuaranteedServicePayload;
  /** REIMB-11: the PTT payment of an approved claim. */
  recordReimbursementPayment: ReimbursementClaimPayload;
  /** MDS-6: records the dispatch to HSGM (or another ministry) with its letter. */
  recordSubmissionDispatch: SubmissionDispatch;
  /** Sends a delivery again, from a fresh first attempt (a replay). */
  redeliverWebhook: WebhookDeliveryPayload;
  registerInsuranceContract: InsuranceContractPayload;
  /** Registers a patient with one or more identifiers (ID-1..4, PAT-1, PAT-2). */
  registerPatient: PatientPayload;
  registerPhysician: PhysicianPayload;
  /** Trusts a document for one client, so a client held to trusted documents (an internal frontend) can run its own operations (DOC-1..4, SECURITY.md). Audited: the registration records who, when and in which request. */
  registerTrustedDocument: RegisterTrustedDocumentPayload;
  /** REIMB-11: rejects with the failing rule IDs. */
  rejectReimbursementClaim: ReimbursementClaimPayload;
  /** MDS-3: marks rows with reasons and sends the submission back to the province. */
  requestSubmissionCorrection: MonthlySubmissionPayload;
  /** After a RETURN, the preparing unit resubmits: a new revision (APR-3). */
  resubmitApproval: ApprovalPayload;
  /** Saves the province's rows for the month, all or nothing (MDS-2). */
  saveMonthlyDraft: MonthlySubmissionPayload;
  /** REIMB-8: SGK adds a coefficient period. */
  setCivilServantCoefficient: CivilServantCoefficientPayload;
  /** MDS-1: sets the due day (1–28). Coordination unit only. */
  setMonthlySubmissionDueDay: Scalars["Int"]["output"];
  /** Replaces a country's holidays of one year; the coordination unit keeps the calendar. */
  setPublicHolidays: PublicHolidaysPayload;
  /** REIMB-5: SGK adds a regular fare tariff. */
  setRegularFareTariff: RegularFareTariffPayload;
  /** The preparing unit submits a subject into its chain. */
  startApproval: ApprovalPayload;
  /** ER-1: an emergency referral asks for a bed of a type. */
  startBedSearch: BedSearchPayload;
  /** KZ-4, KZ-5, KZ-10, KZ-11: a request to attach to a PHC organisation. */
  submitAttachmentRequest: AttachmentRequestPayload;
  submitMonthlySubmission: MonthlySubmissionPayload;
  /** SGK records a claim from a referral (by post or in person) and calculates it; idempotent. */
  submitReimbursementClaim: ReimbursementClaimPayload;
  /** HT-1..8: one step; errors name the current state and the allowed ones (HT-2); dryRun writes nothing. */
  transitionHealthTourismCase: HealthTourismCasePayload;
  /** REF-2 transitions (place, accept, reject, arrive, complete, cancel, escalate); dryRun writes nothing. */
  transitionReferral: ReferralPayload;
  /** Switches APPT-8/APPT-9 and sets the APPT-7 threshold. MHRS unit only. */
  updateAppointmentSettings: AppointmentSettings;
  updateFacility: FacilityPayload;
  updatePatient: PatientPayload;
  /** REIMB-10's limits; SGK only. */
  updateReimbursementSettings: ReimbursementSettings;
  /** Changes the URL or event types, or pauses (active: false) and resumes. */
  updateWebhookSubscription: WebhookSubscriptionPayload;
};

export type MutationAcceptMonthlySubmissionArgs = {
  input: AcceptMonthlySubmissionInput;
};

export type MutationAddPatientIdentifierArgs = {
  input: AddPatientIdentifierInput;
};

export type MutationApproveReimbursementClaimArgs = {
  input: ReimbursementClaimStepInput;
};

export type MutationBookAppointmentArgs = {
  input: BookAppointmentInput;
};

export type MutationCalculateReimbursementClaimArgs = {
  input: ReimbursementClaimStepInput;
};

export type MutationCancelAppointmentArgs = {
  input: CancelAppointmentInput;
};

export type MutationCompleteBedTransferArgs = {
  input: BedSearchActionInput;
};

export type MutationConfirmAppointmentArgs = {
  input: ConfirmAppointmentInput;
};

export type MutationCreateFacilityArgs = {
  input: CreateFacilityInput;
};

export type MutationCreateReferralArgs = {
  input: CreateReferralInput;
};

export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};

export type MutationDecideApprovalStepArgs = {
  input: DecideApprovalStepInput;
};

export type MutationDecideAttachmentRequestArgs = {
  input: DecideAttachmentRequestInput;
};

export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationEscalateBedSearchArgs = {
  input: BedSearchActionInput;
};

export type MutationExportMonthlyConsolidationArgs = {
  format: ExportFormat;
  period: Scalars["String"]["input"];
};

export type MutationFileAttachmentRequestArgs = {
  input: FileAttachmentRequestInput;
};

export type MutationOfferBedArgs = {
  input: BedSearchActionInput;
};

export type MutationOpenHealthTourismCaseArgs = {
  input: OpenHealthTourismCaseInput;
};

export type MutationPublishScheduleArgs = {
  input: PublishScheduleInput;
};

export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};

export type MutationRecordGuaranteedServiceArgs = {
  input: RecordGuaranteedServiceInput;
};

export type MutationRecordReimbursementPaymentArgs = {
  input: RecordReimbursementPaymentInput;
};

export type MutationRecordSubmissionDispatchArgs = {
  input: RecordSubmissionDispatchInput;
};

export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};

export type MutationRegisterInsuranceContractArgs = {
  input: RegisterInsuranceContractInput;
};

export type MutationRegisterPatientArgs = {
  input: RegisterPatientInput;
};

export type MutationRegisterPhysicianArgs = {
  input: RegisterPhysicianInput;
};

export type MutationRegisterTrustedDocumentArgs = {
  input: RegisterTrustedDocumentInput;
};

export type MutationRejectReimbursementClaimArgs = {
  input: RejectReimbursementClaimInput;
};

export type MutationRequestSubmissionCorrectionArgs = {
  input: RequestSubmissionCorrectionInput;
};

export type MutationResubmitApprovalArgs = {
  input: ResubmitApprovalInput;
};

export type MutationSaveMonthlyDraftArgs = {
  input: SaveMonthlyDraftInput;
};

export type MutationSetCivilServantCoefficientArgs = {
  input: SetCivilServantCoefficientInput;
};

export type MutationSetMonthlySubmissionDueDayArgs = {
  dueDay: Scalars["Int"]["input"];
};

export type MutationSetPublicHolidaysArgs = {
  input: SetPublicHolidaysInput;
};

export type MutationSetRegularFareTariffArgs = {
  input: SetRegularFareTariffInput;
};

export type MutationStartApprovalArgs = {
  input: StartApprovalInput;
};

export type MutationStartBedSearchArgs = {
  input: StartBedSearchInput;
};

export type MutationSubmitAttachmentRequestArgs = {
  input: SubmitAttachmentRequestInput;
};

export type MutationSubmitMonthlySubmissionArgs = {
  input: SubmitMonthlySubmissionInput;
};

export type MutationSubmitReimbursementClaimArgs = {
  input: SubmitReimbursementClaimInput;
};

export type MutationTransitionHealthTourismCaseArgs = {
  input: TransitionHealthTourismCaseInput;
};

export type MutationTransitionReferralArgs = {
  input: TransitionReferralInput;
};

export type MutationUpdateAppointmentSettingsArgs = {
  input: UpdateAppointmentSettingsInput;
};

export type MutationUpdateFacilityArgs = {
  input: UpdateFacilityInput;
};

export type MutationUpdatePatientArgs = {
  input: UpdatePatientInput;
};

export type MutationUpdateReimbursementSettingsArgs = {
  input: UpdateReimbursementSettingsInput;
};

export type MutationUpdateWebhookSubscriptionArgs = {
  input: UpdateWebhookSubscriptionInput;
};

export type NationalityMetricChange = {
  __typename?: "NationalityMetricChange";
  change?: Maybe<Scalars["Int"]["output"]>;
  metric: SubmissionMetric;
  nationality: TpNationality;
  /** Null when the previous period has no accepted data. */
  previousValue?: Maybe<Scalars["Int"]["output"]>;
  value: Scalars["Int"]["output"];
};

export type NoShowPenaltySettings = {
  __typename?: "NoShowPenaltySettings";
  days: Scalars["Int"]["output"];
  enabled: Scalars["Boolean"]["output"];
};

export type NoShowPenaltySettingsInput = {
  days?: InputMaybe<Scalars["Int"]["input"]>;
  enabled?: InputMaybe<Scalars["Boolean"]["input"]>;
};

/** An object with an opaque global ID, fetchable with `node(id:)`. */
export type Node = {
  /** Opaque global ID; do not parse it. */
  id: Scalars["ID"]["output"];
};

export type OnwardReferralInput = {
  /** The hospital the patient was referred on to. */
  facilityId: Scalars["ID"]["input"];
  outpatientDays: Array<Scalars["LocalDate"]["input"]>;
};

export type OpenHealthTourismCaseInput = {
  accommodationRequested?: Scalars["Boolean"]["input"];
  channel: HealthTourismChannel;
  comment?: InputMaybe<Scalars["String"]["input"]>;
  patientId: Scalars["ID"]["input"];
  transferRequested?: Scalars["Boolean"]["input"];
};

export type OverseasDeploymentSubject = {
  __typename?: "OverseasDeploymentSubject";
  applicantName: Scalars["String"]["output"];
  /** ISO country of the posting: SD, SO, BD, SY… */
  countryCode: Scalars["String"]["output"];
  documents: DeploymentDocuments;
  employmentType: EmploymentType;
  postingMonths: Scalars["Int"]["output"];
  /** Tickets and equipment requested. */
  requests: Array<Scalars["String"]["output"]>;
  visaStatus: VisaStatus;
};

export type OverseasDeploymentSubjectInput = {
  applicantName: Scalars["String"]["input"];
  countryCode: Scalars["String"]["input"];
  documents: DeploymentDocumentsInput;
  employmentType: EmploymentType;
  postingMonths: Scalars["Int"]["input"];
  requests?: Array<Scalars["String"]["input"]>;
  visaStatus?: VisaStatus;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: "PageInfo";
  endCursor?: Maybe<Scalars["String"]["output"]>;
  hasNextPage: Scalars["Boolean"]["output"];
  hasPreviousPage: Scalars["Boolean"]["output"];
  startCursor?: Maybe<Scalars["String"]["output"]>;
};

/** A patient. Personal data: every read is authorised (PAT-3) and written to the access log. */
export type Patient = Node & {
  __typename?: "Patient";
  birthDate: Scalars["LocalDate"]["output"];
  /** Under cancer treatment (exempts from appointment confirmation, APPT-9). */
  cancerPatient: Scalars["Boolean"]["output"];
  category: PatientCategory;
  contact: Contact;
  familyName: Scalars["String"]["output"];
  givenName: Scalars["String"]["output"];
  guardian?: Maybe<Guardian>;
  id: Scalars["ID"]["output"];
  identifiers: Array<PatientIdentifier>;
  /** ISO 3166-1 alpha-2. */
  nationality: Scalars["String"]["output"];
  /** ISO 639-1; drives interpreter assignment (HT-6). */
  preferredLanguage: Scalars["String"]["output"];
  /** The facility that registered the patient, if any. */
  registeringFacility?: Maybe<Facility>;
  sex: Sex;
  version: Scalars["Int"]["output"];
};

/** PAT-1. */
export type PatientCategory = "CITIZEN" | "FOREIGN_PROGRAM" | "HEALTH_TOURIST" | "KZ_RESIDENT" | "TEMPORARY_PROTECTION";

export type PatientConnection = {
  __typename?: "PatientConnection";
  edges: Array<PatientEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

export type PatientEdge = {
  __typename?: "PatientEdge";
  cursor: Scalars["String"]["output"];
  node: Patient;
};

export type PatientFilter = {
  category?: InputMaybe<PatientCategory>;
  /** Exact identifier match. */
  identifier?: InputMaybe<IdentifierInput>;
};

export type PatientIdentifier = {
  __typename?: "PatientIdentifier";
  /** Issuing state of a passport (ISO 3166-1 alpha-2). */
  issuingCountry?: Maybe<Scalars["String"]["output"]>;
  kind: IdentifierKind;
  value: Scalars["String"]["output"];
};

export type PatientPayload = {
  __typename?: "PatientPayload";
  patient?: Maybe<Patient>;
  userErrors: Array<UserError>;
};

export type PetitionChannel = "BIMER_CIMER" | "RIGHT_TO_INFORMATION" | "SABIM";

export type PetitionSubject = {
  __typename?: "PetitionSubject";
  /** The answer sent, recorded when the last step completes. */
  answer?: Maybe<Scalars["String"]["output"]>;
  channel: PetitionChannel;
  petitionerName: Scalars["String"]["output"];
  receivedOn: Scalars["LocalDate"]["output"];
  summary: Scalars["String"]["output"];
};

export type PetitionSubjectInput = {
  channel: PetitionChannel;
  petitionerName: Scalars["String"]["input"];
  receivedOn: Scalars["LocalDate"]["input"];
  summary: Scalars["String"]["input"];
};

export type Physician = Node & {
  __typename?: "Physician";
  clinic: Clinic;
  facility: Facility;
  familyName: Scalars["String"]["output"];
  givenName: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
  /** Ministry registry (tescil) number. */
  registryNumber: Scalars["String"]["output"];
  /** e.g. Uzm. Dr., Doç. Dr. */
  title: Scalars["String"]["output"];
};

export type PhysicianConnection = {
  __typename?: "PhysicianConnection";
  edges: Array<PhysicianEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

export type PhysicianEdge = {
  __typename?: "PhysicianEdge";
  cursor: Scalars["String"]["output"];
  node: Physician;
};

export type PhysicianFilter = {
  clinicCode?: InputMaybe<Scalars["String"]["input"]>;
  facilityId: Scalars["ID"]["input"];
};

export type PhysicianPayload = {
  __typename?: "PhysicianPayload";
  physician?: Maybe<Physician>;
  userErrors: Array<UserError>;
};

/** One of Türkiye's 81 provinces (il). */
export type Province = Node & {
  __typename?: "Province";
  /** Licence-plate code, 01 to 81: the ministry's stable key. */
  code: Scalars["String"]["output"];
  districts: Array<District>;
  id: Scalars["ID"]["output"];
  name: Scalars["String"]["output"];
  /** Its settlement areas (municipality areas). */
  settlementAreas: Array<SettlementArea>;
};

export type ProvinceConnection = {
  __typename?: "ProvinceConnection";
  edges: Array<ProvinceEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

export type ProvinceEdge = {
  __typename?: "ProvinceEdge";
  cursor: Scalars["String"]["output"];
  node: Province;
};

export type ProvinceMetricChange = {
  __typename?: "ProvinceMetricChange";
  change?: Maybe<Scalars["Int"]["output"]>;
  metric: SubmissionMetric;
  /** Null when the previous period has no accepted data. */
  previousValue?: Maybe<Scalars["Int"]["output"]>;
  province: Province;
  value: Scalars["Int"]["output"];
};

export type ProvincePeriodStatus = {
  __typename?: "ProvincePeriodStatus";
  /** Past the due day and not handed in (MDS-4). */
  overdue: Scalars["Boolean"]["output"];
  province: Province;
  status: ProvinceSubmissionStatus;
  submittedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
};

export type ProvinceSubmissionStatus = "ACCEPTED" | "CORRECTION_REQUESTED" | "DRAFT" | "NOT_STARTED" | "RESUBMITTED" | "SUBMITTED";

export type ProvisionCheck = {
  __typename?: "ProvisionCheck";
  checkedAt: Scalars["String"]["output"];
  reference: Scalars["String"]["output"];
  valid: Scalars["Boolean"]["output"];
};

export type ProvisionInput = {
  reference: Scalars["String"]["input"];
  valid: Scalars["Boolean"]["input"];
};

/** A public holiday: business-day deadlines skip it (REIMB-10 in TR, KZ-7 in KZ). */
export type PublicHoliday = {
  __typename?: "PublicHoliday";
  countryCode: Scalars["String"]["output"];
  day: Scalars["LocalDate"]["output"];
  name: Scalars["String"]["output"];
};

export type PublicHolidayInput = {
  day: Scalars["LocalDate"]["input"];
  name: Scalars["String"]["input"];
};

export type PublicHolidaysPayload = {
  __typename?: "PublicHolidaysPayload";
  holidays?: Maybe<Array<PublicHoliday>>;
  userErrors: Array<UserError>;
};

export type PublicationSubject = {
  __typename?: "PublicationSubject";
  publicationTitle: Scalars["String"]["output"];
  summary: Scalars["String"]["output"];
};

export type PublicationSubjectInput = {
  publicationTitle: Scalars["String"]["input"];
  summary: Scalars["String"]["input"];
};

export type PublishScheduleInput = {
  capacityPerSlot: Scalars["Int"]["input"];
  /** The day, in Europe/Istanbul. */
  day: Scalars["LocalDate"]["input"];
  /** Local end time, HH:mm. */
  endTime: Scalars["String"]["input"];
  physicianId: Scalars["ID"]["input"];
  slotMinutes: Scalars["Int"]["input"];
  /** Local start time, HH:mm. */
  startTime: Scalars["String"]["input"];
};

export type PublishSchedulePayload = {
  __typename?: "PublishSchedulePayload";
  scheduleId?: Maybe<Scalars["ID"]["output"]>;
  slots: Array<Slot>;
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: "Query";
  /** Who read or changed which patient's personal data, when and why. AUDITOR only. */
  accessLog: AccessLogConnection;
  appointment: Appointment;
  appointmentSettings: AppointmentSettings;
  /** Appointments the caller may see: its facility's, its person's, or all (MHRS unit, auditor). */
  appointments: AppointmentConnection;
  approval: Approval;
  /** Average and p90 time per step kind and template. */
  approvalStepDurations: Array<ApprovalStepDuration>;
  /** APR-1: the approval chain templates. */
  approvalTemplates: Array<ApprovalTemplate>;
  /** Approvals, oldest first; `pendingForMe` lists those whose current step waits for your role. */
  approvals: ApprovalConnection;
  /** A person's attachment to primary care (KZ-9, KZ-12). */
  attachment?: Maybe<Attachment>;
  /** A PHC organisation's attachment requests; overdueOnly: past the one-business-day deadline (KZ-7). */
  attachmentRequests: Array<AttachmentRequest>;
  /** Free slots of a facility clinic, from the next day on (APPT-1); at most 31 days at once. */
  availableSlots: SlotConnection;
  bedSearch: BedSearch;
  /** REIMB-8: the coefficient's validity periods. */
  civilServantCoefficients: Array<CivilServantCoefficient>;
  /** KZ-3: may a foreigner with this IIN be employed on the day (active VHI or OSMS)? */
  employmentEligibility: EmploymentEligibility;
  /** Every event type webhooks and subscriptions deliver, e.g. referral.accepted. */
  eventTypes: Array<Scalars["String"]["output"]>;
  /** Facilities ordered by ministry code, filtered. */
  facilities: FacilityConnection;
  facility: Facility;
  /** A facility by its ministry code. */
  facilityByCode?: Maybe<Facility>;
  /** KZ-13: the 23 diseases dangerous to others. */
  guaranteedDiseases: Array<GuaranteedDisease>;
  /** KZ-14: the free guaranteed volume's quotas for a person on a day. */
  guaranteedVolume: Array<GuaranteedServiceQuota>;
  healthTourismCase: HealthTourismCase;
  /** The unit's cases, or those forwarded to your facility. */
  healthTourismCases: Array<HealthTourismCase>;
  /** MDS-5: national totals of the accepted data. */
  monthlyConsolidation: SubmissionConsolidation;
  monthlyDispatches: Array<SubmissionDispatch>;
  /** A province's submission for a month (default: your own province). */
  monthlySubmission?: Maybe<MonthlySubmission>;
  /** MDS-1: the day of the month submissions are due. */
  monthlySubmissionDueDay: Scalars["Int"]["output"];
  /** MDS-4: every province's status for a period, overdue ones flagged. */
  monthlySubmissionPeriod: SubmissionPeriod;
  /** Any object by its global ID. */
  node?: Maybe<Node>;
  /** Up to 100 objects by global ID, in the order asked. */
  nodes: Array<Maybe<Node>>;
  /** Open searches held by your level (and province). */
  openBedSearches: Array<BedSearch>;
  patient: Patient;
  /** Patients the caller may read (PAT-3): all for national roles, linked ones for a hospital, itself for a portal. */
  patients: PatientConnection;
  /** Physicians of a facility, optionally of one clinic. */
  physicians: PhysicianConnection;
  /** A province by plate code, e.g. "01" for Adana. */
  province: Province;
  /** The 81 provinces, by plate code. */
  provinces: ProvinceConnection;
  /** A country's public holidays in a year: business-day deadlines skip them (REIMB-10, KZ-7). */
  publicHolidays: Array<PublicHoliday>;
  referral: Referral;
  /** Work queues: incoming or outgoing for a hospital; all for the coordination unit. */
  referrals: ReferralConnection;
  /** The documents registered for a client beyond the SDK's operations, oldest first, with who registered each and when (DOC-4). */
  registeredDocuments: Array<RegisteredDocument>;
  /** REIMB-5: the regular fare tariffs by km band. */
  regularFareTariffs: Array<RegularFareTariff>;
  reimbursementClaim: ReimbursementClaim;
  /** SGK's claims (oldest first); a portal's person sees their own. */
  reimbursementClaims: ReimbursementClaimConnection;
  /** What SGK would pay (REIMB-1..10) for a stored referral or explicit facts: an itemised statement; writes nothing. */
  reimbursementQuote: ReimbursementQuote;
  reimbursementSettings: ReimbursementSettings;
  /** APPT-7: facilities short of schedules or capacity in a week (default: next week). */
  scheduleAdequacy: ScheduleAdequacy;
  /** ER-7: average time per level and province. */
  timeToBedReport: Array<TimeToBed>;
  /** The calling client: its id and name, role, scope, query limits, rate limit and trusted-documents mode. */
  viewer: Viewer;
  /** The delivery log of your subscriptions, oldest first (last: n for the newest). */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Your client's webhook subscriptions. */
  webhookSubscriptions: Array<WebhookSubscription>;
};

export type QueryAccessLogArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryAppointmentArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryAppointmentsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<AppointmentFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryApprovalArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryApprovalStepDurationsArgs = {
  templateCode?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryApprovalsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<ApprovalFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
  pendingForMe?: Scalars["Boolean"]["input"];
};

export type QueryAttachmentArgs = {
  iin: Scalars["String"]["input"];
};

export type QueryAttachmentRequestsArgs = {
  organisationCode: Scalars["String"]["input"];
  overdueOnly?: Scalars["Boolean"]["input"];
};

export type QueryAvailableSlotsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  clinicCode: Scalars["String"]["input"];
  facilityId: Scalars["ID"]["input"];
  first?: InputMaybe<Scalars["Int"]["input"]>;
  from: Scalars["DateTimeISO"]["input"];
  last?: InputMaybe<Scalars["Int"]["input"]>;
  to: Scalars["DateTimeISO"]["input"];
};

export type QueryBedSearchArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryEmploymentEligibilityArgs = {
  date: Scalars["LocalDate"]["input"];
  iin: Scalars["String"]["input"];
};

export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryFacilityArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryFacilityByCodeArgs = {
  code: Scalars["String"]["input"];
};

export type QueryGuaranteedVolumeArgs = {
  date: Scalars["LocalDate"]["input"];
  iin: Scalars["String"]["input"];
};

export type QueryHealthTourismCaseArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryMonthlyConsolidationArgs = {
  period: Scalars["String"]["input"];
};

export type QueryMonthlyDispatchesArgs = {
  period: Scalars["String"]["input"];
};

export type QueryMonthlySubmissionArgs = {
  period: Scalars["String"]["input"];
  provinceCode?: InputMaybe<Scalars["String"]["input"]>;
};

export type QueryMonthlySubmissionPeriodArgs = {
  period: Scalars["String"]["input"];
};

export type QueryNodeArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryNodesArgs = {
  ids: Array<Scalars["ID"]["input"]>;
};

export type QueryPatientArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryPatientsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<PatientFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryPhysiciansArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter: PhysicianFilter;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryProvinceArgs = {
  code: Scalars["String"]["input"];
};

export type QueryProvincesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryPublicHolidaysArgs = {
  countryCode?: Scalars["String"]["input"];
  year: Scalars["Int"]["input"];
};

export type QueryReferralArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryReferralsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryRegisteredDocumentsArgs = {
  clientId: Scalars["String"]["input"];
};

export type QueryReimbursementClaimArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryReimbursementClaimsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<ReimbursementClaimFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryReimbursementQuoteArgs = {
  input: ReimbursementQuoteInput;
};

export type QueryScheduleAdequacyArgs = {
  weekStart?: InputMaybe<Scalars["LocalDate"]["input"]>;
};

export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

export type RecordAttendanceInput = {
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
  outcome: AttendanceOutcome;
};

export type RecordGuaranteedServiceInput = {
  diseaseCode: Scalars["String"]["input"];
  personIin: Scalars["String"]["input"];
  providedOn: Scalars["LocalDate"]["input"];
  serviceCode: Scalars["String"]["input"];
};

export type RecordReimbursementPaymentInput = {
  comment?: InputMaybe<Scalars["String"]["input"]>;
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
  paidOn: Scalars["LocalDate"]["input"];
  /** The PTT payment reference. */
  pttReference: Scalars["String"]["input"];
};

export type RecordSubmissionDispatchInput = {
  letterDate: Scalars["LocalDate"]["input"];
  letterNumber: Scalars["String"]["input"];
  period: Scalars["String"]["input"];
  recipient: Scalars["String"]["input"];
};

export type RedeliverWebhookInput = {
  deliveryId: Scalars["ID"]["input"];
};

export type Referral = Node & {
  __typename?: "Referral";
  authorisedTransport: TransportKind;
  clinic: Clinic;
  companionRequired: Scalars["Boolean"]["output"];
  completionReport?: Maybe<Scalars["String"]["output"]>;
  destinationFacility?: Maybe<Facility>;
  diagnosisIcd10: Scalars["String"]["output"];
  history: Array<ReferralHistoryEntry>;
  id: Scalars["ID"]["output"];
  medicalGrounds: MedicalGrounds;
  originFacility: Facility;
  /** Personal data: null with FORBIDDEN once your access has ended (PAT-3). */
  patient?: Maybe<Patient>;
  /** TP-1: the provision check of a temporary-protection visit. */
  provision?: Maybe<ProvisionCheck>;
  requestingPhysician: Scalars["String"]["output"];
  scope?: Maybe<ReferralScope>;
  status: ReferralStatus;
  urgency: ReferralUrgency;
  version: Scalars["Int"]["output"];
};

export type ReferralAction = "accept" | "arrive" | "cancel" | "complete" | "escalate" | "place" | "reject";

export type ReferralConnection = {
  __typename?: "ReferralConnection";
  edges: Array<ReferralEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

export type ReferralDirection = "INCOMING" | "OUTGOING";

export type ReferralEdge = {
  __typename?: "ReferralEdge";
  cursor: Scalars["String"]["output"];
  node: Referral;
};

/** The referral's facts, for a quote without a stored referral. */
export type ReferralFactsInput = {
  /** The clinic (branch) of the treatment: 'can provide the treatment' (REIMB-3). */
  clinicCode: Scalars["String"]["input"];
  /** The referring facility stated a companion is medically necessary. */
  companionRequired?: Scalars["Boolean"]["input"];
  destinationFacilityId: Scalars["ID"]["input"];
  medicalGrounds: MedicalGrounds;
  originFacilityId: Scalars["ID"]["input"];
  referralDate: Scalars["LocalDate"]["input"];
  urgency?: ReferralUrgency;
};

export type ReferralFilter = {
  direction?: InputMaybe<ReferralDirection>;
  status?: InputMaybe<ReferralStatus>;
  urgency?: InputMaybe<ReferralUrgency>;
};

export type ReferralHistoryEntry = {
  __typename?: "ReferralHistoryEntry";
  action: Scalars["String"]["output"];
  at: Scalars["DateTimeISO"]["output"];
  comment?: Maybe<Scalars["String"]["output"]>;
  fromStatus?: Maybe<ReferralStatus>;
  role: Scalars["String"]["output"];
  toStatus: ReferralStatus;
};

export type ReferralPayload = {
  __typename?: "ReferralPayload";
  referral?: Maybe<Referral>;
  userErrors: Array<UserError>;
  /** dryRun: the status the transition would lead to. */
  wouldBecome?: Maybe<ReferralStatus>;
};

/** REF-1: derived from the two facilities, never entered. */
export type ReferralScope = "IN_PROVINCE" | "IN_SETTLEMENT" | "OUT_OF_PROVINCE";

export type ReferralStatus = "ACCEPTED" | "CANCELLED" | "COMPLETED" | "ESCALATED" | "PATIENT_ARRIVED" | "PLACED" | "REJECTED" | "REQUESTED";

export type ReferralUrgency = "EMERGENCY" | "ROUTINE" | "URGENT";

export type RegisterInsuranceContractInput = {
  endsOn: Scalars["LocalDate"]["input"];
  insuredIin: Scalars["String"]["input"];
  kind: KzCoverageKind;
  number: Scalars["String"]["input"];
  startsOn: Scalars["LocalDate"]["input"];
};

export type RegisterPatientInput = {
  birthDate: Scalars["LocalDate"]["input"];
  category: PatientCategory;
  contact?: InputMaybe<ContactInput>;
  familyName: Scalars["String"]["input"];
  givenName: Scalars["String"]["input"];
  guardian?: InputMaybe<GuardianInput>;
  /** A retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  identifiers: Array<IdentifierInput>;
  nationality: Scalars["String"]["input"];
  preferredLanguage?: Scalars["String"]["input"];
  /** Required for hospitals: their own facility. */
  registeringFacilityId?: InputMaybe<Scalars["ID"]["input"]>;
  sex: Sex;
};

export type RegisterPhysicianInput = {
  clinicCode: Scalars["String"]["input"];
  facilityId: Scalars["ID"]["input"];
  familyName: Scalars["String"]["input"];
  givenName: Scalars["String"]["input"];
  registryNumber: Scalars["String"]["input"];
  title: Scalars["String"]["input"];
};

/** A document to trust for one client (DOC-1..4). */
export type RegisterTrustedDocumentInput = {
  /** The client (OAuth2 client id) that may then run the document. */
  clientId: Scalars["String"]["input"];
  /** The document's exact text, as the client will send it (the SDK's `documentText` gives it): named queries and mutations, valid against this schema (DOC-2). */
  document: Scalars["String"]["input"];
};

/** The result of registerTrustedDocument. */
export type RegisterTrustedDocumentPayload = {
  __typename?: "RegisterTrustedDocumentPayload";
  /** The registration; the earlier one when the same text was already registered for the client (DOC-4). */
  registeredDocument?: Maybe<RegisteredDocument>;
  userErrors: Array<UserError>;
};

/** A document registered for one client beyond the SDK's operations (DOC-1..4); also the audit record of its registration. */
export type RegisteredDocument = {
  __typename?: "RegisteredDocument";
  /** The client the document is trusted for. */
  clientId: Scalars["String"]["output"];
  /** The document's text, exactly as registered. */
  document: Scalars["String"]["output"];
  /** The names of the document's operations. */
  operationNames: Array<Scalars["String"]["output"]>;
  /** When it was registered. */
  registeredAt: Scalars["DateTimeISO"]["output"];
  /** The client that registered it. */
  registeredByClientId: Scalars["String"]["output"];
  /** The role of the client that registered it. */
  registeredByRole: Scalars["String"]["output"];
  /** The request that registered it (x-request-id), for the logs. */
  requestId?: Maybe<Scalars["String"]["output"]>;
  /** SHA-256 (hex) of the document's exact text: send it in extensions.persistedQuery.sha256Hash. */
  sha256: Scalars["String"]["output"];
};

export type RegularFareBand = {
  __typename?: "RegularFareBand";
  /** One way, one passenger. */
  fare: Money;
  fromKm: Scalars["Int"]["output"];
  toKm: Scalars["Int"]["output"];
};

export type RegularFareBandInput = {
  /** Kuruş, one way. */
  fareMinor: Scalars["Int"]["input"];
  fromKm: Scalars["Int"]["input"];
  toKm: Scalars["Int"]["input"];
};

/** REIMB-5: the regular intercity fare tariff in force over a period. */
export type RegularFareTariff = {
  __typename?: "RegularFareTariff";
  bands: Array<RegularFareBand>;
  source: Scalars["String"]["output"];
  validFrom: Scalars["LocalDate"]["output"];
  validUntil: Scalars["LocalDate"]["output"];
};

export type RegularFareTariffPayload = {
  __typename?: "RegularFareTariffPayload";
  tariff?: Maybe<RegularFareTariff>;
  userErrors: Array<UserError>;
};

export type ReimbursedPerson = "COMPANION" | "PATIENT";

/** REGULAR_FARE: km-banded tariff (REIMB-5); ECONOMY_FARE: flight at economy (REIMB-6); ACTUAL_INVOICE: taxi/ambulance invoice (REIMB-6); DAILY_RATE: REIMB-8. */
export type ReimbursementBasis = "ACTUAL_INVOICE" | "DAILY_RATE" | "ECONOMY_FARE" | "REGULAR_FARE";

/** Claims come by post or in person at an SGK provincial office. */
export type ReimbursementChannel = "IN_PERSON" | "POST";

/** REIMB-11: an SGK claim for travel and daily allowance after a referral. */
export type ReimbursementClaim = Node & {
  __typename?: "ReimbursementClaim";
  channel: ReimbursementChannel;
  history: Array<ReimbursementClaimHistoryEntry>;
  id: Scalars["ID"]["output"];
  /** The SGK provincial office (plate code) that took the claim. */
  officeProvinceCode: Scalars["String"]["output"];
  paidOn?: Maybe<Scalars["LocalDate"]["output"]>;
  patient?: Maybe<Patient>;
  /** PAID: the PTT payment reference. */
  paymentReference?: Maybe<Scalars["String"]["output"]>;
  referral: Referral;
  rejectionReason?: Maybe<Scalars["String"]["output"]>;
  /** REJECTED: the failing rule IDs. */
  rejectionRules: Array<Scalars["String"]["output"]>;
  /** The last calculation; null until calculated. */
  statement?: Maybe<ReimbursementStatement>;
  status: ReimbursementClaimStatus;
  submittedAt: Scalars["DateTimeISO"]["output"];
  version: Scalars["Int"]["output"];
};

export type ReimbursementClaimConnection = {
  __typename?: "ReimbursementClaimConnection";
  edges: Array<ReimbursementClaimEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

export type ReimbursementClaimEdge = {
  __typename?: "ReimbursementClaimEdge";
  cursor: Scalars["String"]["output"];
  node: ReimbursementClaim;
};

export type ReimbursementClaimFilter = {
  referralId?: InputMaybe<Scalars["ID"]["input"]>;
  status?: InputMaybe<ReimbursementClaimStatus>;
};

export type ReimbursementClaimHistoryEntry = {
  __typename?: "ReimbursementClaimHistoryEntry";
  action: Scalars["String"]["output"];
  at: Scalars["DateTimeISO"]["output"];
  clientId: Scalars["String"]["output"];
  comment?: Maybe<Scalars["String"]["output"]>;
  fromStatus?: Maybe<ReimbursementClaimStatus>;
  role: Scalars["String"]["output"];
  toStatus: ReimbursementClaimStatus;
};

export type ReimbursementClaimPayload = {
  __typename?: "ReimbursementClaimPayload";
  claim?: Maybe<ReimbursementClaim>;
  userErrors: Array<UserError>;
};

/** REIMB-11. */
export type ReimbursementClaimStatus = "APPROVED" | "CALCULATED" | "PAID" | "REJECTED" | "SUBMITTED";

export type ReimbursementClaimStepInput = {
  comment?: InputMaybe<Scalars["String"]["input"]>;
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
};

/** A reason nothing is paid, with its rule. */
export type ReimbursementIneligibility = {
  __typename?: "ReimbursementIneligibility";
  code: Scalars["String"]["output"];
  explanationEn: Scalars["String"]["output"];
  explanationTr: Scalars["String"]["output"];
  rule: Scalars["String"]["output"];
  rules: Array<Scalars["String"]["output"]>;
};

export type ReimbursementLine = {
  __typename?: "ReimbursementLine";
  amount: Money;
  basis: ReimbursementBasis;
  /** DAILY: the paid days. */
  days: Array<Scalars["LocalDate"]["output"]>;
  explanationEn: Scalars["String"]["output"];
  explanationTr: Scalars["String"]["output"];
  kind: ReimbursementLineKind;
  /** Travel: the facility the distance is paid to; daily: the referred facility. */
  paidToFacility: Facility;
  person: ReimbursedPerson;
  quantity: Scalars["Int"]["output"];
  rules: Array<Scalars["String"]["output"]>;
  unitAmount: Money;
};

export type ReimbursementLineKind = "DAILY" | "TRAVEL";

export type ReimbursementNote = {
  __typename?: "ReimbursementNote";
  explanationEn: Scalars["String"]["output"];
  explanationTr: Scalars["String"]["output"];
  rules: Array<Scalars["String"]["output"]>;
};

export type ReimbursementQuote = {
  __typename?: "ReimbursementQuote";
  statement?: Maybe<ReimbursementStatement>;
  /** Facts that cannot be calculated, naming the field and the rule; no statement then. */
  userErrors: Array<UserError>;
};

export type ReimbursementQuoteInput = {
  referral?: InputMaybe<ReferralFactsInput>;
  /** A stored referral; or give `referral` instead. */
  referralId?: InputMaybe<Scalars["ID"]["input"]>;
  trip: TripInput;
};

/** REIMB-10's limits, in business days counting the referral day. */
export type ReimbursementSettings = {
  __typename?: "ReimbursementSettings";
  /** To apply to the referred facility for travel and daily allowance (default 3). */
  travelAndDailyBusinessDays: Scalars["Int"]["output"];
  /** The same for treatment costs (default 5). */
  treatmentBusinessDays: Scalars["Int"]["output"];
};

/** The itemised SGK statement: every line and every refusal cites its rule. */
export type ReimbursementStatement = {
  __typename?: "ReimbursementStatement";
  actualDistanceKm: Scalars["Int"]["output"];
  /** REIMB-10: the last day to apply to the referred facility for travel and daily allowance. */
  applicationDeadline: Scalars["LocalDate"]["output"];
  companionTotal: Money;
  eligible: Scalars["Boolean"]["output"];
  ineligibility: Array<ReimbursementIneligibility>;
  lines: Array<ReimbursementLine>;
  /** What was considered and not paid, and why. */
  notes: Array<ReimbursementNote>;
  /** REIMB-3 / REIMB-4: the one-way distance travel is paid for. */
  paidDistanceKm: Scalars["Int"]["output"];
  patientTotal: Money;
  total: Money;
  travelPaidToFacility: Facility;
  /** REIMB-10: the same for treatment costs. */
  treatmentCostDeadline: Scalars["LocalDate"]["output"];
  treatmentCostsInTime: Scalars["Boolean"]["output"];
};

export type RejectReimbursementClaimInput = {
  comment?: InputMaybe<Scalars["String"]["input"]>;
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
  reason: Scalars["String"]["input"];
  /** The failing rule IDs, e.g. [REIMB-10]. */
  rules: Array<Scalars["String"]["input"]>;
};

export type ReportSubject = {
  __typename?: "ReportSubject";
  /** The period reported on: 2026-10, 2026, 2026-Q3, 2025-2029… */
  period: Scalars["String"]["output"];
  summary: Scalars["String"]["output"];
};

export type ReportSubjectInput = {
  period: Scalars["String"]["input"];
  summary: Scalars["String"]["input"];
};

export type RequestSubmissionCorrectionInput = {
  comment?: InputMaybe<Scalars["String"]["input"]>;
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
  rows: Array<CorrectionRowInput>;
};

export type ResidenceInput = {
  city: Scalars["String"]["input"];
  district: Scalars["String"]["input"];
  /** PERMANENT or TEMPORARY */
  kind: Scalars["String"]["input"];
};

export type ResubmitApprovalInput = {
  comment: Scalars["String"]["input"];
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
  /** The revised subject; omitted keeps it. */
  subject?: InputMaybe<ApprovalSubjectInput>;
};

/** A province's whole month in one call (bulk input: up to 2000 rows), stored all or nothing. */
export type SaveMonthlyDraftInput = {
  expectedVersion?: InputMaybe<Scalars["Int"]["input"]>;
  period: Scalars["String"]["input"];
  rows: Array<MonthlySubmissionRowInput>;
};

/** APPT-7: the weekly review of schedules. */
export type ScheduleAdequacy = {
  __typename?: "ScheduleAdequacy";
  facilities: Array<FacilityScheduleAdequacy>;
  weekStart: Scalars["LocalDate"]["output"];
};

export type SearchLevel = "EMERGENCY_112" | "NATIONAL_CRISIS_CENTRE" | "PROVINCIAL_CRISIS_CENTRE";

export type SearchStatus = "BED_RESERVED" | "CANCELLED" | "CLOSED" | "SEARCHING";

export type SetCivilServantCoefficientInput = {
  /** Decimal with up to 6 places, e.g. 1.387871. */
  coefficient: Scalars["String"]["input"];
  validFrom: Scalars["LocalDate"]["input"];
  validUntil: Scalars["LocalDate"]["input"];
};

/** Replaces a country's holidays of one year (e.g. when Diyanet publishes the religious holidays). */
export type SetPublicHolidaysInput = {
  countryCode: Scalars["String"]["input"];
  holidays: Array<PublicHolidayInput>;
  year: Scalars["Int"]["input"];
};

export type SetRegularFareTariffInput = {
  bands: Array<RegularFareBandInput>;
  /** Where the figures come from, e.g. the Tebliğ's Official Gazette number. */
  source: Scalars["String"]["input"];
  validFrom: Scalars["LocalDate"]["input"];
  validUntil: Scalars["LocalDate"]["input"];
};

/** A settlement area (yerleşim yeri): a municipality or metropolitan adjacent area. REIMB-1 and REF-1 compare them. */
export type SettlementArea = {
  __typename?: "SettlementArea";
  code: Scalars["String"]["output"];
  name: Scalars["String"]["output"];
  province: Province;
};

export type Sex = "FEMALE" | "MALE" | "UNKNOWN";

/** A bookable slot of a physician's work schedule. */
export type Slot = Node & {
  __typename?: "Slot";
  available: Scalars["Int"]["output"];
  /** Active appointments; never above capacity (APPT-6). */
  booked: Scalars["Int"]["output"];
  capacity: Scalars["Int"]["output"];
  clinic: Clinic;
  endsAt: Scalars["DateTimeISO"]["output"];
  facility: Facility;
  id: Scalars["ID"]["output"];
  physician: Physician;
  startsAt: Scalars["DateTimeISO"]["output"];
};

export type SlotConnection = {
  __typename?: "SlotConnection";
  edges: Array<SlotEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

export type SlotEdge = {
  __typename?: "SlotEdge";
  cursor: Scalars["String"]["output"];
  node: Slot;
};

export type StartApprovalInput = {
  comment?: Scalars["String"]["input"];
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  subject: ApprovalSubjectInput;
  templateCode: Scalars["String"]["input"];
  title: Scalars["String"]["input"];
};

export type StartBedSearchInput = {
  bedType: BedType;
  referralId: Scalars["ID"]["input"];
};

/** APPROVE/REJECT/RETURN for approvals, SIGN for signatures, COMPLETE for the unit's own tasks. */
export type StepDecision = "APPROVE" | "COMPLETE" | "REJECT" | "RETURN" | "SIGN";

/** MDS-5: accepted data consolidated, with the change against the previous period. */
export type SubmissionConsolidation = {
  __typename?: "SubmissionConsolidation";
  acceptedProvinces: Scalars["Int"]["output"];
  byNationality: Array<NationalityMetricChange>;
  byProvince: Array<ProvinceMetricChange>;
  national: Array<MetricChange>;
  period: Scalars["String"]["output"];
  previousPeriod: Scalars["String"]["output"];
};

export type SubmissionCorrection = {
  __typename?: "SubmissionCorrection";
  facility: Facility;
  metric?: Maybe<SubmissionMetric>;
  nationality: TpNationality;
  reason: Scalars["String"]["output"];
  requestedAt: Scalars["DateTimeISO"]["output"];
  /** The revision the rows were sent back from. */
  revision: Scalars["Int"]["output"];
};

/** MDS-6: a dispatch of the month's data, by letter. */
export type SubmissionDispatch = {
  __typename?: "SubmissionDispatch";
  id: Scalars["ID"]["output"];
  letterDate: Scalars["LocalDate"]["output"];
  letterNumber: Scalars["String"]["output"];
  period: Scalars["String"]["output"];
  /** e.g. Göç Sağlığı Hizmetleri Dairesi (HSGM), or the requesting ministry. */
  recipient: Scalars["String"]["output"];
  recordedAt: Scalars["DateTimeISO"]["output"];
};

export type SubmissionEvent = {
  __typename?: "SubmissionEvent";
  at: Scalars["DateTimeISO"]["output"];
  clientId: Scalars["String"]["output"];
  comment?: Maybe<Scalars["String"]["output"]>;
  fromStatus: SubmissionStatus;
  revision: Scalars["Int"]["output"];
  toStatus: SubmissionStatus;
};

export type SubmissionMetric =
  "births" | "emergencyVisits" | "inpatientAdmissions" | "intensiveCareAdmissions" | "outpatientVisits" | "referralsOut" | "surgeries";

/** MDS-4: where all 81 provinces stand for a period. */
export type SubmissionPeriod = {
  __typename?: "SubmissionPeriod";
  dueOn: Scalars["LocalDate"]["output"];
  opensOn: Scalars["LocalDate"]["output"];
  period: Scalars["String"]["output"];
  provinces: Array<ProvincePeriodStatus>;
};

/** MDS-3: DRAFT → SUBMITTED → ACCEPTED, or → CORRECTION_REQUESTED → RESUBMITTED → … */
export type SubmissionStatus = "ACCEPTED" | "CORRECTION_REQUESTED" | "DRAFT" | "RESUBMITTED" | "SUBMITTED";

export type SubmitAttachmentRequestInput = {
  applicantRelation?: KzApplicantRelation;
  /** IN_PERSON: kk or ru. */
  applicationLanguage?: InputMaybe<Scalars["String"]["input"]>;
  channel: KzRequestChannel;
  contractId: Scalars["ID"]["input"];
  documents: KzRequestDocumentsInput;
  /** EGOV_PORTAL: the EDS certificate's reference. */
  edsCertificateRef?: InputMaybe<Scalars["String"]["input"]>;
  organisationCode: Scalars["String"]["input"];
  personIin: Scalars["String"]["input"];
  residence: ResidenceInput;
};

export type SubmitMonthlySubmissionInput = {
  expectedVersion: Scalars["Int"]["input"];
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  period: Scalars["String"]["input"];
};

export type SubmitReimbursementClaimInput = {
  channel: ReimbursementChannel;
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** The SGK provincial office's plate code, 01..81. */
  officeProvinceCode: Scalars["String"]["input"];
  referralId: Scalars["ID"]["input"];
  trip: TripInput;
};

export type Subscription = {
  __typename?: "Subscription";
  /** Events as they are committed (graphql-ws on /graphql; connectionParams { authorization: 'Bearer …' }), only those your client may see. */
  events: DomainEvent;
};

export type SubscriptionEventsArgs = {
  types?: InputMaybe<Array<Scalars["String"]["input"]>>;
};

export type TicketInput = {
  /** What the ticket or invoice says, in kuruş (at most 100,000.00 TL). */
  amountMinor: Scalars["Int"]["input"];
  /** Flights only. */
  cabinClass?: InputMaybe<CabinClass>;
  /** Business or VIP flights: the economy fare of the same flight, in kuruş (REIMB-6). */
  economyFareMinor?: InputMaybe<Scalars["Int"]["input"]>;
  leg: TripLeg;
  person: ReimbursedPerson;
};

export type TimeToBed = {
  __typename?: "TimeToBed";
  averageSeconds: Scalars["Int"]["output"];
  level: SearchLevel;
  provinceCode: Scalars["String"]["output"];
  searches: Scalars["Int"]["output"];
};

/** Temporary-protection nationalities reported: Syria, Iraq. */
export type TpNationality = "IQ" | "SY";

export type Trainee = {
  __typename?: "Trainee";
  institution: Scalars["String"]["output"];
  name: Scalars["String"]["output"];
  provinceCode: Scalars["String"]["output"];
};

export type TraineeInput = {
  institution: Scalars["String"]["input"];
  name: Scalars["String"]["input"];
  provinceCode: Scalars["String"]["input"];
};

export type TrainerTrainingSubject = {
  __typename?: "TrainerTrainingSubject";
  startsOn: Scalars["LocalDate"]["output"];
  trainees: Array<Trainee>;
};

export type TrainerTrainingSubjectInput = {
  startsOn: Scalars["LocalDate"]["input"];
  trainees: Array<TraineeInput>;
};

export type TransitionHealthTourismCaseInput = {
  accommodationArranged?: InputMaybe<Scalars["Boolean"]["input"]>;
  action: HealthTourismAction;
  /** scheduleAppointment */
  appointmentAt?: InputMaybe<Scalars["DateTimeISO"]["input"]>;
  comment?: InputMaybe<Scalars["String"]["input"]>;
  /** scheduleAppointment: approximate cost */
  cost?: InputMaybe<MoneyInput>;
  documents?: InputMaybe<Array<DocumentUploadInput>>;
  dryRun?: Scalars["Boolean"]["input"];
  expectedVersion: Scalars["Int"]["input"];
  /** forward: the facility. */
  facilityId?: InputMaybe<Scalars["ID"]["input"]>;
  /** arrive: who met the patient. */
  greetedBy?: InputMaybe<Greeter>;
  guideName?: InputMaybe<Scalars["String"]["input"]>;
  id: Scalars["ID"]["input"];
  interpreter?: InputMaybe<InterpreterInput>;
  /** cancel: why. */
  reason?: InputMaybe<Scalars["String"]["input"]>;
  transferArranged?: InputMaybe<Scalars["Boolean"]["input"]>;
};

export type TransitionReferralInput = {
  action: ReferralAction;
  comment?: InputMaybe<Scalars["String"]["input"]>;
  /** complete: the report to the unit (TP-5). */
  completionReport?: InputMaybe<Scalars["String"]["input"]>;
  /** place: the destination. */
  destinationFacilityId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Check the transition and report the outcome; write nothing. */
  dryRun?: Scalars["Boolean"]["input"];
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
  /** reject / cancel: why. */
  reason?: InputMaybe<Scalars["String"]["input"]>;
};

export type TransportKind = "AMBULANCE" | "FLIGHT" | "OWN_CAR" | "REGULAR" | "TAXI";

/** REIMB-6: a report for chemotherapy, radiotherapy or dialysis stays valid 3 months. */
export type TreatmentKind = "CHEMOTHERAPY" | "DIALYSIS" | "OTHER" | "RADIOTHERAPY";

/** What happened on the trip, as the claimant declares it. */
export type TripInput = {
  /** The day the patient applied to the referred facility (REIMB-10). */
  applicationDate: Scalars["LocalDate"]["input"];
  /** Present when a companion travelled. */
  companion?: InputMaybe<CompanionInput>;
  departureDate: Scalars["LocalDate"]["input"];
  emergencyTransportDocument?: InputMaybe<EmergencyTransportDocumentInput>;
  healthBoardReport?: InputMaybe<HealthBoardReportInput>;
  inpatientDays?: Array<Scalars["LocalDate"]["input"]>;
  onwardReferrals?: Array<OnwardReferralInput>;
  /** Days of outpatient treatment at the referred facility. */
  outpatientDays?: Array<Scalars["LocalDate"]["input"]>;
  returnDate: Scalars["LocalDate"]["input"];
  /** Treatment ended on the day of arrival and the patient left that day. */
  sameDayDischarge?: Scalars["Boolean"]["input"];
  /** Days covered by a sick-leave report during outpatient treatment. */
  sickLeaveDays?: Array<Scalars["LocalDate"]["input"]>;
  /** Tickets or invoices, one per person and leg (REIMB-6). */
  tickets?: Array<TicketInput>;
  /** How the patient travelled. */
  transport: TransportKind;
};

export type TripLeg = "OUTBOUND" | "RETURN";

export type UpdateAppointmentSettingsInput = {
  adequacy?: InputMaybe<AdequacySettingsInput>;
  confirmation?: InputMaybe<ConfirmationSettingsInput>;
  noShowPenalty?: InputMaybe<NoShowPenaltySettingsInput>;
};

/** Changes to a facility; omitted fields stay as they are. */
export type UpdateFacilityInput = {
  /** The complete new bed capacity list. */
  bedCapacities?: InputMaybe<Array<BedCapacityInput>>;
  /** The complete new clinic list. */
  clinics?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** The version you read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars["Int"]["input"];
  hasHealthTourismUnit?: InputMaybe<Scalars["Boolean"]["input"]>;
  id: Scalars["ID"]["input"];
  location?: InputMaybe<GeoPointInput>;
  name?: InputMaybe<Scalars["String"]["input"]>;
};

/** Changes to a patient's personal data; omitted fields stay as they are. */
export type UpdatePatientInput = {
  cancerPatient?: InputMaybe<Scalars["Boolean"]["input"]>;
  contact?: InputMaybe<ContactInput>;
  expectedVersion: Scalars["Int"]["input"];
  familyName?: InputMaybe<Scalars["String"]["input"]>;
  givenName?: InputMaybe<Scalars["String"]["input"]>;
  guardian?: InputMaybe<GuardianInput>;
  id: Scalars["ID"]["input"];
  preferredLanguage?: InputMaybe<Scalars["String"]["input"]>;
};

export type UpdateReimbursementSettingsInput = {
  travelAndDailyBusinessDays?: InputMaybe<Scalars["Int"]["input"]>;
  treatmentBusinessDays?: InputMaybe<Scalars["Int"]["input"]>;
};

export type UpdateWebhookSubscriptionInput = {
  /** false pauses the subscription. */
  active?: InputMaybe<Scalars["Boolean"]["input"]>;
  description?: InputMaybe<Scalars["String"]["input"]>;
  eventTypes?: InputMaybe<Array<Scalars["String"]["input"]>>;
  expectedVersion: Scalars["Int"]["input"];
  id: Scalars["ID"]["input"];
  url?: InputMaybe<Scalars["String"]["input"]>;
};

/** A refusal by a business rule. Nothing was stored when a payload carries userErrors. */
export type UserError = {
  __typename?: "UserError";
  /** Machine-readable reason, e.g. CHECK_DIGIT_10, VERSION_CONFLICT. */
  code: Scalars["String"]["output"];
  /** Path to the input field at fault, e.g. [input, identifiers, 0, value]. */
  field?: Maybe<Array<Scalars["String"]["output"]>>;
  message: Scalars["String"]["output"];
  /** The DOMAIN rule ID that refused, e.g. ID-1, PAT-3. */
  rule?: Maybe<Scalars["String"]["output"]>;
};

/** Who is calling: the OAuth2 client behind the access token, its role and scope, and the limits it runs under. */
export type Viewer = {
  __typename?: "Viewer";
  /** The OAuth2 client id. */
  clientId: Scalars["String"]["output"];
  /** The query limits in force for this client (its own, or the server's defaults). */
  limits: ViewerQueryLimits;
  /** The client's name as registered by the ministry; null for a client no longer on record. */
  name?: Maybe<Scalars["String"]["output"]>;
  /** The rate limit in force for this client. */
  rateLimit: ViewerRateLimit;
  /** The client's role (DOMAIN §0), e.g. PARTNER_HOSPITAL; it decides which root fields the client may call. */
  role: Scalars["String"]["output"];
  /** What the client acts for, as `kind:value`: `national`, `facility:101101`, `province:01`, `insurer:SGK`, `organisation:…` or `person:TCKN:…`. */
  scope: Scalars["String"]["output"];
  /** True when the client runs only trusted documents: the SDK's published operations and documents registered for it (DOC-1..4). */
  trustedDocumentsOnly: Scalars["Boolean"]["output"];
};

/** Limits every query of this client is checked against before it runs (SECURITY.md). */
export type ViewerQueryLimits = {
  __typename?: "ViewerQueryLimits";
  /** Most aliases in one document. */
  aliases: Scalars["Int"]["output"];
  /** Highest computed cost of one query (connections multiply by their page size). */
  cost: Scalars["Int"]["output"];
  /** Deepest field nesting allowed. */
  depth: Scalars["Int"]["output"];
  /** Most directives in one document. */
  directives: Scalars["Int"]["output"];
  /** Most lexical tokens in one document. */
  tokens: Scalars["Int"]["output"];
};

/** This client's rate limit: a leaky bucket of cost points (the RateLimit headers report its state after every request). */
export type ViewerRateLimit = {
  __typename?: "ViewerRateLimit";
  /** Cost points the bucket holds. */
  points: Scalars["Int"]["output"];
  /** Cost points that drain from the bucket per second. */
  restorePerSecond: Scalars["Int"]["output"];
};

export type VisaStatus = "APPLIED" | "ISSUED" | "NOT_STARTED" | "REFUSED";

export type WebhookAttempt = {
  __typename?: "WebhookAttempt";
  at: Scalars["DateTimeISO"]["output"];
  attempt: Scalars["Int"]["output"];
  durationMs: Scalars["Int"]["output"];
  error?: Maybe<Scalars["String"]["output"]>;
  /** The receiver's HTTP status; null when none came. */
  statusCode?: Maybe<Scalars["Int"]["output"]>;
};

export type WebhookDelivery = Node & {
  __typename?: "WebhookDelivery";
  /** Every HTTP attempt, oldest first. */
  attemptLog: Array<WebhookAttempt>;
  /** Attempts so far (since the last redelivery). */
  attempts: Scalars["Int"]["output"];
  createdAt: Scalars["DateTimeISO"]["output"];
  deliveredAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  event: DomainEvent;
  id: Scalars["ID"]["output"];
  /** When the next attempt is due, while PENDING. */
  nextAttemptAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  status: WebhookDeliveryStatus;
  subscription: WebhookSubscription;
};

export type WebhookDeliveryConnection = {
  __typename?: "WebhookDeliveryConnection";
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

export type WebhookDeliveryEdge = {
  __typename?: "WebhookDeliveryEdge";
  cursor: Scalars["String"]["output"];
  node: WebhookDelivery;
};

export type WebhookDeliveryFilter = {
  status?: InputMaybe<WebhookDeliveryStatus>;
  subscriptionId?: InputMaybe<Scalars["ID"]["input"]>;
};

export type WebhookDeliveryPayload = {
  __typename?: "WebhookDeliveryPayload";
  delivery?: Maybe<WebhookDelivery>;
  userErrors: Array<UserError>;
};

/** PENDING until the receiver answers 2xx (DELIVERED) or the attempts run out (FAILED). */
export type WebhookDeliveryStatus = "DELIVERED" | "FAILED" | "PENDING";

export type WebhookSubscription = Node & {
  __typename?: "WebhookSubscription";
  /** A paused subscription gets no new deliveries. */
  active: Scalars["Boolean"]["output"];
  createdAt: Scalars["DateTimeISO"]["output"];
  description?: Maybe<Scalars["String"]["output"]>;
  /** Exact types (referral.accepted) or a subject's every type (referral.*). */
  eventTypes: Array<Scalars["String"]["output"]>;
  id: Scalars["ID"]["output"];
  url: Scalars["String"]["output"];
  version: Scalars["Int"]["output"];
};

export type WebhookSubscriptionPayload = {
  __typename?: "WebhookSubscriptionPayload";
  subscription?: Maybe<WebhookSubscription>;
  userErrors: Array<UserError>;
};

export type ReferralsWithPatientsQueryVariables = Exact<{
  first?: InputMaybe<Scalars["Int"]["input"]>;
  after?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type ReferralsWithPatientsQuery = {
  __typename?: "Query";
  referrals: {
    __typename?: "ReferralConnection";
    totalCount: number;
    pageInfo: { __typename?: "PageInfo"; hasNextPage: boolean; endCursor?: string | null };
    edges: Array<{
      __typename?: "ReferralEdge";
      node: {
        __typename?: "Referral";
        id: string;
        status: ReferralStatus;
        urgency: ReferralUrgency;
        patient?: { __typename?: "Patient"; givenName: string; familyName: string } | null;
      };
    }>;
  };
};

export type WhoAmIQueryVariables = Exact<{ [key: string]: never }>;

export type WhoAmIQuery = {
  __typename?: "Query";
  viewer: {
    __typename?: "Viewer";
    clientId: string;
    role: string;
    scope: string;
    limits: { __typename?: "ViewerQueryLimits"; cost: number };
  };
};

export const ReferralsWithPatientsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ReferralsWithPatients" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "referrals" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "urgency" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "patient" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "givenName" } },
                                  { kind: "Field", name: { kind: "Name", value: "familyName" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralsWithPatientsQuery, ReferralsWithPatientsQueryVariables>;
export const WhoAmIDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "WhoAmI" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "clientId" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "scope" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "limits" },
                  selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "cost" } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
