// Counts, order and search (issue 15): meetings counted by occasion, roles over time in date order,
// topics and summaries searchable but ranked below names and aliases, a closed compound ("roadmap")
// finding the open one ("Road Map"). Fixture seed: tests/fixtures/seed-counts.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import { clearGraph, graphql, startTestServer, type TestServer } from "./support/helpers";

const FIXTURE = path.join(__dirname, "fixtures", "seed-counts");

describe("counts, order and search", () => {
  let t: TestServer;
  const gql = async (query: string) => {
    const response = await graphql(t.server.url, query);
    expect(response.errors).toBeUndefined();
    return response.data as any;
  };
  const search = async (text: string) =>
    (await gql(`{ search(text: ${JSON.stringify(text)}, first: 10) { edges { node { entity { id } score } } } }`)).search.edges.map((e: any) => e.node.entity.id);

  beforeAll(async () => {
    t = await startTestServer();
    await clearGraph(t.db);
    await loadSeedDirectory(t.db, FIXTURE);
  });
  afterAll(async () => {
    await clearGraph(t.db);
    await t.close();
  });

  it("counts meetings by occasion: a stated meeting on the day of a shared event is that occasion, not another", async () => {
    const data = await gql(`{ whoMet(personId: "person:marie-curie") { edges { node { person { id } meetingCount meetings { kind } } } } }`);
    const byPerson = new Map(data.whoMet.edges.map((e: any) => [e.node.person.id, e.node]));
    const pierre = byPerson.get("person:pierre-curie") as any;
    expect(pierre.meetings.map((m: any) => m.kind).sort()).toEqual(["EVENT", "STATED"]);
    expect(pierre.meetingCount).toBe(1);
    expect((byPerson.get("person:paul-langevin") as any).meetingCount).toBe(1);
  });

  it("lists roles over time earliest first", async () => {
    const data = await gql(`{ entity(id: "person:marie-curie") { ... on Person { affiliations { title asOf { value } } } } }`);
    expect(data.entity.affiliations.map((a: any) => `${a.asOf.value} ${a.title}`)).toEqual(["2019 Deputy Director", "2020 Fellow", "2021 Director"]);
  });

  it("finds an event by its topic, ranked below a name match", async () => {
    expect(await search("bridges")).toEqual(["event:spring-forum"]);
    // "quantum" is in the road map's name and only in the forum's topics
    expect(await search("quantum")).toEqual(["document:quantum-road-map", "event:spring-forum"]);
  });

  it("finds 'Road Map' when asked for 'roadmap'", async () => {
    expect(await search("roadmap")).toEqual(["document:quantum-road-map"]);
    expect(await search("quantum roadmap")).toEqual(["document:quantum-road-map"]);
  });
});
