import { kzAttachmentRequestHistory, kzAttachmentRequests, type KzRequestRow } from "../../drizzle/schema/index.js";
import { userError } from "../platform/conventions/errors.js";
import { defineWorkflow } from "../platform/conventions/workflow.js";

type KzRequestStatus = KzRequestRow["status"];
export type AttachmentRequestAction = "file" | "decide";

/**
 * An attachment request's state machine (KZ-6, KZ-8): submitted, filed by the organisation's staff, then decided
 * (ATTACHED or REFUSED). Every move goes through `transition()` (history + event).
 */
export const attachmentRequestWorkflow = defineWorkflow<KzRequestStatus, AttachmentRequestAction>({
  entity: "AttachmentRequest",
  table: kzAttachmentRequests,
  history: kzAttachmentRequestHistory,
  rule: "KZ-6",
  moves: {
    SUBMITTED: { file: "FILED" },
    FILED: { decide: ["ATTACHED", "REFUSED"] },
    ATTACHED: {},
    REFUSED: {},
  },
  refusal: (from, action) =>
    action === "file"
      ? userError(["input", "id"], "NOT_SUBMITTED", `The request is ${from}.`, "KZ-6")
      : userError(["input", "id"], "NOT_FILED", `Only a filed request is decided; this one is ${from}.`, "KZ-6"),
});
