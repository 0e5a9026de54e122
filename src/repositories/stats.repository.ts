// Counts of nodes and relationships, straight from Neo4j.
import type { Database } from "../neo4j/database";

export interface NameCount {
  name: string;
  count: number;
}

export interface GraphStats {
  nodeCount: number;
  relationshipCount: number;
  labels: NameCount[];
  relationshipTypes: NameCount[];
}

const byName = (a: NameCount, b: NameCount) => a.name.localeCompare(b.name);

export class StatsRepository {
  constructor(private readonly db: Database) {}

  async graphStats(): Promise<GraphStats> {
    const [row] = await this.db.read("queries/stats/graph-stats");
    return {
      nodeCount: Number(row?.nodeCount ?? 0),
      relationshipCount: Number(row?.relationshipCount ?? 0),
      labels: ((row?.labels as NameCount[]) ?? []).sort(byName),
      relationshipTypes: ((row?.relationshipTypes as NameCount[]) ?? []).sort(byName),
    };
  }
}
