// Connection: two entities picked with the search suggestions, and the shortest paths between them
// (howConnected) drawn as a layered graph; each hop's type and evidence on click. The ends and the
// longest path asked for live in the address (/connection?from=…&to=…&hops=4).
import { useState } from "react";
import { howConnected } from "../../api/analysis";
import { entityRef } from "../../api/queries";
import type { EntityRef } from "../../api/types";
import { setQuery } from "../../app/router";
import type { ViewProps } from "../../app/routes";
import { useApi } from "../../api/useApi";
import { LayeredGraph } from "../../graph/LayeredGraph";
import { EntityPicker } from "../../ui/EntityPicker";
import { HopPanel, hopKey, hopLabel, layeredPaths } from "../../ui/hops";
import { Empty, ErrorState, Loading } from "../../ui/States";
import { roleLabel, tierLabel } from "../../ui/kinds";
import "../analysis.css";

const MAX_HOPS = 6;

export function ConnectionView({ query }: ViewProps) {
  const fromId = query.get("from") ?? "";
  const toId = query.get("to") ?? "";
  const hops = Math.min(MAX_HOPS, Math.max(1, Number(query.get("hops")) || 4));
  const ends = useApi(
    async (signal) => Promise.all([fromId ? entityRef(fromId, signal) : null, toId ? entityRef(toId, signal) : null]),
    [fromId, toId],
  );
  const ready = Boolean(fromId && toId && fromId !== toId);
  const paths = useApi(async (signal) => (ready ? howConnected(fromId, toId, { maxHops: hops, limit: 10 }, signal) : null), [fromId, toId, hops]);
  const [selected, setSelected] = useState<string | null>(null);

  const pick = (end: "from" | "to") => (entity: EntityRef | null) => {
    setSelected(null);
    setQuery({ [end]: entity?.id ?? null });
  };
  const [from, to] = ends.status === "ok" ? ends.data : [null, null];
  const drawn = paths.status === "ok" && paths.data ? layeredPaths(paths.data) : null;
  const hop = selected && drawn ? drawn.hops.get(selected) : undefined;
  const title = from && to ? `Connection ${from.name} – ${to.name}` : "Connection";

  return (
    <section className="analysis-view connection-view">
      <h1 tabIndex={-1}>How are they connected?</h1>
      <p className="muted">Pick two entities: the shortest chains of relationships between them are drawn, each hop with its evidence.</p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <EntityPicker label="From" value={from} onChange={pick("from")} testId="connection-from" />
        <EntityPicker label="To" value={to} onChange={pick("to")} testId="connection-to" />
        <label>
          At most{" "}
          <select value={hops} onChange={(e) => setQuery({ hops: e.target.value })} aria-label="Longest path, in hops">
            {Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>{" "}
          hops
        </label>
      </form>
      {ends.status === "error" && <ErrorState error={ends.error} retry={ends.retry} />}
      {fromId && toId && fromId === toId && <Empty>Pick two different entities.</Empty>}
      {ready && paths.status === "loading" && <Loading what="the shortest paths" />}
      {/* An unknown end fails both requests (howConnected answers NOT_FOUND): say it once. */}
      {paths.status === "error" && ends.status !== "error" && <ErrorState error={paths.error} retry={paths.retry} />}
      {paths.status === "ok" && paths.data && paths.data.length === 0 && (
        <Empty>
          No chain of at most {hops} hops links {from?.name ?? fromId} and {to?.name ?? toId}.
          {hops < MAX_HOPS && " Allow more hops to look further."}
        </Empty>
      )}
      {drawn && paths.status === "ok" && paths.data && paths.data.length > 0 && (
        <div className="with-panel">
          <div className="main-column">
            <p className="summary" data-testid="connection-summary">
              {paths.data.length} shortest {paths.data.length === 1 ? "path" : "paths"} of {paths.data[0]!.length} {paths.data[0]!.length === 1 ? "hop" : "hops"}.
              Click a link to see its evidence.
            </p>
            <LayeredGraph
              nodes={drawn.nodes}
              edges={drawn.edges}
              title={title}
              onEdgeClick={setSelected}
              selectedEdge={selected}
              exportEdges={drawn.edges.map((e) => {
                const h = drawn.hops.get(e.id)!;
                return { ...e, attributes: { type: h.type, storedFrom: h.fromId, storedTo: h.toId, role: h.role && roleLabel(h.role), partnerRole: h.partnerRole, title: h.title, tier: h.tier && tierLabel(h.tier), evidence: h.evidence.map((x) => x.quote ?? x.curatedReason).join(" | ") } };
              })}
            />
            <ol className="path-list">
              {paths.data.map((path, i) => (
                <li key={i}>
                  {path.nodes.map((node, j) => {
                    const h = path.hops[j];
                    return (
                      <span key={`${node.id}-${j}`}>
                        {node.name}
                        {h && (
                          <>
                            {" "}
                            <button type="button" className="linklike hop-button" onClick={() => setSelected(hopKey(h))} aria-pressed={selected === hopKey(h)}>
                              — {hopLabel(h)}
                              {h.stated ? "" : " (inferred)"} —
                            </button>{" "}
                          </>
                        )}
                      </span>
                    );
                  })}
                </li>
              ))}
            </ol>
          </div>
          {hop && <HopPanel hop={hop} names={drawn.names} onClose={() => setSelected(null)} />}
        </div>
      )}
    </section>
  );
}
