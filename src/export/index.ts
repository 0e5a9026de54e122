// Exports: a part of the graph (selection.ts) read page by page (reader.ts) and written as it comes
// (writers/) in GEXF, GraphML, JSON-LD or neo4j-admin CSV. Used by the CLI (`sti-graph export`)
// and over HTTP (src/server/export.routes.ts). Memory holds one page, whatever the graph's size.
import type { Database } from "../neo4j/database";
import { readEdges, readNodes, PAGE_SIZE } from "./reader";
import { resolveSelection, type ExportFormat, type ExportScope, type Selection } from "./selection";
import { CsvWriter } from "./writers/csv";
import { GexfWriter } from "./writers/gexf";
import { GraphMLWriter } from "./writers/graphml";
import { JsonLdWriter } from "./writers/jsonld";
import type { GraphWriter, Sink } from "./writers/sink";

export { EXPORT_FORMATS, EXPORT_PARAMS, ExportNotFoundError, ExportParameterError, parseScope, type ExportFormat, type ExportParams, type ExportScope } from "./selection";
export { streamSink, type Sink } from "./writers/sink";
export { openFileDestination, type FileDestination } from "./files";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  gexf: "application/gexf+xml; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};
export const FILE_EXTENSIONS: Record<ExportFormat, string> = { gexf: "gexf", graphml: "graphml", jsonld: "jsonld", csv: "csv" };

/** Where the export goes: one sink, or for CSV any of its files (entities, sources, relationships). */
export type ExportOutput = { sink: Sink } | { nodes: Sink | null; relationships: Sink | null; sources: Sink | null };

export interface ExportProgress {
  phase: "nodes" | "relationships";
  /** Records written so far in this phase. */
  done: number;
}

export interface ExportSummary {
  nodes: number;
  relationships: number;
  ms: number;
}

function writerFor(format: ExportFormat, output: ExportOutput): GraphWriter {
  if (format === "csv") {
    if ("sink" in output) throw new Error("CSV export needs nodes, sources and relationships outputs");
    return new CsvWriter(output.nodes, output.relationships, output.sources);
  }
  if (!("sink" in output)) throw new Error(`${format} export needs one output`);
  switch (format) {
    case "gexf":
      return new GexfWriter(output.sink);
    case "graphml":
      return new GraphMLWriter(output.sink);
    case "jsonld":
      return new JsonLdWriter(output.sink);
  }
}

/** Resolves the scope (checks the centre entity exists; may throw ExportNotFoundError / ExportParameterError). */
export function prepareExport(db: Database, scope: ExportScope): Promise<Selection> {
  return resolveSelection(db, scope);
}

export async function writeExport(
  db: Database,
  format: ExportFormat,
  selection: Selection,
  output: ExportOutput,
  options: { onProgress?: (progress: ExportProgress) => void; pageSize?: number } = {},
): Promise<ExportSummary> {
  const started = Date.now();
  const writer = writerFor(format, output);
  const pageSize = options.pageSize ?? PAGE_SIZE;
  // A CSV request for one of its files reads only what that file needs (entities and sources are
  // read together: the sources file takes the Source nodes of the same pass).
  const wantNodes = !("nodes" in output) || output.nodes !== null || output.sources !== null;
  const wantEdges = !("relationships" in output) || output.relationships !== null;
  let nodes = 0;
  let relationships = 0;
  await writer.begin();
  if (wantNodes) {
    for await (const batch of readNodes(db, selection, pageSize)) {
      await writer.nodes(batch);
      nodes += batch.length;
      options.onProgress?.({ phase: "nodes", done: nodes });
    }
  }
  await writer.startEdges?.();
  if (wantEdges) {
    for await (const batch of readEdges(db, selection, pageSize)) {
      await writer.edges(batch);
      relationships += batch.length;
      options.onProgress?.({ phase: "relationships", done: relationships });
    }
  }
  await writer.end();
  return { nodes, relationships, ms: Date.now() - started };
}
