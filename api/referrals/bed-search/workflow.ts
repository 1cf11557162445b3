import { bedSearches, bedSearchHistory, type SearchStatus } from "../../../drizzle/schema/index.js";
import { defineWorkflow } from "../../platform/conventions/workflow.js";

export type BedSearchAction = "offerBed" | "escalate" | "completeTransfer" | "reopen" | "cancelReferral";

/**
 * ER-1..8: a bed search's moves, each through `transition()` (versioned update, `bed_search_history` row with the level
 * holding the search after it, event). The holding level offers a bed or escalates (the level changes, the state stays
 * SEARCHING); 112 completes the transfer; a bed that will not be used reopens the search (ER-8); a cancelled referral
 * cancels it. `start` is its creation (`recordCreation`).
 */
export const bedSearchWorkflow = defineWorkflow<SearchStatus, BedSearchAction>({
  entity: "BedSearch",
  table: bedSearches,
  history: bedSearchHistory,
  rule: "ER-6",
  moves: {
    SEARCHING: { offerBed: "BED_RESERVED", escalate: "SEARCHING", cancelReferral: "CANCELLED" },
    BED_RESERVED: { completeTransfer: "CLOSED", reopen: "SEARCHING", cancelReferral: "CANCELLED" },
    CLOSED: {},
    CANCELLED: {},
  },
});
