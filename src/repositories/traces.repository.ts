// Project-to-priority traces and their reverse, from the path queries in cypher/queries/traces.
import type { Database } from "../neo4j/database";
import { toPath, type Entity, type GraphPath, type Hop } from "./model";

export interface Trace extends GraphPath {
  priority: Entity;
  tier: string;
  setBy: Entity;
  /** The project or event the chain starts from. */
  origin: Entity;
  /** True when every hop is stated by a source (none only curated). */
  stated: boolean;
  /** The hop with the weakest evidence (CURATED < INFERRED < STATED), the first such on the chain. */
  weakestHop: Hop;
  /** Areas a source says the origin addresses (and their broader areas): the fan-out rule reads them. */
  addressed: string[];
}

export interface TraceFilter {
  /** Only these tiers (empty = all). */
  tiers: string[];
  /** Only priorities set by this document or meeting (null = any). */
  setBy: string | null;
  /** Only chains whose every hop is stated. */
  statedOnly: boolean;
}

export const NO_TRACE_FILTER: TraceFilter = { tiers: [], setBy: null, statedOnly: false };

const STRENGTH = { CURATED: 0, INFERRED: 1, STATED: 2 } as const;

type Props = Record<string, unknown>;

function toTrace(row: Props): Trace {
  const path = toPath(row);
  const nodes = path.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // The priority is the area the row names: when the project addresses the area directly, the path
  // ends at the setter (project → area ← setter), not at the area.
  const priority = byId.get(String(row.areaId)) ?? nodes[nodes.length - 1]!;
  const weakestHop = path.hops.reduce((weakest, hop) => (STRENGTH[hop.evidenceKind] < STRENGTH[weakest.evidenceKind] ? hop : weakest), path.hops[0]!);
  return {
    ...path,
    priority,
    tier: String(row.tier),
    setBy: byId.get(String(row.setterId))!,
    origin: nodes[0]!,
    stated: path.hops.every((hop) => hop.stated),
    weakestHop,
    addressed: ((row.addressed as string[]) ?? []).map(String),
  };
}

/**
 * A chain that enters a policy dialogue over a hop no source states fans out: the dialogue is linked
 * to every priority of every roadmap, so one curated "supports the dialogue" would make the project
 * serve them all. Such a chain is kept only when a source links the origin to the priority's area
 * (it ADDRESSES it, or a narrower area).
 */
function fansOut(trace: Trace): boolean {
  const dialogues = new Set(trace.nodes.filter((n) => n.kind === "Dialogue").map((n) => n.id));
  if (dialogues.size === 0) return false;
  const weakIntoDialogue = trace.hops.some((hop) => !hop.stated && (dialogues.has(hop.fromId) || dialogues.has(hop.toId)));
  return weakIntoDialogue && !trace.addressed.includes(trace.priority.id);
}

function keep(trace: Trace, filter: TraceFilter): boolean {
  if (fansOut(trace)) return false;
  if (filter.tiers.length > 0 && !filter.tiers.includes(trace.tier)) return false;
  if (filter.setBy !== null && trace.setBy.id !== filter.setBy) return false;
  return !filter.statedOnly || trace.stated;
}

/**
 * Keeps, for each (start, priority, setter), only the shortest chains (at most 3 equally short): a
 * longer detour to the same priority through the same document adds nothing to the explanation.
 */
function shortestPerPriority(traces: Trace[]): Trace[] {
  const groups = new Map<string, Trace[]>();
  for (const trace of traces) {
    const key = `${trace.origin.id}|${trace.priority.id}|${trace.setBy.id}`;
    const group = groups.get(key);
    if (!group) groups.set(key, [trace]);
    else if (trace.hops.length < group[0]!.hops.length) groups.set(key, [trace]);
    else if (trace.hops.length === group[0]!.hops.length && group.length < 3) group.push(trace);
  }
  const tierOrder = ["flagship", "ongoing", "potential"];
  return [...groups.values()]
    .flat()
    .sort(
      (a, b) =>
        tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier) ||
        a.hops.length - b.hops.length ||
        a.priority.name.localeCompare(b.priority.name) ||
        a.setBy.id.localeCompare(b.setBy.id) ||
        a.origin.id.localeCompare(b.origin.id),
    );
}

export class TracesRepository {
  constructor(private readonly db: Database) {}

  /** `detail` false: entities with id, kind and name only, hops with `stated` only (src/graphql/selection.ts). */
  async prioritiesOfProject(projectId: string, detail = true, filter: TraceFilter = NO_TRACE_FILTER): Promise<Trace[]> {
    const rows = await this.db.read("queries/traces/project-priorities", { projectId, detail });
    return shortestPerPriority(rows.map((row) => toTrace(row)).filter((t) => keep(t, filter)));
  }

  async reachOfPriority(areaId: string, targetKinds: string[], detail = true, filter: TraceFilter = NO_TRACE_FILTER): Promise<Trace[]> {
    const rows = await this.db.read("queries/traces/priority-reach", { areaId, targetKinds, detail });
    return shortestPerPriority(rows.map((row) => toTrace(row)).filter((t) => keep(t, filter)));
  }
}
