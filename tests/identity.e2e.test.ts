// Identity and links for normalised client caches: objects a client caches carry a stable id (a
// relationship's stored key, or an id derived from its parts), the same whichever query reaches them
// and from one request to the next; links are object fields resolved through the loaders, so their
// statement count does not grow with the items; nodes(ids:) answers in the order asked, null for an
// unknown id, and refuses more than 100 ids.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, nodesOf, startTestServer, unpageNetwork, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";

const SMITS = "person:robert-jan-smits";
const HARAYAMA = "person:yuko-harayama";
const TSUCHIYA = "person:sadayuki-tsuchiya";
const COMMITTEE = "institution:joint-st-committee";
const DG = "institution:dg-research-and-innovation";

describe("identity and links", () => {
  let t: TestServer;
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const response = await graphql<any>(t.server.url, query, variables);
    return response;
  };
  const data = async (query: string, variables?: Record<string, unknown>) => {
    const response = await gql(query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data;
  };

  beforeAll(async () => {
    t = await startTestServer();
    await expectCuratedSeed(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it("an affiliation reached as an affiliation and as a relation has the relationship's key as id, and both ends see the same relationship", async () => {
    const d = await data(`{
      person(id: "${SMITS}") {
        affiliations { id title institution { id } }
        relations(types: [AFFILIATED_WITH], first: 50) { edges { node { id relationshipId outgoing other { id } title } } }
      }
    }`);
    const affiliations = d.person.affiliations as Array<{ id: string; title: string | null; institution: { id: string } }>;
    expect(affiliations.length).toBeGreaterThan(0);
    const relations = (d.person.relations.edges as Array<{ node: any }>).map((e) => e.node).filter((r) => r.outgoing);
    expect(new Set(affiliations.map((a) => a.id)).size).toBe(affiliations.length);
    expect(affiliations.map((a) => a.id).sort()).toEqual(relations.map((r) => r.relationshipId).sort());
    const first = affiliations[0]!;
    expect(first.id.startsWith(`${SMITS}|AFFILIATED_WITH|${first.institution.id}|`)).toBe(true);

    // The same relationship from the institution's end: same relationshipId, another Relation id (its outgoing and other differ).
    const other = await data(`{ entity(id: "${first.institution.id}") { relations(types: [AFFILIATED_WITH], first: 100) { edges { node { id relationshipId outgoing other { id } } } } } }`);
    const seen = (other.entity.relations.edges as Array<{ node: any }>).map((e) => e.node).find((r) => r.relationshipId === first.id);
    expect(seen).toMatchObject({ outgoing: false, other: { id: SMITS } });
    const mine = relations.find((r) => r.relationshipId === first.id)!;
    expect(mine.id).toBe(`relation:out|${first.id}`);
    expect(seen.id).toBe(`relation:in|${first.id}`);
  });

  it("ids are stable across two requests, and a participation has the same id from any query", async () => {
    const query = `{
      person(id: "${SMITS}") { affiliations { id } relations(first: 20) { edges { node { id } } } }
      series(bodyId: "${COMMITTEE}", first: 100) { edges { node { id event { id participants { id participant { id } } } } } }
      howConnected(fromId: "${HARAYAMA}", toId: "${TSUCHIYA}") { hops { id relationshipId } }
      whoMet(personId: "${SMITS}", first: 5) { edges { node { id meetings { id } } } }
      institutionNetwork(institutionId: "${DG}", depth: 1) { edges(first: 1000) { edges { node { id } } } }
    }`;
    const unpage = (d: any) => ({ ...d, series: nodesOf(d.series), institutionNetwork: unpageNetwork(d.institutionNetwork) });
    const one = unpage(await data(query));
    const two = unpage(await data(query));
    expect(two).toEqual(one);
    expect(one.series.length).toBeGreaterThan(0);
    expect(one.series[0].id).toBe(`series-meeting:${COMMITTEE}|${one.series[0].event.id}`);
    expect(one.howConnected[0].hops.length).toBeGreaterThan(0);
    expect(one.institutionNetwork.edges.length).toBeGreaterThan(0);

    // A participation reached through the event again carries the PARTICIPATED_IN relationship's key.
    const event = one.series[0].event;
    const participation = event.participants[0];
    const viaEntity = await data(`{ entity(id: "${event.id}") { relations(types: [PARTICIPATED_IN], first: 100) { edges { node { relationshipId other { id } } } } } }`);
    const keys = (viaEntity.entity.relations.edges as Array<{ node: any }>).map((e) => e.node.relationshipId);
    expect(keys).toContain(participation.id);
  });

  it("a meeting has the same id in whoMet and meetingsBetween; an encounter's id names its filters", async () => {
    const met = await data(`{ whoMet(personId: "${SMITS}", first: 3) { edges { node { id person { id } meetings { id kind event { id } } } } } }`);
    const encounter = met.whoMet.edges[0].node;
    expect(encounter.id).toBe(`encounter:${SMITS}|${encounter.person.id}`);
    const between = await data(`{ meetingsBetween(personId: "${SMITS}", otherPersonId: "${encounter.person.id}") { meetings { id } } }`);
    expect(between.meetingsBetween.meetings.map((m: { id: string }) => m.id)).toEqual(encounter.meetings.map((m: { id: string }) => m.id));
    const eventMeeting = encounter.meetings.find((m: any) => m.kind === "EVENT");
    if (eventMeeting) expect(eventMeeting.id).toBe(`meeting:${SMITS}|${encounter.person.id}|${eventMeeting.event.id}`);
    const windowed = await data(`{ whoMet(personId: "${SMITS}", from: "2000", first: 1) { edges { node { id } } } }`);
    expect(windowed.whoMet.edges[0].node.id).toMatch(/\|from=2000-01-01$/);
  });

  it("a hop of a path and of a trace over the same relationship has the same id", async () => {
    const d = await data(`{
      projectPriorities(projectId: "project:jeupiste") { edges { node { hops { id relationshipId fromId toId forward type } } } }
    }`);
    const hops = (nodesOf(d.projectPriorities) as Array<{ hops: any[] }>).flatMap((trace) => trace.hops);
    expect(hops.length).toBeGreaterThan(0);
    const hop = hops[0];
    expect(hop.id).toBe(`hop:${hop.forward ? "forward" : "backward"}|${hop.relationshipId}`);
    expect(hop.relationshipId.startsWith(`${hop.fromId}|${hop.type}|${hop.toId}|`)).toBe(true);
    const walk = hop.forward ? [hop.fromId, hop.toId] : [hop.toId, hop.fromId];
    const p = await data(`{ howConnected(fromId: "${walk[0]}", toId: "${walk[1]}", maxHops: 1) { hops { id relationshipId } } }`);
    const ids = (p.howConnected as Array<{ hops: any[] }>).flatMap((path) => path.hops.map((h) => h.id));
    expect(ids).toContain(hop.id);
  });

  it("links resolve to the right entities, in one statement per level whatever the number of items", async () => {
    const network = await gql(`{ institutionNetwork(institutionId: "${DG}", depth: 2) { edges(first: 1000) { edges { node { sourceId targetId source { id name } target { id kind } } } } } }`);
    expect(network.errors).toBeUndefined();
    const edges = nodesOf(network.data.institutionNetwork.edges) as any[];
    expect(edges.length).toBeGreaterThan(2);
    for (const edge of edges) {
      expect(edge.source.id).toBe(edge.sourceId);
      expect(edge.target).toEqual({ id: edge.targetId, kind: "INSTITUTION" });
    }
    const bare = await gql(`{ institutionNetwork(institutionId: "${DG}", depth: 2) { edges(first: 1000) { edges { node { sourceId targetId } } } } }`);
    // The links cost one statement for every edge together.
    expect(network.extensions?.cypherQueries).toBe((bare.extensions?.cypherQueries as number) + 1);
    const shared = await gql(`{ institutionNetwork(institutionId: "${DG}", depth: 2) { edges(first: 1000) { edges { node { activities { via id entityId entity { id } } } } } } }`);
    expect(shared.errors).toBeUndefined();
    const activities = (nodesOf(shared.data.institutionNetwork.edges) as Array<{ activities: any[] }>).flatMap((e) => e.activities);
    expect(activities.some((a) => a.entity !== null)).toBe(true);
    for (const a of activities) expect(a.entity?.id ?? null).toBe(a.entityId);
    // An activity's own id is made of the edge's ends, the link kind and the shared entity: one per activity.
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);
    expect(shared.extensions?.cypherQueries).toBe((bare.extensions?.cypherQueries as number) + 1);

    const series = await gql(`{ series(bodyId: "${COMMITTEE}", first: 100) { edges { node { event { id } previousId nextId previous { id } next { id } } } } }`);
    expect(series.errors).toBeUndefined();
    const meetings = nodesOf(series.data.series) as any[];
    expect(meetings.some((m) => m.previousId !== null)).toBe(true);
    for (const m of meetings) {
      expect(m.previous?.id ?? null).toBe(m.previousId);
      expect(m.next?.id ?? null).toBe(m.nextId);
    }
    expect(series.extensions?.cypherQueries).toBeLessThanOrEqual(2);

    const paths = await gql(`{ howConnected(fromId: "${HARAYAMA}", toId: "${TSUCHIYA}") { hops { fromId toId from { id } to { id } } } }`);
    expect(paths.errors).toBeUndefined();
    const hops = (paths.data.howConnected as Array<{ hops: any[] }>).flatMap((p) => p.hops);
    expect(hops.length).toBeGreaterThan(0);
    for (const hop of hops) expect([hop.from.id, hop.to.id]).toEqual([hop.fromId, hop.toId]);
    expect(paths.extensions?.cypherQueries).toBe(2);
  });

  it("nodes(ids:) answers in the order asked, null for an unknown id, in one statement per store", async () => {
    const ids = ["source:eu-japan-sti-news-2014", "institution:mext", "person:nobody-at-all", SMITS, "source:nowhere-at-all"];
    const response = await gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(response.errors).toBeUndefined();
    expect(response.data.nodes).toEqual([
      { __typename: "Source", id: ids[0] },
      { __typename: "Institution", id: ids[1] },
      null,
      { __typename: "Person", id: SMITS },
      null,
    ]);
    expect(response.extensions?.cypherQueries).toBe(2);
    expect((await data(`{ nodes(ids: []) { id } }`)).nodes).toEqual([]);
  });

  it("nodes(ids:) refuses more than 100 ids, naming ids, before any Cypher", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `person:p-${i}`);
    const response = await gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.extensions?.argument).toBe("ids");
    expect(response.errors![0]!.message).toContain("ids");
    expect(response.extensions?.cypherQueries).toBe(0);
    const hundred = await gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ids.slice(0, 100) });
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data.nodes).toHaveLength(100);
  });
});
