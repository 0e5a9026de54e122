// Project-to-priority traces and their reverse, from the path queries in cypher/queries/traces.
import type { Database } from "../neo4j/database";
import { toPath, type Entity, type GraphPath } from "./model";

export interface Trace extends GraphPath {
  priority: Entity;
  tier: string;
  setBy: Entity;
  /** The project or event the chain starts from. */
  origin: Entity;
  /** True when every hop is stated by a source (none only curated). */
  stated: boolean;
}

type Props = Record<string, unknown>;

function toTrace(row: Props): Trace {
  const path = toPath(row);
  const nodes = path.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    ...path,
    priority: nodes[nodes.length - 1]!,
    tier: String(row.tier),
    setBy: byId.get(String(row.setterId))!,
    origin: nodes[0]!,
    stated: path.hops.every((hop) => hop.stated),
  };
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
  async prioritiesOfProject(projectId: string, detail = true): Promise<Trace[]> {
    const rows = await this.db.read("queries/traces/project-priorities", { projectId, detail });
    return shortestPerPriority(rows.map((row) => toTrace(row)));
  }

  async reachOfPriority(areaId: string, targetKinds: string[], detail = true): Promise<Trace[]> {
    const rows = await this.db.read("queries/traces/priority-reach", { areaId, targetKinds, detail });
    return shortestPerPriority(rows.map((row) => toTrace(row)));
  }
}
