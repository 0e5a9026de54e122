// Reads a selection out of Neo4j page by page (cypher/export/*), so an export of any size holds one
// page at a time: nodes (entities, then sources) and then relationships, each in id order.
import type { Database } from "../neo4j/database";
import type { ExportEdge, ExportNode } from "./attributes";
import type { Selection } from "./selection";

export const PAGE_SIZE = 2_000;

export async function* readNodes(db: Database, selection: Selection, pageSize = PAGE_SIZE): AsyncGenerator<ExportNode[]> {
  if (selection.type === "ids") {
    for (let i = 0; i < selection.ids.length; i += pageSize) {
      const rows = await db.read("export/nodes-by-id", { ids: selection.ids.slice(i, i + pageSize) });
      yield rows.map((row) => ({ id: String(row.id), kind: String(row.kind), props: row.props as Record<string, unknown> }));
    }
    return;
  }
  const filter = { kinds: selection.kinds, from: selection.from, to: selection.to };
  let after = "";
  for (;;) {
    const rows = await db.read("export/nodes-page", { ...filter, after, limit: pageSize });
    if (!rows.length) break;
    yield rows.map((row) => ({ id: String(row.id), kind: String(row.kind), props: row.props as Record<string, unknown> }));
    after = String(rows[rows.length - 1]!.id);
    if (rows.length < pageSize) break;
  }
  if (!selection.includeSources) return;
  after = "";
  for (;;) {
    const rows = await db.read("export/sources-page", { after, limit: pageSize });
    if (!rows.length) break;
    yield rows.map((row) => ({ id: String(row.id), kind: "Source", props: row.props as Record<string, unknown> }));
    after = String(rows[rows.length - 1]!.id);
    if (rows.length < pageSize) break;
  }
}

type RelRow = { from: unknown; rels: Array<{ type: string; to: string; props: Record<string, unknown> }> };

export async function* readEdges(db: Database, selection: Selection, pageSize = PAGE_SIZE): AsyncGenerator<ExportEdge[]> {
  let seq = 0;
  const toEdges = (rows: RelRow[]): ExportEdge[] => {
    const out: ExportEdge[] = [];
    for (const row of rows) {
      // Within a start node, a stable order: by type, end, then the relationship's key.
      const rels = [...row.rels].sort((a, b) => (a.type + "|" + a.to + "|" + String(a.props.key ?? "")).localeCompare(b.type + "|" + b.to + "|" + String(b.props.key ?? "")));
      for (const rel of rels) out.push({ seq: ++seq, type: rel.type, from: String(row.from), to: rel.to, props: rel.props });
    }
    return out;
  };
  if (selection.type === "ids") {
    // Start nodes per page are fewer than for nodes: each brings its relationships along.
    const starts = Math.max(1, Math.floor(pageSize / 4));
    for (let i = 0; i < selection.ids.length; i += starts) {
      const rows = (await db.read("export/relationships-by-id", { page: selection.ids.slice(i, i + starts), ids: selection.ids })) as unknown as RelRow[];
      yield toEdges(rows);
    }
    return;
  }
  const filter = { kinds: selection.kinds, from: selection.from, to: selection.to };
  const starts = Math.max(1, Math.floor(pageSize / 4));
  let after = "";
  for (;;) {
    const rows = (await db.read("export/relationships-page", { ...filter, after, limit: starts })) as unknown as RelRow[];
    if (!rows.length) break;
    yield toEdges(rows);
    after = String(rows[rows.length - 1]!.from);
    if (rows.length < starts) break;
  }
}
