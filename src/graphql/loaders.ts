// Per-request DataLoaders: every nested lookup of one response level becomes one batched statement,
// so the number of Cypher round trips does not grow with the number of items returned.
import DataLoader from "dataloader";
import type { Repositories } from "../repositories";
import type { NeighboursPage, NeighboursRequest, RelationDirection, RelationsPage, RelationsRequest } from "../repositories/entities.repository";
import { ALL_ITEMS, type KeyRange } from "../repositories/key-range";
import type { Entity, SourceDoc } from "../repositories/model";

export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  /** Whether an entity has this id: the batched existence check behind NOT_FOUND (src/graphql/shared/existing-ids.ts). */
  exists: DataLoader<string, boolean>;
  source: DataLoader<string, SourceDoc | null>;
  /** Key: relationsKey(…) — entity id, types, direction and page. */
  relations: DataLoader<string, RelationsPage>;
  /** Key: degreeKey(…) — entity id, types and direction; null for an unknown entity. */
  degree: DataLoader<string, number | null>;
  /** Key: neighboursKey(…) — entity id, types, kinds, direction and page. */
  neighbours: DataLoader<string, NeighboursPage>;
}

export function degreeKey(id: string, types: readonly string[], direction: RelationDirection): string {
  return JSON.stringify([id, [...types].sort(), direction]);
}

export function neighboursKey(
  id: string,
  filter: { types: readonly string[]; kinds: readonly string[] },
  direction: RelationDirection,
  range: KeyRange,
): string {
  return JSON.stringify([id, [...filter.types].sort(), [...filter.kinds].sort(), direction, range]);
}

/** Groups DataLoader keys by the part that must be one statement's shared parameters (the filters). */
function groupBy<R>(keys: readonly string[], split: (key: string) => { group: string; request: R }): Map<string, { requests: R[]; keys: string[] }> {
  const groups = new Map<string, { requests: R[]; keys: string[] }>();
  for (const key of keys) {
    const { group, request } = split(key);
    const entry = groups.get(group) ?? { requests: [], keys: [] };
    entry.requests.push(request);
    entry.keys.push(key);
    groups.set(group, entry);
  }
  return groups;
}

/** A page of an entity's relationships; without a direction and range, all of them in both directions. */
export function relationsKey(id: string, types: readonly string[], direction: RelationDirection = "BOTH", range: KeyRange = ALL_ITEMS): string {
  return JSON.stringify([id, [...types].sort(), direction, range]);
}

export function createLoaders(repos: Repositories): Loaders {
  // The entity loader's cache, readable here: an id this request already asked for as an entity (e.g.
  // project(id) beside projectPriorities) answers the existence check without another statement.
  const entityCache = new Map<string, Promise<Entity | null>>();
  return {
    entity: new DataLoader(
      async (ids) => {
        const found = await repos.entities.byIds(ids);
        return ids.map((id) => found.get(id) ?? null);
      },
      { cacheMap: entityCache },
    ),
    exists: new DataLoader(async (ids) => {
      const unread = ids.filter((id) => !entityCache.has(id));
      const found = unread.length > 0 ? await repos.entities.existingIds(unread) : new Set<string>();
      return Promise.all(ids.map(async (id) => (entityCache.has(id) ? (await entityCache.get(id)!) !== null : found.has(id))));
    }),
    source: new DataLoader(async (ids) => {
      const found = await repos.entities.sourcesByIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    relations: new DataLoader(async (keys) => {
      // One statement per distinct type filter among the keys (normally one); each key is one request
      // (entity, direction, page) of that statement.
      const byTypes = new Map<string, { types: string[]; requests: RelationsRequest[]; keys: string[] }>();
      for (const key of keys) {
        const [id, types, direction, range] = JSON.parse(key) as [string, string[], RelationDirection, KeyRange];
        const group = JSON.stringify(types);
        const entry = byTypes.get(group) ?? { types, requests: [], keys: [] };
        entry.requests.push({ id, direction, range });
        entry.keys.push(key);
        byTypes.set(group, entry);
      }
      const results = new Map<string, RelationsPage>();
      await Promise.all(
        [...byTypes.values()].map(async ({ types, requests, keys: groupKeys }) => {
          const pages = await repos.entities.relationPages(requests, types);
          groupKeys.forEach((key, i) => results.set(key, pages[i]!));
        }),
      );
      return keys.map((key) => results.get(key) ?? { total: 0, hasOther: false, relations: [], keys: [] });
    }),
    degree: new DataLoader(async (keys) => {
      const groups = groupBy(keys, (key) => {
        const [id, types, direction] = JSON.parse(key) as [string, string[], RelationDirection];
        return { group: JSON.stringify(types), request: { id, direction } };
      });
      const results = new Map<string, number | null>();
      await Promise.all(
        [...groups.entries()].map(async ([group, { requests, keys: groupKeys }]) => {
          const degrees = await repos.entities.degrees(requests, JSON.parse(group) as string[]);
          groupKeys.forEach((key, i) => results.set(key, degrees[i] ?? null));
        }),
      );
      return keys.map((key) => results.get(key) ?? null);
    }),
    neighbours: new DataLoader(async (keys) => {
      const groups = groupBy<NeighboursRequest>(keys, (key) => {
        const [id, types, kinds, direction, range] = JSON.parse(key) as [string, string[], string[], RelationDirection, KeyRange];
        return { group: JSON.stringify([types, kinds]), request: { id, direction, range } };
      });
      const results = new Map<string, NeighboursPage>();
      await Promise.all(
        [...groups.entries()].map(async ([group, { requests, keys: groupKeys }]) => {
          const [types, kinds] = JSON.parse(group) as [string[], string[]];
          const pages = await repos.entities.neighbourPages(requests, types, kinds);
          groupKeys.forEach((key, i) => results.set(key, pages[i]!));
        }),
      );
      return keys.map((key) => results.get(key) ?? { total: 0, hasOther: false, neighbours: [], keys: [] });
    }),
  };
}
