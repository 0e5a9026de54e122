// Several sources about the same things: one node per real entity with every source attached,
// names in two scripts as aliases, a more precise date refining a vaguer one, a real disagreement
// kept side by side, roles over time, and a numbered series walked in order.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import { planSeed } from "../src/seed/validate";
import { clearGraph, graphql, nodesOf, startTestServer, type TestServer } from "./support/helpers";

const DIR = path.join(__dirname, "fixtures", "seed-two-sources");

describe("merging several sources", () => {
  let t: TestServer;
  const gql = (query: string) => graphql<any>(t.server.url, query);

  beforeAll(async () => {
    t = await startTestServer();
    await clearGraph(t.db);
    await loadSeedDirectory(t.db, DIR);
  });
  afterAll(async () => {
    await clearGraph(t.db);
    await t.close();
  });

  it("makes one node per entity, with the sources of both files", async () => {
    const plan = planSeed(DIR);
    expect(plan.nodes.filter((n) => n.id === "person:ada-lovelace")).toHaveLength(1);
    const response = await gql(`{ entity(id: "person:ada-lovelace") { name aliases sources { id } evidence { source { id } } } }`);
    expect(response.data.entity.aliases).toContain("エイダ・ラブレス");
    expect(response.data.entity.sources.map((s: any) => s.id).sort()).toEqual(["source:note-a", "source:note-b"]);
  });

  it("finds an entity by its name in either script", async () => {
    for (const text of ["Lovelace", "エイダ・ラブレス", "ラブレス"]) {
      const response = await gql(`{ search(text: "${text}") { edges { node { entity { id } } } } }`);
      expect(response.data.search.edges.map((e: any) => e.node.entity.id), text).toContain("person:ada-lovelace");
    }
  });

  it("keeps the more precise of two compatible dates, without calling it a disagreement", async () => {
    const response = await gql(`{ entity(id: "document:agreement-on-engines") { ... on Document { entryIntoForce { value precision } } disagreements { field } sources { id } } }`);
    expect(response.data.entity).toEqual({
      entryIntoForce: { value: "2011-03-29", precision: "DAY" },
      disagreements: [],
      sources: [{ id: "source:note-a" }, { id: "source:note-b" }],
    });
  });

  it("keeps a disagreement between sources side by side, each value with its source", async () => {
    const response = await gql(`{ entity(id: "event:engine-committee-1") { ... on Event { date { value } } disagreements { field values { value sourceIds } } } }`);
    expect(response.data.entity.date.value).toBe("2011-06");
    expect(response.data.entity.disagreements).toEqual([
      {
        field: "date",
        values: [
          { value: "2011-06", sourceIds: ["source:note-a"] },
          { value: "2011-07", sourceIds: ["source:note-b"] },
        ],
      },
    ]);
  });

  it("keeps a person's titles with the dates each source states them", async () => {
    const response = await gql(`{ person(id: "person:ada-lovelace") { affiliations { title asOf { value } evidence { source { id } } } } }`);
    const affiliations = response.data.person.affiliations.map((a: any) => [a.title, a.asOf.value, a.evidence[0].source.id]);
    expect(affiliations.sort()).toEqual([
      ["Director", "2011-06", "source:note-a"],
      ["President", "2013-05-10", "source:note-b"],
    ]);
  });

  it("backs one relationship stated by two sources with both", async () => {
    const response = await gql(`{ entity(id: "event:engine-committee-1") { relations(types: [MEETING_OF]) { edges { node { evidence { source { id } } } } } } }`);
    const [edge] = response.data.entity.relations.edges;
    expect(edge.node.evidence.map((e: any) => e.source.id)).toEqual(["source:note-a", "source:note-b"]);
  });

  it("walks a committee's numbered meetings in order", async () => {
    const response = await gql(`{ series(bodyId: "institution:engine-committee") { edges { node { ordinal event { id nextInSeries { id } previousInSeries { id } } previousId nextId } } } }`);
    expect(nodesOf(response.data.series)).toEqual([
      { ordinal: 1, event: { id: "event:engine-committee-1", nextInSeries: { id: "event:engine-committee-2" }, previousInSeries: null }, previousId: null, nextId: "event:engine-committee-2" },
      { ordinal: 2, event: { id: "event:engine-committee-2", nextInSeries: null, previousInSeries: { id: "event:engine-committee-1" } }, previousId: "event:engine-committee-1", nextId: null },
    ]);
  });
});
