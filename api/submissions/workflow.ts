import { mdsSubmissions, monthlySubmissionHistory, type SubmissionStatus } from "../../drizzle/schema/index.js";
import { defineWorkflow } from "../platform/conventions/workflow.js";
import { submissionMoves, type SubmissionAction } from "./rules.js";

/** MDS-3 / MDS-7: a monthly submission's moves go through `transition()` (versioned update, history row, event). */
export const submissionWorkflow = defineWorkflow<SubmissionStatus, SubmissionAction>({
  entity: "MonthlySubmission",
  table: mdsSubmissions,
  history: monthlySubmissionHistory,
  rule: "MDS-3",
  moves: submissionMoves,
});
