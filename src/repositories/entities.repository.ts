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

/** Which neighbours of one entity to return: a direction and a page. */
export interface NeighboursRequest {
  id: string;
  direction: RelationDirection;
  skip: number;
  limit: number;
}

/** A neighbour and every relationship (of the asked types) between it and the asked entity. */
export interface Neighbour {
  entity: Entity;
  relations: Relation[];
}

export interface NeighboursPage {
  /** Distinct neighbours matching the filters, before paging. */
  total: number;
  neighbours: Neighbour[];
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

  /** Which of these ids belong to an entity (an index lookup each, nothing else read). */
  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.read("queries/entities/existing-ids", { ids: [...new Set(ids)] });
    return new Set(rows.map((row) => String(row.id)));
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

  /**
   * One page of the entities of a kind (null: every kind) in name order; `text` keeps those whose name
   * or an alias contains it (case-insensitive).
   */
  async list(kind: string | null, text: string | null, skip: number, limit: number): Promise<{ total: number; entities: Entity[] }> {
    const filter = text === null ? null : text.normalize("NFKC").toLowerCase();
    const [row] = await this.db.read("queries/entities/list-entities", { kind, text: filter, skip, limit });
    return {
      total: Number(row?.total ?? 0),
      entities: ((row?.entities as Array<Record<string, unknown>>) ?? []).map(toEntity),
    };
  }

  /** How many relationships (of `types`, in a direction) each requested entity has; null for an unknown id. */
  async degrees(requests: ReadonlyArray<{ id: string; direction: RelationDirection }>, types: readonly string[] = []): Promise<Array<number | null>> {
    if (requests.length === 0) return [];
    const rows = await this.db.read("queries/entities/degrees-of", {
      requests: requests.map((r) => ({ id: r.id, direction: r.direction })),
      types: [...types],
    });
    const degrees: Array<number | null> = requests.map(() => null);
    for (const row of rows) degrees[Number(row.index)] = Number(row.degree);
    return degrees;
  }

  /**
   * One page of the distinct neighbours of each requested entity (only over `types`, only neighbours of
   * `kinds` when given), in one statement for the batch; one entry per request, in order.
   */
  async neighbourPages(requests: readonly NeighboursRequest[], types: readonly string[] = [], kinds: readonly string[] = []): Promise<NeighboursPage[]> {
    if (requests.length === 0) return [];
    const rows = await this.db.read("queries/entities/neighbours-of", {
      requests: requests.map((r) => ({ id: r.id, direction: r.direction, skip: r.skip, limit: r.limit })),
      types: [...types],
      kinds: [...kinds],
    });
    const pages: NeighboursPage[] = requests.map(() => ({ total: 0, neighbours: [] }));
    for (const row of rows) {
      const page = pages[Number(row.index)]!;
      page.total = Number(row.total ?? 0);
      if (row.entity === null) continue;
      const other = row.entity as Record<string, unknown>;
      const relations = (row.relations as Array<{ type: string; outgoing: boolean; props: Record<string, unknown> }>).map((r) =>
        toRelation(r.type, r.outgoing === true, r.props, other),
      );
      page.neighbours[Number(row.position)] = { entity: toEntity(other), relations };
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
