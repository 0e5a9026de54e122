// The one buildSchema call. The emitted SDL (schema.graphql, sorted) is committed; tests fail when it
// is stale, and `npm run schema` rewrites it.
import "reflect-metadata";
import path from "node:path";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { PROJECT_ROOT } from "../config/config";
import { StatsResolver } from "./resolvers/stats.resolver";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema.graphql");

export const RESOLVERS = [StatsResolver] as const;

/** Builds the executable schema; with `emitTo`, also writes the sorted SDL to that path. */
export function buildGraphQLSchema(options: { emitTo?: string } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: options.emitTo ? { path: options.emitTo, sortedSchema: true } : false,
  });
}
