import type { HtStatus } from "../../drizzle/schema/index.js";
import { userError, type UserError } from "../platform/conventions/errors.js";
import type { Transitions } from "../platform/conventions/state-machine.js";

export type HtAction =
  | "requestEpicrisis"
  | "receiveEpicrisis"
  | "forward"
  | "scheduleAppointment"
  | "informPatient"
  | "accept"
  | "decline"
  | "notifyFacility"
  | "arrive"
  | "startTreatment"
  | "deliverReports"
  | "complete"
  | "cancel";

const open = { cancel: "CANCELLED" } as const;

/**
 * HT-1 / HT-2: the only transitions there are; any open case can be cancelled. A declined case is closed: the facility
 * is notified only when the patient accepts (seed 000: "Hasta tarafından tedavinin kabul edilmesi durumunda sağlık
 * tesisi bilgilendirilir").
 */
export const htTransitions: Transitions<HtStatus, HtAction> = {
  INQUIRY_RECEIVED: { requestEpicrisis: "EPICRISIS_REQUESTED", ...open },
  EPICRISIS_REQUESTED: { receiveEpicrisis: "EPICRISIS_RECEIVED", ...open },
  EPICRISIS_RECEIVED: { forward: "FORWARDED_TO_FACILITY", ...open },
  FORWARDED_TO_FACILITY: { scheduleAppointment: "APPOINTMENT_SCHEDULED", ...open },
  APPOINTMENT_SCHEDULED: { informPatient: "PATIENT_INFORMED", ...open },
  PATIENT_INFORMED: { accept: "ACCEPTED", decline: "DECLINED", ...open },
  ACCEPTED: { notifyFacility: "FACILITY_NOTIFIED", ...open },
  DECLINED: {},
  FACILITY_NOTIFIED: { arrive: "ARRIVED", ...open },
  ARRIVED: { startTreatment: "IN_TREATMENT", ...open },
  IN_TREATMENT: { deliverReports: "REPORTS_DELIVERED", ...open },
  REPORTS_DELIVERED: { complete: "COMPLETED", ...open },
  COMPLETED: {},
  CANCELLED: {},
};

/** The steps the facility's International Health Tourism Unit takes; the coordination unit takes the others. */
export const facilityActions: ReadonlySet<HtAction> = new Set([
  "scheduleAppointment",
  "arrive",
  "startTreatment",
  "deliverReports",
  "complete",
]);

export interface HtFacts {
  action: HtAction;
  now: Date;
  /** Whether a facility is given with the step (only forwarding chooses one). */
  facilityGiven: boolean;
  /** Sizes in bytes of the documents attached with the step, and the most one may have (HT-8). */
  uploadSizes: number[];
  maxDocumentBytes: number;
  documentKinds: string[];
  facility?: { hasHealthTourismUnit: boolean } | null;
  appointmentAt?: Date | null;
  cost?: { amountMinor: number; currency: string } | null;
  logistics: { accommodationRequested: boolean; transferRequested: boolean; accommodationArranged: boolean; transferArranged: boolean };
  programme: "HEALTH_TOURISM" | "FOREIGN_PROGRAM";
  greetedBy?: string | null;
  preferredLanguage: string;
  interpreter?: { name: string; language: string } | null;
  guideName?: string | null;
  reason?: string | null;
}

/** HT-3..7: what each step needs before it is taken. */
export function checkHtStep(f: HtFacts): UserError[] {
  const errors: UserError[] = [];
  const at = (field: string) => ["input", field];
  const tooBig = f.uploadSizes.findIndex((size) => size > f.maxDocumentBytes);
  if (tooBig >= 0)
    errors.push(
      userError(["input", "documents", String(tooBig)], "TOO_LARGE", `A document is at most ${f.maxDocumentBytes} bytes.`, "HT-8"),
    );
  if (f.facilityGiven && f.action !== "forward")
    errors.push(userError(at("facilityId"), "ONLY_ON_FORWARD", "The facility is chosen when the case is forwarded.", "HT-3"));
  switch (f.action) {
    case "receiveEpicrisis":
      if (!f.documentKinds.includes("EPICRISIS_FORM"))
        errors.push(userError(at("documents"), "EPICRISIS_MISSING", "Attach the filled epicrisis form with the reports.", "HT-3"));
      break;
    case "forward":
      if (!f.documentKinds.includes("EPICRISIS_FORM"))
        errors.push(userError(at("action"), "EPICRISIS_MISSING", "Forwarding needs the received epicrisis.", "HT-3"));
      if (!f.facility?.hasHealthTourismUnit)
        errors.push(
          userError(at("facilityId"), "NO_HEALTH_TOURISM_UNIT", "The facility has no International Health Tourism Unit.", "HT-3"),
        );
      break;
    case "scheduleAppointment":
      if (!f.appointmentAt || f.appointmentAt <= f.now)
        errors.push(userError(at("appointmentAt"), "NOT_FUTURE", "The appointment date is in the future.", "HT-4"));
      if (!f.cost || !Number.isSafeInteger(f.cost.amountMinor) || f.cost.amountMinor < 0 || !/^[A-Z]{3}$/.test(f.cost.currency)) {
        errors.push(userError(at("cost"), "MONEY", "The cost estimate is an amount in minor units with an ISO 4217 currency.", "HT-4"));
      }
      break;
    case "arrive":
      if (
        (f.logistics.accommodationRequested && !f.logistics.accommodationArranged) ||
        (f.logistics.transferRequested && !f.logistics.transferArranged)
      ) {
        errors.push(
          userError(
            at("action"),
            "LOGISTICS_MISSING",
            "The requested accommodation and airport transfer are arranged before arrival.",
            "HT-5",
          ),
        );
      }
      if (f.programme === "FOREIGN_PROGRAM" && f.greetedBy !== "HOSPITAL_REPRESENTATIVE") {
        errors.push(
          userError(
            at("greetedBy"),
            "PROGRAMME_GREETING",
            'Patients of the "400 patients" programme are met by hospital representatives.',
            "HT-7",
          ),
        );
      }
      break;
    case "startTreatment":
      if (f.preferredLanguage !== "tr" && f.interpreter?.language !== f.preferredLanguage) {
        errors.push(
          userError(
            at("interpreter"),
            "INTERPRETER_LANGUAGE",
            `An interpreter for the patient's language (${f.preferredLanguage}) is assigned.`,
            "HT-6",
          ),
        );
      }
      if (!f.guideName) errors.push(userError(at("guideName"), "GUIDE_REQUIRED", "A patient guide is assigned.", "HT-6"));
      break;
    case "deliverReports":
      for (const kind of ["MEDICAL_REPORT", "SERVICE_STATEMENT"]) {
        if (!f.documentKinds.includes(kind))
          errors.push(
            userError(at("documents"), "DOCUMENT_MISSING", `The ${kind.toLowerCase().replace("_", " ")} is handed over.`, "HT-1"),
          );
      }
      break;
    case "cancel":
      if (!f.reason) errors.push(userError(at("reason"), "REQUIRED", "A case is cancelled with a reason.", "HT-1"));
      break;
  }
  return errors;
}
