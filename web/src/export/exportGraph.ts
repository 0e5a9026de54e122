// Download of what a view shows: its nodes and edges as CSV (one file each) and GEXF (for Gephi,
// with positions, colours and sizes when the picture has them), and the picture as PNG — from sigma's
// layers or from an SVG drawing. One module for every graph view.
import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf/browser";
import type Sigma from "sigma";
import { kindStyle } from "../ui/kinds";

type Value = string | number | boolean | null | undefined;

/** A node as exported: id, label, kind, and any other columns the view adds (date, depth …). */
export interface ExportNode {
  id: string;
  label: string;
  kind: string;
  size?: number;
  attributes?: Record<string, Value>;
}

/** An edge as exported: ends, label (type), weight, stated, and any other columns. */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  size?: number;
  stated?: boolean;
  attributes?: Record<string, Value>;
}

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: Value): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: Value[][]): string {
  return [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

const extraColumns = (items: Array<{ attributes?: Record<string, Value> }>) => [...new Set(items.flatMap((i) => Object.keys(i.attributes ?? {})))];

export function nodesCsv(nodes: ExportNode[]): string {
  const extra = extraColumns(nodes);
  return csv(
    ["id", "label", "kind", ...extra],
    nodes.map((n) => [n.id, n.label, n.kind, ...extra.map((k) => n.attributes?.[k])]),
  );
}

export function edgesCsv(edges: ExportEdge[]): string {
  const extra = extraColumns(edges);
  return csv(
    ["id", "source", "target", "label", "weight", "stated", ...extra],
    edges.map((e) => [e.id, e.source, e.target, e.label ?? "", e.size ?? 1, e.stated === false ? "false" : "true", ...extra.map((k) => e.attributes?.[k])]),
  );
}

/**
 * A graphology model of what is shown. `positions` (from the drawn picture) go into GEXF's viz
 * positions, so Gephi opens the same layout.
 */
export function toGraph(nodes: ExportNode[], edges: ExportEdge[], positions?: (id: string) => { x: number; y: number } | null): Graph {
  const graph = new Graph({ multi: true, type: "undirected" });
  for (const node of nodes) {
    if (graph.hasNode(node.id)) continue;
    const position = positions?.(node.id) ?? null;
    graph.addNode(node.id, {
      label: node.label,
      kind: node.kind,
      size: node.size ?? 8,
      color: kindStyle(node.kind).color,
      ...(position ? { x: position.x, y: position.y } : {}),
      ...cleanAttributes(node.attributes),
    });
  }
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.id)) continue;
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, {
      label: edge.label ?? "",
      weight: edge.size ?? 1,
      stated: edge.stated !== false,
      ...cleanAttributes(edge.attributes),
    });
  }
  return graph;
}

function cleanAttributes(attributes: Record<string, Value> | undefined): Record<string, string | number | boolean> {
  const clean: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(attributes ?? {})) if (value !== null && value !== undefined) clean[key] = value;
  return clean;
}

/** GEXF 1.2 of the graph: label, viz colour/size/position, weight, and the other attributes as data. */
export function gexf(graph: Graph): string {
  return writeGexf(graph, {
    version: "1.2",
    formatNode: (key, attributes) => {
      const { label, size, color, x, y, ...rest } = attributes as Record<string, unknown>;
      return {
        label: String(label ?? key),
        viz: {
          color: typeof color === "string" ? color : undefined,
          size: typeof size === "number" ? size : undefined,
          ...(typeof x === "number" && typeof y === "number" ? { x, y } : {}),
        },
        attributes: rest,
      };
    },
    formatEdge: (_key, attributes) => {
      const { label, weight, ...rest } = attributes as Record<string, unknown>;
      return { label: String(label ?? ""), weight: typeof weight === "number" ? weight : 1, attributes: rest };
    },
  });
}

/**
 * The PNG of a sigma picture, on white: every visible canvas layer of the renderer (WebGL nodes and
 * edges, labels …) drawn in order onto one canvas. (@sigma/export-image 3 expects sigma 3's layers and
 * fails on sigma 4.) The WebGL drawing buffer is only readable in the task that rendered it, so the
 * layers are copied right after a synchronous refresh.
 */
export function sigmaPng(sigma: Sigma): Promise<Blob> {
  const container = sigma.getContainer();
  const { width, height } = container.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext("2d")!;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  sigma.refresh();
  for (const layer of Array.from(container.querySelectorAll("canvas"))) {
    const style = window.getComputedStyle(layer);
    if (style.display === "none" || style.visibility === "hidden" || layer.width === 0 || layer.height === 0) continue;
    const box = layer.getBoundingClientRect();
    const origin = container.getBoundingClientRect();
    context.drawImage(layer, (box.left - origin.left) * ratio, (box.top - origin.top) * ratio, box.width * ratio, box.height * ratio);
  }
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"));
}

/** The PNG of an SVG drawing (styles it needs must be inline or in its own <style>), at 2× for print. */
export async function svgPng(svg: SVGSVGElement): Promise<Blob> {
  const box = svg.viewBox.baseVal;
  const width = box && box.width ? box.width : svg.clientWidth;
  const height = box && box.height ? box.height : svg.clientHeight;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  const text = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the drawing could not be turned into an image"));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a file to the browser's download (no server round trip). */
export function saveFile(content: Blob | string, fileName: string, type = "text/plain;charset=utf-8"): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Network of JST, depth 2" → "network-of-jst-depth-2" (a safe file name stem). */
export function fileStem(name: string): string {
  const stem = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return stem || "graph";
}
