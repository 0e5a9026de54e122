// Keyset cursors over the real API (issue 12): a cursor is the sort key of its item, so a page taken
// before a curated insert continues with the same next item after it; last/before pages backwards;
// bad cursors and first+last are BAD_USER_INPUT naming the argument. Also the browsing list's filter,
// orderBy and countsByKind against the curated seed. It writes (curated inserts), so it runs in the
// serial group and puts the curated seed back afterwards.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startTestServer, TEST_TOKEN, type TestServer } from "./support/helpers";
import { curatedSeed, SEED_DIR } from "./support/seed";

const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };
const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { ok errors { field message } } }`;
const UNIQUE = Date.now().toString(36);

const ENTITIES = `query ($kind: EntityKind, $filter: EntityFilter, $orderBy: EntityOrder, $first: Int, $after: String, $last: Int, $before: String) {
  entities(kind: $kind, filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount countsByKind { kind count }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id kind name ... on Event { date { earliest } } } } } }`;
const TIMELINE = `query ($from: String, $to: String, $placeId: ID, $first: Int, $after: String, $last: Int, $before: String) {
  timeline(from: $from, to: $to, placeId: $placeId, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`;

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; edges: Array<{ cursor: string; node: any }> };
const ids = (page: Page) => page.edges.map((edge) => edge.node.id as string);

/** The seed's relationships of some types, from the seed files themselves. */
function seedRelationships(types: string[]): Array<{ type: string; from: string; to: string }> {
  return fs
    .readdirSync(SEED_DIR)
    .filter((file) => file.endsWith(".json"))
    .flatMap((file) => (JSON.parse(fs.readFileSync(path.join(SEED_DIR, file), "utf8")).relationships ?? []) as Array<{ type: string; from: string; to: string }>)
    .filter((r) => types.includes(r.type));
}

describe("keyset cursors over the real API", () => {
  let t: TestServer;
  const gql = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => graphql<any>(t.server.url, query, variables, headers);
  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const response = await gql(query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!;
  };
  const entities = async (variables: Record<string, unknown>): Promise<Page & { countsByKind: Array<{ kind: string; count: number }> }> => (await ok(ENTITIES, variables)).entities;
  const timeline = async (variables: Record<string, unknown>): Promise<Page> => (await ok(TIMELINE, variables)).timeline;
  const upsert = async (input: Record<string, unknown>) => {
    const response = await gql(UPSERT, { input }, AUTH);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.data!.upsertEntity, JSON.stringify(response.data)).toMatchObject({ ok: true });
  };

  beforeAll(async () => {
    t = await startTestServer();
    await curatedSeed(t.db);
  });
  afterAll(async () => {
    // The curated inserts (and their edit log) go: the graph is the curated seed again.
    await curatedSeed(t.db);
    await t.close();
  });

  describe("a cursor taken before a curated insert still pages to the same next item after it", () => {
    it("entities(kind: PERSON), paged in Cypher", async () => {
      const first = await entities({ kind: "PERSON", first: 3 });
      const nextBefore = await entities({ kind: "PERSON", first: 3, after: first.pageInfo.endCursor });
      expect(nextBefore.edges).toHaveLength(3);

      const id = `person:keyset-test-${UNIQUE}`;
      await upsert({ id, kind: "PERSON", name: "0000 Keyset Test Person", evidence: [{ curated: "Test fixture: sorts before every person, to show that cursors are keys." }] });
      // It sorts before the cursor: the first page now starts with it (an offset cursor would now
      // point one item earlier and repeat the old third person).
      const firstAfter = await entities({ kind: "PERSON", first: 3 });
      expect(ids(firstAfter)[0]).toBe(id);
      expect(firstAfter.totalCount).toBe(first.totalCount + 1);

      const nextAfter = await entities({ kind: "PERSON", first: 3, after: first.pageInfo.endCursor });
      expect(ids(nextAfter)).toEqual(ids(nextBefore));
      expect(nextAfter.totalCount).toBe(nextBefore.totalCount + 1);
    });

    it("timeline, paged over the sorted events", async () => {
      const first = await timeline({ first: 4 });
      const nextBefore = await timeline({ first: 4, after: first.pageInfo.endCursor });
      expect(nextBefore.edges.length).toBeGreaterThan(0);

      const id = `event:keyset-test-${UNIQUE}`;
      await upsert({
        id,
        kind: "EVENT",
        name: "Keyset test meeting",
        properties: { eventType: "meeting", date: "2000-01-01" },
        evidence: [{ curated: "Test fixture: an event before every seed event, to show that cursors are keys." }],
      });
      expect(ids(await timeline({ first: 4 }))[0]).toBe(id);

      const nextAfter = await timeline({ first: 4, after: first.pageInfo.endCursor });
      expect(ids(nextAfter)).toEqual(ids(nextBefore));
      expect(nextAfter.totalCount).toBe(nextBefore.totalCount + 1);
    });
  });

  it("last/before returns the previous page, in list order", async () => {
    const one = await entities({ kind: "INSTITUTION", first: 5 });
    const two = await entities({ kind: "INSTITUTION", first: 5, after: one.pageInfo.endCursor });
    const back = await entities({ kind: "INSTITUTION", last: 5, before: two.pageInfo.startCursor });
    expect(ids(back)).toEqual(ids(one));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true, startCursor: one.pageInfo.startCursor, endCursor: one.pageInfo.endCursor });
    // The last page of the whole list, and the page before it.
    const all: string[] = [];
    for (let after: string | null = null; ; ) {
      const page: Page = await entities({ kind: "INSTITUTION", first: 100, after });
      all.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const tail = await entities({ kind: "INSTITUTION", last: 4 });
    expect(ids(tail)).toEqual(all.slice(-4));
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(ids(await entities({ kind: "INSTITUTION", last: 4, before: tail.pageInfo.startCursor }))).toEqual(all.slice(-8, -4));

    const events = await timeline({ first: 3 });
    const events2 = await timeline({ first: 3, after: events.pageInfo.endCursor });
    expect(ids(await timeline({ last: 3, before: events2.pageInfo.startCursor }))).toEqual(ids(events));
  });

  it.each([
    ["first and last together", `{ entities(first: 2, last: 2) { totalCount } }`, "last"],
    ["an offset cursor", `{ entities(after: "${Buffer.from("offset:3").toString("base64url")}") { totalCount } }`, "after"],
    ["a garbage cursor", `{ timeline(after: "not-a-cursor!") { totalCount } }`, "after"],
    ["an offset cursor as before", `{ search(text: "japan", last: 2, before: "${Buffer.from("offset:3").toString("base64url")}") { totalCount } }`, "before"],
  ])("%s is BAD_USER_INPUT naming %s", async (_case, query, argument) => {
    const response = await gql(query);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.extensions?.argument).toBe(argument);
    expect(response.errors![0]!.message).toContain(argument);
  });

  it("a cursor of another list (or another order) is BAD_USER_INPUT naming after, not a silently wrong page", async () => {
    const events = await timeline({ first: 1 });
    const response = await gql(ENTITIES, { kind: "EVENT", first: 2, after: events.pageInfo.endCursor });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
    const byName = await entities({ kind: "EVENT", first: 1 });
    const wrongOrder = await gql(ENTITIES, { kind: "EVENT", orderBy: "DATE", first: 2, after: byName.pageInfo.endCursor });
    expect(wrongOrder.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });

  describe("entities: filter, orderBy and countsByKind", () => {
    const all = async (variables: Record<string, unknown>) => {
      const items: any[] = [];
      let last: Page | null = null;
      for (let after: string | null = null; ; ) {
        const page: Page & { countsByKind: Array<{ kind: string; count: number }> } = await entities({ ...variables, first: 100, after });
        items.push(...page.edges.map((edge) => edge.node));
        last = page;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return { items, page: last as Page & { countsByKind: Array<{ kind: string; count: number }> } };
    };

    it("placeId keeps the events held there or in a place inside it: the events timeline(placeId) lists", async () => {
      const held = seedRelationships(["HELD_IN"]).filter((r) => r.to === "place:tokyo");
      expect(held.length).toBeGreaterThan(5);
      const { items, page } = await all({ kind: "EVENT", filter: { placeId: "place:tokyo" } });
      const expected = ids(await timeline({ placeId: "place:tokyo", first: 100 }));
      expect(items.map((i) => i.id).sort()).toEqual([...expected].sort());
      for (const r of held) expect(items.map((i) => i.id)).toContain(r.from);
      expect(page.totalCount).toBe(items.length);
    });

    it("placeId keeps the institutions located there (LOCATED_IN, from the seed files)", async () => {
      const located = seedRelationships(["LOCATED_IN"]).filter((r) => r.to === "place:tokyo" && r.from.startsWith("institution:"));
      expect(located.length).toBeGreaterThan(0);
      const { items } = await all({ kind: "INSTITUTION", filter: { placeId: "place:tokyo" } });
      for (const r of located) expect(items.map((i) => i.id)).toContain(r.from);
      expect(items.every((i) => i.kind === "INSTITUTION")).toBe(true);
    });

    it("from/to keep the events whose dates overlap the window: the events timeline(from, to) lists", async () => {
      const { items } = await all({ kind: "EVENT", filter: { from: "2014", to: "2014" } });
      const expected = ids(await timeline({ from: "2014", to: "2014", first: 100 }));
      expect(expected.length).toBeGreaterThan(3);
      expect(items.map((i) => i.id).sort()).toEqual([...expected].sort());
      // An undated entity never matches a window; every person is undated.
      expect((await entities({ kind: "PERSON", filter: { from: "2014" } })).totalCount).toBe(0);
    });

    it("orderBy DATE lists by first day, undated last, and pages with its own cursors", async () => {
      const { items } = await all({ kind: "EVENT", orderBy: "DATE" });
      const days = items.map((i) => i.date?.earliest ?? null);
      const dated = days.filter((d): d is string => d !== null);
      expect(dated).toEqual([...dated].sort());
      expect(days.slice(dated.length).every((d) => d === null)).toBe(true);
      const byName = await all({ kind: "EVENT" });
      expect(items.map((i) => i.id).sort()).toEqual(byName.items.map((i) => i.id).sort());
      const names = byName.items.map((i) => i.name.toLowerCase());
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it("countsByKind counts the filtered set per kind, the kind argument aside; totalCount is the asked kind's count", async () => {
      const stats = (await ok(`{ graphStats { labels { name count } } }`)).graphStats.labels as Array<{ name: string; count: number }>;
      const every = await entities({ first: 1 });
      const labelOf = (kind: string) => stats.find((l) => l.name.toUpperCase() === kind.replace(/_/g, ""))!.count;
      expect(every.countsByKind.length).toBeGreaterThan(3);
      for (const { kind, count } of every.countsByKind) expect(count, kind).toBe(labelOf(kind));
      expect(every.countsByKind.reduce((sum, c) => sum + c.count, 0)).toBe(every.totalCount);

      const tokyo = await entities({ kind: "EVENT", filter: { placeId: "place:tokyo" }, first: 1 });
      expect(tokyo.countsByKind.find((c) => c.kind === "EVENT")?.count).toBe(tokyo.totalCount);
      expect(tokyo.countsByKind.map((c) => c.kind)).toContain("INSTITUTION");
    });

    it("an unknown placeId is NOT_FOUND naming filter.placeId; a place id of the wrong kind is BAD_USER_INPUT", async () => {
      const unknown = await gql(ENTITIES, { filter: { placeId: "place:atlantis-keyset" } });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "filter.placeId", id: "place:atlantis-keyset" });
      const wrongKind = await gql(ENTITIES, { filter: { placeId: "person:robert-jan-smits" } });
      expect(wrongKind.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(wrongKind.errors?.[0]?.message).toContain("filter.placeId");
      const backwards = await gql(ENTITIES, { filter: { from: "2015", to: "2014" } });
      expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter.to" });
    });
  });
});
