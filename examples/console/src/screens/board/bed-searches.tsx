import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { Loading, Refusal } from "../../shared/errors";
import { duration, useI18n } from "../../shared/i18n";

const BedSearchesQuery = graphql(`
  query BoardBedSearches {
    openBedSearches(first: 50) {
      edges {
        node {
          id
          status
          level
          provinceCode
          bedType
          levels {
            level
            startedAt
            endedAt
            outcome
          }
          reservedFacility {
            name
          }
          referral {
            urgency
            originFacility {
              name
            }
          }
        }
      }
    }
    timeToBedReport {
      level
      provinceCode
      averageSeconds
      searches
    }
  }
`);

/** Open 112 searches with their running time to bed (ER-7), and the average per level. */
export function BedSearches({ refresh }: { refresh: number }) {
  const { t } = useI18n();
  const [result, refetch] = useQuery({ query: BedSearchesQuery });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (refresh > 0) refetch({ requestPolicy: "network-only" });
  }, [refresh]);
  const searches = result.data?.openBedSearches.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="beds-title" className="card" data-testid="bed-searches">
      <h2 id="beds-title">{t("bedSearches")}</h2>
      {result.fetching && !result.data && <Loading />}
      <Refusal error={result.error} />
      {searches.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("origin")}</th>
              <th scope="col">{t("province")}</th>
              <th scope="col">{t("bedType")}</th>
              <th scope="col">{t("level")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("timeToBed")}</th>
            </tr>
          </thead>
          <tbody>
            {searches.map((s) => {
              const started = s.levels[0] ? new Date(s.levels[0].startedAt).getTime() : now;
              return (
                <tr key={s.id}>
                  <th scope="row">{s.referral.originFacility.name}</th>
                  <td>{s.provinceCode}</td>
                  <td>{s.bedType}</td>
                  <td>{s.level}</td>
                  <td>
                    {s.status}
                    {s.reservedFacility && ` · ${t("reserved")}: ${s.reservedFacility.name}`}
                  </td>
                  <td>{duration((now - started) / 1000)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {result.data && result.data.timeToBedReport.length > 0 && (
        <table>
          <caption>{t("averageByLevel")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("province")}</th>
              <th scope="col">{t("level")}</th>
              <th scope="col">{t("searches")}</th>
              <th scope="col">{t("timeToBed")}</th>
            </tr>
          </thead>
          <tbody>
            {result.data.timeToBedReport.map((r) => (
              <tr key={`${r.provinceCode}-${r.level}`}>
                <td>{r.provinceCode}</td>
                <td>{r.level}</td>
                <td>{r.searches}</td>
                <td>{duration(r.averageSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
