import { useState } from "react";
import { useQuery } from "urql";
import type { Viewer } from "../../app";
import { graphql } from "../../gql";
import { Loading, Refusal } from "../../shared/errors";
import { useI18n } from "../../shared/i18n";
import { Consolidation } from "./consolidation";
import { ProvinceSubmission } from "./province-submission";

const PeriodQuery = graphql(`
  query SubmissionPeriod($period: String!) {
    monthlySubmissionPeriod(period: $period) {
      period
      opensOn
      dueOn
      provinces {
        province {
          code
          name
        }
        status
        overdue
        submittedAt
      }
    }
  }
`);

/** The reporting period open now: the previous month (MDS-1), in Istanbul. */
const previousMonth = () => {
  const [year, month] = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Istanbul" }).split("-").map(Number);
  const date = new Date(Date.UTC(year!, month! - 2, 1));
  return date.toISOString().slice(0, 7);
};

const states = ["NOT_STARTED", "DRAFT", "SUBMITTED", "RESUBMITTED", "CORRECTION_REQUESTED", "ACCEPTED"] as const;

/** The 81 provinces' submissions for a period as a grid coloured by state, one province's rows, the consolidation. */
export function Submissions({ viewer }: { viewer: Viewer }) {
  const { t, dateTime } = useI18n();
  const [draft, setDraft] = useState(previousMonth);
  const [period, setPeriod] = useState(previousMonth);
  const [province, setProvince] = useState<string | null>(null);
  const national = viewer.role === "COORDINATION_UNIT";
  /** The unit's decisions so far: each refreshes the grid's colours and the consolidation (MDS-5 counts accepted data). */
  const [decisions, setDecisions] = useState(0);
  const [result, refetch] = useQuery({ query: PeriodQuery, variables: { period }, pause: !national });
  const data = result.data?.monthlySubmissionPeriod;
  return (
    <>
      <h1>{t("submissions")}</h1>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          setPeriod(draft);
          setProvince(null);
        }}
      >
        <label>
          {t("period")}{" "}
          <input name="period" type="month" value={draft} required onChange={(event) => setDraft(event.target.value)} />
        </label>
        <button type="submit">{t("show")}</button>
        {data && (
          <span>
            {t("dueOn")}: {data.dueOn}
          </span>
        )}
      </form>
      {result.fetching && !result.data && <Loading />}
      <Refusal error={result.error} />
      {data && (
        <section aria-labelledby="grid-title" className="card">
          <h2 id="grid-title">
            {t("period")} {data.period}
          </h2>
          <ul className="legend" aria-label={t("legend")}>
            {states.map((s) => (
              <li key={s}>
                <span className={`swatch state-${s.toLowerCase()}`} aria-hidden="true" /> {s}
              </li>
            ))}
            <li>
              <span className="swatch overdue" aria-hidden="true" /> {t("overdue")}
            </li>
          </ul>
          <ul className="province-grid" data-testid="province-grid">
            {data.provinces.map((p) => (
              <li key={p.province.code}>
                <button
                  type="button"
                  className={`province state-${p.status.toLowerCase()}${p.overdue ? " overdue" : ""}`}
                  data-province={p.province.code}
                  data-state={p.status}
                  aria-pressed={province === p.province.code}
                  aria-label={`${p.province.code} ${p.province.name}: ${p.status}${p.overdue ? `, ${t("overdue")}` : ""}${p.submittedAt ? `, ${dateTime(p.submittedAt)}` : ""}`}
                  onClick={() => setProvince(p.province.code)}
                >
                  <span className="code">{p.province.code}</span>
                  <span className="name">{p.province.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(province || !national) && (
        <ProvinceSubmission
          period={period}
          provinceCode={national ? province! : undefined}
          ownProvince={viewer.role === "PROVINCIAL_DIRECTORATE"}
          onChanged={
            national
              ? () => {
                  refetch({ requestPolicy: "network-only" });
                  setDecisions((n) => n + 1);
                }
              : undefined
          }
        />
      )}
      {national && <Consolidation key={decisions} period={period} />}
    </>
  );
}
