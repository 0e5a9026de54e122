// Entity and source lookups by id, and the relationships of entities — all batched (one statement per
// batch), so DataLoader can collapse a whole response level into one round trip.
import type { Database } from "../neo4j/database";
import { toEntity, toRelation, toSource, type Entity, type Relation, type SourceDoc } from "./model";

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

  /** Relationships of each entity (only `types` when given), keyed by entity id. */
  async relationsOf(ids: readonly string[], types: readonly string[] = []): Promise<Map<string, Relation[]>> {
    const rows = await this.db.read("queries/entities/relations-of", { ids: [...new Set(ids)], types: [...types] });
    const byId = new Map<string, Relation[]>();
    for (const row of rows) {
      const id = String(row.id);
      const relation = toRelation(String(row.type), row.outgoing === true, row.props as Record<string, unknown>, row.other as Record<string, unknown>);
      const list = byId.get(id);
      if (list) list.push(relation);
      else byId.set(id, [relation]);
    }
    return byId;
  }
}
