import { useState } from "react";
import { useQuery } from "urql";
import type { Viewer } from "../../app";
import { graphql } from "../../gql";
import { Loading, Refusal } from "../../shared/errors";
import { useI18n } from "../../shared/i18n";
import { ClaimReview } from "./claim-review";

const ClaimsQuery = graphql(`
  query ClaimsToReview($status: ReimbursementClaimStatus) {
    reimbursementClaims(first: 50, filter: { status: $status }) {
      totalCount
      edges {
        node {
          id
          status
          channel
          submittedAt
          officeProvinceCode
          referral {
            originFacility {
              name
            }
            destinationFacility {
              name
            }
          }
        }
      }
    }
  }
`);

const statuses = ["SUBMITTED", "CALCULATED", "APPROVED", "REJECTED", "PAID"] as const;
type Status = (typeof statuses)[number];

/** SGK's claims by state; one opened shows its itemised statement with each line's rule IDs and the review actions. */
export function Claims({ viewer }: { viewer: Viewer }) {
  const { t, dateTime } = useI18n();
  const [status, setStatus] = useState<Status | "">("");
  const [selected, setSelected] = useState<string | null>(null);
  const [result, refetch] = useQuery({ query: ClaimsQuery, variables: { status: status || null } });
  const claims = result.data?.reimbursementClaims.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>{t("claims")}</h1>
      <div className="toolbar">
        <label>
          {t("status")}{" "}
          <select name="status" value={status} onChange={(event) => setStatus(event.target.value as Status | "")}>
            <option value="">—</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      {result.fetching && !result.data && <Loading />}
      <Refusal error={result.error} />
      <div className="split">
        <section aria-labelledby="claims-title" className="card">
          <h2 id="claims-title">
            {t("claims")} ({result.data?.reimbursementClaims.totalCount ?? 0})
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("claim")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("submittedAt")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("select")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.id} data-claim={c.id} data-status={c.status} aria-selected={selected === c.id}>
                  <th scope="row">
                    {c.referral.originFacility.name} → {c.referral.destinationFacility?.name ?? "—"}
                  </th>
                  <td>{c.status}</td>
                  <td>{dateTime(c.submittedAt)}</td>
                  <td>
                    <button type="button" aria-label={`${t("select")}: ${c.referral.originFacility.name}, ${c.status}`} onClick={() => setSelected(c.id)}>
                      {t("select")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {selected && (
          <ClaimReview
            id={selected}
            canReview={viewer.role === "INSURER"}
            onChanged={() => refetch({ requestPolicy: "network-only" })}
          />
        )}
      </div>
    </>
  );
}
