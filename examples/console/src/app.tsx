import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Provider, useQuery } from "urql";
import { graphql } from "./gql";
import { loadUser, onUserChange, signIn, signOut } from "./shared/auth";
import { consoleClient } from "./shared/client";
import { Loading, Refusal } from "./shared/errors";
import { useI18n, type Label } from "./shared/i18n";
import { hrefOf, useRoute, type Route } from "./shared/router";
import { AccessLog } from "./screens/access-log/access-log";
import { Adequacy } from "./screens/adequacy/adequacy";
import { Approvals } from "./screens/approvals/approvals";
import { Board } from "./screens/board/board";
import { Claims } from "./screens/claims/claims";
import { Submissions } from "./screens/submissions/submissions";

const ViewerQuery = graphql(`
  query ConsoleViewer {
    viewer {
      clientId
      name
      role
      scope
      person {
        displayName
        username
      }
    }
  }
`);

export interface Viewer {
  clientId: string;
  name?: string | null;
  role: string;
  scope: string;
  person?: { displayName: string; username: string } | null;
}

/** Which pages each role has; the API still decides every field (a refusal shows its rule). */
const pagesByRole: Record<string, Route[]> = {
  COORDINATION_UNIT: ["board", "submissions", "approvals", "adequacy"],
  AUDITOR: ["board", "approvals", "adequacy", "claims", "access-log"],
  PARTNER_HOSPITAL: ["board"],
  PROVINCIAL_DIRECTORATE: ["submissions", "adequacy"],
  INSURER: ["claims"],
  DEPARTMENT_HEAD: ["approvals"],
  DEPUTY_GENERAL_DIRECTOR: ["approvals"],
  GENERAL_DIRECTOR: ["approvals"],
  EMERGENCY_112: ["board"],
  PROVINCIAL_CRISIS_CENTRE: ["board"],
  NATIONAL_CRISIS_CENTRE: ["board"],
};

const labelOf: Record<Route, Label> = {
  board: "board",
  submissions: "submissions",
  approvals: "approvals",
  adequacy: "adequacy",
  claims: "claims",
  "access-log": "accessLog",
};

export function App() {
  const { t } = useI18n();
  const [state, setState] = useState<"loading" | "signed-out" | "signed-in">("loading");
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadUser().then(
      (user) => setState(user ? "signed-in" : "signed-out"),
      (e: Error) => {
        setError(e.message);
        setState("signed-out");
      },
    );
    return onUserChange((user) => setState(user ? "signed-in" : "signed-out"));
  }, []);
  const client = useMemo(() => (state === "signed-in" ? consoleClient() : null), [state]);

  if (state === "loading") return <Loading />;
  if (!client)
    return (
      <Frame>
        <main id="main" tabIndex={-1} className="sign-in">
          <h1>{t("appName")}</h1>
          <p>{t("signInIntro")}</p>
          {error && <p role="alert" className="refusal">{error}</p>}
          <button type="button" className="primary" onClick={() => void signIn()}>
            {t("signIn")}
          </button>
        </main>
      </Frame>
    );
  return (
    <Provider value={client}>
      <SignedIn />
    </Provider>
  );
}

/** The header with the language switch, on every page. */
function Frame({ children, nav }: { children: ReactNode; nav?: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="top">
        <span className="brand">{t("appName")}</span>
        {nav}
        <button
          type="button"
          className="language"
          lang={language === "tr" ? "en" : "tr"}
          aria-label={`${t("language")}: ${t("switchLanguage")}`}
          onClick={() => setLanguage(language === "tr" ? "en" : "tr")}
        >
          {t("switchLanguage")}
        </button>
      </header>
      {children}
    </>
  );
}

function SignedIn() {
  const { t } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: ViewerQuery });
  const [route, navigate] = useRoute();
  const heading = useRef<HTMLElement>(null);
  const viewer = data?.viewer;
  const pages = viewer ? (pagesByRole[viewer.role] ?? []) : [];
  const page = route ?? pages[0];
  useEffect(() => {
    if (route) heading.current?.focus();
  }, [route]);

  const nav = viewer && (
    <>
      <nav aria-label={t("menu")} className="menu">
        <ul>
          {pages.map((p) => (
            <li key={p}>
              <a
                href={hrefOf(p)}
                aria-current={p === page ? "page" : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(p);
                }}
              >
                {t(labelOf[p])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <span className="who" aria-label={t("signedInAs")}>
        {viewer.person?.displayName ?? viewer.name ?? viewer.clientId} · {viewer.role} · {viewer.scope}
      </span>
      <button type="button" onClick={() => void signOut()}>
        {t("signOut")}
      </button>
    </>
  );
  return (
    <Frame nav={nav}>
      <main id="main" tabIndex={-1} ref={heading}>
        {fetching && !data && <Loading />}
        <Refusal error={error} />
        {viewer && page && <Page route={page} viewer={viewer} />}
      </main>
    </Frame>
  );
}

function Page({ route, viewer }: { route: Route; viewer: Viewer }) {
  switch (route) {
    case "board":
      return <Board viewer={viewer} />;
    case "submissions":
      return <Submissions viewer={viewer} />;
    case "approvals":
      return <Approvals viewer={viewer} />;
    case "adequacy":
      return <Adequacy />;
    case "claims":
      return <Claims viewer={viewer} />;
    case "access-log":
      return <AccessLog />;
  }
}
