// The operations of the analysis views (connection, priority traces, institutional network, timeline),
// with their result shapes. Like queries.ts: views never write query text themselves.
import { notFound, request } from "./client";
import { DATE, EVIDENCE } from "./queries";
import type { Connection, EntityRef, Evidence, FuzzyDate } from "./types";

/** The API's EventType values (schema.graphql, enum EventType). */
export const EVENT_TYPES = [
  "BILATERAL_MEETING", "CALL", "COMMITTEE_MEETING", "CONFERENCE", "CONSORTIUM_MEETING", "DIALOGUE", "FORUM", "LAUNCH",
  "MEETING", "OTHER", "PLENARY_SESSION", "POLICY_FORUM", "REVIEW", "SUMMIT", "VISIT", "WORKSHOP",
] as const;

/** The API's NetworkLink values: what two institutions share. */
export const NETWORK_LINKS = ["PERSON", "EVENT", "PROJECT", "AGREEMENT", "HIERARCHY"] as const;

export interface Hop {
  type: string;
  fromId: string;
  toId: string;
  forward: boolean;
  /** A ParticipationRole value (CO_CHAIR), for PARTICIPATED_IN. */
  role: string | null;
  /** A partner's role in its source's words (free text), for PARTNER_IN. */
  partnerRole: string | null;
  title: string | null;
  /** A PriorityTier value (FLAGSHIP), for SETS_PRIORITY. */
  tier: string | null;
  ordinal: number | null;
  stated: boolean;
  notes: string[];
  evidence: Evidence[];
}

export interface GraphPath {
  length: number;
  nodes: EntityRef[];
  hops: Hop[];
}

export interface PriorityTrace extends GraphPath {
  tier: string;
  stated: boolean;
  priority: EntityRef;
  setBy: EntityRef;
  origin: EntityRef;
}

const HOP = `type fromId toId forward role partnerRole title tier ordinal stated notes evidence { ${EVIDENCE} }`;

export async function howConnected(
  fromId: string,
  toId: string,
  options: { maxHops: number; limit: number },
  signal?: AbortSignal,
): Promise<GraphPath[]> {
  const data = await request<{ howConnected: GraphPath[] }>(
    `query HowConnected($fromId: ID!, $toId: ID!, $maxHops: Int!, $limit: Int!) {
      howConnected(fromId: $fromId, toId: $toId, maxHops: $maxHops, limit: $limit) {
        length nodes { id kind name } hops { ${HOP} }
      }
    }`,
    { fromId, toId, maxHops: options.maxHops, limit: options.limit },
    signal,
  );
  return data.howConnected;
}

/** Traces fetched at most for one project (pages of TRACE_PAGE); the view says how many more there are. */
const TRACE_PAGE = 100;
const MAX_TRACE_PAGES = 10;

/**
 * A project's priority traces, page after page (keyset cursors) up to MAX_TRACE_PAGES pages; `totalCount`
 * is every trace, so the view can say how many it does not show.
 */
export async function projectPriorities(
  projectId: string,
  signal?: AbortSignal,
): Promise<{ project: EntityRef; traces: PriorityTrace[]; totalCount: number }> {
  const traces: PriorityTrace[] = [];
  let after: string | null = null;
  let project: EntityRef | null = null;
  let totalCount = 0;
  for (let page = 0; page < MAX_TRACE_PAGES; page += 1) {
    const data: { project: EntityRef | null; projectPriorities: Connection<PriorityTrace> } = await request(
      `query ProjectPriorities($projectId: ID!, $first: Int!, $after: String) {
        project(id: $projectId) { id kind name }
        projectPriorities(projectId: $projectId, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node {
            tier stated length priority { id kind name } setBy { id kind name } origin { id kind name }
            nodes { id kind name } hops { ${HOP} }
          } }
        }
      }`,
      { projectId, first: TRACE_PAGE, after },
      signal,
    );
    if (!data.project) throw notFound(projectId);
    project = data.project;
    totalCount = data.projectPriorities.totalCount;
    traces.push(...data.projectPriorities.edges.map((edge) => edge.node));
    if (!data.projectPriorities.pageInfo.hasNextPage) break;
    after = data.projectPriorities.pageInfo.endCursor;
  }
  return { project: project!, traces, totalCount };
}

export interface SharedActivity {
  via: string;
  /** Its own stable id (made of the edge's ends, the link kind and the shared entity). */
  id: string;
  /** The shared person, event, project or document; null for HIERARCHY. */
  entityId: string | null;
  name: string | null;
  date: FuzzyDate | null;
}

export interface NetworkEdge {
  sourceId: string;
  targetId: string;
  weight: number;
  via: string[];
  activities: SharedActivity[];
}

export interface InstitutionNetwork {
  center: EntityRef;
  truncated: boolean;
  nodes: Array<{ depth: number; institution: EntityRef }>;
  edges: NetworkEdge[];
  /** Every institution and link of the (capped) network: more than nodes / edges when not all were fetched. */
  nodeCount: number;
  edgeCount: number;
}

/** Links fetched per request, and requests at most: the network is computed again for each page. */
const EDGE_PAGE = 1000;
const MAX_EDGE_PAGES = 5;

const NETWORK_EDGES = `totalCount pageInfo { hasNextPage endCursor } edges { node { sourceId targetId weight via activities { via id entityId name date { ${DATE} } } } }`;

/**
 * The network, whole when it fits: all its institutions in one page (there are at most maxNodes), its
 * links page after page (EDGE_PAGE each) up to MAX_EDGE_PAGES; nodeCount and edgeCount say how many
 * there are in all.
 */
export async function institutionNetwork(
  institutionId: string,
  options: { depth: number; maxNodes: number; via?: string[] | null },
  signal?: AbortSignal,
): Promise<InstitutionNetwork> {
  interface Answer {
    center: EntityRef;
    truncated: boolean;
    nodes: Connection<{ depth: number; institution: EntityRef }>;
    edges: Connection<NetworkEdge>;
  }
  const variables = { id: institutionId, depth: options.depth, maxNodes: options.maxNodes, via: options.via?.length ? options.via : null, edgePage: EDGE_PAGE };
  const data = await request<{ institutionNetwork: Answer | null }>(
    `query InstitutionNetwork($id: ID!, $depth: Int!, $maxNodes: Int!, $via: [NetworkLink!], $edgePage: Int!) {
      institutionNetwork(institutionId: $id, depth: $depth, maxNodes: $maxNodes, via: $via) {
        truncated center { id kind name }
        nodes(first: $maxNodes) { totalCount edges { node { depth institution { id kind name } } } }
        edges(first: $edgePage) { ${NETWORK_EDGES} }
      }
    }`,
    variables,
    signal,
  );
  const network = data.institutionNetwork;
  if (!network) throw notFound(institutionId);
  const edges = network.edges.edges.map((edge) => edge.node);
  let more = network.edges.pageInfo;
  for (let page = 1; page < MAX_EDGE_PAGES && more.hasNextPage; page += 1) {
    const next = await request<{ institutionNetwork: { edges: Connection<NetworkEdge> } | null }>(
      `query InstitutionNetworkEdges($id: ID!, $depth: Int!, $maxNodes: Int!, $via: [NetworkLink!], $edgePage: Int!, $after: String) {
        institutionNetwork(institutionId: $id, depth: $depth, maxNodes: $maxNodes, via: $via) {
          edges(first: $edgePage, after: $after) { ${NETWORK_EDGES} }
        }
      }`,
      { ...variables, after: more.endCursor },
      signal,
    );
    if (!next.institutionNetwork) throw notFound(institutionId);
    edges.push(...next.institutionNetwork.edges.edges.map((edge) => edge.node));
    more = next.institutionNetwork.edges.pageInfo;
  }
  return {
    center: network.center,
    truncated: network.truncated,
    nodes: network.nodes.edges.map((edge) => edge.node),
    edges,
    nodeCount: network.nodes.totalCount,
    edgeCount: network.edges.totalCount,
  };
}

export interface TimelineEvent extends EntityRef {
  eventType: string | null;
  date: FuzzyDate | null;
  endDate: FuzzyDate | null;
  places: EntityRef[];
}

export interface TimelineFilter {
  from?: string | null;
  to?: string | null;
  placeId?: string | null;
  participantId?: string | null;
  eventTypes?: string[] | null;
}

export async function timeline(filter: TimelineFilter, page: { first: number; after?: string | null }, signal?: AbortSignal): Promise<Connection<TimelineEvent>> {
  const data = await request<{ timeline: Connection<TimelineEvent> }>(
    `query Timeline($from: String, $to: String, $placeId: ID, $participantId: ID, $eventTypes: [EventType!], $first: Int!, $after: String) {
      timeline(from: $from, to: $to, placeId: $placeId, participantId: $participantId, eventTypes: $eventTypes, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id kind name ... on Event { eventType date { ${DATE} } endDate { ${DATE} } places { id kind name } } } }
      }
    }`,
    {
      from: filter.from || null,
      to: filter.to || null,
      placeId: filter.placeId || null,
      participantId: filter.participantId || null,
      eventTypes: filter.eventTypes?.length ? filter.eventTypes : null,
      first: page.first,
      after: page.after ?? null,
    },
    signal,
  );
  return data.timeline;
}
