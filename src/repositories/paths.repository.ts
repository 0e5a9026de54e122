// "How are X and Y connected": shortest paths between two entities.
import type { Database } from "../neo4j/database";
import { toPath, type GraphPath } from "./model";

export interface PathFilter {
  maxHops: number;
  types: string[];
  from: string | null;
  to: string | null;
  limit: number;
}

export class PathsRepository {
  constructor(private readonly db: Database) {}

  /** `detail` false: entities with id, kind and name only, hops with `stated` only (src/graphql/selection.ts). */
  async shortestPaths(fromId: string, toId: string, filter: PathFilter, detail = true): Promise<GraphPath[]> {
    const rows = await this.db.read("queries/paths/shortest-paths", { fromId, toId, ...filter, detail });
    return rows.map(toPath);
  }
}
