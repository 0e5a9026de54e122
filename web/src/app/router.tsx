// URL state in one place: the view is the path, its parameters the query string. Uses the history
// API, so every state has a shareable address and back/forward work.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

export interface Location {
  path: string;
  search: string;
  query: URLSearchParams;
}

const listeners = new Set<() => void>();
let current = read();

function read(): Location {
  return { path: window.location.pathname, search: window.location.search, query: new URLSearchParams(window.location.search) };
}

function changed() {
  const next = read();
  if (next.path === current.path && next.search === current.search) return;
  current = next;
  for (const listener of listeners) listener();
}

window.addEventListener("popstate", changed);

export function useLocation(): Location {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** Goes to `to` (path with optional ?query). replace: change the address without a history entry. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  changed();
}

/** Builds "/path?a=1&b=2", leaving out empty values. */
export function href(path: string, params: Record<string, string | number | boolean | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** An entity id as a path segment; the ":" of "person:xyz" stays readable. */
export function idSegment(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ":");
}

/** Replaces some query parameters of the current address (a filter change) as a new history entry. */
export function setQuery(params: Record<string, string | number | null | undefined>, options: { replace?: boolean } = {}): void {
  const query = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") query.delete(key);
    else query.set(key, String(value));
  }
  const text = query.toString();
  navigate(text ? `${window.location.pathname}?${text}` : window.location.pathname, options);
}

/** An <a> that navigates in the page (a new tab or window on modifier clicks, like any link). */
export function Link({ to, onClick, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
