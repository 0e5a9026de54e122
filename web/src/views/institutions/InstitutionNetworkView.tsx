// Institutional network: the institutions linked to one institution within a depth (institutionNetwork),
// edge thickness from the shared activities (people, events, projects, agreements, hierarchy) inside the
// chosen years, a time slider (range + play) over the activities' own dates with the undated ones shown
// apart, and the activities behind an edge on click. /institutions picks one; /institutions/<id>?depth=2&from=2012&to=2016&max=500.
import { useMemo, useState } from "react";
import { institutionNetwork, type NetworkEdge, type SharedActivity } from "../../api/analysis";
import type { EntityRef } from "../../api/types";
import { idSegment, Link, navigate, setQuery } from "../../app/router";
import type { ViewProps } from "../../app/routes";
import { useApi } from "../../api/useApi";
import { GraphView } from "../../graph/GraphView";
import type { GraphEdge, GraphNode } from "../../graph/types";
import { TimeSlider } from "../../time/TimeSlider";
import { EntityPicker } from "../../ui/EntityPicker";
import { EvidencePanel } from "../../ui/EvidencePanel";
import { words } from "../../ui/kinds";
import { Empty, ErrorState, Loading } from "../../ui/States";
import "../analysis.css";

/** Institutions drawn at most: ?max=… (1 to 500, the API's limit), 200 by default. */
const DEFAULT_MAX_NODES = 200;
const yearOfActivity = (a: SharedActivity) => (a.date ? Number(a.date.earliest.slice(0, 4)) : null);
const edgeId = (e: NetworkEdge) => `${e.sourceId}|${e.targetId}`;

function activityText(a: SharedActivity): string {
  const what = a.name ?? (a.via === "HIERARCHY" ? "one is part of the other" : words(a.via));
  return `${what}${a.date ? ` (${a.date.value})` : ""}`;
}

export function InstitutionNetworkView({ params, query }: ViewProps) {
  const id = params.id ?? "";
  const depth = Math.min(3, Math.max(1, Number(query.get("depth")) || 1));
  const maxNodes = Math.min(500, Math.max(1, Math.floor(Number(query.get("max")) || DEFAULT_MAX_NODES)));
  const network = useApi(async (signal) => (id ? institutionNetwork(id, { depth, maxNodes }, signal) : null), [id, depth, maxNodes]);
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const [selectedNode, setSelectedNode] = useState<string | null>(null);
  const data = network.status === "ok" ? network.data : null;

  // The years the activities cover, and how many have no date.
  const span = useMemo(() => {
    const years = (data?.edges ?? []).flatMap((e) => e.activities.map(yearOfActivity)).filter((y): y is number => y !== null);
    return years.length ? ([Math.min(...years), Math.max(...years)] as [number, number]) : null;
  }, [data]);
  const undatedCount = useMemo(() => (data?.edges ?? []).reduce((n, e) => n + e.activities.filter((a) => yearOfActivity(a) === null).length, 0), [data]);
  const clampYear = (value: string | null, fallback: number) => {
    const year = Number(value);
    return span && Number.isInteger(year) && value ? Math.min(span[1], Math.max(span[0], year)) : fallback;
  };
  const from = span ? clampYear(query.get("from"), span[0]) : 0;
  const to = span ? Math.max(from, clampYear(query.get("to"), span[1])) : 0;
  const showUndated = query.get("undated") !== "0";

  // What the window shows: per edge, its activities inside the years (and the undated ones when asked).
  const shown = useMemo(() => {
    if (!data) return null;
    const inWindow = (a: SharedActivity) => {
      const year = yearOfActivity(a);
      return year === null ? showUndated : !span || (year >= from && year <= to);
    };
    const edges = data.edges
      .map((e) => ({ edge: e, activities: e.activities.filter(inWindow) }))
      .filter((x) => x.activities.length > 0);
    const linked = new Set(edges.flatMap((x) => [x.edge.sourceId, x.edge.targetId]));
    const nodes = data.nodes.filter((n) => n.institution.id === data.center.id || linked.has(n.institution.id));
    const datedShown = edges.reduce((n, x) => n + x.activities.filter((a) => a.date).length, 0);
    return { edges, nodes, datedShown };
  }, [data, from, to, showUndated, span]);

  const graphNodes: GraphNode[] = useMemo(
    () =>
      (shown?.nodes ?? []).map((n) => ({
        id: n.institution.id,
        label: n.institution.name,
        kind: n.institution.kind,
        size: n.depth === 0 ? 14 : n.depth === 1 ? 9 : 6,
        note: n.depth === 0 ? "centre" : `${n.depth} ${n.depth === 1 ? "link" : "links"} away`,
      })),
    [shown],
  );
  const graphEdges: GraphEdge[] = useMemo(
    () =>
      (shown?.edges ?? []).map(({ edge, activities }) => ({
        id: edgeId(edge),
        source: edge.sourceId,
        target: edge.targetId,
        label: `${activities.length} shared`,
        size: Math.min(14, 1 + activities.length * 1.5),
      })),
    [shown],
  );
  const choose = (entity: EntityRef | null) => navigate(entity ? `/institutions/${idSegment(entity.id)}${depth > 1 ? `?depth=${depth}` : ""}` : "/institutions");
  const names = new Map((data?.nodes ?? []).map((n) => [n.institution.id, n.institution.name]));
  const picked = shown?.edges.find((x) => edgeId(x.edge) === selectedEdge);
  const undatedApart = (data?.edges ?? [])
    .map((e) => ({ edge: e, activities: e.activities.filter((a) => !a.date) }))
    .filter((x) => x.activities.length > 0);

  return (
    <section className="analysis-view institutions-view">
      <h1 tabIndex={-1}>{data ? `Institutional network of ${data.center.name}` : "Institutional network"}</h1>
      <p className="muted">Institutions linked by shared people, events, projects, agreements and hierarchy; a thicker line means more shared activities in the chosen years.</p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <EntityPicker label="Institution" value={data?.center ?? null} onChange={choose} kinds={["INSTITUTION"]} testId="network-institution" />
        <label>
          Depth{" "}
          <select value={depth} onChange={(e) => setQuery({ depth: e.target.value === "1" ? null : e.target.value })} aria-label="Depth: how many links away">
            <option value="1">1 link</option>
            <option value="2">2 links</option>
            <option value="3">3 links</option>
          </select>
        </label>
      </form>
      {!id && <Empty>Pick an institution to see whom it works with.</Empty>}
      {id && network.status === "loading" && <Loading what="the institutional network" />}
      {network.status === "error" && <ErrorState error={network.error} retry={network.retry} />}
      {data && data.edges.length === 0 && <Empty>No other institution shares an activity with {data.center.name} within {depth} {depth === 1 ? "link" : "links"}.</Empty>}
      {data && data.edges.length > 0 && shown && (
        <>
          {span ? (
            <TimeSlider
              min={span[0]}
              max={span[1]}
              value={[from, to]}
              onChange={([a, b]) => setQuery({ from: a === span[0] ? null : a, to: b === span[1] ? null : b }, { replace: true })}
              undatedCount={undatedCount}
              showUndated={showUndated}
              onShowUndatedChange={(show) => setQuery({ undated: show ? null : "0" }, { replace: true })}
              itemWord="shared activities"
              shownCount={shown.datedShown}
            />
          ) : (
            <p className="muted">None of these shared activities is dated: the time slider has nothing to slide over.</p>
          )}
          {data.edges.length < data.edgeCount && (
            <p className="state state-empty" role="status" data-testid="network-links-not-shown">
              {data.edgeCount - data.edges.length} more {data.edgeCount - data.edges.length === 1 ? "link is" : "links are"} not drawn: only the {data.edges.length} heaviest of{" "}
              {data.edgeCount} were fetched.
            </p>
          )}
          {data.truncated && (
            <p className="state state-empty" role="status">
              The network is cut off at {maxNodes} institutions: deeper links are not shown{maxNodes < 500 ? " (add ?max=500 to the address for up to 500)" : ""}.
            </p>
          )}
          <div className="with-panel">
            <div className="main-column" data-testid="institution-network" data-shown-edges={graphEdges.length} data-shown-nodes={graphNodes.length}>
              <GraphView
                nodes={graphNodes}
                edges={graphEdges}
                centre={data.center.id}
                onEdgeClick={(edge) => {
                  setSelectedNode(null);
                  setSelectedEdge(edge);
                }}
                onNodeClick={(node) => {
                  setSelectedEdge(null);
                  setSelectedNode(node);
                }}
                selectedEdge={selectedEdge}
                selectedNode={selectedNode}
                nodeWord="institutions"
                edgeWord="links"
                legendExtra={[{ label: "line width: shared activities in the years shown", color: "#8a8f98", line: true }]}
                downloadName={`Institutional network of ${data.center.name} depth ${depth} ${span ? `${from}-${to}` : ""}`}
                exportNodes={shown.nodes.map((n) => ({ id: n.institution.id, label: n.institution.name, kind: n.institution.kind, attributes: { depth: n.depth } }))}
                exportEdges={shown.edges.map(({ edge, activities }) => ({
                  id: edgeId(edge),
                  source: edge.sourceId,
                  target: edge.targetId,
                  label: `${activities.length} shared`,
                  size: activities.length,
                  attributes: { via: [...new Set(activities.map((a) => a.via))].join(" "), activities: activities.map(activityText).join(" | ") },
                }))}
              />
            </div>
            {picked && (
              <EvidencePanel
                title={
                  <>
                    {names.get(picked.edge.sourceId)} — {names.get(picked.edge.targetId)}
                  </>
                }
                onClose={() => setSelectedEdge(null)}
                details={
                  <p>
                    {picked.activities.length} shared {picked.activities.length === 1 ? "activity" : "activities"} shown
                    {picked.edge.activities.length > picked.activities.length ? ` (of ${picked.edge.activities.length} in all years)` : ""}:
                  </p>
                }
              >
                <ul className="activities" data-testid="edge-activities">
                  {picked.activities.map((a, i) => (
                    <li key={i}>
                      <span className="badge">{words(a.via)}</span>{" "}
                      {a.entityId ? <Link to={`/entity/${idSegment(a.entityId)}`}>{a.name ?? a.entityId}</Link> : activityText(a)}
                      {a.date ? <span className="muted"> · {a.date.value}</span> : <span className="muted"> · undated</span>}
                    </li>
                  ))}
                </ul>
                <p className="muted">Open an activity to see its sources and quotes.</p>
              </EvidencePanel>
            )}
            {selectedNode && !picked && (
              <EvidencePanel title={names.get(selectedNode) ?? selectedNode} onClose={() => setSelectedNode(null)}>
                <p>
                  <Link to={`/entity/${idSegment(selectedNode)}`}>Open its page</Link> ·{" "}
                  <Link to={`/institutions/${idSegment(selectedNode)}${depth > 1 ? `?depth=${depth}` : ""}`}>Centre the network on it</Link>
                </p>
              </EvidencePanel>
            )}
          </div>
          {undatedApart.length > 0 && (
            <details className="undated-apart" data-testid="undated-apart">
              <summary>
                {undatedCount} undated shared {undatedCount === 1 ? "activity" : "activities"} (people, hierarchy, projects or agreements without a date)
                {showUndated ? ", drawn in every year" : ", not drawn"}
              </summary>
              <ul className="activities">
                {undatedApart.map(({ edge, activities }) => (
                  <li key={edgeId(edge)}>
                    {names.get(edge.sourceId)} — {names.get(edge.targetId)}: {activities.map(activityText).join("; ")}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
