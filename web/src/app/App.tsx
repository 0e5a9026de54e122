// The page frame: a header with the search box and navigation, the view for the address, a footer.
import { useEffect } from "react";
import { SearchBox } from "../views/search/SearchBox";
import { Link, useLocation } from "./router";
import { matchRoute, ROUTES } from "./routes";

export function App() {
  const location = useLocation();
  const match = matchRoute(location.path);
  useEffect(() => {
    // A new view starts at the top, and keyboard users land on its heading.
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>("main h1")?.focus({ preventScroll: true });
  }, [location.path]);
  return (
    <div className="app">
      <a className="skip" href="#main">
        Skip to the content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          EU–Japan STI explorer
        </Link>
        <div className="topbar-search">
          <SearchBox compact />
        </div>
        <nav aria-label="Views">
          {ROUTES.filter((r) => r.nav).map((r) => (
            <Link key={r.path} to={r.path} aria-current={location.path === r.path ? "page" : undefined}>
              {r.nav}
            </Link>
          ))}
          <a href="/graphql">GraphQL IDE</a>
        </nav>
      </header>
      <main id="main">
        {match ? (
          <match.route.component key={match.route.path} params={match.params} query={location.query} />
        ) : (
          <section>
            <h1 tabIndex={-1}>Page not found</h1>
            <p>
              Nothing lives at <code>{location.path}</code>. <Link to="/">Search the graph</Link> instead.
            </p>
          </section>
        )}
      </main>
    </div>
  );
}
