// Every result of a search, paged: /search?q=text
import { useState } from "react";
import { searchEntities } from "../../api/queries";
import { useApi } from "../../api/useApi";
import { idSegment, Link } from "../../app/router";
import type { ViewProps } from "../../app/routes";
import { kindStyle } from "../../ui/kinds";
import { Empty, ErrorState, Loading } from "../../ui/States";
import { SearchBox } from "./SearchBox";

export function SearchView({ query }: ViewProps) {
  const text = query.get("q")?.trim() ?? "";
  const [size, setSize] = useState(25);
  const result = useApi((signal) => (text ? searchEntities(text, Math.min(size, 100), signal) : Promise.resolve(null)), [text, size]);
  return (
    <section>
      <h1 tabIndex={-1}>{text ? `Search: ${text}` : "Search"}</h1>
      <SearchBox key={text} initial={text} />
      {!text ? (
        <Empty>Type a name, an alias in Latin or Japanese script, or an acronym.</Empty>
      ) : result.status === "loading" ? (
        <Loading what="results" />
      ) : result.status === "error" ? (
        <ErrorState error={result.error} retry={result.retry} />
      ) : !result.data || result.data.totalCount === 0 ? (
        <Empty>Nothing matches “{text}”.</Empty>
      ) : (
        <>
          <p className="muted">
            {result.data.totalCount} {result.data.totalCount === 1 ? "entity" : "entities"}, best match first.
          </p>
          <ol className="results">
            {result.data.edges.map(({ node }) => (
              <li key={node.entity.id}>
                <span className="kind-badge" style={{ background: kindStyle(node.entity.kind).color }}>
                  {kindStyle(node.entity.kind).label}
                </span>{" "}
                <Link to={`/entity/${idSegment(node.entity.id)}`}>{node.entity.name}</Link>
                {node.entity.aliases.length > 0 && <span className="muted"> · {node.entity.aliases.join(", ")}</span>}
              </li>
            ))}
          </ol>
          {result.data.pageInfo.hasNextPage && size < 100 && (
            <button type="button" onClick={() => setSize((n) => n + 25)}>
              Show more
            </button>
          )}
        </>
      )}
    </section>
  );
}
