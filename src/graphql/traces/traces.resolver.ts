import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context";
import { DETAIL_RULES, needsDetail } from "../selection";
import { LIST_CAPS } from "../../server/limits";
import { requireExisting } from "../shared/existing-ids";
import { PriorityReachArgs, ProjectTraceArgs, traceFilter } from "./traces.args";
import { PriorityTrace } from "./traces.type";

@Resolver()
export class TracesResolver {
  @Query(() => [PriorityTrace], {
    description:
      "The cooperation priorities a project serves, each with the chain that links them (project → research area / policy dialogue / document → priority); every hop marked by its evidence kind, and the weakest hop named. One shortest chain per priority and setting document (up to 3 if equally short); flagship priorities first, then shorter chains. A chain that enters a policy dialogue over a hop no source states is left out unless a source says the project addresses the priority's area (a generic dialogue would otherwise link it to every priority). Filter by tier, setting document and statedOnly. An unknown project or setBy id is a NOT_FOUND error naming the argument.",
  })
  async projectPriorities(@Args(() => ProjectTraceArgs) args: ProjectTraceArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const traces = await ctx.repos.traces.prioritiesOfProject(args.projectId, needsDetail(info, DETAIL_RULES.traces), traceFilter(args));
    if (traces.length === 0) await requireExisting(ctx, { projectId: args.projectId, setBy: args.setBy });
    // Capped (LIST_CAPS, README › Limits) so the cost budget knows the list's real maximum.
    return traces.slice(0, LIST_CAPS["Query.projectPriorities"]).map((t) => ({ ...t, length: t.hops.length }));
  }

  @Query(() => [PriorityTrace], {
    description: "The reverse trace: for a research area set as a priority, the projects and events that trace to it, each with its chain. An unknown area or setBy id is a NOT_FOUND error naming the argument.",
  })
  async priorityReach(@Args(() => PriorityReachArgs) args: PriorityReachArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const traces = await ctx.repos.traces.reachOfPriority(args.areaId, args.kinds ?? [], needsDetail(info, DETAIL_RULES.traces), traceFilter(args));
    if (traces.length === 0) await requireExisting(ctx, { areaId: args.areaId, setBy: args.setBy });
    return traces.slice(0, LIST_CAPS["Query.priorityReach"]).map((t) => ({ ...t, length: t.hops.length }));
  }
}
