// Links of a hop (from, to): its end entities through the request's entity loader, so every hop of a
// response level costs one batched statement together, not one each.
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Entity as EntityData, Hop as HopData } from "../../repositories/model";
import type { GraphQLContext } from "../context";
import { Entity } from "../entity/entity.type";
import { Hop } from "./path.type";

/** An entity a stored relationship links to: present, since a relationship needs both its ends. */
export async function linkedEntity(ctx: GraphQLContext, id: string): Promise<EntityData> {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) throw new Error(`the linked entity ${id} was not found (deleted during the request?)`);
  return entity;
}

@Resolver(() => Hop)
export class HopLinksResolver {
  @FieldResolver(() => Entity, { description: "The relationship's start node (as stored; fromId is its id)." })
  from(@Root() hop: HopData, @Ctx() ctx: GraphQLContext): Promise<EntityData> {
    return linkedEntity(ctx, hop.fromId);
  }

  @FieldResolver(() => Entity, { description: "The relationship's end node (as stored; toId is its id)." })
  to(@Root() hop: HopData, @Ctx() ctx: GraphQLContext): Promise<EntityData> {
    return linkedEntity(ctx, hop.toId);
  }
}
