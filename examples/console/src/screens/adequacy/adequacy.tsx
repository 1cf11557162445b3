import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { Loading, Refusal } from "../../shared/errors";
import { useI18n, type Label } from "../../shared/i18n";

const AdequacyQuery = graphql(`
  query ScheduleAdequacy($weekStart: LocalDate) {
    scheduleAdequacy(weekStart: $weekStart) {
      weekStart
      facilities {
        facility {
          code
          name
        }
        capacity
        requiredCapacity
        physicianCount
        physiciansWithoutSchedule {
          id
        }
        reasons
      }
    }
  }
`);

/** APPT-7: each facility's published capacity for a week against what it needs, with the findings. */
export function Adequacy() {
  const { t } = useI18n();
  const [draft, setDraft] = useState("");
  const [weekStart, setWeekStart] = useState<string | undefined>(undefined);
  const [result] = useQuery({ query: AdequacyQuery, variables: { weekStart } });
  const data = result.data?.scheduleAdequacy;
  return (
    <>
      <h1>{t("adequacy")}</h1>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          setWeekStart(draft || undefined);
        }}
      >
        <label>
          {t("weekStart")} <input name="weekStart" type="date" value={draft || data?.weekStart || ""} onChange={(event) => setDraft(event.target.value)} />
        </label>
        <button type="submit">{t("show")}</button>
      </form>
      {result.fetching && !result.data && <Loading />}
      <Refusal error={result.error} />
      {data && (
        <section aria-labelledby="adequacy-title" className="card">
          <h2 id="adequacy-title">
            {t("weekStart")}: {data.weekStart}
          </h2>
          {data.facilities.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("facility")}</th>
                  <th scope="col">{t("capacity")}</th>
                  <th scope="col">{t("requiredCapacity")}</th>
                  <th scope="col">{t("physicians")}</th>
                  <th scope="col">{t("withoutSchedule")}</th>
                  <th scope="col">{t("reasons")}</th>
                </tr>
              </thead>
              <tbody>
                {data.facilities.map((f) => (
                  <tr key={f.facility.code} className={f.reasons.length ? "finding" : undefined}>
                    <th scope="row">
                      {f.facility.name} <span className="muted">({f.facility.code})</span>
                    </th>
                    <td className="number">{f.capacity}</td>
                    <td className="number">{f.requiredCapacity}</td>
                    <td className="number">{f.physicianCount}</td>
                    <td className="number">{f.physiciansWithoutSchedule.length}</td>
                    <td>{f.reasons.map((r) => t(r as Label)).join(", ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
