// Every view of the explorer, in one place: its address pattern, its title and its component.
// To add a view: make web/src/views/<view>/<View>View.tsx and add one entry here (see web/README.md).
import type { ComponentType } from "react";
import { EntityView } from "../views/entity/EntityView";
import { HomeView } from "../views/search/HomeView";
import { SearchView } from "../views/search/SearchView";
import { NetworkView } from "../views/network/NetworkView";
import { WhoMetView } from "../views/who-met/WhoMetView";
import { ConnectionView } from "../views/connection/ConnectionView";
import { InstitutionNetworkView } from "../views/institutions/InstitutionNetworkView";
import { TimelineView } from "../views/timeline/TimelineView";
import { TracesView } from "../views/traces/TracesView";

/** What every view receives: path parameters (decoded) and the query string. */
export interface ViewProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

export interface RouteDef {
  /** "/who-met/:id" — ":name" matches one path segment. */
  path: string;
  component: ComponentType<ViewProps>;
  /** Shown in the navigation bar when set (views that need no parameter). */
  nav?: string;
}

export const ROUTES: RouteDef[] = [
  { path: "/", component: HomeView },
  { path: "/search", component: SearchView, nav: "Search" },
  { path: "/entity/:id", component: EntityView },
  { path: "/network/:id", component: NetworkView },
  { path: "/who-met/:id", component: WhoMetView },
  { path: "/connection", component: ConnectionView, nav: "Connection" },
  { path: "/traces", component: TracesView, nav: "Priority traces" },
  { path: "/traces/:id", component: TracesView },
  { path: "/institutions", component: InstitutionNetworkView, nav: "Institutions" },
  { path: "/institutions/:id", component: InstitutionNetworkView },
  { path: "/timeline", component: TimelineView, nav: "Timeline" },
];

export function matchRoute(path: string): { route: RouteDef; params: Record<string, string> } | null {
  const segments = path.replace(/\/+$/, "").split("/").slice(1);
  for (const route of ROUTES) {
    const pattern = route.path === "/" ? [] : route.path.split("/").slice(1);
    if (path !== "/" && pattern.length === 0) continue;
    if (pattern.length !== (path === "/" ? 0 : segments.length)) continue;
    const params: Record<string, string> = {};
    let ok = true;
    pattern.forEach((part, i) => {
      const segment = segments[i] ?? "";
      if (part.startsWith(":")) {
        try {
          params[part.slice(1)] = decodeURIComponent(segment);
        } catch {
          ok = false;
        }
      } else if (part !== segment) ok = false;
    });
    if (ok) return { route, params };
  }
  return null;
}
