import { useI18n, type Label } from "../../shared/i18n";
import type { BoardReferral } from "./board";

type StepState = "done" | "current" | "skipped" | "failed";

/** TP-1..TP-5 for each temporary-protection referral: provision, in province, out of province, escalated, completion. */
function stepsOf(r: BoardReferral): [Label, StepState][] {
  const statuses = new Set(r.history.map((h) => h.toStatus));
  const escalated = statuses.has("ESCALATED");
  const completed = statuses.has("COMPLETED");
  return [
    ["provision", r.provision ? (r.provision.valid ? "done" : "failed") : "current"],
    ["inProvince", r.scope === "OUT_OF_PROVINCE" ? "skipped" : r.destinationFacility ? "done" : "current"],
    ["outOfProvince", r.scope === "OUT_OF_PROVINCE" ? "done" : "skipped"],
    ["escalated", escalated ? (r.status === "ESCALATED" ? "current" : "done") : "skipped"],
    ["completion", completed ? "done" : r.status === "PATIENT_ARRIVED" ? "current" : "skipped"],
  ];
}

export function TpChain({ referrals }: { referrals: BoardReferral[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="tp-title" className="card" data-testid="tp-chain">
      <h2 id="tp-title">{t("tpChain")}</h2>
      {referrals.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("tpChain")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("origin")}</th>
              <th scope="col">{t("status")}</th>
              {stepsOf(referrals[0]!).map(([label]) => (
                <th scope="col" key={label}>
                  {t(label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {referrals.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.originFacility.name} → {r.destinationFacility?.name ?? "—"}
                </th>
                <td>{r.status}</td>
                {stepsOf(r).map(([label, state]) => (
                  <td key={label} className={`step ${state}`}>
                    {state === "done" ? "✓" : state === "failed" ? "✗" : state === "current" ? "●" : "–"} <span className="visually-hidden">{state}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
