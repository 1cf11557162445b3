import { definePolicy } from "../auth/actions.js";

/** Documents registered for trusted-documents-only clients (DOC-1..4): the ministry registers, auditors read. */
export const integrationPolicy = definePolicy({
  "trusted-document:read": { roles: ["COORDINATION_UNIT", "AUDITOR"], phrase: "read registered documents" },
  "trusted-document:register": { roles: ["COORDINATION_UNIT"], phrase: "register a trusted document" },
});
