// Entity and source lookups by id, and the relationships of entities — all batched (one statement per
// batch), so DataLoader can collapse a whole response level into one round trip.
import type { Database } from "../neo4j/database";
import { ALL_ITEMS, rangeParams, type KeyedSlice, type KeyRange, type SortKey } from "./key-range";
import { toEntity, toRelation, toSource, type Entity, type Relation, type SourceDoc } from "./model";

export type RelationDirection = "BOTH" | "OUTGOING" | "INCOMING";

/** Which relationships of one entity to return: a direction, and a key range (ALL_ITEMS = all). */
export interface RelationsRequest {
  id: string;
  direction: RelationDirection;
  range: KeyRange;
}

export interface RelationsPage {
  /** Relationships matching the types and direction, before paging. */
  total: number;
  /** Whether matching relationships lie on the other side of the range's cursor. */
  hasOther: boolean;
  /** In paging direction (backwards for a backward range). */
  relations: Relation[];
  /** The sort key of each relation, in the same order. */
  keys: SortKey[];
}

/** Which neighbours of one entity to return: a direction and a key range. */
export interface NeighboursRequest {
  id: string;
  direction: RelationDirection;
  range: KeyRange;
}

/** A neighbour and every relationship (of the asked types) between it and the asked entity. */
export interface Neighbour {
  entity: Entity;
  relations: Relation[];
}

export interface NeighboursPage {
  /** Distinct neighbours matching the filters, before paging. */
  total: number;
  /** Whether matching neighbours lie on the other side of the range's cursor. */
  hasOther: boolean;
  /** In paging direction (backwards for a backward range). */
  neighbours: Neighbour[];
  /** The sort key of each neighbour, in the same order. */
  keys: SortKey[];
}

/** The filters of the browsing list (cypher/queries/entities/list-entities.cypher). */
export interface EntityListFilter {
  kind: string | null;
  text: string | null;
  /** First and last day of the time window ("YYYY-MM-DD") or null. */
  from: string | null;
  to: string | null;
  placeId: string | null;
  orderBy: "NAME" | "DATE";
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
      requests: requests.map((r) => ({ id: r.id, direction: r.direction, ...rangeParams(r.range) })),
      types: [...types],
    });
    const pages: RelationsPage[] = requests.map(() => ({ total: 0, hasOther: false, relations: [], keys: [] }));
    for (const row of rows) {
      const page = pages[Number(row.index)]!;
      page.total = Number(row.total ?? 0);
      page.hasOther = row.hasOther === true;
      if (row.type === null) continue;
      const position = Number(row.position);
      page.relations[position] = toRelation(String(row.type), row.outgoing === true, row.props as Record<string, unknown>, row.other as Record<string, unknown>);
      page.keys[position] = row.key as SortKey;
    }
    return pages;
  }

  /**
   * One keyset page of the entities of a kind (null: every kind) in the order `filter.orderBy`, with
   * the counts per kind of the entities matching every filter but the kind.
   */
  async list(filter: EntityListFilter, range: KeyRange): Promise<KeyedSlice<Entity> & { countsByKind: Array<{ kind: string; count: number }> }> {
    const text = filter.text === null ? null : filter.text.normalize("NFKC").toLowerCase();
    const [row] = await this.db.read("queries/entities/list-entities", { ...filter, text, ...rangeParams(range) });
    return {
      total: Number(row?.total ?? 0),
      hasOther: row?.hasOther === true,
      countsByKind: ((row?.countsByKind as Array<{ kind: string; count: number }>) ?? []).map((c) => ({ kind: String(c.kind), count: Number(c.count) })),
      slice: ((row?.slice as Array<{ key: SortKey; entity: Record<string, unknown> }>) ?? []).map((x) => ({ key: x.key, item: toEntity(x.entity) })),
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
      requests: requests.map((r) => ({ id: r.id, direction: r.direction, ...rangeParams(r.range) })),
      types: [...types],
      kinds: [...kinds],
    });
    const pages: NeighboursPage[] = requests.map(() => ({ total: 0, hasOther: false, neighbours: [], keys: [] }));
    for (const row of rows) {
      const page = pages[Number(row.index)]!;
      page.total = Number(row.total ?? 0);
      page.hasOther = row.hasOther === true;
      if (row.entity === null) continue;
      const other = row.entity as Record<string, unknown>;
      const relations = (row.relations as Array<{ type: string; outgoing: boolean; props: Record<string, unknown> }>).map((r) =>
        toRelation(r.type, r.outgoing === true, r.props, other),
      );
      page.neighbours[Number(row.position)] = { entity: toEntity(other), relations };
      page.keys[Number(row.position)] = row.key as SortKey;
    }
    return pages;
  }

  /** Every relationship of each entity (only `types` when given), keyed by entity id. */
  async relationsOf(ids: readonly string[], types: readonly string[] = []): Promise<Map<string, Relation[]>> {
    const unique = [...new Set(ids)];
    const pages = await this.relationPages(unique.map((id) => ({ id, direction: "BOTH", range: ALL_ITEMS })), types);
    return new Map(unique.flatMap((id, i) => (pages[i]!.relations.length > 0 ? [[id, pages[i]!.relations] as const] : [])));
  }
}
