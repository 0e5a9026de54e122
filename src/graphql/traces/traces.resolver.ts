import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import { TRACE_KEY_PARTS } from "../../repositories/traces.repository";
import type { GraphQLContext } from "../context";
import { badInput } from "../errors";
import { DETAIL_RULES, needsDetail } from "../selection";
import { pageOfSlice, requireKeyShape } from "../shared/connection.type";
import { requireExisting } from "../shared/existing-ids";
import { ConnectionArgs, decodeKeyCursor, keysetBounds } from "../shared/keyset";
import { PriorityReachArgs, ProjectTraceArgs, traceFilter } from "./traces.args";
import { PriorityTraceConnection } from "./traces.type";

/**
 * The statements compare cursors with their keys in Cypher: a key of another shape ([tier rank,
 * length, priority name, setter id, origin id, trace id]) is a cursor of another list.
 */
function requireTraceKey(page: ConnectionArgs): void {
  requireKeyShape(page, TRACE_KEY_PARTS, "priority traces");
  for (const argument of ["after", "before"] as const) {
    const key = page[argument] == null ? null : decodeKeyCursor(page[argument]!);
    if (key && !(typeof key[0] === "number" && typeof key[1] === "number" && key.slice(2).every((part) => typeof part === "string"))) {
      throw badInput(argument, "is a cursor of another list or order, not of priority traces: pass a cursor this list returned");
    }
  }
}

const ORDER_NOTE =
  "Paged (first/after, last/before; keyset cursors): flagship priorities first, then ongoing, then potential; within a tier shorter chains first, then by the priority's name, the setting document's id, the origin's id and the trace's id.";

@Resolver()
export class TracesResolver {
  @Query(() => PriorityTraceConnection, {
    description: `The cooperation priorities a project serves, each with the chain that links them (project → research area / policy dialogue / document → priority); every hop marked by its evidence kind, and the weakest hop named. One shortest chain per priority and setting document (up to 3 if equally short). ${ORDER_NOTE} A chain that enters a policy dialogue over a hop no source states is left out unless a source says the project addresses the priority's area (a generic dialogue would otherwise link it to every priority). Filter by tier, setting document and statedOnly. An unknown project or setBy id is a NOT_FOUND error naming the argument.`,
  })
  async projectPriorities(
    @Args(() => ProjectTraceArgs) args: ProjectTraceArgs,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    requireTraceKey(page);
    const traces = await ctx.repos.traces.prioritiesOfProject(args.projectId, keysetBounds(page), needsDetail(info, DETAIL_RULES.traces), traceFilter(args));
    if (traces.total === 0) await requireExisting(ctx, { projectId: args.projectId, setBy: args.setBy });
    return pageOfSlice(traces, page);
  }

  @Query(() => PriorityTraceConnection, {
    description: `The reverse trace: for a research area set as a priority, the projects and events that trace to it, each with its chain (the same rules as projectPriorities). ${ORDER_NOTE} Filter by tier, setting document, statedOnly and the kinds of origin. An unknown area or setBy id is a NOT_FOUND error naming the argument.`,
  })
  async priorityReach(
    @Args(() => PriorityReachArgs) args: PriorityReachArgs,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    requireTraceKey(page);
    const traces = await ctx.repos.traces.reachOfPriority(args.areaId, args.kinds ?? [], keysetBounds(page), needsDetail(info, DETAIL_RULES.traces), traceFilter(args));
    if (traces.total === 0) await requireExisting(ctx, { areaId: args.areaId, setBy: args.setBy });
    return pageOfSlice(traces, page);
  }
}
