import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { DateTimeISOResolver } from "graphql-scalars";
import { LocalDate } from "../../schema/local-date.js";
import type { AppointmentRow, PhysicianRow, SlotRow } from "../../drizzle/schema/index.js";
import {
  Appointment,
  AppointmentHistoryEntry,
  AppointmentConnection,
  AppointmentFilter,
  AppointmentPayload,
  AppointmentSettings,
  AppointmentSettingsPayload,
  BookAppointmentInput,
  CancelAppointmentInput,
  ConfirmAppointmentInput,
  FacilityScheduleAdequacy,
  Physician,
  PhysicianConnection,
  PhysicianFilter,
  PhysicianPayload,
  PublishScheduleInput,
  PublishSchedulePayload,
  RecordAttendanceInput,
  RegisterPhysicianInput,
  ScheduleAdequacy,
  Slot,
  SlotConnection,
  UpdateAppointmentSettingsInput,
} from "../../schema/appointments.js";
import { CONNECTION_FILTER, ConnectionArgs, MUTATION_INPUT } from "../../schema/common.js";
import { Clinic, Facility } from "../../schema/facilities.js";
import { Patient } from "../../schema/patients.js";
import type { GraphQLContext } from "../context.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { connectionOf } from "../platform/conventions/pagination.js";
import { payloadOf } from "../platform/conventions/payload.js";
import type { FacilityAdequacy } from "./service.js";

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Query(() => SlotConnection, { description: "Free slots of a facility clinic, from the next day on (APPT-1); at most 31 days at once." })
  async availableSlots(
    @Arg("facilityId", () => ID, { description: "Global ID of the facility." }) facilityId: string,
    @Arg("clinicCode", () => String, { description: "Clinic code, e.g. CARDIOLOGY." }) clinicCode: string,
    @Arg("from", () => DateTimeISOResolver, {
      description: "Earliest start (UTC); slots before the next calendar day in Europe/Istanbul are never listed (APPT-1).",
    })
    from: Date,
    @Arg("to", () => DateTimeISOResolver, { description: "Latest start (UTC), at most 31 days after `from`." }) to: Date,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.appointments.availableSlots({ facilityId, clinicCode, from, to }, args));
  }

  @Query(() => PhysicianConnection, { description: "Physicians of a facility, optionally of one clinic." })
  async physicians(
    @Arg("filter", () => PhysicianFilter, { description: "Which facility, and optionally which clinic." }) filter: PhysicianFilter,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.appointments.physicians(filter, args));
  }

  @Query(() => AppointmentConnection, {
    description: "Appointments the caller may see: its facility's, its person's, or all (MHRS unit, auditor).",
  })
  async appointments(
    @Arg("filter", () => AppointmentFilter, { description: CONNECTION_FILTER, nullable: true }) filter: AppointmentFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.appointments.list(filter ?? {}, args));
  }

  @Query(() => Appointment, {
    description: "One appointment by global ID, if your scope may see it; the read is written to the access log.",
  })
  appointment(@Arg("id", () => ID, { description: "Global ID of the appointment." }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.appointments.get(id);
  }

  @Query(() => ScheduleAdequacy, { description: "APPT-7: facilities short of schedules or capacity in a week (default: next week)." })
  scheduleAdequacy(
    @Arg("weekStart", () => LocalDate, {
      description: "Monday of the week to review (YYYY-MM-DD); next week when omitted.",
      nullable: true,
    })
    weekStart: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.appointments.scheduleAdequacy(weekStart);
  }

  @Query(() => AppointmentSettings, { description: "The switchable MHRS rules (APPT-7, APPT-8, APPT-9) as configured now." })
  appointmentSettings(@Ctx() ctx: GraphQLContext) {
    return ctx.services.appointments.versionedSettings();
  }

  @Mutation(() => AppointmentSettingsPayload, {
    description: "Switches APPT-8/APPT-9 and sets the APPT-7 threshold (the MHRS unit's settings).",
  })
  async updateAppointmentSettings(
    @Arg("input", () => UpdateAppointmentSettingsInput, { description: MUTATION_INPUT }) input: UpdateAppointmentSettingsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("settings", await ctx.services.appointments.updateSettings(input));
  }

  @Mutation(() => PhysicianPayload, { description: "Registers a physician at a facility clinic, so schedules can be published." })
  async registerPhysician(
    @Arg("input", () => RegisterPhysicianInput, { description: MUTATION_INPUT }) input: RegisterPhysicianInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("physician", await ctx.services.appointments.registerPhysician(input));
  }

  @Mutation(() => PublishSchedulePayload, {
    description: "Publishes a physician's work schedule (çalışma cetveli) for a day and creates its slots.",
  })
  async publishSchedule(
    @Arg("input", () => PublishScheduleInput, { description: MUTATION_INPUT }) input: PublishScheduleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.appointments.publishSchedule(input);
    return {
      scheduleId: result.value ? toGlobalId("Schedule", result.value.scheduleId) : null,
      slots: result.value?.slots ?? [],
      userErrors: result.userErrors,
    };
  }

  @Mutation(() => AppointmentPayload, { description: "Books a slot for a patient under APPT-1..6 and APPT-8." })
  async bookAppointment(
    @Arg("input", () => BookAppointmentInput, { description: MUTATION_INPUT }) input: BookAppointmentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("appointment", await ctx.services.appointments.book(input));
  }

  @Mutation(() => AppointmentPayload, {
    description: "Cancels; a patient at least 80 minutes before the start (APPT-2). The slot is free again.",
  })
  async cancelAppointment(
    @Arg("input", () => CancelAppointmentInput, { description: MUTATION_INPUT }) input: CancelAppointmentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("appointment", await ctx.services.appointments.cancel(input));
  }

  @Mutation(() => AppointmentPayload, { description: "Confirms before the APPT-9 deadline." })
  async confirmAppointment(
    @Arg("input", () => ConfirmAppointmentInput, { description: MUTATION_INPUT }) input: ConfirmAppointmentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("appointment", await ctx.services.appointments.confirm(input));
  }

  @Mutation(() => AppointmentPayload, { description: "The facility records ATTENDED or NO_SHOW (a no-show starts APPT-8's penalty)." })
  async recordAttendance(
    @Arg("input", () => RecordAttendanceInput, { description: MUTATION_INPUT }) input: RecordAttendanceInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("appointment", await ctx.services.appointments.recordAttendance(input));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the appointment." })
  id(@Root() appointment: AppointmentRow) {
    return toGlobalId("Appointment", appointment.id);
  }

  @FieldResolver(() => Slot)
  slot(@Root() appointment: AppointmentRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.slotById.load(appointment.slotId);
  }

  @FieldResolver(() => Facility)
  facility(@Root() appointment: AppointmentRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.facilityById.load(appointment.facilityId);
  }

  @FieldResolver(() => Clinic)
  clinic(@Root() appointment: AppointmentRow, @Ctx() ctx: GraphQLContext) {
    return ctx.reference.clinics.get(appointment.clinicCode);
  }

  @FieldResolver(() => Physician)
  physician(@Root() appointment: AppointmentRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.physicianById.load(appointment.physicianId);
  }

  @FieldResolver(() => Patient, { nullable: true })
  patient(@Root() appointment: AppointmentRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.patients.load(appointment.patientId);
  }

  @FieldResolver(() => [AppointmentHistoryEntry])
  history(@Root() appointment: AppointmentRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.appointments.history(appointment.id);
  }
}

@Resolver(() => Slot)
export class SlotResolver {
  @FieldResolver(() => ID, { description: "Opaque global ID of the slot; book it with bookAppointment." })
  id(@Root() slot: SlotRow) {
    return toGlobalId("Slot", slot.id);
  }

  @FieldResolver(() => Number)
  available(@Root() slot: SlotRow) {
    return slot.capacity - slot.booked;
  }

  @FieldResolver(() => Clinic)
  clinic(@Root() slot: SlotRow, @Ctx() ctx: GraphQLContext) {
    return ctx.reference.clinics.get(slot.clinicCode);
  }

  @FieldResolver(() => Facility)
  facility(@Root() slot: SlotRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.facilityById.load(slot.facilityId);
  }

  @FieldResolver(() => Physician)
  physician(@Root() slot: SlotRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.physicianById.load(slot.physicianId);
  }
}

@Resolver(() => Physician)
export class PhysicianResolver {
  @FieldResolver(() => ID, { description: "Opaque global ID of the physician." })
  id(@Root() physician: PhysicianRow) {
    return toGlobalId("Physician", physician.id);
  }

  @FieldResolver(() => Clinic)
  clinic(@Root() physician: PhysicianRow, @Ctx() ctx: GraphQLContext) {
    return ctx.reference.clinics.get(physician.clinicCode);
  }

  @FieldResolver(() => Facility)
  facility(@Root() physician: PhysicianRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.facilityById.load(physician.facilityId);
  }
}

@Resolver(() => FacilityScheduleAdequacy)
export class FacilityScheduleAdequacyResolver {
  @FieldResolver(() => Facility)
  facility(@Root() finding: FacilityAdequacy, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.facilityById.load(finding.facilityId);
  }

  @FieldResolver(() => [Physician])
  physiciansWithoutSchedule(@Root() finding: FacilityAdequacy, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.physicianById.loadMany(finding.physiciansWithoutSchedule);
  }
}
