// Every operation the core views send, with typed helpers. Views import from here, never write
// query text themselves, so the API the explorer depends on is visible in one file.
import { notFound, request } from "./client";
import type { Connection, EntityDetail, EntityRef, Encounter, Meeting, Relation, SearchHit } from "./types";

export const DATE = `value precision earliest latest`;
export const SOURCE = `id title url publisher date { ${DATE} }`;
export const EVIDENCE = `stated quote curatedReason source { ${SOURCE} }`;
const RELATION = `type outgoing role partnerRole title tier ordinal stated notes asOf { ${DATE} } date { ${DATE} }
  evidence { ${EVIDENCE} } other { id kind name }`;

/** The entity, or an ApiError "There is no person with id …". */
export async function entityRef(id: string, signal?: AbortSignal): Promise<EntityRef> {
  const data = await request<{ entity: EntityRef | null }>(`query EntityRef($id: ID!) { entity(id: $id) { id kind name } }`, { id }, signal);
  if (!data.entity) throw notFound(id);
  return data.entity;
}

export async function searchEntities(text: string, first = 8, signal?: AbortSignal, kinds?: string[]): Promise<Connection<SearchHit>> {
  const data = await request<{ search: Connection<SearchHit> }>(
    `query Search($text: String!, $first: Int!, $kinds: [EntityKind!]) {
      search(text: $text, first: $first, kinds: $kinds) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { score entity { id kind name aliases } } }
      }
    }`,
    { text, first, kinds: kinds ?? null },
    signal,
  );
  return data.search;
}

const ENTITY_DETAIL = `
query Entity($id: ID!) {
  entity(id: $id) {
    id kind name aliases stated notes
    evidence { ${EVIDENCE} }
    sources { ${SOURCE} }
    disagreements { field values { value sourceIds } }
    ... on Person { honorific email phone fax
      affiliations { institution { id kind name } title asOf { ${DATE} } stated evidence { ${EVIDENCE} } } }
    ... on Institution { institutionType address url phone fax }
    ... on Project { fullName summary duration aims startDate { ${DATE} } endDate { ${DATE} } }
    ... on Programme { programmeType summary }
    ... on Document { documentType summary date { ${DATE} } entryIntoForce { ${DATE} } periodStart { ${DATE} } periodEnd { ${DATE} } }
    ... on Event { eventType summary topics ordinal date { ${DATE} } endDate { ${DATE} }
      places { id kind name } previousInSeries { id kind name } nextInSeries { id kind name } }
    ... on Dialogue { summary }
    ... on ResearchArea { summary }
    ... on Place { placeType postalCode }
  }
}`;

export async function entityDetail(id: string, signal?: AbortSignal): Promise<EntityDetail> {
  const data = await request<{ entity: EntityDetail | null }>(ENTITY_DETAIL, { id }, signal);
  if (!data.entity) throw notFound(id);
  return data.entity;
}

/** One page of an entity's relationships, each with its evidence and the entity at the other end. */
export async function relations(
  id: string,
  options: { first?: number; after?: string | null; types?: string[] } = {},
  signal?: AbortSignal,
): Promise<Connection<Relation>> {
  const data = await request<{ entity: { relations: Connection<Relation> } | null }>(
    `query Relations($id: ID!, $first: Int!, $after: String, $types: [RelationType!]) {
      entity(id: $id) { id relations(first: $first, after: $after, types: $types) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { ${RELATION} } }
      } }
    }`,
    { id, first: options.first ?? 25, after: options.after ?? null, types: options.types ?? null },
    signal,
  );
  if (!data.entity) throw notFound(id);
  return data.entity.relations;
}

/** Every person someone met under the window (all pages, up to `limit` people). */
export async function whoMet(
  personId: string,
  window: { from?: string | null; to?: string | null },
  signal?: AbortSignal,
  limit = 500,
): Promise<{ totalCount: number; encounters: Encounter[] }> {
  const encounters: Encounter[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const data: { whoMet: Connection<Encounter> } = await request(
      `query WhoMet($personId: ID!, $from: String, $to: String, $after: String) {
        whoMet(personId: $personId, from: $from, to: $to, first: 25, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node {
            person { id kind name }
            meetingCount
            meetings { kind date { ${DATE} } event { id kind name eventType } places { id kind name }
              subjectRoles otherRoles evidence { ${EVIDENCE} } }
          } }
        }
      }`,
      { personId, from: window.from ?? null, to: window.to ?? null, after },
      signal,
    );
    totalCount = data.whoMet.totalCount;
    encounters.push(...data.whoMet.edges.map((edge) => edge.node));
    if (!data.whoMet.pageInfo.hasNextPage || encounters.length >= limit) break;
    after = data.whoMet.pageInfo.endCursor;
  }
  return { totalCount, encounters };
}

/** People (not contacts) who took part in these events: ties among the people someone met. */
export async function eventPeople(eventIds: string[], signal?: AbortSignal): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  // The server allows 15 aliases per operation (src/server/limits.ts): ask 10 events at a time.
  const chunks: string[][] = [];
  for (let i = 0; i < eventIds.length; i += 10) chunks.push(eventIds.slice(i, i + 10));
  const answers = await Promise.all(
    chunks.map((ids) => {
      const params = ids.map((_, i) => `$e${i}: ID!`).join(", ");
      const fields = ids.map((_, i) => `e${i}: event(id: $e${i}) { id participants { role participant { id kind } } }`).join("\n");
      const variables = Object.fromEntries(ids.map((id, i) => [`e${i}`, id]));
      return request<Record<string, { id: string; participants: Array<{ role: string; participant: EntityRef }> } | null>>(
        `query EventPeople(${params}) {\n${fields}\n}`,
        variables,
        signal,
      );
    }),
  );
  for (const data of answers) {
    for (const event of Object.values(data)) {
      if (!event) continue;
      result.set(
        event.id,
        event.participants.filter((p) => p.participant.kind === "PERSON" && p.role !== "CONTACT").map((p) => p.participant.id),
      );
    }
  }
  return result;
}

/** Every meeting of two people (under the window), with evidence: the ties among someone's contacts. */
export async function meetingsBetween(
  personId: string,
  otherPersonId: string,
  window: { from?: string | null; to?: string | null },
  signal?: AbortSignal,
): Promise<{ met: boolean; meetings: Meeting[] }> {
  const data = await request<{ meetingsBetween: { met: boolean; meetings: Meeting[] } }>(
    `query MeetingsBetween($personId: ID!, $otherPersonId: ID!, $from: String, $to: String) {
      meetingsBetween(personId: $personId, otherPersonId: $otherPersonId, from: $from, to: $to) {
        met
        meetings { kind date { ${DATE} } event { id kind name eventType } places { id kind name }
          subjectRoles otherRoles evidence { ${EVIDENCE} } }
      }
    }`,
    { personId, otherPersonId, from: window.from ?? null, to: window.to ?? null },
    signal,
  );
  return data.meetingsBetween;
}
