import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { LocalDate } from "./local-date.js";
import { appointmentStatus, bookingChannel } from "../drizzle/schema/index.js";
import { Connection, enumOf, EXPECTED_VERSION, IDEMPOTENCY_KEY, MutationPayload, Node, VERSION } from "./common.js";
import { Clinic, Facility } from "./facilities.js";
import { Patient } from "./patients.js";

export const BookingChannel = enumOf(bookingChannel.enumValues);
export const AppointmentStatus = enumOf(appointmentStatus.enumValues);
export const AttendanceOutcome = { ATTENDED: "ATTENDED", NO_SHOW: "NO_SHOW" } as const;
export const AdequacyReason = { MISSING_SCHEDULES: "MISSING_SCHEDULES", LOW_CAPACITY: "LOW_CAPACITY" } as const;

registerEnumType(BookingChannel, { name: "BookingChannel", description: "PHONE is ALO 182; EGOV an e-government portal." });
registerEnumType(AppointmentStatus, {
  name: "AppointmentStatus",
  description: "AUTO_CANCELLED: not confirmed in time (APPT-9), without penalty.",
});
registerEnumType(AttendanceOutcome, { name: "AttendanceOutcome" });
registerEnumType(AdequacyReason, { name: "AdequacyReason" });

const localTime = /^([01]\d|2[0-3]):[0-5]\d$/;

@ObjectType({ implements: Node, simpleResolvers: true })
export class Physician extends Node {
  @Field(() => String, { description: "Ministry registry (tescil) number." })
  registryNumber!: string;

  @Field(() => String, { description: "e.g. Uzm. Dr., Doç. Dr." })
  title!: string;

  @Field(() => String)
  givenName!: string;

  @Field(() => String)
  familyName!: string;

  @Field(() => Clinic)
  clinic!: Clinic;

  @Field(() => Facility)
  facility!: Facility;
}

@ObjectType()
export class PhysicianConnection extends Connection(Physician, "Physician") {}

@InputType()
export class PhysicianFilter {
  @Field(() => ID)
  facilityId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 64)
  clinicCode?: string | null;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A bookable slot of a physician's work schedule." })
export class Slot extends Node {
  @Field(() => DateTimeISOResolver)
  startsAt!: Date;

  @Field(() => DateTimeISOResolver)
  endsAt!: Date;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: "Active appointments; never above capacity (APPT-6)." })
  booked!: number;

  @Field(() => Int)
  available!: number;

  @Field(() => Clinic)
  clinic!: Clinic;

  @Field(() => Facility)
  facility!: Facility;

  @Field(() => Physician)
  physician!: Physician;
}

@ObjectType()
export class SlotConnection extends Connection(Slot, "Slot") {}

@ObjectType({ implements: Node, simpleResolvers: true })
export class Appointment extends Node {
  @Field(() => AppointmentStatus)
  status!: keyof typeof AppointmentStatus;

  @Field(() => BookingChannel)
  channel!: keyof typeof BookingChannel;

  @Field(() => DateTimeISOResolver)
  startsAt!: Date;

  @Field(() => LocalDate, { description: "The appointment's day in Europe/Istanbul." })
  day!: string;

  @Field(() => Slot)
  slot!: Slot;

  @Field(() => Facility)
  facility!: Facility;

  @Field(() => Clinic)
  clinic!: Clinic;

  @Field(() => Physician)
  physician!: Physician;

  @Field(() => Patient, {
    nullable: true,
    description:
      "Personal data, authorised and logged like every patient read: null with a FORBIDDEN error once your access has ended (PAT-3).",
  })
  patient!: Patient | null;

  @Field(() => String, { nullable: true })
  bookingSessionId!: string | null;

  @Field(() => DateTimeISOResolver)
  bookedAt!: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "APPT-9: confirm by then, or it is cancelled; null when no confirmation is needed.",
  })
  confirmBy!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  confirmedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType()
export class AppointmentConnection extends Connection(Appointment, "Appointment") {}

@ObjectType({ simpleResolvers: true })
export class FacilityScheduleAdequacy {
  @Field(() => Facility)
  facility!: Facility;

  @Field(() => Int)
  physicianCount!: number;

  @Field(() => [Physician], { description: "Physicians with no schedule in the week." })
  physiciansWithoutSchedule!: Physician[];

  @Field(() => Int, { description: "Appointment places published for the week." })
  capacity!: number;

  @Field(() => Int, { description: "Physicians × the configured weekly minimum." })
  requiredCapacity!: number;

  @Field(() => [AdequacyReason])
  reasons!: (keyof typeof AdequacyReason)[];
}

@ObjectType({ simpleResolvers: true, description: "APPT-7: the weekly review of schedules." })
export class ScheduleAdequacy {
  @Field(() => LocalDate)
  weekStart!: string;

  @Field(() => [FacilityScheduleAdequacy])
  facilities!: FacilityScheduleAdequacy[];
}

@ObjectType({ simpleResolvers: true })
export class NoShowPenaltySettings {
  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int)
  days!: number;
}

@ObjectType({ simpleResolvers: true })
export class ConfirmationSettings {
  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int, { description: "Local hour on the day before by which to confirm." })
  deadlineHour!: number;

  @Field(() => Int)
  preConfirmedWithinDays!: number;

  @Field(() => Int)
  exemptFromAge!: number;
}

@ObjectType({ simpleResolvers: true })
export class AdequacySettings {
  @Field(() => Int)
  minWeeklyCapacityPerPhysician!: number;
}

@ObjectType({ simpleResolvers: true, description: "Switchable MHRS rules (APPT-7, APPT-8, APPT-9), kept as data." })
export class AppointmentSettings {
  @Field(() => NoShowPenaltySettings)
  noShowPenalty!: NoShowPenaltySettings;

  @Field(() => ConfirmationSettings)
  confirmation!: ConfirmationSettings;

  @Field(() => AdequacySettings)
  adequacy!: AdequacySettings;
}

@InputType()
export class NoShowPenaltySettingsInput {
  @Field(() => Boolean, { nullable: true })
  enabled?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(365)
  days?: number;
}

@InputType()
export class ConfirmationSettingsInput {
  @Field(() => Boolean, { nullable: true })
  enabled?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(23)
  deadlineHour?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(30)
  preConfirmedWithinDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(130)
  exemptFromAge?: number;
}

@InputType()
export class AdequacySettingsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  minWeeklyCapacityPerPhysician?: number;
}

@InputType()
export class UpdateAppointmentSettingsInput {
  @Field(() => NoShowPenaltySettingsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  noShowPenalty?: NoShowPenaltySettingsInput;

  @Field(() => ConfirmationSettingsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  confirmation?: ConfirmationSettingsInput;

  @Field(() => AdequacySettingsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  adequacy?: AdequacySettingsInput;
}

@InputType()
export class RegisterPhysicianInput {
  @Field(() => ID)
  facilityId!: string;

  @Field(() => String)
  @Length(1, 64)
  clinicCode!: string;

  @Field(() => String)
  @Matches(/^[0-9A-Z-]{3,20}$/)
  registryNumber!: string;

  @Field(() => String)
  @Length(2, 40)
  title!: string;

  @Field(() => String)
  @Length(1, 100)
  givenName!: string;

  @Field(() => String)
  @Length(1, 100)
  familyName!: string;
}

@InputType()
export class PublishScheduleInput {
  @Field(() => ID)
  physicianId!: string;

  @Field(() => LocalDate, { description: "The day, in Europe/Istanbul." })
  day!: string;

  @Field(() => String, { description: "Local start time, HH:mm." })
  @Matches(localTime, { message: "startTime must be HH:mm" })
  startTime!: string;

  @Field(() => String, { description: "Local end time, HH:mm." })
  @Matches(localTime, { message: "endTime must be HH:mm" })
  endTime!: string;

  @Field(() => Int)
  @Min(5)
  @Max(240)
  slotMinutes!: number;

  @Field(() => Int)
  @Min(1)
  @Max(50)
  capacityPerSlot!: number;
}

@InputType()
export class BookAppointmentInput {
  @Field(() => ID)
  slotId!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => BookingChannel)
  channel!: keyof typeof BookingChannel;

  @Field(() => String, { nullable: true, description: "The ALO 182 call: at most 4 appointments in one (APPT-5)." })
  @IsOptional()
  @Length(4, 64)
  bookingSessionId?: string | null;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType()
export class CancelAppointmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "Required when the facility cancels." })
  @IsOptional()
  @Length(3, 500)
  reason?: string | null;
}

@InputType()
export class ConfirmAppointmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => AttendanceOutcome)
  outcome!: keyof typeof AttendanceOutcome;
}

@InputType()
export class AppointmentFilter {
  @Field(() => ID, { nullable: true })
  patientId?: string | null;

  @Field(() => ID, { nullable: true })
  facilityId?: string | null;

  @Field(() => AppointmentStatus, { nullable: true })
  status?: keyof typeof AppointmentStatus | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  to?: Date | null;
}

@ObjectType()
export class PhysicianPayload extends MutationPayload {
  @Field(() => Physician, { nullable: true })
  physician!: Physician | null;
}

@ObjectType()
export class PublishSchedulePayload extends MutationPayload {
  @Field(() => ID, { nullable: true })
  scheduleId!: string | null;

  @Field(() => [Slot])
  slots!: Slot[];
}

@ObjectType()
export class AppointmentPayload extends MutationPayload {
  @Field(() => Appointment, { nullable: true })
  appointment!: Appointment | null;
}
