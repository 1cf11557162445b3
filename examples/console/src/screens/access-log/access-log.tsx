import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { Loading, Refusal } from "../../shared/errors";
import { useI18n } from "../../shared/i18n";

const AccessLogQuery = graphql(`
  query AccessLog($filter: AccessLogFilter, $after: String) {
    accessLog(first: 50, after: $after, filter: $filter) {
      edges {
        node {
          id
          at
          action
          operation
          basis
          clientId
          role
          person {
            username
            displayName
          }
          patientId
          requestId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface Filter {
  personUsername?: string;
  patientId?: string;
  clientId?: string;
  from?: string;
  to?: string;
}

/** KVKK: who read which patient's data, when, and on what basis; for auditors, filtered by person and patient. */
export function AccessLog() {
  const { t, dateTime } = useI18n();
  const [filter, setFilter] = useState<Filter>({});
  const [after, setAfter] = useState<string | null>(null);
  const [result] = useQuery({ query: AccessLogQuery, variables: { filter, after } });
  const entries = result.data?.accessLog.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>{t("accessLog")}</h1>
      <form
        className="toolbar filters"
        aria-label={t("filters")}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const value = (name: string) => String(form.get(name) ?? "").trim() || undefined;
          const iso = (name: string) => (value(name) ? new Date(value(name)!).toISOString() : undefined);
          setAfter(null);
          setFilter({ personUsername: value("personUsername"), patientId: value("patientId"), clientId: value("clientId"), from: iso("from"), to: iso("to") });
        }}
      >
        <label>
          {t("personFilter")} <input name="personUsername" autoComplete="off" />
        </label>
        <label>
          {t("patientId")} <input name="patientId" />
        </label>
        <label>
          {t("clientId")} <input name="clientId" />
        </label>
        <label>
          {t("from")} <input name="from" type="datetime-local" />
        </label>
        <label>
          {t("to")} <input name="to" type="datetime-local" />
        </label>
        <button type="submit">{t("apply")}</button>
      </form>
      {result.fetching && !result.data && <Loading />}
      <Refusal error={result.error} />
      <section aria-labelledby="log-title" className="card">
        <h2 id="log-title">{t("accessLog")}</h2>
        {result.data && entries.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <div className="scroll">
            <table data-testid="access-log">
              <thead>
                <tr>
                  <th scope="col">{t("at")}</th>
                  <th scope="col">{t("personFilter")}</th>
                  <th scope="col">{t("clientId")}</th>
                  <th scope="col">{t("role")}</th>
                  <th scope="col">{t("action")}</th>
                  <th scope="col">{t("operation")}</th>
                  <th scope="col">{t("basis")}</th>
                  <th scope="col">{t("patientId")}</th>
                  <th scope="col">{t("requestId")}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id}>
                    <td>{dateTime(e.at)}</td>
                    <td data-person={e.person?.username ?? ""}>{e.person ? `${e.person.displayName} (${e.person.username})` : "—"}</td>
                    <td>{e.clientId}</td>
                    <td>{e.role}</td>
                    <td>{e.action}</td>
                    <td>{e.operation}</td>
                    <td>{e.basis}</td>
                    <td>
                      <code>{e.patientId}</code>
                    </td>
                    <td>
                      <code>{e.requestId ?? "—"}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {result.data?.accessLog.pageInfo.hasNextPage && (
          <button type="button" onClick={() => setAfter(result.data!.accessLog.pageInfo.endCursor ?? null)}>
            {t("more")}
          </button>
        )}
      </section>
    </>
  );
}
