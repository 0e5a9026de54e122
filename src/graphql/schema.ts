// The one buildSchema call. The emitted SDL (schema.graphql, sorted) is committed; tests fail when it
// is stale, and `npm run schema` rewrites it.
//
// Layout of src/graphql (as in type-graphql's examples and GraphQL Hive's modules):
// - <feature>/<feature>.{args,type,resolver}.ts — one folder per feature: entity, meetings, traces,
//   network, paths, search, series, timeline, stats, curation. What only one feature uses lives in
//   its folder. Feature folders do not import each other, except entity/ (the entity types every
//   answer is made of), which all may import.
// - shared/ — what two or more features use: enums, Node, FuzzyDate/Evidence/Source, cursor
//   connections, paging and list-filter args, the time window (window.args.ts), paths with hops.
// - top level — the request plumbing the server imports: schema, context, loaders, selection, errors.
// Argument rules are class-validator decorators on @ArgsType classes (ids: @IsEntityId from
// domain/ids.ts); only rules across arguments (a window that ends before it starts, the same id
// twice) are checked in code.
import "reflect-metadata";
import path from "node:path";
import { isInterfaceType, type GraphQLSchema } from "graphql";
import { buildSchema, emitSchemaDefinitionFile, getMetadataStorage } from "type-graphql";
import { PROJECT_ROOT } from "../config/config";
import type { GraphQLContext } from "./context";
import { CurationResolver } from "./curation/curation.resolver";
import { ENTITY_FIELD_RESOLVERS } from "./entity/entity-fields.resolver";
import { EntityResolver } from "./entity/entity.resolver";
import { MeetingsResolver } from "./meetings/meetings.resolver";
import { InstitutionNetworkPagesResolver, NetworkEdgeLinksResolver, NetworkResolver, SharedActivityLinksResolver } from "./network/network.resolver";
import { PathsResolver } from "./paths/paths.resolver";
import { SearchResolver } from "./search/search.resolver";
import { SeriesMeetingLinksResolver, SeriesResolver } from "./series/series.resolver";
import { HopLinksResolver } from "./shared/path.resolver";
import { StatsResolver } from "./stats/stats.resolver";
import { TimelineResolver } from "./timeline/timeline.resolver";
import { TracesResolver } from "./traces/traces.resolver";
import { ENTITY_TYPES } from "./entity/entity.type";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema.graphql");

export const RESOLVERS = [
  EntityResolver,
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
  HopLinksResolver,
  NetworkEdgeLinksResolver,
  InstitutionNetworkPagesResolver,
  SharedActivityLinksResolver,
  SeriesMeetingLinksResolver,
] as const;

// type-graphql builds the root types itself and takes no description for them (2.0): they are set on
// the built schema, before it is emitted or served, so schema.graphql and introspection both show them.
const ROOT_DESCRIPTIONS = {
  Query:
    "Reads of the EU–Japan science, technology and innovation cooperation graph: who met whom, project-to-priority traces, institution networks, paths, search, timeline, series and lookups. Entities, relationships, meetings and hops carry their evidence: the quotes from the sources, or the curator's reason.",
  Mutation:
    "Curated changes to the graph, each with its provenance and kept in the edit log; every mutation needs a bearer token.",
} as const;

/**
 * Plain fields of object types are read by graphql-js's own property access, not through a resolver
 * of type-graphql's that runs the (empty) middleware chain for every field of every answer
 * (`simple`, type-graphql's option for this; bench/PROFILE.md §11). Field resolvers are not affected,
 * nor are fields whose GraphQL name differs from their property (the default resolver reads the
 * GraphQL name). A simple field skips middlewares and @Authorized: the build refuses one that has
 * either.
 */
function plainFieldsAsPropertyReads(): void {
  for (const field of getMetadataStorage().fields) if (field.schemaName === field.name) field.simple ??= true;
}

function checkPlainFields(): void {
  const storage = getMetadataStorage();
  for (const field of storage.fields) {
    if (!field.simple || storage.fieldResolvers.some((r) => r.methodName === field.name && r.getObjectType?.() === field.target)) continue;
    if (field.roles?.length || field.middlewares?.length) {
      throw new Error(`${field.target.name}.${field.name}: a plain field with @Authorized or middlewares would skip them (simple resolvers): give it a @FieldResolver`);
    }
  }
}

/**
 * type-graphql wraps each interface's resolveType in an async function; graphql-jit (which executes
 * the operations, src/server/compiled-execution.ts) needs the type name at once. Our resolveTypes
 * return the name synchronously (Node, Entity): they are installed as they are.
 */
function synchronousTypeResolution(schema: GraphQLSchema): void {
  for (const meta of getMetadataStorage().interfaceTypes) {
    const type = schema.getType(meta.name);
    const resolveType = meta.resolveType as ((value: unknown) => unknown) | undefined;
    if (!isInterfaceType(type) || !resolveType) continue;
    // Anything but a name is no type, as type-graphql's wrapper treats it (graphql-js then refuses it).
    type.resolveType = (value) => {
      const name = resolveType(value);
      return typeof name === "string" ? name : undefined;
    };
  }
}

/** Builds the executable schema; with `emitTo`, also writes the sorted SDL to that path. */
export async function buildGraphQLSchema(options: { emitTo?: string } = {}): Promise<GraphQLSchema> {
  plainFieldsAsPropertyReads();
  const schema = await buildSchema({
    resolvers: [...RESOLVERS],
    // Concrete entity types are reached only through the Entity interface: list them explicitly.
    orphanedTypes: [...ENTITY_TYPES],
    validate: { forbidUnknownValues: false },
    // Mutations are @Authorized: checked before the resolver runs, so a refused request sends no Cypher.
    authChecker: ({ context }: { context: GraphQLContext }) => context.actor !== null,
  });
  checkPlainFields();
  synchronousTypeResolution(schema);
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (root) root.description = ROOT_DESCRIPTIONS[root.name as keyof typeof ROOT_DESCRIPTIONS];
  }
  if (options.emitTo) await emitSchemaDefinitionFile(options.emitTo, schema, { sortedSchema: true });
  return schema;
}
