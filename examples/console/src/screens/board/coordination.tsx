import { useId, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import type { ReferralAction } from "../../gql/graphql";
import { Refusal } from "../../shared/errors";
import { useI18n } from "../../shared/i18n";
import type { BoardReferral } from "./board";

const FacilitiesWithClinic = graphql(`
  query FacilitiesWithClinic($clinic: String!, $provinceCode: String) {
    facilities(first: 100, filter: { clinic: $clinic, provinceCode: $provinceCode }) {
      edges {
        node {
          id
          code
          name
          province {
            code
          }
        }
      }
    }
  }
`);

const ProvinceChoices = graphql(`
  query ProvinceChoices {
    provinces(first: 81) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);

const CoordinateReferral = graphql(`
  mutation CoordinateReferral($id: ID!, $expectedVersion: Int!, $action: ReferralAction!, $destinationFacilityId: ID, $reason: String) {
    transitionReferral(
      input: { id: $id, action: $action, expectedVersion: $expectedVersion, destinationFacilityId: $destinationFacilityId, reason: $reason }
    ) {
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

/**
 * The coordination unit's moves on a referral waiting for a place (REF-2, TP-4): place it with a facility that has its
 * clinic, escalate a temporary-protection case to the unit, or cancel it with a reason. The API decides each (TP-3
 * out of the province, the reason, who may move it) and its refusal is shown as given.
 */
export function CoordinationActions({ referral, onChanged }: { referral: BoardReferral; onChanged: () => void }) {
  const { t } = useI18n();
  const id = useId();
  // The destinations narrowed by province (all by default): a clinic can be in more facilities than one page holds.
  const [province, setProvince] = useState("");
  const [provinces] = useQuery({ query: ProvinceChoices });
  const [facilities] = useQuery({
    query: FacilitiesWithClinic,
    variables: { clinic: referral.clinic.code, provinceCode: province || null },
  });
  const [moved, move] = useMutation(CoordinateReferral);
  const [destination, setDestination] = useState("");
  const [reason, setReason] = useState("");
  const options = (facilities.data?.facilities.edges.map((e) => e.node) ?? []).filter((f) => f.code !== referral.originFacility.code);
  const run = async (action: ReferralAction, extra: { destinationFacilityId?: string; reason?: string } = {}) => {
    const result = await move({ id: referral.id, expectedVersion: referral.version, action, ...extra });
    if (result.data?.transitionReferral.userErrors.length === 0) onChanged();
  };
  const temporaryProtection = referral.patient?.category === "TEMPORARY_PROTECTION";
  return (
    <div className="coordination" data-testid="coordination">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run("PLACE", { destinationFacilityId: destination });
        }}
      >
        <label htmlFor={`${id}-province`}>{t("province")}</label>{" "}
        <select id={`${id}-province`} value={province} onChange={(event) => setProvince(event.target.value)}>
          <option value="">{t("allProvinces")}</option>
          {provinces.data?.provinces.edges.map(({ node }) => (
            <option key={node.code} value={node.code}>
              {node.code} {node.name}
            </option>
          ))}
        </select>{" "}
        <label htmlFor={`${id}-destination`}>
          {t("placeAt")} ({t("clinic")}: {referral.clinic.code})
        </label>{" "}
        <select id={`${id}-destination`} required value={destination} onChange={(event) => setDestination(event.target.value)}>
          <option value="" />
          {options.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name} ({f.province?.code ?? "—"})
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="primary" disabled={moved.fetching}>
          {t("place")}
        </button>
      </form>
      {temporaryProtection && (referral.status === "REQUESTED" || referral.status === "REJECTED") && (
        <button type="button" disabled={moved.fetching} onClick={() => void run("ESCALATE")}>
          {t("escalate")}
        </button>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          // An empty reason is sent as none, so the API answers with its own rule (REF-2) rather than a format error.
          void run("CANCEL", { reason: reason.trim() || undefined });
        }}
      >
        <label htmlFor={`${id}-reason`}>{t("cancelReason")}</label>{" "}
        <input id={`${id}-reason`} value={reason} maxLength={1000} onChange={(event) => setReason(event.target.value)} />{" "}
        <button type="submit" disabled={moved.fetching}>
          {t("cancelReferral")}
        </button>
      </form>
      {moved.data?.transitionReferral.referral && (
        <p role="status">
          {t("saved")}: {moved.data.transitionReferral.referral.status}
        </p>
      )}
      <Refusal error={provinces.error ?? facilities.error ?? moved.error} userErrors={moved.data?.transitionReferral.userErrors} />
    </div>
  );
}
