import type { KzContractRow, KzRequestDocuments } from "../../drizzle/schema/index.js";
import { nextBusinessDay } from "../platform/time/business-days.js";
import { addDays, addMonths, calendarDate, zonedInstant } from "../platform/time/clock.js";
import { userError, type UserError } from "../platform/conventions/errors.js";
import { checkIin } from "../patients/identifier-rules.js";

export const KZ_TIME_ZONE = "Asia/Almaty";

/** KZ-7: a request is decided by the end of the next business day (Asia/Almaty) after it was submitted. */
export function decisionDeadline(submittedAt: Date, holidays: ReadonlySet<string>): Date {
  const due = nextBusinessDay(calendarDate(submittedAt, KZ_TIME_ZONE), holidays);
  return zonedInstant(addDays(due, 1), "00:00", KZ_TIME_ZONE);
}

/** KZ-2 / KZ-3 / KZ-9: the contracts that cover a day. */
export const coveringContracts = <C extends Pick<KzContractRow, "startsOn" | "endsOn">>(contracts: C[], day: string): C[] =>
  contracts.filter((c) => c.startsOn <= day && day <= c.endsOn);

export interface AttachmentRequestFacts {
  channel: "EGOV_PORTAL" | "IN_PERSON";
  edsCertificateRef: string | null;
  applicationLanguage: string | null;
  documents: KzRequestDocuments;
  applicantRelation: "SELF" | "FAMILY_MEMBER" | "LEGAL_REPRESENTATIVE";
  personAge: number;
  contract: Pick<KzContractRow, "insuredIin" | "startsOn" | "endsOn"> | null;
  personIin: string;
  today: string;
  organisation: { city: string; districts: string[] };
  residence: { city: string; district: string };
}

/** KZ-1 / KZ-2: a contract names a valid IIN and ends after it starts. */
export function checkContract(input: { insuredIin: string; startsOn: string; endsOn: string }): UserError[] {
  const errors: UserError[] = [];
  const iin = checkIin(input.insuredIin);
  if (iin) errors.push(userError(["input", "insuredIin"], iin.code, iin.message, "KZ-1"));
  if (input.endsOn < input.startsOn)
    errors.push(userError(["input", "endsOn"], "BEFORE_START", "A contract ends after it starts.", "KZ-2"));
  return errors;
}

/** KZ-5: a portal submits EGOV_PORTAL requests (in person is the organisation's staff's channel). */
export function checkSubmissionChannel(f: { byPortal: boolean; channel: string }): UserError[] {
  return f.byPortal && f.channel !== "EGOV_PORTAL"
    ? [userError(["input", "channel"], "PORTAL_CHANNEL", "A portal submits EGOV_PORTAL requests.", "KZ-5")]
    : [];
}

/** KZ-9: an attachment is decided while the contract is in force; otherwise the request is refused with that reason. */
export function checkCoverageAtDecision(contract: Pick<KzContractRow, "startsOn" | "endsOn">, today: string): UserError[] {
  return contract.startsOn <= today && today <= contract.endsOn
    ? []
    : [userError(["input", "attach"], "NO_COVERAGE", "The insurance contract is no longer in force; refuse with that reason.", "KZ-9")];
}

/** KZ-2, KZ-4, KZ-5, KZ-9, KZ-10, KZ-11: what an attachment request must bring. */
export function checkAttachmentRequest(f: AttachmentRequestFacts): UserError[] {
  const errors: UserError[] = [];
  const at = (field: string) => ["input", field];
  if (!f.contract || f.contract.insuredIin !== f.personIin || !(f.contract.startsOn <= f.today && f.today <= f.contract.endsOn)) {
    errors.push(
      userError(at("contractId"), "NO_COVERAGE", "Attachment needs the person's own VHI or OSMS contract in force today.", "KZ-9"),
    );
  }
  if (f.residence.city !== f.organisation.city || !f.organisation.districts.includes(f.residence.district)) {
    errors.push(
      userError(
        at("residence"),
        "OUTSIDE_SERVICE_AREA",
        "The organisation does not serve the place of permanent or temporary residence.",
        "KZ-4",
      ),
    );
  }
  if (f.channel === "EGOV_PORTAL" && !f.edsCertificateRef) {
    errors.push(
      userError(at("edsCertificateRef"), "EDS_REQUIRED", "A portal request is signed with an electronic digital signature (EDS).", "KZ-5"),
    );
  }
  if (f.channel === "IN_PERSON") {
    if (f.applicationLanguage !== "kk" && f.applicationLanguage !== "ru") {
      errors.push(userError(at("applicationLanguage"), "LANGUAGE", "A written application is in Kazakh (kk) or Russian (ru).", "KZ-5"));
    }
    if (!f.documents.insuranceContract || !f.documents.identityDocument) {
      errors.push(
        userError(at("documents"), "DOCUMENTS_MISSING", "In person: the insurance contract and the passport are presented.", "KZ-5"),
      );
    }
  }
  if (f.personAge < 18) {
    if (f.applicantRelation !== "LEGAL_REPRESENTATIVE" || !f.documents.identityDocument || !f.documents.legalRepresentativeIdentity) {
      errors.push(
        userError(
          at("documents"),
          "MINOR",
          "A child under 18 is attached by a legal representative, with the child's and the representative's identity documents.",
          "KZ-11",
        ),
      );
    }
  } else if (f.applicantRelation === "FAMILY_MEMBER") {
    const viaDocuments = f.documents.writtenConsent && f.documents.insuranceContract && f.documents.identityDocument;
    const viaDigitalDocuments = f.channel === "EGOV_PORTAL" && f.documents.writtenConsent;
    if (!viaDocuments && !viaDigitalDocuments) {
      errors.push(
        userError(
          at("documents"),
          "FAMILY_CONSENT",
          "A family member attaches another with written consent, the contract and identity documents.",
          "KZ-10",
        ),
      );
    }
  } else if (f.applicantRelation === "LEGAL_REPRESENTATIVE") {
    errors.push(userError(at("applicantRelation"), "ADULT", "An adult applies in person or through a family member.", "KZ-11"));
  }
  return errors;
}

/** KZ-8: a refusal always gives its reason. */
export const checkRefusal = (reason: string | null | undefined): UserError[] =>
  reason && reason.trim().length >= 10
    ? []
    : [userError(["input", "refusalReason"], "REASON_REQUIRED", "A refusal states its reasons (at least a sentence).", "KZ-8")];

export type QuotaPeriod = "CALENDAR_YEAR" | "SIX_MONTHS";

/**
 * KZ-14: may the service be given on `day`, given the earlier ones? "Per year" is the calendar
 * year; "once in 6 months" is 6 months after the previous one. Returns the day it is available again.
 */
export function quotaAvailability(
  quota: { limitCount: number; period: QuotaPeriod },
  previous: string[],
  day: string,
): { allowed: boolean; availableOn: string | null } {
  if (quota.period === "CALENDAR_YEAR") {
    const used = previous.filter((d) => d.slice(0, 4) === day.slice(0, 4)).length;
    return used < quota.limitCount
      ? { allowed: true, availableOn: null }
      : { allowed: false, availableOn: `${Number(day.slice(0, 4)) + 1}-01-01` };
  }
  // A service within 6 months of `day` on either side (by calendar months, so 31 August → 28 February) blocks it.
  const clashing = previous.filter((d) => addMonths(d, 6) > day && addMonths(day, 6) > d).sort();
  if (clashing.length < quota.limitCount) return { allowed: true, availableOn: null };
  return { allowed: false, availableOn: addMonths(clashing[clashing.length - 1], 6) };
}

/**
 * KZ-7: the one-business-day deadline is counted only over years whose Kazakh public holidays are recorded; a year
 * without them is not guessed (as REIMB-10 does for Turkey).
 */
export function checkHolidayCalendar(submittedAt: Date, holidays: ReadonlySet<string>): UserError[] {
  const recordedYears = new Set([...holidays].map((day) => day.slice(0, 4)));
  const submittedOn = calendarDate(submittedAt, KZ_TIME_ZONE);
  // The deadline is the next business day: at most a couple of weeks on, so at most the next year.
  const missingYear = [submittedOn, addDays(submittedOn, 14)].map((day) => day.slice(0, 4)).find((year) => !recordedYears.has(year));
  return missingYear
    ? [
        userError(
          null,
          "NO_HOLIDAY_CALENDAR",
          `No Kazakh public holidays are recorded for ${missingYear}: the one-business-day deadline cannot be counted; the coordination unit records them (setPublicHolidays).`,
          "KZ-7",
        ),
      ]
    : [];
}

/**
 * KZ-11: a portal applies for a child when its person is the child's legal representative on record (the guardian
 * registered with the child's IIN record, identified by IIN).
 */
export function decideLegalRepresentative(
  child: { guardianIdentifierKind: string | null; guardianIdentifierValue: string | null },
  applicantIin: string,
): { allowed: true; basis: string } | { allowed: false; reason: string; rule: string } {
  return child.guardianIdentifierKind === "IIN" && child.guardianIdentifierValue === applicantIin
    ? { allowed: true, basis: "LEGAL_REPRESENTATIVE" }
    : {
        allowed: false,
        reason:
          "the portal's person is not the child's legal representative on record; the representative applies in person with both identity documents",
        rule: "KZ-11",
      };
}

export type AttachmentEndReason = "REATTACHED" | "CONTRACT_ENDED";

/** KZ-9 / KZ-12: why and when an attachment ended: another attachment replaced it, or its contract ended. */
export function attachmentEnd(
  attachment: { endedAt: Date | null; endReason: string | null; validUntil: string },
  today: string,
): { endReason: AttachmentEndReason | null; endedAt: Date | null; reattachedTo: string | null } {
  if (attachment.endedAt && attachment.endReason?.startsWith("REATTACHED"))
    return { endReason: "REATTACHED", endedAt: attachment.endedAt, reattachedTo: attachment.endReason.split(":")[1] ?? null };
  if (attachment.validUntil < today)
    return {
      endReason: "CONTRACT_ENDED",
      endedAt: zonedInstant(addDays(attachment.validUntil, 1), "00:00", KZ_TIME_ZONE),
      reattachedTo: null,
    };
  return { endReason: null, endedAt: null, reattachedTo: null };
}

/** KZ-15: days before a contract's end on which the person, their organisation and the insurer are warned. */
export const CONTRACT_EXPIRY_WARNING_DAYS = 30;
