import { useId, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import type { MonthlySubmissionRowInput, SubmissionMetric, TpNationality } from "../../gql/graphql";
import { Loading, Refusal } from "../../shared/errors";
import { useI18n } from "../../shared/i18n";

const ProvinceSubmissionQuery = graphql(`
  query ProvinceSubmission($period: String!, $provinceCode: String) {
    monthlySubmission(period: $period, provinceCode: $provinceCode) {
      id
      status
      version
      revision
      submittedAt
      acceptedAt
      province {
        code
        name
      }
      rows {
        facility {
          id
          code
          name
        }
        nationality
        outpatientVisits
        emergencyVisits
        inpatientAdmissions
        surgeries
        births
        intensiveCareAdmissions
        referralsOut
      }
      corrections {
        facility {
          name
        }
        nationality
        metric
        reason
        revision
      }
    }
  }
`);

const AcceptSubmission = graphql(`
  mutation AcceptSubmission($id: ID!, $expectedVersion: Int!) {
    acceptMonthlySubmission(input: { id: $id, expectedVersion: $expectedVersion }) {
      submission {
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

const RequestCorrection = graphql(`
  mutation RequestSubmissionCorrection($id: ID!, $expectedVersion: Int!, $rows: [CorrectionRowInput!]!, $comment: String) {
    requestSubmissionCorrection(input: { id: $id, expectedVersion: $expectedVersion, rows: $rows, comment: $comment }) {
      submission {
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

const SaveDraft = graphql(`
  mutation SaveMonthlyDraft($period: String!, $expectedVersion: Int, $rows: [MonthlySubmissionRowInput!]!) {
    saveMonthlyDraft(input: { period: $period, expectedVersion: $expectedVersion, rows: $rows }) {
      submission {
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

const SubmitSubmission = graphql(`
  mutation SubmitMonthlySubmission($period: String!, $expectedVersion: Int!) {
    submitMonthlySubmission(input: { period: $period, expectedVersion: $expectedVersion }) {
      submission {
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

/** The row's counts, each with the name a correction request gives it. */
const metricNames = {
  outpatientVisits: "OUTPATIENT_VISITS",
  emergencyVisits: "EMERGENCY_VISITS",
  inpatientAdmissions: "INPATIENT_ADMISSIONS",
  surgeries: "SURGERIES",
  births: "BIRTHS",
  intensiveCareAdmissions: "INTENSIVE_CARE_ADMISSIONS",
  referralsOut: "REFERRALS_OUT",
} as const satisfies Record<string, SubmissionMetric>;
const metrics = Object.keys(metricNames) as (keyof typeof metricNames)[];

const rowKey = (row: { facility: { id: string }; nationality: string }) => `${row.facility.id}/${row.nationality}`;

/**
 * One province's submission. The coordination unit (`onChanged` given) accepts a handed-in one, or sends it back with
 * the rows to correct and the reason; the province (`ownProvince`) edits its draft, or the revision a correction
 * request opened, and hands it in (MDS-3). The API decides each; a refusal is shown with its rule.
 */
export function ProvinceSubmission(props: { period: string; provinceCode?: string; onChanged?: () => void; ownProvince?: boolean }) {
  const { period, provinceCode, onChanged, ownProvince } = props;
  const { t, dateTime } = useI18n();
  const id = useId();
  const [result, refetch] = useQuery({ query: ProvinceSubmissionQuery, variables: { period, provinceCode } });
  const [accepted, accept] = useMutation(AcceptSubmission);
  const [corrected, requestCorrection] = useMutation(RequestCorrection);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [metric, setMetric] = useState<SubmissionMetric | "">("");
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const [saved, saveDraft] = useMutation(SaveDraft);
  const [handedIn, handIn] = useMutation(SubmitSubmission);
  /** The province's edits, by row and metric, over the stored counts. */
  const [edits, setEdits] = useState<ReadonlyMap<string, number>>(new Map());
  const submission = result.data?.monthlySubmission;
  const editing = Boolean(ownProvince && submission && (submission.status === "DRAFT" || submission.status === "CORRECTION_REQUESTED"));
  const reviewable = Boolean(onChanged && submission && (submission.status === "SUBMITTED" || submission.status === "RESUBMITTED"));
  const done = (userErrors: readonly unknown[] | undefined) => {
    if (userErrors?.length !== 0) return;
    setChosen(new Set());
    setEdits(new Map());
    refetch({ requestPolicy: "network-only" });
    onChanged?.();
  };
  const toggle = (key: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <section aria-labelledby="province-title" className="card" data-testid="province-submission">
      <h2 id="province-title">
        {t("provinceDetail")}
        {submission && `: ${submission.province.code} ${submission.province.name} · ${submission.status}`}
      </h2>
      {result.fetching && !result.data && <Loading />}
      <Refusal error={result.error} />
      {result.data && !submission && <p>{t("none")}</p>}
      {submission && (
        <>
          <p>
            {t("revision")} {submission.revision} · {t("submittedAt")}: {dateTime(submission.submittedAt)}
          </p>
          <div className="scroll">
            <table>
              <thead>
                <tr>
                  {reviewable && <th scope="col">{t("correctRow")}</th>}
                  <th scope="col">{t("facility")}</th>
                  <th scope="col">{t("nationality")}</th>
                  {metrics.map((m) => (
                    <th scope="col" key={m}>
                      {m}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {submission.rows.map((row) => (
                  <tr key={`${row.facility.code}-${row.nationality}`}>
                    {reviewable && (
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`${t("correctRow")}: ${row.facility.name} · ${row.nationality}`}
                          checked={chosen.has(rowKey(row))}
                          onChange={(event) => toggle(rowKey(row), event.target.checked)}
                        />
                      </td>
                    )}
                    <th scope="row">{row.facility.name}</th>
                    <td>{row.nationality}</td>
                    {metrics.map((m) => (
                      <td key={m} className="number">
                        {editing ? (
                          <input
                            type="number"
                            min={0}
                            step={1}
                            required
                            className="count-input"
                            aria-label={`${row.facility.name} · ${row.nationality} · ${m}`}
                            value={edits.get(`${rowKey(row)}/${m}`) ?? row[m]}
                            onChange={(event) => {
                              const value = event.target.valueAsNumber;
                              setEdits((previous) => new Map(previous).set(`${rowKey(row)}/${m}`, value));
                            }}
                          />
                        ) : (
                          row[m]
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {editing && (
            <div className="toolbar" data-testid="submission-edit">
              <button
                type="button"
                disabled={saved.fetching}
                onClick={() => {
                  const rows = submission.rows.map((row) => ({
                    facilityId: row.facility.id,
                    nationality: row.nationality as TpNationality,
                    ...Object.fromEntries(metrics.map((m) => [m, edits.get(`${rowKey(row)}/${m}`) ?? row[m]])),
                  })) as MonthlySubmissionRowInput[];
                  void saveDraft({ period, expectedVersion: submission.version, rows }).then((r) => done(r.data?.saveMonthlyDraft.userErrors));
                }}
              >
                {t("saveDraft")}
              </button>
              <button
                type="button"
                className="primary"
                disabled={handedIn.fetching || edits.size > 0}
                onClick={() =>
                  void handIn({ period, expectedVersion: submission.version }).then((r) => done(r.data?.submitMonthlySubmission.userErrors))
                }
              >
                {t("handIn")}
              </button>
            </div>
          )}
          {reviewable && (
            <div className="review-actions" data-testid="submission-review">
              <button
                type="button"
                className="primary"
                disabled={accepted.fetching}
                onClick={() =>
                  void accept({ id: submission.id, expectedVersion: submission.version }).then((r) =>
                    done(r.data?.acceptMonthlySubmission.userErrors),
                  )
                }
              >
                {t("acceptSubmission")}
              </button>
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  const rows = submission.rows
                    .filter((row) => chosen.has(rowKey(row)))
                    .map((row) => ({
                      facilityId: row.facility.id,
                      nationality: row.nationality as TpNationality,
                      metric: metric || undefined,
                      reason: reason.trim(),
                    }));
                  void requestCorrection({ id: submission.id, expectedVersion: submission.version, rows, comment: comment.trim() || undefined }).then(
                    (r) => done(r.data?.requestSubmissionCorrection.userErrors),
                  );
                }}
              >
                <label htmlFor={`${id}-metric`}>{t("correctionMetric")}</label>{" "}
                <select id={`${id}-metric`} value={metric} onChange={(event) => setMetric(event.target.value as SubmissionMetric | "")}>
                  <option value="">{t("allMetrics")}</option>
                  {metrics.map((m) => (
                    <option key={m} value={metricNames[m]}>
                      {m}
                    </option>
                  ))}
                </select>{" "}
                <label htmlFor={`${id}-reason`}>{t("correctionReason")}</label>{" "}
                <input
                  id={`${id}-reason`}
                  required
                  minLength={3}
                  maxLength={1000}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                />{" "}
                <label htmlFor={`${id}-comment`}>{t("noteToProvince")}</label>{" "}
                <input id={`${id}-comment`} maxLength={2000} value={comment} onChange={(event) => setComment(event.target.value)} />{" "}
                <button type="submit" disabled={corrected.fetching}>
                  {t("requestCorrection")}
                </button>
              </form>
            </div>
          )}
          {(accepted.data?.acceptMonthlySubmission.submission ||
            corrected.data?.requestSubmissionCorrection.submission ||
            saved.data?.saveMonthlyDraft.submission ||
            handedIn.data?.submitMonthlySubmission.submission) && <p role="status">{t("saved")}</p>}
          <Refusal
            error={accepted.error ?? corrected.error ?? saved.error ?? handedIn.error}
            userErrors={[
              ...(accepted.data?.acceptMonthlySubmission.userErrors ?? []),
              ...(corrected.data?.requestSubmissionCorrection.userErrors ?? []),
              ...(saved.data?.saveMonthlyDraft.userErrors ?? []),
              ...(handedIn.data?.submitMonthlySubmission.userErrors ?? []),
            ]}
          />
          {submission.corrections.length > 0 && (
            <>
              <h3>{t("corrections")}</h3>
              <ul>
                {submission.corrections.map((c, i) => (
                  <li key={i}>
                    {c.facility.name} · {c.nationality} · {c.metric ?? "—"}: {c.reason} ({t("revision")} {c.revision})
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
