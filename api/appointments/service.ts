import { and, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { Database, Executor, Transaction } from "../../drizzle/database.js";
import {
  appointments,
  bookingSessions,
  facilities,
  patientCareLinks,
  patientIdentifiers,
  patients,
  physicians,
  schedules,
  slots,
} from "../../drizzle/schema/index.js";
import type { AppointmentRow, AppointmentStatus, BookingChannel, PhysicianRow, SlotRow } from "../../drizzle/schema/index.js";
import { recordAccess } from "../audit/access-log.js";
import { audienceOf, authorise } from "../auth/authorise.js";
import { statusEvent } from "../events/catalogue.js";
import { recordEvent, type NewEvent } from "../events/outbox.js";
import { groupBy } from "../platform/conventions/collections.js";
import { addDays, calendarDate, weekday, zonedInstant, type Clock } from "../platform/time/clock.js";
import { badInput, forbidden, notFound, userError } from "../platform/conventions/errors.js";
import { isUuid, localIdOf, toGlobalId } from "../platform/conventions/global-id.js";
import { idempotent, rowById, type Remembered } from "../platform/conventions/idempotency.js";
import { inTransaction, refuseIfAny, refusingOnConstraint, type MutationResult } from "../platform/conventions/mutation.js";
import { appendHistory, moveErrors, recordCreation, transition } from "../platform/conventions/workflow.js";
import { endCareLinks, openCareLink } from "../patients/care-links.js";
import { literalLimit, tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { loadSettings, loadVersionedSettings, saveSettings } from "../platform/conventions/settings.js";
import { identifierKey } from "../patients/identifier-rules.js";
import { ageOn } from "../patients/rules.js";
import type { PatientService } from "../patients/service.js";
import {
  assessFacilityWeek,
  checkAttendance,
  checkBookingDay,
  checkBookingRequest,
  checkCancelRequest,
  checkConfirmation,
  checkPhysicianClinic,
  checkSchedule,
  checkScheduleOverlap,
  checkDailyLimits,
  checkNoShowPenalty,
  confirmationDeadline,
  defaultAppointmentSettings,
  MAX_APPOINTMENTS_PER_PHONE_SESSION,
  phoneSessionFull,
  slotFull,
  type AdequacyFinding,
  type AppointmentSettings,
} from "./rules.js";
import { appointmentWorkflow } from "./workflow.js";

export const APPOINTMENT_SETTINGS_KEY = "appointments";
/** The longest window availableSlots searches at once. */
const MAX_SEARCH_DAYS = 31;

export interface NewPhysician {
  facilityId: string;
  clinicCode: string;
  registryNumber: string;
  title: string;
  givenName: string;
  familyName: string;
  idempotencyKey?: string | null;
}

export interface NewSchedule {
  physicianId: string;
  day: string;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  capacityPerSlot: number;
  idempotencyKey?: string | null;
}

export interface PublishedSchedule {
  scheduleId: string;
  slots: SlotRow[];
}

export interface NewBooking {
  slotId: string;
  patientId: string;
  channel: BookingChannel;
  bookingSessionId?: string | null;
  accessJustification?: string | null;
  idempotencyKey?: string | null;
}

export interface AppointmentQuery {
  patientId?: string | null;
  facilityId?: string | null;
  status?: AppointmentStatus | null;
  from?: Date | null;
  to?: Date | null;
}

export interface FacilityAdequacy extends AdequacyFinding {
  facilityId: string;
  physicianCount: number;
}

const activeAppointment = eq(appointments.status, "BOOKED");

/**
 * APPT-7: the facilities (of a province or one facility, or all) whose physicians lack schedules or capacity in the
 * week starting on `start`; the service's query and the weekly announcement's (adequacy-findings.ts).
 */
export async function adequacyFindings(
  db: Executor,
  start: string,
  settings: AppointmentSettings,
  where: { provinceCode?: string | null; facilityId?: string | null } = {},
): Promise<FacilityAdequacy[]> {
  const end = addDays(start, 7);
  const rows = await db
    .select({
      facilityId: physicians.facilityId,
      physicianId: physicians.id,
      scheduledDays: sql<number>`count(distinct ${schedules.day})::int`,
      capacity: sql<number>`coalesce(sum(${schedules.capacityPerSlot} * floor(extract(epoch from ${schedules.endsAt} - ${schedules.startsAt}) / 60 / ${schedules.slotMinutes})), 0)::int`,
    })
    .from(physicians)
    .innerJoin(facilities, eq(facilities.id, physicians.facilityId))
    .leftJoin(schedules, and(eq(schedules.physicianId, physicians.id), gte(schedules.day, start), lt(schedules.day, end)))
    .where(
      and(
        where.provinceCode ? eq(facilities.provinceCode, where.provinceCode) : undefined,
        where.facilityId ? eq(facilities.id, where.facilityId) : undefined,
      ),
    )
    .groupBy(physicians.facilityId, physicians.id);
  const findings: FacilityAdequacy[] = [];
  for (const [facilityId, week] of groupBy(rows, (r) => r.facilityId)) {
    const finding = assessFacilityWeek(week, settings);
    if (finding) findings.push({ facilityId, physicianCount: week.length, ...finding });
  }
  return findings.sort((a, b) => a.facilityId.localeCompare(b.facilityId));
}

/** MHRS: physicians, schedules, slots and bookings under APPT-1..9. */
export class AppointmentService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly patients: PatientService,
  ) {}

  settings(): Promise<AppointmentSettings> {
    return loadSettings(this.ctx.db, APPOINTMENT_SETTINGS_KEY, defaultAppointmentSettings);
  }

  /** The settings with their version, as the schema serves them. */
  async versionedSettings(): Promise<AppointmentSettings & { version: number }> {
    const { value, version } = await loadVersionedSettings(this.ctx.db, APPOINTMENT_SETTINGS_KEY, defaultAppointmentSettings);
    return { ...value, version };
  }

  /** Changes the given settings over the current ones; with `expectedVersion`, only over that version (CONFLICT names the current one). */
  async updateSettings(
    changes: { [K in keyof AppointmentSettings]?: Partial<AppointmentSettings[K]> | null } & { expectedVersion?: number | null },
  ): Promise<MutationResult<AppointmentSettings & { version: number }>> {
    authorise(this.ctx.principal, "appointment-settings:update");
    // An explicit null means "leave as it is", never "erase": a missing deadline hour would break every booking.
    const given = (section: keyof AppointmentSettings) =>
      Object.fromEntries(Object.entries(changes[section] ?? {}).filter(([, v]) => v != null));
    return inTransaction(this.ctx, async (t) => {
      const current = await loadVersionedSettings(t.tx, APPOINTMENT_SETTINGS_KEY, defaultAppointmentSettings);
      const next = Object.fromEntries(
        Object.entries(current.value).map(([section, value]) => [section, { ...value, ...given(section as keyof AppointmentSettings) }]),
      ) as unknown as AppointmentSettings;
      const version = await saveSettings(
        t.tx,
        APPOINTMENT_SETTINGS_KEY,
        next,
        t.principal.clientId,
        t.clock.now(),
        changes.expectedVersion ?? null,
      );
      return { ...next, version };
    });
  }

  async registerPhysician(input: NewPhysician): Promise<MutationResult<PhysicianRow>> {
    const facilityId = localIdOf(input.facilityId, "Facility", ["input", "facilityId"]);
    authorise(this.ctx.principal, "physician:register", { facilityId });
    const facility = await this.ctx.loaders.facilityById.load(facilityId);
    if (!facility) throw notFound("Facility", input.facilityId);
    const clinicCodes = await this.ctx.loaders.clinicCodesByFacilityId.load(facilityId);
    const errors = checkPhysicianClinic({ name: facility.name, clinicCodes }, input.clinicCode);
    if (errors.length) return { value: null, userErrors: errors };
    const { idempotencyKey: _key, ...values } = input;
    const taken = userError(["input", "registryNumber"], "TAKEN", "This facility already has a physician with this registry number.");
    return refusingOnConstraint("physicians_facility_registry_key", taken, () =>
      inTransaction(this.ctx, (t) =>
        idempotent(t, "registerPhysician", input, rowById<PhysicianRow>(physicians), async () => {
          const [row] = await t.tx
            .insert(physicians)
            .values({ ...values, facilityId, createdAt: t.clock.now(), updatedAt: t.clock.now() })
            .returning();
          return row;
        }),
      ),
    );
  }

  /** One slot by global ID (node): published schedule, open to every role as availableSlots is. */
  slot(globalId: string): Promise<SlotRow> {
    return findByGlobalId(this.ctx.db, slots, "Slot", globalId);
  }

  async physician(globalId: string): Promise<PhysicianRow> {
    const row = await findByGlobalId(this.ctx.db, physicians, "Physician", globalId);
    return row;
  }

  /** Physicians of a facility (optionally one clinic), by family name. */
  physicians(filter: { facilityId: string; clinicCode?: string | null }, args: PageArgs): Promise<Page<PhysicianRow>> {
    const where = and(
      eq(physicians.facilityId, localIdOf(filter.facilityId, "Facility", ["filter", "facilityId"])),
      filter.clinicCode ? eq(physicians.clinicCode, filter.clinicCode) : undefined,
    );
    return tablePage(this.ctx.db, physicians, {
      where,
      orderBy: [physicians.familyName, physicians.id],
      keyOf: (row: PhysicianRow) => [row.familyName, row.id],
      args: args,
    });
  }

  /** Publishes a physician's work schedule for one day and generates its slots. */
  async publishSchedule(input: NewSchedule): Promise<MutationResult<PublishedSchedule>> {
    const physician = await this.physician(input.physicianId);
    authorise(this.ctx.principal, "schedule:publish", { facilityId: physician.facilityId });
    const block = { startsAt: zonedInstant(input.day, input.startTime), endsAt: zonedInstant(input.day, input.endTime) };
    const { errors, times } = checkSchedule({
      day: input.day,
      today: calendarDate(this.ctx.clock.now()),
      block,
      slotMinutes: input.slotMinutes,
    });
    if (errors.length) return { value: null, userErrors: errors };
    const remembered: Remembered<PublishedSchedule, { scheduleId: string }> = {
      remember: (published) => ({ scheduleId: published.scheduleId }),
      replay: async (tx, { scheduleId }) => ({
        scheduleId,
        slots: await tx.select().from(slots).where(eq(slots.scheduleId, scheduleId)).orderBy(slots.startsAt),
      }),
    };
    return inTransaction(this.ctx, (t) =>
      idempotent(t, "publishSchedule", input, remembered, async () => {
        // One physician's blocks on one day never overlap; concurrent publishers are serialised on the physician row.
        await t.tx.select({ id: physicians.id }).from(physicians).where(eq(physicians.id, physician.id)).for("update");
        const sameDay = await t.tx
          .select()
          .from(schedules)
          .where(and(eq(schedules.physicianId, physician.id), eq(schedules.day, input.day)));
        refuseIfAny(checkScheduleOverlap(sameDay, block));
        const [schedule] = await t.tx
          .insert(schedules)
          .values({
            physicianId: physician.id,
            facilityId: physician.facilityId,
            clinicCode: physician.clinicCode,
            day: input.day,
            ...block,
            slotMinutes: input.slotMinutes,
            capacityPerSlot: input.capacityPerSlot,
            publishedByClientId: t.principal.clientId,
            createdAt: t.clock.now(),
          })
          .returning({ id: schedules.id });
        const created = await t.tx
          .insert(slots)
          .values(
            times.map((time) => ({
              scheduleId: schedule.id,
              physicianId: physician.id,
              facilityId: physician.facilityId,
              clinicCode: physician.clinicCode,
              startsAt: time.startsAt,
              endsAt: time.endsAt,
              capacity: input.capacityPerSlot,
            })),
          )
          .returning();
        return { scheduleId: schedule.id, slots: created };
      }),
    );
  }

  /** Free slots of a facility clinic in a window, from the next Istanbul day on (APPT-1). */
  availableSlots(args: { facilityId: string; clinicCode: string; from: Date; to: Date }, page: PageArgs): Promise<Page<SlotRow>> {
    const facilityId = localIdOf(args.facilityId, "Facility", ["facilityId"]);
    if (args.to <= args.from) throw badInput(["to"], "must be after from.");
    if (args.to.getTime() - args.from.getTime() > MAX_SEARCH_DAYS * 86_400_000)
      throw badInput(["to"], `searches at most ${MAX_SEARCH_DAYS} days at once.`);
    const earliest = zonedInstant(addDays(calendarDate(this.ctx.clock.now()), 1), "00:00");
    const from = args.from > earliest ? args.from : earliest;
    const where = and(
      eq(slots.facilityId, facilityId),
      eq(slots.clinicCode, args.clinicCode),
      gte(slots.startsAt, from),
      lt(slots.startsAt, args.to),
      lt(slots.booked, slots.capacity),
    );
    return tablePage(this.ctx.db, slots, {
      where,
      orderBy: [slots.startsAt, slots.id],
      keyOf: (row: SlotRow) => [row.startsAt.toISOString(), row.id],
      args: page,
    });
  }

  async book(input: NewBooking): Promise<MutationResult<AppointmentRow>> {
    const slotId = localIdOf(input.slotId, "Slot", ["input", "slotId"]);
    const patientId = localIdOf(input.patientId, "Patient", ["input", "patientId"]);
    const [slot] = isUuid(slotId) ? await this.ctx.db.select().from(slots).where(eq(slots.id, slotId)) : [];
    if (!slot) throw notFound("Slot", input.slotId);
    const [patient] = isUuid(patientId) ? await this.ctx.db.select().from(patients).where(eq(patients.id, patientId)) : [];
    if (!patient) throw notFound("Patient", input.patientId);
    const patientIdentifiers = await this.identifiersOf(patient.id);
    const facts = { facilityId: slot.facilityId, patientIdentifiers };
    const decision = authorise(this.ctx.principal, "appointment:book", facts);
    // Every refusal is a userError from a pure rule: these before the transaction, the counts inside it.
    const justification = await this.patients.checkNewCareLink(patient, slot.facilityId, input.accessJustification);
    const errors = [
      ...checkBookingRequest({
        channel: input.channel,
        bookingSessionId: input.bookingSessionId,
        byPortal: this.ctx.principal.role === "EGOV_PORTAL",
      }),
      ...justification.errors,
    ];
    if (errors.length) return { value: null, userErrors: errors };
    const settings = await this.settings();
    const now = this.ctx.clock.now();
    const day = calendarDate(slot.startsAt);
    const taken = userError(
      ["input", "slotId"],
      "CLINIC_DAY_TAKEN",
      `The patient already has an appointment in this clinic of the facility on ${day}.`,
      "APPT-3",
    );
    const remembered: Remembered<AppointmentRow, { appointmentId: string }> = {
      remember: (appointment) => ({ appointmentId: appointment.id }),
      replay: (tx, { appointmentId }) => requireRow(tx, appointmentId),
    };
    try {
      return await refusingOnConstraint("appointments_one_per_clinic_day", taken, () =>
        inTransaction(this.ctx, (t) =>
          idempotent(t, "bookAppointment", input, remembered, async () => {
            const { tx } = t;
            // A patient's bookings are serialised, so the per-day counts below cannot be raced past.
            await tx.select({ id: patients.id }).from(patients).where(eq(patients.id, patient.id)).for("update");
            const [sameDay, [lastNoShow]] = await Promise.all([
              tx
                .select({ clinicCode: appointments.clinicCode })
                .from(appointments)
                .where(
                  and(
                    eq(appointments.patientId, patient.id),
                    eq(appointments.facilityId, slot.facilityId),
                    eq(appointments.day, day),
                    activeAppointment,
                  ),
                ),
              tx
                .select({ startsAt: appointments.startsAt })
                .from(appointments)
                .where(
                  and(
                    eq(appointments.patientId, patient.id),
                    eq(appointments.clinicCode, slot.clinicCode),
                    eq(appointments.status, "NO_SHOW"),
                  ),
                )
                .orderBy(desc(appointments.startsAt))
                .limit(literalLimit(1)),
            ]);
            refuseIfAny([
              ...checkBookingDay(slot.startsAt, now),
              ...checkDailyLimits(sameDay, slot.clinicCode, day),
              ...checkNoShowPenalty(lastNoShow?.startsAt ?? null, now, settings),
            ]);
            if (input.bookingSessionId) await this.countInSession(tx, input.bookingSessionId, now);
            // APPT-6: the capacity check and the increment are one statement on the locked slot row.
            const [reserved] = await tx
              .update(slots)
              .set({ booked: sql`${slots.booked} + 1` })
              .where(and(eq(slots.id, slot.id), lt(slots.booked, slots.capacity)))
              .returning({ id: slots.id });
            if (!reserved) refuseIfAny([slotFull()]);
            const [appointment] = await tx
              .insert(appointments)
              .values({
                slotId: slot.id,
                patientId: patient.id,
                facilityId: slot.facilityId,
                clinicCode: slot.clinicCode,
                physicianId: slot.physicianId,
                startsAt: slot.startsAt,
                day,
                channel: input.channel,
                bookingSessionId: input.bookingSessionId ?? null,
                bookedByClientId: t.principal.clientId,
                bookedAt: now,
                confirmBy: confirmationDeadline(
                  {
                    slotStartsAt: slot.startsAt,
                    bookedAt: now,
                    patientAge: ageOn(patient.birthDate, calendarDate(now)),
                    cancerPatient: patient.cancerPatient,
                  },
                  settings,
                ),
                createdAt: now,
                updatedAt: now,
              })
              .returning();
            // PAT-3: while the appointment stands, the facility may read the patient.
            const link = { patientId: patient.id, facilityId: slot.facilityId, source: "APPOINTMENT" as const, sourceId: appointment.id };
            await openCareLink(tx, link, now);
            const basis = justification.needed
              ? await this.patients.recordJustification(tx, link, input.accessJustification!)
              : decision.basis;
            await recordAccess(tx, t, [{ patientId: patient.id, action: "appointment.book", basis }]);
            await recordCreation(t, appointmentWorkflow, {
              row: appointment,
              action: "book",
              event: (row) => appointmentEvent(row, null, "book", patientIdentifiers),
            });
            return appointment;
          }),
        ),
      );
    } finally {
      this.forget(slot.id, patient.id);
    }
  }

  async cancel(input: { id: string; expectedVersion: number; reason?: string | null }): Promise<MutationResult<AppointmentRow>> {
    const { appointment, decision, patientIdentifiers } = await this.forChange(input.id, "appointment:cancel");
    // A hospital may cancel its own schedule at any time (with a reason); the 80-minute rule is the patient's.
    const errors = [
      ...moveErrors(appointmentWorkflow, appointment.status, "cancel"),
      ...checkCancelRequest({
        byFacility: decision.basis === "OWN_FACILITY",
        reason: input.reason,
        slotStartsAt: appointment.startsAt,
        now: this.ctx.clock.now(),
      }),
    ];
    if (errors.length) return { value: null, userErrors: errors };
    try {
      return await inTransaction(this.ctx, async (t) => {
        const now = t.clock.now();
        const updated = await transition(t, appointmentWorkflow, {
          row: appointment,
          expectedVersion: input.expectedVersion,
          action: "cancel",
          changes: { cancelledAt: now, cancelReason: input.reason ?? null },
          note: input.reason ?? null,
          event: (row) => appointmentEvent(row, appointment.status, "cancel", patientIdentifiers),
        });
        await releaseAppointments(t.tx, [updated], now);
        await recordAccess(t.tx, t, [{ patientId: appointment.patientId, action: "appointment.cancel", basis: decision.basis }]);
        return updated;
      });
    } finally {
      this.forget(appointment.slotId, appointment.patientId);
    }
  }

  async confirm(input: { id: string; expectedVersion: number }): Promise<MutationResult<AppointmentRow>> {
    const { appointment, decision, patientIdentifiers } = await this.forChange(input.id, "appointment:confirm");
    const errors = [
      ...moveErrors(appointmentWorkflow, appointment.status, "confirm"),
      ...checkConfirmation(appointment.confirmBy, this.ctx.clock.now()),
    ];
    if (errors.length) return { value: null, userErrors: errors };
    return inTransaction(this.ctx, async (t) => {
      const updated = await transition(t, appointmentWorkflow, {
        row: appointment,
        expectedVersion: input.expectedVersion,
        action: "confirm",
        changes: { confirmedAt: appointment.confirmedAt ?? t.clock.now() },
        event: (row) => appointmentEvent(row, appointment.status, "confirm", patientIdentifiers),
      });
      await recordAccess(t.tx, t, [{ patientId: appointment.patientId, action: "appointment.confirm", basis: decision.basis }]);
      return updated;
    });
  }

  /** The facility records whether the patient came; a no-show starts APPT-8's penalty. */
  async recordAttendance(input: {
    id: string;
    expectedVersion: number;
    outcome: "ATTENDED" | "NO_SHOW";
  }): Promise<MutationResult<AppointmentRow>> {
    const appointment = await this.get(input.id);
    authorise(this.ctx.principal, "appointment:record-attendance", { facilityId: appointment.facilityId });
    const errors = [
      ...moveErrors(appointmentWorkflow, appointment.status, "recordAttendance", input.outcome),
      ...checkAttendance(appointment.startsAt, this.ctx.clock.now()),
    ];
    if (errors.length) return { value: null, userErrors: errors };
    const patientIdentifiers = await this.identifiersOf(appointment.patientId);
    try {
      return await inTransaction(this.ctx, async (t) => {
        const updated = await transition(t, appointmentWorkflow, {
          row: appointment,
          expectedVersion: input.expectedVersion,
          action: "recordAttendance",
          to: input.outcome,
          changes: { attendanceRecordedAt: t.clock.now() },
          event: (row) => appointmentEvent(row, appointment.status, "recordAttendance", patientIdentifiers),
        });
        // The appointment is over: PAT-3's access through it ends with it (the slot place stays used).
        await endCareLinks(t.tx, { source: "APPOINTMENT", sourceIds: [updated.id] }, t.clock.now());
        await recordAccess(t.tx, t, [{ patientId: appointment.patientId, action: "appointment.attendance", basis: "OWN_FACILITY" }]);
        return updated;
      });
    } finally {
      this.forget(appointment.slotId, appointment.patientId);
    }
  }

  /** Every step of the appointment, oldest first (the request's loader: one statement for a page of appointments). */
  history(appointmentId: string) {
    return this.ctx.loaders.appointmentHistory.load(appointmentId);
  }

  async get(globalId: string): Promise<AppointmentRow> {
    const row = await findByGlobalId(this.ctx.db, appointments, "Appointment", globalId);
    authorise(this.ctx.principal, "appointment:read", {
      facilityId: row.facilityId,
      patientIdentifiers: await this.identifiersOf(row.patientId),
    });
    return row;
  }

  /** Appointments the principal may see: its facility's, its person's, or all for national roles. */
  list(filter: AppointmentQuery, args: PageArgs): Promise<Page<AppointmentRow>> {
    const conditions: SQL[] = [this.visibleAppointments()];
    if (filter.patientId) conditions.push(eq(appointments.patientId, localIdOf(filter.patientId, "Patient", ["filter", "patientId"])));
    if (filter.facilityId) conditions.push(eq(appointments.facilityId, localIdOf(filter.facilityId, "Facility", ["filter", "facilityId"])));
    if (filter.status) conditions.push(eq(appointments.status, filter.status));
    if (filter.from) conditions.push(gte(appointments.startsAt, filter.from));
    if (filter.to) conditions.push(lt(appointments.startsAt, filter.to));
    const where = and(...conditions);
    return tablePage(this.ctx.db, appointments, {
      where,
      orderBy: [appointments.startsAt, appointments.id],
      keyOf: (row: AppointmentRow) => [row.startsAt.toISOString(), row.id],
      args: args,
    });
  }

  /** APPT-7: facilities whose physicians lack schedules or capacity for the week starting on `weekStart` (a Monday). */
  async scheduleAdequacy(weekStart: string | null): Promise<{ weekStart: string; facilities: FacilityAdequacy[] }> {
    authorise(this.ctx.principal, "schedule:review-adequacy");
    const today = calendarDate(this.ctx.clock.now());
    const start = weekStart ?? addDays(today, 8 - weekday(today));
    if (weekday(start) !== 1) throw badInput(["weekStart"], "must be a Monday.", "APPT-7");
    const { scope } = this.ctx.principal;
    const findings = await adequacyFindings(this.ctx.db, start, await this.settings(), {
      provinceCode: scope.kind === "PROVINCE" ? scope.provinceCode : null,
      // #23 item 7: a hospital reads its own findings.
      facilityId: scope.kind === "FACILITY" ? scope.facilityId : null,
    });
    return { weekStart: start, facilities: findings };
  }

  private visibleAppointments(): SQL {
    const { principal } = this.ctx;
    const { scope } = principal;
    if (principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR") return sql`true`;
    if (principal.role === "PARTNER_HOSPITAL" && scope.kind === "FACILITY") return eq(appointments.facilityId, scope.facilityId);
    if (principal.role === "EGOV_PORTAL" && scope.kind === "PERSON") {
      return sql`exists (select 1 from patient_identifiers pi where pi.patient_id = ${appointments.patientId} and pi.kind = ${scope.identifierKind} and pi.value = ${scope.identifierValue} and pi.issuing_country = ${scope.issuingCountry ?? ""})`;
    }
    throw forbidden("list appointments", `the role ${principal.role} does not read appointments`, null, { action: "appointment:read" });
  }

  /** APPT-5: one phone call's counter, incremented only while under the limit, in one statement. */
  private async countInSession(tx: Transaction, sessionId: string, now: Date) {
    const [session] = await tx
      .insert(bookingSessions)
      .values({ id: sessionId, clientId: this.ctx.principal.clientId, appointmentCount: 1, openedAt: now })
      .onConflictDoUpdate({
        target: bookingSessions.id,
        set: { appointmentCount: sql`${bookingSessions.appointmentCount} + 1` },
        setWhere: sql`${bookingSessions.appointmentCount} < ${MAX_APPOINTMENTS_PER_PHONE_SESSION} and ${bookingSessions.clientId} = ${this.ctx.principal.clientId}`,
      })
      .returning({ count: bookingSessions.appointmentCount });
    if (!session) refuseIfAny([phoneSessionFull()]);
  }

  /** This request's loaders may hold the slot's count or the patient's links from before a write. */
  private forget(slotId: string, patientId: string) {
    this.ctx.loaders.slotById.clear(slotId);
    this.ctx.loaders.activeCareLinksByPatientId.clear(patientId);
  }

  private async forChange(
    globalId: string,
    action: "appointment:cancel" | "appointment:confirm",
  ): Promise<{ appointment: AppointmentRow; decision: { basis: string }; patientIdentifiers: string[] }> {
    const appointment = await this.get(globalId);
    const patientIdentifiers = await this.identifiersOf(appointment.patientId);
    const decision = authorise(this.ctx.principal, action, { facilityId: appointment.facilityId, patientIdentifiers });
    return { appointment, decision, patientIdentifiers };
  }

  private async identifiersOf(patientId: string): Promise<string[]> {
    return (await this.ctx.loaders.identifiersByPatientId.load(patientId)).map((i) => identifierKey(i.kind, i.value, i.issuingCountry));
  }
}

async function requireRow(tx: Transaction, id: string): Promise<AppointmentRow> {
  const [row] = await tx.select().from(appointments).where(eq(appointments.id, id));
  return row;
}

/** Frees the slot places and ends the care links of appointments that stopped being active. */
async function releaseAppointments(tx: Transaction, ended: AppointmentRow[], now: Date) {
  if (ended.length === 0) return;
  for (const [slotId, group] of groupBy(ended, (a) => a.slotId)) {
    await tx
      .update(slots)
      .set({ booked: sql`${slots.booked} - ${group.length}` })
      .where(eq(slots.id, slotId));
  }
  await endCareLinks(tx, { source: "APPOINTMENT", sourceIds: ended.map((a) => a.id) }, now);
}

/**
 * APPT-9: cancels, without penalty, booked appointments not confirmed by their deadline and frees
 * their slots. The server runs it every minute; returns how many it cancelled.
 */
export function cancelUnconfirmedAppointments(db: Database, clock: Clock): Promise<number> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(appointments)
      .set({
        status: "AUTO_CANCELLED",
        cancelledAt: now,
        cancelReason: "not confirmed in time (APPT-9)",
        version: sql`${appointments.version} + 1`,
        updatedAt: now,
      })
      .where(and(activeAppointment, isNull(appointments.confirmedAt), lt(appointments.confirmBy, now)))
      .returning();
    await releaseAppointments(tx, expired, now);
    if (expired.length) {
      const identifiers = await tx
        .select()
        .from(patientIdentifiers)
        .where(
          inArray(
            patientIdentifiers.patientId,
            expired.map((a) => a.patientId),
          ),
        );
      const keysOf = (patientId: string) =>
        identifiers.filter((i) => i.patientId === patientId).map((i) => identifierKey(i.kind, i.value, i.issuingCountry));
      const job = { tx, clock, principal: null };
      await appendHistory(
        job,
        appointmentWorkflow,
        expired.map((a) => ({
          entityId: a.id,
          fromState: "BOOKED",
          toState: a.status,
          action: "autoCancel",
          note: a.cancelReason,
          version: a.version,
        })),
      );
      await recordEvent(tx, job, ...expired.map((a) => appointmentEvent(a, "BOOKED", "autoCancel", keysOf(a.patientId))));
    }
    // An appointment nobody recorded attendance for stops opening the patient's record a day after it.
    const past = await tx
      .select({ id: appointments.id })
      .from(appointments)
      .innerJoin(
        patientCareLinks,
        and(eq(patientCareLinks.source, "APPOINTMENT"), eq(patientCareLinks.sourceId, appointments.id), isNull(patientCareLinks.endedAt)),
      )
      .where(lt(appointments.startsAt, new Date(now.getTime() - 86_400_000)));
    await endCareLinks(tx, { source: "APPOINTMENT", sourceIds: past.map((p) => p.id) }, now);
    return expired.length;
  });
}

/** An appointment's transition as an event for its facility, the patient's portal and the MHRS unit. */
function appointmentEvent(
  appointment: AppointmentRow,
  fromStatus: AppointmentStatus | null,
  action: string,
  patientIdentifiers: string[],
): NewEvent {
  return {
    type: action === "confirm" ? "appointment.confirmed" : statusEvent("appointment", appointment.status),
    subject: { kind: "appointment", id: appointment.id },
    data: {
      action,
      fromStatus,
      toStatus: appointment.status,
      version: appointment.version,
      facilityId: toGlobalId("Facility", appointment.facilityId),
      clinicCode: appointment.clinicCode,
      startsAt: appointment.startsAt.toISOString(),
      channel: appointment.channel,
    },
    audience: audienceOf("appointment:read", { facilityId: appointment.facilityId, patientIdentifiers }),
  };
}
