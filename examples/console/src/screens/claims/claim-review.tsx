import { useEffect, useRef, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import { Loading, Refusal } from "../../shared/errors";
import { useI18n } from "../../shared/i18n";

const ClaimQuery = graphql(`
  query ClaimStatement($id: ID!) {
    reimbursementClaim(id: $id) {
      id
      status
      version
      rejectionReason
      rejectionRules
      statement {
        eligible
        paidDistanceKm
        actualDistanceKm
        travelPaidToFacility {
          name
        }
        total {
          amountMinor
          currency
        }
        lines {
          kind
          person
          quantity
          unitAmount {
            amountMinor
            currency
          }
          amount {
            amountMinor
            currency
          }
          rules
          explanationTr
          explanationEn
        }
        ineligibility {
          rule
          explanationTr
          explanationEn
        }
        notes {
          rules
          explanationTr
          explanationEn
        }
      }
    }
  }
`);


const CalculateClaim = graphql(`
  mutation CalculateClaim($id: ID!, $expectedVersion: Int!) {
    calculateReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion }) {
      claim {
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

const ApproveClaim = graphql(`
  mutation ApproveClaim($id: ID!, $expectedVersion: Int!, $comment: String) {
    approveReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion, comment: $comment }) {
      claim {
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

const RejectClaim = graphql(`
  mutation RejectClaim($id: ID!, $expectedVersion: Int!, $reason: String!, $rules: [String!]!) {
    rejectReimbursementClaim(input: { id: $id, expectedVersion: $expectedVersion, reason: $reason, rules: $rules }) {
      claim {
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

export function ClaimReview({ id, canReview, onChanged }: { id: string; canReview: boolean; onChanged: () => void }) {
  const { t, pick, money } = useI18n();
  const [result, refetch] = useQuery({ query: ClaimQuery, variables: { id } });
  const [calculated, calculate] = useMutation(CalculateClaim);
  const [approved, approve] = useMutation(ApproveClaim);
  const [rejected, reject] = useMutation(RejectClaim);
  const [reason, setReason] = useState("");
  const [rules, setRules] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);
  const claim = result.data?.reimbursementClaim;
  const done = async (run: Promise<{ data?: unknown }>) => {
    await run;
    refetch({ requestPolicy: "network-only" });
    onChanged();
  };
  const statement = claim?.statement;
  return (
    <section aria-labelledby="statement-title" className="card" data-testid="claim-review">
      <h2 id="statement-title" tabIndex={-1} ref={heading}>
        {t("statement")}
        {claim && ` · ${claim.status}`}
      </h2>
      {result.fetching && !result.data && <Loading />}
      <Refusal error={result.error} />
      {claim && !statement && <p>{t("noStatement")}</p>}
      {statement && (
        <>
          <table className="statement">
            <thead>
              <tr>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("person")}</th>
                <th scope="col">{t("quantity")}</th>
                <th scope="col">{t("unitAmount")}</th>
                <th scope="col">{t("amount")}</th>
                <th scope="col">{t("rules")}</th>
                <th scope="col">{t("explanation")}</th>
              </tr>
            </thead>
            <tbody>
              {statement.lines.map((line, i) => (
                <tr key={i}>
                  <th scope="row">{line.kind}</th>
                  <td>{line.person}</td>
                  <td className="number">{line.quantity}</td>
                  <td className="number">{money(line.unitAmount.amountMinor, line.unitAmount.currency)}</td>
                  <td className="number">{money(line.amount.amountMinor, line.amount.currency)}</td>
                  <td>
                    {line.rules.map((rule) => (
                      <span className="rule" key={rule}>
                        {rule}
                      </span>
                    ))}
                  </td>
                  <td>{pick(line.explanationTr, line.explanationEn)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t("total")}
                </th>
                <td className="number" data-testid="claim-total">
                  {money(statement.total.amountMinor, statement.total.currency)}
                </td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          </table>
          {statement.ineligibility.length > 0 && (
            <>
              <h3>{t("ineligible")}</h3>
              <ul>
                {statement.ineligibility.map((x, i) => (
                  <li key={i}>
                    <span className="rule">{x.rule}</span> {pick(x.explanationTr, x.explanationEn)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {statement.notes.length > 0 && (
            <ul className="notes">
              {statement.notes.map((n, i) => (
                <li key={i}>
                  {n.rules.map((rule) => (
                    <span className="rule" key={rule}>
                      {rule}
                    </span>
                  ))}{" "}
                  {pick(n.explanationTr, n.explanationEn)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {claim && claim.rejectionRules.length > 0 && (
        <p>
          {t("rejectionRules")}:{" "}
          {claim.rejectionRules.map((rule) => (
            <span className="rule" key={rule}>
              {rule}
            </span>
          ))}{" "}
          {claim.rejectionReason}
        </p>
      )}
      {claim && canReview && (claim.status === "SUBMITTED" || claim.status === "CALCULATED") && (
        <div className="review-actions">
          {claim.status === "SUBMITTED" && (
            <button type="button" onClick={() => void done(calculate({ id: claim.id, expectedVersion: claim.version }))}>
              {t("calculate")}
            </button>
          )}
          {claim.status === "CALCULATED" && (
            <button type="button" className="primary" onClick={() => void done(approve({ id: claim.id, expectedVersion: claim.version }))}>
              {t("approve")}
            </button>
          )}
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const list = rules.split(",").map((r) => r.trim()).filter(Boolean);
              void done(reject({ id: claim.id, expectedVersion: claim.version, reason, rules: list }));
            }}
          >
            <label>
              {t("rejectReason")} <input name="reason" value={reason} onChange={(event) => setReason(event.target.value)} />
            </label>
            <label>
              {t("rejectRules")} <input name="rules" value={rules} onChange={(event) => setRules(event.target.value)} />
            </label>
            <button type="submit">{t("reject")}</button>
          </form>
        </div>
      )}
      <Refusal
        error={calculated.error ?? approved.error ?? rejected.error}
        userErrors={[
          ...(calculated.data?.calculateReimbursementClaim.userErrors ?? []),
          ...(approved.data?.approveReimbursementClaim.userErrors ?? []),
          ...(rejected.data?.rejectReimbursementClaim.userErrors ?? []),
        ]}
      />
    </section>
  );
}
