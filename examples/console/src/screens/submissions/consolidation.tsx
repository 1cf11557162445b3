import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import { Loading, Refusal } from "../../shared/errors";
import { useI18n } from "../../shared/i18n";

const ConsolidationQuery = graphql(`
  query Consolidation($period: String!) {
    monthlyConsolidation(period: $period) {
      period
      previousPeriod
      acceptedProvinces
      national {
        metric
        value
        previousValue
        change
      }
      byNationality {
        nationality
        metric
        value
        previousValue
        change
      }
    }
  }
`);

const ExportConsolidation = graphql(`
  mutation ExportConsolidation($period: String!) {
    exportMonthlyConsolidation(input: { period: $period, format: XLSX }) {
      link {
        url
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** MDS-5: national totals of accepted submissions against the previous period, and the Excel workbook. */
export function Consolidation({ period }: { period: string }) {
  const { t, dateTime } = useI18n();
  const [result] = useQuery({ query: ConsolidationQuery, variables: { period } });
  const [exported, exportWorkbook] = useMutation(ExportConsolidation);
  const consolidation = result.data?.monthlyConsolidation;
  const link = exported.data?.exportMonthlyConsolidation.link;
  return (
    <section aria-labelledby="consolidation-title" className="card" data-testid="consolidation">
      <h2 id="consolidation-title">{t("consolidation")}</h2>
      {result.fetching && !result.data && <Loading />}
      <Refusal error={result.error} />
      {consolidation && (
        <>
          <p>
            {t("acceptedProvinces")}: {consolidation.acceptedProvinces} · {t("previous")}: {consolidation.previousPeriod}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("metric")}</th>
                <th scope="col">{t("value")}</th>
                <th scope="col">{t("previous")}</th>
                <th scope="col">{t("change")}</th>
              </tr>
            </thead>
            <tbody>
              {consolidation.national.map((m) => (
                <tr key={m.metric}>
                  <th scope="row">{m.metric}</th>
                  <td className="number">{m.value}</td>
                  <td className="number">{m.previousValue ?? "—"}</td>
                  <td className="number">{m.change ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="toolbar">
        <button type="button" disabled={exported.fetching} onClick={() => void exportWorkbook({ period })}>
          {t("downloadExcel")}
        </button>
        {link && (
          <a href={link.url} download data-testid="download-link">
            {t("downloadReady")} ({dateTime(link.expiresAt)})
          </a>
        )}
      </div>
      <Refusal error={exported.error} userErrors={exported.data?.exportMonthlyConsolidation.userErrors} />
    </section>
  );
}
