import { appointmentHistory, appointments, type AppointmentStatus } from "../../drizzle/schema/index.js";
import { defineWorkflow } from "../platform/conventions/workflow.js";
import { userError } from "../platform/conventions/errors.js";

export type AppointmentAction = "confirm" | "cancel" | "autoCancel" | "recordAttendance";

/**
 * An appointment's state machine (APPT-2, APPT-8, APPT-9): only a BOOKED appointment changes; confirming keeps it
 * BOOKED; attendance ends it ATTENDED or NO_SHOW. Every move goes through `transition()` (history + event).
 */
export const appointmentWorkflow = defineWorkflow<AppointmentStatus, AppointmentAction>({
  entity: "Appointment",
  table: appointments,
  history: appointmentHistory,
  rule: null,
  moves: {
    BOOKED: { confirm: "BOOKED", cancel: "CANCELLED", autoCancel: "AUTO_CANCELLED", recordAttendance: ["ATTENDED", "NO_SHOW"] },
    CANCELLED: {},
    AUTO_CANCELLED: {},
    ATTENDED: {},
    NO_SHOW: {},
  },
  refusal: (from) => userError(["input", "id"], "NOT_ACTIVE", `The appointment is ${from}; only a BOOKED appointment changes.`),
});
