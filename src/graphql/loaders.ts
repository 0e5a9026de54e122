// Per-request DataLoaders: every nested lookup of one response level becomes one batched statement,
// so the number of Cypher round trips does not grow with the number of items returned.
import DataLoader from "dataloader";
import type { Repositories } from "../repositories";
import type { RelationDirection, RelationsPage, RelationsRequest } from "../repositories/entities.repository";
import type { Entity, SourceDoc } from "../repositories/model";

export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  source: DataLoader<string, SourceDoc | null>;
  /** Key: relationsKey(…) — entity id, types, direction and page. */
  relations: DataLoader<string, RelationsPage>;
}

/** A page of an entity's relationships; without `page`, all of them in both directions. */
export function relationsKey(
  id: string,
  types: readonly string[],
  page: { direction: RelationDirection; skip: number; limit: number } | null = null,
): string {
  return JSON.stringify([id, [...types].sort(), page?.direction ?? "BOTH", page?.skip ?? 0, page?.limit ?? null]);
}

export function createLoaders(repos: Repositories): Loaders {
  return {
    entity: new DataLoader(async (ids) => {
      const found = await repos.entities.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
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
        const [id, types, direction, skip, limit] = JSON.parse(key) as [string, string[], RelationDirection, number, number | null];
        const group = JSON.stringify(types);
        const entry = byTypes.get(group) ?? { types, requests: [], keys: [] };
        entry.requests.push({ id, direction, skip, limit });
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
      return keys.map((key) => results.get(key) ?? { total: 0, relations: [] });
    }),
  };
}
