// A small layered drawing for chains (shortest paths, priority traces): one column per hop depth,
// left to right, no force layout. Drawn as SVG with its styles inline (so the PNG download looks the
// same); every edge and node is a keyboard-focusable button. Stated links are solid grey, inferred
// (curated) ones dashed ochre, as in the network pictures.
import { useMemo, useRef, type KeyboardEvent } from "react";
import { DownloadBar } from "../export/DownloadBar";
import { svgPng, toGraph, type ExportEdge, type ExportNode } from "../export/exportGraph";
import { kindStyle } from "../ui/kinds";
import { Legend } from "./Legend";

export interface LayeredNode {
  id: string;
  label: string;
  kind: string;
  /** Column: hop depth from the start (0 = first column). */
  layer: number;
}

export interface LayeredEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  stated?: boolean;
}

export interface LayeredGraphProps {
  nodes: LayeredNode[];
  edges: LayeredEdge[];
  onEdgeClick?: (id: string) => void;
  onNodeClick?: (id: string) => void;
  selectedEdge?: string | null;
  selectedNode?: string | null;
  /** What the picture shows, for screen readers and the downloaded file names. */
  title: string;
  /** Column headings by layer, e.g. ["project", "hop 1", …]; default "start", "1 hop", "2 hops" … */
  layerNames?: string[];
  exportNodes?: ExportNode[];
  exportEdges?: ExportEdge[];
}

const COLUMN = 230;
const ROW = 70;
const MARGIN = { top: 40, side: 110, bottom: 40 };
const STATED = "#8a8f98";
const CURATED = "#c8962f";
const SELECTED = "#111111";
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', sans-serif";

/** Splits a label into at most two lines of about `width` characters. */
function lines(label: string, width = 28): string[] {
  if (label.length <= width) return [label];
  const cut = label.lastIndexOf(" ", width);
  const first = label.slice(0, cut > 8 ? cut : width);
  const rest = label.slice(first.length).trim();
  return [first, rest.length > width ? `${rest.slice(0, width - 1)}…` : rest];
}

/** Places nodes: columns by layer; inside a column, ordered by the mean row of their neighbours on the left. */
function place(nodes: LayeredNode[], edges: LayeredEdge[]) {
  const layers = [...new Set(nodes.map((n) => n.layer))].sort((a, b) => a - b);
  const column = new Map(layers.map((layer, i) => [layer, i]));
  const row = new Map<string, number>();
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  let tallest = 1;
  for (const layer of layers) {
    const inLayer = nodes.filter((n) => n.layer === layer);
    const score = (n: LayeredNode) => {
      const placed = (neighbours.get(n.id) ?? []).map((id) => row.get(id)).filter((r): r is number => r !== undefined);
      return placed.length ? placed.reduce((a, b) => a + b, 0) / placed.length : Number.MAX_SAFE_INTEGER;
    };
    inLayer.sort((a, b) => score(a) - score(b) || a.label.localeCompare(b.label)).forEach((n, i) => row.set(n.id, i));
    tallest = Math.max(tallest, inLayer.length);
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    const inLayer = nodes.filter((m) => m.layer === n.layer).length;
    const offset = ((tallest - inLayer) * ROW) / 2;
    positions.set(n.id, { x: MARGIN.side + column.get(n.layer)! * COLUMN, y: MARGIN.top + offset + row.get(n.id)! * ROW + 20 });
  }
  const width = MARGIN.side * 2 + Math.max(0, layers.length - 1) * COLUMN;
  const height = MARGIN.top + tallest * ROW + MARGIN.bottom;
  return { positions, width, height, layers, column };
}

const onActivate = (action?: () => void) => (event: KeyboardEvent) => {
  if (action && (event.key === "Enter" || event.key === " ")) {
    event.preventDefault();
    action();
  }
};

export function LayeredGraph(props: LayeredGraphProps) {
  const { nodes, edges, onEdgeClick, onNodeClick, selectedEdge, selectedNode } = props;
  const svg = useRef<SVGSVGElement>(null);
  const layout = useMemo(() => place(nodes, edges), [nodes, edges]);
  const visibleEdges = edges.filter((e) => layout.positions.has(e.source) && layout.positions.has(e.target));
  const kinds = [...new Set(nodes.map((n) => n.kind))];
  const names = new Map(nodes.map((n) => [n.id, n.label]));
  const anyCurated = visibleEdges.some((e) => e.stated === false);

  return (
    <div className="layered-graph" data-node-count={nodes.length} data-edge-count={visibleEdges.length}>
      <div style={{ overflowX: "auto", border: "1px solid #ddd", borderRadius: 6, background: "#fff" }}>
        <svg
          ref={svg}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="group"
          aria-label={props.title}
          style={{ display: "block", fontFamily: FONT }}
        >
          <rect x={0} y={0} width={layout.width} height={layout.height} fill="#ffffff" />
          {layout.layers.map((layer, i) => (
            <text key={layer} x={MARGIN.side + i * COLUMN} y={18} textAnchor="middle" fontSize={11} fill="#777" fontFamily={FONT}>
              {props.layerNames?.[layer] ?? (layer === 0 ? "start" : `${layer} hop${layer === 1 ? "" : "s"}`)}
            </text>
          ))}
          {visibleEdges.map((edge) => {
            const a = layout.positions.get(edge.source)!;
            const b = layout.positions.get(edge.target)!;
            const mid = (a.x + b.x) / 2;
            const d = `M ${a.x} ${a.y} C ${mid} ${a.y}, ${mid} ${b.y}, ${b.x} ${b.y}`;
            const selected = edge.id === selectedEdge;
            const colour = selected ? SELECTED : edge.stated === false ? CURATED : STATED;
            const activate = onEdgeClick ? () => onEdgeClick(edge.id) : undefined;
            return (
              <g
                key={edge.id}
                data-edge-id={edge.id}
                role="button"
                tabIndex={0}
                aria-pressed={selected}
                aria-label={`${names.get(edge.source)} — ${names.get(edge.target)}${edge.label ? `: ${edge.label}` : ""}${edge.stated === false ? " (inferred)" : ""}; show the evidence`}
                onClick={activate}
                onKeyDown={onActivate(activate)}
                style={{ cursor: activate ? "pointer" : "default", outline: "none" }}
              >
                <path d={d} fill="none" stroke="transparent" strokeWidth={14} />
                <path d={d} fill="none" stroke={colour} strokeWidth={selected ? 3.5 : 2} strokeDasharray={edge.stated === false ? "6 4" : undefined} />
                {edge.label && (
                  <text
                    x={mid}
                    y={(a.y + b.y) / 2 - 6}
                    textAnchor="middle"
                    fontSize={10.5}
                    fill={selected ? SELECTED : "#444"}
                    stroke="#ffffff"
                    strokeWidth={3}
                    paintOrder="stroke"
                    fontFamily={FONT}
                  >
                    {edge.label}
                  </text>
                )}
              </g>
            );
          })}
          {nodes.map((node) => {
            const p = layout.positions.get(node.id)!;
            const selected = node.id === selectedNode;
            const activate = onNodeClick ? () => onNodeClick(node.id) : undefined;
            return (
              <g
                key={node.id}
                data-node-id={node.id}
                role="button"
                tabIndex={0}
                aria-pressed={selected}
                aria-label={`${kindStyle(node.kind).label}: ${node.label}`}
                onClick={activate}
                onKeyDown={onActivate(activate)}
                style={{ cursor: activate ? "pointer" : "default", outline: "none" }}
              >
                <circle cx={p.x} cy={p.y} r={selected ? 12 : 9} fill={kindStyle(node.kind).color} stroke={selected ? SELECTED : "#ffffff"} strokeWidth={2} />
                {lines(node.label).map((line, i) => (
                  <text key={i} x={p.x} y={p.y + 24 + i * 13} textAnchor="middle" fontSize={11.5} fill="#222" stroke="#ffffff" strokeWidth={3} paintOrder="stroke" fontFamily={FONT}>
                    {line}
                  </text>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <div className="graph-footer">
        <Legend
          kinds={kinds}
          extra={[{ label: "stated link", color: STATED, line: true }, ...(anyCurated ? [{ label: "inferred (curated) link", color: CURATED, line: true }] : [])]}
        />
      </div>
      <DownloadBar
        name={props.title}
        nodes={props.exportNodes ?? nodes.map((n) => ({ ...n, attributes: { layer: n.layer } }))}
        edges={props.exportEdges ?? visibleEdges}
        picture={() => (svg.current ? svgPng(svg.current) : Promise.reject(new Error("nothing is drawn")))}
        model={() => toGraph(props.exportNodes ?? nodes, props.exportEdges ?? visibleEdges, (id) => layout.positions.get(id) ?? null)}
      />
    </div>
  );
}
