import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sortKeyInstant, timestamps, version } from "./columns.js";
import { historyTable } from "./history.js";
import { clinics, facilities } from "./facilities.js";
import { patients } from "./patients.js";

export const bookingChannel = pgEnum("booking_channel", ["PHONE", "WEB", "MOBILE", "EGOV"]);
export const appointmentStatus = pgEnum("appointment_status", ["BOOKED", "CANCELLED", "AUTO_CANCELLED", "ATTENDED", "NO_SHOW"]);

/** A physician working at one facility in one clinic (branch). */
export const physicians = pgTable(
  "physicians",
  {
    id: uuid().primaryKey().defaultRandom(),
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "restrict" }),
    clinicCode: text()
      .notNull()
      .references(() => clinics.code, { onDelete: "restrict" }),
    registryNumber: text().notNull(),
    title: text().notNull(),
    givenName: text().notNull(),
    familyName: text().notNull(),
    ...timestamps,
  },
  (t) => [
    unique("physicians_facility_registry_key").on(t.facilityId, t.registryNumber),
    index("physicians_clinic_idx").on(t.facilityId, t.clinicCode),
  ],
);

/** A work schedule (çalışma cetveli): one physician, one Istanbul calendar day, a block of slots. */
export const schedules = pgTable(
  "schedules",
  {
    id: uuid().primaryKey().defaultRandom(),
    physicianId: uuid()
      .notNull()
      .references(() => physicians.id, { onDelete: "restrict" }),
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "restrict" }),
    clinicCode: text()
      .notNull()
      .references(() => clinics.code, { onDelete: "restrict" }),
    day: date({ mode: "string" }).notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    slotMinutes: integer().notNull(),
    capacityPerSlot: integer().notNull(),
    publishedByClientId: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("schedules_facility_day_idx").on(t.facilityId, t.day),
    index("schedules_physician_day_idx").on(t.physicianId, t.day),
    check("schedules_positive", sql`${t.slotMinutes} > 0 and ${t.capacityPerSlot} > 0 and ${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A bookable slot. `booked` counts its active appointments and can never pass `capacity` (APPT-6). */
export const slots = pgTable(
  "slots",
  {
    id: uuid().primaryKey().defaultRandom(),
    scheduleId: uuid()
      .notNull()
      .references(() => schedules.id, { onDelete: "cascade" }),
    physicianId: uuid()
      .notNull()
      .references(() => physicians.id, { onDelete: "restrict" }),
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "restrict" }),
    clinicCode: text().notNull(),
    startsAt: sortKeyInstant().notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    capacity: integer().notNull(),
    booked: integer().notNull().default(0),
  },
  (t) => [
    index("slots_search_idx").on(t.facilityId, t.clinicCode, t.startsAt, t.id),
    check("slots_booked_within_capacity", sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
  ],
);

/** A phone call to ALO 182: the appointments booked in it for the caller and relatives (APPT-5). */
export const bookingSessions = pgTable("booking_sessions", {
  id: text().primaryKey(),
  clientId: text().notNull(),
  appointmentCount: integer().notNull().default(0),
  openedAt: timestamp({ withTimezone: true }).notNull(),
});

export const appointments = pgTable(
  "appointments",
  {
    id: uuid().primaryKey().defaultRandom(),
    slotId: uuid()
      .notNull()
      .references(() => slots.id, { onDelete: "restrict" }),
    patientId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: "restrict" }),
    clinicCode: text().notNull(),
    physicianId: uuid()
      .notNull()
      .references(() => physicians.id, { onDelete: "restrict" }),
    startsAt: sortKeyInstant().notNull(),
    /** The slot's Istanbul calendar day: APPT-3 and APPT-4 count per day. */
    day: date({ mode: "string" }).notNull(),
    status: appointmentStatus().notNull().default("BOOKED"),
    channel: bookingChannel().notNull(),
    bookingSessionId: text().references(() => bookingSessions.id, { onDelete: "restrict" }),
    bookedByClientId: text().notNull(),
    bookedAt: timestamp({ withTimezone: true }).notNull(),
    /** APPT-9: when the appointment must be confirmed by; null when it needs no confirmation. */
    confirmBy: timestamp({ withTimezone: true }),
    confirmedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    cancelReason: text(),
    attendanceRecordedAt: timestamp({ withTimezone: true }),
    ...version,
    ...timestamps,
  },
  (t) => [
    // APPT-3, enforced by the database as well: one active appointment per patient, clinic, facility and day.
    uniqueIndex("appointments_one_per_clinic_day")
      .on(t.patientId, t.facilityId, t.clinicCode, t.day)
      .where(sql`${t.status} = 'BOOKED'`),
    index("appointments_patient_day_idx").on(t.patientId, t.day),
    index("appointments_facility_idx").on(t.facilityId, t.startsAt, t.id),
    index("appointments_patient_clinic_status_idx").on(t.patientId, t.clinicCode, t.status, t.startsAt),
    index("appointments_confirmation_idx")
      .on(t.confirmBy)
      .where(sql`${t.status} = 'BOOKED' and ${t.confirmedAt} is null`),
  ],
);

/** Every transition of an appointment (booked, confirmed, cancelled, attended…), append-only. */
export const appointmentHistory = historyTable("appointment_history", () => appointments.id, appointmentStatus);

export type PhysicianRow = typeof physicians.$inferSelect;
export type ScheduleRow = typeof schedules.$inferSelect;
export type SlotRow = typeof slots.$inferSelect;
export type AppointmentRow = typeof appointments.$inferSelect;
export type BookingChannel = (typeof bookingChannel.enumValues)[number];
export type AppointmentStatus = (typeof appointmentStatus.enumValues)[number];
