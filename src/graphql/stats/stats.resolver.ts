import { Ctx, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context";
import { GraphStats } from "./stats.type";

@Resolver()
export class StatsResolver {
  @Query(() => GraphStats, { description: "How many nodes and relationships the graph holds, by kind and type." })
  graphStats(@Ctx() ctx: GraphQLContext): Promise<GraphStats> {
    return ctx.repos.stats.graphStats();
  }
}
