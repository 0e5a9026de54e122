// The network around an entity: /network/<id>?expand=<id>,<id>&cap=25. The entity and its
// neighbours, styled by kind with a legend; clicking a node expands it (its first `cap`
// relationships, 25 unless the address says otherwise), a node with more shows "+N more" and can
// load the next ones; clicking a link shows its evidence. The expanded nodes are in the address,
// so the picture can be shared.
import { useEffect, useMemo, useRef, useState } from "react";
import { entityRef, relations } from "../../api/queries";
import type { EntityRef, Relation } from "../../api/types";
import { idSegment, Link, setQuery } from "../../app/router";
import type { ViewProps } from "../../app/routes";
import { GraphView } from "../../graph/GraphView";
import type { GraphEdge, GraphNode } from "../../graph/types";
import { EvidencePanel } from "../../ui/EvidencePanel";
import { EntityLink, KindBadge } from "../../ui/EntityLink";
import { relationText } from "../../ui/relation";
import { ErrorState, Loading } from "../../ui/States";
import { roleLabel, tierLabel } from "../../ui/kinds";

/** Most neighbours fetched per expansion (and per "more"), unless ?cap= says otherwise (1–100). */
export const EXPAND_CAP = 25;

function capFrom(query: URLSearchParams): number {
  const cap = Number(query.get("cap"));
  return Number.isInteger(cap) && cap >= 1 && cap <= 100 ? cap : EXPAND_CAP;
}

interface Loaded {
  relations: Relation[];
  total: number;
  cursor: string | null;
  hasNext: boolean;
}

interface Link2 {
  id: string;
  from: string;
  to: string;
  relation: Relation;
  seenFrom: string;
}

/** One key per stored relationship, whichever end it was read from. */
function linkKey(seenFrom: string, r: Relation): string {
  const [from, to] = r.outgoing ? [seenFrom, r.other.id] : [r.other.id, seenFrom];
  return [from, to, r.type, r.role ?? r.partnerRole ?? "", r.title ?? "", r.asOf?.value ?? "", r.date?.value ?? ""].join("|");
}

export function NetworkView({ params, query }: ViewProps) {
  const centre = params.id ?? "";
  const expandParam = query.get("expand") ?? "";
  const cap = capFrom(query);
  const expanded = useMemo(() => [centre, ...expandParam.split(",").filter((id) => id && id !== centre)], [centre, expandParam]);
  const [centreRef, setCentreRef] = useState<EntityRef | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loaded, setLoaded] = useState<Record<string, Loaded>>({});
  const [pending, setPending] = useState<Set<string>>(new Set());
  const [selectedNode, setSelectedNode] = useState<string | null>(null);
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const requested = useRef(new Set<string>());

  // A new centre (or cap) starts over.
  useEffect(() => {
    setCentreRef(null);
    setError(null);
    setLoaded({});
    setSelectedNode(null);
    setSelectedEdge(null);
    requested.current = new Set();
    const controller = new AbortController();
    entityRef(centre, controller.signal).then(setCentreRef, (e: unknown) => {
      if (!controller.signal.aborted) setError(e);
    });
    return () => controller.abort();
  }, [centre, cap]);

  const fetchPage = (id: string, after: string | null) => {
    setPending((p) => new Set(p).add(id));
    relations(id, { first: cap, after }).then(
      (page) => {
        setLoaded((previous) => {
          const before = previous[id];
          return {
            ...previous,
            [id]: {
              relations: [...(after && before ? before.relations : []), ...page.edges.map((e) => e.node)],
              total: page.totalCount,
              cursor: page.pageInfo.endCursor,
              hasNext: page.pageInfo.hasNextPage,
            },
          };
        });
        setPending((p) => {
          const next = new Set(p);
          next.delete(id);
          return next;
        });
      },
      (e: unknown) => {
        setError(e);
        setPending((p) => {
          const next = new Set(p);
          next.delete(id);
          return next;
        });
      },
    );
  };

  // Every expanded node gets its first page once.
  useEffect(() => {
    if (!centreRef) return;
    for (const id of expanded) {
      if (requested.current.has(id)) continue;
      requested.current.add(id);
      fetchPage(id, null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [centreRef, expanded]);

  const { nodes, edges, links, refs } = useMemo(() => {
    const refs = new Map<string, EntityRef>();
    if (centreRef) refs.set(centreRef.id, centreRef);
    const links = new Map<string, Link2>();
    for (const [id, page] of Object.entries(loaded)) {
      for (const relation of page.relations) {
        refs.set(relation.other.id, relation.other);
        const key = linkKey(id, relation);
        if (!links.has(key)) {
          links.set(key, { id: key, from: id, to: relation.other.id, relation, seenFrom: id });
        }
      }
    }
    const nodes: GraphNode[] = [...refs.values()].map((ref) => {
      const page = loaded[ref.id];
      const more = page ? page.total - page.relations.length : 0;
      return {
        id: ref.id,
        label: more > 0 ? `${ref.name} (+${more} more)` : ref.name,
        kind: ref.kind,
        size: ref.id === centre ? 14 : page ? 10 : 7,
        note: page ? (more > 0 ? `expanded, ${more} more not shown` : "expanded") : "click to expand",
      };
    });
    const edges: GraphEdge[] = [...links.values()].map((link) => ({
      id: link.id,
      source: link.from,
      target: link.to,
      label: relationText(link.relation),
      stated: link.relation.stated,
    }));
    return { nodes, edges, links, refs };
  }, [loaded, centreRef, centre]);

  const expand = (id: string) => {
    setSelectedNode(id);
    setSelectedEdge(null);
    if (!expanded.includes(id)) setQuery({ expand: [...expanded.slice(1), id].join(",") });
  };

  if (error) {
    return (
      <section>
        <h1 tabIndex={-1}>Network</h1>
        <ErrorState error={error} />
      </section>
    );
  }
  if (!centreRef) return <Loading what={`the network of ${centre}`} />;

  const link = selectedEdge ? links.get(selectedEdge) : undefined;
  const node = selectedNode ? refs.get(selectedNode) : undefined;
  const nodePage = selectedNode ? loaded[selectedNode] : undefined;
  const centrePage = loaded[centre];
  return (
    <section className="network-view">
      <header className="view-header">
        <h1 tabIndex={-1}>
          Network of <EntityLink entity={centreRef} />
        </h1>
        <p className="muted">
          {centrePage ? `${centrePage.total} relationships` : ""}
          {expanded.length > 1 ? ` · ${expanded.length - 1} more node${expanded.length > 2 ? "s" : ""} expanded` : ""}. Click a node to expand it
          (up to {cap} neighbours at a time), a link to see its evidence.{" "}
          {expanded.length > 1 && (
            <button type="button" className="linklike" onClick={() => setQuery({ expand: null })}>
              Collapse all
            </button>
          )}
        </p>
      </header>
      {pending.size > 0 && <Loading what="neighbours" />}
      <div className="graph-with-panel">
        <GraphView
          nodes={nodes}
          edges={edges}
          centre={centre}
          selectedNode={selectedNode}
          selectedEdge={selectedEdge}
          onNodeClick={expand}
          onEdgeClick={(id) => {
            setSelectedEdge(id);
            setSelectedNode(null);
          }}
          nodeWord="entities"
          edgeWord="relationships"
        />
        <div className="side">
          {link && (
            <EvidencePanel
              title={
                <>
                  <EntityLink entity={refs.get(link.relation.outgoing ? link.seenFrom : link.relation.other.id)!} />{" "}
                  <span className="rel-type">{link.relation.type.toLowerCase().replace(/_/g, " ")}</span>{" "}
                  <EntityLink entity={refs.get(link.relation.outgoing ? link.relation.other.id : link.seenFrom)!} />
                </>
              }
              stated={link.relation.stated}
              evidence={link.relation.evidence}
              details={
                <p className="muted">
                  {[
                    link.relation.role && roleLabel(link.relation.role),
                    link.relation.partnerRole,
                    link.relation.title,
                    link.relation.tier && `${tierLabel(link.relation.tier)} priority`,
                    link.relation.asOf?.value,
                    link.relation.date?.value,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              }
              onClose={() => setSelectedEdge(null)}
            />
          )}
          {node && (
            <aside className="node-panel" aria-label="Selected node">
              <h3>
                <KindBadge kind={node.kind} /> {node.name}
              </h3>
              {nodePage ? (
                <p>
                  {nodePage.relations.length} of {nodePage.total} relationships shown.
                  {nodePage.hasNext && (
                    <>
                      {" "}
                      <strong>{nodePage.total - nodePage.relations.length} more.</strong>{" "}
                      <button type="button" onClick={() => fetchPage(node.id, nodePage.cursor)} disabled={pending.has(node.id)}>
                        Show {Math.min(cap, nodePage.total - nodePage.relations.length)} more
                      </button>
                    </>
                  )}
                </p>
              ) : (
                <p>Loading its neighbours …</p>
              )}
              <p>
                <Link to={`/entity/${idSegment(node.id)}`}>Open its page</Link> ·{" "}
                <Link to={`/network/${idSegment(node.id)}`}>Centre the network on it</Link>
                {node.kind === "PERSON" && (
                  <>
                    {" "}
                    · <Link to={`/who-met/${idSegment(node.id)}`}>Who met whom</Link>
                  </>
                )}
              </p>
            </aside>
          )}
          {!link && !node && <p className="muted side-hint">Select a link to see the quote or the curator’s reason behind it.</p>}
        </div>
      </div>
    </section>
  );
}
