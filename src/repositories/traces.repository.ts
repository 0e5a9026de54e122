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

function toTrace(row: Props, reverse: boolean): Trace {
  const path = toPath(row);
  const nodes = path.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    ...path,
    priority: reverse ? nodes[nodes.length - 1]! : nodes[nodes.length - 1]!,
    tier: String(row.tier),
    setBy: byId.get(String(row.setterId))!,
    origin: nodes[0]!,
    stated: path.hops.every((hop) => hop.stated),
  };
}

export class TracesRepository {
  constructor(private readonly db: Database) {}

  async prioritiesOfProject(projectId: string): Promise<Trace[]> {
    const rows = await this.db.read("queries/traces/project-priorities", { projectId });
    return rows.map((row) => toTrace(row, false));
  }

  async reachOfPriority(areaId: string, targetKinds: string[]): Promise<Trace[]> {
    const rows = await this.db.read("queries/traces/priority-reach", { areaId, targetKinds });
    return rows.map((row) => toTrace(row, true));
  }
}
