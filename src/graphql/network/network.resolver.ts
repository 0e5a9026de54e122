import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { Entity as EntityData } from "../../repositories/model";
import type { Activity, NetworkEdge as NetworkEdgeData, NetworkNode as NetworkNodeData } from "../../repositories/network.repository";
import { Entity, Institution } from "../entity/entity.type";
import { linkedEntity } from "../shared/path.resolver";
import type { LinkKind } from "../../repositories/network.repository";
import type { GraphQLContext } from "../context";
import { notFound } from "../errors";
import { toWindow } from "../shared/window.args";
import { NetworkLink } from "../shared/enums";
import { compareKeys, pageByKey, type SortKey } from "../shared/keyset";
import { DETAIL_RULES, needsDetail } from "../selection";
import { NetworkArgs, NetworkPageArgs } from "./network.args";
import { InstitutionNetwork, NetworkEdge, NetworkEdgeConnection, NetworkNodeConnection, SharedActivity } from "./network.type";
import { requireKeyShape } from "../shared/connection.type";

/** The computed network a result holds; nodes and edges are sorted by their keys (below) and paged on demand. */
interface NetworkData {
  center: EntityData;
  nodes: NetworkNodeData[];
  edges: Array<NetworkEdgeData & { id: string }>;
  truncated: boolean;
}

const nodeKey = (node: NetworkNodeData): SortKey => [node.depth, node.institution.name, node.institution.id];
const EDGE_ORDER = [true]; // weight descending, then the two ids ascending
const edgeKey = (edge: NetworkEdgeData): SortKey => [edge.weight, edge.sourceId, edge.targetId];

@Resolver()
export class NetworkResolver {
  @Query(() => InstitutionNetwork, {
    nullable: true,
    description:
      "Institutional network: the institutions linked to one institution within a depth, through people, events, projects, agreements and hierarchy, with edges weighted by shared activities. An unknown institution id is a NOT_FOUND error (the field is null then).",
  })
  async institutionNetwork(@Args(() => NetworkArgs) args: NetworkArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<NetworkData> {
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
    const edges = network.edges
      .map((edge) => ({ ...edge, id: `edge:${edge.sourceId}|${edge.targetId}${filters}` }))
      .sort((a, b) => compareKeys(edgeKey(a), edgeKey(b), EDGE_ORDER));
    const nodes = [...network.nodes].sort((a, b) => compareKeys(nodeKey(a), nodeKey(b)));
    return { center, nodes, edges, truncated: network.truncated };
  }
}

/**
 * The nodes and edges of a computed network, paged in Node: the network is computed whole (and capped
 * by maxNodes) before any page of it, so a page costs the whole network; pages of up to
 * MAX_NETWORK_PAGE let a client that draws it ask for all of it at once.
 */
@Resolver(() => InstitutionNetwork)
export class InstitutionNetworkPagesResolver {
  @FieldResolver(() => NetworkNodeConnection, {
    description: "Institutions reached, paged: by depth (the centre first), then name, then id. totalCount is every institution of the (capped) network.",
  })
  nodes(@Root() network: NetworkData, @Args(() => NetworkPageArgs) page: NetworkPageArgs) {
    requireKeyShape(page, 3, "the network's nodes");
    return pageByKey(network.nodes, nodeKey, page);
  }

  @FieldResolver(() => NetworkEdgeConnection, {
    description: "Links among them, paged: heaviest first, then by the two institutions' ids (sourceId, then targetId). totalCount is every link of the (capped) network.",
  })
  edges(@Root() network: NetworkData, @Args(() => NetworkPageArgs) page: NetworkPageArgs) {
    requireKeyShape(page, 3, "the network's edges");
    return pageByKey(network.edges, edgeKey, page, EDGE_ORDER);
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
  @FieldResolver(() => Entity, { nullable: true, description: "The shared person, event, project or document (`entityId` is its id); null for HIERARCHY." })
  entity(@Root() activity: Activity, @Ctx() ctx: GraphQLContext): Promise<EntityData> | null {
    return activity.entityId ? linkedEntity(ctx, activity.entityId) : null;
  }
}
