// Field resolvers shared by every entity (relations, sources) and the typed relation fields of some
// kinds. All go through the request's DataLoaders: one statement per response level.
import { Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { RelationDirection } from "../../repositories/entities.repository";
import type { Entity as EntityData, Evidence as EvidenceData, SourceDoc } from "../../repositories/model";
import type { GraphQLContext } from "../context";
import { degreeKey, neighboursKey, relationsKey } from "../loaders";
import { Evidence, Source } from "../shared/common.type";
import { requireKeyShape } from "../shared/connection.type";
import { keysetBounds, pageFromSlice } from "../shared/keyset";
import { DegreeArgs, NeighboursArgs, RelationsArgs } from "./entity.args";
import {
  Affiliation,
  Entity,
  Event,
  NeighbourConnection,
  Participation,
  Person,
  Place,
  RelationConnection,
  ResearchArea,
} from "./entity.type";

/** Key under which a query that already fetched an event's places leaves them on the event. */
export const PRELOADED_PLACES = "__places";

@Resolver(() => Entity)
export class EntityFieldsResolver {
  @FieldResolver(() => RelationConnection, {
    description:
      "This entity's relationships, each with its properties, evidence and the entity at the other end; by type, then the other entity's name and id, then the relationship's stored key.",
  })
  async relations(@Root() entity: EntityData, @Args(() => RelationsArgs) args: RelationsArgs, @Ctx() ctx: GraphQLContext) {
    requireKeyShape(args, 4, "relations");
    // The page is cut in Cypher (one statement for every entity of the response level).
    const page = await ctx.loaders.relations.load(relationsKey(entity.id, args.types ?? [], args.direction as RelationDirection, keysetBounds(args)));
    const keyOf = new Map(page.relations.map((relation, i) => [relation, page.keys[i]!]));
    return pageFromSlice(page.relations, (relation) => keyOf.get(relation)!, args, page.total, page.hasOther);
  }

  @FieldResolver(() => Int, {
    description: "How many relationships this entity has (only `types`, in one direction, when given): the same count as relations' totalCount, without fetching any.",
  })
  async degree(@Root() entity: EntityData, @Args(() => DegreeArgs) args: DegreeArgs, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.degree.load(degreeKey(entity.id, args.types ?? [], args.direction as RelationDirection))) ?? 0;
  }

  @FieldResolver(() => NeighbourConnection, {
    description:
      "The distinct entities linked to this one, each with the relationships between them, by name, then id: a capped expansion (first) with the count of all neighbours (totalCount) for \"N more\".",
  })
  async neighbours(@Root() entity: EntityData, @Args(() => NeighboursArgs) args: NeighboursArgs, @Ctx() ctx: GraphQLContext) {
    requireKeyShape(args, 2, "neighbours");
    const page = await ctx.loaders.neighbours.load(
      neighboursKey(entity.id, { types: args.types ?? [], kinds: args.kinds ?? [] }, args.direction as RelationDirection, keysetBounds(args)),
    );
    const keyOf = new Map(page.neighbours.map((neighbour, i) => [neighbour, page.keys[i]!]));
    return pageFromSlice(page.neighbours, (neighbour) => keyOf.get(neighbour)!, args, page.total, page.hasOther);
  }

  @FieldResolver(() => [Source], { description: "Every source that supports this entity (bounded: the sources that quote this one entity, each once)." })
  async sources(@Root() entity: EntityData, @Ctx() ctx: GraphQLContext): Promise<SourceDoc[]> {
    const sources = await ctx.loaders.source.loadMany(entity.sourceIds);
    return sources.filter((s): s is SourceDoc => s !== null && !(s instanceof Error));
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { nullable: true, description: "The source document (null for curated evidence)." })
  source(@Root() evidence: EvidenceData, @Ctx() ctx: GraphQLContext): Promise<SourceDoc | null> | null {
    return evidence.sourceId ? ctx.loaders.source.load(evidence.sourceId) : null;
  }
}

@Resolver(() => Person)
export class PersonFieldsResolver {
  @FieldResolver(() => [Affiliation], {
    description: "Titles and affiliations, each with the date a source states it: roles over time, earliest first (undated last) (bounded: the positions the sources state for this one person).",
  })
  async affiliations(@Root() person: EntityData, @Ctx() ctx: GraphQLContext) {
    const relations = (await ctx.loaders.relations.load(relationsKey(person.id, ["AFFILIATED_WITH"]))).relations;
    return relations
      .filter((r) => r.outgoing)
      .map((r) => ({ id: r.key, institution: r.other, title: r.title, asOf: r.asOf, stated: r.stated, evidence: r.evidence }))
      .sort(
        (a, b) =>
          (a.asOf?.earliest ?? "9999").localeCompare(b.asOf?.earliest ?? "9999") ||
          (a.asOf?.latest ?? "9999").localeCompare(b.asOf?.latest ?? "9999") ||
          (a.title ?? "").localeCompare(b.title ?? "") ||
          a.institution.id.localeCompare(b.institution.id),
      );
  }
}

@Resolver(() => Event)
export class EventFieldsResolver {
  @FieldResolver(() => [Place], { description: "Where the event was held (bounded: the places the sources name for this one event)." })
  async places(@Root() event: EntityData & { [PRELOADED_PLACES]?: EntityData[] }, @Ctx() ctx: GraphQLContext) {
    if (event[PRELOADED_PLACES]) return event[PRELOADED_PLACES];
    const relations = (await ctx.loaders.relations.load(relationsKey(event.id, ["HELD_IN"]))).relations;
    return relations.filter((r) => r.outgoing).map((r) => r.other);
  }

  @FieldResolver(() => Event, { nullable: true, description: "The previous meeting of its series (FOLLOWS), if the sources link one." })
  async previousInSeries(@Root() event: EntityData, @Ctx() ctx: GraphQLContext) {
    const relations = (await ctx.loaders.relations.load(relationsKey(event.id, ["FOLLOWS"]))).relations;
    return relations.find((r) => r.outgoing)?.other ?? null;
  }

  @FieldResolver(() => Event, { nullable: true, description: "The next meeting of its series, if the sources link one." })
  async nextInSeries(@Root() event: EntityData, @Ctx() ctx: GraphQLContext) {
    const relations = (await ctx.loaders.relations.load(relationsKey(event.id, ["FOLLOWS"]))).relations;
    return relations.find((r) => !r.outgoing)?.other ?? null;
  }

  @FieldResolver(() => [Participation], { description: "Who took part, and in what role (bounded: the participants the sources name for this one event)." })
  async participants(@Root() event: EntityData, @Ctx() ctx: GraphQLContext) {
    const relations = (await ctx.loaders.relations.load(relationsKey(event.id, ["PARTICIPATED_IN"]))).relations;
    return relations
      .filter((r) => !r.outgoing)
      .map((r) => ({ id: r.key, participant: r.other, role: r.role ?? "participant", stated: r.stated, evidence: r.evidence }));
  }
}

@Resolver(() => ResearchArea)
export class ResearchAreaFieldsResolver {
  @FieldResolver(() => [ResearchArea], { description: "Broader research areas this one is part of (NARROWER_THAN) (bounded: the areas this one is filed under directly)." })
  async broader(@Root() area: EntityData, @Ctx() ctx: GraphQLContext) {
    const relations = (await ctx.loaders.relations.load(relationsKey(area.id, ["NARROWER_THAN"]))).relations;
    return relations.filter((r) => r.outgoing).map((r) => r.other);
  }

  @FieldResolver(() => [ResearchArea], { description: "Narrower research areas within this one (bounded: the areas filed directly under this one)." })
  async narrower(@Root() area: EntityData, @Ctx() ctx: GraphQLContext) {
    const relations = (await ctx.loaders.relations.load(relationsKey(area.id, ["NARROWER_THAN"]))).relations;
    return relations.filter((r) => !r.outgoing).map((r) => r.other);
  }
}

export const ENTITY_FIELD_RESOLVERS = [EntityFieldsResolver, EvidenceResolver, PersonFieldsResolver, EventFieldsResolver, ResearchAreaFieldsResolver] as const;
