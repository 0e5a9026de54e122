import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { Entity as EntityData } from "../../repositories/model";
import type { Activity, NetworkEdge as NetworkEdgeData } from "../../repositories/network.repository";
import { Entity, Institution } from "../entity/entity.type";
import { linkedEntity } from "../shared/path.resolver";
import type { LinkKind } from "../../repositories/network.repository";
import type { GraphQLContext } from "../context";
import { notFound } from "../errors";
import { toWindow } from "../shared/window.args";
import { NetworkLink } from "../shared/enums";
import { DETAIL_RULES, needsDetail } from "../selection";
import { NetworkArgs } from "./network.args";
import { InstitutionNetwork, NetworkEdge, SharedActivity } from "./network.type";

@Resolver()
export class NetworkResolver {
  @Query(() => InstitutionNetwork, {
    nullable: true,
    description:
      "Institutional network: the institutions linked to one institution within a depth, through people, events, projects, agreements and hierarchy, with edges weighted by shared activities. An unknown institution id is a NOT_FOUND error (the field is null then).",
  })
  async institutionNetwork(@Args(() => NetworkArgs) args: NetworkArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const center = await ctx.loaders.entity.load(args.institutionId);
    // The id's prefix was checked (institution:…), so an entity with this id is an institution.
    if (!center || center.kind !== "Institution") throw notFound([{ argument: "institutionId", id: args.institutionId }]);
    const via = (args.via ?? Object.values(NetworkLink)) as LinkKind[];
    const window = toWindow(args.from, args.to);
    const network = await ctx.repos.network.around(
      center,
      { depth: args.depth, via, ...window, maxNodes: args.maxNodes },
      {
        institutions: needsDetail(info, DETAIL_RULES.network),
        activities: needsDetail(info, DETAIL_RULES.networkActivities),
        stated: needsDetail(info, DETAIL_RULES.networkStated),
        evidence: needsDetail(info, DETAIL_RULES.networkEvidence),
      },
    );
    // An edge's activities depend on `via` and the window (not on depth or maxNodes): they are part of its id.
    const filters = [
      args.via ? `via=${[...new Set(args.via)].sort().join(",")}` : "",
      window.from ? `from=${window.from}` : "",
      window.to ? `to=${window.to}` : "",
    ]
      .filter(Boolean)
      .map((part) => `|${part}`)
      .join("");
    const edges = network.edges.map((edge) => ({ ...edge, id: `edge:${edge.sourceId}|${edge.targetId}${filters}` }));
    return { center, ...network, edges };
  }
}

/** Links of an edge to its two institutions, through the entity loader (one statement per level). */
@Resolver(() => NetworkEdge)
export class NetworkEdgeLinksResolver {
  @FieldResolver(() => Institution, { description: "One institution (sourceId is its id)." })
  source(@Root() edge: NetworkEdgeData, @Ctx() ctx: GraphQLContext): Promise<EntityData> {
    return linkedEntity(ctx, edge.sourceId);
  }

  @FieldResolver(() => Institution, { description: "The other institution (targetId is its id)." })
  target(@Root() edge: NetworkEdgeData, @Ctx() ctx: GraphQLContext): Promise<EntityData> {
    return linkedEntity(ctx, edge.targetId);
  }
}

/** Link of a shared activity to the shared entity, through the entity loader (one statement per level). */
@Resolver(() => SharedActivity)
export class SharedActivityLinksResolver {
  @FieldResolver(() => Entity, { nullable: true, description: "The shared person, event, project or document (`id` is its id); null for HIERARCHY." })
  entity(@Root() activity: Activity, @Ctx() ctx: GraphQLContext): Promise<EntityData> | null {
    return activity.id ? linkedEntity(ctx, activity.id) : null;
  }
}
