import type { BedSearchRow, ReferralRow, SearchLevel } from "../../../drizzle/schema/index.js";
import { userError, type UserError } from "../../platform/conventions/errors.js";

export const SEARCH_LEVELS: SearchLevel[] = ["EMERGENCY_112", "PROVINCIAL_CRISIS_CENTRE", "NATIONAL_CRISIS_CENTRE"];

/** The searching levels' roles: 112 and the crisis centres (ER-2..4). */
export const isSearchLevel = (role: string): role is SearchLevel => (SEARCH_LEVELS as string[]).includes(role);

/** ER-6: a centre sees the searches of its province (the national centre all), whatever level holds them now. */
export function mayFollowSearch(principal: { role: string; provinceCode: string | null }, search: Pick<BedSearchRow, "provinceCode">) {
  if (principal.role === "NATIONAL_CRISIS_CENTRE") return true;
  return isSearchLevel(principal.role) && principal.provinceCode === search.provinceCode;
}

/** ER-1: a search is for an EMERGENCY referral not yet placed, one open search at a time. */
export function checkStartBedSearch(referral: Pick<ReferralRow, "urgency" | "status">, hasOpenSearch: boolean): UserError[] {
  const at = ["input", "referralId"];
  if (referral.urgency !== "EMERGENCY") return [userError(at, "NOT_EMERGENCY", "A bed search is for an EMERGENCY referral.", "ER-1")];
  if (!["REQUESTED", "REJECTED"].includes(referral.status))
    return [userError(at, "ALREADY_PLACED", `The referral is ${referral.status}; a bed search is for one not yet placed.`, "ER-1")];
  if (hasOpenSearch) return [userError(at, "SEARCH_OPEN", "The referral already has an open bed search.", "ER-1")];
  return [];
}

/** ER-5 with REF-2: 112 transfers to a reserved bed, once the destination hospital has accepted the referral itself. */
export function checkTransfer(search: Pick<BedSearchRow, "status">, referralStatus: ReferralRow["status"] | null): UserError[] {
  if (search.status !== "BED_RESERVED")
    return [userError(["input", "id"], "NO_BED", `The search is ${search.status}; a transfer needs a reserved bed.`, "ER-5")];
  if (referralStatus !== "ACCEPTED")
    return [
      userError(
        ["input", "id"],
        "NOT_ACCEPTED",
        `The referral is ${referralStatus}: the destination hospital accepts it before the transfer.`,
        "REF-2",
      ),
    ];
  return [];
}

/** ER-6: an offered bed exists as free capacity of the type (total − occupied − active holds). */
export function checkFreeBed(bedType: string, capacity: { total: number; occupied: number } | undefined, held: number): UserError[] {
  return !capacity || capacity.total - capacity.occupied - held <= 0
    ? [userError(["input", "facilityId"], "NO_FREE_BED", `No free ${bedType} bed there.`, "ER-6")]
    : [];
}

/** ER-4: the national crisis centre is the last level. */
export function checkEscalation(level: SearchLevel): UserError[] {
  return nextLevel(level) ? [] : [userError(["input", "id"], "TOP_LEVEL", "The national crisis centre is the last level.", "ER-4")];
}

/** ER-6: only the level holding the search acts; province levels only for their own province. */
export function checkSearchHolder(
  level: SearchLevel,
  searchProvince: string,
  principal: { role: string; provinceCode: string | null },
): UserError[] {
  if (principal.role !== level) {
    return [userError(["input", "id"], "NOT_HOLDING_LEVEL", `The search is held by ${level}; ${principal.role} cannot act on it.`, "ER-6")];
  }
  if (level !== "NATIONAL_CRISIS_CENTRE" && principal.provinceCode !== searchProvince) {
    return [userError(["input", "id"], "OTHER_PROVINCE", `The search belongs to province ${searchProvince}.`, "ER-6")];
  }
  return [];
}

/** ER-3 / ER-4: the next level up, or none after the national crisis centre. */
export const nextLevel = (level: SearchLevel): SearchLevel | null => SEARCH_LEVELS[SEARCH_LEVELS.indexOf(level) + 1] ?? null;

/** ER-8: minutes the destination has to accept a referral placed on a bed reserved for it, before the hold lapses. */
export const BED_HOLD_ACCEPT_MINUTES = 30;

export const holdAcceptBy = (reservedAt: Date): Date => new Date(reservedAt.getTime() + BED_HOLD_ACCEPT_MINUTES * 60_000);
