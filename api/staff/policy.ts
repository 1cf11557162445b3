import { definePolicy } from "../auth/actions.js";

/**
 * Staff accounts (people signing in through the browser, api/staff): the coordination unit keeps them; the auditor
 * reads them too, to know who the access log names (named actions, api/auth/actions.ts).
 */
export const staffPolicy = definePolicy({
  "staff-account:read": { roles: ["COORDINATION_UNIT", "AUDITOR"], phrase: "read staff accounts" },
  "staff-account:create": { roles: ["COORDINATION_UNIT"], phrase: "create a staff account" },
  "staff-account:disable": { roles: ["COORDINATION_UNIT"], phrase: "disable a staff account" },
});
