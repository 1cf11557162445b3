import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { HistoryEntry, historyEntryOf } from "./history.js";
import { IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { LocalDate } from "./local-date.js";
import { appointmentStatus, bookingChannel } from "../drizzle/schema/index.js";
import {
  ACCESS_JUSTIFICATION,
  Connection,
  connectionOf,
  enumOf,
  EXPECTED_VERSION,
  IDEMPOTENCY_KEY,
  MutationPayload,
  Node,
  PAYLOAD_OBJECT,
  payloadOf,
  VERSION,
} from "./common.js";
import { Clinic, Facility } from "./facilities.js";
import { Patient } from "./patients.js";

export const BookingChannel = enumOf(bookingChannel.enumValues);
export const AppointmentStatus = enumOf(appointmentStatus.enumValues);
export const AttendanceOutcome = { ATTENDED: "ATTENDED", NO_SHOW: "NO_SHOW" } as const;
export const AdequacyReason = { MISSING_SCHEDULES: "MISSING_SCHEDULES", LOW_CAPACITY: "LOW_CAPACITY" } as const;

registerEnumType(BookingChannel, {
  valuesConfig: {
    PHONE: { description: "ALO 182 call centre." },
    WEB: { description: "MHRS web site." },
    MOBILE: { description: "MHRS mobile application." },
    EGOV: { description: "An e-government portal (e-Devlet), acting for its person." },
  },
  name: "BookingChannel",
  description: "PHONE is ALO 182; EGOV an e-government portal.",
});
registerEnumType(AppointmentStatus, {
  valuesConfig: {
    BOOKED: { description: "Active: holds a place in its slot." },
    CANCELLED: { description: "Cancelled by the patient (at least 80 minutes before, APPT-2) or the facility; the place is free again." },
    AUTO_CANCELLED: { description: "Not confirmed by the deadline and cancelled automatically, without penalty (APPT-9)." },
    ATTENDED: { description: "The patient came." },
    NO_SHOW: { description: "The patient neither came nor cancelled; starts the APPT-8 penalty when it is switched on." },
  },
  name: "AppointmentStatus",
  description: "AUTO_CANCELLED: not confirmed in time (APPT-9), without penalty.",
});
registerEnumType(AttendanceOutcome, {
  valuesConfig: {
    ATTENDED: { description: "The patient came." },
    NO_SHOW: { description: "The patient neither came nor cancelled (starts APPT-8's penalty)." },
  },
  description: "Whether a booked patient came.",
  name: "AttendanceOutcome",
});
registerEnumType(AdequacyReason, {
  valuesConfig: {
    MISSING_SCHEDULES: { description: "Some physicians published no schedule for the week." },
    LOW_CAPACITY: { description: "Published places fall below physicians × the configured weekly minimum." },
  },
  description: "Why a facility is listed in the weekly schedule review (APPT-7).",
  name: "AdequacyReason",
});

const localTime = /^([01]\d|2[0-3]):[0-5]\d$/;

@ObjectType({
  description: "A physician registered at one facility clinic; publishes work schedules (çalışma cetveli) that produce slots.",
  implements: Node,
  simpleResolvers: true,
})
export class Physician extends Node {
  @Field(() => String, { description: "Ministry registry (tescil) number." })
  registryNumber!: string;

  @Field(() => String, { description: "e.g. Uzm. Dr., Doç. Dr." })
  title!: string;

  @Field(() => String, { description: "Given name(s)." })
  givenName!: string;

  @Field(() => String, { description: "Family name." })
  familyName!: string;

  @Field(() => Clinic, { description: "The clinic (branch) the physician works in." })
  clinic!: Clinic;

  @Field(() => Facility, { description: "The facility the physician works at." })
  facility!: Facility;
}

@ObjectType({ description: connectionOf("physicians") })
export class PhysicianConnection extends Connection(Physician, "Physician") {}

@InputType({ description: "Which physicians to list." })
export class PhysicianFilter {
  @Field(() => ID, { description: "Global ID of the facility (required)." })
  facilityId!: string;

  @Field(() => String, { description: "Only physicians of this clinic, e.g. CARDIOLOGY.", nullable: true })
  @IsOptional()
  @Length(1, 64)
  clinicCode?: string | null;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A bookable slot of a physician's work schedule." })
export class Slot extends Node {
  @Field(() => DateTimeISOResolver, { description: "Start of the slot (UTC)." })
  startsAt!: Date;

  @Field(() => DateTimeISOResolver, { description: "End of the slot (UTC)." })
  endsAt!: Date;

  @Field(() => Int, { description: "How many appointments the slot holds." })
  capacity!: number;

  @Field(() => Int, { description: "Active appointments; never above capacity (APPT-6)." })
  booked!: number;

  @Field(() => Int, { description: "Places still free: capacity minus active appointments." })
  available!: number;

  @Field(() => Clinic, { description: "The clinic of the slot." })
  clinic!: Clinic;

  @Field(() => Facility, { description: "The facility of the slot." })
  facility!: Facility;

  @Field(() => Physician, { description: "The physician whose schedule produced it." })
  physician!: Physician;
}

@ObjectType({ description: connectionOf("free slots, earliest first") })
export class SlotConnection extends Connection(Slot, "Slot") {}

@ObjectType({ description: historyEntryOf("appointment") })
export class AppointmentHistoryEntry extends HistoryEntry(
  AppointmentStatus,
  "appointment",
  "book, confirm, cancel, autoCancel (APPT-9), recordAttendance",
) {}

@ObjectType({
  description: "A booked appointment in a slot (MHRS). Personal data: reads are authorised and logged.",
  implements: Node,
  simpleResolvers: true,
})
export class Appointment extends Node {
  @Field(() => AppointmentStatus, { description: "Where the appointment stands." })
  status!: keyof typeof AppointmentStatus;

  @Field(() => BookingChannel, { description: "Where it was booked: ALO 182 phone, web, mobile or e-government portal." })
  channel!: keyof typeof BookingChannel;

  @Field(() => DateTimeISOResolver, { description: "Start of the appointment (UTC)." })
  startsAt!: Date;

  @Field(() => LocalDate, { description: "The appointment's day in Europe/Istanbul." })
  day!: string;

  @Field(() => Slot, { description: "The slot it holds a place in." })
  slot!: Slot;

  @Field(() => Facility, { description: "The facility of the appointment." })
  facility!: Facility;

  @Field(() => Clinic, { description: "The clinic of the appointment." })
  clinic!: Clinic;

  @Field(() => Physician, { description: "The physician of the appointment." })
  physician!: Physician;

  @Field(() => Patient, {
    nullable: true,
    description:
      "Personal data, authorised and logged like every patient read: null with a FORBIDDEN error once your access has ended (PAT-3).",
  })
  patient!: Patient | null;

  @Field(() => String, { description: "The ALO 182 call it was booked in, if any (APPT-5 counts at most 4 per call).", nullable: true })
  bookingSessionId!: string | null;

  @Field(() => DateTimeISOResolver, { description: "When it was booked (UTC)." })
  bookedAt!: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "APPT-9: confirm by then, or it is cancelled; null when no confirmation is needed.",
  })
  confirmBy!: Date | null;

  @Field(() => DateTimeISOResolver, {
    description: "When the patient confirmed it (APPT-9); null while unconfirmed or when no confirmation is needed.",
    nullable: true,
  })
  confirmedAt!: Date | null;

  @Field(() => DateTimeISOResolver, {
    description: "When it was cancelled (UTC); null unless CANCELLED or AUTO_CANCELLED.",
    nullable: true,
  })
  cancelledAt!: Date | null;

  @Field(() => String, {
    description: "Why it was cancelled, when the facility or the confirmation rule (APPT-9) cancelled it.",
    nullable: true,
  })
  cancelReason!: string | null;

  @Field(() => [AppointmentHistoryEntry], {
    description: "Every step of the appointment (booked, confirmed, cancelled, attended…), oldest first; append-only.",
  })
  history!: AppointmentHistoryEntry[];

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ description: connectionOf("appointments, earliest first") })
export class AppointmentConnection extends Connection(Appointment, "Appointment") {}

@ObjectType({ description: "One facility's shortfall in the weekly review (APPT-7).", simpleResolvers: true })
export class FacilityScheduleAdequacy {
  @Field(() => Facility, { description: "The facility." })
  facility!: Facility;

  @Field(() => Int, { description: "Physicians registered at the facility." })
  physicianCount!: number;

  @Field(() => [Physician], { description: "Physicians with no schedule in the week." })
  physiciansWithoutSchedule!: Physician[];

  @Field(() => Int, { description: "Appointment places published for the week." })
  capacity!: number;

  @Field(() => Int, { description: "Physicians × the configured weekly minimum." })
  requiredCapacity!: number;

  @Field(() => [AdequacyReason], { description: "Why it is listed: missing schedules, too little capacity, or both." })
  reasons!: (keyof typeof AdequacyReason)[];
}

@ObjectType({ simpleResolvers: true, description: "APPT-7: the weekly review of schedules." })
export class ScheduleAdequacy {
  @Field(() => LocalDate, { description: "Monday of the reviewed week (YYYY-MM-DD, Europe/Istanbul)." })
  weekStart!: string;

  @Field(() => [FacilityScheduleAdequacy], {
    description: "Facilities short of schedules or capacity in that week; empty when all are adequate.",
  })
  facilities!: FacilityScheduleAdequacy[];
}

@ObjectType({
  description: "APPT-8: after a no-show, the patient cannot book the same branch for a number of days.",
  simpleResolvers: true,
})
export class NoShowPenaltySettings {
  @Field(() => Boolean, { description: "Whether the penalty applies." })
  enabled!: boolean;

  @Field(() => Int, { description: "Length of the penalty in days (MHRS: 15)." })
  days!: number;
}

@ObjectType({ description: "APPT-9: appointments must be confirmed by a deadline on the day before.", simpleResolvers: true })
export class ConfirmationSettings {
  @Field(() => Boolean, { description: "Whether confirmation is required." })
  enabled!: boolean;

  @Field(() => Int, { description: "Local hour on the day before by which to confirm." })
  deadlineHour!: number;

  @Field(() => Int, { description: "Appointments booked this many days ahead or fewer count as confirmed (MHRS: 2)." })
  preConfirmedWithinDays!: number;

  @Field(() => Int, { description: "Patients of this age or older need not confirm (MHRS: 65); cancer patients are exempt too." })
  exemptFromAge!: number;
}

@ObjectType({ description: "APPT-7: the threshold of the weekly schedule review.", simpleResolvers: true })
export class AdequacySettings {
  @Field(() => Int, { description: "Appointment places each physician should publish per week." })
  minWeeklyCapacityPerPhysician!: number;
}

@ObjectType({ simpleResolvers: true, description: "Switchable MHRS rules (APPT-7, APPT-8, APPT-9), kept as data." })
export class AppointmentSettings {
  @Field(() => NoShowPenaltySettings, { description: "APPT-8: the no-show booking penalty." })
  noShowPenalty!: NoShowPenaltySettings;

  @Field(() => ConfirmationSettings, { description: "APPT-9: confirmed appointments." })
  confirmation!: ConfirmationSettings;

  @Field(() => AdequacySettings, { description: "APPT-7: the weekly schedule-adequacy threshold." })
  adequacy!: AdequacySettings;

  @Field(() => Int, {
    description:
      "Optimistic-concurrency version: 0 until the MHRS unit first changes the settings, then one higher after every change; send it back as `expectedVersion`.",
  })
  version!: number;
}

@ObjectType({ description: "The answer to updateAppointmentSettings." })
export class AppointmentSettingsPayload extends MutationPayload {
  @Field(() => AppointmentSettings, { description: PAYLOAD_OBJECT, nullable: true })
  settings!: AppointmentSettings | null;
}

@InputType({ description: "APPT-8 settings." })
export class NoShowPenaltySettingsInput {
  @Field(() => Boolean, { description: "Whether the no-show penalty applies.", nullable: true })
  enabled?: boolean;

  @Field(() => Int, { description: "Penalty length in days, 1 to 365.", nullable: true })
  @IsOptional()
  @Min(0)
  @Max(365)
  days?: number;
}

@InputType({ description: "APPT-9 settings." })
export class ConfirmationSettingsInput {
  @Field(() => Boolean, { description: "Whether confirmation is required.", nullable: true })
  enabled?: boolean;

  @Field(() => Int, {
    description: "Local hour (Europe/Istanbul, 0 to 23) on the day before by which to confirm (MHRS: 20).",
    nullable: true,
  })
  @IsOptional()
  @Min(0)
  @Max(23)
  deadlineHour?: number;

  @Field(() => Int, { description: "Bookings this many days ahead or fewer count as confirmed (0 to 30).", nullable: true })
  @IsOptional()
  @Min(0)
  @Max(30)
  preConfirmedWithinDays?: number;

  @Field(() => Int, { description: "Age from which patients need not confirm (0 to 130).", nullable: true })
  @IsOptional()
  @Min(0)
  @Max(130)
  exemptFromAge?: number;
}

@InputType({ description: "APPT-7 threshold." })
export class AdequacySettingsInput {
  @Field(() => Int, { description: "Appointment places each physician should publish per week, 0 to 10000.", nullable: true })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  minWeeklyCapacityPerPhysician?: number;
}

@InputType({ description: "Changes to the switchable MHRS rules; omitted groups stay as they are." })
export class UpdateAppointmentSettingsInput {
  @Field(() => NoShowPenaltySettingsInput, { description: "New APPT-8 settings.", nullable: true })
  @IsOptional()
  @ValidateNested()
  noShowPenalty?: NoShowPenaltySettingsInput;

  @Field(() => ConfirmationSettingsInput, { description: "New APPT-9 settings.", nullable: true })
  @IsOptional()
  @ValidateNested()
  confirmation?: ConfirmationSettingsInput;

  @Field(() => AdequacySettingsInput, { description: "New APPT-7 threshold.", nullable: true })
  @IsOptional()
  @ValidateNested()
  adequacy?: AdequacySettingsInput;

  @Field(() => Int, {
    description: `${EXPECTED_VERSION} Optional: without it the change applies over whatever is current.`,
    nullable: true,
  })
  @IsOptional()
  @Min(0)
  expectedVersion?: number | null;
}

@InputType({ description: "A physician at one facility clinic." })
export class RegisterPhysicianInput {
  @Field(() => ID, { description: "Global ID of the facility; a hospital registers only at its own." })
  facilityId!: string;

  @Field(() => String, { description: "Clinic code the facility has, e.g. CARDIOLOGY." })
  @Length(1, 64)
  clinicCode!: string;

  @Field(() => String, { description: "Ministry registry (tescil) number; unique." })
  @Matches(/^[0-9A-Z-]{3,20}$/)
  registryNumber!: string;

  @Field(() => String, { description: "Academic or professional title, e.g. Uzm. Dr., Doç. Dr." })
  @Length(2, 40)
  title!: string;

  @Field(() => String, { description: "Given name(s)." })
  @Length(1, 100)
  givenName!: string;

  @Field(() => String, { description: "Family name." })
  @Length(1, 100)
  familyName!: string;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "One physician's work schedule (çalışma cetveli) for one day, cut into slots." })
export class PublishScheduleInput {
  @Field(() => ID, { description: "Global ID of the physician." })
  physicianId!: string;

  @Field(() => LocalDate, { description: "The day, in Europe/Istanbul." })
  day!: string;

  @Field(() => String, { description: "Local start time, HH:mm." })
  @Matches(localTime, { message: "startTime must be HH:mm" })
  startTime!: string;

  @Field(() => String, { description: "Local end time, HH:mm." })
  @Matches(localTime, { message: "endTime must be HH:mm" })
  endTime!: string;

  @Field(() => Int, { description: "Length of each slot in minutes (5 to 240)." })
  @Min(5)
  @Max(240)
  slotMinutes!: number;

  @Field(() => Int, { description: "Appointments each slot holds (1 to 50)." })
  @Min(1)
  @Max(50)
  capacityPerSlot!: number;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "A booking of one slot for one patient (APPT-1 to APPT-6, APPT-8)." })
export class BookAppointmentInput {
  @Field(() => ID, { description: "Global ID of a free slot, on the next calendar day or later (APPT-1)." })
  slotId!: string;

  @Field(() => ID, { description: "Global ID of the patient; an e-government portal books only for its own person." })
  patientId!: string;

  @Field(() => BookingChannel, { description: "Where the booking is made." })
  channel!: keyof typeof BookingChannel;

  @Field(() => String, { nullable: true, description: "The ALO 182 call: at most 4 appointments in one (APPT-5)." })
  @IsOptional()
  @Length(4, 64)
  bookingSessionId?: string | null;

  @Field(() => String, { nullable: true, description: ACCESS_JUSTIFICATION })
  @IsOptional()
  @MaxLength(1000)
  accessJustification?: string | null;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "Cancels an appointment (APPT-2)." })
export class CancelAppointmentInput {
  @Field(() => ID, { description: "Global ID of the appointment." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "Required when the facility cancels." })
  @IsOptional()
  @Length(3, 500)
  reason?: string | null;
}

@InputType({ description: "Confirms an appointment (APPT-9)." })
export class ConfirmAppointmentInput {
  @Field(() => ID, { description: "Global ID of the appointment." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;
}

@InputType({ description: "The facility records whether the patient came." })
export class RecordAttendanceInput {
  @Field(() => ID, { description: "Global ID of the appointment." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => AttendanceOutcome, { description: "Attended or no-show." })
  outcome!: keyof typeof AttendanceOutcome;
}

@InputType({ description: "Narrows the appointment list; every given field must match." })
export class AppointmentFilter {
  @Field(() => ID, { description: "Only this patient's appointments (global ID).", nullable: true })
  patientId?: string | null;

  @Field(() => ID, { description: "Only appointments at this facility (global ID).", nullable: true })
  facilityId?: string | null;

  @Field(() => AppointmentStatus, { description: "Only appointments in this status.", nullable: true })
  status?: keyof typeof AppointmentStatus | null;

  @Field(() => DateTimeISOResolver, { description: "Only appointments starting at or after this instant (UTC).", nullable: true })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { description: "Only appointments starting before this instant (UTC).", nullable: true })
  to?: Date | null;
}

@ObjectType({ description: payloadOf("registerPhysician") })
export class PhysicianPayload extends MutationPayload {
  @Field(() => Physician, { description: PAYLOAD_OBJECT, nullable: true })
  physician!: Physician | null;
}

@ObjectType({ description: payloadOf("publishSchedule") })
export class PublishSchedulePayload extends MutationPayload {
  @Field(() => ID, { description: "ID of the stored work schedule; null when refused.", nullable: true })
  scheduleId!: string | null;

  @Field(() => [Slot], { description: "The slots the schedule produced; empty when refused." })
  slots!: Slot[];
}

@ObjectType({ description: payloadOf("an appointment mutation") })
export class AppointmentPayload extends MutationPayload {
  @Field(() => Appointment, { description: PAYLOAD_OBJECT, nullable: true })
  appointment!: Appointment | null;
}
