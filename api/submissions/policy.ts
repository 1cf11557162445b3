import { ANY_ROLE, definePolicy } from "../auth/actions.js";
import { allow, audienceOf, deny, type AccessDecision, type Audience } from "../auth/policy.js";
import type { Principal } from "../auth/principal.js";

/** A monthly submission is told by its province. */
export interface SubmissionFacts {
  provinceCode: string;
}

/** Monthly submissions: a provincial directorate keeps its own province's; the coordination unit reviews all. */
export function decideSubmissionRead(principal: Principal, facts: SubmissionFacts): AccessDecision {
  const { provinceCode } = facts;
  if (principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR") return allow("NATIONAL_SCOPE");
  if (principal.role === "PROVINCIAL_DIRECTORATE" && principal.scope.kind === "PROVINCE") {
    return principal.scope.provinceCode === provinceCode
      ? allow(`PROVINCE:${provinceCode}`)
      : deny(`a provincial directorate reads only the submissions of province ${principal.scope.provinceCode}`);
  }
  return deny(`the role ${principal.role} does not read monthly submissions`);
}

/** MDS-1: only the province's directorate enters and submits its data. */
export function decideSubmissionEntry(principal: Principal, facts: SubmissionFacts): AccessDecision {
  return principal.role === "PROVINCIAL_DIRECTORATE"
    ? decideSubmissionRead(principal, facts)
    : deny("only a provincial directorate enters its province's data");
}

/** The coordination unit reviews, consolidates and dispatches (MDS-3..6). */
export function decideSubmissionReview(principal: Principal): AccessDecision {
  return principal.role === "COORDINATION_UNIT"
    ? allow("NATIONAL_SCOPE")
    : deny("only the coordination unit reviews, consolidates and dispatches submissions");
}

/** Monthly submissions: the unit, auditors and the province's directorate (decideSubmissionRead). */
export const submissionAudience = (facts: SubmissionFacts): Audience => [
  "COORDINATION_UNIT",
  "AUDITOR",
  audienceOf.province("PROVINCIAL_DIRECTORATE", facts.provinceCode),
];

const REVIEWER = ["COORDINATION_UNIT"] as const;
const review = (phrase: string) => ({ roles: REVIEWER, phrase, decide: (principal: Principal) => decideSubmissionReview(principal) });
const entry = (phrase: string) => ({ roles: ["PROVINCIAL_DIRECTORATE"] as const, phrase, decide: decideSubmissionEntry });

/** Monthly submissions of temporary-protection data (MDS-1..7): named actions (api/auth/actions.ts). */
export const submissionPolicy = definePolicy({
  "monthly-submission:read": {
    roles: ["PROVINCIAL_DIRECTORATE", "COORDINATION_UNIT", "AUDITOR"],
    phrase: "read this submission",
    decide: decideSubmissionRead,
    audience: submissionAudience,
  },
  "monthly-submission:save-draft": entry("enter monthly data"),
  "monthly-submission:submit": entry("submit monthly data"),
  "monthly-submission:request-correction": review("request corrections"),
  "monthly-submission:correct": review("correct submissions"),
  "monthly-submission:accept": review("accept submissions"),
  "monthly-submission-settings:read": { roles: ANY_ROLE, phrase: "read the submission settings" },
  "monthly-submission-settings:update": review("change the due day"),
  /** MDS-4: every province's state in a period. */
  "monthly-period:review": review("review the period"),
  "monthly-consolidation:read": review("consolidate submissions"),
  "monthly-consolidation:export": review("export submissions"),
  "monthly-dispatch:read": review("read dispatches"),
  "monthly-dispatch:record": review("record dispatches"),
});
