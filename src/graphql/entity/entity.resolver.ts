import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Entity as EntityData, SourceDoc } from "../../repositories/model";
import type { GraphQLContext } from "../context";
import { EntitiesArgs, IdArgs, skipOf } from "../shared/page.args";
import { expectPrefix } from "../shared/window.args";
import { Source } from "../shared/common.type";
import { toPage } from "../shared/connection.type";
import { Entity, Event, Institution, Node, Person, Project, ResearchArea } from "./entity.type";
import { LIST_CAPS } from "../../server/limits";
import { EntityConnection } from "../shared/path.type";

@Resolver()
export class LookupResolver {
  @Query(() => Node, { nullable: true, description: "Any entity or source by its global id; null when there is none." })
  async node(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: GraphQLContext): Promise<EntityData | SourceDoc | null> {
    return id.startsWith("source:") ? ctx.loaders.source.load(id) : ctx.loaders.entity.load(id);
  }

  @Query(() => EntityConnection, {
    description:
      "Every entity of a kind (or of every kind) in name order, optionally only those whose name or an alias contains a text: for browsing lists. Counts per kind: graphStats.labels. To find an entity by words, use search.",
  })
  async entities(@Args(() => EntitiesArgs) args: EntitiesArgs, @Ctx() ctx: GraphQLContext) {
    const skip = skipOf(args.after);
    const { total, entities } = await ctx.repos.entities.list(args.kind ?? null, args.text ?? null, skip, args.first);
    return toPage(entities, skip, total);
  }

  @Query(() => Entity, { nullable: true, description: "Any entity by id; null when there is none." })
  entity(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: GraphQLContext): Promise<EntityData | null> {
    return ctx.loaders.entity.load(id);
  }

  @Query(() => Person, { nullable: true, description: "A person by id (person:…); null when there is none." })
  person(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.typed(id, "person", "Person", ctx);
  }

  @Query(() => Institution, { nullable: true, description: "An institution by id (institution:…); null when there is none." })
  institution(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.typed(id, "institution", "Institution", ctx);
  }

  @Query(() => Project, { nullable: true, description: "A project by id (project:…); null when there is none." })
  project(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.typed(id, "project", "Project", ctx);
  }

  @Query(() => Event, { nullable: true, description: "An event by id (event:…); null when there is none." })
  event(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.typed(id, "event", "Event", ctx);
  }

  @Query(() => ResearchArea, { nullable: true, description: "A research area by id (area:…); null when there is none." })
  researchArea(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.typed(id, "area", "ResearchArea", ctx);
  }

  @Query(() => Source, { nullable: true, description: "A source document by id (source:…); null when there is none." })
  source(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<SourceDoc | null> {
    expectPrefix(id, "source", "id");
    return ctx.loaders.source.load(id);
  }

  @Query(() => [Source], { description: "Every source document the graph is built from, oldest first." })
  async sources(@Ctx() ctx: GraphQLContext): Promise<SourceDoc[]> {
    return (await ctx.repos.entities.allSources()).slice(0, LIST_CAPS["Query.sources"]);
  }

  private async typed(id: string, prefix: string, kind: string, ctx: GraphQLContext): Promise<EntityData | null> {
    expectPrefix(id, prefix, "id");
    const entity = await ctx.loaders.entity.load(id);
    return entity && entity.kind === kind ? entity : null;
  }
}
