// Per-request DataLoaders: every nested lookup of one response level becomes one batched statement,
// so the number of Cypher round trips does not grow with the number of items returned.
import DataLoader from "dataloader";
import type { Repositories } from "../repositories";
import type { Entity, Relation, SourceDoc } from "../repositories/model";

export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  source: DataLoader<string, SourceDoc | null>;
  /** Key: JSON of [entityId, sortedTypes]. */
  relations: DataLoader<string, Relation[]>;
}

export function relationsKey(id: string, types: readonly string[]): string {
  return JSON.stringify([id, [...types].sort()]);
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
      // One statement per distinct type filter among the keys (normally one).
      const parsed = keys.map((key) => JSON.parse(key) as [string, string[]]);
      const byTypes = new Map<string, string[]>();
      for (const [id, types] of parsed) {
        const group = JSON.stringify(types);
        byTypes.set(group, [...(byTypes.get(group) ?? []), id]);
      }
      const results = new Map<string, Relation[]>();
      await Promise.all(
        [...byTypes].map(async ([group, ids]) => {
          const found = await repos.entities.relationsOf(ids, JSON.parse(group) as string[]);
          for (const id of ids) results.set(relationsKey(id, JSON.parse(group) as string[]), found.get(id) ?? []);
        }),
      );
      return keys.map((key) => results.get(key) ?? []);
    }),
  };
}
