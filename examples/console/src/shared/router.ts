import { useEffect, useState } from "react";
import { CONSOLE_BASE } from "./auth";

/** The console's pages, one path each under /console (the server answers every path there with the app). */
export const routes = ["board", "submissions", "approvals", "adequacy", "claims", "access-log"] as const;
export type Route = (typeof routes)[number];

const routeOf = (pathname: string): Route | undefined => {
  const name = pathname.slice(CONSOLE_BASE.length + 1).split("/")[0];
  return (routes as readonly string[]).includes(name ?? "") ? (name as Route) : undefined;
};

export function useRoute(): [Route | undefined, (route: Route) => void] {
  const [route, setRoute] = useState(() => routeOf(window.location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(routeOf(window.location.pathname));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const navigate = (next: Route) => {
    window.history.pushState(null, "", `${CONSOLE_BASE}/${next}`);
    setRoute(next);
  };
  return [route, navigate];
}

export const hrefOf = (route: Route) => `${CONSOLE_BASE}/${route}`;
