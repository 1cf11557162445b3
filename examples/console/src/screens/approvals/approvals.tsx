import { useId, useState } from "react";
import { useMutation, useQuery } from "urql";
import type { Viewer } from "../../app";
import { graphql, type DocumentType as ResultOf } from "../../gql";
import { Loading, Refusal } from "../../shared/errors";
import type { StepDecision, UserErrorFieldsFragment } from "../../gql/graphql";
import { duration, useI18n } from "../../shared/i18n";

const ApprovalsQuery = graphql(`
  query ApprovalInbox($pendingForMe: Boolean!) {
    approvals(first: 30, pendingForMe: $pendingForMe, filter: { status: IN_PROGRESS }) {
      totalCount
      edges {
        node {
          id
          title
          status
          overdue
          dueOn
          createdAt
          revision
          version
          template {
            code
            nameTr
            nameEn
            steps {
              index
              labelTr
              labelEn
              role
              kind
              decisions
            }
          }
          currentStep {
            index
          }
          history {
            stepIndex
            decision
            actorRole
            stepStartedAt
            decidedAt
            comment
            revision
          }
        }
      }
    }
    approvalStepDurations {
      templateCode
      stepKind
      decisions
      averageSeconds
      p90Seconds
    }
  }
`);

const DecideStep = graphql(`
  mutation DecideApprovalStep($id: ID!, $expectedVersion: Int!, $decision: StepDecision!, $comment: String!) {
    decideApprovalStep(input: { id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment }) {
      approval {
        id
        status
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Approval = ResultOf<typeof ApprovalsQuery>["approvals"]["edges"][number]["node"];
const APPROVERS = ["DEPARTMENT_HEAD", "DEPUTY_GENERAL_DIRECTOR", "GENERAL_DIRECTOR"];
/** Who decides steps: the approvers, and the coordination unit its own (PREPARER) steps (APR-2). */
const DECIDERS = ["COORDINATION_UNIT", ...APPROVERS];

/** The chains in progress, each with its steps and the time spent on each (decided, or running now). */
export function Approvals({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const [mine, setMine] = useState(APPROVERS.includes(viewer.role));
  const [result, refetch] = useQuery({ query: ApprovalsQuery, variables: { pendingForMe: mine } });
  const onDecided = DECIDERS.includes(viewer.role) ? () => refetch({ requestPolicy: "network-only" }) : undefined;
  const approvals = result.data?.approvals.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>{t("approvals")}</h1>
      <div className="toolbar">
        <label>
          <input type="checkbox" checked={mine} onChange={(event) => setMine(event.target.checked)} /> {t("pendingForMe")}
        </label>
      </div>
      {result.fetching && !result.data && <Loading />}
      <Refusal error={result.error} />
      {result.data && approvals.length === 0 && <p>{t("none")}</p>}
      <ul className="approvals">
        {approvals.map((a) => (
          <ApprovalCard key={a.id} approval={a} onDecided={onDecided} />
        ))}
      </ul>
      {result.data && result.data.approvalStepDurations.length > 0 && (
        <section aria-labelledby="durations-title" className="card">
          <h2 id="durations-title">{t("averageStep")}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("chain")}</th>
                <th scope="col">{t("steps")}</th>
                <th scope="col">{t("decisions")}</th>
                <th scope="col">{t("timeOnStep")} (avg / p90)</th>
              </tr>
            </thead>
            <tbody>
              {result.data.approvalStepDurations.map((d) => (
                <tr key={`${d.templateCode}-${d.stepKind}`}>
                  <th scope="row">{d.templateCode}</th>
                  <td>{d.stepKind}</td>
                  <td className="number">{d.decisions}</td>
                  <td>
                    {duration(d.averageSeconds)} / {duration(d.p90Seconds)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

function ApprovalCard({ approval, onDecided }: { approval: Approval; onDecided?: () => void }) {
  const { t, pick, dateTime } = useI18n();
  const thisRevision = approval.history.filter((h) => h.revision === approval.revision);
  const lastDecision = thisRevision.at(-1)?.decidedAt ?? approval.createdAt;
  return (
    <li className="card" data-approval={approval.id}>
      <h2>
        {approval.title} <span className="muted">· {pick(approval.template.nameTr, approval.template.nameEn)}</span>
      </h2>
      <p>
        {t("status")}: {approval.status}
        {approval.dueOn && ` · ${t("dueOn")}: ${approval.dueOn}`}
        {approval.overdue && <strong className="overdue-text"> · {t("overdue")}</strong>}
      </p>
      <ol className="steps" aria-label={t("steps")}>
        {approval.template.steps.map((step) => {
          const decision = thisRevision.filter((h) => h.stepIndex === step.index).at(-1);
          const current = approval.currentStep?.index === step.index;
          const seconds = decision
            ? (new Date(decision.decidedAt).getTime() - new Date(decision.stepStartedAt).getTime()) / 1000
            : current
              ? (Date.now() - new Date(lastDecision).getTime()) / 1000
              : undefined;
          return (
            <li key={step.index} className={decision ? "done" : current ? "current" : "waiting"} aria-current={current ? "step" : undefined}>
              <span className="label">{pick(step.labelTr, step.labelEn)}</span>{" "}
              <span className="muted">({step.role})</span>
              <div>
                {decision ? `${decision.decision} · ${dateTime(decision.decidedAt)}` : current ? t("current") : t("waiting")}
                {seconds !== undefined && ` · ${t("timeOnStep")}: ${duration(seconds)}`}
              </div>
            </li>
          );
        })}
      </ol>
      {onDecided && <DecisionForm approval={approval} onDecided={onDecided} />}
    </li>
  );
}

/**
 * A decision on the chain's current step with its note (APR-2, APR-3). Offered to every decider: whether this person
 * holds the step (its role, the department it heads, never the preparer approving its own subject) is the API's answer.
 */
function DecisionForm({ approval, onDecided }: { approval: Approval; onDecided: () => void }) {
  const { t, pick } = useI18n();
  const id = useId();
  const step = approval.template.steps.find((s) => s.index === approval.currentStep?.index);
  const choices = step?.decisions ?? [];
  const [decision, setDecision] = useState<StepDecision | "">("");
  const [comment, setComment] = useState("");
  const [decided, decide] = useMutation(DecideStep);
  const userErrors: readonly UserErrorFieldsFragment[] | undefined = decided.data?.decideApprovalStep.userErrors;
  if (!step) return null;
  return (
    <form
      className="review-actions"
      data-testid="decide-step"
      aria-label={`${t("decide")}: ${pick(step.labelTr, step.labelEn)}`}
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = decision || choices[0]!;
        void decide({ id: approval.id, expectedVersion: approval.version, decision: chosen, comment: comment.trim() }).then((r) => {
          if (r.data?.decideApprovalStep.userErrors.length === 0) onDecided();
        });
      }}
    >
      <label htmlFor={`${id}-decision`}>{t("decision")}</label>
      <select id={`${id}-decision`} value={decision || choices[0]} onChange={(event) => setDecision(event.target.value as StepDecision)}>
        {choices.map((d) => (
          <option key={d} value={d}>
            {t(d)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-comment`}>{t("decisionNote")}</label>
      <input id={`${id}-comment`} required minLength={2} maxLength={2000} value={comment} onChange={(event) => setComment(event.target.value)} />
      <button type="submit" className="primary" disabled={decided.fetching}>
        {t("decide")}
      </button>
      <Refusal error={decided.error} userErrors={userErrors} />
    </form>
  );
}
