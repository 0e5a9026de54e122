// The download buttons under every graph: PNG of the picture, nodes and edges as CSV, GEXF for Gephi.
// The view (or the graph component) says what is shown and how to get the picture.
import { useState } from "react";
import "./download.css";
import type Graph from "graphology";
import { edgesCsv, fileStem, gexf, nodesCsv, saveFile, toGraph, type ExportEdge, type ExportNode } from "./exportGraph";

export interface DownloadBarProps {
  /** Used for the file names, e.g. "Connection Smits – Katsura". */
  name: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** The PNG of the picture as drawn now; absent when there is no picture. */
  picture?: () => Promise<Blob>;
  /** The drawn model (with positions) for GEXF; default: built from nodes and edges. */
  model?: () => Graph | null;
}

export function DownloadBar({ name, nodes, edges, picture, model }: DownloadBarProps) {
  const [error, setError] = useState<string | null>(null);
  const stem = fileStem(name);
  const run = (action: () => void | Promise<void>) => async () => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const empty = nodes.length === 0;
  return (
    <div className="download-bar" role="group" aria-label="Download what is shown">
      <span className="muted">Download:</span>
      {picture && (
        <button type="button" disabled={empty} onClick={run(async () => saveFile(await picture(), `${stem}.png`))}>
          PNG
        </button>
      )}
      <button type="button" disabled={empty} onClick={run(() => saveFile(nodesCsv(nodes), `${stem}-nodes.csv`, "text/csv;charset=utf-8"))}>
        Nodes CSV
      </button>
      <button type="button" disabled={empty} onClick={run(() => saveFile(edgesCsv(edges), `${stem}-edges.csv`, "text/csv;charset=utf-8"))}>
        Edges CSV
      </button>
      <button
        type="button"
        disabled={empty}
        onClick={run(() => saveFile(gexf(model?.() ?? toGraph(nodes, edges)), `${stem}.gexf`, "application/gexf+xml;charset=utf-8"))}
      >
        GEXF
      </button>
      {error && (
        <span className="state-error" role="alert">
          The download failed: {error}
        </span>
      )}
    </div>
  );
}
