import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context";
import { toWindow } from "../shared/window.args";
import { badInput } from "../errors";
import { requireExisting } from "../shared/existing-ids";
import { DETAIL_RULES, needsDetail } from "../selection";
import { GraphPath } from "../shared/path.type";
import { ConnectionArgs } from "./paths.args";

@Resolver()
export class PathsResolver {
  @Query(() => [GraphPath], {
    description:
      "How are X and Y connected: the shortest path(s) between two entities up to maxHops, each hop typed and with its evidence. Optionally only over some relationship types and through entities dated within a window. Empty when there is no such path; an unknown id is a NOT_FOUND error naming the argument.",
  })
  async howConnected(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    if (args.fromId === args.toId) throw badInput("toId", "must differ from fromId");
    const paths = await ctx.repos.paths.shortestPaths(args.fromId, args.toId, {
      maxHops: args.maxHops,
      types: args.relationTypes ?? [],
      ...toWindow(args.from, args.to),
      limit: args.limit,
    }, needsDetail(info, DETAIL_RULES.howConnected));
    if (paths.length === 0) await requireExisting(ctx, { fromId: args.fromId, toId: args.toId });
    return paths.map((path) => ({ ...path, length: path.hops.length }));
  }
}
