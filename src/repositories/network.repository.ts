// Institutional networks: breadth-first over institution links (one statement per depth level, so
// at most `depth` round trips), edges weighted by the distinct shared activities.
import type { Database } from "../neo4j/database";
import { dateOf, evidenceOf, toEntity, type Entity, type Evidence, type FuzzyDate } from "./model";

export type LinkKind = "PERSON" | "EVENT" | "PROJECT" | "AGREEMENT" | "HIERARCHY";

export interface Activity {
  /** Stable id, from its parts: shared-activity:<sourceId>|<targetId>|<via>|<entityId> (no entity for HIERARCHY). */
  id: string;
  /** The shared person, event, project or document (null for HIERARCHY). */
  entityId: string | null;
  name: string | null;
  kind: string | null;
  /** The shared entity's date (an event's or document's date, a project's start), inferred or stated. */
  date: FuzzyDate | null;
  via: LinkKind;
  /** False when it has no date, so a time window cannot place it (HIERARCHY and PERSON links never do). */
  dated: boolean;
  /** True when every relationship that makes this link is stated by a source. */
  stated: boolean;
  /** The evidence of those relationships (both sides' participation, affiliation, partnership …). */
  evidence: Evidence[];
}

export interface NetworkEdge {
  sourceId: string;
  targetId: string;
  weight: number;
  via: LinkKind[];
  /** Without a time window every activity; with one, the dated activities inside it. Weight counts these. */
  activities: Activity[];
  /** With a time window: the undated activities, kept apart (a window cannot place them). */
  undatedActivities: Activity[];
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

/** What the answer needs beyond institution ids, names and kinds, weights and activity ids (all true when unsaid). */
export interface NetworkDetail {
  /** Every property of the institutions reached (false: id, kind and name). */
  institutions: boolean;
  /** Each activity's name and date (false: null). */
  activities: boolean;
  /** Whether each activity's relationships are all stated (false: `stated` is false). */
  stated: boolean;
  /** The evidence of each activity's relationships (false: `evidence` is empty). */
  evidence: boolean;
}

const FULL: NetworkDetail = { institutions: true, activities: true, stated: true, evidence: true };

type Props = Record<string, unknown>;

/**
 * One shared activity of the edge between institutions a and b (a < b), from a row of
 * institution-links.cypher (a HIERARCHY link has no activity). Its id is made of the edge's two ends,
 * the kind of link and the shared entity: what it holds (the evidence of the links between a and b
 * through that entity) depends on nothing else, so the id is the same whatever the request's depth,
 * window or via filter.
 */
function toActivity(raw: Props, via: LinkKind, a: string, b: string): Activity {
  const activity = (raw.activity as Props | null) ?? {};
  const links = (raw.links as Props[]) ?? [];
  const seen = new Set<string>();
  const evidence = links.flatMap(evidenceOf).filter((e) => {
    const key = `${e.sourceId}|${e.quote}|${e.inference}|${e.curatedReason}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const entityId = (activity.id as string) ?? null;
  return {
    id: `shared-activity:${a}|${b}|${via}${entityId ? `|${entityId}` : ""}`,
    entityId,
    name: (activity.name as string) ?? null,
    kind: (activity.kind as string) ?? null,
    // Events and documents have a date, projects a start date (as institution-links.cypher's window reads them).
    date: dateOf(activity, typeof activity.date === "string" ? "date" : "startDate"),
    via,
    dated: activity.dated === true,
    // From the links when they were shipped, else as the statement computed it.
    stated: links.length > 0 ? links.every((l) => l.stated === true) : raw.stated === true,
    evidence,
  };
}

export class NetworkRepository {
  constructor(private readonly db: Database) {}

  async around(center: Entity, filter: NetworkFilter, detail: NetworkDetail = FULL): Promise<Network> {
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
      const rows = await this.db.read("queries/network/institution-links", {
        ids: frontier,
        via: filter.via,
        from: filter.from,
        to: filter.to,
        detail: detail.institutions,
        activities: detail.activities,
        stated: detail.stated,
        evidence: detail.evidence,
      });
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
        const edge = edges.get(key) ?? { sourceId: a, targetId: b, weight: 0, via: [], activities: [], undatedActivities: [] };
        const via = row.via as LinkKind;
        if (!edge.via.includes(via)) edge.via.push(via);
        const windowed = filter.from !== null || filter.to !== null;
        const known = new Set([...edge.activities, ...edge.undatedActivities].map((x) => x.id));
        for (const raw of (row.activities as Props[]) ?? []) {
          const activity = toActivity(raw, via, a, b);
          if (known.has(activity.id)) continue;
          known.add(activity.id);
          (windowed && !activity.dated ? edge.undatedActivities : edge.activities).push(activity);
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
