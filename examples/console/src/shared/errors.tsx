import type { CombinedError } from "urql";
import { graphql } from "../gql";
import type { UserErrorFieldsFragment } from "../gql/graphql";
import { useI18n } from "./i18n";

/** What every console mutation asks of a refusal (`userErrors { ...UserErrorFields }`): what Refusal shows. */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    code
    field
    message
    rule
  }
`);

/** A refusal as the API gives it: its rule ID (userErrors.rule or extensions.rule) and its sentence. */
export function Refusal({ error, userErrors }: { error?: CombinedError | null; userErrors?: readonly UserErrorFieldsFragment[] | null }) {
  const { t } = useI18n();
  const items: { rule?: string; code?: string; message: string; field?: string }[] = [];
  for (const e of error?.graphQLErrors ?? []) {
    const rule = e.extensions?.rule;
    items.push({ rule: typeof rule === "string" ? rule : undefined, code: String(e.extensions?.code ?? ""), message: e.message });
  }
  if (error?.networkError) items.push({ message: `${t("networkError")}: ${error.networkError.message}` });
  for (const e of userErrors ?? []) items.push({ rule: e.rule ?? undefined, code: e.code, message: e.message, field: e.field?.join(".") });
  if (items.length === 0) return null;
  return (
    <div role="alert" className="refusal">
      <strong>{t("refusal")}</strong>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            {item.rule && <span className="rule" data-rule={item.rule}>{item.rule}</span>}
            {item.code && !item.rule && <span className="rule">{item.code}</span>}
            {item.field && <code>{item.field}</code>} <span className="message">{item.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="loading">
      {t("loading")}
    </p>
  );
}
