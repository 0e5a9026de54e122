// Entity lookups: node, entity and the typed lookups by id, the browsing list, and the sources.
import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Entity as EntityData, SourceDoc } from "../../repositories/model";
import type { GraphQLContext } from "../context";
import { Source } from "../shared/common.type";
import { pageOfSlice, requireKeyShape } from "../shared/connection.type";
import { requireExisting } from "../shared/existing-ids";
import { compareKeys, ConnectionArgs, keysetBounds, pageByKey, type SortKey } from "../shared/keyset";
import { toWindow } from "../shared/window.args";
import {
  EntitiesArgs,
  EventIdArgs,
  IdArgs,
  InstitutionIdArgs,
  NodesArgs,
  PersonIdArgs,
  ProjectIdArgs,
  ResearchAreaIdArgs,
  SourceIdArgs,
} from "./entity.args";
import { Entity, EntityConnection, Event, Institution, Node, Person, Project, ResearchArea } from "./entity.type";
import { SourceConnection } from "./sources.type";

/** An entity or a source by id, through the request's loaders (sources are kept apart from entities). */
function nodeById(id: string, ctx: GraphQLContext): Promise<EntityData | SourceDoc | null> {
  return id.startsWith("source:") ? ctx.loaders.source.load(id) : ctx.loaders.entity.load(id);
}

@Resolver()
export class EntityResolver {
  @Query(() => Node, { nullable: true, description: "Any entity or source by its global id; null when none has this id (a lookup: an unknown id is not an error here)." })
  async node(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: GraphQLContext): Promise<EntityData | SourceDoc | null> {
    return nodeById(id, ctx);
  }

  @Query(() => [Node], {
    nullable: "items",
    description:
      "Entities and sources by global id (the Relay convention): one item per id, in the order of ids, null where none has that id (a lookup: an unknown id is not an error here). At most 100 ids; any number of kinds in one batched statement per kind of store (entities, sources).",
  })
  async nodes(@Args(() => NodesArgs) { ids }: NodesArgs, @Ctx() ctx: GraphQLContext): Promise<Array<EntityData | SourceDoc | null>> {
    return Promise.all(ids.map((id) => nodeById(id, ctx)));
  }

  @Query(() => EntityConnection, {
    description:
      "Every entity of a kind (or of every kind) for browsing lists, by name (default) or by date, filtered by a text in the name or an alias, a time window and a place; with the counts per kind. Cursors are sort keys ([name ignoring case, id], or [undated, first day, name, id] by date), so paging continues at the same item after curated inserts and deletes. An unknown place id is a NOT_FOUND error naming filter.placeId. To find an entity by words, use search.",
  })
  async entities(@Args(() => EntitiesArgs) args: EntitiesArgs, @Ctx() ctx: GraphQLContext) {
    requireKeyShape(args, args.orderBy === "DATE" ? 4 : 2, `entities ordered by ${args.orderBy}`);
    const filter = args.filter ?? {};
    const window = toWindow(filter.from, filter.to, "filter.to");
    const result = await ctx.repos.entities.list(
      { kind: args.kind ?? null, text: filter.text ?? null, ...window, placeId: filter.placeId ?? null, orderBy: args.orderBy },
      keysetBounds(args),
    );
    // Matches prove the place exists; none may be a mistyped place id.
    if (result.countsByKind.length === 0) await requireExisting(ctx, { "filter.placeId": filter.placeId });
    return { ...pageOfSlice(result, args), countsByKind: result.countsByKind };
  }

  @Query(() => Entity, { nullable: true, description: "Any entity by id; null when none has this id (a lookup: an unknown id is not an error here)." })
  entity(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: GraphQLContext): Promise<EntityData | null> {
    return ctx.loaders.entity.load(id);
  }

  @Query(() => Person, { nullable: true, description: "A person by id (person:…); null when none has this id (a lookup: an unknown id is not an error here)." })
  person(@Args(() => PersonIdArgs) { id }: { id: string }, @Ctx() ctx: GraphQLContext) {
    return this.ofKind(id, "Person", ctx);
  }

  @Query(() => Institution, { nullable: true, description: "An institution by id (institution:…); null when none has this id (a lookup: an unknown id is not an error here)." })
  institution(@Args(() => InstitutionIdArgs) { id }: { id: string }, @Ctx() ctx: GraphQLContext) {
    return this.ofKind(id, "Institution", ctx);
  }

  @Query(() => Project, { nullable: true, description: "A project by id (project:…); null when none has this id (a lookup: an unknown id is not an error here)." })
  project(@Args(() => ProjectIdArgs) { id }: { id: string }, @Ctx() ctx: GraphQLContext) {
    return this.ofKind(id, "Project", ctx);
  }

  @Query(() => Event, { nullable: true, description: "An event by id (event:…); null when none has this id (a lookup: an unknown id is not an error here)." })
  event(@Args(() => EventIdArgs) { id }: { id: string }, @Ctx() ctx: GraphQLContext) {
    return this.ofKind(id, "Event", ctx);
  }

  @Query(() => ResearchArea, { nullable: true, description: "A research area by id (area:…); null when none has this id (a lookup: an unknown id is not an error here)." })
  researchArea(@Args(() => ResearchAreaIdArgs) { id }: { id: string }, @Ctx() ctx: GraphQLContext) {
    return this.ofKind(id, "ResearchArea", ctx);
  }

  @Query(() => Source, { nullable: true, description: "A source document by id (source:…); null when none has this id (a lookup: an unknown id is not an error here)." })
  source(@Args(() => SourceIdArgs) { id }: { id: string }, @Ctx() ctx: GraphQLContext): Promise<SourceDoc | null> {
    return ctx.loaders.source.load(id);
  }

  @Query(() => SourceConnection, {
    description:
      "The source documents the graph is built from, oldest first (by date as written, then id; undated last). Paged (first/after, last/before; keyset cursors); totalCount is every source.",
  })
  async sources(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    // The statement returns every source (tens to hundreds, one per document): paged in Node, by the
    // same key re-sorted here so the page and the cursors agree.
    const keyOf = (source: SourceDoc): SortKey => [source.date?.value ?? null, source.id];
    const sources = (await ctx.repos.entities.allSources()).sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
    requireKeyShape(page, 2, "sources");
    return pageByKey(sources, keyOf, page);
  }

  /** The entity, if it is of this kind (the id's prefix was checked by the args class). */
  private async ofKind(id: string, kind: string, ctx: GraphQLContext): Promise<EntityData | null> {
    const entity = await ctx.loaders.entity.load(id);
    return entity && entity.kind === kind ? entity : null;
  }
}
