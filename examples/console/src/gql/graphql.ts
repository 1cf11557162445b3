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

/** The unit accepts a submitted or resubmitted submission (MDS-3). */
export type AcceptMonthlySubmissionInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the submission. */
  id: Scalars["ID"]["input"];
};

/** A page of access-log entries, newest first (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type AccessLogConnection = {
  __typename?: "AccessLogConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<AccessLogEntryEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One read or write of a patient's personal data (KVKK). */
export type AccessLogEntry = {
  __typename?: "AccessLogEntry";
  /** What was done, e.g. patient.read, patient.update. */
  action: Scalars["String"]["output"];
  /** When it happened (UTC). */
  at: Scalars["DateTimeISO"]["output"];
  /** Why it was allowed: NATIONAL_SCOPE, SELF, CARE_LINK:<source>:<id>, REGISTERING_FACILITY:<id>, JUSTIFIED:<patientAccessJustifications id>. */
  basis: Scalars["String"]["output"];
  /** The API client that read or changed the data. */
  clientId: Scalars["String"]["output"];
  /** Opaque ID of the entry. */
  id: Scalars["ID"]["output"];
  /** GraphQL operation name, if the client gave one. */
  operation: Scalars["String"]["output"];
  /** Global ID of the patient. */
  patientId: Scalars["ID"]["output"];
  /** The person signed in through the client (staff sign-in), who read or changed the data; null for a machine client. */
  person?: Maybe<StaffPerson>;
  /** The request's ID (x-request-id), to find it in the server logs; null outside a request. */
  requestId?: Maybe<Scalars["String"]["output"]>;
  /** The client's role at the time, e.g. PARTNER_HOSPITAL. */
  role: Scalars["String"]["output"];
};

/** One AccessLogEntry in a page, with its cursor. */
export type AccessLogEntryEdge = {
  __typename?: "AccessLogEntryEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The AccessLogEntry itself. */
  node: AccessLogEntry;
};

/** Narrows the access log; every given field must match. */
export type AccessLogFilter = {
  /** Only entries made by this API client. */
  clientId?: InputMaybe<Scalars["String"]["input"]>;
  /** Only entries at or after this instant (UTC). */
  from?: InputMaybe<Scalars["DateTimeISO"]["input"]>;
  /** Only entries about this patient (global ID). */
  patientId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only entries made by this person (the staff account's global ID, `StaffPerson.id`). */
  personId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only entries made by the person with this username, e.g. adana.il. */
  personUsername?: InputMaybe<Scalars["String"]["input"]>;
  /** Only entries before this instant (UTC). */
  to?: InputMaybe<Scalars["DateTimeISO"]["input"]>;
};

/** One more identifier for an existing patient (ID-4). */
export type AddPatientIdentifierInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** The new identifier; checked (ID-1 to ID-3) and unique in the registry (ID-4). */
  identifier: IdentifierInput;
  /** Global ID of the patient. */
  patientId: Scalars["ID"]["input"];
};

/** Why a facility is listed in the weekly schedule review (APPT-7). */
export type AdequacyReason =
  /** Published places fall below physicians × the configured weekly minimum. */
  | "LOW_CAPACITY"
  /** Some physicians published no schedule for the week. */
  | "MISSING_SCHEDULES";

/** APPT-7: the threshold of the weekly schedule review. */
export type AdequacySettings = {
  __typename?: "AdequacySettings";
  /** Appointment places each physician should publish per week. */
  minWeeklyCapacityPerPhysician: Scalars["Int"]["output"];
};

/** APPT-7 threshold. */
export type AdequacySettingsInput = {
  /** Appointment places each physician should publish per week, 0 to 10000. */
  minWeeklyCapacityPerPhysician?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A booked appointment in a slot (MHRS). Personal data: reads are authorised and logged. */
export type Appointment = Node & {
  __typename?: "Appointment";
  /** When it was booked (UTC). */
  bookedAt: Scalars["DateTimeISO"]["output"];
  /** The ALO 182 call it was booked in, if any (APPT-5 counts at most 4 per call). */
  bookingSessionId?: Maybe<Scalars["String"]["output"]>;
  /** Why it was cancelled, when the facility or the confirmation rule (APPT-9) cancelled it. */
  cancelReason?: Maybe<Scalars["String"]["output"]>;
  /** When it was cancelled (UTC); null unless CANCELLED or AUTO_CANCELLED. */
  cancelledAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** Where it was booked: ALO 182 phone, web, mobile or e-government portal. */
  channel: BookingChannel;
  /** The clinic of the appointment. */
  clinic: Clinic;
  /** APPT-9: confirm by then, or it is cancelled; null when no confirmation is needed. */
  confirmBy?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** When the patient confirmed it (APPT-9); null while unconfirmed or when no confirmation is needed. */
  confirmedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** The appointment's day in Europe/Istanbul. */
  day: Scalars["LocalDate"]["output"];
  /** The facility of the appointment. */
  facility: Facility;
  /** Every step of the appointment (booked, confirmed, cancelled, attended…), oldest first; append-only. */
  history: Array<AppointmentHistoryEntry>;
  /** Opaque global ID of the appointment. */
  id: Scalars["ID"]["output"];
  /** Personal data, authorised and logged like every patient read: null with a FORBIDDEN error once your access has ended (PAT-3). */
  patient?: Maybe<Patient>;
  /** The physician of the appointment. */
  physician: Physician;
  /** The slot it holds a place in. */
  slot: Slot;
  /** Start of the appointment (UTC). */
  startsAt: Scalars["DateTimeISO"]["output"];
  /** Where the appointment stands. */
  status: AppointmentStatus;
  /** Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** A page of appointments, earliest first (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type AppointmentConnection = {
  __typename?: "AppointmentConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<AppointmentEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One Appointment in a page, with its cursor. */
export type AppointmentEdge = {
  __typename?: "AppointmentEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The Appointment itself. */
  node: Appointment;
};

/** Narrows the appointment list; every given field must match. */
export type AppointmentFilter = {
  /** Only appointments at this facility (global ID). */
  facilityId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only appointments starting at or after this instant (UTC). */
  from?: InputMaybe<Scalars["DateTimeISO"]["input"]>;
  /** Only this patient's appointments (global ID). */
  patientId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only appointments in this status. */
  status?: InputMaybe<AppointmentStatus>;
  /** Only appointments starting before this instant (UTC). */
  to?: InputMaybe<Scalars["DateTimeISO"]["input"]>;
};

/** One step of the appointment's history (append-only): who moved it, when, from which state to which. */
export type AppointmentHistoryEntry = {
  __typename?: "AppointmentHistoryEntry";
  /** What was done, as the appointment's events name it: book, confirm, cancel, autoCancel (APPT-9), recordAttendance. */
  action: Scalars["String"]["output"];
  /** The person signed in through the client who made this step (staff sign-in); null for a machine client or the server's own jobs. */
  actorPerson?: Maybe<StaffPerson>;
  /** Role of the client that acted; null for the server's own jobs and for steps reconstructed when the history began. */
  actorRole?: Maybe<Scalars["String"]["output"]>;
  /** When (UTC). */
  at: Scalars["DateTimeISO"]["output"];
  /** State before; null for the creation. */
  fromState?: Maybe<AppointmentStatus>;
  /** The comment or reason given, if any. */
  note?: Maybe<Scalars["String"]["output"]>;
  /** State after. */
  toState: AppointmentStatus;
  /** The appointment's version after this step. */
  version: Scalars["Int"]["output"];
};

/** The result of an appointment mutation: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type AppointmentPayload = {
  __typename?: "AppointmentPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  appointment?: Maybe<Appointment>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** Switchable MHRS rules (APPT-7, APPT-8, APPT-9), kept as data. */
export type AppointmentSettings = {
  __typename?: "AppointmentSettings";
  /** APPT-7: the weekly schedule-adequacy threshold. */
  adequacy: AdequacySettings;
  /** APPT-9: confirmed appointments. */
  confirmation: ConfirmationSettings;
  /** APPT-8: the no-show booking penalty. */
  noShowPenalty: NoShowPenaltySettings;
  /** Optimistic-concurrency version: 0 until the MHRS unit first changes the settings, then one higher after every change; send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** The answer to updateAppointmentSettings. */
export type AppointmentSettingsPayload = {
  __typename?: "AppointmentSettingsPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  settings?: Maybe<AppointmentSettings>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
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

/** An approval chain for one subject (APR-1 to APR-4): steps decided in order by the holders of their roles, with an append-only history. */
export type Approval = Node & {
  __typename?: "Approval";
  /** When the chain ended (approved or rejected); null while open. */
  completedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** When it was created (UTC, ISO 8601). */
  createdAt: Scalars["DateTimeISO"]["output"];
  /** The step waiting for a decision. */
  currentStep?: Maybe<ApprovalStep>;
  /** APR-7: the day the report is due (Europe/Istanbul); null when not due on a day. */
  dueOn?: Maybe<Scalars["LocalDate"]["output"]>;
  /** Every submission and decision, oldest first; append-only (APR-3). */
  history: Array<ApprovalHistoryEntry>;
  /** Opaque global ID of the approval. */
  id: Scalars["ID"]["output"];
  /** APR-7: still open after its due day. */
  overdue: Scalars["Boolean"]["output"];
  /** Role of the preparing unit; it never decides its own subject (APR-2). */
  preparerRole: Scalars["String"]["output"];
  /** Increases with every RETURN and resubmission. */
  revision: Scalars["Int"]["output"];
  /** Where the chain stands. */
  status: ApprovalStatus;
  /** The subject's details, typed by the template's subject kind. */
  subject: ApprovalSubject;
  /** The chain template it follows, in the version it started on (APR-1, APR-8). */
  template: ApprovalTemplate;
  /** Title the preparing unit gave the subject. */
  title: Scalars["String"]["output"];
  /** Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** A page of approvals, newest first (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type ApprovalConnection = {
  __typename?: "ApprovalConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<ApprovalEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

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

/** A department (Daire Başkanlığı) whose head decides its chains' Department Head steps (APR-6). */
export type ApprovalDepartment = {
  __typename?: "ApprovalDepartment";
  /** Stable code, e.g. IARSY. */
  code: Scalars["String"]["output"];
  /** Client IDs of the Department Head clients that head it. */
  headClientIds: Array<Scalars["String"]["output"]>;
  /** Name in English. */
  nameEn: Scalars["String"]["output"];
  /** Name in Turkish. */
  nameTr: Scalars["String"]["output"];
};

/** The result of a department-head assignment: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type ApprovalDepartmentPayload = {
  __typename?: "ApprovalDepartmentPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  department?: Maybe<ApprovalDepartment>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** When a template's reports are due (APR-7). */
export type ApprovalDuePolicy = {
  __typename?: "ApprovalDuePolicy";
  /** The period a report covers; it is due on the period's last day. */
  period: DuePeriod;
  /** Days before the due day from which the report is asked for (7: the month's last week). */
  windowDays: Scalars["Int"]["output"];
};

/** When reports of the template are due (APR-7). */
export type ApprovalDuePolicyInput = {
  /** The period a report covers. */
  period: DuePeriod;
  /** Days before the due day from which it is asked for, 0 to 31. */
  windowDays?: Scalars["Int"]["input"];
};

/** One Approval in a page, with its cursor. */
export type ApprovalEdge = {
  __typename?: "ApprovalEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The Approval itself. */
  node: Approval;
};

/** Narrows the approval list; every given field must match. */
export type ApprovalFilter = {
  /** Only chains open after their due day (true) or not overdue (false) (APR-7). */
  overdue?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Only chains in this status. */
  status?: InputMaybe<ApprovalStatus>;
  /** Only chains of this template. */
  templateCode?: InputMaybe<Scalars["String"]["input"]>;
};

/** APR-3: one immutable entry of the history (the `approval_history` convention): the move from one state to another, and the step it decided. */
export type ApprovalHistoryEntry = {
  __typename?: "ApprovalHistoryEntry";
  /** What was done: submit, approve, sign, complete, reject, return, resubmit. */
  action: Scalars["String"]["output"];
  /** The person signed in through the client who made this step (staff sign-in); null for a machine client or the server's own jobs. */
  actorPerson?: Maybe<StaffPerson>;
  /** Role of the client that acted (the same as `role`). */
  actorRole?: Maybe<Scalars["String"]["output"]>;
  /** When (UTC; the same as `decidedAt`). */
  at: Scalars["DateTimeISO"]["output"];
  /** The comment given with it. */
  comment: Scalars["String"]["output"];
  /** When it was decided (UTC). */
  decidedAt: Scalars["DateTimeISO"]["output"];
  /** The API client that acted. */
  decidedByClientId: Scalars["String"]["output"];
  /** What was done. */
  decision: ApprovalDecisionKind;
  /** State before; null for the submission. */
  fromState?: Maybe<ApprovalStatus>;
  /** The comment given with it (the same as `comment`). */
  note?: Maybe<Scalars["String"]["output"]>;
  /** Revision of the subject it belongs to (a RETURN starts a new one). */
  revision: Scalars["Int"]["output"];
  /** Role of the principal who acted. */
  role: Scalars["String"]["output"];
  /** Index of the step decided; null for submissions. */
  stepIndex?: Maybe<Scalars["Int"]["output"]>;
  /** Kind of the step decided; null for submissions. */
  stepKind?: Maybe<ApprovalStepKind>;
  /** When the step became current (UTC), for step durations. */
  stepStartedAt: Scalars["DateTimeISO"]["output"];
  /** State after. */
  toState: ApprovalStatus;
  /** The approval's version after this entry. */
  version: Scalars["Int"]["output"];
};

/** The result of an approval mutation: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type ApprovalPayload = {
  __typename?: "ApprovalPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  approval?: Maybe<Approval>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
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

/** One step of a chain template. */
export type ApprovalStep = {
  __typename?: "ApprovalStep";
  /** The decisions the step takes, by its kind (APR-3): e.g. SIGN, REJECT or RETURN for a SIGNATURE. */
  decisions: Array<StepDecision>;
  /** A Department Head step of another department than the chain's, e.g. COMMUNICATIONS (APR-6). */
  department?: Maybe<Scalars["String"]["output"]>;
  /** Position in the chain, from 0. */
  index: Scalars["Int"]["output"];
  /** What the step does. */
  kind: ApprovalStepKind;
  /** What the step is called, in English. */
  labelEn: Scalars["String"]["output"];
  /** What the step is called, in Turkish, e.g. Daire Başkanı onayı. */
  labelTr: Scalars["String"]["output"];
  /** The role that decides it; PREPARER for the preparing unit's own tasks. */
  role: Scalars["String"]["output"];
};

/** How long one kind of step takes in one template, from its start to its decision. */
export type ApprovalStepDuration = {
  __typename?: "ApprovalStepDuration";
  /** Average seconds from the step's start to its decision. */
  averageSeconds: Scalars["Int"]["output"];
  /** Number of decisions measured. */
  decisions: Scalars["Int"]["output"];
  /** 90th percentile of the same. */
  p90Seconds: Scalars["Int"]["output"];
  /** The kind of step. */
  stepKind: ApprovalStepKind;
  /** The template. */
  templateCode: Scalars["String"]["output"];
};

/** One step of a template. */
export type ApprovalStepInput = {
  /** A Department Head step of another department than the template's. */
  department?: InputMaybe<Scalars["String"]["input"]>;
  /** What the step does. */
  kind: ApprovalStepKind;
  /** Its name in English, 2 to 300 characters. */
  labelEn: Scalars["String"]["input"];
  /** Its name in Turkish, 2 to 300 characters. */
  labelTr: Scalars["String"]["input"];
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

/** The subject of an approval, one type per subject kind of its template (APR-1). */
export type ApprovalSubject =
  | DataRequestSubject
  | ExternalRequestSubject
  | GenericSubject
  | InformationRequestSubject
  | OverseasDeploymentSubject
  | PetitionSubject
  | PublicationSubject
  | ReportSubject
  | TrainerTrainingSubject
  | WorldBankActivitySubject;

/** Exactly the one field that fits the template's subject kind. */
export type ApprovalSubjectInput = {
  /** DATA_REQUEST. */
  dataRequest?: InputMaybe<DataRequestSubjectInput>;
  /** EXTERNAL_REQUEST. */
  externalRequest?: InputMaybe<ExternalRequestSubjectInput>;
  /** GENERIC (APR-9). */
  generic?: InputMaybe<GenericSubjectInput>;
  /** INFORMATION_REQUEST. */
  informationRequest?: InputMaybe<InformationRequestSubjectInput>;
  /** OVERSEAS_DEPLOYMENT. */
  overseasDeployment?: InputMaybe<OverseasDeploymentSubjectInput>;
  /** PETITION. */
  petition?: InputMaybe<PetitionSubjectInput>;
  /** PUBLICATION. */
  publication?: InputMaybe<PublicationSubjectInput>;
  /** ACTIVITY_REPORT, STRATEGIC_PLAN, INTERNAL_CONTROL_REPORT, ACTION_PLAN */
  report?: InputMaybe<ReportSubjectInput>;
  /** TRAINER_TRAINING (KBRN trainer training). */
  trainerTraining?: InputMaybe<TrainerTrainingSubjectInput>;
  /** WORLD_BANK_ACTIVITY. */
  worldBankActivity?: InputMaybe<WorldBankActivitySubjectInput>;
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

/** APR-1: a chain template, kept as data. */
export type ApprovalTemplate = {
  __typename?: "ApprovalTemplate";
  /** Stable template code, e.g. ACTIVITY_REPORT_MONTHLY, PETITION. */
  code: Scalars["String"]["output"];
  /** When this version was created. */
  createdAt: Scalars["DateTimeISO"]["output"];
  /** The department whose head decides the chain's Department Head steps (APR-6). */
  departmentCode: Scalars["String"]["output"];
  /** When its reports are due; null when they have no due day (APR-7). */
  duePolicy?: Maybe<ApprovalDuePolicy>;
  /** Name in English. */
  nameEn: Scalars["String"]["output"];
  /** Name in Turkish. */
  nameTr: Scalars["String"]["output"];
  /** When it was retired; null unless RETIRED. */
  retiredAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** CURRENT, SUPERSEDED or RETIRED (APR-8). */
  status: ApprovalTemplateStatus;
  /** The steps in order. */
  steps: Array<ApprovalStep>;
  /** What kind of subject the template's chains carry. */
  subjectKind: ApprovalSubjectKind;
  /** Version of the template: 1, then one more per revision (APR-8). */
  templateVersion: Scalars["Int"]["output"];
};

/** The result of a template mutation: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type ApprovalTemplatePayload = {
  __typename?: "ApprovalTemplatePayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  template?: Maybe<ApprovalTemplate>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

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
  clientId: Scalars["String"]["input"];
  /** The department's code (see approvalDepartments). */
  departmentCode: Scalars["String"]["input"];
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
};

/** A person's current attachment to a primary-care organisation (KZ-9, KZ-12). */
export type Attachment = {
  __typename?: "Attachment";
  /** False once the contract has ended or another attachment replaced it. */
  active: Scalars["Boolean"]["output"];
  /** Why the attachment ended (KZ-9, KZ-12); null while active. */
  endReason?: Maybe<AttachmentEndReason>;
  /** When it ended: the new attachment's decision, or midnight (Asia/Almaty) after the contract's last day. */
  endedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** Code of the PHC organisation. */
  organisationCode: Scalars["String"]["output"];
  /** REATTACHED: the organisation the person attached to instead. */
  reattachedTo?: Maybe<Scalars["String"]["output"]>;
  /** First day of the attachment. */
  startsOn: Scalars["LocalDate"]["output"];
  /** KZ-9: the contract's end. */
  validUntil: Scalars["LocalDate"]["output"];
};

/** Why an attachment ended. */
export type AttachmentEndReason =
  /** The insurance contract it was valid for ended (KZ-9). */
  | "CONTRACT_ENDED"
  /** The person attached to another organisation; the old one detached automatically (KZ-12). */
  | "REATTACHED";

/** A request to attach a person to a primary-care (PHC) organisation (KZ-4 to KZ-12). */
export type AttachmentRequest = Node & {
  __typename?: "AttachmentRequest";
  /** Who applied: the person, a family member (KZ-10) or a legal representative (KZ-11). */
  applicantRelation: KzApplicantRelation;
  /** How the request was made (KZ-5). */
  channel: KzRequestChannel;
  /** When it was decided (UTC); null until then. */
  decidedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** KZ-7: end of the next business day, Asia/Almaty. */
  decisionDueAt: Scalars["DateTimeISO"]["output"];
  /** Which documents came with the request. */
  documents: KzRequestDocumentsType;
  /** When staff filed it into the Register of Attached Population (KZ-6); null until then. */
  filedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** Every step of the request (submitted, filed, attached or refused), oldest first; append-only. */
  history: Array<AttachmentRequestHistoryEntry>;
  /** Opaque global ID of the request. */
  id: Scalars["ID"]["output"];
  /** KZ-8: the attachment notice in the person's e-gov cabinet. */
  noticeNumber?: Maybe<Scalars["String"]["output"]>;
  /** Code of the PHC organisation chosen (KZ-4). */
  organisationCode: Scalars["String"]["output"];
  /** The reasons of a refusal (KZ-8); null unless REFUSED. */
  refusalReason?: Maybe<Scalars["String"]["output"]>;
  /** Where the request stands. */
  status: KzRequestStatus;
  /** When it was submitted (UTC). */
  submittedAt: Scalars["DateTimeISO"]["output"];
  /** Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** A page of a PHC organisation's attachment requests, by decision deadline (earliest first) (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type AttachmentRequestConnection = {
  __typename?: "AttachmentRequestConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<AttachmentRequestEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One AttachmentRequest in a page, with its cursor. */
export type AttachmentRequestEdge = {
  __typename?: "AttachmentRequestEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The AttachmentRequest itself. */
  node: AttachmentRequest;
};

/** One step of the attachment request's history (append-only): who moved it, when, from which state to which. */
export type AttachmentRequestHistoryEntry = {
  __typename?: "AttachmentRequestHistoryEntry";
  /** What was done, as the attachment request's events name it: submit, file, decide. */
  action: Scalars["String"]["output"];
  /** The person signed in through the client who made this step (staff sign-in); null for a machine client or the server's own jobs. */
  actorPerson?: Maybe<StaffPerson>;
  /** Role of the client that acted; null for the server's own jobs and for steps reconstructed when the history began. */
  actorRole?: Maybe<Scalars["String"]["output"]>;
  /** When (UTC). */
  at: Scalars["DateTimeISO"]["output"];
  /** State before; null for the creation. */
  fromState?: Maybe<KzRequestStatus>;
  /** The comment or reason given, if any. */
  note?: Maybe<Scalars["String"]["output"]>;
  /** State after. */
  toState: KzRequestStatus;
  /** The attachment request's version after this step. */
  version: Scalars["Int"]["output"];
};

/** The result of an attachment-request mutation: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type AttachmentRequestPayload = {
  __typename?: "AttachmentRequestPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  request?: Maybe<AttachmentRequest>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** Whether a booked patient came. */
export type AttendanceOutcome =
  /** The patient came. */
  | "ATTENDED"
  /** The patient neither came nor cancelled (starts APPT-8's penalty). */
  | "NO_SHOW";

/** Beds of one type at a facility (FAC-2); the emergency bed search reserves from them (ER-6). */
export type BedCapacity = {
  __typename?: "BedCapacity";
  /** The type of bed. */
  bedType: BedType;
  /** ER-8: the time the last occupancy report was as of; null if the facility never reported. */
  occupancyReportedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** ER-8: beds in use as the facility last reported them (reportBedOccupancy); 0 until it reports. */
  occupied: Scalars["Int"]["output"];
  /** Number of beds of this type, 0 or more. */
  total: Scalars["Int"]["output"];
};

/** Beds of one type (FAC-2). */
export type BedCapacityInput = {
  /** The type of bed. */
  bedType: BedType;
  /** Number of beds of this type, 0 to 100000. */
  total: Scalars["Int"]["input"];
};

/** ER-8: the free beds of one type as the hospital counts them. */
export type BedOccupancyInput = {
  /** A bed type of the facility's capacity. */
  bedType: BedType;
  /** Empty beds of the type now (at most the capacity's total). */
  free: Scalars["Int"]["input"];
};

/** An emergency bed search for a referral, held by one level at a time (ER-1 to ER-7). */
export type BedSearch = Node & {
  __typename?: "BedSearch";
  /** The bed type needed (ER-1). */
  bedType: BedType;
  /** Every step of the search (started, offered, escalated, …), oldest first; append-only. */
  history: Array<BedSearchHistoryEntry>;
  /** Opaque global ID of the search. */
  id: Scalars["ID"]["output"];
  /** ER-6: only this level acts. */
  level: SearchLevel;
  /** ER-7: each level's start, end and outcome. */
  levels: Array<BedSearchLevelEntry>;
  /** Province of the referring facility (plate code), whose 112 centre starts the search (ER-2). */
  provinceCode: Scalars["String"]["output"];
  /** The referral the bed is for. */
  referral: Referral;
  /** Facility whose bed is reserved; null until a bed is offered. */
  reservedFacility?: Maybe<Facility>;
  /** Where the search stands. */
  status: SearchStatus;
  /** Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** One step of the level holding a bed search (ER-3 to ER-6). */
export type BedSearchActionInput = {
  /** A comment for the search's record, up to 1000 characters. */
  comment?: InputMaybe<Scalars["String"]["input"]>;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** offerBed: the facility whose bed is reserved. */
  facilityId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Global ID of the bed search. */
  id: Scalars["ID"]["input"];
};

/** A page of open bed searches, oldest first (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type BedSearchConnection = {
  __typename?: "BedSearchConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<BedSearchEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One BedSearch in a page, with its cursor. */
export type BedSearchEdge = {
  __typename?: "BedSearchEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The BedSearch itself. */
  node: BedSearch;
};

/** One step of the bed search's history (append-only): who moved it, when, from which state to which. */
export type BedSearchHistoryEntry = {
  __typename?: "BedSearchHistoryEntry";
  /** What was done, as the bed search's events name it: start, offerBed, escalate, completeTransfer, reopen (ER-8), cancelReferral. */
  action: Scalars["String"]["output"];
  /** Role of the client that acted; null for the server's own jobs and for steps reconstructed when the history began. */
  actorRole?: Maybe<Scalars["String"]["output"]>;
  /** When (UTC). */
  at: Scalars["DateTimeISO"]["output"];
  /** State before; null for the creation. */
  fromState?: Maybe<SearchStatus>;
  /** The level holding the search after this step (an escalation changes it, ER-3/ER-4). */
  level: SearchLevel;
  /** The comment or reason given, if any. */
  note?: Maybe<Scalars["String"]["output"]>;
  /** State after. */
  toState: SearchStatus;
  /** The bed search's version after this step. */
  version: Scalars["Int"]["output"];
};

/** One level's turn in a bed search (ER-7). */
export type BedSearchLevelEntry = {
  __typename?: "BedSearchLevelEntry";
  /** When its turn ended (UTC); null while it holds the search. */
  endedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** The level. */
  level: SearchLevel;
  /** How its turn ended, e.g. BED_RESERVED or ESCALATED; null while it holds the search. */
  outcome?: Maybe<Scalars["String"]["output"]>;
  /** When the level received the search (UTC). */
  startedAt: Scalars["DateTimeISO"]["output"];
};

/** The result of a bed-search mutation: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type BedSearchPayload = {
  __typename?: "BedSearchPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  search?: Maybe<BedSearch>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
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
  accessJustification?: InputMaybe<Scalars["String"]["input"]>;
  /** The ALO 182 call: at most 4 appointments in one (APPT-5). */
  bookingSessionId?: InputMaybe<Scalars["String"]["input"]>;
  /** Where the booking is made. */
  channel: BookingChannel;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** Global ID of the patient; an e-government portal books only for its own person. */
  patientId: Scalars["ID"]["input"];
  /** Global ID of a free slot, on the next calendar day or later (APPT-1). */
  slotId: Scalars["ID"]["input"];
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
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the appointment. */
  id: Scalars["ID"]["input"];
  /** Required when the facility cancels. */
  reason?: InputMaybe<Scalars["String"]["input"]>;
};

/** REIMB-8: the civil-servant monthly coefficient over a period. */
export type CivilServantCoefficient = {
  __typename?: "CivilServantCoefficient";
  /** Decimal with 6 places, e.g. 0.165786. */
  coefficient: Scalars["String"]["output"];
  /** First day the coefficient applies. */
  validFrom: Scalars["LocalDate"]["output"];
  /** Last day it applies. */
  validUntil: Scalars["LocalDate"]["output"];
};

/** REIMB-14: a half-year that some day lacks a civil-servant coefficient. */
export type CivilServantCoefficientGap = {
  __typename?: "CivilServantCoefficientGap";
  /** The first day no coefficient period covers. */
  firstUncoveredDay: Scalars["LocalDate"]["output"];
  /** Days from today to the half-year's start; negative once it has started. */
  startsInDays: Scalars["Int"]["output"];
  /** The half-year's first day (1 January or 1 July). */
  validFrom: Scalars["LocalDate"]["output"];
  /** The half-year's last day. */
  validUntil: Scalars["LocalDate"]["output"];
};

/** The result of setCivilServantCoefficient: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type CivilServantCoefficientPayload = {
  __typename?: "CivilServantCoefficientPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  coefficient?: Maybe<CivilServantCoefficient>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** A clinic or branch (e.g. cardiology, radiotherapy). */
export type Clinic = {
  __typename?: "Clinic";
  /** Stable clinic (branch) code, e.g. CARDIOLOGY, ONCOLOGY, RADIOTHERAPY. */
  code: Scalars["String"]["output"];
  /** English name of the clinic. */
  nameEn: Scalars["String"]["output"];
  /** Turkish name as the ministry uses it. */
  nameTr: Scalars["String"]["output"];
};

/** A companion who travelled with the patient (REIMB-9). */
export type CompanionInput = {
  /** The referral document records that the patient came or stayed with a companion (REIMB-9). */
  recordedOnReferral: Scalars["Boolean"]["input"];
  /** How the companion travelled; the patient's transport when omitted. */
  transport?: InputMaybe<TransportKind>;
};

/** Confirms an appointment (APPT-9). */
export type ConfirmAppointmentInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the appointment. */
  id: Scalars["ID"]["input"];
};

/** APPT-9: appointments must be confirmed by a deadline on the day before. */
export type ConfirmationSettings = {
  __typename?: "ConfirmationSettings";
  /** Local hour on the day before by which to confirm. */
  deadlineHour: Scalars["Int"]["output"];
  /** Whether confirmation is required. */
  enabled: Scalars["Boolean"]["output"];
  /** Patients of this age or older need not confirm (MHRS: 65); cancer patients are exempt too. */
  exemptFromAge: Scalars["Int"]["output"];
  /** Appointments booked this many days ahead or fewer count as confirmed (MHRS: 2). */
  preConfirmedWithinDays: Scalars["Int"]["output"];
};

/** APPT-9 settings. */
export type ConfirmationSettingsInput = {
  /** Local hour (Europe/Istanbul, 0 to 23) on the day before by which to confirm (MHRS: 20). */
  deadlineHour?: InputMaybe<Scalars["Int"]["input"]>;
  /** Whether confirmation is required. */
  enabled?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Age from which patients need not confirm (0 to 130). */
  exemptFromAge?: InputMaybe<Scalars["Int"]["input"]>;
  /** Bookings this many days ahead or fewer count as confirmed (0 to 30). */
  preConfirmedWithinDays?: InputMaybe<Scalars["Int"]["input"]>;
};

/** How to reach the patient (PAT-2). */
export type Contact = {
  __typename?: "Contact";
  /** Postal address, free text. */
  address?: Maybe<Scalars["String"]["output"]>;
  /** E-mail address. */
  email?: Maybe<Scalars["String"]["output"]>;
  /** Phone number in international form, e.g. +905321234567. */
  phone?: Maybe<Scalars["String"]["output"]>;
};

/** Contact details; every field optional. */
export type ContactInput = {
  /** Postal address, free text. */
  address?: InputMaybe<Scalars["String"]["input"]>;
  /** A valid e-mail address. */
  email?: InputMaybe<Scalars["String"]["input"]>;
  /** Phone number in international form, e.g. +905321234567. */
  phone?: InputMaybe<Scalars["String"]["input"]>;
};

/** MDS-7: the unit corrects a submitted or resubmitted submission itself, as its own correction. */
export type CorrectMonthlySubmissionInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the submission. */
  id: Scalars["ID"]["input"];
  /** Why the unit corrects the province's data, 3 to 1000 characters; the province reads it. */
  reason: Scalars["String"]["input"];
  /** The corrected rows, at most 2000: each replaces the row of its facility and nationality, or is added (MDS-2 applies). */
  rows: Array<MonthlySubmissionRowInput>;
};

/** One row to correct and why. */
export type CorrectionRowInput = {
  /** Global ID of the row's facility. */
  facilityId: Scalars["ID"]["input"];
  /** The count in question. */
  metric?: InputMaybe<SubmissionMetric>;
  /** The row's nationality. */
  nationality: TpNationality;
  /** Why it must be corrected, 3 to 1000 characters. */
  reason: Scalars["String"]["input"];
};

/** A new chain template (APR-8). */
export type CreateApprovalTemplateInput = {
  /** Stable code: upper case letters, digits and underscores, 2 to 64. */
  code: Scalars["String"]["input"];
  /** The department whose head decides its Department Head steps (see approvalDepartments). */
  departmentCode: Scalars["String"]["input"];
  /** When its reports are due; REPORT-carrying kinds only. */
  duePolicy?: InputMaybe<ApprovalDuePolicyInput>;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** Name in English, 2 to 300 characters. */
  nameEn: Scalars["String"]["input"];
  /** Name in Turkish, 2 to 300 characters. */
  nameTr: Scalars["String"]["input"];
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
  clinics?: Array<Scalars["String"]["input"]>;
  /** Ministry facility code (4 to 12 digits). */
  code: Scalars["String"]["input"];
  /** ISO 3166-1 alpha-2 country; TR by default, another code for a ministry-run overseas facility (FAC-3). */
  countryCode?: Scalars["String"]["input"];
  /** District name within the province. */
  district?: InputMaybe<Scalars["String"]["input"]>;
  /** Whether it has an International Health Tourism Unit (HT-3). */
  hasHealthTourismUnit?: Scalars["Boolean"]["input"];
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** Kind of facility; decides its level (FAC-1). */
  kind: FacilityKind;
  /** Coordinates, if known. */
  location?: InputMaybe<GeoPointInput>;
  /** Official name, 3 to 200 characters. */
  name: Scalars["String"]["input"];
  /** Public, private or university. */
  ownership: FacilityOwnership;
  /** Province plate code, 01 to 81; required in TR. A provincial directorate may create only in its own province. */
  provinceCode?: InputMaybe<Scalars["String"]["input"]>;
  /** Settlement area code inside the province (REF-1, REIMB-1). */
  settlementAreaCode?: InputMaybe<Scalars["String"]["input"]>;
};

/** A new referral from the origin facility (REF-2, TP-1). */
export type CreateReferralInput = {
  /** PAT-3: why the hospital needs access to this patient, required (at least 20 characters) when it has no current referral, case or appointment with them and did not just register them. Recorded for auditors and announced to the coordination unit (patient.access_justified). */
  accessJustification?: InputMaybe<Scalars["String"]["input"]>;
  /** Transport authorised (REIMB-5, REIMB-6); REGULAR by default. */
  authorisedTransport?: TransportKind;
  /** Clinic the patient needs, e.g. ONCOLOGY (2 to 64 characters). */
  clinicCode: Scalars["String"]["input"];
  /** A companion is medically required (REIMB-9); false by default. */
  companionRequired?: Scalars["Boolean"]["input"];
  /** ICD-10, e.g. C50.9 */
  diagnosisIcd10: Scalars["String"]["input"];
  /** Check the referral and answer with SGK's pre-referral check (REIMB-15); write nothing. */
  dryRun?: Scalars["Boolean"]["input"];
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** The medical grounds (REIMB-4). */
  medicalGrounds: MedicalGrounds;
  /** Global ID of the referring facility; a hospital refers only from its own. */
  originFacilityId: Scalars["ID"]["input"];
  /** Global ID of the patient. */
  patientId: Scalars["ID"]["input"];
  /** The provision check; required for a temporary-protection patient (TP-1). */
  provision?: InputMaybe<ProvisionInput>;
  /** Name of the requesting physician, 3 to 200 characters. */
  requestingPhysician: Scalars["String"]["input"];
  /** How urgent it is. */
  urgency: ReferralUrgency;
};

/** createReferral's answer: the referral (null on a dry run) and SGK's pre-referral check. */
export type CreateReferralPayload = {
  __typename?: "CreateReferralPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  referral?: Maybe<Referral>;
  /** REIMB-15: SGK's consequences; null when the referral is refused. */
  sgkCheck?: Maybe<PreReferralCheck>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
  /** With dryRun: the status the transition would lead to. */
  wouldBecome?: Maybe<ReferralStatus>;
};

/** A new staff account. The password is stored only as a hash; a TOTP secret is made when asked for, and always for national roles and the auditor (STAFF-2). */
export type CreateStaffAccountInput = {
  /** The person's name, 2 to 120 characters. */
  displayName: Scalars["String"]["input"];
  /** The organisation the person works for, 2 to 200 characters. */
  organisation: Scalars["String"]["input"];
  /** The initial password, 12 to 200 characters (STAFF-4); give it to the person by a separate channel. */
  password: Scalars["String"]["input"];
  /** The role, one of PARTNER_HOSPITAL, PROVINCIAL_DIRECTORATE, COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE, INSURER, EGOV_PORTAL, PHC_ORGANISATION, AUDITOR. */
  role: Scalars["String"]["input"];
  /** The scope, as `national`, `province:NN`, `facility:CODE`, `insurer:CODE` or `organisation:CODE` (the role decides which kind). */
  scope: Scalars["String"]["input"];
  /** Make a TOTP secret for a role that does not require one (default false; national roles and the auditor always get one). */
  totp?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** The sign-in name: 2 to 63 characters, lower case letters, digits, dot, dash or underscore, starting with a letter or digit. */
  username: Scalars["String"]["input"];
};

/** The result of createStaffAccount: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type CreateStaffAccountPayload = {
  __typename?: "CreateStaffAccountPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  staffAccount?: Maybe<StaffAccount>;
  /** The otpauth:// URI of the new TOTP secret, shown only here: give it to the person to scan into their authenticator app. Null without TOTP. */
  totpProvisioningUri?: Maybe<Scalars["String"]["output"]>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** A new webhook subscription for your client. */
export type CreateWebhookSubscriptionInput = {
  /** Your note on what it is for, 1 to 200 characters. */
  description?: InputMaybe<Scalars["String"]["input"]>;
  /** Event types, 1 to 100: exact (referral.accepted) or a subject's every type (referral.*); see eventTypes. */
  eventTypes: Array<Scalars["String"]["input"]>;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** https (plain http only to localhost in development). */
  url: Scalars["String"]["input"];
};

/** The result of createWebhookSubscription: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type CreateWebhookSubscriptionPayload = {
  __typename?: "CreateWebhookSubscriptionPayload";
  /** The signing secret (whsec_…), shown only here: verify every delivery with it (SDK verifyWebhook). */
  secret?: Maybe<Scalars["String"]["output"]>;
  /** The object as stored after the change; null when `userErrors` refused it. */
  subscription?: Maybe<WebhookSubscription>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** A data request for a scientific study. */
export type DataRequestSubject = {
  __typename?: "DataRequestSubject";
  /** The data asked for. */
  dataRequested: Scalars["String"]["output"];
  /** Who asks: another general directorate or department. */
  requester: Scalars["String"]["output"];
  /** Title of the study. */
  studyTitle: Scalars["String"]["output"];
};

/** A data request for a scientific study. */
export type DataRequestSubjectInput = {
  /** The data asked for, 3 to 4000 characters. */
  dataRequested: Scalars["String"]["input"];
  /** Who asks, 2 to 300 characters. */
  requester: Scalars["String"]["input"];
  /** Title of the study, 3 to 300 characters. */
  studyTitle: Scalars["String"]["input"];
};

/** A decision on the current step, by a holder of its role (APR-2). */
export type DecideApprovalStepInput = {
  /** PETITION: the answer sent to the petitioner, with the last step. */
  answer?: InputMaybe<Scalars["String"]["input"]>;
  /** PETITION_RELEVANT_UNIT: the unit that answered the petitioner, with the last step (APR-10). */
  answeringUnit?: InputMaybe<Scalars["String"]["input"]>;
  /** Why, 2 to 2000 characters; kept in the history (APR-3). */
  comment: Scalars["String"]["input"];
  /** The decision; it must fit the step's kind. */
  decision: StepDecision;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the approval. */
  id: Scalars["ID"]["input"];
};

/** The organisation's decision (KZ-8): attach, or refuse with reasons. */
export type DecideAttachmentRequestInput = {
  /** true: attach (notice); false: refuse with reasons (KZ-8). */
  attach: Scalars["Boolean"]["input"];
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the request. */
  id: Scalars["ID"]["input"];
  /** The reasons of a refusal, up to 2000 characters; a refusal without one is rejected (KZ-8). */
  refusalReason?: InputMaybe<Scalars["String"]["input"]>;
};

/** The subscription to remove, with its delivery log. */
export type DeleteWebhookSubscriptionInput = {
  /** Global ID of the subscription. */
  id: Scalars["ID"]["input"];
};

/** The documents an overseas posting requires (each true when supplied). */
export type DeploymentDocuments = {
  __typename?: "DeploymentDocuments";
  /** A passport copy. */
  passport: Scalars["Boolean"]["output"];
  /** A payslip. */
  payslip: Scalars["Boolean"]["output"];
  /** A photograph. */
  photo: Scalars["Boolean"]["output"];
  /** The work form. */
  workForm: Scalars["Boolean"]["output"];
};

/** The required documents, each true when supplied. */
export type DeploymentDocumentsInput = {
  /** A passport copy. */
  passport: Scalars["Boolean"]["input"];
  /** A payslip. */
  payslip: Scalars["Boolean"]["input"];
  /** A photograph. */
  photo: Scalars["Boolean"]["input"];
  /** The work form. */
  workForm: Scalars["Boolean"]["input"];
};

/** The staff account to disable. */
export type DisableStaffAccountInput = {
  /** Global ID of the staff account. */
  id: Scalars["ID"]["input"];
};

/** A district (ilçe) and the settlement area it belongs to. */
export type District = {
  __typename?: "District";
  /** Opaque ID of the district. */
  id: Scalars["ID"]["output"];
  /** District name in Turkish, e.g. Ceyhan. */
  name: Scalars["String"]["output"];
  /** The settlement area the district belongs to (REF-1, REIMB-1). */
  settlementArea: SettlementArea;
};

/** A document to attach (HT-8). */
export type DocumentUploadInput = {
  /** The file, base64-encoded (at most the configured size). */
  contentBase64: Scalars["String"]["input"];
  /** What the document is. */
  kind: HealthTourismDocumentKind;
  /** Media type, e.g. application/pdf. */
  mediaType: Scalars["String"]["input"];
  /** File name, 1 to 200 characters. */
  name: Scalars["String"]["input"];
};

/** A workflow transition, as webhooks POST it and subscriptions push it. Personal data is never in it: read the subject through the API. */
export type DomainEvent = {
  __typename?: "DomainEvent";
  /** The person signed in through the client who made the change (staff sign-in); null for a machine client or the server's own jobs. */
  actorPerson?: Maybe<StaffPerson>;
  /** action, fromStatus, toStatus, version, actorRole, actorPerson ({ id, username, displayName } or null) and the subject's key facts. */
  data: Scalars["JSONObject"]["output"];
  /** The event's id; the `webhook-id` header. Deduplicate on it: delivery is at least once. */
  id: Scalars["ID"]["output"];
  /** When it was committed (UTC). */
  occurredAt: Scalars["DateTimeISO"]["output"];
  /** The changed object's global ID (node(id:)). */
  subjectId: Scalars["ID"]["output"];
  /** The GraphQL type of the changed object, e.g. Referral. */
  subjectType: Scalars["String"]["output"];
  /** `<subject>.<what happened>`, e.g. referral.accepted (see eventTypes). */
  type: Scalars["String"]["output"];
};

/** A short-lived download link. */
export type DownloadLink = {
  __typename?: "DownloadLink";
  /** When the link stops working (UTC); a later request answers 410. */
  expiresAt: Scalars["DateTimeISO"]["output"];
  /** The URL; it needs no token, so do not share it. */
  url: Scalars["String"]["output"];
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
  signedByPhysician: Scalars["Boolean"]["input"];
  /** The vehicle prescribed. */
  vehicle: TransportKind;
};

/** KZ-3: may this IIN be employed on the day? */
export type EmploymentEligibility = {
  __typename?: "EmploymentEligibility";
  /** The contracts in force that day. */
  contracts: Array<InsuranceContract>;
  /** True when the person has active VHI or OSMS coverage on the day (KZ-3). */
  eligible: Scalars["Boolean"]["output"];
  /** The rule that decided: KZ-3. */
  rule: Scalars["String"]["output"];
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
  period: Scalars["String"]["input"];
};

/** The result of exportMonthlyConsolidation: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type ExportMonthlyConsolidationPayload = {
  __typename?: "ExportMonthlyConsolidationPayload";
  /** The link; null when `userErrors` refused it. */
  link?: Maybe<DownloadLink>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
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
export type ExternalRequestSubject = {
  __typename?: "ExternalRequestSubject";
  /** When the answer is due, if the request says. */
  answerDueOn?: Maybe<Scalars["LocalDate"]["output"]>;
  /** Who asks. */
  institution: ExternalInstitution;
  /** OTHER: the institution's name. */
  institutionName?: Maybe<Scalars["String"]["output"]>;
  /** The institution's reference (letter number). */
  reference: Scalars["String"]["output"];
  /** What is asked (action plans, activities…). */
  summary: Scalars["String"]["output"];
};

/** A request from an institution outside the directorate. */
export type ExternalRequestSubjectInput = {
  /** When the answer is due, if the request says. */
  answerDueOn?: InputMaybe<Scalars["LocalDate"]["input"]>;
  /** Who asks. */
  institution: ExternalInstitution;
  /** OTHER: the institution's name, 2 to 200 characters. */
  institutionName?: InputMaybe<Scalars["String"]["input"]>;
  /** The institution's reference, 1 to 100 characters. */
  reference: Scalars["String"]["input"];
  /** What is asked, 3 to 4000 characters. */
  summary: Scalars["String"]["input"];
};

/** A health facility, in Türkiye or run by the ministry overseas (FAC-3). */
export type Facility = Node & {
  __typename?: "Facility";
  /** Bed capacity by bed type (FAC-2). */
  bedCapacities: Array<BedCapacity>;
  /** Clinics and branches it offers (FAC-2). */
  clinics: Array<Clinic>;
  /** Ministry facility code: stable, use it as the business key. */
  code: Scalars["String"]["output"];
  /** ISO 3166-1 alpha-2; other than TR for the overseas hospitals (FAC-3). */
  countryCode: Scalars["String"]["output"];
  /** District (ilçe); null when unknown or overseas. */
  district?: Maybe<District>;
  /** Has an International Health Tourism Unit (HT-3). */
  hasHealthTourismUnit: Scalars["Boolean"]["output"];
  /** Opaque global ID of the facility; use `code` as the business key. */
  id: Scalars["ID"]["output"];
  /** Kind of facility; decides its level (FAC-1). */
  kind: FacilityKind;
  /** FAC-1: derived from the kind. */
  level: FacilityLevel;
  /** Coordinates, used for distances (REIMB-3); null when unknown. */
  location?: Maybe<GeoPoint>;
  /** Official name, in Turkish (or the overseas hospital's own name). */
  name: Scalars["String"]["output"];
  /** Public, private or university. */
  ownership: FacilityOwnership;
  /** Province of a Turkish facility; null for overseas facilities (FAC-3). */
  province?: Maybe<Province>;
  /** Settlement area (municipality or metropolitan adjacent area) used by REF-1 and REIMB-1; null overseas. */
  settlementArea?: Maybe<SettlementArea>;
  /** Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** A page of facilities (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type FacilityConnection = {
  __typename?: "FacilityConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<FacilityEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One Facility in a page, with its cursor. */
export type FacilityEdge = {
  __typename?: "FacilityEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The Facility itself. */
  node: Facility;
};

/** Narrows the facility list; every given field must match. */
export type FacilityFilter = {
  /** Clinic code the facility must have, e.g. ONCOLOGY. */
  clinic?: InputMaybe<Scalars["String"]["input"]>;
  /** ISO country code; anything but TR lists overseas hospitals. */
  countryCode?: InputMaybe<Scalars["String"]["input"]>;
  /** Only facilities with (true) or without (false) an International Health Tourism Unit. */
  hasHealthTourismUnit?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Only facilities of this kind. */
  kind?: InputMaybe<FacilityKind>;
  /** Only facilities of this level (FAC-1). */
  level?: InputMaybe<FacilityLevel>;
  /** Province plate code, e.g. "01". */
  provinceCode?: InputMaybe<Scalars["String"]["input"]>;
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

/** The result of createFacility or updateFacility: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type FacilityPayload = {
  __typename?: "FacilityPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  facility?: Maybe<Facility>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** One facility's shortfall in the weekly review (APPT-7). */
export type FacilityScheduleAdequacy = {
  __typename?: "FacilityScheduleAdequacy";
  /** Appointment places published for the week. */
  capacity: Scalars["Int"]["output"];
  /** The facility. */
  facility: Facility;
  /** Physicians registered at the facility. */
  physicianCount: Scalars["Int"]["output"];
  /** Physicians with no schedule in the week. */
  physiciansWithoutSchedule: Array<Physician>;
  /** Why it is listed: missing schedules, too little capacity, or both. */
  reasons: Array<AdequacyReason>;
  /** Physicians × the configured weekly minimum. */
  requiredCapacity: Scalars["Int"]["output"];
};

/** Staff file a request into the Register of Attached Population (KZ-6). */
export type FileAttachmentRequestInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the request. */
  id: Scalars["ID"]["input"];
};

/** ER-8: a facility's free beds of one type, nearest first in a free-bed search. */
export type FreeBed = {
  __typename?: "FreeBed";
  /** The bed type searched for. */
  bedType: BedType;
  /** Great-circle distance in km from the search's point, to 0.1 km. */
  distanceKm: Scalars["Float"]["output"];
  /** The facility with the beds. */
  facility: Facility;
  /** total − occupied − held: what can be offered now. */
  free: Scalars["Int"]["output"];
  /** Held for bed searches (ER-6) and not yet in the facility's report. */
  held: Scalars["Int"]["output"];
  /** In use as last reported. */
  occupied: Scalars["Int"]["output"];
  /** As of when the occupancy was reported; null if never. */
  reportedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** The figures are older than 60 minutes (or were never reported): call before relying on them. */
  stale: Scalars["Boolean"]["output"];
  /** Capacity of the type. */
  total: Scalars["Int"]["output"];
};

/** Free beds, nearest first. */
export type FreeBedConnection = {
  __typename?: "FreeBedConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<FreeBedEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One FreeBed in a page, with its cursor. */
export type FreeBedEdge = {
  __typename?: "FreeBedEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The FreeBed itself. */
  node: FreeBed;
};

/** ER-8: which free beds to find, and where to measure nearness from. */
export type FreeBedFilter = {
  /** The bed type needed (ER-1). */
  bedType: BedType;
  /** Measure distance from this point (give this or nearFacilityId). */
  near?: InputMaybe<GeoPointInput>;
  /** Measure distance from this facility, e.g. the referring hospital. */
  nearFacilityId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Province plate code, e.g. "06". 112 and the provincial crisis centre name one (any province: ER-2, ER-3); omitted, the search is countrywide (national crisis centre, ER-4). */
  provinceCode?: InputMaybe<Scalars["String"]["input"]>;
};

/** The subject of a chain no other subject kind names (APR-9). */
export type GenericSubject = {
  __typename?: "GenericSubject";
  /** Named values, in the order given. */
  attributes: Array<SubjectAttribute>;
  /** What the chain decides about. */
  summary: Scalars["String"]["output"];
};

/** The subject of a GENERIC chain (APR-9). */
export type GenericSubjectInput = {
  /** Named values, at most 50. */
  attributes?: Array<SubjectAttributeInput>;
  /** What the chain decides about, 3 to 4000 characters. */
  summary: Scalars["String"]["input"];
};

/** WGS 84 coordinates in decimal degrees. */
export type GeoPoint = {
  __typename?: "GeoPoint";
  /** Latitude in decimal degrees, -90 to 90. */
  latitude: Scalars["Float"]["output"];
  /** Longitude in decimal degrees, -180 to 180. */
  longitude: Scalars["Float"]["output"];
};

/** WGS 84 coordinates in decimal degrees. */
export type GeoPointInput = {
  /** Latitude, -90 to 90. */
  latitude: Scalars["Float"]["input"];
  /** Longitude, -180 to 180. */
  longitude: Scalars["Float"]["input"];
};

/** Who met the patient on arrival (HT-5, HT-7). */
export type Greeter =
  /** A hospital representative ("400 patients" programme, HT-7). */
  | "HOSPITAL_REPRESENTATIVE"
  /** An officer of the facility's health-tourism unit (health tourists). */
  | "UNIT_OFFICER";

/** One of the 23 diseases dangerous to others covered by the free guaranteed volume (KZ-13). */
export type GuaranteedDisease = {
  __typename?: "GuaranteedDisease";
  /** Disease code, e.g. TUBERCULOSIS. */
  code: Scalars["String"]["output"];
  /** Name in English. */
  nameEn: Scalars["String"]["output"];
  /** Name in Russian. */
  nameRu: Scalars["String"]["output"];
};

/** A service of the free guaranteed volume provided to a person (KZ-13, KZ-14). */
export type GuaranteedService = {
  __typename?: "GuaranteedService";
  /** The disease dangerous to others it was for (KZ-13). */
  diseaseCode: Scalars["String"]["output"];
  /** Opaque ID of the record. */
  id: Scalars["ID"]["output"];
  /** The organisation that provided it. */
  organisationCode: Scalars["String"]["output"];
  /** Day the service was provided. */
  providedOn: Scalars["LocalDate"]["output"];
  /** The service, e.g. THERAPIST. */
  serviceCode: Scalars["String"]["output"];
};

/** The result of recordGuaranteedService: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type GuaranteedServicePayload = {
  __typename?: "GuaranteedServicePayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  service?: Maybe<GuaranteedService>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** One service of the free guaranteed volume and its quota for the person (KZ-14). */
export type GuaranteedServiceQuota = {
  __typename?: "GuaranteedServiceQuota";
  /** The first day the service can be given again (the day asked about if now). */
  availableOn: Scalars["LocalDate"]["output"];
  /** Service code, e.g. THERAPIST, CHEST_XRAY. */
  code: Scalars["String"]["output"];
  /** How many times the service may be provided per period. */
  limitCount: Scalars["Int"]["output"];
  /** Name in English. */
  nameEn: Scalars["String"]["output"];
  /** Name in Russian. */
  nameRu: Scalars["String"]["output"];
  /** The period the limit counts over. */
  period: KzQuotaPeriod;
  /** Services given up to the day asked about. */
  used: Scalars["Int"]["output"];
};

/** Legal guardian of a minor (PAT-2). */
export type Guardian = {
  __typename?: "Guardian";
  /** Kind of the guardian's identifier, if one was given. */
  identifierKind?: Maybe<IdentifierKind>;
  /** The guardian's identifier, if one was given. */
  identifierValue?: Maybe<Scalars["String"]["output"]>;
  /** Full name of the guardian. */
  name: Scalars["String"]["output"];
  /** Phone number of the guardian. */
  phone?: Maybe<Scalars["String"]["output"]>;
  /** e.g. mother, father, court-appointed guardian. */
  relationship: Scalars["String"]["output"];
};

/** Legal guardian of a minor (PAT-2). */
export type GuardianInput = {
  /** The guardian's identifier, checked like the patient's (ID-1 to ID-3). */
  identifier?: InputMaybe<IdentifierInput>;
  /** Full name of the guardian. */
  name: Scalars["String"]["input"];
  /** Phone number of the guardian. */
  phone?: InputMaybe<Scalars["String"]["input"]>;
  /** Relationship to the patient, e.g. mother, father, court-appointed guardian. */
  relationship: Scalars["String"]["input"];
};

/** A health board report (sağlık kurulu raporu) that justifies taxi, ambulance or flight (REIMB-6 a). */
export type HealthBoardReportInput = {
  /** Day the report was issued. */
  issuedOn: Scalars["LocalDate"]["input"];
  /** The report states the disease. */
  statesDisease: Scalars["Boolean"]["input"];
  /** The report states why regular transport is impossible. */
  statesWhyRegularTransportImpossible: Scalars["Boolean"]["input"];
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

/** A foreign patient's health-tourism case, from inquiry to completion (HT-1 to HT-8). */
export type HealthTourismCase = Node & {
  __typename?: "HealthTourismCase";
  /** Accommodation is arranged (needed before ARRIVED when requested, HT-5). */
  accommodationArranged: Scalars["Boolean"]["output"];
  /** The patient asked for accommodation (HT-5). */
  accommodationRequested: Scalars["Boolean"]["output"];
  /** The appointment at the facility (UTC, HT-4); null before APPOINTMENT_SCHEDULED. */
  appointmentAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** How the inquiry came. */
  channel: HealthTourismChannel;
  /** HT-4: the approximate cost. */
  cost?: Maybe<Money>;
  /** Documents attached along the way (HT-8). */
  documents: Array<HealthTourismDocument>;
  /** The facility it was forwarded to (HT-3); null before. */
  facility?: Maybe<Facility>;
  /** The patient guide assigned (HT-6). */
  guideName?: Maybe<Scalars["String"]["output"]>;
  /** Every transition, oldest first; append-only (HT-8). */
  history: Array<HealthTourismHistoryEntry>;
  /** Opaque global ID of the case. */
  id: Scalars["ID"]["output"];
  /** The interpreter's language, ISO 639-1: the patient's preferred language (HT-6). */
  interpreterLanguage?: Maybe<Scalars["String"]["output"]>;
  /** The interpreter assigned for treatment (HT-6). */
  interpreterName?: Maybe<Scalars["String"]["output"]>;
  /** The patient. Personal data: null with FORBIDDEN once your access has ended (PAT-3). */
  patient?: Maybe<Patient>;
  /** Health tourism, or the "400 patients" programme (HT-7). */
  programme: HealthTourismProgramme;
  /** Where the case stands (HT-1). */
  status: HealthTourismStatus;
  /** The transfer is arranged (needed before ARRIVED when requested, HT-5). */
  transferArranged: Scalars["Boolean"]["output"];
  /** The patient asked for an airport transfer (HT-5). */
  transferRequested: Scalars["Boolean"]["output"];
  /** Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** A page of health-tourism cases, oldest first (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type HealthTourismCaseConnection = {
  __typename?: "HealthTourismCaseConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<HealthTourismCaseEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One HealthTourismCase in a page, with its cursor. */
export type HealthTourismCaseEdge = {
  __typename?: "HealthTourismCaseEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The HealthTourismCase itself. */
  node: HealthTourismCase;
};

/** The result of openHealthTourismCase or transitionHealthTourismCase: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type HealthTourismCasePayload = {
  __typename?: "HealthTourismCasePayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  case?: Maybe<HealthTourismCase>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
  /** With dryRun: the status the transition would lead to. */
  wouldBecome?: Maybe<HealthTourismStatus>;
};

/** How a health-tourism inquiry came in (HT-1). */
export type HealthTourismChannel =
  /** E-mail. */
  | "EMAIL"
  /** Official letter. */
  | "OFFICIAL_LETTER"
  /** Phone. */
  | "PHONE";

/** A document attached to a health-tourism case (HT-8). */
export type HealthTourismDocument = {
  __typename?: "HealthTourismDocument";
  /** Opaque ID of the document. */
  id: Scalars["ID"]["output"];
  /** What the document is. */
  kind: HealthTourismDocumentKind;
  /** Media type, e.g. application/pdf. */
  mediaType: Scalars["String"]["output"];
  /** File name as uploaded. */
  name: Scalars["String"]["output"];
  /** SHA-256 of the content, hex. */
  sha256: Scalars["String"]["output"];
  /** Size in bytes. */
  size: Scalars["Int"]["output"];
  /** When it was uploaded (UTC). */
  uploadedAt: Scalars["DateTimeISO"]["output"];
};

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

/** One step of the health-tourism case's history (append-only): who moved it, when, from which state to which. HT-8. */
export type HealthTourismHistoryEntry = {
  __typename?: "HealthTourismHistoryEntry";
  /** What was done, as the health-tourism case's events name it: open, or a HealthTourismAction as an internal camelCase verb (requestEpicrisis, …). */
  action: Scalars["String"]["output"];
  /** The person signed in through the client who made this step (staff sign-in); null for a machine client or the server's own jobs. */
  actorPerson?: Maybe<StaffPerson>;
  /** Role of the client that acted; null for the server's own jobs and for steps reconstructed when the history began. */
  actorRole?: Maybe<Scalars["String"]["output"]>;
  /** When (UTC). */
  at: Scalars["DateTimeISO"]["output"];
  /**
   * The comment or reason given, if any.
   * @deprecated Use note.
   */
  comment?: Maybe<Scalars["String"]["output"]>;
  /** HT-8: documents attached in this step. */
  documentIds: Array<Scalars["ID"]["output"]>;
  /** State before; null for the creation. */
  fromState?: Maybe<HealthTourismStatus>;
  /**
   * Status before; null for the opening.
   * @deprecated Use fromState.
   */
  fromStatus?: Maybe<HealthTourismStatus>;
  /** The comment or reason given, if any. */
  note?: Maybe<Scalars["String"]["output"]>;
  /**
   * Role of the principal who acted.
   * @deprecated Use actorRole.
   */
  role: Scalars["String"]["output"];
  /** State after. */
  toState: HealthTourismStatus;
  /**
   * Status after.
   * @deprecated Use toState.
   */
  toStatus: HealthTourismStatus;
  /** The health-tourism case's version after this step. */
  version: Scalars["Int"]["output"];
};

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
  issuingCountry?: InputMaybe<Scalars["String"]["input"]>;
  /** Which kind of identifier; decides the check (ID-1, ID-2, ID-3). */
  kind: IdentifierKind;
  /** The identifier: 11 digits for TCKN/YKN/TEMPORARY_PROTECTION, 12 for IIN, the passport number for PASSPORT. */
  value: Scalars["String"]["input"];
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

/** An information request from an international organisation. */
export type InformationRequestSubject = {
  __typename?: "InformationRequestSubject";
  /** When the answer is due. */
  dueOn: Scalars["LocalDate"]["output"];
  /** Who asks: an organisation, or COUNTRY for a bilateral request. */
  organisation: InternationalOrganisation;
  /** OTHER_ORGANISATION: the organisation's name. */
  organisationName?: Maybe<Scalars["String"]["output"]>;
  /** The organisation's reference for the request. */
  reference: Scalars["String"]["output"];
  /** COUNTRY: ISO 3166-1 alpha-2 code of the requesting country (APR-12). */
  requestingCountryCode?: Maybe<Scalars["String"]["output"]>;
  /** What is asked. */
  summary: Scalars["String"]["output"];
};

/** An information request from an international organisation or, bilaterally, a country. */
export type InformationRequestSubjectInput = {
  /** When the answer is due. */
  dueOn: Scalars["LocalDate"]["input"];
  /** Who asks; COUNTRY for a bilateral request (APR-12). */
  organisation: InternationalOrganisation;
  /** OTHER_ORGANISATION: its name, 2 to 200 characters. */
  organisationName?: InputMaybe<Scalars["String"]["input"]>;
  /** The organisation's reference, 1 to 100 characters. */
  reference: Scalars["String"]["input"];
  /** COUNTRY: ISO 3166-1 alpha-2 code of the requesting country. */
  requestingCountryCode?: InputMaybe<Scalars["String"]["input"]>;
  /** What is asked, 3 to 4000 characters. */
  summary: Scalars["String"]["input"];
};

/** A Kazakh medical insurance contract (KZ-2): voluntary (VHI) or compulsory social (OSMS). An attachment lasts as long as it does (KZ-9). */
export type InsuranceContract = Node & {
  __typename?: "InsuranceContract";
  /** Last day of coverage. */
  endsOn: Scalars["LocalDate"]["output"];
  /** Opaque global ID of the contract. */
  id: Scalars["ID"]["output"];
  /** IIN of the insured person (12 digits, ID-2). */
  insuredIin: Scalars["String"]["output"];
  /** Code of the insurer that registered it. */
  insurerCode: Scalars["String"]["output"];
  /** Voluntary (VHI) or compulsory social (OSMS) insurance. */
  kind: KzCoverageKind;
  /** Contract number as the insurer issued it. */
  number: Scalars["String"]["output"];
  /** First day of coverage. */
  startsOn: Scalars["LocalDate"]["output"];
};

/** The result of registerInsuranceContract: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type InsuranceContractPayload = {
  __typename?: "InsuranceContractPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  contract?: Maybe<InsuranceContract>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
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
  language: Scalars["String"]["input"];
  /** Full name, 2 to 200 characters. */
  name: Scalars["String"]["input"];
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
  identityDocument?: Scalars["Boolean"]["input"];
  /** The insurance contract (always required). */
  insuranceContract?: Scalars["Boolean"]["input"];
  /** The legal representative's identity document; required for a child under 18 (KZ-11). */
  legalRepresentativeIdentity?: Scalars["Boolean"]["input"];
  /** The person's written consent; required when a family member applies (KZ-10). */
  writtenConsent?: Scalars["Boolean"]["input"];
};

/** Which documents came with an attachment request (each true when present). */
export type KzRequestDocumentsType = {
  __typename?: "KzRequestDocumentsType";
  /** The person's identity document (passport). */
  identityDocument: Scalars["Boolean"]["output"];
  /** The insurance contract. */
  insuranceContract: Scalars["Boolean"]["output"];
  /** The legal representative's identity document, for a child (KZ-11). */
  legalRepresentativeIdentity: Scalars["Boolean"]["output"];
  /** The person's written consent, when a family member applies (KZ-10). */
  writtenConsent: Scalars["Boolean"]["output"];
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

/** A metric's national total and its change. */
export type MetricChange = {
  __typename?: "MetricChange";
  /** Value minus the previous period's; null without a previous value. */
  change?: Maybe<Scalars["Int"]["output"]>;
  /** The metric. */
  metric: SubmissionMetric;
  /** Null when the previous period has no accepted data. */
  previousValue?: Maybe<Scalars["Int"]["output"]>;
  /** Total in the period. */
  value: Scalars["Int"]["output"];
};

/** An amount of money: integer minor units and an ISO 4217 currency, never a float. */
export type Money = {
  __typename?: "Money";
  /** Minor units (kuruş, cent). */
  amountMinor: Scalars["Int"]["output"];
  /** ISO 4217 currency code, e.g. TRY, EUR, USD. */
  currency: Scalars["String"]["output"];
};

/** An amount of money: integer minor units and an ISO 4217 currency. */
export type MoneyInput = {
  /** Minor units (kuruş, cent), 0 or more. */
  amountMinor: Scalars["Int"]["input"];
  /** ISO 4217 currency code, e.g. EUR. */
  currency: Scalars["String"]["input"];
};

/** MDS-2: a province's data for one month. */
export type MonthlySubmission = Node & {
  __typename?: "MonthlySubmission";
  /** When the unit accepted it (UTC); null until then. */
  acceptedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** Rows the coordination unit asked to correct, with reasons, across revisions. */
  corrections: Array<SubmissionCorrection>;
  /** Every status change, oldest first. */
  history: Array<SubmissionEvent>;
  /** Opaque global ID of the submission. */
  id: Scalars["ID"]["output"];
  /** The reporting month, YYYY-MM. */
  period: Scalars["String"]["output"];
  /** The province that submits. */
  province: Province;
  /** Every correction request opens a new revision; earlier ones stay readable. */
  revision: Scalars["Int"]["output"];
  /** The rows of a revision (default: the current one). */
  rows: Array<MonthlySubmissionRow>;
  /** Where the submission stands (MDS-3). */
  status: SubmissionStatus;
  /** When it was last submitted (UTC); null while a draft. */
  submittedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** MDS-2: a province's data for one month. */
export type MonthlySubmissionRowsArgs = {
  revision?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The result of a monthly-submission mutation: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type MonthlySubmissionPayload = {
  __typename?: "MonthlySubmissionPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  submission?: Maybe<MonthlySubmission>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** One facility's counts for one nationality in the period (MDS-2). */
export type MonthlySubmissionRow = {
  __typename?: "MonthlySubmissionRow";
  /** Births. */
  births: Scalars["Int"]["output"];
  /** Emergency visits. */
  emergencyVisits: Scalars["Int"]["output"];
  /** The facility, in the submitting province. */
  facility: Facility;
  /** Inpatient admissions. */
  inpatientAdmissions: Scalars["Int"]["output"];
  /** Intensive-care admissions. */
  intensiveCareAdmissions: Scalars["Int"]["output"];
  /** Nationality of the patients counted. */
  nationality: TpNationality;
  /** Outpatient visits. */
  outpatientVisits: Scalars["Int"]["output"];
  /** Referrals to other facilities. */
  referralsOut: Scalars["Int"]["output"];
  /** Surgeries. */
  surgeries: Scalars["Int"]["output"];
};

/** One facility's counts for one nationality (MDS-2): non-negative integers. */
export type MonthlySubmissionRowInput = {
  /** Births, 0 or more. */
  births: Scalars["Int"]["input"];
  /** Emergency visits, 0 or more. */
  emergencyVisits: Scalars["Int"]["input"];
  /** Global ID of a facility of your province. */
  facilityId: Scalars["ID"]["input"];
  /** Inpatient admissions, 0 or more. */
  inpatientAdmissions: Scalars["Int"]["input"];
  /** Intensive-care admissions, 0 or more. */
  intensiveCareAdmissions: Scalars["Int"]["input"];
  /** Nationality of the patients counted: SY or IQ. */
  nationality: TpNationality;
  /** Outpatient visits, 0 or more. */
  outpatientVisits: Scalars["Int"]["input"];
  /** Referrals to other facilities, 0 or more. */
  referralsOut: Scalars["Int"]["input"];
  /** Surgeries, 0 or more. */
  surgeries: Scalars["Int"]["input"];
};

/** MDS-1: the monthly submissions' settings. */
export type MonthlySubmissionSettings = {
  __typename?: "MonthlySubmissionSettings";
  /** The day of the month (1–28) the previous month's submissions are due. */
  dueDay: Scalars["Int"]["output"];
  /** Optimistic-concurrency version: 0 until the due day is first set, then one higher after every change; send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** The result of setMonthlySubmissionDueDay: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type MonthlySubmissionSettingsPayload = {
  __typename?: "MonthlySubmissionSettingsPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  settings?: Maybe<MonthlySubmissionSettings>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type Mutation = {
  __typename?: "Mutation";
  /**
   * The unit accepts a submission; its data then counts in the consolidation (MDS-3, MDS-5).
   *
   * Roles: COORDINATION_UNIT.
   */
  acceptMonthlySubmission: MonthlySubmissionPayload;
  /**
   * Adds an identifier to a patient (ID-4); written to the access log.
   *
   * Roles: COORDINATION_UNIT, PARTNER_HOSPITAL.
   */
  addPatientIdentifier: PatientPayload;
  /**
   * REIMB-11: approves a calculated claim for payment.
   *
   * Roles: INSURER.
   */
  approveReimbursementClaim: ReimbursementClaimPayload;
  /**
   * APR-6: the coordination unit records that a Department Head client heads a department.
   *
   * Roles: COORDINATION_UNIT.
   */
  assignDepartmentHead: ApprovalDepartmentPayload;
  /**
   * Books a slot for a patient under APPT-1..6 and APPT-8.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, EGOV_PORTAL.
   */
  bookAppointment: AppointmentPayload;
  /**
   * Calculates the claim again from its facts and today's reference tables.
   *
   * Roles: INSURER.
   */
  calculateReimbursementClaim: ReimbursementClaimPayload;
  /**
   * Cancels; a patient at least 80 minutes before the start (APPT-2). The slot is free again.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, EGOV_PORTAL.
   */
  cancelAppointment: AppointmentPayload;
  /**
   * ER-5: 112 performs the transfer; the search closes.
   *
   * Roles: EMERGENCY_112.
   */
  completeBedTransfer: BedSearchPayload;
  /**
   * Confirms before the APPT-9 deadline.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, EGOV_PORTAL.
   */
  confirmAppointment: AppointmentPayload;
  /**
   * MDS-7: the unit corrects a handed-in submission itself: a new revision, recorded in the history as its correction; the province is told.
   *
   * Roles: COORDINATION_UNIT.
   */
  correctMonthlySubmission: MonthlySubmissionPayload;
  /**
   * APR-8: the coordination unit creates a template (version 1).
   *
   * Roles: COORDINATION_UNIT.
   */
  createApprovalTemplate: ApprovalTemplatePayload;
  /**
   * Registers a facility (FAC-1 to FAC-3); a provincial directorate only in its own province.
   *
   * Roles: COORDINATION_UNIT, PROVINCIAL_DIRECTORATE.
   */
  createFacility: FacilityPayload;
  /**
   * The origin facility refers a patient (TP-1 for temporary protection), with SGK's pre-referral check (REIMB-15).
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT.
   */
  createReferral: CreateReferralPayload;
  /**
   * Creates a staff account (STAFF-4); national roles and the auditor always get a TOTP secret (STAFF-2), whose otpauth:// URI is answered once, here.
   *
   * Roles: COORDINATION_UNIT.
   */
  createStaffAccount: CreateStaffAccountPayload;
  /**
   * POSTs the named events your client may see to the URL, signed (Standard Webhooks); the secret is returned once.
   *
   * Roles: PARTNER_HOSPITAL, PROVINCIAL_DIRECTORATE, COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE, INSURER, EGOV_PORTAL, PHC_ORGANISATION.
   */
  createWebhookSubscription: CreateWebhookSubscriptionPayload;
  /**
   * The holder of the current step's role decides it (APR-2); a second decision gets CONFLICT (APR-4).
   *
   * Roles: COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR.
   */
  decideApprovalStep: ApprovalPayload;
  /**
   * KZ-8: attach with a notice, or refuse with reasons.
   *
   * Roles: PHC_ORGANISATION.
   */
  decideAttachmentRequest: AttachmentRequestPayload;
  /**
   * Removes the subscription and its delivery log; answers it as it was.
   *
   * Roles: PARTNER_HOSPITAL, PROVINCIAL_DIRECTORATE, COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE, INSURER, EGOV_PORTAL, PHC_ORGANISATION.
   */
  deleteWebhookSubscription: WebhookSubscriptionPayload;
  /**
   * Disables a staff account (STAFF-5): no more sign-in, and its sessions, refresh tokens and access tokens end at once.
   *
   * Roles: COORDINATION_UNIT.
   */
  disableStaffAccount: StaffAccountPayload;
  /**
   * ER-3/ER-4: hands the search to the next level.
   *
   * Roles: EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE.
   */
  escalateBedSearch: BedSearchPayload;
  /**
   * MDS-5: a link (valid 5 minutes) to the consolidated period as CSV or Excel.
   *
   * Roles: COORDINATION_UNIT.
   */
  exportMonthlyConsolidation: ExportMonthlyConsolidationPayload;
  /**
   * KZ-6: filed into the Register of Attached Population.
   *
   * Roles: PHC_ORGANISATION.
   */
  fileAttachmentRequest: AttachmentRequestPayload;
  /**
   * ER-6: the holding level reserves a free bed, atomically.
   *
   * Roles: EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE.
   */
  offerBed: BedSearchPayload;
  /**
   * HT-1: an inquiry received by letter, e-mail or phone.
   *
   * Roles: COORDINATION_UNIT.
   */
  openHealthTourismCase: HealthTourismCasePayload;
  /**
   * Publishes a physician's work schedule (çalışma cetveli) for a day and creates its slots.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT.
   */
  publishSchedule: PublishSchedulePayload;
  /**
   * The facility records ATTENDED or NO_SHOW (a no-show starts APPT-8's penalty).
   *
   * Roles: PARTNER_HOSPITAL.
   */
  recordAttendance: AppointmentPayload;
  /**
   * KZ-13/KZ-14: records a free service, refused beyond its quota with the date it is available again.
   *
   * Roles: PHC_ORGANISATION.
   */
  recordGuaranteedService: GuaranteedServicePayload;
  /**
   * REIMB-11: the PTT payment of an approved claim.
   *
   * Roles: INSURER.
   */
  recordReimbursementPayment: ReimbursementClaimPayload;
  /**
   * REIMB-12: SGK records a patient's insurance status from a day on.
   *
   * Roles: INSURER.
   */
  recordSgkInsuranceStatus: SgkInsuranceStatusPayload;
  /**
   * MDS-6: records the dispatch to HSGM (or another ministry) with its letter; idempotent.
   *
   * Roles: COORDINATION_UNIT.
   */
  recordSubmissionDispatch: SubmissionDispatchPayload;
  /**
   * Sends a delivery again, from a fresh first attempt (a replay).
   *
   * Roles: PARTNER_HOSPITAL, PROVINCIAL_DIRECTORATE, COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE, INSURER, EGOV_PORTAL, PHC_ORGANISATION.
   */
  redeliverWebhook: WebhookDeliveryPayload;
  /**
   * The insurer registers a VHI or OSMS contract (KZ-2).
   *
   * Roles: INSURER.
   */
  registerInsuranceContract: InsuranceContractPayload;
  /**
   * Registers a patient with one or more identifiers (ID-1..4, PAT-1, PAT-2).
   *
   * Roles: COORDINATION_UNIT, PARTNER_HOSPITAL.
   */
  registerPatient: PatientPayload;
  /**
   * Registers a physician at a facility clinic, so schedules can be published.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT.
   */
  registerPhysician: PhysicianPayload;
  /**
   * Trusts a document for one client, so a client held to trusted documents (an internal frontend) can run its own operations (DOC-1..4, SECURITY.md). Audited: the registration records who, when and in which request.
   *
   * Roles: COORDINATION_UNIT.
   */
  registerTrustedDocument: RegisterTrustedDocumentPayload;
  /**
   * REIMB-11: rejects with the failing rule IDs.
   *
   * Roles: INSURER.
   */
  rejectReimbursementClaim: ReimbursementClaimPayload;
  /**
   * ER-8: a hospital reports its free beds by type as of a time (its occupancy feed). For the hospital itself.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT.
   */
  reportBedOccupancy: FacilityPayload;
  /**
   * MDS-3: marks rows with reasons and sends the submission back to the province.
   *
   * Roles: COORDINATION_UNIT.
   */
  requestSubmissionCorrection: MonthlySubmissionPayload;
  /**
   * After a RETURN, the preparing unit resubmits: a new revision (APR-3).
   *
   * Roles: COORDINATION_UNIT.
   */
  resubmitApproval: ApprovalPayload;
  /**
   * APR-8: the coordination unit retires a template: no new chains.
   *
   * Roles: COORDINATION_UNIT.
   */
  retireApprovalTemplate: ApprovalTemplatePayload;
  /**
   * APR-8: the coordination unit revises a template: a new version for new chains; running chains keep theirs.
   *
   * Roles: COORDINATION_UNIT.
   */
  reviseApprovalTemplate: ApprovalTemplatePayload;
  /**
   * Saves the province's rows for the month, all or nothing (MDS-2).
   *
   * Roles: PROVINCIAL_DIRECTORATE.
   */
  saveMonthlyDraft: MonthlySubmissionPayload;
  /**
   * REIMB-8: SGK adds a coefficient period.
   *
   * Roles: INSURER.
   */
  setCivilServantCoefficient: CivilServantCoefficientPayload;
  /**
   * MDS-1: sets the due day (1–28).
   *
   * Roles: COORDINATION_UNIT.
   */
  setMonthlySubmissionDueDay: MonthlySubmissionSettingsPayload;
  /**
   * Replaces a country's holidays of one year; the coordination unit keeps the calendar.
   *
   * Roles: COORDINATION_UNIT.
   */
  setPublicHolidays: PublicHolidaysPayload;
  /**
   * REIMB-5: SGK adds a regular fare tariff.
   *
   * Roles: INSURER.
   */
  setRegularFareTariff: RegularFareTariffPayload;
  /**
   * REIMB-13: SGK sets a pair's road distance from a day on.
   *
   * Roles: INSURER.
   */
  setRoadDistance: RoadDistancePayload;
  /**
   * REIMB-13: SGK adds or changes a settlement area; every version is kept.
   *
   * Roles: INSURER.
   */
  setSettlementArea: SettlementAreaPayload;
  /**
   * The preparing unit submits a subject into its chain.
   *
   * Roles: COORDINATION_UNIT.
   */
  startApproval: ApprovalPayload;
  /**
   * ER-1: an emergency referral asks for a bed of a type.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT.
   */
  startBedSearch: BedSearchPayload;
  /**
   * KZ-4, KZ-5, KZ-10, KZ-11: a request to attach to a PHC organisation.
   *
   * Roles: EGOV_PORTAL, PHC_ORGANISATION.
   */
  submitAttachmentRequest: AttachmentRequestPayload;
  /**
   * Submits the province's draft for the period, or resubmits after a correction request (MDS-3).
   *
   * Roles: PROVINCIAL_DIRECTORATE.
   */
  submitMonthlySubmission: MonthlySubmissionPayload;
  /**
   * SGK records a claim from a referral (by post or in person) and calculates it; idempotent.
   *
   * Roles: INSURER.
   */
  submitReimbursementClaim: ReimbursementClaimPayload;
  /**
   * HT-1..8: one step; errors name the current state and the allowed ones (HT-2); dryRun writes nothing.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT.
   */
  transitionHealthTourismCase: HealthTourismCasePayload;
  /**
   * REF-2 transitions (place, accept, reject, arrive, complete, cancel, escalate); dryRun writes nothing.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT.
   */
  transitionReferral: ReferralPayload;
  /**
   * Switches APPT-8/APPT-9 and sets the APPT-7 threshold (the MHRS unit's settings).
   *
   * Roles: COORDINATION_UNIT.
   */
  updateAppointmentSettings: AppointmentSettingsPayload;
  /**
   * Changes a facility's name, clinics, beds, unit or location; a hospital only its own, a directorate only in its province.
   *
   * Roles: COORDINATION_UNIT, PROVINCIAL_DIRECTORATE, PARTNER_HOSPITAL.
   */
  updateFacility: FacilityPayload;
  /**
   * Changes a patient's personal data (PAT-2); written to the access log.
   *
   * Roles: COORDINATION_UNIT, PARTNER_HOSPITAL.
   */
  updatePatient: PatientPayload;
  /**
   * Sets REIMB-10's limits in business days and the condition lists of REIMB-2 and REIMB-4.
   *
   * Roles: INSURER.
   */
  updateReimbursementSettings: ReimbursementSettingsPayload;
  /**
   * Changes the URL or event types, or pauses (active: false) and resumes.
   *
   * Roles: PARTNER_HOSPITAL, PROVINCIAL_DIRECTORATE, COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE, INSURER, EGOV_PORTAL, PHC_ORGANISATION.
   */
  updateWebhookSubscription: WebhookSubscriptionPayload;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationAcceptMonthlySubmissionArgs = {
  input: AcceptMonthlySubmissionInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationAddPatientIdentifierArgs = {
  input: AddPatientIdentifierInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationApproveReimbursementClaimArgs = {
  input: ReimbursementClaimStepInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationAssignDepartmentHeadArgs = {
  input: AssignDepartmentHeadInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationBookAppointmentArgs = {
  input: BookAppointmentInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationCalculateReimbursementClaimArgs = {
  input: ReimbursementClaimStepInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationCancelAppointmentArgs = {
  input: CancelAppointmentInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationCompleteBedTransferArgs = {
  input: BedSearchActionInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationConfirmAppointmentArgs = {
  input: ConfirmAppointmentInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationCorrectMonthlySubmissionArgs = {
  input: CorrectMonthlySubmissionInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationCreateApprovalTemplateArgs = {
  input: CreateApprovalTemplateInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationCreateFacilityArgs = {
  input: CreateFacilityInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationCreateReferralArgs = {
  input: CreateReferralInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationCreateStaffAccountArgs = {
  input: CreateStaffAccountInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationDecideApprovalStepArgs = {
  input: DecideApprovalStepInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationDecideAttachmentRequestArgs = {
  input: DecideAttachmentRequestInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationDeleteWebhookSubscriptionArgs = {
  input: DeleteWebhookSubscriptionInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationDisableStaffAccountArgs = {
  input: DisableStaffAccountInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationEscalateBedSearchArgs = {
  input: BedSearchActionInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationExportMonthlyConsolidationArgs = {
  input: ExportMonthlyConsolidationInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationFileAttachmentRequestArgs = {
  input: FileAttachmentRequestInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationOfferBedArgs = {
  input: BedSearchActionInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationOpenHealthTourismCaseArgs = {
  input: OpenHealthTourismCaseInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationPublishScheduleArgs = {
  input: PublishScheduleInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRecordGuaranteedServiceArgs = {
  input: RecordGuaranteedServiceInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRecordReimbursementPaymentArgs = {
  input: RecordReimbursementPaymentInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRecordSgkInsuranceStatusArgs = {
  input: RecordSgkInsuranceStatusInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRecordSubmissionDispatchArgs = {
  input: RecordSubmissionDispatchInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRegisterInsuranceContractArgs = {
  input: RegisterInsuranceContractInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRegisterPatientArgs = {
  input: RegisterPatientInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRegisterPhysicianArgs = {
  input: RegisterPhysicianInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRegisterTrustedDocumentArgs = {
  input: RegisterTrustedDocumentInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRejectReimbursementClaimArgs = {
  input: RejectReimbursementClaimInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationReportBedOccupancyArgs = {
  input: ReportBedOccupancyInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRequestSubmissionCorrectionArgs = {
  input: RequestSubmissionCorrectionInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationResubmitApprovalArgs = {
  input: ResubmitApprovalInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationRetireApprovalTemplateArgs = {
  input: RetireApprovalTemplateInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationReviseApprovalTemplateArgs = {
  input: ReviseApprovalTemplateInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationSaveMonthlyDraftArgs = {
  input: SaveMonthlyDraftInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationSetCivilServantCoefficientArgs = {
  input: SetCivilServantCoefficientInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationSetMonthlySubmissionDueDayArgs = {
  input: SetMonthlySubmissionDueDayInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationSetPublicHolidaysArgs = {
  input: SetPublicHolidaysInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationSetRegularFareTariffArgs = {
  input: SetRegularFareTariffInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationSetRoadDistanceArgs = {
  input: SetRoadDistanceInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationSetSettlementAreaArgs = {
  input: SetSettlementAreaInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationStartApprovalArgs = {
  input: StartApprovalInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationStartBedSearchArgs = {
  input: StartBedSearchInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationSubmitAttachmentRequestArgs = {
  input: SubmitAttachmentRequestInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationSubmitMonthlySubmissionArgs = {
  input: SubmitMonthlySubmissionInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationSubmitReimbursementClaimArgs = {
  input: SubmitReimbursementClaimInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationTransitionHealthTourismCaseArgs = {
  input: TransitionHealthTourismCaseInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationTransitionReferralArgs = {
  input: TransitionReferralInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationUpdateAppointmentSettingsArgs = {
  input: UpdateAppointmentSettingsInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationUpdateFacilityArgs = {
  input: UpdateFacilityInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationUpdatePatientArgs = {
  input: UpdatePatientInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationUpdateReimbursementSettingsArgs = {
  input: UpdateReimbursementSettingsInput;
};

/** Changes. Each takes one input and answers a payload whose userErrors are business refusals (nothing stored); each field ends with the roles that may call it. */
export type MutationUpdateWebhookSubscriptionArgs = {
  input: UpdateWebhookSubscriptionInput;
};

/** A metric's total for one nationality and its change. */
export type NationalityMetricChange = {
  __typename?: "NationalityMetricChange";
  /** Value minus the previous period's; null without a previous value. */
  change?: Maybe<Scalars["Int"]["output"]>;
  /** The metric. */
  metric: SubmissionMetric;
  /** The nationality. */
  nationality: TpNationality;
  /** Null when the previous period has no accepted data. */
  previousValue?: Maybe<Scalars["Int"]["output"]>;
  /** Total in the period. */
  value: Scalars["Int"]["output"];
};

/** REIMB-15: the nearest level-3 facility able to treat, by road from the origin. */
export type NearestTertiaryFacility = {
  __typename?: "NearestTertiaryFacility";
  /** REIMB-13: estimated from coordinates. */
  distanceEstimated: Scalars["Boolean"]["output"];
  /** One-way road km from the origin's settlement area. */
  distanceKm: Scalars["Int"]["output"];
  /** The facility travel is paid to unless REIMB-4 pays the full distance. */
  facility: Facility;
};

/** APPT-8: after a no-show, the patient cannot book the same branch for a number of days. */
export type NoShowPenaltySettings = {
  __typename?: "NoShowPenaltySettings";
  /** Length of the penalty in days (MHRS: 15). */
  days: Scalars["Int"]["output"];
  /** Whether the penalty applies. */
  enabled: Scalars["Boolean"]["output"];
};

/** APPT-8 settings. */
export type NoShowPenaltySettingsInput = {
  /** Penalty length in days, 1 to 365. */
  days?: InputMaybe<Scalars["Int"]["input"]>;
  /** Whether the no-show penalty applies. */
  enabled?: InputMaybe<Scalars["Boolean"]["input"]>;
};

/** An object with an opaque global ID, fetchable with `node(id:)`. */
export type Node = {
  /** Opaque global ID; do not parse it. */
  id: Scalars["ID"]["output"];
};

/** An onward referral to another hospital during the treatment (REIMB-7). */
export type OnwardReferralInput = {
  /** The hospital the patient was referred on to. */
  facilityId: Scalars["ID"]["input"];
  /** Days of outpatient treatment there. */
  outpatientDays: Array<Scalars["LocalDate"]["input"]>;
};

/** A new inquiry (HT-1). */
export type OpenHealthTourismCaseInput = {
  /** The patient asks for accommodation (HT-5). */
  accommodationRequested?: Scalars["Boolean"]["input"];
  /** How the inquiry came. */
  channel: HealthTourismChannel;
  /** A comment for the history, up to 2000 characters. */
  comment?: InputMaybe<Scalars["String"]["input"]>;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** Global ID of the patient (a HEALTH_TOURIST or FOREIGN_PROGRAM patient). */
  patientId: Scalars["ID"]["input"];
  /** The patient asks for an airport transfer (HT-5). */
  transferRequested?: Scalars["Boolean"]["input"];
};

/** A posting of personnel to a ministry-run overseas facility. */
export type OverseasDeploymentSubject = {
  __typename?: "OverseasDeploymentSubject";
  /** Full name of the applicant. */
  applicantName: Scalars["String"]["output"];
  /** ISO country of the posting: SD, SO, BD, SY… */
  countryCode: Scalars["String"]["output"];
  /** Which required documents were supplied. */
  documents: DeploymentDocuments;
  /** Must be a permanent public employee (CONTRACT_4B is refused). */
  employmentType: EmploymentType;
  /** Length of the posting in months. */
  postingMonths: Scalars["Int"]["output"];
  /** Tickets and equipment requested. */
  requests: Array<Scalars["String"]["output"]>;
  /** Where the visa process stands. */
  visaStatus: VisaStatus;
};

/** A posting to a ministry-run overseas facility. */
export type OverseasDeploymentSubjectInput = {
  /** Full name, 3 to 200 characters. */
  applicantName: Scalars["String"]["input"];
  /** ISO 3166-1 alpha-2 country of the posting, e.g. SD, SO, BD, SY. */
  countryCode: Scalars["String"]["input"];
  /** Which required documents are supplied; all four are needed. */
  documents: DeploymentDocumentsInput;
  /** Only PERMANENT_PUBLIC employees may be posted (APR-1). */
  employmentType: EmploymentType;
  /** Length of the posting, 1 to 60 months. */
  postingMonths: Scalars["Int"]["input"];
  /** Tickets and equipment requested, at most 20. */
  requests?: Array<Scalars["String"]["input"]>;
  /** Where the visa process stands (default NOT_STARTED). */
  visaStatus?: VisaStatus;
};

/** Where a page of a connection sits in the whole list (Relay). */
export type PageInfo = {
  __typename?: "PageInfo";
  /** Cursor of the last edge of this page; null on an empty page. */
  endCursor?: Maybe<Scalars["String"]["output"]>;
  /** More items follow `endCursor`: ask again with `after: endCursor`. */
  hasNextPage: Scalars["Boolean"]["output"];
  /** More items precede `startCursor`: ask again with `before: startCursor` and `last`. */
  hasPreviousPage: Scalars["Boolean"]["output"];
  /** Cursor of the first edge of this page; null on an empty page. */
  startCursor?: Maybe<Scalars["String"]["output"]>;
};

/** A patient. Personal data: every read is authorised (PAT-3) and written to the access log. */
export type Patient = Node & {
  __typename?: "Patient";
  /** Date of birth (YYYY-MM-DD). */
  birthDate: Scalars["LocalDate"]["output"];
  /** Under cancer treatment (exempts from appointment confirmation, APPT-9). */
  cancerPatient: Scalars["Boolean"]["output"];
  /** Patient category (PAT-1). */
  category: PatientCategory;
  /** Contact details (PAT-2). */
  contact: Contact;
  /** Family name. */
  familyName: Scalars["String"]["output"];
  /** Given name(s). */
  givenName: Scalars["String"]["output"];
  /** Legal guardian of a minor (PAT-2); null for adults. */
  guardian?: Maybe<Guardian>;
  /** Opaque global ID of the patient. */
  id: Scalars["ID"]["output"];
  /** Every identifier the patient holds (ID-4). */
  identifiers: Array<PatientIdentifier>;
  /** ISO 3166-1 alpha-2. */
  nationality: Scalars["String"]["output"];
  /** ISO 639-1; drives interpreter assignment (HT-6). */
  preferredLanguage: Scalars["String"]["output"];
  /** The facility that registered the patient, if any. */
  registeringFacility?: Maybe<Facility>;
  /** Sex as recorded. */
  sex: Sex;
  /** Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** PAT-3: the reason a hospital stated when it gave itself access to a patient (a referral or appointment without a current care link). Append-only. */
export type PatientAccessJustification = {
  __typename?: "PatientAccessJustification";
  /** When the access was created. */
  at: Scalars["DateTimeISO"]["output"];
  /** The API client that acted. */
  clientId: Scalars["String"]["output"];
  /** Global ID of the facility that gave itself access. */
  facilityId: Scalars["ID"]["output"];
  /** Global ID of the act that created the access (a Referral or an Appointment). */
  grantedThrough: Scalars["ID"]["output"];
  /** The record's own ID. */
  id: Scalars["ID"]["output"];
  /** Global ID of the patient. */
  patientId: Scalars["ID"]["output"];
  /** The reason the hospital stated. */
  reason: Scalars["String"]["output"];
  /** The request, as in the access log. */
  requestId?: Maybe<Scalars["String"]["output"]>;
};

/** A page of stated reasons for access. */
export type PatientAccessJustificationConnection = {
  __typename?: "PatientAccessJustificationConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<PatientAccessJustificationEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One PatientAccessJustification in a page, with its cursor. */
export type PatientAccessJustificationEdge = {
  __typename?: "PatientAccessJustificationEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The PatientAccessJustification itself. */
  node: PatientAccessJustification;
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

/** A page of patients you may see (PAT-3); every patient listed is written to the access log (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type PatientConnection = {
  __typename?: "PatientConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<PatientEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One Patient in a page, with its cursor. */
export type PatientEdge = {
  __typename?: "PatientEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The Patient itself. */
  node: Patient;
};

/** Narrows the patient list; every given field must match. */
export type PatientFilter = {
  /** Only patients of this category (PAT-1). */
  category?: InputMaybe<PatientCategory>;
  /** Exact identifier match. */
  identifier?: InputMaybe<IdentifierInput>;
};

/** One of a patient's identifiers; the pair (kind, value) is unique across the registry (ID-4). */
export type PatientIdentifier = {
  __typename?: "PatientIdentifier";
  /** Issuing state of a passport (ISO 3166-1 alpha-2). */
  issuingCountry?: Maybe<Scalars["String"]["output"]>;
  /** Which kind of identifier, and so which check it passed. */
  kind: IdentifierKind;
  /** The identifier as issued (digits only for TCKN, YKN, IIN). */
  value: Scalars["String"]["output"];
};

/** The result of registerPatient, updatePatient or addPatientIdentifier: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type PatientPayload = {
  __typename?: "PatientPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  patient?: Maybe<Patient>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
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
export type PetitionSubject = {
  __typename?: "PetitionSubject";
  /** The answer sent, recorded when the last step completes. */
  answer?: Maybe<Scalars["String"]["output"]>;
  /** The unit that answered the petitioner when it was not ours (PETITION_RELEVANT_UNIT, APR-10). */
  answeringUnit?: Maybe<Scalars["String"]["output"]>;
  /** Where the petition came from. */
  channel: PetitionChannel;
  /** Name of the petitioner. */
  petitionerName: Scalars["String"]["output"];
  /** Day the petition was received. */
  receivedOn: Scalars["LocalDate"]["output"];
  /** What the petition asks. */
  summary: Scalars["String"]["output"];
};

/** A petition to answer. */
export type PetitionSubjectInput = {
  /** Where it came from. */
  channel: PetitionChannel;
  /** Name of the petitioner, 2 to 200 characters. */
  petitionerName: Scalars["String"]["input"];
  /** Day it was received. */
  receivedOn: Scalars["LocalDate"]["input"];
  /** What it asks, 3 to 4000 characters. */
  summary: Scalars["String"]["input"];
};

/** A physician registered at one facility clinic; publishes work schedules (çalışma cetveli) that produce slots. */
export type Physician = Node & {
  __typename?: "Physician";
  /** The clinic (branch) the physician works in. */
  clinic: Clinic;
  /** The facility the physician works at. */
  facility: Facility;
  /** Family name. */
  familyName: Scalars["String"]["output"];
  /** Given name(s). */
  givenName: Scalars["String"]["output"];
  /** Opaque global ID of the physician. */
  id: Scalars["ID"]["output"];
  /** Ministry registry (tescil) number. */
  registryNumber: Scalars["String"]["output"];
  /** e.g. Uzm. Dr., Doç. Dr. */
  title: Scalars["String"]["output"];
};

/** A page of physicians (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type PhysicianConnection = {
  __typename?: "PhysicianConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<PhysicianEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One Physician in a page, with its cursor. */
export type PhysicianEdge = {
  __typename?: "PhysicianEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The Physician itself. */
  node: Physician;
};

/** Which physicians to list. */
export type PhysicianFilter = {
  /** Only physicians of this clinic, e.g. CARDIOLOGY. */
  clinicCode?: InputMaybe<Scalars["String"]["input"]>;
  /** Global ID of the facility (required). */
  facilityId: Scalars["ID"]["input"];
};

/** The result of registerPhysician: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type PhysicianPayload = {
  __typename?: "PhysicianPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  physician?: Maybe<Physician>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** REIMB-15: SGK's consequences of a referral before the patient travels, from the same calculation as reimbursementQuote. */
export type PreReferralCheck = {
  __typename?: "PreReferralCheck";
  /** REIMB-10: the last day to apply to the referred facility. */
  applicationDeadline?: Maybe<Scalars["LocalDate"]["output"]>;
  /** REIMB-12: SGK-insured on the referral day; null when SGK has recorded nothing. */
  insured?: Maybe<Scalars["Boolean"]["output"]>;
  /** REIMB-3: null when no level-3 facility has the clinic. */
  nearestTertiary?: Maybe<NearestTertiaryFacility>;
  /** Insurance (REIMB-12), the companion and transport reports on the document (REIMB-9, REIMB-6), missing reference data. */
  notes: Array<ReimbursementNote>;
  /** The referral day the check assumes (today). */
  referralDate: Scalars["LocalDate"]["output"];
  /** The statement of the least trip (leave and apply today, return tomorrow, the authorised transport, no tickets or reports yet) to the nearest able level-3 facility: what travel and daily allowance will and will not be paid; each outpatient day there adds one daily rate. Null when reference data is missing (see notes). */
  statement?: Maybe<ReimbursementStatement>;
};

/** One of Türkiye's 81 provinces (il). */
export type Province = Node & {
  __typename?: "Province";
  /** Licence-plate code, 01 to 81: the ministry's stable key. */
  code: Scalars["String"]["output"];
  /** Its districts (ilçe), each with its settlement area. */
  districts: Array<District>;
  /** Opaque global ID of the province. */
  id: Scalars["ID"]["output"];
  /** Province name in Turkish, e.g. Adana. */
  name: Scalars["String"]["output"];
  /** Its settlement areas (municipality areas). */
  settlementAreas: Array<SettlementArea>;
};

/** A page of provinces (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type ProvinceConnection = {
  __typename?: "ProvinceConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<ProvinceEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One Province in a page, with its cursor. */
export type ProvinceEdge = {
  __typename?: "ProvinceEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The Province itself. */
  node: Province;
};

/** A metric's total for one province and its change. */
export type ProvinceMetricChange = {
  __typename?: "ProvinceMetricChange";
  /** Value minus the previous period's; null without a previous value. */
  change?: Maybe<Scalars["Int"]["output"]>;
  /** The metric. */
  metric: SubmissionMetric;
  /** Null when the previous period has no accepted data. */
  previousValue?: Maybe<Scalars["Int"]["output"]>;
  /** The province. */
  province: Province;
  /** Total in the period. */
  value: Scalars["Int"]["output"];
};

/** One province's state for a period (MDS-4). */
export type ProvincePeriodStatus = {
  __typename?: "ProvincePeriodStatus";
  /** Past the due day and not handed in (MDS-4). */
  overdue: Scalars["Boolean"]["output"];
  /** The province. */
  province: Province;
  /** Its submission's status; NOT_STARTED when it has none. */
  status: ProvinceSubmissionStatus;
  /** When it last submitted (UTC); null if never. */
  submittedAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
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

/** The provision (provizyon) check of a temporary-protection visit (TP-1). */
export type ProvisionCheck = {
  __typename?: "ProvisionCheck";
  /** When it was checked (ISO 8601). */
  checkedAt: Scalars["String"]["output"];
  /** The provision's reference number. */
  reference: Scalars["String"]["output"];
  /** Whether the provision was valid. */
  valid: Scalars["Boolean"]["output"];
};

/** The provision (provizyon) check result for a temporary-protection visit (TP-1). */
export type ProvisionInput = {
  /** The provision's reference number, 1 to 100 characters. */
  reference: Scalars["String"]["input"];
  /** Whether the provision is valid; an invalid one refuses the referral (TP-1). */
  valid: Scalars["Boolean"]["input"];
};

/** A public holiday: business-day deadlines skip it (REIMB-10 in TR, KZ-7 in KZ). */
export type PublicHoliday = {
  __typename?: "PublicHoliday";
  /** Country the holiday applies to (ISO 3166-1 alpha-2): TR or KZ. */
  countryCode: Scalars["String"]["output"];
  /** The holiday's calendar day (LocalDate, YYYY-MM-DD). */
  day: Scalars["LocalDate"]["output"];
  /** Name of the holiday in the country's language, e.g. Cumhuriyet Bayramı. */
  name: Scalars["String"]["output"];
};

/** One public holiday of the year being replaced. */
export type PublicHolidayInput = {
  /** The calendar day (YYYY-MM-DD), inside the given year. */
  day: Scalars["LocalDate"]["input"];
  /** Name of the holiday, 1 to 200 characters. */
  name: Scalars["String"]["input"];
};

/** The result of setPublicHolidays: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type PublicHolidaysPayload = {
  __typename?: "PublicHolidaysPayload";
  /** The country's holidays of that year as stored; null when userErrors refused the change. */
  holidays?: Maybe<Array<PublicHoliday>>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** A publication to approve. */
export type PublicationSubject = {
  __typename?: "PublicationSubject";
  /** Title of the publication. */
  publicationTitle: Scalars["String"]["output"];
  /** What it is about. */
  summary: Scalars["String"]["output"];
};

/** A publication. */
export type PublicationSubjectInput = {
  /** Title, 3 to 300 characters. */
  publicationTitle: Scalars["String"]["input"];
  /** What it is about, 3 to 4000 characters. */
  summary: Scalars["String"]["input"];
};

/** One physician's work schedule (çalışma cetveli) for one day, cut into slots. */
export type PublishScheduleInput = {
  /** Appointments each slot holds (1 to 50). */
  capacityPerSlot: Scalars["Int"]["input"];
  /** The day, in Europe/Istanbul. */
  day: Scalars["LocalDate"]["input"];
  /** Local end time, HH:mm. */
  endTime: Scalars["String"]["input"];
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** Global ID of the physician. */
  physicianId: Scalars["ID"]["input"];
  /** Length of each slot in minutes (5 to 240). */
  slotMinutes: Scalars["Int"]["input"];
  /** Local start time, HH:mm. */
  startTime: Scalars["String"]["input"];
};

/** The result of publishSchedule: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type PublishSchedulePayload = {
  __typename?: "PublishSchedulePayload";
  /** ID of the stored work schedule; null when refused. */
  scheduleId?: Maybe<Scalars["ID"]["output"]>;
  /** The slots the schedule produced; empty when refused. */
  slots: Array<Slot>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type Query = {
  __typename?: "Query";
  /**
   * Who read or changed which patient's personal data, when and why (KVKK); the access log is append-only.
   *
   * Roles: AUDITOR.
   */
  accessLog: AccessLogConnection;
  /**
   * One appointment by global ID, if your scope may see it; the read is written to the access log.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, EGOV_PORTAL, AUDITOR.
   */
  appointment: Appointment;
  /**
   * The switchable MHRS rules (APPT-7, APPT-8, APPT-9) as configured now.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  appointmentSettings: AppointmentSettings;
  /**
   * Appointments the caller may see: its facility's, its person's, or all (MHRS unit, auditor).
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, EGOV_PORTAL, AUDITOR.
   */
  appointments: AppointmentConnection;
  /**
   * One approval by global ID.
   *
   * Roles: COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, AUDITOR.
   */
  approval: Approval;
  /**
   * APR-6: the departments and the Department Head clients heading them.
   *
   * Roles: COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, AUDITOR.
   */
  approvalDepartments: Array<ApprovalDepartment>;
  /**
   * Average and p90 time per step kind and template.
   *
   * Roles: COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, AUDITOR.
   */
  approvalStepDurations: Array<ApprovalStepDuration>;
  /**
   * APR-8: every version of one template, oldest first.
   *
   * Roles: COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, AUDITOR.
   */
  approvalTemplateVersions: Array<ApprovalTemplate>;
  /**
   * APR-1: the approval chain templates, each in its current version (APR-8).
   *
   * Roles: COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, AUDITOR.
   */
  approvalTemplates: Array<ApprovalTemplate>;
  /**
   * Approvals, oldest first; `pendingForMe` lists those whose current step waits for your role.
   *
   * Roles: COORDINATION_UNIT, DEPARTMENT_HEAD, DEPUTY_GENERAL_DIRECTOR, GENERAL_DIRECTOR, AUDITOR.
   */
  approvals: ApprovalConnection;
  /**
   * A person's attachment to primary care (KZ-9, KZ-12).
   *
   * Roles: PHC_ORGANISATION, INSURER, COORDINATION_UNIT, EGOV_PORTAL, AUDITOR.
   */
  attachment?: Maybe<Attachment>;
  /**
   * KZ-9, KZ-12: a person's attachments, current and ended, newest first, with why each ended. For the person's portal (or a child's legal representative's), their organisation, their insurer and auditors.
   *
   * Roles: PHC_ORGANISATION, INSURER, COORDINATION_UNIT, EGOV_PORTAL, AUDITOR.
   */
  attachmentHistory: Array<Attachment>;
  /**
   * A PHC organisation's attachment requests, by decision deadline (earliest first); overdueOnly: past the one-business-day deadline (KZ-7).
   *
   * Roles: PHC_ORGANISATION, AUDITOR.
   */
  attachmentRequests: AttachmentRequestConnection;
  /**
   * Free slots of a facility clinic, from the next day on (APPT-1); at most 31 days at once.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  availableSlots: SlotConnection;
  /**
   * One emergency bed search by global ID.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, AUDITOR, EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE.
   */
  bedSearch: BedSearch;
  /**
   * REIMB-14: half-years since 2021 up to the one starting within `withinDays` that some day lacks a coefficient; for the coordination unit and SGK.
   *
   * Roles: COORDINATION_UNIT, INSURER, AUDITOR.
   */
  civilServantCoefficientGaps: Array<CivilServantCoefficientGap>;
  /**
   * REIMB-8: the coefficient's validity periods.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  civilServantCoefficients: Array<CivilServantCoefficient>;
  /**
   * KZ-3: may a foreigner with this IIN be employed on the day (active VHI or OSMS)?
   *
   * Roles: INSURER, PHC_ORGANISATION, AUDITOR, EGOV_PORTAL.
   */
  employmentEligibility: EmploymentEligibility;
  /**
   * Every event type webhooks and subscriptions deliver, e.g. referral.accepted.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  eventTypes: Array<Scalars["String"]["output"]>;
  /**
   * Facilities ordered by ministry code, filtered.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  facilities: FacilityConnection;
  /**
   * One facility by global ID; null when there is none.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  facility: Facility;
  /**
   * A facility by its ministry code.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  facilityByCode?: Maybe<Facility>;
  /**
   * ER-8: free beds of a type, nearest first, in a province or countrywide (the national crisis centre's search); stale figures are marked. For 112, the crisis centres, the coordination unit and auditors.
   *
   * Roles: COORDINATION_UNIT, AUDITOR, EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE.
   */
  freeBeds: FreeBedConnection;
  /**
   * KZ-13: the 23 diseases dangerous to others.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  guaranteedDiseases: Array<GuaranteedDisease>;
  /**
   * KZ-14: the free guaranteed volume's quotas for a person on a day.
   *
   * Roles: PHC_ORGANISATION, INSURER, COORDINATION_UNIT, EGOV_PORTAL, AUDITOR.
   */
  guaranteedVolume: Array<GuaranteedServiceQuota>;
  /**
   * One health-tourism case by global ID, if your scope may see it.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, AUDITOR.
   */
  healthTourismCase: HealthTourismCase;
  /**
   * The unit's cases, or those forwarded to your facility, oldest first.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, AUDITOR.
   */
  healthTourismCases: HealthTourismCaseConnection;
  /**
   * MDS-5: national totals of the accepted data.
   *
   * Roles: COORDINATION_UNIT.
   */
  monthlyConsolidation: SubmissionConsolidation;
  /**
   * MDS-6: the recorded dispatches of a period's data.
   *
   * Roles: COORDINATION_UNIT.
   */
  monthlyDispatches: Array<SubmissionDispatch>;
  /**
   * A province's submission for a month (default: your own province).
   *
   * Roles: PROVINCIAL_DIRECTORATE, COORDINATION_UNIT, AUDITOR.
   */
  monthlySubmission?: Maybe<MonthlySubmission>;
  /**
   * MDS-1: the day of the month submissions are due.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  monthlySubmissionDueDay: Scalars["Int"]["output"];
  /**
   * MDS-4: every province's status for a period, overdue ones flagged.
   *
   * Roles: COORDINATION_UNIT.
   */
  monthlySubmissionPeriod: SubmissionPeriod;
  /**
   * MDS-1: the due day with its version, for setMonthlySubmissionDueDay.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  monthlySubmissionSettings: MonthlySubmissionSettings;
  /**
   * Any object by its global ID.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  node?: Maybe<Node>;
  /**
   * Up to 100 objects by global ID, in the order asked.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  nodes: Array<Maybe<Node>>;
  /**
   * Open searches held by your level (and province), oldest first.
   *
   * Roles: COORDINATION_UNIT, AUDITOR, EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE.
   */
  openBedSearches: BedSearchConnection;
  /**
   * One patient by global ID, if your scope may see it (PAT-3); the read is written to the access log.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, EGOV_PORTAL, AUDITOR.
   */
  patient: Patient;
  /**
   * PAT-3: the reasons hospitals stated when they gave themselves access to a patient, oldest first. COORDINATION_UNIT and AUDITOR.
   *
   * Roles: COORDINATION_UNIT, AUDITOR.
   */
  patientAccessJustifications: PatientAccessJustificationConnection;
  /**
   * Patients the caller may read (PAT-3): all for national roles, linked ones for a hospital, itself for a portal.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, EGOV_PORTAL, AUDITOR.
   */
  patients: PatientConnection;
  /**
   * Physicians of a facility, optionally of one clinic.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  physicians: PhysicianConnection;
  /**
   * A province by plate code, e.g. "01" for Adana.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  province: Province;
  /**
   * The 81 provinces, by plate code.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  provinces: ProvinceConnection;
  /**
   * A country's public holidays in a year: business-day deadlines skip them (REIMB-10, KZ-7).
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  publicHolidays: Array<PublicHoliday>;
  /**
   * One referral by global ID, if your scope may see it.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, AUDITOR, EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE.
   */
  referral: Referral;
  /**
   * Work queues: incoming or outgoing for a hospital; all for the coordination unit.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, AUDITOR.
   */
  referrals: ReferralConnection;
  /**
   * The documents registered for a client beyond the SDK's operations, oldest first, with who registered each and when (DOC-4).
   *
   * Roles: COORDINATION_UNIT, AUDITOR.
   */
  registeredDocuments: Array<RegisteredDocument>;
  /**
   * REIMB-5: the regular fare tariffs by km band.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  regularFareTariffs: Array<RegularFareTariff>;
  /**
   * One claim by global ID, if your scope may see it.
   *
   * Roles: INSURER, AUDITOR, EGOV_PORTAL.
   */
  reimbursementClaim: ReimbursementClaim;
  /**
   * SGK's claims (oldest first); a portal's person sees their own.
   *
   * Roles: INSURER, AUDITOR, EGOV_PORTAL.
   */
  reimbursementClaims: ReimbursementClaimConnection;
  /**
   * What SGK would pay (REIMB-1..10) for a stored referral or explicit facts: an itemised statement; writes nothing.
   *
   * Roles: PARTNER_HOSPITAL, COORDINATION_UNIT, AUDITOR, EMERGENCY_112, PROVINCIAL_CRISIS_CENTRE, NATIONAL_CRISIS_CENTRE, INSURER, EGOV_PORTAL.
   */
  reimbursementQuote: ReimbursementQuote;
  /**
   * REIMB-10's limits as configured now.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  reimbursementSettings: ReimbursementSettings;
  /**
   * REIMB-13: the road distance between two settlement areas on a day (today by default): published, SGK-set or estimated.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  roadDistance: RoadDistance;
  /**
   * APPT-7: facilities short of schedules or capacity in a week (default: next week).
   *
   * Roles: PROVINCIAL_DIRECTORATE, COORDINATION_UNIT, AUDITOR.
   */
  scheduleAdequacy: ScheduleAdequacy;
  /**
   * REIMB-13: every version of a settlement area, oldest first.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  settlementAreaHistory: Array<SettlementAreaVersion>;
  /**
   * REIMB-12: a patient's SGK insurance on a day (today by default), with its history.
   *
   * Roles: INSURER, AUDITOR, EGOV_PORTAL.
   */
  sgkInsuranceStatus: SgkInsuranceStatus;
  /**
   * The staff accounts (people who sign in through the browser at /oidc), oldest first; never their secrets.
   *
   * Roles: COORDINATION_UNIT, AUDITOR.
   */
  staffAccounts: StaffAccountConnection;
  /**
   * ER-7: average time per level and province.
   *
   * Roles: COORDINATION_UNIT, AUDITOR, NATIONAL_CRISIS_CENTRE.
   */
  timeToBedReport: Array<TimeToBed>;
  /**
   * The calling client: its id and name, role, scope, query limits, rate limit and trusted-documents mode.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  viewer: Viewer;
  /**
   * The delivery log of your subscriptions, oldest first (last: n for the newest).
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  webhookDeliveries: WebhookDeliveryConnection;
  /**
   * Your client's webhook subscriptions, oldest first.
   *
   * Roles: any authenticated client (its service still checks each object).
   */
  webhookSubscriptions: WebhookSubscriptionConnection;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryAccessLogArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryAppointmentArgs = {
  id: Scalars["ID"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryAppointmentsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<AppointmentFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryApprovalArgs = {
  id: Scalars["ID"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryApprovalStepDurationsArgs = {
  templateCode?: InputMaybe<Scalars["String"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryApprovalTemplateVersionsArgs = {
  code: Scalars["String"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryApprovalTemplatesArgs = {
  includeRetired?: Scalars["Boolean"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryApprovalsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<ApprovalFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
  pendingForMe?: Scalars["Boolean"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryAttachmentArgs = {
  iin?: InputMaybe<Scalars["String"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryAttachmentHistoryArgs = {
  iin: Scalars["String"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryAttachmentRequestsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
  organisationCode: Scalars["String"]["input"];
  overdueOnly?: Scalars["Boolean"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
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

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryBedSearchArgs = {
  id: Scalars["ID"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryCivilServantCoefficientGapsArgs = {
  withinDays?: Scalars["Int"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryEmploymentEligibilityArgs = {
  date: Scalars["LocalDate"]["input"];
  iin: Scalars["String"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryFacilityArgs = {
  id: Scalars["ID"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryFacilityByCodeArgs = {
  code: Scalars["String"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryFreeBedsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter: FreeBedFilter;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryGuaranteedVolumeArgs = {
  date: Scalars["LocalDate"]["input"];
  iin?: InputMaybe<Scalars["String"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryHealthTourismCaseArgs = {
  id: Scalars["ID"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryHealthTourismCasesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryMonthlyConsolidationArgs = {
  period: Scalars["String"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryMonthlyDispatchesArgs = {
  period: Scalars["String"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryMonthlySubmissionArgs = {
  period: Scalars["String"]["input"];
  provinceCode?: InputMaybe<Scalars["String"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryMonthlySubmissionPeriodArgs = {
  period: Scalars["String"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryNodeArgs = {
  id: Scalars["ID"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryNodesArgs = {
  ids: Array<Scalars["ID"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryOpenBedSearchesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryPatientArgs = {
  id: Scalars["ID"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryPatientAccessJustificationsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
  patientId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryPatientsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<PatientFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryPhysiciansArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter: PhysicianFilter;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryProvinceArgs = {
  code: Scalars["String"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryProvincesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryPublicHolidaysArgs = {
  countryCode?: Scalars["String"]["input"];
  year: Scalars["Int"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryReferralArgs = {
  id: Scalars["ID"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryReferralsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryRegisteredDocumentsArgs = {
  clientId: Scalars["String"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryReimbursementClaimArgs = {
  id: Scalars["ID"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryReimbursementClaimsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<ReimbursementClaimFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryReimbursementQuoteArgs = {
  input: ReimbursementQuoteInput;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryRoadDistanceArgs = {
  fromAreaCode: Scalars["String"]["input"];
  on?: InputMaybe<Scalars["LocalDate"]["input"]>;
  toAreaCode: Scalars["String"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryScheduleAdequacyArgs = {
  weekStart?: InputMaybe<Scalars["LocalDate"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QuerySettlementAreaHistoryArgs = {
  code: Scalars["String"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QuerySgkInsuranceStatusArgs = {
  on?: InputMaybe<Scalars["LocalDate"]["input"]>;
  patientId: Scalars["ID"]["input"];
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryStaffAccountsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<StaffAccountFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Reads. Each field ends with the roles that may call it; its service then checks every object against your scope. */
export type QueryWebhookSubscriptionsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The facility records whether the patient came. */
export type RecordAttendanceInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the appointment. */
  id: Scalars["ID"]["input"];
  /** Attended or no-show. */
  outcome: AttendanceOutcome;
};

/** A service provided under the free guaranteed volume. */
export type RecordGuaranteedServiceInput = {
  /** Disease code from guaranteedDiseases (KZ-13). */
  diseaseCode: Scalars["String"]["input"];
  /** IIN of the person: 12 digits passing the ID-2 check. */
  personIin: Scalars["String"]["input"];
  /** Day it was provided; beyond the quota it is refused with the day it becomes available (KZ-14). */
  providedOn: Scalars["LocalDate"]["input"];
  /** Service code from guaranteedVolume, e.g. THERAPIST. */
  serviceCode: Scalars["String"]["input"];
};

/** The PTT payment of an approved claim (REIMB-11). */
export type RecordReimbursementPaymentInput = {
  /** A comment for the history, up to 1000 characters. */
  comment?: InputMaybe<Scalars["String"]["input"]>;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the claim. */
  id: Scalars["ID"]["input"];
  /** Day PTT paid. */
  paidOn: Scalars["LocalDate"]["input"];
  /** The PTT payment reference. */
  pttReference: Scalars["String"]["input"];
};

/** REIMB-12: SGK records a patient's insurance status from a day on. */
export type RecordSgkInsuranceStatusInput = {
  /** The day from which the status holds. */
  effectiveFrom: Scalars["LocalDate"]["input"];
  /** The status's version you read (0 when none is recorded). */
  expectedVersion: Scalars["Int"]["input"];
  /** Insured (true) or not (false) from effectiveFrom on. */
  insured: Scalars["Boolean"]["input"];
  /** The patient. */
  patientId: Scalars["ID"]["input"];
  /** SGK's reference (e.g. the registration or provision query). */
  reference: Scalars["String"]["input"];
};

/** The dispatch of a period's data (MDS-6). */
export type RecordSubmissionDispatchInput = {
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** Date of the official letter. */
  letterDate: Scalars["LocalDate"]["input"];
  /** Number of the official letter, 1 to 100 characters. */
  letterNumber: Scalars["String"]["input"];
  /** The period dispatched, YYYY-MM. */
  period: Scalars["String"]["input"];
  /** Who received it, 2 to 300 characters, e.g. Göç Sağlığı Hizmetleri Dairesi (HSGM). */
  recipient: Scalars["String"]["input"];
};

/** A delivery to send again. */
export type RedeliverWebhookInput = {
  /** Global ID of the delivery. */
  deliveryId: Scalars["ID"]["input"];
};

/** A referral (sevk) of a patient from one facility to another (REF-1, REF-2; TP-1 to TP-5 for temporary protection). */
export type Referral = Node & {
  __typename?: "Referral";
  /** Transport the referral authorises (REIMB-5, REIMB-6). */
  authorisedTransport: TransportKind;
  /** The clinic (branch) the patient needs. */
  clinic: Clinic;
  /** The referring facility stated a companion is medically required (REIMB-9). */
  companionRequired: Scalars["Boolean"]["output"];
  /** The receiving facility's completion report to the unit (TP-5); null until COMPLETED. */
  completionReport?: Maybe<Scalars["String"]["output"]>;
  /** The facility it is placed with; null until PLACED. */
  destinationFacility?: Maybe<Facility>;
  /** Diagnosis as an ICD-10 code, e.g. C50.9. */
  diagnosisIcd10: Scalars["String"]["output"];
  /** Every status change, oldest first; append-only. */
  history: Array<ReferralHistoryEntry>;
  /** Opaque global ID of the referral. */
  id: Scalars["ID"]["output"];
  /** Medical grounds; some pay the full distance (REIMB-4). */
  medicalGrounds: MedicalGrounds;
  /** The facility that refers the patient. */
  originFacility: Facility;
  /** Personal data: null with FORBIDDEN once your access has ended (PAT-3). */
  patient?: Maybe<Patient>;
  /** TP-1: the provision check of a temporary-protection visit. */
  provision?: Maybe<ProvisionCheck>;
  /** Name of the requesting physician. */
  requestingPhysician: Scalars["String"]["output"];
  /** In settlement, in province or out of province (REF-1); null until a destination is placed. */
  scope?: Maybe<ReferralScope>;
  /** Where the referral stands (REF-2). */
  status: ReferralStatus;
  /** How urgent the referral is. */
  urgency: ReferralUrgency;
  /** Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
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

/** A page of referrals, newest first (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type ReferralConnection = {
  __typename?: "ReferralConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<ReferralEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** Which side of a referral your facility is on. */
export type ReferralDirection =
  /** Referrals placed with your facility. */
  | "INCOMING"
  /** Referrals your facility made. */
  | "OUTGOING";

/** One Referral in a page, with its cursor. */
export type ReferralEdge = {
  __typename?: "ReferralEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The Referral itself. */
  node: Referral;
};

/** The referral's facts, for a quote without a stored referral. */
export type ReferralFactsInput = {
  /** The clinic (branch) of the treatment: 'can provide the treatment' (REIMB-3). */
  clinicCode: Scalars["String"]["input"];
  /** The referring facility stated a companion is medically necessary. */
  companionRequired?: Scalars["Boolean"]["input"];
  /** Global ID of the facility referred to. */
  destinationFacilityId: Scalars["ID"]["input"];
  /** ICD-10, e.g. I21.0: matched against SGK's listed emergencies (REIMB-4) and primary-care exceptions (REIMB-2). */
  diagnosisIcd10?: InputMaybe<Scalars["String"]["input"]>;
  /** Medical grounds (REIMB-4). */
  medicalGrounds: MedicalGrounds;
  /** Global ID of the referring facility. */
  originFacilityId: Scalars["ID"]["input"];
  /** Day of the referral; REIMB-10 counts from it. */
  referralDate: Scalars["LocalDate"]["input"];
  /** Urgency (default ROUTINE). */
  urgency?: ReferralUrgency;
};

/** Narrows the referral list; every given field must match. */
export type ReferralFilter = {
  /** For a hospital: referrals to it (INCOMING) or from it (OUTGOING); both when omitted. */
  direction?: InputMaybe<ReferralDirection>;
  /** Only referrals in this status. */
  status?: InputMaybe<ReferralStatus>;
  /** Only referrals of this urgency. */
  urgency?: InputMaybe<ReferralUrgency>;
};

/** One step of the referral's history (append-only): who moved it, when, from which state to which. */
export type ReferralHistoryEntry = {
  __typename?: "ReferralHistoryEntry";
  /** What was done, as the referral's events name it: create, a ReferralAction in lower case (place, accept, reject, arrive, complete, cancel, escalate), or holdLapsed (the server's, ER-8). */
  action: Scalars["String"]["output"];
  /** The person signed in through the client who made this step (staff sign-in); null for a machine client or the server's own jobs. */
  actorPerson?: Maybe<StaffPerson>;
  /** Role of the client that acted; null for the server's own jobs and for steps reconstructed when the history began. */
  actorRole?: Maybe<Scalars["String"]["output"]>;
  /** When (UTC). */
  at: Scalars["DateTimeISO"]["output"];
  /**
   * The comment or reason given, if any.
   * @deprecated Use note.
   */
  comment?: Maybe<Scalars["String"]["output"]>;
  /** State before; null for the creation. */
  fromState?: Maybe<ReferralStatus>;
  /**
   * Status before; null for the creation.
   * @deprecated Use fromState.
   */
  fromStatus?: Maybe<ReferralStatus>;
  /** The comment or reason given, if any. */
  note?: Maybe<Scalars["String"]["output"]>;
  /**
   * Role of the principal who acted; SYSTEM for the server's own jobs.
   * @deprecated Use actorRole (null for the server's own jobs).
   */
  role: Scalars["String"]["output"];
  /** State after. */
  toState: ReferralStatus;
  /**
   * Status after.
   * @deprecated Use toState.
   */
  toStatus: ReferralStatus;
  /** The referral's version after this step. */
  version: Scalars["Int"]["output"];
};

/** The result of createReferral or transitionReferral: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type ReferralPayload = {
  __typename?: "ReferralPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  referral?: Maybe<Referral>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
  /** With dryRun: the status the transition would lead to. */
  wouldBecome?: Maybe<ReferralStatus>;
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
  endsOn: Scalars["LocalDate"]["input"];
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** IIN of the insured person: 12 digits passing the ID-2 check. */
  insuredIin: Scalars["String"]["input"];
  /** VHI or OSMS. */
  kind: KzCoverageKind;
  /** Contract number, 3 to 64 characters; unique per insurer. */
  number: Scalars["String"]["input"];
  /** First day of coverage. */
  startsOn: Scalars["LocalDate"]["input"];
};

/** A new patient with at least one identifier (ID-1 to ID-4, PAT-1, PAT-2). */
export type RegisterPatientInput = {
  /** Date of birth (YYYY-MM-DD), not in the future. */
  birthDate: Scalars["LocalDate"]["input"];
  /** Patient category (PAT-1). */
  category: PatientCategory;
  /** Contact details. */
  contact?: InputMaybe<ContactInput>;
  /** Family name. */
  familyName: Scalars["String"]["input"];
  /** Given name(s). */
  givenName: Scalars["String"]["input"];
  /** Legal guardian, for a minor (PAT-2). */
  guardian?: InputMaybe<GuardianInput>;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** One or more identifiers; each is checked (ID-1 to ID-3) and must be unique in the registry (ID-4). */
  identifiers: Array<IdentifierInput>;
  /** Nationality, ISO 3166-1 alpha-2 (e.g. TR, SY, DE). */
  nationality: Scalars["String"]["input"];
  /** Preferred language, ISO 639-1 (default tr); drives interpreter assignment (HT-6). */
  preferredLanguage?: Scalars["String"]["input"];
  /** Required for hospitals: their own facility. */
  registeringFacilityId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Sex as recorded in the identity document. */
  sex: Sex;
};

/** A physician at one facility clinic. */
export type RegisterPhysicianInput = {
  /** Clinic code the facility has, e.g. CARDIOLOGY. */
  clinicCode: Scalars["String"]["input"];
  /** Global ID of the facility; a hospital registers only at its own. */
  facilityId: Scalars["ID"]["input"];
  /** Family name. */
  familyName: Scalars["String"]["input"];
  /** Given name(s). */
  givenName: Scalars["String"]["input"];
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** Ministry registry (tescil) number; unique. */
  registryNumber: Scalars["String"]["input"];
  /** Academic or professional title, e.g. Uzm. Dr., Doç. Dr. */
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
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
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

/** The regular fare for one distance band (REIMB-5). */
export type RegularFareBand = {
  __typename?: "RegularFareBand";
  /** One way, one passenger. */
  fare: Money;
  /** Lower bound of the band, km (inclusive). */
  fromKm: Scalars["Int"]["output"];
  /** Upper bound of the band, km (inclusive). */
  toKm: Scalars["Int"]["output"];
};

/** The fare for one distance band. */
export type RegularFareBandInput = {
  /** Kuruş, one way. */
  fareMinor: Scalars["Int"]["input"];
  /** Lower bound, km (inclusive), 1 or more. */
  fromKm: Scalars["Int"]["input"];
  /** Upper bound, km (inclusive), at most 5000. */
  toKm: Scalars["Int"]["input"];
};

/** REIMB-5: the regular intercity fare tariff in force over a period. */
export type RegularFareTariff = {
  __typename?: "RegularFareTariff";
  /** Fares by distance band. */
  bands: Array<RegularFareBand>;
  /** Where the figures come from, e.g. the Official Gazette number. */
  source: Scalars["String"]["output"];
  /** First day the tariff applies. */
  validFrom: Scalars["LocalDate"]["output"];
  /** Last day it applies. */
  validUntil: Scalars["LocalDate"]["output"];
};

/** The result of setRegularFareTariff: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type RegularFareTariffPayload = {
  __typename?: "RegularFareTariffPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  tariff?: Maybe<RegularFareTariff>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
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

/** REIMB-11: an SGK claim for travel and daily allowance after a referral. */
export type ReimbursementClaim = Node & {
  __typename?: "ReimbursementClaim";
  /** How the claim came in: by post or in person. */
  channel: ReimbursementChannel;
  /** Every status change, oldest first; append-only. */
  history: Array<ReimbursementClaimHistoryEntry>;
  /** Opaque global ID of the claim. */
  id: Scalars["ID"]["output"];
  /** The SGK provincial office (plate code) that took the claim. */
  officeProvinceCode: Scalars["String"]["output"];
  /** PAID: the day PTT paid it. */
  paidOn?: Maybe<Scalars["LocalDate"]["output"]>;
  /** The claimant patient. Personal data: reads are authorised and logged. */
  patient?: Maybe<Patient>;
  /** PAID: the PTT payment reference. */
  paymentReference?: Maybe<Scalars["String"]["output"]>;
  /** The referral the claim is for. */
  referral: Referral;
  /** REJECTED: the explanation given. */
  rejectionReason?: Maybe<Scalars["String"]["output"]>;
  /** REJECTED: the failing rule IDs. */
  rejectionRules: Array<Scalars["String"]["output"]>;
  /** The last calculation; null until calculated. */
  statement?: Maybe<ReimbursementStatement>;
  /** Where the claim stands (REIMB-11). */
  status: ReimbursementClaimStatus;
  /** When it was submitted (UTC). */
  submittedAt: Scalars["DateTimeISO"]["output"];
  /** Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** A page of reimbursement claims, oldest first (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type ReimbursementClaimConnection = {
  __typename?: "ReimbursementClaimConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<ReimbursementClaimEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One ReimbursementClaim in a page, with its cursor. */
export type ReimbursementClaimEdge = {
  __typename?: "ReimbursementClaimEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The ReimbursementClaim itself. */
  node: ReimbursementClaim;
};

/** Narrows the claim list; every given field must match. */
export type ReimbursementClaimFilter = {
  /** Only claims for this referral (global ID). */
  referralId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only claims in this status. */
  status?: InputMaybe<ReimbursementClaimStatus>;
};

/** One status change of a claim; append-only. */
export type ReimbursementClaimHistoryEntry = {
  __typename?: "ReimbursementClaimHistoryEntry";
  /** What was done: submit, calculate, approve, reject or pay. */
  action: Scalars["String"]["output"];
  /** The person signed in through the client who made this step (staff sign-in); null for a machine client or the server's own jobs. */
  actorPerson?: Maybe<StaffPerson>;
  /** Role of the client that acted. */
  actorRole?: Maybe<Scalars["String"]["output"]>;
  /** When (UTC). */
  at: Scalars["DateTimeISO"]["output"];
  /**
   * The API client that acted.
   * @deprecated Clients are not named to each other; kept for SGK's own audit.
   */
  clientId?: Maybe<Scalars["String"]["output"]>;
  /**
   * The comment given, if any.
   * @deprecated Use note.
   */
  comment?: Maybe<Scalars["String"]["output"]>;
  /** State before; null for the submission. */
  fromState?: Maybe<ReimbursementClaimStatus>;
  /**
   * Status before; null for the submission.
   * @deprecated Use fromState (the history convention's name).
   */
  fromStatus?: Maybe<ReimbursementClaimStatus>;
  /** The comment given, if any (the channel, for the submission). */
  note?: Maybe<Scalars["String"]["output"]>;
  /**
   * Role of the principal who acted.
   * @deprecated Use actorRole.
   */
  role?: Maybe<Scalars["String"]["output"]>;
  /** State after. */
  toState: ReimbursementClaimStatus;
  /**
   * Status after.
   * @deprecated Use toState.
   */
  toStatus: ReimbursementClaimStatus;
  /** The claim's version after this step. */
  version: Scalars["Int"]["output"];
};

/** The result of a reimbursement-claim mutation: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type ReimbursementClaimPayload = {
  __typename?: "ReimbursementClaimPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  claim?: Maybe<ReimbursementClaim>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
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
  comment?: InputMaybe<Scalars["String"]["input"]>;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the claim. */
  id: Scalars["ID"]["input"];
};

/** A reason nothing is paid, with its rule. */
export type ReimbursementIneligibility = {
  __typename?: "ReimbursementIneligibility";
  /** Machine-readable reason, e.g. LATE_APPLICATION. */
  code: Scalars["String"]["output"];
  /** Explanation in English. */
  explanationEn: Scalars["String"]["output"];
  /** Explanation in Turkish, as SGK writes it. */
  explanationTr: Scalars["String"]["output"];
  /** The main rule that refused, e.g. REIMB-10. */
  rule: Scalars["String"]["output"];
  /** Rule IDs that produced it, e.g. [REIMB-3]. */
  rules: Array<Scalars["String"]["output"]>;
};

/** One paid line of the statement, citing the rules that produced it. */
export type ReimbursementLine = {
  __typename?: "ReimbursementLine";
  /** quantity × unitAmount. */
  amount: Money;
  /** How the amount was set. */
  basis: ReimbursementBasis;
  /** DAILY: the paid days. */
  days: Array<Scalars["LocalDate"]["output"]>;
  /** Explanation in English. */
  explanationEn: Scalars["String"]["output"];
  /** Explanation in Turkish, as SGK writes it. */
  explanationTr: Scalars["String"]["output"];
  /** Travel or daily allowance. */
  kind: ReimbursementLineKind;
  /** Travel: the facility the distance is paid to; daily: the referred facility. */
  paidToFacility: Facility;
  /** Whom it pays: the patient or the companion. */
  person: ReimbursedPerson;
  /** Trips (travel: legs) or days (daily allowance). */
  quantity: Scalars["Int"]["output"];
  /** Rule IDs that produced it, e.g. [REIMB-3]. */
  rules: Array<Scalars["String"]["output"]>;
  /** Amount per trip or per day. */
  unitAmount: Money;
};

/** What a statement line pays. */
export type ReimbursementLineKind =
  /** Daily allowance (REIMB-7, REIMB-8). */
  | "DAILY"
  /** Travel (REIMB-3 to REIMB-6). */
  | "TRAVEL";

/** A consideration of the calculation, with the rules that produced it. */
export type ReimbursementNote = {
  __typename?: "ReimbursementNote";
  /** Explanation in English. */
  explanationEn: Scalars["String"]["output"];
  /** Explanation in Turkish, as SGK writes it. */
  explanationTr: Scalars["String"]["output"];
  /** Rule IDs that produced it, e.g. [REIMB-3]. */
  rules: Array<Scalars["String"]["output"]>;
};

/** A calculation without a claim: what SGK would pay for these facts. */
export type ReimbursementQuote = {
  __typename?: "ReimbursementQuote";
  /** The itemised statement; null when the facts cannot be calculated (see userErrors). */
  statement?: Maybe<ReimbursementStatement>;
  /** Facts that cannot be calculated, naming the field and the rule; no statement then. */
  userErrors: Array<UserError>;
};

/** The facts to quote: a stored referral or its facts, and the trip. */
export type ReimbursementQuoteInput = {
  /** The referral's facts, when there is no stored referral. */
  referral?: InputMaybe<ReferralFactsInput>;
  /** A stored referral; or give `referral` instead. */
  referralId?: InputMaybe<Scalars["ID"]["input"]>;
  /** What happened on the trip. */
  trip: TripInput;
};

/** REIMB-10's limits, in business days counting the referral day, and SGK's condition lists (REIMB-2, REIMB-4). */
export type ReimbursementSettings = {
  __typename?: "ReimbursementSettings";
  /** REIMB-4: ICD-10 codes or prefixes of the emergencies ('bazı acil haller') for which the full distance is paid. */
  emergencyFullDistance: Array<Scalars["String"]["output"]>;
  /** REIMB-2: ICD-10 codes or prefixes for which a level-1 facility's referral is paid ('istisnaları hariç'). */
  primaryCareExceptions: Array<Scalars["String"]["output"]>;
  /** To apply to the referred facility for travel and daily allowance (default 3). */
  travelAndDailyBusinessDays: Scalars["Int"]["output"];
  /** The same for treatment costs (default 5). */
  treatmentBusinessDays: Scalars["Int"]["output"];
  /** Optimistic-concurrency version: 0 until SGK first changes the settings, then one higher after every change; send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** The result of updateReimbursementSettings: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type ReimbursementSettingsPayload = {
  __typename?: "ReimbursementSettingsPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  settings?: Maybe<ReimbursementSettings>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** The itemised SGK statement: every line and every refusal cites its rule. */
export type ReimbursementStatement = {
  __typename?: "ReimbursementStatement";
  /** REIMB-13: the actual distance is estimated from coordinates (no published or SGK-set distance). */
  actualDistanceEstimated: Scalars["Boolean"]["output"];
  /** One-way road distance to the facility actually referred to, in km. */
  actualDistanceKm: Scalars["Int"]["output"];
  /** REIMB-10: the last day to apply to the referred facility for travel and daily allowance. */
  applicationDeadline: Scalars["LocalDate"]["output"];
  /** Total paid for the companion (REIMB-9); zero without one. */
  companionTotal: Money;
  /** Whether anything is paid at all (REIMB-1, REIMB-2, REIMB-10). */
  eligible: Scalars["Boolean"]["output"];
  /** Why nothing is paid, each reason with its rule; empty when eligible. */
  ineligibility: Array<ReimbursementIneligibility>;
  /** The paid lines: travel and daily allowance, for the patient and any companion. */
  lines: Array<ReimbursementLine>;
  /** What was considered and not paid, and why. */
  notes: Array<ReimbursementNote>;
  /** REIMB-13: the paid distance is estimated from coordinates. */
  paidDistanceEstimated: Scalars["Boolean"]["output"];
  /** REIMB-3 / REIMB-4: the one-way distance travel is paid for. */
  paidDistanceKm: Scalars["Int"]["output"];
  /** Total paid for the patient. */
  patientTotal: Money;
  /** Total of the statement: patient plus companion. */
  total: Money;
  /** The facility travel is paid to: the actual destination, or the nearest tertiary facility that can treat (REIMB-3). */
  travelPaidToFacility: Facility;
  /** REIMB-10: the same for treatment costs. */
  treatmentCostDeadline: Scalars["LocalDate"]["output"];
  /** Whether the patient applied within the treatment-cost limit (REIMB-10). */
  treatmentCostsInTime: Scalars["Boolean"]["output"];
};

/** Rejects a claim (REIMB-11). */
export type RejectReimbursementClaimInput = {
  /** A comment for the history, up to 1000 characters. */
  comment?: InputMaybe<Scalars["String"]["input"]>;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the claim. */
  id: Scalars["ID"]["input"];
  /** The explanation to the claimant, up to 2000 characters. */
  reason: Scalars["String"]["input"];
  /** The failing rule IDs, e.g. [REIMB-10]. */
  rules: Array<Scalars["String"]["input"]>;
};

/** ER-8: a hospital's occupancy feed: its free beds by type, as of a time. */
export type ReportBedOccupancyInput = {
  /** One entry per bed type reported; types left out keep their last report. */
  beds: Array<BedOccupancyInput>;
  /** The reporting facility (a hospital reports its own). */
  facilityId: Scalars["ID"]["input"];
  /** When the hospital counted: not in the future, not older than its last report. */
  reportedAt: Scalars["DateTimeISO"]["input"];
};

/** A report or plan: activity report, strategic plan, internal-control report, action plan. */
export type ReportSubject = {
  __typename?: "ReportSubject";
  /** The period reported on: 2026-10, 2026, 2026-Q3, 2025-2029… */
  period: Scalars["String"]["output"];
  /** What the report covers. */
  summary: Scalars["String"]["output"];
};

/** A report or plan. */
export type ReportSubjectInput = {
  /** Period covered: YYYY, YYYY-MM, YYYY-Qn or YYYY-YYYY. */
  period: Scalars["String"]["input"];
  /** What it covers, 3 to 4000 characters. */
  summary: Scalars["String"]["input"];
};

/** The unit sends a submission back with the rows to correct (MDS-3). */
export type RequestSubmissionCorrectionInput = {
  /** A comment to the province, up to 2000 characters. */
  comment?: InputMaybe<Scalars["String"]["input"]>;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the submission. */
  id: Scalars["ID"]["input"];
  /** The rows to correct, each with its reason, at most 500. */
  rows: Array<CorrectionRowInput>;
};

/** Place of residence (KZ-4). */
export type ResidenceInput = {
  /** City, 2 to 100 characters. */
  city: Scalars["String"]["input"];
  /** District of the city, 2 to 100 characters. */
  district: Scalars["String"]["input"];
  /** PERMANENT or TEMPORARY */
  kind: Scalars["String"]["input"];
};

/** The preparer's resubmission after a RETURN. */
export type ResubmitApprovalInput = {
  /** What was revised, 2 to 2000 characters. */
  comment: Scalars["String"]["input"];
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the returned approval. */
  id: Scalars["ID"]["input"];
  /** The revised subject; omitted keeps it. */
  subject?: InputMaybe<ApprovalSubjectInput>;
};

/** Retires a template: no new chains; running ones finish (APR-8). */
export type RetireApprovalTemplateInput = {
  /** The template's code. */
  code: Scalars["String"]["input"];
  /** The current version you read. */
  expectedVersion: Scalars["Int"]["input"];
};

/** A new version of a template: running chains keep theirs (APR-8). */
export type ReviseApprovalTemplateInput = {
  /** The template's code. */
  code: Scalars["String"]["input"];
  /** When its reports are due; omitted keeps it. */
  duePolicy?: InputMaybe<ApprovalDuePolicyInput>;
  /** The current version you read; another revision in between is a CONFLICT. */
  expectedVersion: Scalars["Int"]["input"];
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** New English name; omitted keeps it. */
  nameEn?: InputMaybe<Scalars["String"]["input"]>;
  /** New Turkish name; omitted keeps it. */
  nameTr?: InputMaybe<Scalars["String"]["input"]>;
  /** The new steps in order, 1 to 30. */
  steps: Array<ApprovalStepInput>;
};

/** REIMB-13: the road distance between two settlement areas on a day. */
export type RoadDistance = {
  __typename?: "RoadDistance";
  /** Estimated from coordinates: no published or SGK-set distance is in force. */
  estimated: Scalars["Boolean"]["output"];
  /** One settlement area's code. */
  fromAreaCode: Scalars["String"]["output"];
  /** Every dated row recorded for the pair, oldest first. */
  history: Array<RoadDistanceEntry>;
  /** Road km (0 within one area). */
  km: Scalars["Int"]["output"];
  /** The day the distance is for. */
  on: Scalars["LocalDate"]["output"];
  /** Where the figure comes from, or how it was estimated. */
  source: Scalars["String"]["output"];
  /** The other settlement area's code. */
  toAreaCode: Scalars["String"]["output"];
  /** The start of the row in force; null when estimated. */
  validFrom?: Maybe<Scalars["LocalDate"]["output"]>;
};

/** REIMB-13: one dated road distance row for a pair of settlement areas. */
export type RoadDistanceEntry = {
  __typename?: "RoadDistanceEntry";
  /** The client that recorded it ('seed' for the published table). */
  createdByClientId: Scalars["String"]["output"];
  /** Road km. */
  km: Scalars["Int"]["output"];
  /** Where the figure comes from. */
  source: Scalars["String"]["output"];
  /** The day from which the figure applies. */
  validFrom: Scalars["LocalDate"]["output"];
};

/** The result of setRoadDistance. */
export type RoadDistancePayload = {
  __typename?: "RoadDistancePayload";
  /** The pair's distance on validFrom. */
  distance?: Maybe<RoadDistance>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** A province's whole month in one call (bulk input: up to 2000 rows), stored all or nothing. */
export type SaveMonthlyDraftInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion?: InputMaybe<Scalars["Int"]["input"]>;
  /** Reporting period, YYYY-MM: the previous month, open from the 1st (MDS-1). */
  period: Scalars["String"]["input"];
  /** All rows of the draft (replacing the saved ones), at most 2000; a bad row is refused with a row-level error (MDS-2). */
  rows: Array<MonthlySubmissionRowInput>;
};

/** APPT-7: the weekly review of schedules. */
export type ScheduleAdequacy = {
  __typename?: "ScheduleAdequacy";
  /** Facilities short of schedules or capacity in that week; empty when all are adequate. */
  facilities: Array<FacilityScheduleAdequacy>;
  /** Monday of the reviewed week (YYYY-MM-DD, Europe/Istanbul). */
  weekStart: Scalars["LocalDate"]["output"];
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
  coefficient: Scalars["String"]["input"];
  /** First day it applies. */
  validFrom: Scalars["LocalDate"]["input"];
  /** Last day it applies, not before validFrom. */
  validUntil: Scalars["LocalDate"]["input"];
};

/** MDS-1: a new due day. */
export type SetMonthlySubmissionDueDayInput = {
  /** Day of the month, 1 to 28. */
  dueDay: Scalars["Int"]["input"];
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). Optional: without it the change applies over whatever is current. */
  expectedVersion?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Replaces a country's holidays of one year (e.g. when Diyanet publishes the religious holidays). */
export type SetPublicHolidaysInput = {
  /** Country whose holidays are replaced (ISO 3166-1 alpha-2): TR or KZ. */
  countryCode: Scalars["String"]["input"];
  /** The complete list for that year; days of the year not listed stop being holidays. */
  holidays: Array<PublicHolidayInput>;
  /** Calendar year replaced, e.g. 2026. */
  year: Scalars["Int"]["input"];
};

/** A regular fare tariff (REIMB-5) for a period; periods may not overlap. */
export type SetRegularFareTariffInput = {
  /** Fares by distance band, at most 50: from 1 km upwards without gaps or overlaps, never cheaper with distance. */
  bands: Array<RegularFareBandInput>;
  /** Where the figures come from, e.g. the Tebliğ's Official Gazette number. */
  source: Scalars["String"]["input"];
  /** First day it applies. */
  validFrom: Scalars["LocalDate"]["input"];
  /** Last day it applies, not before validFrom. */
  validUntil: Scalars["LocalDate"]["input"];
};

/** REIMB-13: SGK sets a pair's road distance from a day on (overriding a published or estimated one). */
export type SetRoadDistanceInput = {
  /** One settlement area's code, e.g. 01-02. */
  fromAreaCode: Scalars["String"]["input"];
  /** Road km, 1 to 5000. */
  km: Scalars["Int"]["input"];
  /** Where the figure comes from, e.g. KGM's distance table. */
  source: Scalars["String"]["input"];
  /** The other settlement area's code. */
  toAreaCode: Scalars["String"]["input"];
  /** The day from which the figure applies; earlier days keep the earlier figure. */
  validFrom: Scalars["LocalDate"]["input"];
};

/** REIMB-13: SGK adds a settlement area (without expectedVersion) or changes one. */
export type SetSettlementAreaInput = {
  /** The area code: plate code, dash, number (e.g. 06-04). */
  code: Scalars["String"]["input"];
  /** The day from which this version applies. */
  effectiveFrom: Scalars["LocalDate"]["input"];
  /** The version you read; omit when adding a new area. */
  expectedVersion?: InputMaybe<Scalars["Int"]["input"]>;
  /** The reference point's latitude (WGS 84). */
  latitude: Scalars["Float"]["input"];
  /** The reference point's longitude (WGS 84). */
  longitude: Scalars["Float"]["input"];
  /** The municipality's name. */
  name: Scalars["String"]["input"];
  /** The province's plate code. */
  provinceCode: Scalars["String"]["input"];
};

/** A settlement area (yerleşim yeri): a municipality or metropolitan adjacent area. REIMB-1 and REF-1 compare them. */
export type SettlementArea = {
  __typename?: "SettlementArea";
  /** Stable code of the settlement area, used by REF-1 and REIMB-1 comparisons. */
  code: Scalars["String"]["output"];
  /** The municipality's reference point: latitude (REIMB-13 estimates distances from it). */
  latitude: Scalars["Float"]["output"];
  /** The municipality's reference point: longitude. */
  longitude: Scalars["Float"]["output"];
  /** Name of the municipality or metropolitan adjacent area, in Turkish. */
  name: Scalars["String"]["output"];
  /** The province it lies in. */
  province: Province;
  /** Changes with every SGK update; give it as expectedVersion. */
  version: Scalars["Int"]["output"];
};

/** The result of setSettlementArea. */
export type SettlementAreaPayload = {
  __typename?: "SettlementAreaPayload";
  /** The area after the change. */
  settlementArea?: Maybe<SettlementArea>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** REIMB-13: one version of a settlement area as SGK set it. */
export type SettlementAreaVersion = {
  __typename?: "SettlementAreaVersion";
  /** When it was set. */
  at: Scalars["DateTimeISO"]["output"];
  /** The client that set it. */
  clientId: Scalars["String"]["output"];
  /** The day SGK says this version applies from. */
  effectiveFrom: Scalars["LocalDate"]["output"];
  /** Latitude in this version. */
  latitude: Scalars["Float"]["output"];
  /** Longitude in this version. */
  longitude: Scalars["Float"]["output"];
  /** The area's name in this version. */
  name: Scalars["String"]["output"];
  /** The version number. */
  version: Scalars["Int"]["output"];
};

/** Sex as recorded in the identity document. */
export type Sex =
  /** Female. */
  | "FEMALE"
  /** Male. */
  | "MALE"
  /** Not recorded or not known. */
  | "UNKNOWN";

/** REIMB-12: one SGK insurance fact, in force from its day until a later one. */
export type SgkInsuranceFact = {
  __typename?: "SgkInsuranceFact";
  /** When SGK recorded it. */
  at: Scalars["DateTimeISO"]["output"];
  /** The day from which the fact holds. */
  effectiveFrom: Scalars["LocalDate"]["output"];
  /** Insured by SGK from effectiveFrom on. */
  insured: Scalars["Boolean"]["output"];
  /** SGK's reference for the fact. */
  reference: Scalars["String"]["output"];
  /** The fact's number for this patient (1, 2, …). */
  sequence: Scalars["Int"]["output"];
};

/** REIMB-12: a patient's SGK insurance on a day, with every fact SGK recorded. */
export type SgkInsuranceStatus = {
  __typename?: "SgkInsuranceStatus";
  /** The fact in force on that day. */
  fact?: Maybe<SgkInsuranceFact>;
  /** Every recorded fact, oldest first (append-only). */
  history: Array<SgkInsuranceFact>;
  /** Insured on that day; null when SGK has recorded nothing in force then. */
  insured?: Maybe<Scalars["Boolean"]["output"]>;
  /** The day the status is for. */
  on: Scalars["LocalDate"]["output"];
  /** The number of recorded facts: give it as expectedVersion to record the next. */
  version: Scalars["Int"]["output"];
};

/** The result of recordSgkInsuranceStatus. */
export type SgkInsuranceStatusPayload = {
  __typename?: "SgkInsuranceStatusPayload";
  /** The status on effectiveFrom after the recording. */
  status?: Maybe<SgkInsuranceStatus>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** A bookable slot of a physician's work schedule. */
export type Slot = Node & {
  __typename?: "Slot";
  /** Places still free: capacity minus active appointments. */
  available: Scalars["Int"]["output"];
  /** Active appointments; never above capacity (APPT-6). */
  booked: Scalars["Int"]["output"];
  /** How many appointments the slot holds. */
  capacity: Scalars["Int"]["output"];
  /** The clinic of the slot. */
  clinic: Clinic;
  /** End of the slot (UTC). */
  endsAt: Scalars["DateTimeISO"]["output"];
  /** The facility of the slot. */
  facility: Facility;
  /** Opaque global ID of the slot; book it with bookAppointment. */
  id: Scalars["ID"]["output"];
  /** The physician whose schedule produced it. */
  physician: Physician;
  /** Start of the slot (UTC). */
  startsAt: Scalars["DateTimeISO"]["output"];
};

/** A page of free slots, earliest first (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type SlotConnection = {
  __typename?: "SlotConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<SlotEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One Slot in a page, with its cursor. */
export type SlotEdge = {
  __typename?: "SlotEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The Slot itself. */
  node: Slot;
};

/** A staff account: a person of one organisation who signs in through the browser (OpenID Connect at /oidc) with a role and scope, as a client has. Its password and TOTP secret are never shown. */
export type StaffAccount = {
  __typename?: "StaffAccount";
  /** When it was created (UTC, ISO 8601). */
  createdAt: Scalars["DateTimeISO"]["output"];
  /** When it was disabled (UTC); null while enabled. */
  disabledAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** The person's name. */
  displayName: Scalars["String"]["output"];
  /** False once disabled: the person can no longer sign in, and their sessions and tokens have ended. */
  enabled: Scalars["Boolean"]["output"];
  /** Opaque global ID. */
  id: Scalars["ID"]["output"];
  /** The organisation the person works for. */
  organisation: Scalars["String"]["output"];
  /** The role (DOMAIN §0), as a client's: it decides which root fields the person may call. */
  role: Scalars["String"]["output"];
  /** What the person acts for, as `kind:value`: `national`, `province:01`, `facility:106101`, `insurer:SGK`. */
  scope: Scalars["String"]["output"];
  /** Whether the account signs in with a TOTP code after its password (always for national roles and the auditor: STAFF-2). */
  totpEnabled: Scalars["Boolean"]["output"];
  /** The sign-in name: lower case letters, digits, dot, dash or underscore (2 to 63). */
  username: Scalars["String"]["output"];
};

/** A page of staff accounts, oldest first (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type StaffAccountConnection = {
  __typename?: "StaffAccountConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<StaffAccountEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One StaffAccount in a page, with its cursor. */
export type StaffAccountEdge = {
  __typename?: "StaffAccountEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The StaffAccount itself. */
  node: StaffAccount;
};

/** Narrows the staff accounts; every given field must match. */
export type StaffAccountFilter = {
  /** Only enabled (true) or disabled (false) accounts. */
  enabled?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Only accounts of this role. */
  role?: InputMaybe<Scalars["String"]["input"]>;
};

/** The result of disableStaffAccount: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type StaffAccountPayload = {
  __typename?: "StaffAccountPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  staffAccount?: Maybe<StaffAccount>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** A person signed in through a client (a staff account, browser sign-in at /oidc): who read or changed something, beside the client it went through. */
export type StaffPerson = {
  __typename?: "StaffPerson";
  /** The person's name as the account shows it. */
  displayName: Scalars["String"]["output"];
  /** Global ID of the staff account (as `StaffAccount.id`, and the access log's `personId` filter). */
  id: Scalars["ID"]["output"];
  /** The sign-in name, e.g. adana.il. */
  username: Scalars["String"]["output"];
};

/** A new subject submitted into a chain (APR-1). */
export type StartApprovalInput = {
  /** Comment for the first step, 2 to 2000 characters. */
  comment?: Scalars["String"]["input"];
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** The subject's details: exactly the field that fits the template's subject kind. */
  subject: ApprovalSubjectInput;
  /** The chain template, e.g. PETITION (see approvalTemplates). */
  templateCode: Scalars["String"]["input"];
  /** Title of the subject, 3 to 300 characters. */
  title: Scalars["String"]["input"];
};

/** Starts an emergency bed search for a referral (ER-1). */
export type StartBedSearchInput = {
  /** The bed type needed. */
  bedType: BedType;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** Global ID of the emergency referral. */
  referralId: Scalars["ID"]["input"];
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
export type SubjectAttribute = {
  __typename?: "SubjectAttribute";
  /** Name of the attribute. */
  name: Scalars["String"]["output"];
  /** Its value. */
  value: Scalars["String"]["output"];
};

/** A named value of a generic subject. */
export type SubjectAttributeInput = {
  /** Name, 1 to 100 characters. */
  name: Scalars["String"]["input"];
  /** Value, up to 2000 characters. */
  value: Scalars["String"]["input"];
};

/** MDS-5: accepted data consolidated, with the change against the previous period. */
export type SubmissionConsolidation = {
  __typename?: "SubmissionConsolidation";
  /** Provinces whose data is accepted and counted (of 81). */
  acceptedProvinces: Scalars["Int"]["output"];
  /** Total per metric and nationality. */
  byNationality: Array<NationalityMetricChange>;
  /** Total per metric and province. */
  byProvince: Array<ProvinceMetricChange>;
  /** National total per metric. */
  national: Array<MetricChange>;
  /** The period, YYYY-MM. */
  period: Scalars["String"]["output"];
  /** The period compared against, YYYY-MM. */
  previousPeriod: Scalars["String"]["output"];
};

/** A row the coordination unit asked to correct (MDS-3). */
export type SubmissionCorrection = {
  __typename?: "SubmissionCorrection";
  /** The facility of the row. */
  facility: Facility;
  /** The count in question. */
  metric?: Maybe<SubmissionMetric>;
  /** The nationality of the row. */
  nationality: TpNationality;
  /** Why it must be corrected. */
  reason: Scalars["String"]["output"];
  /** When the correction was requested (UTC). */
  requestedAt: Scalars["DateTimeISO"]["output"];
  /** The revision the rows were sent back from. */
  revision: Scalars["Int"]["output"];
};

/** MDS-6: a dispatch of the month's data, by letter. */
export type SubmissionDispatch = {
  __typename?: "SubmissionDispatch";
  /** Opaque ID of the dispatch. */
  id: Scalars["ID"]["output"];
  /** Date of the official letter. */
  letterDate: Scalars["LocalDate"]["output"];
  /** Number of the official letter. */
  letterNumber: Scalars["String"]["output"];
  /** The period dispatched, YYYY-MM. */
  period: Scalars["String"]["output"];
  /** e.g. Göç Sağlığı Hizmetleri Dairesi (HSGM), or the requesting ministry. */
  recipient: Scalars["String"]["output"];
  /** When it was recorded (UTC). */
  recordedAt: Scalars["DateTimeISO"]["output"];
};

/** The result of recordSubmissionDispatch: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type SubmissionDispatchPayload = {
  __typename?: "SubmissionDispatchPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  dispatch?: Maybe<SubmissionDispatch>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** One step of a submission's history (MDS-3, MDS-7), append-only. */
export type SubmissionEvent = {
  __typename?: "SubmissionEvent";
  /** What happened: submit, requestCorrection, accept, or correct (MDS-7: the coordination unit corrected the rows itself, with its reason in `note`). */
  action: Scalars["String"]["output"];
  /** The person signed in through the client who made this step (staff sign-in); null for a machine client or the server's own jobs. */
  actorPerson?: Maybe<StaffPerson>;
  /** Role of the client that acted; null for steps recorded before roles were kept. */
  actorRole?: Maybe<Scalars["String"]["output"]>;
  /** When (UTC). */
  at: Scalars["DateTimeISO"]["output"];
  /**
   * The API client that made the change.
   * @deprecated Use actorRole.
   */
  clientId?: Maybe<Scalars["String"]["output"]>;
  /**
   * The comment given, if any.
   * @deprecated Use note.
   */
  comment?: Maybe<Scalars["String"]["output"]>;
  /** State before. */
  fromState?: Maybe<SubmissionStatus>;
  /**
   * Status before.
   * @deprecated Use fromState (the history convention's name).
   */
  fromStatus?: Maybe<SubmissionStatus>;
  /** The comment or reason given, if any. */
  note?: Maybe<Scalars["String"]["output"]>;
  /** Revision the step belongs to. */
  revision: Scalars["Int"]["output"];
  /** State after. */
  toState: SubmissionStatus;
  /**
   * Status after.
   * @deprecated Use toState.
   */
  toStatus: SubmissionStatus;
  /** The submission's version after this step. */
  version: Scalars["Int"]["output"];
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

/** MDS-4: where all 81 provinces stand for a period. */
export type SubmissionPeriod = {
  __typename?: "SubmissionPeriod";
  /** Day the submissions are due (the configured due day, MDS-1). */
  dueOn: Scalars["LocalDate"]["output"];
  /** Day entry opened: the 1st of the following month (MDS-1). */
  opensOn: Scalars["LocalDate"]["output"];
  /** The reporting period, YYYY-MM. */
  period: Scalars["String"]["output"];
  /** All 81 provinces with their status, overdue ones flagged. */
  provinces: Array<ProvincePeriodStatus>;
};

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
  applicantIin?: InputMaybe<Scalars["String"]["input"]>;
  /** SELF, FAMILY_MEMBER (with the member's written or digital consent, KZ-10) or LEGAL_REPRESENTATIVE of a child (KZ-11). On the portal the applicant is the portal's person; a representative must be the child's guardian on record. */
  applicantRelation?: KzApplicantRelation;
  /** IN_PERSON: kk or ru. */
  applicationLanguage?: InputMaybe<Scalars["String"]["input"]>;
  /** How the request is made (KZ-5). */
  channel: KzRequestChannel;
  /** Global ID of the person's insurance contract, active on the day. */
  contractId: Scalars["ID"]["input"];
  /** Which documents come with it; the channel and relation decide which are required. */
  documents: KzRequestDocumentsInput;
  /** EGOV_PORTAL: the EDS certificate's reference. */
  edsCertificateRef?: InputMaybe<Scalars["String"]["input"]>;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** Code of the chosen PHC organisation, at the place of residence (KZ-4). */
  organisationCode: Scalars["String"]["input"];
  /** IIN of the person to attach: 12 digits passing the ID-2 check. */
  personIin: Scalars["String"]["input"];
  /** The place of permanent or temporary residence (KZ-4). */
  residence: ResidenceInput;
};

/** Submits (or resubmits) your province's draft (MDS-3). */
export type SubmitMonthlySubmissionInput = {
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** Reporting period, YYYY-MM. */
  period: Scalars["String"]["input"];
};

/** A claim SGK receives, calculated on submission (REIMB-11). */
export type SubmitReimbursementClaimInput = {
  /** How the claim came in. */
  channel: ReimbursementChannel;
  /** Your own key for this create, 8 to 128 characters: a retry with the same key and input answers the first result and writes nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** The SGK provincial office's plate code, 01..81. */
  officeProvinceCode: Scalars["String"]["input"];
  /** Global ID of the referral. */
  referralId: Scalars["ID"]["input"];
  /** What happened on the trip, as the claimant declares it. */
  trip: TripInput;
};

/** Live events over graphql-ws on /graphql, filtered to what your client may see. */
export type Subscription = {
  __typename?: "Subscription";
  /** Events as they are committed (graphql-ws on /graphql; connectionParams { authorization: 'Bearer …' }), only those your client may see. */
  events: DomainEvent;
};

/** Live events over graphql-ws on /graphql, filtered to what your client may see. */
export type SubscriptionEventsArgs = {
  types?: InputMaybe<Array<Scalars["String"]["input"]>>;
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
  amountMinor: Scalars["Int"]["input"];
  /** Flights only. */
  cabinClass?: InputMaybe<CabinClass>;
  /** Business or VIP flights: the economy fare of the same flight, in kuruş (REIMB-6). */
  economyFareMinor?: InputMaybe<Scalars["Int"]["input"]>;
  /** Outbound or return. */
  leg: TripLeg;
  /** Whose ticket: the patient or the companion. */
  person: ReimbursedPerson;
};

/** Average time to a bed for one level and province (ER-7). */
export type TimeToBed = {
  __typename?: "TimeToBed";
  /** Average seconds from the level's start to its end. */
  averageSeconds: Scalars["Int"]["output"];
  /** The level. */
  level: SearchLevel;
  /** Province plate code. */
  provinceCode: Scalars["String"]["output"];
  /** Number of searches measured. */
  searches: Scalars["Int"]["output"];
};

/** Temporary-protection nationalities reported: Syria, Iraq. */
export type TpNationality =
  /** Iraq. */
  | "IQ"
  /** Syria. */
  | "SY";

/** A proposed trainee of a CBRN trainer training. */
export type Trainee = {
  __typename?: "Trainee";
  /** Institution the trainee works at. */
  institution: Scalars["String"]["output"];
  /** Full name. */
  name: Scalars["String"]["output"];
  /** Province plate code of the institution, 01 to 81. */
  provinceCode: Scalars["String"]["output"];
};

/** A proposed trainee. */
export type TraineeInput = {
  /** Institution, 3 to 200 characters. */
  institution: Scalars["String"]["input"];
  /** Full name, 3 to 200 characters. */
  name: Scalars["String"]["input"];
  /** Province plate code, 01 to 81. */
  provinceCode: Scalars["String"]["input"];
};

/** A CBRN trainer training and its proposed trainees. */
export type TrainerTrainingSubject = {
  __typename?: "TrainerTrainingSubject";
  /** First day of the training. */
  startsOn: Scalars["LocalDate"]["output"];
  /** The proposed trainees. */
  trainees: Array<Trainee>;
};

/** A CBRN trainer training. */
export type TrainerTrainingSubjectInput = {
  /** First day of the training. */
  startsOn: Scalars["LocalDate"]["input"];
  /** The proposed trainees, 1 to 200. */
  trainees: Array<TraineeInput>;
};

/** One step of a health-tourism case (HT-1, HT-2); fields that belong to other steps are ignored. */
export type TransitionHealthTourismCaseInput = {
  /** ARRIVE: accommodation is arranged (HT-5). */
  accommodationArranged?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** The step; only those after the current state are allowed (HT-2). */
  action: HealthTourismAction;
  /** SCHEDULE_APPOINTMENT: the appointment (UTC), in the future (HT-4). */
  appointmentAt?: InputMaybe<Scalars["DateTimeISO"]["input"]>;
  /** A comment for the history, up to 2000 characters. */
  comment?: InputMaybe<Scalars["String"]["input"]>;
  /** SCHEDULE_APPOINTMENT: the approximate cost (HT-4). */
  cost?: InputMaybe<MoneyInput>;
  /** Documents attached in this step, at most 20 (HT-8). */
  documents?: InputMaybe<Array<DocumentUploadInput>>;
  /** Check the step against every rule and answer what it would do, writing nothing. */
  dryRun?: Scalars["Boolean"]["input"];
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** FORWARD: global ID of the facility; it must have an International Health Tourism Unit (HT-3). */
  facilityId?: InputMaybe<Scalars["ID"]["input"]>;
  /** ARRIVE: who met the patient (HT-7). */
  greetedBy?: InputMaybe<Greeter>;
  /** START_TREATMENT: the patient guide, 2 to 200 characters (HT-6). */
  guideName?: InputMaybe<Scalars["String"]["input"]>;
  /** Global ID of the case. */
  id: Scalars["ID"]["input"];
  /** START_TREATMENT: the interpreter (HT-6). */
  interpreter?: InputMaybe<InterpreterInput>;
  /** CANCEL: why, 3 to 1000 characters. */
  reason?: InputMaybe<Scalars["String"]["input"]>;
  /** ARRIVE: the airport transfer is arranged (HT-5). */
  transferArranged?: InputMaybe<Scalars["Boolean"]["input"]>;
};

/** One step of a referral (REF-2). */
export type TransitionReferralInput = {
  /** The step: the origin places and cancels; the destination accepts, rejects, records arrival and completion. */
  action: ReferralAction;
  /** A comment for the history, up to 1000 characters. */
  comment?: InputMaybe<Scalars["String"]["input"]>;
  /** COMPLETE: the report to the unit, 3 to 4000 characters (required for temporary protection, TP-5). */
  completionReport?: InputMaybe<Scalars["String"]["input"]>;
  /** PLACE: global ID of the destination facility; it must have the clinic. */
  destinationFacilityId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Check the step against every rule and answer what it would do, writing nothing. */
  dryRun?: Scalars["Boolean"]["input"];
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the referral. */
  id: Scalars["ID"]["input"];
  /** REJECT / CANCEL: why, 3 to 1000 characters. */
  reason?: InputMaybe<Scalars["String"]["input"]>;
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
  applicationDate: Scalars["LocalDate"]["input"];
  /** Present when a companion travelled. */
  companion?: InputMaybe<CompanionInput>;
  /** Day the patient left home (paid as a daily-allowance day, REIMB-7). */
  departureDate: Scalars["LocalDate"]["input"];
  /** An emergency physician's signed prescription of the vehicle (REIMB-6 b). */
  emergencyTransportDocument?: InputMaybe<EmergencyTransportDocumentInput>;
  /** A health board report for taxi, ambulance or flight (REIMB-6 a). */
  healthBoardReport?: InputMaybe<HealthBoardReportInput>;
  /** Days as an inpatient; not paid (REIMB-7). */
  inpatientDays?: Array<Scalars["LocalDate"]["input"]>;
  /** Onward referrals to other hospitals; their outpatient days count too (REIMB-7). */
  onwardReferrals?: Array<OnwardReferralInput>;
  /** Days of outpatient treatment at the referred facility. */
  outpatientDays?: Array<Scalars["LocalDate"]["input"]>;
  /** Day the patient came back (paid as a daily-allowance day, REIMB-7). */
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

/** A leg of the trip. */
export type TripLeg =
  /** From home to the referred facility. */
  | "OUTBOUND"
  /** Back home. */
  | "RETURN";

/** Changes to the switchable MHRS rules; omitted groups stay as they are. */
export type UpdateAppointmentSettingsInput = {
  /** New APPT-7 threshold. */
  adequacy?: InputMaybe<AdequacySettingsInput>;
  /** New APPT-9 settings. */
  confirmation?: InputMaybe<ConfirmationSettingsInput>;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). Optional: without it the change applies over whatever is current. */
  expectedVersion?: InputMaybe<Scalars["Int"]["input"]>;
  /** New APPT-8 settings. */
  noShowPenalty?: InputMaybe<NoShowPenaltySettingsInput>;
};

/** Changes to a facility; omitted fields stay as they are. */
export type UpdateFacilityInput = {
  /** The complete new bed capacity list. */
  bedCapacities?: InputMaybe<Array<BedCapacityInput>>;
  /** The complete new clinic list. */
  clinics?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Whether it now has an International Health Tourism Unit (HT-3). */
  hasHealthTourismUnit?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Global ID of the facility to change. */
  id: Scalars["ID"]["input"];
  /** New coordinates. */
  location?: InputMaybe<GeoPointInput>;
  /** New official name, 3 to 200 characters. */
  name?: InputMaybe<Scalars["String"]["input"]>;
};

/** Changes to a patient's personal data; omitted fields stay as they are. */
export type UpdatePatientInput = {
  /** Whether the patient is under cancer treatment (exempts from appointment confirmation, APPT-9). */
  cancerPatient?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** New contact details (replace the old ones). */
  contact?: InputMaybe<ContactInput>;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** New family name. */
  familyName?: InputMaybe<Scalars["String"]["input"]>;
  /** New given name(s). */
  givenName?: InputMaybe<Scalars["String"]["input"]>;
  /** New legal guardian (replaces the old one). */
  guardian?: InputMaybe<GuardianInput>;
  /** Global ID of the patient to change. */
  id: Scalars["ID"]["input"];
  /** New preferred language, ISO 639-1. */
  preferredLanguage?: InputMaybe<Scalars["String"]["input"]>;
};

/** New REIMB-10 limits; omitted ones stay as they are. */
export type UpdateReimbursementSettingsInput = {
  /** Replaces REIMB-4's list of emergencies (ICD-10 codes or prefixes). */
  emergencyFullDistance?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). Optional: without it the change applies over whatever is current. */
  expectedVersion?: InputMaybe<Scalars["Int"]["input"]>;
  /** Replaces REIMB-2's list of primary-care exceptions (ICD-10 codes or prefixes). */
  primaryCareExceptions?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** Business days to apply for travel and daily allowance, 1 to 30. */
  travelAndDailyBusinessDays?: InputMaybe<Scalars["Int"]["input"]>;
  /** Business days to apply for treatment costs, 1 to 30. */
  treatmentBusinessDays?: InputMaybe<Scalars["Int"]["input"]>;
};

/** Changes to a subscription; omitted fields stay as they are. */
export type UpdateWebhookSubscriptionInput = {
  /** false pauses the subscription. */
  active?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** New note, 1 to 200 characters. */
  description?: InputMaybe<Scalars["String"]["input"]>;
  /** New event types, 1 to 100 (exact or subject.*). */
  eventTypes?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** The `version` you last read. A stale one is refused with a CONFLICT error carrying `extensions.currentVersion`; nothing is changed (optimistic concurrency). */
  expectedVersion: Scalars["Int"]["input"];
  /** Global ID of the subscription. */
  id: Scalars["ID"]["input"];
  /** New receiver URL (https), up to 2000 characters. */
  url?: InputMaybe<Scalars["String"]["input"]>;
};

/** A refusal by a business rule. Nothing was stored when a payload carries userErrors. */
export type UserError = {
  __typename?: "UserError";
  /** Machine-readable reason, e.g. CHECK_DIGIT_10, VERSION_CONFLICT. */
  code: Scalars["String"]["output"];
  /** Path to the input field at fault, e.g. [input, identifiers, 0, value]. */
  field?: Maybe<Array<Scalars["String"]["output"]>>;
  /** What was refused and why, in English, for a person to read. */
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
  /** The person signed in through the client (staff sign-in at /oidc); null for a machine's client credentials. */
  person?: Maybe<StaffPerson>;
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

/** One HTTP attempt of a delivery. */
export type WebhookAttempt = {
  __typename?: "WebhookAttempt";
  /** When it was made (UTC). */
  at: Scalars["DateTimeISO"]["output"];
  /** Its number, from 1. */
  attempt: Scalars["Int"]["output"];
  /** How long the receiver took, in milliseconds. */
  durationMs: Scalars["Int"]["output"];
  /** What went wrong (timeout, refused, non-2xx); null on success. */
  error?: Maybe<Scalars["String"]["output"]>;
  /** The receiver's HTTP status; null when none came. */
  statusCode?: Maybe<Scalars["Int"]["output"]>;
};

/** One event's delivery to one subscription, with its attempts. */
export type WebhookDelivery = Node & {
  __typename?: "WebhookDelivery";
  /** Every HTTP attempt, oldest first. */
  attemptLog: Array<WebhookAttempt>;
  /** Attempts so far (since the last redelivery). */
  attempts: Scalars["Int"]["output"];
  /** When the delivery was queued (UTC). */
  createdAt: Scalars["DateTimeISO"]["output"];
  /** When the receiver answered 2xx (UTC); null until then. */
  deliveredAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** The event delivered. */
  event: DomainEvent;
  /** Opaque global ID of the delivery. */
  id: Scalars["ID"]["output"];
  /** When the next attempt is due, while PENDING. */
  nextAttemptAt?: Maybe<Scalars["DateTimeISO"]["output"]>;
  /** Where the delivery stands. */
  status: WebhookDeliveryStatus;
  /** The subscription it was sent to. */
  subscription: WebhookSubscription;
};

/** A page of webhook deliveries, oldest first (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type WebhookDeliveryConnection = {
  __typename?: "WebhookDeliveryConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<WebhookDeliveryEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One WebhookDelivery in a page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: "WebhookDeliveryEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The WebhookDelivery itself. */
  node: WebhookDelivery;
};

/** Narrows the delivery log; every given field must match. */
export type WebhookDeliveryFilter = {
  /** Only deliveries in this status. */
  status?: InputMaybe<WebhookDeliveryStatus>;
  /** Only deliveries of this subscription (global ID). */
  subscriptionId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** The result of redeliverWebhook: the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type WebhookDeliveryPayload = {
  __typename?: "WebhookDeliveryPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  delivery?: Maybe<WebhookDelivery>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** PENDING until the receiver answers 2xx (DELIVERED) or the attempts run out (FAILED). */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | "DELIVERED"
  /** Gave up after the last retry; redeliverWebhook sends it again. */
  | "FAILED"
  /** Not yet answered 2xx; retried with growing delays. */
  | "PENDING";

/** A webhook: domain events of the given types are POSTed to the URL, signed (Standard Webhooks), at least once. */
export type WebhookSubscription = Node & {
  __typename?: "WebhookSubscription";
  /** A paused subscription gets no new deliveries. */
  active: Scalars["Boolean"]["output"];
  /** When it was created (UTC, ISO 8601). */
  createdAt: Scalars["DateTimeISO"]["output"];
  /** Your note on what it is for. */
  description?: Maybe<Scalars["String"]["output"]>;
  /** Exact types (referral.accepted) or a subject's every type (referral.*). */
  eventTypes: Array<Scalars["String"]["output"]>;
  /** Opaque global ID of the subscription. */
  id: Scalars["ID"]["output"];
  /** The receiver's URL (https). */
  url: Scalars["String"]["output"];
  /** Optimistic-concurrency version, 1 at creation and one higher after every change: send it back as `expectedVersion`. */
  version: Scalars["Int"]["output"];
};

/** A page of your client's webhook subscriptions, oldest first (Relay cursor connection): `edges` in a stable order, `pageInfo` to move on, `totalCount` across all pages. */
export type WebhookSubscriptionConnection = {
  __typename?: "WebhookSubscriptionConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<WebhookSubscriptionEdge>;
  /** Whether more pages follow or precede, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars["Int"]["output"];
};

/** One WebhookSubscription in a page, with its cursor. */
export type WebhookSubscriptionEdge = {
  __typename?: "WebhookSubscriptionEdge";
  /** Opaque cursor of this edge, for `after` or `before`; do not parse it. */
  cursor: Scalars["String"]["output"];
  /** The WebhookSubscription itself. */
  node: WebhookSubscription;
};

/** The result of updateWebhookSubscription and deleteWebhookSubscription (which answers the subscription as it was): the object after the change, or `userErrors` saying which rule refused (then nothing was stored). */
export type WebhookSubscriptionPayload = {
  __typename?: "WebhookSubscriptionPayload";
  /** The object as stored after the change; null when `userErrors` refused it. */
  subscription?: Maybe<WebhookSubscription>;
  /** Business refusals, each naming the input field and the rule; empty on success. When not empty, nothing was stored. */
  userErrors: Array<UserError>;
};

/** An activity planned under World Bank financing. */
export type WorldBankActivitySubject = {
  __typename?: "WorldBankActivitySubject";
  /** Title of the activity. */
  activityTitle: Scalars["String"]["output"];
  /** The strategic goal it serves. */
  strategicGoal: Scalars["String"]["output"];
  /** What the activity does. */
  summary: Scalars["String"]["output"];
};

/** An activity planned under World Bank financing. */
export type WorldBankActivitySubjectInput = {
  /** Title, 3 to 300 characters. */
  activityTitle: Scalars["String"]["input"];
  /** The strategic goal it serves, 3 to 500 characters. */
  strategicGoal: Scalars["String"]["input"];
  /** What the activity does, 3 to 4000 characters. */
  summary: Scalars["String"]["input"];
};

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ConsoleViewerQuery = {
  __typename?: "Query";
  viewer: {
    __typename?: "Viewer";
    clientId: string;
    name?: string | null;
    role: string;
    scope: string;
    person?: { __typename?: "StaffPerson"; displayName: string; username: string } | null;
  };
};

export type AccessLogQueryVariables = Exact<{
  filter?: InputMaybe<AccessLogFilter>;
  after?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type AccessLogQuery = {
  __typename?: "Query";
  accessLog: {
    __typename?: "AccessLogConnection";
    edges: Array<{
      __typename?: "AccessLogEntryEdge";
      node: {
        __typename?: "AccessLogEntry";
        id: string;
        at: string;
        action: string;
        operation: string;
        basis: string;
        clientId: string;
        role: string;
        patientId: string;
        requestId?: string | null;
        person?: { __typename?: "StaffPerson"; username: string; displayName: string } | null;
      };
    }>;
    pageInfo: { __typename?: "PageInfo"; hasNextPage: boolean; endCursor?: string | null };
  };
};

export type ScheduleAdequacyQueryVariables = Exact<{
  weekStart?: InputMaybe<Scalars["LocalDate"]["input"]>;
}>;

export type ScheduleAdequacyQuery = {
  __typename?: "Query";
  scheduleAdequacy: {
    __typename?: "ScheduleAdequacy";
    weekStart: string;
    facilities: Array<{
      __typename?: "FacilityScheduleAdequacy";
      capacity: number;
      requiredCapacity: number;
      physicianCount: number;
      reasons: Array<AdequacyReason>;
      facility: { __typename?: "Facility"; code: string; name: string };
      physiciansWithoutSchedule: Array<{ __typename?: "Physician"; id: string }>;
    }>;
  };
};

export type ApprovalInboxQueryVariables = Exact<{
  pendingForMe: Scalars["Boolean"]["input"];
}>;

export type ApprovalInboxQuery = {
  __typename?: "Query";
  approvals: {
    __typename?: "ApprovalConnection";
    totalCount: number;
    edges: Array<{
      __typename?: "ApprovalEdge";
      node: {
        __typename?: "Approval";
        id: string;
        title: string;
        status: ApprovalStatus;
        overdue: boolean;
        dueOn?: string | null;
        createdAt: string;
        revision: number;
        version: number;
        template: {
          __typename?: "ApprovalTemplate";
          code: string;
          nameTr: string;
          nameEn: string;
          steps: Array<{
            __typename?: "ApprovalStep";
            index: number;
            labelTr: string;
            labelEn: string;
            role: string;
            kind: ApprovalStepKind;
            decisions: Array<StepDecision>;
          }>;
        };
        currentStep?: { __typename?: "ApprovalStep"; index: number } | null;
        history: Array<{
          __typename?: "ApprovalHistoryEntry";
          stepIndex?: number | null;
          decision: ApprovalDecisionKind;
          actorRole?: string | null;
          stepStartedAt: string;
          decidedAt: string;
          comment: string;
          revision: number;
        }>;
      };
    }>;
  };
  approvalStepDurations: Array<{
    __typename?: "ApprovalStepDuration";
    templateCode: string;
    stepKind: ApprovalStepKind;
    decisions: number;
    averageSeconds: number;
    p90Seconds: number;
  }>;
};

export type DecideApprovalStepMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
  expectedVersion: Scalars["Int"]["input"];
  decision: StepDecision;
  comment: Scalars["String"]["input"];
}>;

export type DecideApprovalStepMutation = {
  __typename?: "Mutation";
  decideApprovalStep: {
    __typename?: "ApprovalPayload";
    approval?: { __typename?: "Approval"; id: string; status: ApprovalStatus; version: number } | null;
    userErrors: Array<{ __typename?: "UserError"; code: string; field?: Array<string> | null; message: string; rule?: string | null }>;
  };
};

export type BoardBedSearchesQueryVariables = Exact<{ [key: string]: never }>;

export type BoardBedSearchesQuery = {
  __typename?: "Query";
  openBedSearches: {
    __typename?: "BedSearchConnection";
    edges: Array<{
      __typename?: "BedSearchEdge";
      node: {
        __typename?: "BedSearch";
        id: string;
        status: SearchStatus;
        level: SearchLevel;
        provinceCode: string;
        bedType: BedType;
        levels: Array<{
          __typename?: "BedSearchLevelEntry";
          level: SearchLevel;
          startedAt: string;
          endedAt?: string | null;
          outcome?: string | null;
        }>;
        reservedFacility?: { __typename?: "Facility"; name: string } | null;
        referral: { __typename?: "Referral"; urgency: ReferralUrgency; originFacility: { __typename?: "Facility"; name: string } };
      };
    }>;
  };
  timeToBedReport: Array<{ __typename?: "TimeToBed"; level: SearchLevel; provinceCode: string; averageSeconds: number; searches: number }>;
};

export type BoardReferralsQueryVariables = Exact<{ [key: string]: never }>;

export type BoardReferralsQuery = {
  __typename?: "Query";
  referrals: {
    __typename?: "ReferralConnection";
    totalCount: number;
    edges: Array<{
      __typename?: "ReferralEdge";
      node: {
        __typename?: "Referral";
        id: string;
        status: ReferralStatus;
        urgency: ReferralUrgency;
        version: number;
        diagnosisIcd10: string;
        scope?: ReferralScope | null;
        clinic: { __typename?: "Clinic"; code: string };
        originFacility: { __typename?: "Facility"; code: string; name: string };
        destinationFacility?: { __typename?: "Facility"; code: string; name: string } | null;
        patient?: { __typename?: "Patient"; category: PatientCategory } | null;
        provision?: { __typename?: "ProvisionCheck"; valid: boolean; reference: string } | null;
        history: Array<{ __typename?: "ReferralHistoryEntry"; action: string; at: string; toStatus: ReferralStatus }>;
      };
    }>;
  };
};

export type BoardEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type BoardEventsSubscription = {
  __typename?: "Subscription";
  events: { __typename?: "DomainEvent"; id: string; type: string; subjectId: string; occurredAt: string };
};

export type AcceptReferralMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
  expectedVersion: Scalars["Int"]["input"];
}>;

export type AcceptReferralMutation = {
  __typename?: "Mutation";
  transitionReferral: {
    __typename?: "ReferralPayload";
    referral?: { __typename?: "Referral"; id: string; status: ReferralStatus; version: number } | null;
    userErrors: Array<{ __typename?: "UserError"; code: string; field?: Array<string> | null; message: string; rule?: string | null }>;
  };
};

export type FacilitiesWithClinicQueryVariables = Exact<{
  clinic: Scalars["String"]["input"];
  provinceCode?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type FacilitiesWithClinicQuery = {
  __typename?: "Query";
  facilities: {
    __typename?: "FacilityConnection";
    edges: Array<{
      __typename?: "FacilityEdge";
      node: {
        __typename?: "Facility";
        id: string;
        code: string;
        name: string;
        province?: { __typename?: "Province"; code: string } | null;
      };
    }>;
  };
};

export type ProvinceChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type ProvinceChoicesQuery = {
  __typename?: "Query";
  provinces: {
    __typename?: "ProvinceConnection";
    edges: Array<{ __typename?: "ProvinceEdge"; node: { __typename?: "Province"; code: string; name: string } }>;
  };
};

export type CoordinateReferralMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
  expectedVersion: Scalars["Int"]["input"];
  action: ReferralAction;
  destinationFacilityId?: InputMaybe<Scalars["ID"]["input"]>;
  reason?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CoordinateReferralMutation = {
  __typename?: "Mutation";
  transitionReferral: {
    __typename?: "ReferralPayload";
    referral?: { __typename?: "Referral"; id: string; status: ReferralStatus; version: number } | null;
    userErrors: Array<{ __typename?: "UserError"; code: string; field?: Array<string> | null; message: string; rule?: string | null }>;
  };
};

export type ClaimStatementQueryVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type ClaimStatementQuery = {
  __typename?: "Query";
  reimbursementClaim: {
    __typename?: "ReimbursementClaim";
    id: string;
    status: ReimbursementClaimStatus;
    version: number;
    rejectionReason?: string | null;
    rejectionRules: Array<string>;
    statement?: {
      __typename?: "ReimbursementStatement";
      eligible: boolean;
      paidDistanceKm: number;
      actualDistanceKm: number;
      travelPaidToFacility: { __typename?: "Facility"; name: string };
      total: { __typename?: "Money"; amountMinor: number; currency: string };
      lines: Array<{
        __typename?: "ReimbursementLine";
        kind: ReimbursementLineKind;
        person: ReimbursedPerson;
        quantity: number;
        rules: Array<string>;
        explanationTr: string;
        explanationEn: string;
        unitAmount: { __typename?: "Money"; amountMinor: number; currency: string };
        amount: { __typename?: "Money"; amountMinor: number; currency: string };
      }>;
      ineligibility: Array<{ __typename?: "ReimbursementIneligibility"; rule: string; explanationTr: string; explanationEn: string }>;
      notes: Array<{ __typename?: "ReimbursementNote"; rules: Array<string>; explanationTr: string; explanationEn: string }>;
    } | null;
  };
};

export type CalculateClaimMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
  expectedVersion: Scalars["Int"]["input"];
}>;

export type CalculateClaimMutation = {
  __typename?: "Mutation";
  calculateReimbursementClaim: {
    __typename?: "ReimbursementClaimPayload";
    claim?: { __typename?: "ReimbursementClaim"; id: string; status: ReimbursementClaimStatus; version: number } | null;
    userErrors: Array<{ __typename?: "UserError"; code: string; field?: Array<string> | null; message: string; rule?: string | null }>;
  };
};

export type ApproveClaimMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
  expectedVersion: Scalars["Int"]["input"];
  comment?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type ApproveClaimMutation = {
  __typename?: "Mutation";
  approveReimbursementClaim: {
    __typename?: "ReimbursementClaimPayload";
    claim?: { __typename?: "ReimbursementClaim"; id: string; status: ReimbursementClaimStatus; version: number } | null;
    userErrors: Array<{ __typename?: "UserError"; code: string; field?: Array<string> | null; message: string; rule?: string | null }>;
  };
};

export type RejectClaimMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
  expectedVersion: Scalars["Int"]["input"];
  reason: Scalars["String"]["input"];
  rules: Array<Scalars["String"]["input"]> | Scalars["String"]["input"];
}>;

export type RejectClaimMutation = {
  __typename?: "Mutation";
  rejectReimbursementClaim: {
    __typename?: "ReimbursementClaimPayload";
    claim?: { __typename?: "ReimbursementClaim"; id: string; status: ReimbursementClaimStatus; version: number } | null;
    userErrors: Array<{ __typename?: "UserError"; code: string; field?: Array<string> | null; message: string; rule?: string | null }>;
  };
};

export type ClaimsToReviewQueryVariables = Exact<{
  status?: InputMaybe<ReimbursementClaimStatus>;
}>;

export type ClaimsToReviewQuery = {
  __typename?: "Query";
  reimbursementClaims: {
    __typename?: "ReimbursementClaimConnection";
    totalCount: number;
    edges: Array<{
      __typename?: "ReimbursementClaimEdge";
      node: {
        __typename?: "ReimbursementClaim";
        id: string;
        status: ReimbursementClaimStatus;
        channel: ReimbursementChannel;
        submittedAt: string;
        officeProvinceCode: string;
        referral: {
          __typename?: "Referral";
          originFacility: { __typename?: "Facility"; name: string };
          destinationFacility?: { __typename?: "Facility"; name: string } | null;
        };
      };
    }>;
  };
};

export type ConsolidationQueryVariables = Exact<{
  period: Scalars["String"]["input"];
}>;

export type ConsolidationQuery = {
  __typename?: "Query";
  monthlyConsolidation: {
    __typename?: "SubmissionConsolidation";
    period: string;
    previousPeriod: string;
    acceptedProvinces: number;
    national: Array<{
      __typename?: "MetricChange";
      metric: SubmissionMetric;
      value: number;
      previousValue?: number | null;
      change?: number | null;
    }>;
    byNationality: Array<{
      __typename?: "NationalityMetricChange";
      nationality: TpNationality;
      metric: SubmissionMetric;
      value: number;
      previousValue?: number | null;
      change?: number | null;
    }>;
  };
};

export type ExportConsolidationMutationVariables = Exact<{
  period: Scalars["String"]["input"];
}>;

export type ExportConsolidationMutation = {
  __typename?: "Mutation";
  exportMonthlyConsolidation: {
    __typename?: "ExportMonthlyConsolidationPayload";
    link?: { __typename?: "DownloadLink"; url: string; expiresAt: string } | null;
    userErrors: Array<{ __typename?: "UserError"; code: string; field?: Array<string> | null; message: string; rule?: string | null }>;
  };
};

export type ProvinceSubmissionQueryVariables = Exact<{
  period: Scalars["String"]["input"];
  provinceCode?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type ProvinceSubmissionQuery = {
  __typename?: "Query";
  monthlySubmission?: {
    __typename?: "MonthlySubmission";
    id: string;
    status: SubmissionStatus;
    version: number;
    revision: number;
    submittedAt?: string | null;
    acceptedAt?: string | null;
    province: { __typename?: "Province"; code: string; name: string };
    rows: Array<{
      __typename?: "MonthlySubmissionRow";
      nationality: TpNationality;
      outpatientVisits: number;
      emergencyVisits: number;
      inpatientAdmissions: number;
      surgeries: number;
      births: number;
      intensiveCareAdmissions: number;
      referralsOut: number;
      facility: { __typename?: "Facility"; id: string; code: string; name: string };
    }>;
    corrections: Array<{
      __typename?: "SubmissionCorrection";
      nationality: TpNationality;
      metric?: SubmissionMetric | null;
      reason: string;
      revision: number;
      facility: { __typename?: "Facility"; name: string };
    }>;
  } | null;
};

export type AcceptSubmissionMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
  expectedVersion: Scalars["Int"]["input"];
}>;

export type AcceptSubmissionMutation = {
  __typename?: "Mutation";
  acceptMonthlySubmission: {
    __typename?: "MonthlySubmissionPayload";
    submission?: { __typename?: "MonthlySubmission"; id: string; status: SubmissionStatus; version: number } | null;
    userErrors: Array<{ __typename?: "UserError"; code: string; field?: Array<string> | null; message: string; rule?: string | null }>;
  };
};

export type RequestSubmissionCorrectionMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
  expectedVersion: Scalars["Int"]["input"];
  rows: Array<CorrectionRowInput> | CorrectionRowInput;
  comment?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type RequestSubmissionCorrectionMutation = {
  __typename?: "Mutation";
  requestSubmissionCorrection: {
    __typename?: "MonthlySubmissionPayload";
    submission?: { __typename?: "MonthlySubmission"; id: string; status: SubmissionStatus; version: number } | null;
    userErrors: Array<{ __typename?: "UserError"; code: string; field?: Array<string> | null; message: string; rule?: string | null }>;
  };
};

export type SaveMonthlyDraftMutationVariables = Exact<{
  period: Scalars["String"]["input"];
  expectedVersion?: InputMaybe<Scalars["Int"]["input"]>;
  rows: Array<MonthlySubmissionRowInput> | MonthlySubmissionRowInput;
}>;

export type SaveMonthlyDraftMutation = {
  __typename?: "Mutation";
  saveMonthlyDraft: {
    __typename?: "MonthlySubmissionPayload";
    submission?: { __typename?: "MonthlySubmission"; id: string; status: SubmissionStatus; version: number } | null;
    userErrors: Array<{ __typename?: "UserError"; code: string; field?: Array<string> | null; message: string; rule?: string | null }>;
  };
};

export type SubmitMonthlySubmissionMutationVariables = Exact<{
  period: Scalars["String"]["input"];
  expectedVersion: Scalars["Int"]["input"];
}>;

export type SubmitMonthlySubmissionMutation = {
  __typename?: "Mutation";
  submitMonthlySubmission: {
    __typename?: "MonthlySubmissionPayload";
    submission?: { __typename?: "MonthlySubmission"; id: string; status: SubmissionStatus; version: number } | null;
    userErrors: Array<{ __typename?: "UserError"; code: string; field?: Array<string> | null; message: string; rule?: string | null }>;
  };
};

export type SubmissionPeriodQueryVariables = Exact<{
  period: Scalars["String"]["input"];
}>;

export type SubmissionPeriodQuery = {
  __typename?: "Query";
  monthlySubmissionPeriod: {
    __typename?: "SubmissionPeriod";
    period: string;
    opensOn: string;
    dueOn: string;
    provinces: Array<{
      __typename?: "ProvincePeriodStatus";
      status: ProvinceSubmissionStatus;
      overdue: boolean;
      submittedAt?: string | null;
      province: { __typename?: "Province"; code: string; name: string };
    }>;
  };
};

export type UserErrorFieldsFragment = {
  __typename?: "UserError";
  code: string;
  field?: Array<string> | null;
  message: string;
  rule?: string | null;
};

export const UserErrorFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const ConsoleViewerDocument = {
  __meta__: { hash: "de685d534d705d34b5f26c7dd0d604ed97d4243f38943fc050563c97234e7043" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ConsoleViewer" },
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
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "scope" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "displayName" } },
                      { kind: "Field", name: { kind: "Name", value: "username" } },
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
} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const AccessLogDocument = {
  __meta__: { hash: "905c80b68aa6382bd9eee2fe8112c8c28dc02053dee58fd0cb622c24cdba547e" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AccessLog" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "AccessLogFilter" } },
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
            name: { kind: "Name", value: "accessLog" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
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
                            { kind: "Field", name: { kind: "Name", value: "at" } },
                            { kind: "Field", name: { kind: "Name", value: "action" } },
                            { kind: "Field", name: { kind: "Name", value: "operation" } },
                            { kind: "Field", name: { kind: "Name", value: "basis" } },
                            { kind: "Field", name: { kind: "Name", value: "clientId" } },
                            { kind: "Field", name: { kind: "Name", value: "role" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "person" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "username" } },
                                  { kind: "Field", name: { kind: "Name", value: "displayName" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "patientId" } },
                            { kind: "Field", name: { kind: "Name", value: "requestId" } },
                          ],
                        },
                      },
                    ],
                  },
                },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessLogQuery, AccessLogQueryVariables>;
export const ScheduleAdequacyDocument = {
  __meta__: { hash: "474bb633d62972ac3706dd8e94e16d776571bd2c5beab4461880e671397f2e34" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ScheduleAdequacy" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "weekStart" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "LocalDate" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "scheduleAdequacy" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "weekStart" },
                value: { kind: "Variable", name: { kind: "Name", value: "weekStart" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "weekStart" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "facilities" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "facility" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "code" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "capacity" } },
                      { kind: "Field", name: { kind: "Name", value: "requiredCapacity" } },
                      { kind: "Field", name: { kind: "Name", value: "physicianCount" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "physiciansWithoutSchedule" },
                        selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }] },
                      },
                      { kind: "Field", name: { kind: "Name", value: "reasons" } },
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
} as unknown as DocumentNode<ScheduleAdequacyQuery, ScheduleAdequacyQueryVariables>;
export const ApprovalInboxDocument = {
  __meta__: { hash: "0c9018d93ab7b9d900a1fbe9c4c41cf191c1c73c959fc68ddcecbfde8f512805" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ApprovalInbox" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "pendingForMe" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "approvals" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "30" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "pendingForMe" },
                value: { kind: "Variable", name: { kind: "Name", value: "pendingForMe" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    { kind: "ObjectField", name: { kind: "Name", value: "status" }, value: { kind: "EnumValue", value: "IN_PROGRESS" } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
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
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "overdue" } },
                            { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                            { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                            { kind: "Field", name: { kind: "Name", value: "revision" } },
                            { kind: "Field", name: { kind: "Name", value: "version" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "template" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "code" } },
                                  { kind: "Field", name: { kind: "Name", value: "nameTr" } },
                                  { kind: "Field", name: { kind: "Name", value: "nameEn" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "steps" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "index" } },
                                        { kind: "Field", name: { kind: "Name", value: "labelTr" } },
                                        { kind: "Field", name: { kind: "Name", value: "labelEn" } },
                                        { kind: "Field", name: { kind: "Name", value: "role" } },
                                        { kind: "Field", name: { kind: "Name", value: "kind" } },
                                        { kind: "Field", name: { kind: "Name", value: "decisions" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "currentStep" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "index" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "history" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "stepIndex" } },
                                  { kind: "Field", name: { kind: "Name", value: "decision" } },
                                  { kind: "Field", name: { kind: "Name", value: "actorRole" } },
                                  { kind: "Field", name: { kind: "Name", value: "stepStartedAt" } },
                                  { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                                  { kind: "Field", name: { kind: "Name", value: "comment" } },
                                  { kind: "Field", name: { kind: "Name", value: "revision" } },
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
          {
            kind: "Field",
            name: { kind: "Name", value: "approvalStepDurations" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "templateCode" } },
                { kind: "Field", name: { kind: "Name", value: "stepKind" } },
                { kind: "Field", name: { kind: "Name", value: "decisions" } },
                { kind: "Field", name: { kind: "Name", value: "averageSeconds" } },
                { kind: "Field", name: { kind: "Name", value: "p90Seconds" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalInboxQuery, ApprovalInboxQueryVariables>;
export const DecideApprovalStepDocument = {
  __meta__: { hash: "462832ce91cd8b3f848bcd45bb0ce7327b0aeee637e956e4befe20a08933420d" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DecideApprovalStep" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "decision" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "StepDecision" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "comment" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "decideApprovalStep" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "id" },
                      value: { kind: "Variable", name: { kind: "Name", value: "id" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "expectedVersion" },
                      value: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "decision" },
                      value: { kind: "Variable", name: { kind: "Name", value: "decision" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "comment" },
                      value: { kind: "Variable", name: { kind: "Name", value: "comment" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "approval" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideApprovalStepMutation, DecideApprovalStepMutationVariables>;
export const BoardBedSearchesDocument = {
  __meta__: { hash: "f1d7cfd652c25dfe632ec3a283821cdc609aded4857b99853db95d1e14807986" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "BoardBedSearches" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "openBedSearches" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
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
                            { kind: "Field", name: { kind: "Name", value: "level" } },
                            { kind: "Field", name: { kind: "Name", value: "provinceCode" } },
                            { kind: "Field", name: { kind: "Name", value: "bedType" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "levels" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "level" } },
                                  { kind: "Field", name: { kind: "Name", value: "startedAt" } },
                                  { kind: "Field", name: { kind: "Name", value: "endedAt" } },
                                  { kind: "Field", name: { kind: "Name", value: "outcome" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "reservedFacility" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "referral" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "urgency" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "originFacility" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }],
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
          {
            kind: "Field",
            name: { kind: "Name", value: "timeToBedReport" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "level" } },
                { kind: "Field", name: { kind: "Name", value: "provinceCode" } },
                { kind: "Field", name: { kind: "Name", value: "averageSeconds" } },
                { kind: "Field", name: { kind: "Name", value: "searches" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardBedSearchesQuery, BoardBedSearchesQueryVariables>;
export const BoardReferralsDocument = {
  __meta__: { hash: "4922774691b773a09c064d69f5403634ae1fd4089c043471331999ba0a560e57" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "BoardReferrals" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "referrals" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "60" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
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
                            { kind: "Field", name: { kind: "Name", value: "version" } },
                            { kind: "Field", name: { kind: "Name", value: "diagnosisIcd10" } },
                            { kind: "Field", name: { kind: "Name", value: "scope" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "clinic" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "code" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "originFacility" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "code" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "destinationFacility" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "code" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "patient" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "category" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "provision" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "valid" } },
                                  { kind: "Field", name: { kind: "Name", value: "reference" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "history" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "action" } },
                                  { kind: "Field", name: { kind: "Name", value: "at" } },
                                  { kind: "Field", name: { kind: "Name", value: "toStatus" } },
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
} as unknown as DocumentNode<BoardReferralsQuery, BoardReferralsQueryVariables>;
export const BoardEventsDocument = {
  __meta__: { hash: "84efb14ee2de58966a62bb5f98cfb478c79d4df176e54105fdd0533e4a4902a2" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "BoardEvents" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "events" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "types" },
                value: {
                  kind: "ListValue",
                  values: [
                    { kind: "StringValue", value: "referral.*", block: false },
                    { kind: "StringValue", value: "bedSearch.*", block: false },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "type" } },
                { kind: "Field", name: { kind: "Name", value: "subjectId" } },
                { kind: "Field", name: { kind: "Name", value: "occurredAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardEventsSubscription, BoardEventsSubscriptionVariables>;
export const AcceptReferralDocument = {
  __meta__: { hash: "2a31b732a08af0a07ad611629b11c75716c56cf1a2dfe19e6621770abf9ae624" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AcceptReferral" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "transitionReferral" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "id" },
                      value: { kind: "Variable", name: { kind: "Name", value: "id" } },
                    },
                    { kind: "ObjectField", name: { kind: "Name", value: "action" }, value: { kind: "EnumValue", value: "ACCEPT" } },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "expectedVersion" },
                      value: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "referral" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const FacilitiesWithClinicDocument = {
  __meta__: { hash: "582a289fd7e1e3f056d1c14fb9420693c395edd0e5988d20dd9b042c841c94f4" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "FacilitiesWithClinic" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "clinic" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "provinceCode" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "facilities" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "clinic" },
                      value: { kind: "Variable", name: { kind: "Name", value: "clinic" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "provinceCode" },
                      value: { kind: "Variable", name: { kind: "Name", value: "provinceCode" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
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
                            { kind: "Field", name: { kind: "Name", value: "code" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "province" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "code" } }],
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
} as unknown as DocumentNode<FacilitiesWithClinicQuery, FacilitiesWithClinicQueryVariables>;
export const ProvinceChoicesDocument = {
  __meta__: { hash: "a6fd9e94d1f8ab1568cc5ae9c63c3f80e4bedff56738bfbc592b4a9fb7cea0c3" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProvinceChoices" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "provinces" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "81" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
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
                            { kind: "Field", name: { kind: "Name", value: "code" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
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
} as unknown as DocumentNode<ProvinceChoicesQuery, ProvinceChoicesQueryVariables>;
export const CoordinateReferralDocument = {
  __meta__: { hash: "b6863c02bb238874e0a9c99eab4f6827c2c8111981d5a26db9afb63ea8ae0d45" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CoordinateReferral" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "action" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ReferralAction" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "destinationFacilityId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "reason" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "transitionReferral" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "id" },
                      value: { kind: "Variable", name: { kind: "Name", value: "id" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "action" },
                      value: { kind: "Variable", name: { kind: "Name", value: "action" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "expectedVersion" },
                      value: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "destinationFacilityId" },
                      value: { kind: "Variable", name: { kind: "Name", value: "destinationFacilityId" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "reason" },
                      value: { kind: "Variable", name: { kind: "Name", value: "reason" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "referral" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoordinateReferralMutation, CoordinateReferralMutationVariables>;
export const ClaimStatementDocument = {
  __meta__: { hash: "c823c28d763d21e5e0dee4b90817bf9c137eaf863269369a43840e09d221f707" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ClaimStatement" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reimbursementClaim" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "id" }, value: { kind: "Variable", name: { kind: "Name", value: "id" } } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "rejectionReason" } },
                { kind: "Field", name: { kind: "Name", value: "rejectionRules" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "statement" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "eligible" } },
                      { kind: "Field", name: { kind: "Name", value: "paidDistanceKm" } },
                      { kind: "Field", name: { kind: "Name", value: "actualDistanceKm" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "travelPaidToFacility" },
                        selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }] },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "total" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
                            { kind: "Field", name: { kind: "Name", value: "currency" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "lines" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "kind" } },
                            { kind: "Field", name: { kind: "Name", value: "person" } },
                            { kind: "Field", name: { kind: "Name", value: "quantity" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "unitAmount" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
                                  { kind: "Field", name: { kind: "Name", value: "currency" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "amount" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
                                  { kind: "Field", name: { kind: "Name", value: "currency" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "rules" } },
                            { kind: "Field", name: { kind: "Name", value: "explanationTr" } },
                            { kind: "Field", name: { kind: "Name", value: "explanationEn" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ineligibility" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "rule" } },
                            { kind: "Field", name: { kind: "Name", value: "explanationTr" } },
                            { kind: "Field", name: { kind: "Name", value: "explanationEn" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "notes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "rules" } },
                            { kind: "Field", name: { kind: "Name", value: "explanationTr" } },
                            { kind: "Field", name: { kind: "Name", value: "explanationEn" } },
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
} as unknown as DocumentNode<ClaimStatementQuery, ClaimStatementQueryVariables>;
export const CalculateClaimDocument = {
  __meta__: { hash: "889f15ce4a8d4ca726f7bc391d599a659130fbc930274597bb6be06e14a594bd" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CalculateClaim" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "calculateReimbursementClaim" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "id" },
                      value: { kind: "Variable", name: { kind: "Name", value: "id" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "expectedVersion" },
                      value: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "claim" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CalculateClaimMutation, CalculateClaimMutationVariables>;
export const ApproveClaimDocument = {
  __meta__: { hash: "b3327e9d50c1fb3319eba89c28280e23ccf175fcafba155ce0043d70f3c0d423" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ApproveClaim" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "comment" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "approveReimbursementClaim" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "id" },
                      value: { kind: "Variable", name: { kind: "Name", value: "id" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "expectedVersion" },
                      value: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "comment" },
                      value: { kind: "Variable", name: { kind: "Name", value: "comment" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "claim" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveClaimMutation, ApproveClaimMutationVariables>;
export const RejectClaimDocument = {
  __meta__: { hash: "b9d775e36095005d5313eb8ae61aaea9dcf57ffa166a9a9229faf99016479995" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RejectClaim" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "reason" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "rules" } },
          type: {
            kind: "NonNullType",
            type: { kind: "ListType", type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rejectReimbursementClaim" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "id" },
                      value: { kind: "Variable", name: { kind: "Name", value: "id" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "expectedVersion" },
                      value: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "reason" },
                      value: { kind: "Variable", name: { kind: "Name", value: "reason" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "rules" },
                      value: { kind: "Variable", name: { kind: "Name", value: "rules" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "claim" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectClaimMutation, RejectClaimMutationVariables>;
export const ClaimsToReviewDocument = {
  __meta__: { hash: "6a4b6111ee38915aae2edcd0a24d8152cddc508ef93dbd9bcb59fc009e12108b" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ClaimsToReview" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "status" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ReimbursementClaimStatus" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reimbursementClaims" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "status" },
                      value: { kind: "Variable", name: { kind: "Name", value: "status" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
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
                            { kind: "Field", name: { kind: "Name", value: "channel" } },
                            { kind: "Field", name: { kind: "Name", value: "submittedAt" } },
                            { kind: "Field", name: { kind: "Name", value: "officeProvinceCode" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "referral" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "originFacility" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }],
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "destinationFacility" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }],
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
      },
    },
  ],
} as unknown as DocumentNode<ClaimsToReviewQuery, ClaimsToReviewQueryVariables>;
export const ConsolidationDocument = {
  __meta__: { hash: "adc29f5727ed3e5eeb587388e48f51f338c35403b885829b634b7d3197ba3b01" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Consolidation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "period" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "monthlyConsolidation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "period" },
                value: { kind: "Variable", name: { kind: "Name", value: "period" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "period" } },
                { kind: "Field", name: { kind: "Name", value: "previousPeriod" } },
                { kind: "Field", name: { kind: "Name", value: "acceptedProvinces" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "national" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "metric" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "previousValue" } },
                      { kind: "Field", name: { kind: "Name", value: "change" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byNationality" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "nationality" } },
                      { kind: "Field", name: { kind: "Name", value: "metric" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "previousValue" } },
                      { kind: "Field", name: { kind: "Name", value: "change" } },
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
} as unknown as DocumentNode<ConsolidationQuery, ConsolidationQueryVariables>;
export const ExportConsolidationDocument = {
  __meta__: { hash: "7dad4dcf0f7c71fe4db138acb42a89fcf4004b00968a6e773a8bde6fc74849dd" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ExportConsolidation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "period" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "exportMonthlyConsolidation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "period" },
                      value: { kind: "Variable", name: { kind: "Name", value: "period" } },
                    },
                    { kind: "ObjectField", name: { kind: "Name", value: "format" }, value: { kind: "EnumValue", value: "XLSX" } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "link" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "url" } },
                      { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportConsolidationMutation, ExportConsolidationMutationVariables>;
export const ProvinceSubmissionDocument = {
  __meta__: { hash: "8560664081b9411c296a9c02dac00a7dffa9a2767ee536a9d43be6de99ff6ca6" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProvinceSubmission" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "period" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "provinceCode" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "monthlySubmission" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "period" },
                value: { kind: "Variable", name: { kind: "Name", value: "period" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "provinceCode" },
                value: { kind: "Variable", name: { kind: "Name", value: "provinceCode" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "revision" } },
                { kind: "Field", name: { kind: "Name", value: "submittedAt" } },
                { kind: "Field", name: { kind: "Name", value: "acceptedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "province" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rows" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "facility" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "code" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "nationality" } },
                      { kind: "Field", name: { kind: "Name", value: "outpatientVisits" } },
                      { kind: "Field", name: { kind: "Name", value: "emergencyVisits" } },
                      { kind: "Field", name: { kind: "Name", value: "inpatientAdmissions" } },
                      { kind: "Field", name: { kind: "Name", value: "surgeries" } },
                      { kind: "Field", name: { kind: "Name", value: "births" } },
                      { kind: "Field", name: { kind: "Name", value: "intensiveCareAdmissions" } },
                      { kind: "Field", name: { kind: "Name", value: "referralsOut" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "corrections" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "facility" },
                        selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }] },
                      },
                      { kind: "Field", name: { kind: "Name", value: "nationality" } },
                      { kind: "Field", name: { kind: "Name", value: "metric" } },
                      { kind: "Field", name: { kind: "Name", value: "reason" } },
                      { kind: "Field", name: { kind: "Name", value: "revision" } },
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
} as unknown as DocumentNode<ProvinceSubmissionQuery, ProvinceSubmissionQueryVariables>;
export const AcceptSubmissionDocument = {
  __meta__: { hash: "b37ca9ab3dca820aca3cdfb525f7029516240f328a521cf7a12506d3cf16de1f" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AcceptSubmission" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "acceptMonthlySubmission" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "id" },
                      value: { kind: "Variable", name: { kind: "Name", value: "id" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "expectedVersion" },
                      value: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "submission" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptSubmissionMutation, AcceptSubmissionMutationVariables>;
export const RequestSubmissionCorrectionDocument = {
  __meta__: { hash: "6169222f3ee9d113828fa4a009bf49c9003787f727d41cab36abb3eeac665a8b" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RequestSubmissionCorrection" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "rows" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CorrectionRowInput" } } },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "comment" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "requestSubmissionCorrection" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "id" },
                      value: { kind: "Variable", name: { kind: "Name", value: "id" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "expectedVersion" },
                      value: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "rows" },
                      value: { kind: "Variable", name: { kind: "Name", value: "rows" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "comment" },
                      value: { kind: "Variable", name: { kind: "Name", value: "comment" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "submission" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestSubmissionCorrectionMutation, RequestSubmissionCorrectionMutationVariables>;
export const SaveMonthlyDraftDocument = {
  __meta__: { hash: "1b2354a133b29d806e8e5a56d38bf743848312f018273bd6161fe5899f9a73e7" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SaveMonthlyDraft" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "period" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "rows" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "MonthlySubmissionRowInput" } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "saveMonthlyDraft" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "period" },
                      value: { kind: "Variable", name: { kind: "Name", value: "period" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "expectedVersion" },
                      value: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "rows" },
                      value: { kind: "Variable", name: { kind: "Name", value: "rows" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "submission" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveMonthlyDraftMutation, SaveMonthlyDraftMutationVariables>;
export const SubmitMonthlySubmissionDocument = {
  __meta__: { hash: "9f115467a5071f309e26d9b5244b3ca1cb1c140ab345ff3f0d81fe3899fc313a" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SubmitMonthlySubmission" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "period" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "submitMonthlySubmission" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "period" },
                      value: { kind: "Variable", name: { kind: "Name", value: "period" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "expectedVersion" },
                      value: { kind: "Variable", name: { kind: "Name", value: "expectedVersion" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "submission" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "rule" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitMonthlySubmissionMutation, SubmitMonthlySubmissionMutationVariables>;
export const SubmissionPeriodDocument = {
  __meta__: { hash: "0f09d8ad1f869988af7ac9c4768fd96ed1c5c1aa42b4c354c56bcd5f61e028bf" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "SubmissionPeriod" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "period" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "monthlySubmissionPeriod" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "period" },
                value: { kind: "Variable", name: { kind: "Name", value: "period" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "period" } },
                { kind: "Field", name: { kind: "Name", value: "opensOn" } },
                { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "provinces" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "province" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "code" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "overdue" } },
                      { kind: "Field", name: { kind: "Name", value: "submittedAt" } },
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
} as unknown as DocumentNode<SubmissionPeriodQuery, SubmissionPeriodQueryVariables>;
