// The GraphQL API end to end over real HTTP, against the real Neo4j loaded with the curated seed:
// facts read back exactly, the three jobs answer real questions from the source with evidence,
// arguments are checked, and the number of Cypher statements per request stays bounded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startTestServer, unpageNetwork, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";

const SOURCE = "source:eu-japan-sti-news-2014";

describe("GraphQL API over the curated seed", () => {
  let t: TestServer;
  let url: string;
  const gql = <T = any>(query: string, variables?: Record<string, unknown>) => graphql<T>(url, query, variables);

  beforeAll(async () => {
    t = await startTestServer();
    url = t.server.url;
    await expectCuratedSeed(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("stated facts read back exactly, with their source", () => {
    const ENTITY = `
      query ($id: ID!) {
        entity(id: $id) {
          id kind name aliases stated
          evidence { stated quote source { id } }
          ... on Person { honorific phone fax affiliations { institution { id } title asOf { value } } }
          ... on Institution { institutionType address }
          ... on Project { fullName startDate { value precision earliest latest } duration aims }
          ... on Document { documentType date { value } entryIntoForce { value precision } periodStart { value } periodEnd { value } }
          ... on Event { eventType date { value precision } ordinal places { id } participants { participant { id } role } }
          ... on Place { placeType postalCode }
          relations { edges { node { type outgoing role title tier ordinal other { id } evidence { quote source { id } } } } }
        }
      }`;
    const entity = async (id: string) => {
      const response = await gql(ENTITY, { id });
      expect(response.errors).toBeUndefined();
      return response.data!.entity;
    };
    const relation = (e: any, type: string, otherId: string) =>
      e.relations.edges.map((edge: any) => edge.node).find((r: any) => r.type === type && r.other.id === otherId);

    it("people: titles, affiliations, contact details", async () => {
      const tsuchiya = await entity("person:sadayuki-tsuchiya");
      expect(tsuchiya.name).toBe("Sadayuki Tsuchiya");
      expect(tsuchiya.aliases).toContain("Tsuchiya");
      expect(tsuchiya.affiliations).toContainEqual({ institution: { id: "institution:mext" }, title: "Deputy Minister", asOf: { value: "2014-10-05" } });
      expect(tsuchiya.evidence[0]).toEqual({ stated: true, quote: expect.stringContaining("Sadayuki Tsuchiya"), source: { id: SOURCE } });

      const karapiperis = await entity("person:leonidas-karapiperis");
      expect(karapiperis.phone).toBe("(+81) 3 5422 6001");
      expect(karapiperis.fax).toBe("(+81) 3 5420 5544");
      expect(karapiperis.affiliations[0].title).toBe("Minister-Counsellor, Head of Science & Technology");
      expect(karapiperis.affiliations[0].institution.id).toBe("institution:eu-delegation-japan");

      const morrissey = await entity("person:anne-haglund-morrissey");
      expect(morrissey.affiliations[0]).toMatchObject({ institution: { id: "institution:unit-rtd-c1" }, title: "Policy Officer - R&I Relations with Japan" });
      expect(morrissey.phone).toBe("(+32) 229 80062");

      const anzai = await entity("person:yuichiro-anzai");
      expect(anzai.honorific).toBe("Professor");
      expect(anzai.affiliations[0]).toMatchObject({ institution: { id: "institution:jsps" }, title: "President" });
    });

    it("institutions: hierarchy and addresses", async () => {
      const unit = await entity("institution:unit-rtd-c1");
      expect(unit.institutionType).toBe("UNIT");
      expect(relation(unit, "PART_OF", "institution:dg-research-and-innovation")).toMatchObject({ outgoing: true });
      const dg = await entity("institution:dg-research-and-innovation");
      expect(relation(dg, "PART_OF", "institution:european-commission")?.evidence[0].source.id).toBe(SOURCE);
      const delegation = await entity("institution:eu-delegation-japan");
      expect(delegation.address).toBe("Europa House, 4-6-28 Minami-Azabu, Minato-ku, Tokyo 106-0047, Japan");
      expect(delegation.aliases).toContain("EU Delegation in Japan");
      const csti = await entity("institution:csti");
      expect(relation(csti, "PREPARES", "document:japan-fifth-st-basic-plan")).toBeDefined();
    });

    it("projects: full name, dates with precision, duration, programmes, research areas", async () => {
      const jeupiste = await entity("project:jeupiste");
      expect(jeupiste.fullName).toBe("Japan-EU Partnership in Innovation, Science and Technology");
      expect(jeupiste.aliases).toContain("JEUPISTE");
      expect(jeupiste.startDate).toEqual({ value: "2013-09", precision: "MONTH", earliest: "2013-09-01", latest: "2013-09-30" });
      expect(jeupiste.duration).toBe("P3Y");
      expect(relation(jeupiste, "FUNDED_UNDER", "programme:fp7")).toBeDefined();
      expect(relation(jeupiste, "FUNDED_UNDER", "programme:bilat")).toBeDefined();
      const limms = await entity("project:eujo-limms");
      for (const area of ["area:flexible-electronics", "area:optics", "area:nanotechnology", "area:molecular-and-cellular-bio-engineering"]) {
        expect(relation(limms, "ADDRESSES", area), area).toBeDefined();
      }
      const concert = await entity("project:concert-japan");
      expect(relation(concert, "FUNDED_UNDER", "programme:era-net")).toBeDefined();
    });

    it("agreements, roadmaps and reports: dates, periods, attachments, priorities with tiers", async () => {
      const agreement = await entity("document:eu-japan-st-agreement");
      expect(agreement.documentType).toBe("AGREEMENT");
      // The 2014 page says "March 2011"; MOFA's pages say 29 March 2011: the more precise date is kept.
      expect(agreement.entryIntoForce).toEqual({ value: "2011-03-29", precision: "DAY" });
      expect(relation(agreement, "PARTY_TO", "institution:government-of-japan")).toMatchObject({ outgoing: false });
      const roadMap = await entity("document:eu-japan-st-road-map-2011-2013");
      expect([roadMap.periodStart.value, roadMap.periodEnd.value]).toEqual(["2011", "2013"]);
      expect(relation(roadMap, "AGREED", "event:joint-st-committee-meeting-1-2011-06")).toMatchObject({ outgoing: false });
      const roadmap = await entity("document:eu-japan-roadmap-2014");
      expect(relation(roadmap, "ATTACHED_TO", "document:report-implementation-strategy-international-cooperation-2014")).toBeDefined();
      expect(relation(roadmap, "SETS_PRIORITY", "area:critical-raw-materials").tier).toBe("FLAGSHIP");
      expect(relation(roadmap, "SETS_PRIORITY", "area:health").tier).toBe("ONGOING");
      expect(relation(roadmap, "SETS_PRIORITY", "area:robotics").tier).toBe("POTENTIAL");
      const report = await entity("document:report-implementation-strategy-international-cooperation-2014");
      expect(report.date).toEqual({ value: "2014-09" });
    });

    it("events: dates with precision, places, ordinals, roles, series and side events", async () => {
      const meeting = await entity("event:jeupiste-consortium-meeting-3-2014-11-14");
      expect(meeting).toMatchObject({ eventType: "CONSORTIUM_MEETING", date: { value: "2014-11-14", precision: "DAY" }, ordinal: 3, places: [{ id: "place:turin" }] });
      expect(relation(meeting, "HELD_ALONGSIDE", "event:innovation-workshop-2-2014-11-13")).toBeDefined();
      const workshop = await entity("event:innovation-workshop-2-2014-11-13");
      expect(workshop.date.value).toBe("2014-11-13");
      const sts = await entity("event:sts-forum-11-2014-10-05");
      expect(sts).toMatchObject({ ordinal: 11, date: { value: "2014-10-05" }, places: [{ id: "place:kyoto" }] });
      const space = await entity("event:eu-japan-space-dialogue-1-2014-10-07");
      expect(space.participants).toEqual(
        expect.arrayContaining([
          { participant: { id: "institution:mofa-japan" }, role: "CO_CHAIR" },
          { participant: { id: "institution:eeas" }, role: "CO_CHAIR" },
        ]),
      );
      const forum = await entity("event:eu-japan-space-policy-forum-2014-10-08");
      expect(relation(forum, "ADDRESSES", "area:earth-observation")).toBeDefined();
      const policyForum = await entity("event:eu-japan-policy-forum-5-2014-10-04");
      expect(policyForum.participants).toEqual(
        expect.arrayContaining([
          { participant: { id: "person:robert-jan-smits" }, role: "SPEAKER" },
          { participant: { id: "person:yuko-harayama" }, role: "SPEAKER" },
        ]),
      );
      const summit = await entity("event:eu-japan-summit-2014-05");
      expect(summit.date).toEqual({ value: "2014-05", precision: "MONTH" });
      const review = await entity("event:jeupiste-review-2014-05");
      expect(relation(review, "CONCERNS", "project:jeupiste")).toBeDefined();
    });

    it("places: hierarchy and postal codes", async () => {
      const turin = await entity("place:turin");
      expect(turin.placeType).toBe("CITY");
      expect(relation(turin, "PART_OF", "place:italy")).toBeDefined();
      const house = await entity("place:europa-house");
      expect(house.postalCode).toBe("106-0047");
    });

    it("curated facts are shown as curated, with the reason", async () => {
      const limms = await entity("institution:limms");
      const partOf = relation(limms, "PART_OF", "institution:university-of-tokyo");
      expect(partOf.evidence).toEqual([{ quote: null, source: null }]);
      const response = await gql(`{ entity(id: "institution:university-of-tokyo") { stated evidence { stated curatedReason } } }`);
      expect(response.data.entity.evidence.some((e: any) => !e.stated && e.curatedReason.length > 20)).toBe(true);
    });
  });

  describe("who met whom", () => {
    it("answers: whom did Robert-Jan Smits meet in Kyoto in October 2014, at which events, in what roles", async () => {
      const response = await gql(`{
        whoMet(personId: "person:robert-jan-smits", placeId: "place:kyoto", from: "2014-10", to: "2014-10") {
          totalCount
          edges { node { person { id } meetings { kind event { id } date { value } places { id } subjectRoles otherRoles evidence { quote source { id } } } } }
        }
      }`);
      expect(response.errors).toBeUndefined();
      const result = response.data.whoMet;
      expect(result.edges.map((e: any) => e.node.person.id)).toEqual([
        "person:jean-pierre-bourguignon",
        "person:sadayuki-tsuchiya",
        "person:yuichiro-anzai",
        "person:yuko-harayama",
      ]);
      const harayama = result.edges[3].node.meetings[0];
      expect(harayama).toMatchObject({
        kind: "EVENT",
        event: { id: "event:eu-japan-policy-forum-5-2014-10-04" },
        date: { value: "2014-10-04" },
        subjectRoles: ["SPEAKER"],
        otherRoles: ["SPEAKER"],
      });
      expect(harayama.places.map((p: any) => p.id).sort()).toEqual(["place:international-conference-center-kyoto", "place:kyoto"]);
      expect(harayama.evidence.every((e: any) => e.source.id === SOURCE && e.quote.length > 0)).toBe(true);
    });

    it("excludes the time window and event types that do not match", async () => {
      const none = await gql(`{ whoMet(personId: "person:robert-jan-smits", from: "2012", to: "2012") { totalCount } }`);
      expect(none.data.whoMet.totalCount).toBe(0);
      // 2015: the 3rd Joint Committee (MOFA's Japanese page), co-chaired with Ambassador Katsura.
      const in2015 = await gql(`{ whoMet(personId: "person:robert-jan-smits", from: "2015", to: "2015") { edges { node { person { id } meetings { event { id } otherRoles } } } } }`);
      expect(in2015.data.whoMet.edges).toEqual([
        { node: { person: { id: "person:makoto-katsura" }, meetings: [{ event: { id: "event:joint-st-committee-meeting-3-2015-05" }, otherRoles: ["CO_CHAIR"] }] } },
      ]);
      const forums = await gql(`{ whoMet(personId: "person:robert-jan-smits", eventTypes: [POLICY_FORUM]) { edges { node { person { id } } } } }`);
      expect(forums.data.whoMet.edges.map((e: any) => e.node.person.id)).toEqual(["person:yuko-harayama"]);
    });

    it("does not count a news item's contact person as having met the participants", async () => {
      const response = await gql(`{ whoMet(personId: "person:leonidas-karapiperis") { totalCount } }`);
      expect(response.data.whoMet.totalCount).toBe(0);
    });

    it("says whether and where two people met, including a meeting the source states", async () => {
      const response = await gql(`{
        meetingsBetween(personId: "person:sadayuki-tsuchiya", otherPersonId: "person:robert-jan-smits") {
          met meetings { kind event { id } date { value precision } evidence { quote } }
        }
      }`);
      const check = response.data.meetingsBetween;
      expect(check.met).toBe(true);
      expect(check.meetings.map((m: any) => m.kind).sort()).toEqual(["EVENT", "STATED"]);
      expect(check.meetings.find((m: any) => m.kind === "EVENT").event.id).toBe("event:bilateral-meeting-smits-tsuchiya-2014-10");
      const never = await gql(`{ meetingsBetween(personId: "person:yuko-harayama", otherPersonId: "person:anne-haglund-morrissey") { met meetings { kind } } }`);
      expect(never.data.meetingsBetween).toEqual({ met: false, meetings: [] });
    });
  });

  describe("how are X and Y connected", () => {
    it("finds the shortest path with typed hops and evidence", async () => {
      const response = await gql(`{
        howConnected(fromId: "person:yuko-harayama", toId: "person:sadayuki-tsuchiya") {
          length nodes { id } hops { type fromId toId forward stated evidence { quote } }
        }
      }`);
      const paths = response.data.howConnected;
      expect(paths.every((p: any) => p.length === 3)).toBe(true);
      // Equally short paths in a stable order (by the ids along the path): the same answer every time.
      const ids = paths.map((p: any) => p.nodes.map((n: any) => n.id).join(" "));
      expect(ids).toEqual([...ids].sort());
      const first = paths.find((p: any) => p.nodes[1].id === "event:eu-japan-policy-forum-5-2014-10-04");
      expect(first.nodes.map((n: any) => n.id)).toEqual([
        "person:yuko-harayama",
        "event:eu-japan-policy-forum-5-2014-10-04",
        "person:robert-jan-smits",
        "person:sadayuki-tsuchiya",
      ]);
      expect(first.hops.map((h: any) => [h.type, h.forward])).toEqual([
        ["PARTICIPATED_IN", true],
        ["PARTICIPATED_IN", false],
        ["MET", true],
      ]);
      expect(first.hops.every((h: any) => h.stated && h.evidence[0].quote)).toBe(true);
    });

    it("respects the hop limit and the relationship types", async () => {
      const tooShort = await gql(`{ howConnected(fromId: "person:yuko-harayama", toId: "person:sadayuki-tsuchiya", maxHops: 2) { length } }`);
      expect(tooShort.data.howConnected).toEqual([]);
      const noMet = await gql(`{
        howConnected(fromId: "person:yuko-harayama", toId: "person:sadayuki-tsuchiya", relationTypes: [PARTICIPATED_IN]) { length hops { type } }
      }`);
      expect(noMet.data.howConnected[0].length).toBe(4);
      expect(noMet.data.howConnected[0].hops.every((h: any) => h.type === "PARTICIPATED_IN")).toBe(true);
    });
  });

  describe("project-to-priority traces", () => {
    it("traces JEUPISTE to the roadmap's priorities through the policy dialogue, every hop stated", async () => {
      const response = await gql(`{
        projectPriorities(projectId: "project:jeupiste", first: 100) {
          totalCount pageInfo { hasNextPage } edges { node { priority { id } tier setBy { id } stated nodes { id } hops { type forward stated evidence { quote } } } }
        }
      }`);
      expect(response.data.projectPriorities.pageInfo.hasNextPage).toBe(false);
      const traces = response.data.projectPriorities.edges.map((e: any) => e.node);
      const byRoadmap = traces.filter((t: any) => t.setBy.id === "document:eu-japan-roadmap-2014");
      expect(byRoadmap).toHaveLength(10);
      const crm = byRoadmap.find((t: any) => t.priority.id === "area:critical-raw-materials");
      expect(crm).toMatchObject({ tier: "FLAGSHIP", setBy: { id: "document:eu-japan-roadmap-2014" }, stated: true });
      expect(crm.nodes.map((n: any) => n.id)).toEqual([
        "project:jeupiste",
        "dialogue:eu-japan-sti-policy-dialogue",
        "document:eu-japan-roadmap-2014",
        "area:critical-raw-materials",
      ]);
      expect(crm.hops.map((h: any) => [h.type, h.forward])).toEqual([
        ["SUPPORTS", true],
        ["CONCERNS", false],
        ["SETS_PRIORITY", true],
      ]);
      expect(byRoadmap.filter((t: any) => t.tier === "FLAGSHIP").map((t: any) => t.priority.id).sort()).toEqual([
        "area:critical-raw-materials",
        "area:ict",
        "area:transport-research-including-aviation",
      ]);
    });

    it("does not let a curated hop into the policy dialogue make a project serve every priority (issue 15)", async () => {
      // CONCERT-Japan's only chains ran through its curated SUPPORTS of the STI policy dialogue to every
      // priority of the roadmap; no source links the project to those areas, so none is kept.
      const concert = await gql(`{ entity(id: "project:concert-japan") { relations(types: [SUPPORTS]) { edges { node { stated other { id } } } } } }`);
      expect(concert.data.entity.relations.edges.map((e: any) => e.node)).toContainEqual({ stated: false, other: { id: "dialogue:eu-japan-sti-policy-dialogue" } });
      const response = await gql(`{ projectPriorities(projectId: "project:concert-japan") { totalCount edges { node { stated hops { type stated } } } } }`);
      expect(response.data.projectPriorities).toEqual({ totalCount: 0, edges: [] });
    });

    it("answers the reverse: the projects and events that trace to ICT", async () => {
      const response = await gql(`{ priorityReach(areaId: "area:ict", first: 100) { pageInfo { hasNextPage } edges { node { origin { id } tier stated } } } }`);
      expect(response.data.priorityReach.pageInfo.hasNextPage).toBe(false);
      const reach = response.data.priorityReach.edges.map((e: any) => e.node);
      const origins = reach.map((t: any) => t.origin.id);
      expect(origins).toContain("project:jeupiste");
      // reached only through curated hops into the policy dialogue (issue 15: no fan-out)
      for (const fannedOut of ["project:concert-japan", "project:eujo-limms", "project:j-bilat"]) expect(origins).not.toContain(fannedOut);
      expect(reach.find((t: any) => t.origin.id === "project:jeupiste").stated).toBe(true);
      const projectsOnly = await gql(`{ priorityReach(areaId: "area:ict", kinds: [PROJECT], first: 100) { edges { node { origin { kind } } } } }`);
      expect(projectsOnly.data.priorityReach.edges.every((e: any) => e.node.origin.kind === "PROJECT")).toBe(true);
    });
  });

  describe("institutional networks", () => {
    it("links DG Research and Innovation to CSTI through shared events, weighted", async () => {
      const response = await gql(`{
        institutionNetwork(institutionId: "institution:dg-research-and-innovation", depth: 1) {
          center { id } nodes(first: 1000) { edges { node { institution { id } depth } } } edges(first: 1000) { edges { node { sourceId targetId weight via activities { entityId via } } } } truncated
        }
      }`);
      const network = unpageNetwork(response.data.institutionNetwork);
      expect(network.center.id).toBe("institution:dg-research-and-innovation");
      const edge = network.edges.find((e: any) => e.sourceId === "institution:csti" && e.targetId === "institution:dg-research-and-innovation");
      expect(edge.via).toContain("EVENT");
      expect(edge.activities.map((a: any) => a.entityId)).toEqual(
        expect.arrayContaining(["event:bilateral-meeting-smits-csti-2014-10", "event:eu-japan-policy-forum-5-2014-10-04"]),
      );
      expect(edge.weight).toBe(edge.activities.length);
      expect(network.nodes.find((n: any) => n.institution.id === "institution:european-commission").depth).toBe(1);
      expect(network.truncated).toBe(false);
    });

    it("is bounded by depth, link kind and time window", async () => {
      const hierarchy = await gql(`{ institutionNetwork(institutionId: "institution:unit-rtd-c1", depth: 2, via: [HIERARCHY]) { nodes(first: 1000) { edges { node { institution { id } depth } } } } }`);
      hierarchy.data.institutionNetwork = unpageNetwork(hierarchy.data.institutionNetwork);
      expect(hierarchy.data.institutionNetwork.nodes.slice(0, 2)).toEqual([
        { institution: { id: "institution:unit-rtd-c1" }, depth: 0 },
        { institution: { id: "institution:dg-research-and-innovation" }, depth: 1 },
      ]);
      expect(hierarchy.data.institutionNetwork.nodes).toContainEqual({ institution: { id: "institution:european-commission" }, depth: 2 });
      expect(hierarchy.data.institutionNetwork.nodes.every((n: any) => n.depth <= 2)).toBe(true);
      const before = await gql(`{ institutionNetwork(institutionId: "institution:csti", via: [EVENT], to: "2010") { edges { totalCount edges { node { sourceId } } } } }`);
      expect(before.data.institutionNetwork.edges).toEqual({ totalCount: 0, edges: [] });
      const unknown = await gql(`{ institutionNetwork(institutionId: "institution:nowhere") { center { id } } }`);
      expect(unknown.data.institutionNetwork).toBeNull();
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "institutionId", id: "institution:nowhere" });
    });

    it("stops exploring once maxNodes institutions are found, and says so", async () => {
      const query = (maxNodes: number) =>
        gql(`{ institutionNetwork(institutionId: "institution:dg-research-and-innovation", depth: 2, maxNodes: ${maxNodes}) { nodes(first: 1000) { edges { node { institution { id } depth } } } edges(first: 1000) { edges { node { sourceId targetId } } } truncated } }`).then((r) => {
          r.data.institutionNetwork = unpageNetwork(r.data.institutionNetwork);
          return r;
        });
      const full = await query(500);
      expect(full.data.institutionNetwork.truncated).toBe(false);
      expect(full.data.institutionNetwork.nodes.some((n: any) => n.depth === 2)).toBe(true);
      const capped = await query(3);
      const network = capped.data.institutionNetwork;
      expect(network.truncated).toBe(true);
      expect(network.nodes).toHaveLength(3);
      expect(network.nodes.every((n: any) => n.depth <= 1)).toBe(true);
      // Level 1 filled the cap: level 2 is not run (one statement instead of two).
      expect(capped.extensions?.cypherQueries).toBe(full.extensions!.cypherQueries as number - 1);
      const ids = new Set(network.nodes.map((n: any) => n.institution.id));
      expect(network.edges.every((e: any) => ids.has(e.sourceId) && ids.has(e.targetId))).toBe(true);
    });
  });

  describe("timeline, search and lookups", () => {
    it("lists events in a date range in date order, filterable by place and participant", async () => {
      const response = await gql(`{ timeline(from: "2014-10-04", to: "2014-10-08", placeId: "place:tokyo") { totalCount edges { node { id date { value } } } } }`);
      expect(response.data.timeline.edges.map((e: any) => e.node.date.value)).toEqual(["2014-10-06", "2014-10-07", "2014-10-08"]);
      // A window overlaps an event dated to the month only (2014-10) as well as the day's events.
      const smits = await gql(`{ timeline(participantId: "person:robert-jan-smits", from: "2014-10-05", to: "2014-10-05") { edges { node { id date { precision } } } } }`);
      const byPrecision = (precision: string) =>
        smits.data.timeline.edges.filter((e: any) => e.node.date.precision === precision).map((e: any) => e.node.id).sort();
      expect(byPrecision("DAY")).toEqual(["event:sts-forum-11-2014-10-05", "event:sts-forum-11-plenary-session-r-and-i-2014-10-05"]);
      expect(byPrecision("MONTH")).toEqual([
        "event:bilateral-meeting-smits-bourguignon-anzai-2014-10",
        "event:bilateral-meeting-smits-csti-2014-10",
        "event:bilateral-meeting-smits-tsuchiya-2014-10",
        "event:smits-visit-kyoto-2014-10",
      ]);
    });

    it("pages with cursors", async () => {
      const first = await gql(`{ timeline(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
      const second = await gql(`query ($after: String) { timeline(first: 2, after: $after) { pageInfo { hasPreviousPage } edges { node { id } } } }`, {
        after: first.data.timeline.pageInfo.endCursor,
      });
      expect(first.data.timeline.pageInfo.hasNextPage).toBe(true);
      expect(second.data.timeline.pageInfo.hasPreviousPage).toBe(true);
      const ids = [...first.data.timeline.edges, ...second.data.timeline.edges].map((e: any) => e.node.id);
      expect(new Set(ids).size).toBe(4);
    });

    it.each([
      ["MEXT", "institution:mext"],
      ["EEAS", "institution:eeas"],
      ["UT", "institution:university-of-tokyo"],
      ["Smits", "person:robert-jan-smits"],
      ["ministry of foreign affairs", "institution:mofa-japan"],
      ["jeupiste", "project:jeupiste"],
    ])("search finds %s", async (text, id) => {
      const response = await gql(`query ($text: String!) { search(text: $text, first: 5) { edges { node { entity { id } } } } }`, { text });
      expect(response.data.search.edges.map((e: any) => e.node.entity.id)).toContain(id);
    });

    it("ranks an exact name or alias match first", async () => {
      for (const [text, id] of [["MEXT", "institution:mext"], ["JST", "institution:jst"], ["Horizon 2020", "programme:horizon-2020"]] as const) {
        const response = await gql(`query ($text: String!) { search(text: $text, first: 3) { edges { node { entity { id } } } } }`, { text });
        expect(response.data.search.edges[0].node.entity.id, text).toBe(id);
      }
    });

    it("search is safe with any text and filters by kind", async () => {
      for (const text of ['"AND NOT (*~', "title:x OR *", "\\", "  ", "東京", "a".repeat(1000)]) {
        const response = await gql(`query ($text: String!) { search(text: $text) { totalCount } }`, { text });
        expect(response.errors, text).toBeUndefined();
      }
      const people = await gql(`{ search(text: "Smits", kinds: [EVENT]) { edges { node { entity { kind } } } } }`);
      expect(people.data.search.edges.every((e: any) => e.node.entity.kind === "EVENT")).toBe(true);
    });

    it("node(id) resolves entities and sources; unknown ids give null", async () => {
      const response = await gql(`{
        a: node(id: "person:robert-jan-smits") { id ... on Person { name } }
        b: node(id: "source:eu-japan-sti-news-2014") { id ... on Source { publisher date { value } } }
        c: node(id: "person:nobody") { id }
        d: person(id: "person:nobody") { id }
      }`);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        a: { id: "person:robert-jan-smits", name: "Robert-Jan Smits" },
        b: { id: SOURCE, publisher: "European Commission, DG Research and Innovation", date: { value: "2014-12-03" } },
        c: null,
        d: null,
      });
    });
  });

  describe("input checking", () => {
    it.each([
      [`{ timeline(first: 0) { totalCount } }`, "first"],
      [`{ timeline(first: 101) { totalCount } }`, "first"],
      [`{ timeline(after: "bogus") { totalCount } }`, "after"],
      [`{ timeline(from: "14 May 2014") { totalCount } }`, "from"],
      [`{ timeline(from: "2015", to: "2014") { totalCount } }`, "to"],
      [`{ whoMet(personId: "institution:mext") { totalCount } }`, "personId"],
      [`{ howConnected(fromId: "person:a", toId: "person:b", maxHops: 7) { length } }`, "maxHops"],
      [`{ howConnected(fromId: "person:a", toId: "person:a") { length } }`, "toId"],
      [`{ institutionNetwork(institutionId: "institution:mext", depth: 4) { truncated } }`, "depth"],
      [`{ person(id: "institution:mext") { id } }`, "id"],
      [`{ search(text: "") { totalCount } }`, "text"],
    ])("%s is BAD_USER_INPUT naming %s", async (query, argument) => {
      const response = await gql(query);
      expect(response.errors).toHaveLength(1);
      const error = response.errors![0]!;
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain(argument);
      expect(response.extensions?.cypherQueries).toBe(0);
    });
  });

  describe("slim and detailed statements give the same answer", () => {
    // A client asking for ids, names, kinds and hop types gets slim maps from Neo4j (detail: false);
    // one that also asks for evidence or other properties gets every property. The shared fields must
    // not differ, and the detailed answer must really carry the evidence.
    const pick = (value: any, keep: (key: string) => boolean): any =>
      Array.isArray(value)
        ? value.map((v) => pick(v, keep))
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).filter(([k]) => keep(k)).map(([k, v]) => [k, pick(v, keep)]))
          : value;
    const withoutDetail = (key: string) => !["evidence", "aliases", "eventType", "fullName", "quote", "source"].includes(key);

    it.each([
      [
        "who met whom",
        `{ whoMet(personId: "person:robert-jan-smits") { totalCount edges { node { person { id name } meetingCount meetings { kind event { id name kind } date { value } places { id name } subjectRoles otherRoles } } } } }`,
        `{ whoMet(personId: "person:robert-jan-smits") { totalCount edges { node { person { id name aliases } meetingCount meetings { kind event { id name kind ... on Event { eventType } } date { value } places { id name } subjectRoles otherRoles evidence { quote } } } } } }`,
      ],
      [
        "project to priorities",
        `{ projectPriorities(projectId: "project:jeupiste", first: 100) { totalCount edges { cursor node { tier stated length priority { id name } setBy { id name kind } origin { id } nodes { id name } hops { type fromId toId forward stated } } } } }`,
        `{ projectPriorities(projectId: "project:jeupiste", first: 100) { totalCount edges { cursor node { tier stated length priority { id name aliases } setBy { id name kind } origin { id } nodes { id name evidence { quote } } hops { type fromId toId forward stated evidence { quote } } } } } }`,
      ],
      [
        "priority reach",
        `{ priorityReach(areaId: "area:ict", first: 100) { totalCount edges { cursor node { tier stated origin { id name } setBy { id } hops { type stated } } } } }`,
        `{ priorityReach(areaId: "area:ict", first: 100) { totalCount edges { cursor node { tier stated origin { id name ... on Project { fullName } } setBy { id } hops { type stated evidence { quote } } } } } }`,
      ],
      [
        "how connected",
        `{ howConnected(fromId: "person:yuko-harayama", toId: "person:sadayuki-tsuchiya") { length nodes { id name kind } hops { type forward stated } } }`,
        `{ howConnected(fromId: "person:yuko-harayama", toId: "person:sadayuki-tsuchiya") { length nodes { id name kind evidence { quote } } hops { type forward stated evidence { quote source { id } } } } }`,
      ],
      [
        "institutional network",
        `{ institutionNetwork(institutionId: "institution:dg-research-and-innovation", depth: 2) { nodes(first: 1000) { edges { node { institution { id name kind } depth } } } edges(first: 1000) { edges { node { id sourceId targetId weight via activities { id entityId via name date { value } dated stated } undatedActivities { id } } } } truncated } }`,
        `{ institutionNetwork(institutionId: "institution:dg-research-and-innovation", depth: 2) { nodes(first: 1000) { edges { node { institution { id name kind aliases evidence { quote } } depth } } } edges(first: 1000) { edges { node { id sourceId targetId weight via activities { id entityId via name date { value } dated stated evidence { quote } } undatedActivities { id } } } } truncated } }`,
      ],
      [
        "search",
        `{ search(text: "Japan", first: 20) { totalCount edges { node { score entity { id name kind } } } } }`,
        `{ search(text: "Japan", first: 20) { totalCount edges { node { score entity { id name kind aliases evidence { quote } } } } } }`,
      ],
    ])("%s", async (_job, slimQuery, detailedQuery) => {
      const [slim, detailed] = [await gql(slimQuery), await gql(detailedQuery)];
      expect(slim.errors).toBeUndefined();
      expect(detailed.errors).toBeUndefined();
      expect(JSON.stringify(slim.data).length).toBeGreaterThan(100);
      expect(pick(detailed.data, withoutDetail)).toEqual(slim.data);
      expect(JSON.stringify(detailed.data)).toMatch(/"quote":"[^"]{10,}/);
    });
  });

  describe("bounded Cypher round trips", () => {
    const NESTED = `
      edges { node {
        id name evidence { quote source { id title } } sources { id }
        relations(first: 5) { edges { node { type other { id name } evidence { source { id } } } } }
        ... on Event { places { id } participants { participant { id } role } }
      } }`;

    it("timeline with nested fields costs the same for 1 event as for 15", async () => {
      const one = await gql(`{ timeline(first: 1) { ${NESTED} } }`);
      const many = await gql(`{ timeline(first: 15) { ${NESTED} } }`);
      expect(one.errors).toBeUndefined();
      expect(many.data.timeline.edges.length).toBe(15);
      expect(many.extensions?.cypherQueries).toBe(one.extensions?.cypherQueries);
      expect(many.extensions?.cypherQueries).toBeLessThanOrEqual(6);
    });

    it("search with nested relations and sources costs the same for 1 hit as for 50", async () => {
      const query = (first: number) => `{ search(text: "EU Japan", first: ${first}) { totalCount edges { node { entity { id evidence { source { id } } relations(first: 3) { totalCount edges { node { other { id } } } } } } } } }`;
      const one = await gql(query(1));
      const many = await gql(query(50));
      expect(many.data.search.edges.length).toBeGreaterThan(10);
      expect(many.extensions?.cypherQueries).toBe(one.extensions?.cypherQueries);
      expect(many.extensions?.cypherQueries).toBeLessThanOrEqual(3);
    });

    it("pages relations in Cypher: the pages of every direction join up to the whole list, in one statement per level", async () => {
      const id = "person:robert-jan-smits";
      const page = (args: string) =>
        gql(`{ entity(id: "${id}") { relations(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { type outgoing other { id } } } } } }`);
      for (const direction of ["BOTH", "OUTGOING", "INCOMING"]) {
        const whole = (await page(`direction: ${direction}, first: 100`)).data.entity.relations;
        expect(whole.totalCount).toBe(whole.edges.length);
        if (direction !== "BOTH") expect(whole.edges.every((e: any) => e.node.outgoing === (direction === "OUTGOING"))).toBe(true);
        const joined: unknown[] = [];
        let after: string | null = null;
        for (;;) {
          const part: any = (await page(`direction: ${direction}, first: 3${after ? `, after: "${after}"` : ""}`)).data.entity.relations;
          expect(part.totalCount).toBe(whole.totalCount);
          joined.push(...part.edges.map((e: any) => e.node));
          if (!part.pageInfo.hasNextPage) break;
          after = part.pageInfo.endCursor;
        }
        expect(joined).toEqual(whole.edges.map((e: any) => e.node));
      }
      // After the last relationship's key: nothing more, the total unchanged.
      const whole = (await page(`first: 100`)).data.entity.relations;
      const past = (await page(`first: 5, after: "${whole.pageInfo.endCursor}"`)).data.entity.relations;
      expect(past.edges).toEqual([]);
      expect(past.totalCount).toBeGreaterThan(5);
      // An offset cursor (what this API gave before cursors were sort keys) is refused, naming after.
      const offset = await page(`first: 5, after: "${Buffer.from("offset:500").toString("base64url")}"`);
      expect(offset.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(offset.errors?.[0]?.message).toContain("after");
      // Paged relations and the unpaged participants of 1 or 30 events: the same statements (timeline,
      // relations, participants; the timeline brings the places along).
      const events = (first: number) => gql(`{ timeline(first: ${first}) { edges { node { relations(first: 2, direction: INCOMING) { totalCount } ... on Event { places { id } participants { role } } } } } }`);
      const [one, many] = [await events(1), await events(30)];
      expect(many.errors).toBeUndefined();
      expect(many.data.timeline.edges).toHaveLength(30);
      expect(many.extensions?.cypherQueries).toBe(one.extensions?.cypherQueries);
      expect(many.extensions?.cypherQueries).toBe(3);
    });

    it("who met whom and traces answer in one statement each", async () => {
      const met = await gql(`{ whoMet(personId: "person:robert-jan-smits") { edges { node { person { id } meetings { event { id } places { id } } } } } }`);
      expect(met.extensions?.cypherQueries).toBe(1);
      const traces = await gql(`{ projectPriorities(projectId: "project:jeupiste") { edges { node { priority { id } nodes { id } hops { type } } } } }`);
      expect(traces.extensions?.cypherQueries).toBe(1);
    });
  });
});
