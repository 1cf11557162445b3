import { useState } from "react";
import { useQuery } from "urql";
import type { Viewer } from "../../app";
import { graphql, type DocumentType as ResultOf } from "../../gql";
import { Loading, Refusal } from "../../shared/errors";
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
          template {
            code
            nameTr
            nameEn
            steps {
              index
              labelTr
              labelEn
              role
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

type Approval = ResultOf<typeof ApprovalsQuery>["approvals"]["edges"][number]["node"];
const APPROVERS = ["DEPARTMENT_HEAD", "DEPUTY_GENERAL_DIRECTOR", "GENERAL_DIRECTOR"];

/** The chains in progress, each with its steps and the time spent on each (decided, or running now). */
export function Approvals({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const [mine, setMine] = useState(APPROVERS.includes(viewer.role));
  const [result] = useQuery({ query: ApprovalsQuery, variables: { pendingForMe: mine } });
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
          <ApprovalCard key={a.id} approval={a} />
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

function ApprovalCard({ approval }: { approval: Approval }) {
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
    </li>
  );
}
