import { toGlobalId } from "../platform/conventions/global-id.js";
import type { StaffPerson as StaffPersonType } from "../../schema/staff.js";

/** The GraphQL type name of staff accounts (their global IDs). */
export const STAFF_ACCOUNT_TYPE = "StaffAccount";

/** A person as the API shows them: the account's global ID, username and name. */
export const staffPersonOf = (person: { id: string; username: string; displayName: string }): StaffPersonType => ({
  id: toGlobalId(STAFF_ACCOUNT_TYPE, person.id),
  username: person.username,
  displayName: person.displayName,
});
