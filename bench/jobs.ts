// The measured jobs. Each job has, for the same fixed pseudo-random sample (bench/generate.ts):
//   api — the project's GraphQL query (the fields a client of the job would ask for);
//   raw — the statements the API's repository runs for that query, recorded by calling the project's
//         own repository code against a recording stub (so the statement names and parameters are
//         exactly what the API sends, even when the repositories change), replayed through the driver
//         in the same sequence (e.g. the network's breadth-first levels) for the raw-driver floor;
//   ogm — the closest nested query over @neo4j/graphql type definitions (or why there is none);
//   direct — one statement written directly for the question (bench/targets/direct/<file>.cypher) and
//         its parameters; `ids` reduces an API answer and a direct answer to the same list of ids (and
//         counts), so the bench can check both answer alike before timing them.
import { toWindow } from "../src/graphql/shared/window.args";
import { parse, type FieldNode, type OperationDefinitionNode } from "graphql";
import { DETAIL_RULES, needsDetail, type DetailRules } from "../src/graphql/selection";
import type { Database } from "../src/neo4j/database";
import { createRepositories, type Repositories } from "../src/repositories";
import type { Entity } from "../src/repositories/model";
import { firstItems } from "../src/repositories/key-range";
import { luceneQuery } from "../src/repositories/search.repository";
import { dateRange } from "../src/domain/dates";
import { MEETING_EVENT_TYPES } from "../src/domain/vocabulary";
import type { QuerySample } from "./generate";
import type { RawHandler, RunStatement } from "./targets/raw";

export type Json = Record<string, unknown>;

export interface Call {
  name: string;
  params: Json;
}

export interface JobSpec {
  name: string;
  title: string;
  api: { query: string; variables: Json[] };
  /** Per sample item, the statements (name + parameters) the API's repository sends. */
  raw: { handler: RawHandler; params: Array<{ calls: Call[] }> };
  ogm: { query: string; variables: Json[] } | { na: string };
  /** Per sample item, the parameters of bench/targets/direct/<file>.cypher. */
  direct: { file: string; params: Json[] };
  /** An answer reduced to sorted strings (ids, with the counts and weights that must agree). */
  ids: { api(data: Json): string[]; direct(rows: Json[]): string[] };
  /** Result size of one response, per target (for the data check: 0 means an empty answer). The raw
   *  target answers with a summary of the rows (counts), not the rows themselves: its figures are the
   *  Cypher round trip including the driver's decoding of every record, without JSON serialisation. */
  size: { api(data: Json): number; raw(data: unknown): number; ogm(data: Json): number; direct(rows: Json[]): number };
  notes: string;
}

const NETWORK_LINKS = ["PERSON", "EVENT", "PROJECT", "AGREEMENT", "HIERARCHY"];
const NETWORK_DEPTH = 2;
const NETWORK_MAX_NODES = 200; // the API's default maxNodes
const WHO_MET_PAGE = 20; // the API's default page size
const SEARCH_PAGE = 10;
const TRACES_PAGE = 100; // the largest page
const PATH_MAX_HOPS = 4; // the API's default maxHops
const PATH_LIMIT = 5; // the API's default limit

const get = (value: unknown, ...keys: Array<string | number>): unknown =>
  keys.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[k] : undefined), value);
const len = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const sorted = (items: string[]) => [...items].sort();

/** The `detail` the API's resolver derives from this query's selection (src/graphql/selection.ts). */
function detailOf(query: string, rules: DetailRules): boolean {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  return needsDetail({ fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments: {} }, rules);
}

/** Runs `use` against the project's repositories over a stub database that records every statement. */
export async function record(use: (repos: Repositories) => Promise<unknown>): Promise<Call[]> {
  const calls: Call[] = [];
  const stub = {
    read: async (name: string, params: Json = {}) => {
      calls.push({ name, params: JSON.parse(JSON.stringify(params)) as Json });
      return [];
    },
  };
  await use(createRepositories(stub as unknown as Database));
  return calls;
}

/** Raw handler for jobs whose API query is one repository call: replay the recorded statements. */
const replay =
  (summarise: (rows: Json[]) => Json): RawHandler =>
  async (run: RunStatement, body: Json) => {
    let last: Json[] = [];
    for (const call of body.calls as Call[]) last = await run(call.name, call.params);
    return summarise(last);
  };

// ---------------------------------------------------------------- @neo4j/graphql selections

const TIERED = "setsPriorityConnection { edges { properties { tier } node { id name } } }";

/** Institutions linked to an institution, the way institution-links.cypher links them, `depth` levels deep. */
function ogmNetworkSelection(depth: number): string {
  const inst = depth > 1 ? `id name ${ogmNetworkSelection(depth - 1)}` : "id name";
  const eventSide = `institutions { ${inst} } organisers { ${inst} } participants { affiliatedWith { ${inst} } }`;
  return [
    `affiliates { affiliatedWith { ${inst} } participatedIn { ${eventSide} } }`, // PERSON, and EVENT through people
    `participatedIn { ${eventSide} }`, // EVENT (own participation)
    `organised { ${eventSide} }`, // EVENT (organiser)
    `partnerIn { partners { ${inst} } }`, // PROJECT
    `partyTo { parties { ${inst} } }`, // AGREEMENT
    `partOf { ${inst} } units { ${inst} }`, // HIERARCHY
  ].join(" ");
}

/** Distinct institution ids anywhere in an @neo4j/graphql network answer, minus the centre. */
function collectInstitutionIds(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectInstitutionIds(item, into);
  else if (value && typeof value === "object") {
    const id = (value as Json).id;
    if (typeof id === "string" && id.startsWith("institution:")) into.add(id);
    for (const inner of Object.values(value as Json)) if (inner && typeof inner === "object") collectInstitutionIds(inner, into);
  }
  return into;
}

function countTiered(value: unknown): number {
  let n = 0;
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [key, inner] of Object.entries(v as Json)) {
        if (key === "setsPriorityConnection" || key.startsWith("prioritySetBy")) n += len(get(inner, "edges"));
        else walk(inner);
      }
    }
  };
  walk(value);
  return n;
}

/** A path as the ids along it and each hop's type and direction: a>TYPE>b<TYPE<c. */
function pathKey(nodes: Json[], hops: Json[]): string {
  return nodes.map((n, i) => (i === 0 ? String(n.id) : `${hops[i - 1]?.forward ? ">" : "<"}${String(hops[i - 1]?.type)}${hops[i - 1]?.forward ? ">" : "<"}${String(n.id)}`)).join("");
}

// ---------------------------------------------------------------- the jobs

export async function buildJobs(sample: QuerySample): Promise<JobSpec[]> {
  const whoMetQuery = `query WhoMet($personId: ID!, $from: String, $to: String) {
  whoMet(personId: $personId, from: $from, to: $to, first: ${WHO_MET_PAGE}) {
    totalCount
    edges { node { person { id name } meetingCount meetings { kind event { id name } date { value } places { name } subjectRoles otherRoles } } }
  }
}`;
  const whoMet: JobSpec = {
    name: "who-met",
    title: "who met whom (person, 5-year window)",
    api: {
      query: whoMetQuery,
      variables: sample.whoMet.map((s) => ({ personId: s.personId, from: s.from, to: s.to })),
    },
    raw: {
      // As MeetingsResolver.whoMet calls the repository: window from toWindow, no place, all meeting types.
      params: await Promise.all(
        sample.whoMet.map(async (w) => ({
          calls: await record((repos) => repos.meetings.whoMet(w.personId, { ...toWindow(w.from, w.to), placeId: null, eventTypes: [] }, firstItems(WHO_MET_PAGE), detailOf(whoMetQuery, DETAIL_RULES.whoMet))),
        })),
      ),
      handler: replay((rows) => ({ rows: rows.length, total: get(rows, 0, "total"), page: len(get(rows, 0, "encounters")) })),
    },
    ogm: {
      query: `query WhoMet($personId: ID!, $from: String!, $to: String!, $types: [String!]!) {
  people(where: { id: { eq: $personId } }) {
    id name
    participatedInConnection(where: {
      edge: { NOT: { role: { eq: "contact" } } }
      node: { eventType: { in: $types }, dateTo: { gte: $from }, dateFrom: { lte: $to } }
    }) {
      edges {
        properties { role }
        node {
          id name date
          heldIn { name }
          participantsConnection(where: { edge: { NOT: { role: { eq: "contact" } } }, node: { NOT: { id: { eq: $personId } } } }) {
            edges { properties { role } node { id name } }
          }
        }
      }
    }
    metConnection(where: { edge: { dateTo: { gte: $from }, dateFrom: { lte: $to } } }) { edges { properties { date } node { id name } } }
    metByConnection(where: { edge: { dateTo: { gte: $from }, dateFrom: { lte: $to } } }) { edges { properties { date } node { id name } } }
  }
}`,
      variables: sample.whoMet.map((s) => ({ personId: s.personId, from: dateRange(s.from).first, to: dateRange(s.to).last, types: MEETING_EVENT_TYPES })),
    },
    direct: {
      file: "who-met",
      params: sample.whoMet.map((s) => ({ personId: s.personId, ...toWindow(s.from, s.to), meetingTypes: MEETING_EVENT_TYPES, first: WHO_MET_PAGE })),
    },
    ids: {
      // The people on the page, each with the number of meetings, and the total.
      api: (data) => sorted([`total:${get(data, "whoMet", "totalCount")}`, ...list(get(data, "whoMet", "edges")).map((e) => `${get(e, "node", "person", "id")}×${len(get(e, "node", "meetings"))}`)]),
      direct: (rows) => sorted([`total:${get(rows, 0, "total")}`, ...list(get(rows, 0, "page")).map((p) => `${get(p, "id")}×${len(get(p, "meetings"))}`)]),
    },
    size: {
      api: (data) => Number(get(data, "whoMet", "totalCount") ?? 0),
      raw: (data) => Number(get(data, "total") ?? 0),
      direct: (rows) => Number(get(rows, 0, "total") ?? 0),
      ogm: (data) => {
        const ids = new Set<string>();
        const person = get(data, "people", 0);
        for (const edge of (get(person, "participatedInConnection", "edges") as Json[] | undefined) ?? []) {
          for (const other of (get(edge, "node", "participantsConnection", "edges") as Json[] | undefined) ?? []) ids.add(String(get(other, "node", "id")));
        }
        for (const key of ["metConnection", "metByConnection"]) for (const e of (get(person, key, "edges") as Json[] | undefined) ?? []) ids.add(String(get(e, "node", "id")));
        return ids.size;
      },
    },
    notes:
      "API and raw: one statement (who-met.cypher), people grouped, sorted, counted and paged (first 20) in Cypher. @neo4j/graphql: the person's meeting-type events in the window (role not contact) with their other participants and roles, plus stated MET both ways; grouping by person and paging are left to the client, so it returns every encounter.",
  };

  const networkQuery = (depth: number) => `query Network($institutionId: ID!) {
  institutionNetwork(institutionId: $institutionId, depth: ${depth}) {
    truncated
    nodes(first: ${NETWORK_MAX_NODES}) { totalCount edges { node { depth institution { id name } } } }
    edges(first: 1000) { totalCount edges { node { sourceId targetId weight via } } }
  }
}`;
  // What NetworkResolver asks the repository to ship for that selection (src/graphql/selection.ts).
  const networkDetail = (depth: number) => ({
    institutions: detailOf(networkQuery(depth), DETAIL_RULES.network),
    activities: detailOf(networkQuery(depth), DETAIL_RULES.networkActivities),
    stated: detailOf(networkQuery(depth), DETAIL_RULES.networkStated),
    evidence: detailOf(networkQuery(depth), DETAIL_RULES.networkEvidence),
  });
  const network = async (depth: number): Promise<JobSpec> => ({
    name: depth === NETWORK_DEPTH ? "network" : `network-depth${depth}`,
    title: `institution network, depth ${depth}`,
    api: {
      query: networkQuery(depth),
      variables: sample.institutions.map((id) => ({ institutionId: id })),
    },
    raw: {
      // The centre lookup (the resolver's DataLoader: entities-by-ids), then the repository's first
      // level; deeper levels reuse the recorded parameters with the new frontier, as around() does.
      params: await Promise.all(
        sample.institutions.map(async (id) => ({
          calls: [
            ...(await record((repos) => repos.entities.byIds([id]))),
            ...(await record((repos) =>
              repos.network.around({ id } as Entity, { depth: 1, via: NETWORK_LINKS as never, from: null, to: null, maxNodes: NETWORK_MAX_NODES }, networkDetail(depth)),
            )),
          ],
        })),
      ),
      handler: async (run, body) => {
        const [centreCall, levelCall] = body.calls as [Call, Call];
        const center = await run(centreCall.name, centreCall.params);
        const id = String(get(centreCall.params, "ids", 0));
        const seen = new Set([id]);
        let rows = 0;
        let frontier = [id];
        // As NetworkRepository.around: no further level once the cap is reached.
        for (let level = 1; level <= depth && frontier.length > 0 && seen.size < NETWORK_MAX_NODES; level++) {
          const links = await run(levelCall.name, { ...levelCall.params, ids: frontier });
          const next: string[] = [];
          for (const row of links) {
            const to = String(get(row, "to", "id"));
            if (!seen.has(to) && seen.size < NETWORK_MAX_NODES) {
              seen.add(to);
              next.push(to);
            }
          }
          rows += links.length;
          frontier = next;
        }
        return { center: center.length, institutions: seen.size, rows };
      },
    },
    ogm: {
      query: `query Network($institutionId: ID!) {
  institutions(where: { id: { eq: $institutionId } }) {
    id name ${ogmNetworkSelection(depth)}
  }
}`,
      variables: sample.institutions.map((id) => ({ institutionId: id })),
    },
    direct: {
      file: "network",
      params: sample.institutions.map((id) => ({ institutionId: id, depth, maxNodes: NETWORK_MAX_NODES, maxEdges: 1000 })),
    },
    ids: {
      // Institutions with their depth, edges with their weight, the edge count and truncated.
      api: (data) => {
        const n = get(data, "institutionNetwork");
        return sorted([
          `truncated:${get(n, "truncated")}`,
          `edges:${get(n, "edges", "totalCount")}`,
          ...list(get(n, "nodes", "edges")).map((e) => `node:${get(e, "node", "institution", "id")}@${get(e, "node", "depth")}`),
          ...list(get(n, "edges", "edges")).map((e) => `edge:${get(e, "node", "sourceId")}|${get(e, "node", "targetId")}=${get(e, "node", "weight")}`),
        ]);
      },
      direct: (rows) =>
        sorted([
          `truncated:${get(rows, 0, "truncated")}`,
          `edges:${get(rows, 0, "totalEdges")}`,
          ...list(get(rows, 0, "nodes")).map((x) => `node:${get(x, "id")}@${get(x, "depth")}`),
          ...list(get(rows, 0, "edges")).map((x) => `edge:${get(x, "source")}|${get(x, "target")}=${get(x, "weight")}`),
        ]),
    },
    size: {
      api: (data) => len(get(data, "institutionNetwork", "nodes", "edges")),
      raw: (data) => Number(get(data, "institutions") ?? 0),
      direct: (rows) => len(get(rows, 0, "nodes")),
      ogm: (data) => collectInstitutionIds(get(data, "institutions"), new Set()).size,
    },
    notes: `API: ${1 + depth} statements (centre lookup, then institution-links.cypher once per level with the frontier), network capped at ${NETWORK_MAX_NODES} institutions, edges weighted in the resolver; raw runs the same statements with the same frontiers. @neo4j/graphql: one nested query ${depth} level(s) deep over the same five kinds of link (people's affiliations, events through own or people's participation and organisation, project partners, document parties, PART_OF), unbounded and unweighted (it returns every path of the nesting, duplicates included).`,
  });

  const tracesQuery = `query Traces($projectId: ID!) {
  projectPriorities(projectId: $projectId, first: ${TRACES_PAGE}) {
    totalCount
    edges { node {
      tier stated length
      priority { id name }
      setBy { id name }
      hops { type forward }
    } }
  }
}`;
  const traces: JobSpec = {
    name: "traces",
    title: "project → priority traces",
    api: {
      query: tracesQuery,
      variables: sample.projects.map((id) => ({ projectId: id })),
    },
    raw: {
      params: await Promise.all(sample.projects.map(async (id) => ({ calls: await record((repos) => repos.traces.prioritiesOfProject(id, firstItems(TRACES_PAGE), detailOf(tracesQuery, DETAIL_RULES.traces))) }))),
      // One row: the page's traces (up to page size + 4, the repository cuts the rest).
      handler: replay((rows) => ({ rows: Math.min(len(rows[0]?.traces), TRACES_PAGE) })),
    },
    ogm: {
      query: `query Traces($projectId: ID!) {
  projects(where: { id: { eq: $projectId } }) {
    id name
    addresses {
      id name
      prioritySetByDocumentsConnection { edges { properties { tier } node { id name } } }
      prioritySetByEventsConnection { edges { properties { tier } node { id name } } }
    }
    supports {
      id name
      concernedBy { id name ${TIERED} }
      meetings { id name ${TIERED} }
    }
    concernedBy { id name ${TIERED} }
    participatedIn {
      id name ${TIERED}
      meetingOf { id name concernedBy { id name ${TIERED} } meetings { id name ${TIERED} } }
    }
  }
}`,
      variables: sample.projects.map((id) => ({ projectId: id })),
    },
    direct: { file: "traces", params: sample.projects.map((id) => ({ projectId: id, first: 100 })) },
    ids: {
      // Each chain on the page as priority|setter|tier|length|stated (up to 3 chains share these), and the
      // total; the API gives the tier as its enum (FLAGSHIP), the statement as stored (flagship).
      api: (data) =>
        sorted([
          `total:${get(data, "projectPriorities", "totalCount")}`,
          ...list(get(data, "projectPriorities", "edges")).map((e) => {
            const t = get(e, "node");
            return `${get(t, "priority", "id")}|${get(t, "setBy", "id")}|${String(get(t, "tier")).toLowerCase()}|${get(t, "length")}|${get(t, "stated")}`;
          }),
        ]),
      direct: (rows) =>
        sorted([
          `total:${get(rows, 0, "total")}`,
          ...list(get(rows, 0, "page")).map((t) => `${get(t, "priority", "id")}|${get(t, "setBy", "id")}|${String(get(t, "tier")).toLowerCase()}|${get(t, "length")}|${get(t, "stated")}`),
        ]),
    },
    size: {
      api: (data) => len(get(data, "projectPriorities", "edges")),
      raw: (data) => Number(get(data, "rows") ?? 0),
      direct: (rows) => len(get(rows, 0, "page")),
      ogm: (data) => countTiered(get(data, "projects")),
    },
    notes:
      `API and raw: one statement (project-priorities.cypher): every chain of up to 3 hops over 8 relationship types, in any direction, through dialogues, documents and events only, to a document or event that SETS_PRIORITY, plus direct ADDRESSES; the rules, the shortest chains and the page of ${TRACES_PAGE} in Cypher. @neo4j/graphql: those chains spelled out as nested fields for the shapes the data has (addresses → setters; supports → dialogue → concerning documents / its rounds; concerned by documents; participated events → setters, their dialogue → documents / rounds).`,
  };

  const pathsQuery = `query Paths($fromId: ID!, $toId: ID!) {
  howConnected(fromId: $fromId, toId: $toId, maxHops: ${PATH_MAX_HOPS}, limit: ${PATH_LIMIT}) {
    length
    nodes { id name }
    hops { type forward }
  }
}`;
  const paths: JobSpec = {
    name: "shortest-path",
    title: `shortest paths person ↔ person (≤ ${PATH_MAX_HOPS} hops)`,
    api: {
      query: pathsQuery,
      variables: sample.pairs.map(([fromId, toId]) => ({ fromId, toId })),
    },
    raw: {
      // As PathsResolver.howConnected calls the repository.
      params: await Promise.all(
        sample.pairs.map(async ([fromId, toId]) => ({
          calls: await record((repos) => repos.paths.shortestPaths(fromId, toId, { maxHops: PATH_MAX_HOPS, types: [], ...toWindow(null, null), limit: PATH_LIMIT }, detailOf(pathsQuery, DETAIL_RULES.howConnected))),
        })),
      ),
      handler: replay((rows) => ({ rows: rows.length })),
    },
    ogm: { na: "@neo4j/graphql generates no shortest-path query (it would need a hand-written @cypher field, i.e. the same Cypher)" },
    direct: { file: "shortest-path", params: sample.pairs.map(([fromId, toId]) => ({ fromId, toId, limit: PATH_LIMIT })) },
    ids: {
      // Each path as the ids along it, with each hop's type and direction.
      api: (data) => sorted(list(get(data, "howConnected")).map((p) => pathKey(list(get(p, "nodes")), list(get(p, "hops"))))),
      direct: (rows) => sorted(rows.map((p) => pathKey(list(get(p, "nodes")), list(get(p, "hops"))))),
    },
    size: { api: (data) => len(get(data, "howConnected")), raw: (data) => Number(get(data, "rows") ?? 0), ogm: () => 0, direct: (rows) => rows.length },
    notes: "API and raw: one statement (shortest-paths.cypher, allShortestPaths over all relationship types). @neo4j/graphql: N/A.",
  };

  const searchTexts = sample.searches;
  const searchQuery = `query Search($text: String!) {
  search(text: $text, first: ${SEARCH_PAGE}) { totalCount edges { node { score entity { id name kind } } } }
}`;
  const search: JobSpec = {
    name: "search",
    title: "full-text search",
    api: {
      query: searchQuery,
      variables: searchTexts.map((text) => ({ text })),
    },
    raw: {
      params: await Promise.all(searchTexts.map(async (text) => ({ calls: await record((repos) => repos.search.search(text, [], firstItems(SEARCH_PAGE), detailOf(searchQuery, DETAIL_RULES.search))) }))),
      handler: replay((rows) => ({ rows: rows.length, total: get(rows, 0, "total"), page: len(get(rows, 0, "hits")) })),
    },
    ogm: {
      query: `query Search($phrase: String!) {
  searchEntities(phrase: $phrase, first: ${SEARCH_PAGE}) { totalCount edges { score node { id name kind } } }
}`,
      // The same Lucene query string the API builds from the text (escaped terms, prefix matching).
      variables: searchTexts.map((text) => ({ phrase: luceneQuery(text) })),
    },
    direct: {
      file: "search",
      // As SearchRepository.search builds them from the text.
      params: searchTexts.map((text) => ({ query: luceneQuery(text), exact: text.normalize("NFKC").trim().toLowerCase(), first: SEARCH_PAGE })),
    },
    ids: {
      api: (data) => sorted([`total:${get(data, "search", "totalCount")}`, ...list(get(data, "search", "edges")).map((e) => String(get(e, "node", "entity", "id")))]),
      direct: (rows) => sorted([`total:${get(rows, 0, "total")}`, ...list(get(rows, 0, "page")).map((h) => String(get(h, "id")))]),
    },
    size: {
      api: (data) => Number(get(data, "search", "totalCount") ?? 0),
      raw: (data) => Number(get(data, "total") ?? 0),
      direct: (rows) => Number(get(rows, 0, "total") ?? 0),
      ogm: (data) => Number(get(data, "searchEntities", "totalCount") ?? 0),
    },
    notes:
      "All three query the full-text index entity_search with the same Lucene string (built by the API's luceneQuery from the text). API and raw: search-entities.cypher ranks, counts and pages in Cypher. @neo4j/graphql: @fulltext on an Entity type, first 10 with totalCount.",
  };

  return [whoMet, await network(NETWORK_DEPTH), await network(1), traces, paths, search];
}
