import { useQuery } from "urql";
import { graphql } from "../../gql";
import { Loading, Refusal } from "../../shared/errors";
import { useI18n } from "../../shared/i18n";

const ProvinceSubmissionQuery = graphql(`
  query ProvinceSubmission($period: String!, $provinceCode: String) {
    monthlySubmission(period: $period, provinceCode: $provinceCode) {
      id
      status
      revision
      submittedAt
      acceptedAt
      province {
        code
        name
      }
      rows {
        facility {
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

const metrics = ["outpatientVisits", "emergencyVisits", "inpatientAdmissions", "surgeries", "births", "intensiveCareAdmissions", "referralsOut"] as const;

export function ProvinceSubmission({ period, provinceCode }: { period: string; provinceCode?: string }) {
  const { t, dateTime } = useI18n();
  const [result] = useQuery({ query: ProvinceSubmissionQuery, variables: { period, provinceCode } });
  const submission = result.data?.monthlySubmission;
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
                    <th scope="row">{row.facility.name}</th>
                    <td>{row.nationality}</td>
                    {metrics.map((m) => (
                      <td key={m} className="number">
                        {row[m]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
