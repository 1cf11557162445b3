import { healthTourismCaseHistory, healthTourismCases, type HtStatus } from "../../drizzle/schema/index.js";
import { screamingCase } from "../platform/conventions/enum-names.js";
import { defineWorkflow } from "../platform/conventions/workflow.js";
import { htTransitions, type HtAction } from "./rules.js";

/**
 * HT-1 / HT-2: every step of a health-tourism case goes through `transition()` (versioned update, history row with the
 * documents attached in it, event) with this machine; a refusal spells the action as the schema's enum does.
 */
export const healthTourismCaseWorkflow = defineWorkflow<HtStatus, HtAction>({
  entity: "HealthTourismCase",
  table: healthTourismCases,
  history: healthTourismCaseHistory,
  rule: "HT-2",
  moves: htTransitions,
  actionName: screamingCase,
});
