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

export async function projectPriorities(projectId: string, signal?: AbortSignal): Promise<{ project: EntityRef; traces: PriorityTrace[] }> {
  const data = await request<{ project: EntityRef | null; projectPriorities: PriorityTrace[] }>(
    `query ProjectPriorities($projectId: ID!) {
      project(id: $projectId) { id kind name }
      projectPriorities(projectId: $projectId) {
        tier stated length priority { id kind name } setBy { id kind name } origin { id kind name }
        nodes { id kind name } hops { ${HOP} }
      }
    }`,
    { projectId },
    signal,
  );
  if (!data.project) throw notFound(projectId);
  return { project: data.project, traces: data.projectPriorities };
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
}

export async function institutionNetwork(
  institutionId: string,
  options: { depth: number; maxNodes: number; via?: string[] | null },
  signal?: AbortSignal,
): Promise<InstitutionNetwork> {
  const data = await request<{ institutionNetwork: InstitutionNetwork | null }>(
    `query InstitutionNetwork($id: ID!, $depth: Int!, $maxNodes: Int!, $via: [NetworkLink!]) {
      institutionNetwork(institutionId: $id, depth: $depth, maxNodes: $maxNodes, via: $via) {
        truncated center { id kind name }
        nodes { depth institution { id kind name } }
        edges { sourceId targetId weight via activities { via id entityId name date { ${DATE} } } }
      }
    }`,
    { id: institutionId, depth: options.depth, maxNodes: options.maxNodes, via: options.via?.length ? options.via : null },
    signal,
  );
  if (!data.institutionNetwork) throw notFound(institutionId);
  return data.institutionNetwork;
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
