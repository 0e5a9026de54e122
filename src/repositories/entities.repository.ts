// Entity and source lookups by id, and the relationships of entities — all batched (one statement per
// batch), so DataLoader can collapse a whole response level into one round trip.
import type { Database } from "../neo4j/database";
import { toEntity, toRelation, toSource, type Entity, type Relation, type SourceDoc } from "./model";

export type RelationDirection = "BOTH" | "OUTGOING" | "INCOMING";

/** Which relationships of one entity to return: a direction, and a page (limit null = all). */
export interface RelationsRequest {
  id: string;
  direction: RelationDirection;
  skip: number;
  limit: number | null;
}

export interface RelationsPage {
  /** Relationships matching the types and direction, before paging. */
  total: number;
  relations: Relation[];
}

export class EntitiesRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Entity>> {
    const rows = await this.db.read("queries/entities/entities-by-ids", { ids: [...new Set(ids)] });
    return new Map(rows.map((row) => {
      const entity = toEntity(row.entity as Record<string, unknown>);
      return [entity.id, entity];
    }));
  }

  async sourcesByIds(ids: readonly string[]): Promise<Map<string, SourceDoc>> {
    const rows = await this.db.read("queries/entities/sources-by-ids", { ids: [...new Set(ids)] });
    return new Map(rows.map((row) => {
      const source = toSource(row.source as Record<string, unknown>);
      return [source.id, source];
    }));
  }

  async allSources(): Promise<SourceDoc[]> {
    const rows = await this.db.read("queries/entities/all-sources");
    return rows.map((row) => toSource(row.source as Record<string, unknown>));
  }

  /**
   * One page of the relationships of each requested entity (only `types` when given), in one statement
   * for the whole batch: the result has one entry per request, in the order of `requests`.
   */
  async relationPages(requests: readonly RelationsRequest[], types: readonly string[] = []): Promise<RelationsPage[]> {
    if (requests.length === 0) return [];
    const rows = await this.db.read("queries/entities/relations-of", {
      requests: requests.map((r) => ({ id: r.id, direction: r.direction, skip: r.skip, limit: r.limit })),
      types: [...types],
    });
    const pages: RelationsPage[] = requests.map(() => ({ total: 0, relations: [] }));
    for (const row of rows) {
      const page = pages[Number(row.index)]!;
      page.total = Number(row.total ?? 0);
      if (row.type !== null) page.relations[Number(row.position)] = toRelation(String(row.type), row.outgoing === true, row.props as Record<string, unknown>, row.other as Record<string, unknown>);
    }
    return pages;
  }

  /** Every relationship of each entity (only `types` when given), keyed by entity id. */
  async relationsOf(ids: readonly string[], types: readonly string[] = []): Promise<Map<string, Relation[]>> {
    const unique = [...new Set(ids)];
    const pages = await this.relationPages(unique.map((id) => ({ id, direction: "BOTH", skip: 0, limit: null })), types);
    return new Map(unique.flatMap((id, i) => (pages[i]!.relations.length > 0 ? [[id, pages[i]!.relations] as const] : [])));
  }
}
