import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { LinkKind } from "../../repositories/network.repository";
import type { GraphQLContext } from "../context";
import { toWindow } from "../shared/window.args";
import { NetworkLink } from "../shared/enums";
import { NetworkArgs } from "./network.args";
import { InstitutionNetwork } from "./network.type";

@Resolver()
export class NetworkResolver {
  @Query(() => InstitutionNetwork, {
    nullable: true,
    description:
      "Institutional network: the institutions linked to one institution within a depth, through people, events, projects, agreements and hierarchy, with edges weighted by shared activities. Null when the institution does not exist.",
  })
  async institutionNetwork(@Args(() => NetworkArgs) args: NetworkArgs, @Ctx() ctx: GraphQLContext) {
    const center = await ctx.loaders.entity.load(args.institutionId);
    if (!center || center.kind !== "Institution") return null;
    const network = await ctx.repos.network.around(center, {
      depth: args.depth,
      via: (args.via ?? Object.values(NetworkLink)) as LinkKind[],
      ...toWindow(args.from, args.to),
      maxNodes: args.maxNodes,
    });
    return { center, ...network };
  }
}
