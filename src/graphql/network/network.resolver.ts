import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { LinkKind } from "../../repositories/network.repository";
import type { GraphQLContext } from "../context";
import { notFound } from "../errors";
import { toWindow } from "../shared/window.args";
import { NetworkLink } from "../shared/enums";
import { NetworkArgs } from "./network.args";
import { InstitutionNetwork } from "./network.type";

@Resolver()
export class NetworkResolver {
  @Query(() => InstitutionNetwork, {
    nullable: true,
    description:
      "Institutional network: the institutions linked to one institution within a depth, through people, events, projects, agreements and hierarchy, with edges weighted by shared activities. An unknown institution id is a NOT_FOUND error (the field is null then).",
  })
  async institutionNetwork(@Args(() => NetworkArgs) args: NetworkArgs, @Ctx() ctx: GraphQLContext) {
    const center = await ctx.loaders.entity.load(args.institutionId);
    // The id's prefix was checked (institution:…), so an entity with this id is an institution.
    if (!center || center.kind !== "Institution") throw notFound([{ argument: "institutionId", id: args.institutionId }]);
    const network = await ctx.repos.network.around(center, {
      depth: args.depth,
      via: (args.via ?? Object.values(NetworkLink)) as LinkKind[],
      ...toWindow(args.from, args.to),
      maxNodes: args.maxNodes,
    });
    return { center, ...network };
  }
}
