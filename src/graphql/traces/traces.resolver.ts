import { createHash } from "node:crypto";
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { Trace } from "../../repositories/traces.repository";
import type { GraphQLContext } from "../context";
import { DETAIL_RULES, needsDetail } from "../selection";
import { requireExisting } from "../shared/existing-ids";
import { compareKeys, ConnectionArgs, pageByKey, type Page, type SortKey } from "../shared/keyset";
import { PriorityReachArgs, ProjectTraceArgs, traceFilter } from "./traces.args";
import { PriorityTraceConnection } from "./traces.type";
import { requireKeyShape } from "../shared/connection.type";

export type TraceNode = Trace & { id: string; length: number };

const TIER_ORDER = ["flagship", "ongoing", "potential"];

/** A trace's id: its ends and setter, and a digest of its hops (up to 3 equally short chains share the rest). */
function traceId(trace: Trace): string {
  const hops = createHash("sha256").update(trace.hops.map((hop) => hop.id).join(" ")).digest("base64url").slice(0, 16);
  return `trace:${trace.origin.id}|${trace.priority.id}|${trace.setBy.id}|${hops}`;
}

/** The documented order (PriorityTraceConnection): tier, chain length, priority name, setter, origin, id. */
export function traceKey(trace: TraceNode): SortKey {
  return [TIER_ORDER.indexOf(trace.tier), trace.length, trace.priority.name, trace.setBy.id, trace.origin.id, trace.id];
}

/**
 * One page of the computed traces. The statements return every chain and the filters, the fan-out rule
 * and the shortest-chains rule run in Node over all of them, so paging is in Node too: the cost of a
 * page is the cost of the whole list (issue 18: page in Cypher).
 */
function pageOfTraces(traces: Trace[], page: ConnectionArgs): Page<TraceNode> {
  requireKeyShape(page, 6, "priority traces");
  const keyed = traces.map((trace) => {
    const node: TraceNode = { ...trace, id: traceId(trace), length: trace.hops.length };
    return { node, key: traceKey(node) };
  });
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  const keys = new Map(keyed.map(({ node, key }) => [node, key]));
  return pageByKey(
    keyed.map(({ node }) => node),
    (node) => keys.get(node)!,
    page,
  );
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
    const traces = await ctx.repos.traces.prioritiesOfProject(args.projectId, needsDetail(info, DETAIL_RULES.traces), traceFilter(args));
    if (traces.length === 0) await requireExisting(ctx, { projectId: args.projectId, setBy: args.setBy });
    return pageOfTraces(traces, page);
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
    const traces = await ctx.repos.traces.reachOfPriority(args.areaId, args.kinds ?? [], needsDetail(info, DETAIL_RULES.traces), traceFilter(args));
    if (traces.length === 0) await requireExisting(ctx, { areaId: args.areaId, setBy: args.setBy });
    return pageOfTraces(traces, page);
  }
}
