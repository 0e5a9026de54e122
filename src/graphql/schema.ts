// The one buildSchema call. The emitted SDL (schema.graphql, sorted) is committed; tests fail when it
// is stale, and `npm run schema` rewrites it.
import "reflect-metadata";
import path from "node:path";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { PROJECT_ROOT } from "../config/config";
import type { GraphQLContext } from "./context";
import { CurationResolver } from "./resolvers/curation.resolver";
import { ENTITY_FIELD_RESOLVERS } from "./resolvers/entity.resolver";
import { LookupResolver } from "./resolvers/lookup.resolver";
import { MeetingsResolver } from "./resolvers/meetings.resolver";
import { NetworkResolver } from "./resolvers/network.resolver";
import { PathsResolver } from "./resolvers/paths.resolver";
import { SearchResolver } from "./resolvers/search.resolver";
import { SeriesResolver } from "./resolvers/series.resolver";
import { StatsResolver } from "./resolvers/stats.resolver";
import { TimelineResolver } from "./resolvers/timeline.resolver";
import { TracesResolver } from "./resolvers/traces.resolver";
import { ENTITY_TYPES } from "./types/entity.types";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema.graphql");

export const RESOLVERS = [
  LookupResolver,
  SearchResolver,
  MeetingsResolver,
  PathsResolver,
  TracesResolver,
  NetworkResolver,
  TimelineResolver,
  SeriesResolver,
  StatsResolver,
  CurationResolver,
  ...ENTITY_FIELD_RESOLVERS,
] as const;

/** Builds the executable schema; with `emitTo`, also writes the sorted SDL to that path. */
export function buildGraphQLSchema(options: { emitTo?: string } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    // Concrete entity types are reached only through the Entity interface: list them explicitly.
    orphanedTypes: [...ENTITY_TYPES],
    validate: { forbidUnknownValues: false },
    // Mutations are @Authorized: checked before the resolver runs, so a refused request sends no Cypher.
    authChecker: ({ context }: { context: GraphQLContext }) => context.actor !== null,
    emitSchemaFile: options.emitTo ? { path: options.emitTo, sortedSchema: true } : false,
  });
}
