import { ANY_ROLE, definePolicy } from "../auth/actions.js";
import { allow, deny } from "../auth/policy.js";
import type { Principal } from "../auth/principal.js";

/** Geography and the holiday calendar: read by everyone, the calendar kept by the coordination unit. */
export const geographyPolicy = definePolicy({
  "province:read": { roles: ANY_ROLE, phrase: "read provinces" },
  "public-holiday:read": { roles: ANY_ROLE, phrase: "read public holidays" },
  "public-holiday:set": {
    roles: ["COORDINATION_UNIT"],
    phrase: "set public holidays",
    decide: (principal: Principal) =>
      principal.role === "COORDINATION_UNIT" ? allow("NATIONAL_SCOPE") : deny("the coordination unit keeps the holiday calendar"),
  },
});
