import { useEffect, useState } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import type { Viewer } from "../../app";
import { graphql, type DocumentType as ResultOf } from "../../gql";
import { Loading, Refusal } from "../../shared/errors";
import type { UserErrorFieldsFragment } from "../../gql/graphql";
import { duration, useI18n } from "../../shared/i18n";
import { BedSearches } from "./bed-searches";
import { CoordinationActions } from "./coordination";
import { TpChain } from "./tp-chain";

export const BoardReferralsQuery = graphql(`
  query BoardReferrals {
    referrals(first: 60) {
      totalCount
      edges {
        node {
          id
          status
          urgency
          version
          diagnosisIcd10
          scope
          clinic {
            code
          }
          originFacility {
            code
            name
          }
          destinationFacility {
            code
            name
          }
          patient {
            category
          }
          provision {
            valid
            reference
          }
          history {
            action
            at
            toStatus
          }
        }
      }
    }
  }
`);

const BoardEvents = graphql(`
  subscription BoardEvents {
    events(types: ["referral.*", "bedSearch.*"]) {
      id
      type
      subjectId
      occurredAt
    }
  }
`);

const AcceptReferral = graphql(`
  mutation AcceptReferral($id: ID!, $expectedVersion: Int!) {
    transitionReferral(input: { id: $id, action: ACCEPT, expectedVersion: $expectedVersion }) {
      referral {
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

export type BoardReferral = ResultOf<typeof BoardReferralsQuery>["referrals"]["edges"][number]["node"];

const BED_ROLES = ["COORDINATION_UNIT", "AUDITOR", "EMERGENCY_112", "PROVINCIAL_CRISIS_CENTRE", "NATIONAL_CRISIS_CENTRE"];
const REFERRAL_ROLES = ["COORDINATION_UNIT", "AUDITOR", "PARTNER_HOSPITAL"];

/** Referrals waiting on each side, the temporary-protection chain and live bed searches, refreshed by `events`. */
export function Board({ viewer }: { viewer: Viewer }) {
  const { t, dateTime } = useI18n();
  const [referrals, refetchReferrals] = useQuery({ query: BoardReferralsQuery, pause: !REFERRAL_ROLES.includes(viewer.role) });
  const [events] = useSubscription({ query: BoardEvents }, (previous: string[] = [], event) =>
    [`${event.events.type} · ${dateTime(event.events.occurredAt)}`, ...previous].slice(0, 5),
  );
  const [bedRefresh, setBedRefresh] = useState(0);
  const latest = events.data?.[0];
  useEffect(() => {
    if (!latest) return;
    refetchReferrals({ requestPolicy: "network-only" });
    setBedRefresh((n) => n + 1);
  }, [latest]);

  const nodes = referrals.data?.referrals.edges.map((e) => e.node) ?? [];
  // REF-2: a rejected referral waits for its origin (or the unit) to place it again.
  const waitingOrigin = nodes.filter((r) => r.status === "REQUESTED" || r.status === "ESCALATED" || r.status === "REJECTED");
  const waitingDestination = nodes.filter((r) => r.status === "PLACED");
  const underWay = nodes.filter((r) => r.status === "ACCEPTED" || r.status === "PATIENT_ARRIVED");
  const canAccept = viewer.role === "PARTNER_HOSPITAL";
  const refresh = () => refetchReferrals({ requestPolicy: "network-only" });

  return (
    <>
      <h1>{t("board")}</h1>
      <p className="live-status" role="status" aria-live="polite">
        <span className={events.error ? "dot off" : "dot on"} aria-hidden="true" />
        {events.error ? t("liveOff") : t("live")}
        {latest && (
          <>
            {" · "}
            {t("lastEvent")}: <span data-testid="last-event">{latest}</span>
          </>
        )}
      </p>
      <Refusal error={events.error} />
      {REFERRAL_ROLES.includes(viewer.role) && (
        <>
          {referrals.fetching && !referrals.data && <Loading />}
          <Refusal error={referrals.error} />
          <div className="columns">
            <ReferralList
              id="waiting-origin"
              title={t("waitingOrigin")}
              referrals={waitingOrigin}
              onCoordinated={viewer.role === "COORDINATION_UNIT" ? refresh : undefined}
            />
            <ReferralList id="waiting-destination" title={t("waitingDestination")} referrals={waitingDestination} canAccept={canAccept} />
            <ReferralList id="under-way" title={t("inProgress")} referrals={underWay} />
          </div>
          <TpChain referrals={nodes.filter((r) => r.patient?.category === "TEMPORARY_PROTECTION")} />
        </>
      )}
      {BED_ROLES.includes(viewer.role) && <BedSearches refresh={bedRefresh} />}
    </>
  );
}

function ReferralList(props: {
  id: string;
  title: string;
  referrals: BoardReferral[];
  canAccept?: boolean;
  /** The coordination unit's actions on each referral, then this. */
  onCoordinated?: () => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`${props.id}-title`} className="card" data-testid={props.id}>
      <h2 id={`${props.id}-title`}>
        {props.title} <span className="count">({props.referrals.length})</span>
      </h2>
      {props.referrals.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="referrals">
          {props.referrals.map((r) => (
            <ReferralItem key={r.id} referral={r} canAccept={props.canAccept} onCoordinated={props.onCoordinated} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReferralItem(props: { referral: BoardReferral; canAccept?: boolean; onCoordinated?: () => void }) {
  const { referral, canAccept, onCoordinated } = props;
  const { t } = useI18n();
  const [accepted, accept] = useMutation(AcceptReferral);
  const userErrors: readonly UserErrorFieldsFragment[] | undefined = accepted.data?.transitionReferral.userErrors;
  const since = referral.history.at(-1)?.at;
  return (
    <li className={`referral urgency-${referral.urgency.toLowerCase()}`} data-referral={referral.id} data-status={referral.status}>
      <div>
        <strong>{referral.originFacility.name}</strong> → {referral.destinationFacility?.name ?? "—"}
      </div>
      <div className="meta">
        {t("urgency")}: {referral.urgency} · {t("diagnosis")}: {referral.diagnosisIcd10} · {t("status")}: {referral.status}
        {since && (
          <>
            {" · "}
            {t("elapsed")}: {duration((Date.now() - new Date(since).getTime()) / 1000)}
          </>
        )}
      </div>
      {canAccept && referral.status === "PLACED" && (
        <button
          type="button"
          disabled={accepted.fetching}
          aria-label={`${t("accept")}: ${referral.originFacility.name} (${referral.diagnosisIcd10})`}
          onClick={() => void accept({ id: referral.id, expectedVersion: referral.version })}
        >
          {t("accept")}
        </button>
      )}
      {onCoordinated && <CoordinationActions referral={referral} onChanged={onCoordinated} />}
      {accepted.data?.transitionReferral.referral && userErrors?.length === 0 && <p role="status">{t("accepted")}</p>}
      <Refusal error={accepted.error} userErrors={userErrors} />
    </li>
  );
}
