// The API fields the explorer needs beyond the three jobs, over real HTTP against the real Neo4j with the
// curated seed: entities listed by kind with a text filter and paging, degree (the "N more" of a capped
// expansion) and distinct neighbours with the relationships between them. Every expectation is checked
// against another field of the API (graphStats, relations), never against hard-coded counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startTestServer, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";

describe("explorer fields: entities, degree, neighbours", () => {
  let t: TestServer;
  let url: string;
  const gql = <T = any>(query: string, variables?: Record<string, unknown>) => graphql<T>(url, query, variables);
  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const response = await gql(query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!;
  };

  beforeAll(async () => {
    t = await startTestServer();
    url = t.server.url;
    await expectCuratedSeed(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every relationship of an entity, paged through relations (the reference for degree and neighbours). */
  const allRelations = async (id: string, extra = "") => {
    const found: Array<{ type: string; outgoing: boolean; other: { id: string; kind: string } }> = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await ok(`query ($id: ID!, $after: String) { entity(id: $id) { relations(first: 100, after: $after ${extra}) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { type outgoing other { id kind } } } } } }`, { id, after });
      found.push(...data.entity.relations.edges.map((e: any) => e.node));
      if (!data.entity.relations.pageInfo.hasNextPage) return found;
      after = data.entity.relations.pageInfo.endCursor;
    }
  };

  describe("entities(kind, filter: {text}, first, after)", () => {
    const LIST = `query ($kind: EntityKind, $text: String, $first: Int, $after: String) {
      entities(kind: $kind, filter: { text: $text }, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id kind name aliases } } } }`;

    const listAll = async (variables: Record<string, unknown>) => {
      const items: Array<{ id: string; kind: string; name: string; aliases: string[] }> = [];
      let after: string | null = null;
      let total = -1;
      for (let pages = 0; pages < 50; pages++) {
        const data: any = await ok(LIST, { ...variables, first: 7, after });
        total = data.entities.totalCount;
        items.push(...data.entities.edges.map((e: any) => e.node));
        expect(data.entities.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!data.entities.pageInfo.hasNextPage) break;
        after = data.entities.pageInfo.endCursor;
      }
      return { total, items };
    };

    it("pages through every entity of a kind, in name order, as many as graphStats counts", async () => {
      const stats = (await ok(`{ graphStats { labels { name count } } }`)).graphStats.labels as Array<{ name: string; count: number }>;
      for (const kind of ["INSTITUTION", "RESEARCH_AREA"] as const) {
        const label = kind === "INSTITUTION" ? "Institution" : "ResearchArea";
        const expected = stats.find((l) => l.name === label)!.count;
        expect(expected).toBeGreaterThan(7);
        const { total, items } = await listAll({ kind });
        expect(total).toBe(expected);
        expect(items).toHaveLength(expected);
        expect(new Set(items.map((i) => i.id)).size).toBe(expected);
        expect(items.every((i) => i.kind === kind)).toBe(true);
        const names = items.map((i) => i.name.toLowerCase());
        expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }
    });

    it("without a kind lists every entity (the node count less the sources)", async () => {
      const stats = (await ok(`{ graphStats { nodeCount labels { name count } } }`)).graphStats;
      const sources = stats.labels.find((l: any) => l.name === "Source").count;
      const data = await ok(LIST, { first: 1 });
      expect(data.entities.totalCount).toBe(stats.nodeCount - sources);
    });

    it("text keeps entities whose name or an alias contains it, ignoring case; Japanese script too", async () => {
      const { total, items } = await listAll({ kind: "INSTITUTION", text: "UNIV" });
      expect(total).toBe(items.length);
      expect(items.map((i) => i.id)).toContain("institution:university-of-tokyo");
      for (const item of items) expect([item.name, ...item.aliases].some((n) => n.toLowerCase().includes("univ")), item.id).toBe(true);
      // Everything the filter leaves out really lacks the text.
      const every = await listAll({ kind: "INSTITUTION" });
      const kept = new Set(items.map((i) => i.id));
      for (const item of every.items.filter((i) => !kept.has(i.id))) {
        expect([item.name, ...item.aliases].some((n) => n.toLowerCase().includes("univ")), item.id).toBe(false);
      }

      const japanese = await ok(LIST, { kind: "PERSON", text: "桂誠", first: 10 });
      expect(japanese.entities.edges.map((e: any) => e.node.id)).toEqual(["person:makoto-katsura"]);

      const none = await ok(LIST, { kind: "PERSON", text: "no such name anywhere", first: 10 });
      expect(none.entities).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    });

    it("text is a plain substring: search syntax and quotes are just characters", async () => {
      const data = await ok(LIST, { text: `") OR 1=1 //*`, first: 10 });
      expect(data.entities.totalCount).toBe(0);
    });
  });

  /** The institution with the most relationships (found through entities and degree). */
  let hubId: string | undefined;
  const hub = async (): Promise<string> => {
    if (hubId) return hubId;
    const institutions: Array<{ id: string; degree: number }> = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await ok(`query ($after: String) { entities(kind: INSTITUTION, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { id degree } } } }`, { after });
      institutions.push(...data.entities.edges.map((e: any) => e.node));
      if (!data.entities.pageInfo.hasNextPage) break;
      after = data.entities.pageInfo.endCursor;
    }
    institutions.sort((a, b) => b.degree - a.degree);
    hubId = institutions[0]!.id;
    return hubId;
  };

  describe("degree", () => {
    it("equals relations' totalCount, in total, by type and by direction", async () => {
      const id = await hub();
      const data = await ok(`query ($id: ID!) { entity(id: $id) {
        degree out: degree(direction: OUTGOING) in: degree(direction: INCOMING) part: degree(types: [PARTICIPATED_IN, AFFILIATED_WITH])
        relations(first: 1) { totalCount }
        partRelations: relations(first: 1, types: [PARTICIPATED_IN, AFFILIATED_WITH]) { totalCount }
        outRelations: relations(first: 1, direction: OUTGOING) { totalCount } } }`, { id });
      const e = data.entity;
      const every = await allRelations(id);
      expect(e.degree).toBe(every.length);
      expect(e.degree).toBe(e.relations.totalCount);
      expect(e.degree).toBeGreaterThan(5);
      expect(e.out).toBe(every.filter((r) => r.outgoing).length);
      expect(e.out).toBe(e.outRelations.totalCount);
      expect(e.out + e.in).toBe(e.degree);
      expect(e.part).toBe(every.filter((r) => r.type === "PARTICIPATED_IN" || r.type === "AFFILIATED_WITH").length);
      expect(e.part).toBe(e.partRelations.totalCount);
    });
  });

  describe("neighbours(types, kinds, direction, first, after)", () => {
    const NEIGHBOURS = `query ($id: ID!, $first: Int, $after: String, $kinds: [EntityKind!], $types: [RelationType!]) {
      entity(id: $id) { neighbours(first: $first, after: $after, kinds: $kinds, types: $types) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { entity { id kind name degree } relations { type outgoing other { id } stated evidence { quote curatedReason source { id } } } } } } } }`;

    const allNeighbours = async (id: string, variables: Record<string, unknown> = {}) => {
      const found: any[] = [];
      let after: string | null = null;
      let total = -1;
      for (;;) {
        const data: any = await ok(NEIGHBOURS, { id, first: 9, after, ...variables });
        total = data.entity.neighbours.totalCount;
        found.push(...data.entity.neighbours.edges.map((e: any) => e.node));
        if (!data.entity.neighbours.pageInfo.hasNextPage) return { total, found };
        after = data.entity.neighbours.pageInfo.endCursor;
      }
    };

    it("are the distinct other ends of relations, each with every relationship between the two and its evidence", async () => {
      const id = await hub();
      const relations = await allRelations(id);
      const { total, found } = await allNeighbours(id);
      const otherIds = [...new Set(relations.map((r) => r.other.id))];
      expect(otherIds.length).toBeGreaterThan(9); // more than one page
      expect(total).toBe(otherIds.length);
      expect(found.map((n) => n.entity.id).sort()).toEqual(otherIds.sort());
      for (const neighbour of found) {
        const between = relations.filter((r) => r.other.id === neighbour.entity.id);
        expect(neighbour.relations.map((r: any) => `${r.type}/${r.outgoing}`).sort()).toEqual(between.map((r) => `${r.type}/${r.outgoing}`).sort());
        for (const r of neighbour.relations) {
          expect(r.other.id).toBe(neighbour.entity.id);
          expect(r.evidence.length).toBeGreaterThan(0);
          expect(r.evidence.every((e: any) => (e.quote && e.source?.id) || e.curatedReason)).toBe(true);
        }
      }
      // Name order, and each neighbour's own degree is its whole relationship count.
      const names = found.map((n) => n.entity.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : a.localeCompare(b))));
      const sample = found[0];
      expect(sample.entity.degree).toBe((await allRelations(sample.entity.id)).length);
    });

    it("a cap returns that many with totalCount for the rest; kinds and types filter", async () => {
      const id = await hub();
      const capped = await ok(NEIGHBOURS, { id, first: 3 });
      expect(capped.entity.neighbours.edges).toHaveLength(3);
      expect(capped.entity.neighbours.totalCount).toBeGreaterThan(3);
      expect(capped.entity.neighbours.pageInfo.hasNextPage).toBe(true);

      const relations = await allRelations(id);
      const people = await allNeighbours(id, { kinds: ["PERSON"] });
      expect(people.found.every((n) => n.entity.kind === "PERSON")).toBe(true);
      expect(people.total).toBe(new Set(relations.filter((r) => r.other.kind === "PERSON").map((r) => r.other.id)).size);

      const partners = await allNeighbours(id, { types: ["PARTNER_IN", "ORGANISED"] });
      expect(partners.total).toBe(new Set(relations.filter((r) => r.type === "PARTNER_IN" || r.type === "ORGANISED").map((r) => r.other.id)).size);
      expect(partners.found.flatMap((n) => n.relations).every((r: any) => r.type === "PARTNER_IN" || r.type === "ORGANISED")).toBe(true);
    });

    it("an entity without neighbours under the filter gives an empty page, not an error", async () => {
      const data = await ok(NEIGHBOURS, { id: "institution:jst", first: 5, types: ["FOLLOWS"] });
      expect(data.entity.neighbours).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });

    it("cost no more Cypher statements for a whole page of entities than for one", async () => {
      const query = (first: number) => `{ entities(kind: INSTITUTION, first: ${first}) { edges { node { id degree
        neighbours(first: 5) { totalCount edges { node { entity { id degree(direction: OUTGOING) } relations { type } } } } } } } }`;
      const one = await gql(query(1));
      const many = await gql(query(20));
      expect(one.errors).toBeUndefined();
      expect(many.data!.entities.edges).toHaveLength(20);
      expect(many.extensions?.cypherQueries).toBe(one.extensions?.cypherQueries);
      expect(one.extensions?.cypherQueries).toBeLessThanOrEqual(4);
    });
  });

  describe("input checking", () => {
    it.each([
      [`{ entities(first: 0) { totalCount } }`, "first"],
      [`{ entities(first: 101) { totalCount } }`, "first"],
      [`{ entities(after: "bogus") { totalCount } }`, "after"],
      [`{ entities(filter: { text: "" }) { totalCount } }`, "filter.text"],
      [`{ entities(filter: { text: "${"x".repeat(201)}" }) { totalCount } }`, "filter.text"],
      [`{ entity(id: "institution:jst") { neighbours(first: 0) { totalCount } } }`, "first"],
      [`{ entity(id: "institution:jst") { neighbours(after: "bogus") { totalCount } } }`, "after"],
    ])("%s is BAD_USER_INPUT naming %s", async (query, argument) => {
      const response = await gql(query);
      expect(response.errors).toHaveLength(1);
      const error = response.errors![0]!;
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain(argument);
      // The entity lookup of the neighbours cases may run; the bad argument itself sends nothing more.
      expect(response.extensions?.cypherQueries ?? 0).toBeLessThanOrEqual(1);
    });

    it.each([
      [`{ entities(kind: PLANET) { totalCount } }`, "PLANET"],
      [`{ entity(id: "institution:jst") { neighbours(kinds: [PLANET]) { totalCount } } }`, "PLANET"],
      [`{ entity(id: "institution:jst") { degree(types: [KNOWS]) } }`, "KNOWS"],
    ])("%s is refused before anything runs, naming %s", async (query, value) => {
      const response = await gql(query);
      expect(response.status).toBe(400);
      expect(response.errors![0]!.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(response.errors![0]!.message).toContain(value);
      expect(response.data).toBeUndefined();
    });
  });
});
