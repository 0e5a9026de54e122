// The reusable graph: a graphology model drawn by sigma (WebGL), laid out by ForceAtlas2 in a web
// worker for a bounded time (the page stays responsive), styled by entity kind. Clicks on nodes and
// edges go to the view's callbacks; the same actions are available from a keyboard-usable list of
// nodes and links below the picture, so nothing needs a mouse.
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2, { inferSettings } from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { useEffect, useRef, useState } from "react";
import { DownloadBar } from "../export/DownloadBar";
import { sigmaPng, toGraph, type ExportEdge, type ExportNode } from "../export/exportGraph";
import { kindStyle } from "../ui/kinds";
import { Legend } from "./Legend";
import type { GraphEdge, GraphNode } from "./types";

export interface GraphViewProps {
  nodes: GraphNode[];
  edges: GraphEdge[];
  onNodeClick?: (id: string) => void;
  onEdgeClick?: (id: string) => void;
  selectedNode?: string | null;
  selectedEdge?: string | null;
  /** Node the layout starts from (placed at the centre). */
  centre?: string;
  /** Show edge labels on the picture (dates, types). */
  edgeLabels?: boolean;
  /** Words for the lists, e.g. "people" / "meetings". */
  nodeWord?: string;
  edgeWord?: string;
  /** Extra legend entries (edge styles). */
  legendExtra?: Array<{ label: string; color: string; line?: boolean }>;
  /** How long the layout may run after each change, in ms. */
  layoutMs?: number;
  height?: number;
  /** Names the downloaded files (PNG, CSV, GEXF), e.g. "Network of JST". */
  downloadName?: string;
  /** Richer rows for the CSV/GEXF download (extra columns); default: the nodes and edges drawn. */
  exportNodes?: ExportNode[];
  exportEdges?: ExportEdge[];
}

const STATED_EDGE = "#8a8f98";
const CURATED_EDGE = "#d9b36c";
const SELECTED = "#111";

export function GraphView(props: GraphViewProps) {
  const { nodes, edges, onNodeClick, onEdgeClick, selectedNode, selectedEdge, centre } = props;
  const container = useRef<HTMLDivElement>(null);
  const graphRef = useRef<Graph | null>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const layoutRef = useRef<FA2Layout | null>(null);
  const layoutTimer = useRef<number | undefined>(undefined);
  const callbacks = useRef({ onNodeClick, onEdgeClick });
  callbacks.current = { onNodeClick, onEdgeClick };
  const [webglError, setWebglError] = useState<string | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  // How many bounded layouts have finished: data-layouts-done on the wrapper tells a test or the
  // benchmark (bench/explorer-draw.ts) that the picture is drawn and has settled.
  const [layoutsDone, setLayoutsDone] = useState(0);

  // One graph and one renderer for the life of the component.
  useEffect(() => {
    const graph = new Graph({ multi: true, type: "undirected" });
    graphRef.current = graph;
    try {
      const sigma = new Sigma(graph, container.current!, {
        settings: {
          enableEdgeEvents: true,
          renderEdgeLabels: Boolean(props.edgeLabels),
          labelDensity: 0.6,
          // Node sizes and edge widths in screen pixels, whatever the extent of the layout.
          itemSizesReference: "screen",
          autoRescale: true,
        },
      });
      sigma.on("clickNode", ({ node }) => callbacks.current.onNodeClick?.(node));
      sigma.on("clickEdge", ({ edge }) => callbacks.current.onEdgeClick?.(edge));
      sigmaRef.current = sigma;
      // For browser tests and debugging: the renderer, reachable from its element.
      (container.current as HTMLDivElement & { sigma?: Sigma }).sigma = sigma;
    } catch (error) {
      setWebglError(error instanceof Error ? error.message : String(error));
    }
    return () => {
      window.clearTimeout(layoutTimer.current);
      layoutRef.current?.kill();
      sigmaRef.current?.kill();
      sigmaRef.current = null;
      graphRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Sync the model with the props: remove what left, add what came (placed next to a neighbour),
  // restyle the rest; then lay out for a bounded time in the worker.
  useEffect(() => {
    const graph = graphRef.current;
    if (!graph) return;
    const wantedNodes = new Map(nodes.map((n) => [n.id, n]));
    const wantedEdges = new Map(edges.filter((e) => wantedNodes.has(e.source) && wantedNodes.has(e.target)).map((e) => [e.id, e]));
    graph.forEachEdge((id) => {
      if (!wantedEdges.has(id)) graph.dropEdge(id);
    });
    graph.forEachNode((id) => {
      if (!wantedNodes.has(id)) graph.dropNode(id);
    });
    let added = 0;
    nodes.forEach((node, i) => {
      const attributes = {
        label: node.label,
        kind: node.kind,
        size: node.size ?? 8,
        color: kindStyle(node.kind).color,
      };
      if (graph.hasNode(node.id)) graph.mergeNodeAttributes(node.id, attributes);
      else {
        added++;
        const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1);
        const anchor = edges.find((e) => (e.source === node.id || e.target === node.id) && graph.hasNode(e.source === node.id ? e.target : e.source));
        const near = anchor ? graph.getNodeAttributes(anchor.source === node.id ? anchor.target : anchor.source) : null;
        const radius = node.id === centre ? 0 : near ? 1 : 10;
        graph.addNode(node.id, {
          ...attributes,
          x: (near ? (near.x as number) : 0) + radius * Math.cos(angle) + Math.random() * 0.1,
          y: (near ? (near.y as number) : 0) + radius * Math.sin(angle) + Math.random() * 0.1,
        });
      }
    });
    for (const edge of wantedEdges.values()) {
      const attributes = {
        label: edge.label ?? "",
        size: edge.size ?? 1.5,
        color: edge.color ?? (edge.stated === false ? CURATED_EDGE : STATED_EDGE),
        baseColor: edge.color ?? (edge.stated === false ? CURATED_EDGE : STATED_EDGE),
      };
      if (graph.hasEdge(edge.id)) graph.mergeEdgeAttributes(edge.id, attributes);
      else {
        added++;
        graph.addEdgeWithKey(edge.id, edge.source, edge.target, attributes);
      }
    }
    // Nothing new: keep the layout as it is (a running one goes on).
    if (added === 0 || graph.order < 3 || !sigmaRef.current) return;
    layoutRef.current?.kill();
    window.clearTimeout(layoutTimer.current);
    const settings = { ...inferSettings(graph), adjustSizes: false };
    // A bounded synchronous start (about 20k node-steps) so the first picture is readable, then the
    // worker refines it for layoutMs without blocking the page.
    forceAtlas2.assign(graph, { iterations: Math.max(5, Math.min(100, Math.floor(20_000 / graph.order))), settings, getEdgeWeight: null });
    const layout = new FA2Layout(graph, { settings, getEdgeWeight: null });
    layoutRef.current = layout;
    layout.start();
    setLayoutRunning(true);
    layoutTimer.current = window.setTimeout(() => {
      layout.stop();
      setLayoutRunning(false);
      setLayoutsDone((n) => n + 1);
    }, props.layoutMs ?? 1500);
  }, [nodes, edges, centre, props.layoutMs]);

  // Selection: the picked node or edge drawn darker and larger.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const graph = graphRef.current!;
    const nodeById = new Map(nodes.map((n) => [n.id, n]));
    const edgeById = new Map(edges.map((e) => [e.id, e]));
    graph.forEachNode((id, attributes) => {
      const base = nodeById.get(id);
      graph.mergeNodeAttributes(id, {
        color: id === selectedNode ? SELECTED : kindStyle(attributes.kind as string).color,
        size: (base?.size ?? 8) * (id === selectedNode ? 1.4 : 1),
        forceLabel: id === selectedNode || id === centre,
      });
    });
    graph.forEachEdge((id, attributes) => {
      const base = edgeById.get(id);
      graph.mergeEdgeAttributes(id, {
        color: id === selectedEdge ? SELECTED : (attributes.baseColor as string),
        size: (base?.size ?? 1.5) * (id === selectedEdge ? 2 : 1),
      });
    });
  }, [selectedNode, selectedEdge, nodes, edges, centre]);

  const kinds = [...new Set(nodes.map((n) => n.kind))];
  const names = new Map(nodes.map((n) => [n.id, n.label]));
  const visibleEdges = edges.filter((e) => names.has(e.source) && names.has(e.target));
  return (
    <div className="graph" data-node-count={nodes.length} data-edge-count={visibleEdges.length} data-layout={layoutRunning ? "running" : "idle"} data-layouts-done={layoutsDone}>
      <div
        ref={container}
        className="graph-canvas"
        style={{ height: props.height ?? 520 }}
        role="img"
        aria-label={`Network of ${nodes.length} ${props.nodeWord ?? "nodes"} and ${visibleEdges.length} ${props.edgeWord ?? "links"}; the lists below hold the same`}
      >
        {webglError && (
          <p className="state state-error">
            This browser cannot draw the picture (WebGL: {webglError}). The lists below show the same network.
          </p>
        )}
      </div>
      <div className="graph-footer">
        <Legend kinds={kinds} extra={props.legendExtra ?? [{ label: "stated link", color: STATED_EDGE, line: true }, { label: "inferred (curated) link", color: CURATED_EDGE, line: true }]} />
        {layoutRunning && <span className="muted" role="status">arranging …</span>}
      </div>
      <DownloadBar
        name={props.downloadName ?? "network"}
        nodes={props.exportNodes ?? nodes}
        edges={props.exportEdges ?? visibleEdges}
        picture={webglError ? undefined : () => (sigmaRef.current ? sigmaPng(sigmaRef.current) : Promise.reject(new Error("nothing is drawn")))}
        model={() => {
          const graph = graphRef.current;
          const at = (id: string) => (graph?.hasNode(id) ? { x: graph.getNodeAttribute(id, "x") as number, y: graph.getNodeAttribute(id, "y") as number } : null);
          return toGraph(props.exportNodes ?? nodes, props.exportEdges ?? visibleEdges, at);
        }}
      />
      <details className="graph-lists">
        <summary>
          List of the {nodes.length} {props.nodeWord ?? "nodes"} and {visibleEdges.length} {props.edgeWord ?? "links"} (keyboard access)
        </summary>
        <div className="graph-lists-body">
          <section>
            <h4>{props.nodeWord ?? "Nodes"}</h4>
            <ul className="node-list">
              {nodes.map((node) => (
                <li key={node.id}>
                  <button type="button" className="linklike" aria-pressed={node.id === selectedNode} onClick={() => onNodeClick?.(node.id)} data-node-id={node.id}>
                    <span className="swatch" style={{ background: kindStyle(node.kind).color }} aria-hidden="true" />
                    {node.label}
                  </button>
                  {node.note && <span className="muted"> · {node.note}</span>}
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h4>{props.edgeWord ?? "Links"}</h4>
            <ul className="edge-list">
              {visibleEdges.map((edge) => (
                <li key={edge.id}>
                  <button type="button" className="linklike" aria-pressed={edge.id === selectedEdge} onClick={() => onEdgeClick?.(edge.id)} data-edge-id={edge.id}>
                    {names.get(edge.source)} — {names.get(edge.target)}
                    {edge.label ? ` (${edge.label})` : ""}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </details>
    </div>
  );
}
