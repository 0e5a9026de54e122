// Hops of paths and traces as layered-graph edges, and the evidence panel of one hop: its type, which
// way the stored relationship points, its role/title/tier, stated or inferred, and the evidence.
import type { GraphPath, Hop } from "../api/analysis";
import type { EntityRef } from "../api/types";
import { idSegment, Link } from "../app/router";
import type { LayeredEdge, LayeredNode } from "../graph/LayeredGraph";
import { EvidencePanel } from "./EvidencePanel";
import { roleLabel, tierLabel, words } from "./kinds";

export const hopKey = (hop: Pick<Hop, "type" | "fromId" | "toId">) => `${hop.type}|${hop.fromId}|${hop.toId}`;

/** "participated in (chair)", "sets priority (flagship)". */
export function hopLabel(hop: Hop): string {
  const extra = [hop.role && roleLabel(hop.role), hop.partnerRole, hop.title, hop.tier && tierLabel(hop.tier)].filter(Boolean).join(", ");
  return extra ? `${words(hop.type)} (${extra.toLowerCase()})` : words(hop.type);
}

/**
 * Nodes and edges of several paths in one layered drawing: a node sits in the column of its place in
 * the path (the first place it is met at, when paths disagree); each distinct stored relationship is one edge.
 */
export function layeredPaths(
  paths: GraphPath[],
  /** A fixed column for some nodes (e.g. every priority in the last one); others go by their place in the path. */
  fixedLayer: (id: string) => number | undefined = () => undefined,
): { nodes: LayeredNode[]; edges: LayeredEdge[]; hops: Map<string, Hop>; names: Map<string, EntityRef> } {
  const nodes = new Map<string, LayeredNode>();
  const names = new Map<string, EntityRef>();
  const edges = new Map<string, LayeredEdge>();
  const hops = new Map<string, Hop>();
  for (const path of paths) {
    path.nodes.forEach((node, i) => {
      names.set(node.id, node);
      const known = nodes.get(node.id);
      const layer = fixedLayer(node.id) ?? i;
      if (!known || known.layer > layer) nodes.set(node.id, { id: node.id, label: node.name, kind: node.kind, layer });
    });
    path.hops.forEach((hop, i) => {
      const key = hopKey(hop);
      hops.set(key, hop);
      if (!edges.has(key)) edges.set(key, { id: key, source: path.nodes[i]!.id, target: path.nodes[i + 1]!.id, label: hopLabel(hop), stated: hop.stated });
    });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], hops, names };
}

export function HopPanel({ hop, names, onClose }: { hop: Hop; names: Map<string, EntityRef>; onClose: () => void }) {
  const from = names.get(hop.fromId);
  const to = names.get(hop.toId);
  const link = (entity: EntityRef | undefined, id: string) => <Link to={`/entity/${idSegment(id)}`}>{entity?.name ?? id}</Link>;
  return (
    <EvidencePanel
      title={
        <>
          {from?.name ?? hop.fromId} — {words(hop.type)} → {to?.name ?? hop.toId}
        </>
      }
      stated={hop.stated}
      onClose={onClose}
      details={
        <dl className="hop-details">
          <dt>Relationship</dt>
          <dd>
            {link(from, hop.fromId)} <code>{hop.type}</code> {link(to, hop.toId)}
          </dd>
          {hop.role && (
            <>
              <dt>Role</dt>
              <dd>{roleLabel(hop.role)}</dd>
            </>
          )}
          {hop.partnerRole && (
            <>
              <dt>Partner’s role</dt>
              <dd>{hop.partnerRole}</dd>
            </>
          )}
          {hop.title && (
            <>
              <dt>Title</dt>
              <dd>{hop.title}</dd>
            </>
          )}
          {hop.tier && (
            <>
              <dt>Priority tier</dt>
              <dd>{tierLabel(hop.tier)}</dd>
            </>
          )}
          {hop.notes.length > 0 && (
            <>
              <dt>Curator’s notes</dt>
              <dd>{hop.notes.join(" ")}</dd>
            </>
          )}
        </dl>
      }
      evidence={hop.evidence}
    />
  );
}
