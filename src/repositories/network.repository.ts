// Institutional networks: breadth-first over institution links (one statement per depth level, so
// at most `depth` round trips), edges weighted by the distinct shared activities.
import type { Database } from "../neo4j/database";
import { toEntity, type Entity } from "./model";

export type LinkKind = "PERSON" | "EVENT" | "PROJECT" | "AGREEMENT" | "HIERARCHY";

export interface Activity {
  id: string | null;
  name: string | null;
  kind: string | null;
  date: string | null;
  via: LinkKind;
}

export interface NetworkEdge {
  sourceId: string;
  targetId: string;
  weight: number;
  via: LinkKind[];
  activities: Activity[];
}

export interface NetworkNode {
  institution: Entity;
  depth: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
}

export interface NetworkFilter {
  depth: number;
  via: LinkKind[];
  from: string | null;
  to: string | null;
  maxNodes: number;
}

type Props = Record<string, unknown>;

export class NetworkRepository {
  constructor(private readonly db: Database) {}

  async around(center: Entity, filter: NetworkFilter): Promise<Network> {
    const nodes = new Map<string, NetworkNode>([[center.id, { institution: center, depth: 0 }]]);
    const edges = new Map<string, NetworkEdge>();
    let frontier = [center.id];
    let truncated = false;
    for (let depth = 1; depth <= filter.depth && frontier.length > 0; depth++) {
      // Once maxNodes institutions are reached, the next level could only add links among them, at the
      // cost of a statement over the whole frontier (seconds for hubs at 100k+ relationships): stop
      // and mark the answer truncated instead. Trade-off: links between already-found institutions
      // that only that level would find are left out, and truncated is true even if the level would
      // have added nothing.
      if (nodes.size >= filter.maxNodes) {
        truncated = true;
        break;
      }
      const rows = await this.db.read("queries/network/institution-links", { ids: frontier, via: filter.via, from: filter.from, to: filter.to });
      const next: string[] = [];
      for (const row of rows) {
        const to = toEntity(row.to as Props);
        if (!nodes.has(to.id)) {
          if (nodes.size >= filter.maxNodes) {
            truncated = true;
            continue;
          }
          nodes.set(to.id, { institution: to, depth });
          next.push(to.id);
        }
        const fromId = String(row.fromId);
        const [a, b] = fromId < to.id ? [fromId, to.id] : [to.id, fromId];
        const key = `${a}|${b}`;
        const edge = edges.get(key) ?? { sourceId: a, targetId: b, weight: 0, via: [], activities: [] };
        const via = row.via as LinkKind;
        if (!edge.via.includes(via)) edge.via.push(via);
        const activities = (row.activities as Props[]) ?? [];
        const known = new Set(edge.activities.map((x) => `${x.via}|${x.id}`));
        for (const raw of via === "HIERARCHY" && activities.length === 0 ? [{ id: null, name: null, kind: null, date: null }] : activities) {
          const activity: Activity = { id: (raw.id as string) ?? null, name: (raw.name as string) ?? null, kind: (raw.kind as string) ?? null, date: (raw.date as string) ?? null, via };
          if (!known.has(`${via}|${activity.id}`)) {
            known.add(`${via}|${activity.id}`);
            edge.activities.push(activity);
          }
        }
        edge.weight = edge.activities.length;
        edges.set(key, edge);
      }
      frontier = next;
    }
    return {
      nodes: [...nodes.values()].sort((x, y) => x.depth - y.depth || x.institution.name.localeCompare(y.institution.name)),
      edges: [...edges.values()].filter((e) => nodes.has(e.sourceId) && nodes.has(e.targetId)).sort((x, y) => y.weight - x.weight || x.sourceId.localeCompare(y.sourceId) || x.targetId.localeCompare(y.targetId)),
      truncated,
    };
  }
}
