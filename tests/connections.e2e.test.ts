// The lists that grow with the data are Relay connections with keyset cursors (issue 12):
// projectPriorities, priorityReach, series, sources and the institutional network's nodes and edges.
// For each, paging forwards to the end in small pages gives exactly the items of one big page, in
// order, with no duplicates; last/before gives the page before; paging backwards from the end gives
// the same list. Reads the curated seed only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startTestServer, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: { key: string } }>;
}

const PAGE_INFO = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

describe("connections with keyset cursors", () => {
  let t: TestServer;
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const response = await graphql<any>(t.server.url, query, variables);
    expect(response.errors, query).toBeUndefined();
    return response.data;
  };

  beforeAll(async () => {
    t = await startTestServer();
    await expectCuratedSeed(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  /**
   * A connection under test: `page(args)` asks for one page with the paging arguments given (a GraphQL
   * argument list such as `first: 3, after: "…"`) and returns it, each node reduced to its key (its id).
   */
  type PageOf = (args: string) => Promise<Page>;
  const keys = (page: Page) => page.edges.map((edge) => edge.node.key);
  const arg = (name: string, cursor: string | null) => (cursor ? `, ${name}: ${JSON.stringify(cursor)}` : "");

  /** Pages through the list forwards and backwards; `small` is a page size, or a function of the list's length. */
  async function checkPaging(pageOf: PageOf, big: number, smallOf: number | ((total: number) => number)): Promise<string[]> {
    const all = await pageOf(`first: ${big}`);
    const small = typeof smallOf === "number" ? smallOf : smallOf(all.totalCount);
    expect(all.pageInfo.hasNextPage, "the big page holds the whole list").toBe(false);
    expect(all.totalCount).toBe(all.edges.length);
    const everything = keys(all);
    expect(new Set(everything).size, "no duplicates in one page").toBe(everything.length);

    // Forwards in small pages to the end.
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const page = await pageOf(`first: ${small}${arg("after", after)}`);
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(pages.length > 0);
      pages.push(page);
      after = page.pageInfo.endCursor;
      expect(pages.length, "paging ends").toBeLessThanOrEqual(Math.ceil(all.totalCount / small) + 1);
    } while (pages[pages.length - 1]!.pageInfo.hasNextPage);
    expect(pages.flatMap(keys)).toEqual(everything);
    expect(pages.flatMap((page) => page.edges.map((edge) => edge.cursor))).toEqual(all.edges.map((edge) => edge.cursor));

    // last/before: the page before the second page is the first page.
    if (pages.length > 1) {
      const second = pages[1]!;
      const back = await pageOf(`last: ${small}${arg("before", second.pageInfo.startCursor)}`);
      expect(keys(back)).toEqual(keys(pages[0]!));
      expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    }

    // Backwards from the end to the start.
    const backwards: Page[] = [];
    let before: string | null = null;
    do {
      const page = await pageOf(`last: ${small}${arg("before", before)}`);
      backwards.unshift(page);
      before = page.pageInfo.startCursor;
      expect(backwards.length, "paging backwards ends").toBeLessThanOrEqual(Math.ceil(all.totalCount / small) + 1);
    } while (backwards[0]!.pageInfo.hasPreviousPage);
    expect(backwards.flatMap(keys)).toEqual(everything);
    return everything;
  }

  /** A page of a connection at `path` in the answer of `query(args)`, nodes keyed by `keyOf`. */
  const connection =
    (query: (args: string) => string, path: string[], keyOf: (node: any) => string): PageOf =>
    async (args) => {
      const page = path.reduce((value, field) => value[field], await gql(query(args)));
      return { ...page, edges: page.edges.map((edge: any) => ({ cursor: edge.cursor, node: { key: keyOf(edge.node) } })) };
    };

  it("projectPriorities pages by tier, length, priority, setter, origin and id", async () => {
    const pageOf = connection(
      (args) => `{ projectPriorities(projectId: "project:jeupiste", ${args}) { ${PAGE_INFO} edges { cursor node { id tier length } } } }`,
      ["projectPriorities"],
      (node) => node.id,
    );
    const ids = await checkPaging(pageOf, 100, 3);
    expect(ids.length).toBeGreaterThan(6);
    // Flagship first, then shorter chains within a tier.
    const all = await gql(`{ projectPriorities(projectId: "project:jeupiste", first: 100) { edges { node { tier length } } } }`);
    const rank = (node: any) => ["FLAGSHIP", "ONGOING", "POTENTIAL"].indexOf(node.tier) * 100 + node.length;
    const ranks = all.projectPriorities.edges.map((edge: any) => rank(edge.node));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("priorityReach pages through the area with the most traces, and keeps its filters", async () => {
    // The research areas of the curated seed, and how many traces reach each.
    const areas: string[] = [];
    let after: string | null = null;
    do {
      const data: any = await gql(`query ($after: String) { entities(kind: RESEARCH_AREA, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
      areas.push(...data.entities.edges.map((edge: any) => edge.node.id));
      after = data.entities.pageInfo.hasNextPage ? data.entities.pageInfo.endCursor : null;
    } while (after);
    expect(areas.length).toBeGreaterThan(5);
    // One request at a time: the server refuses a burst beyond its queue (the overload gate).
    const counts: Array<{ id: string; count: number }> = [];
    for (const id of areas) counts.push({ id, count: (await gql(`{ priorityReach(areaId: "${id}", first: 1) { totalCount } }`)).priorityReach.totalCount });
    const busiest = counts.reduce((a, b) => (b.count > a.count ? b : a));
    expect(busiest.count).toBeGreaterThan(3);

    const pageOf = connection(
      (args) => `{ priorityReach(areaId: "${busiest.id}", ${args}) { ${PAGE_INFO} edges { cursor node { id } } } }`,
      ["priorityReach"],
      (node) => node.id,
    );
    const ids = await checkPaging(pageOf, 100, (total) => Math.max(2, Math.ceil(total / 4)));
    expect(ids).toHaveLength(busiest.count);

    // The filters apply before paging: totalCount is the filtered list, and its pages walk it.
    const stated = connection(
      (args) => `{ priorityReach(areaId: "${busiest.id}", statedOnly: true, kinds: [PROJECT], ${args}) { ${PAGE_INFO} edges { cursor node { id stated origin { kind } } } } }`,
      ["priorityReach"],
      (node) => `${node.id} ${node.stated} ${node.origin.kind}`,
    );
    const filtered = await checkPaging(stated, 100, 2);
    expect(filtered.every((key) => key.endsWith(" true PROJECT"))).toBe(true);
    expect(filtered.map((key) => key.split(" ")[0])).toEqual(ids.filter((id) => filtered.some((key) => key.startsWith(`${id} `))));
  }, 180_000);

  it("series pages in series order", async () => {
    const pageOf = connection(
      (args) => `{ series(bodyId: "institution:joint-st-committee", ${args}) { ${PAGE_INFO} edges { cursor node { id ordinal } } } }`,
      ["series"],
      (node) => `${node.ordinal} ${node.id}`,
    );
    const keysInOrder = await checkPaging(pageOf, 100, 2);
    expect(keysInOrder.map((key) => Number(key.split(" ")[0]))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("sources page oldest first", async () => {
    const pageOf = connection((args) => `{ sources(${args}) { ${PAGE_INFO} edges { cursor node { id } } } }`, ["sources"], (node) => node.id);
    const ids = await checkPaging(pageOf, 100, 10);
    const stats = await gql(`{ graphStats { labels { name count } } }`);
    expect(ids).toHaveLength(stats.graphStats.labels.find((label: any) => label.name === "Source").count);
  });

  it("the network's nodes and edges page over the computed network; totalCount and truncated keep the cap", async () => {
    const network = (field: "nodes" | "edges", selection: string, keyOf: (node: any) => string, maxNodes = 500) =>
      connection(
        (args) => `{ institutionNetwork(institutionId: "institution:dg-research-and-innovation", depth: 2, maxNodes: ${maxNodes}) { ${field}(${args}) { ${PAGE_INFO} edges { cursor node { ${selection} } } } } }`,
        ["institutionNetwork", field],
        keyOf,
      );
    // Each page computes the network again: four or five pages each way are enough.
    const quarter = (total: number) => Math.max(2, Math.ceil(total / 4));
    const nodes = await checkPaging(network("nodes", "depth institution { id }", (node) => `${node.depth} ${node.institution.id}`), 1000, quarter);
    expect(nodes[0]).toBe("0 institution:dg-research-and-innovation");
    const depths = nodes.map((key) => Number(key.split(" ")[0]));
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
    const edges = await checkPaging(network("edges", "id weight", (node) => `${node.weight} ${node.id}`), 1000, quarter);
    const weights = edges.map((key) => Number(key.split(" ")[0]));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));

    // Capped: totalCount is the capped network, truncated says so.
    const capped = await gql(`{ institutionNetwork(institutionId: "institution:dg-research-and-innovation", depth: 2, maxNodes: 4) {
      truncated nodes(first: 2) { totalCount pageInfo { hasNextPage } } edges(first: 1000) { totalCount } } }`);
    expect(capped.institutionNetwork).toMatchObject({ truncated: true, nodes: { totalCount: 4, pageInfo: { hasNextPage: true } } });
    await checkPaging(network("nodes", "institution { id }", (node) => node.institution.id, 4), 1000, 3);
  }, 180_000);

  it("refuses a cursor that is not one of ours, and first with last, naming the argument", async () => {
    for (const [query, argument] of [
      [`{ sources(after: "b2Zmc2V0OjM") { totalCount } }`, "after"],
      [`{ series(bodyId: "institution:joint-st-committee", first: 2, last: 2) { totalCount } }`, "last"],
      [`{ projectPriorities(projectId: "project:jeupiste", first: 101) { totalCount } }`, "first"],
      [`{ institutionNetwork(institutionId: "institution:csti") { edges(first: 1001) { totalCount } } }`, "first"],
    ] as const) {
      const response = await graphql(t.server.url, query);
      expect(response.errors?.[0]?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", argument });
    }
  });

  it("refuses a well-formed cursor of another list instead of paging silently wrong", async () => {
    // A real cursor of sources ([date, id]) given to the lists whose keys have other shapes.
    const sources = await graphql<any>(t.server.url, `{ sources(first: 1) { pageInfo { endCursor } } }`);
    const cursor = JSON.stringify(sources.data.sources.pageInfo.endCursor as string);
    for (const query of [
      `{ series(bodyId: "institution:joint-st-committee", after: ${cursor}) { totalCount } }`,
      `{ projectPriorities(projectId: "project:jeupiste", after: ${cursor}) { totalCount } }`,
      `{ priorityReach(areaId: "area:critical-raw-materials", before: ${cursor}, last: 5) { totalCount } }`,
      `{ institutionNetwork(institutionId: "institution:csti") { nodes(after: ${cursor}) { totalCount } } }`,
      `{ institutionNetwork(institutionId: "institution:csti") { edges(after: ${cursor}) { totalCount } } }`,
    ]) {
      const response = await graphql(t.server.url, query);
      expect(response.errors?.[0]?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(response.errors?.[0]?.message, query).toMatch(/cursor of another list/);
    }
    const series = await graphql<any>(t.server.url, `{ series(bodyId: "institution:joint-st-committee", first: 1) { pageInfo { endCursor } } }`);
    const seriesCursor = JSON.stringify(series.data.series.pageInfo.endCursor as string);
    expect((await graphql(t.server.url, `{ sources(after: ${seriesCursor}) { totalCount } }`)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });
});
