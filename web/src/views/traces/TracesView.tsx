// Priority traces: a project's chains to the cooperation priorities it serves (projectPriorities),
// drawn as a small layered graph (columns = hop depth from the project), with a table of the traces:
// the priority, its tier, the document or meeting that sets it, and whether every hop is stated or
// some are inferred. A hop's evidence on click. /traces picks a project; /traces/<project id> shows it.
import { useState } from "react";
import { projectPriorities, type PriorityTrace } from "../../api/analysis";
import type { EntityRef } from "../../api/types";
import { idSegment, Link, navigate } from "../../app/router";
import type { ViewProps } from "../../app/routes";
import { useApi } from "../../api/useApi";
import { LayeredGraph } from "../../graph/LayeredGraph";
import { EntityPicker } from "../../ui/EntityPicker";
import { StatedBadge } from "../../ui/EvidencePanel";
import { HopPanel, hopKey, layeredPaths } from "../../ui/hops";
import { Empty, ErrorState, Loading } from "../../ui/States";
import { roleLabel, tierLabel } from "../../ui/kinds";
import "../analysis.css";

const TIER_ORDER: Record<string, number> = { FLAGSHIP: 0, ONGOING: 1, POTENTIAL: 2 };
const byTier = (a: PriorityTrace, b: PriorityTrace) =>
  (TIER_ORDER[a.tier] ?? 9) - (TIER_ORDER[b.tier] ?? 9) || a.priority.name.localeCompare(b.priority.name) || a.length - b.length;

export function TracesView({ params }: ViewProps) {
  const projectId = params.id ?? "";
  const result = useApi(async (signal) => (projectId ? projectPriorities(projectId, signal) : null), [projectId]);
  const [selected, setSelected] = useState<string | null>(null);
  const choose = (entity: EntityRef | null) => {
    setSelected(null);
    navigate(entity ? `/traces/${idSegment(entity.id)}` : "/traces");
  };
  const project = result.status === "ok" && result.data ? result.data.project : null;
  const traces = result.status === "ok" && result.data ? [...result.data.traces].sort(byTier) : [];
  const notShown = result.status === "ok" && result.data ? result.data.totalCount - result.data.traces.length : 0;
  const deepest = traces.reduce((max, t) => Math.max(max, t.length), 0);
  // Priorities in the last column, the documents and meetings that set them just before; the chain
  // from the project fills the columns between, by hop depth.
  const priorities = new Set(traces.map((t) => t.priority.id));
  const setters = new Set(traces.map((t) => t.setBy.id));
  const drawn =
    traces.length > 0
      ? layeredPaths(traces, (id) => (priorities.has(id) ? deepest : setters.has(id) && id !== projectId ? deepest - 1 : undefined))
      : null;
  const hop = selected && drawn ? drawn.hops.get(selected) : undefined;

  return (
    <section className="analysis-view traces-view">
      <h1 tabIndex={-1}>{project ? `Priorities served by ${project.name}` : "Priority traces"}</h1>
      <p className="muted">
        Which cooperation priorities a project serves, and through which chain: every hop stated by a source, or inferred by a curator with a reason.
      </p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <EntityPicker label="Project" value={project} onChange={choose} kinds={["PROJECT"]} testId="traces-project" />
      </form>
      {!projectId && <Empty>Pick a project to see the priorities it serves.</Empty>}
      {result.status === "loading" && projectId && <Loading what="the priority traces" />}
      {result.status === "error" && <ErrorState error={result.error} retry={result.retry} />}
      {project && traces.length === 0 && <Empty>No chain links {project.name} to a priority set by a roadmap, agreement or meeting.</Empty>}
      {drawn && (
        <div className="with-panel">
          <div className="main-column">
            <p className="summary" data-testid="traces-summary">
              {traces.length} {traces.length === 1 ? "trace" : "traces"} to {new Set(traces.map((t) => t.priority.id)).size} priorities. Click a link to see its
              evidence.
              {notShown > 0 && ` ${notShown} more ${notShown === 1 ? "trace is" : "traces are"} not shown (only the first ${traces.length}, flagship priorities and shorter chains first).`}
            </p>
            <LayeredGraph
              nodes={drawn.nodes}
              edges={drawn.edges}
              title={`Priority traces of ${project!.name}`}
              layerNames={Array.from({ length: deepest + 1 }, (_, i) => (i === 0 ? "project" : i === deepest ? "priority" : i === deepest - 1 ? "set by" : `hop ${i}`))}
              onEdgeClick={setSelected}
              selectedEdge={selected}
              exportEdges={drawn.edges.map((e) => {
                const h = drawn.hops.get(e.id)!;
                return { ...e, attributes: { type: h.type, tier: h.tier && tierLabel(h.tier), role: h.role && roleLabel(h.role), partnerRole: h.partnerRole, evidence: h.evidence.map((x) => x.quote ?? x.curatedReason).join(" | ") } };
              })}
            />
            <table className="traces" data-testid="traces-table">
              <thead>
                <tr>
                  <th scope="col">Priority</th>
                  <th scope="col">Tier</th>
                  <th scope="col">Set by</th>
                  <th scope="col">Chain</th>
                  <th scope="col">Hops</th>
                </tr>
              </thead>
              <tbody>
                {traces.map((trace, i) => (
                  <tr key={i}>
                    <td>
                      <Link to={`/entity/${idSegment(trace.priority.id)}`}>{trace.priority.name}</Link>
                    </td>
                    <td>{tierLabel(trace.tier)}</td>
                    <td>
                      <Link to={`/entity/${idSegment(trace.setBy.id)}`}>{trace.setBy.name}</Link>
                    </td>
                    <td>
                      <StatedBadge stated={trace.stated} />
                    </td>
                    <td>
                      {trace.hops.map((h, j) => (
                        <button
                          key={j}
                          type="button"
                          className="linklike hop-button"
                          onClick={() => setSelected(hopKey(h))}
                          aria-pressed={selected === hopKey(h)}
                          title={h.stated ? "stated by a source" : "inferred by a curator"}
                        >
                          {j > 0 ? " → " : ""}
                          {h.type.toLowerCase().replace(/_/g, " ")}
                          {h.stated ? "" : "*"}
                        </button>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">* inferred (curated) hop.</p>
          </div>
          {hop && <HopPanel hop={hop} names={drawn.names} onClose={() => setSelected(null)} />}
        </div>
      )}
    </section>
  );
}
