// The institutional network (issue 15): the participation rules of who-met (a "contact" never links),
// the evidence of every edge's activities in the answer, and undated activities kept apart from a
// time window. Fixture seed: tests/fixtures/seed-network.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import { clearGraph, graphql, startTestServer, unpageNetwork, type TestServer } from "./support/helpers";

const FIXTURE = path.join(__dirname, "fixtures", "seed-network");
const NETWORK = `query ($id: ID!, $from: String, $to: String) {
  institutionNetwork(institutionId: $id, depth: 1, from: $from, to: $to) {
    nodes(first: 1000) { pageInfo { hasNextPage } edges { node { institution { id } } } }
    edges(first: 1000) { pageInfo { hasNextPage } edges { node { sourceId targetId weight via
      activities { entityId via date { value } dated stated evidence { kind quote } }
      undatedActivities { entityId via dated } } } }
  }
}`;

describe("institutional network: participation rules, evidence, undated activities", () => {
  let t: TestServer;
  const network = async (variables: Record<string, unknown>) => {
    const response = await graphql(t.server.url, NETWORK, variables);
    expect(response.errors).toBeUndefined();
    const net = (response.data as any).institutionNetwork;
    expect([net.nodes.pageInfo.hasNextPage, net.edges.pageInfo.hasNextPage]).toEqual([false, false]);
    return unpageNetwork(net);
  };
  const edge = (net: any, a: string, b: string) => net.edges.find((e: any) => e.sourceId === a && e.targetId === b);

  beforeAll(async () => {
    t = await startTestServer();
    await clearGraph(t.db);
    await loadSeedDirectory(t.db, FIXTURE);
  });
  afterAll(async () => {
    await clearGraph(t.db);
    await t.close();
  });

  it("a person named as an event's contact does not link their institution to the event's participants", async () => {
    const net = await network({ id: "institution:analytical-institute" });
    const office = edge(net, "institution:analytical-institute", "institution:difference-office");
    // linked only by the charter both signed, not by the meeting Babbage was the contact for
    expect(office.via).toEqual(["AGREEMENT"]);
    expect(office.activities.map((a: any) => a.entityId)).toEqual(["document:engines-charter"]);
  });

  it("every activity carries the evidence of the relationships that make the link", async () => {
    const net = await network({ id: "institution:analytical-institute" });
    const lab = edge(net, "institution:analytical-institute", "institution:jacquard-lab");
    const meeting = lab.activities.find((a: any) => a.entityId === "event:engines-meeting-2020-03");
    expect(meeting).toMatchObject({ via: "EVENT", date: { value: "2020-03" }, dated: true, stated: true });
    expect(meeting.evidence.map((e: any) => e.quote).sort()).toEqual([
      "Ada Lovelace of the Analytical Institute",
      "Ada Lovelace of the Analytical Institute spoke at the Engines Meeting",
      "The Jacquard Lab chaired the Engines Meeting.",
    ]);
    expect(meeting.evidence.every((e: any) => e.kind === "STATED")).toBe(true);
  });

  // Issue 18: the EVENT link was one MATCH from one institution's side of the event to the other's, and
  // Cypher never uses one relationship twice in a pattern, so a person affiliated with both institutions
  // who was the only link of one of them to the event could not stand on both sides: the event was not
  // counted as shared, and the edge's weight was too low.
  it("an event attended by a person affiliated with both institutions is shared by them (weight counts it)", async () => {
    const net = await network({ id: "institution:royal-institution" });
    const link = edge(net, "institution:greenwich-observatory", "institution:royal-institution");
    expect([...link.via].sort()).toEqual(["EVENT", "PERSON"]);
    expect(link.activities.map((a: any) => a.entityId).sort()).toEqual(["event:tides-lecture-2021-05", "person:mary-somerville"]);
    expect(link.weight).toBe(2);
    const lecture = link.activities.find((a: any) => a.entityId === "event:tides-lecture-2021-05");
    expect(lecture).toMatchObject({ via: "EVENT", date: { value: "2021-05" }, dated: true, stated: true });
    // her participation once, and her affiliation with each institution
    expect(lecture.evidence.map((e: any) => e.quote).sort()).toEqual([
      "Mary Somerville gave the Tides Lecture in May 2021",
      "Mary Somerville, of the Greenwich Observatory",
      "Mary Somerville, of the Royal Institution",
    ]);
    // the same from the other institution, and inside a window that holds the lecture
    const other = await network({ id: "institution:greenwich-observatory", from: "2021", to: "2021" });
    const inWindow = edge(other, "institution:greenwich-observatory", "institution:royal-institution");
    expect(inWindow.activities.map((a: any) => a.entityId)).toEqual(["event:tides-lecture-2021-05"]);
    expect(inWindow.weight).toBe(1);
  });

  it("with a time window, undated activities are kept apart and not counted inside it", async () => {
    const all = await network({ id: "institution:analytical-institute" });
    const labAll = edge(all, "institution:analytical-institute", "institution:jacquard-lab");
    expect(labAll.activities.map((a: any) => a.entityId).sort()).toEqual(["event:engines-meeting-2020-03", "event:loom-seminar"]);
    expect(labAll.weight).toBe(2);
    expect(labAll.undatedActivities).toEqual([]);

    const in2020 = await network({ id: "institution:analytical-institute", from: "2020", to: "2020" });
    const lab = edge(in2020, "institution:analytical-institute", "institution:jacquard-lab");
    expect(lab.activities.map((a: any) => a.entityId)).toEqual(["event:engines-meeting-2020-03"]);
    expect(lab.undatedActivities).toEqual([{ entityId: "event:loom-seminar", via: "EVENT", dated: false }]);
    expect(lab.weight).toBe(1);
    // the undated charter is not silently inside the window either
    const office = edge(in2020, "institution:analytical-institute", "institution:difference-office");
    expect(office.activities).toEqual([]);
    expect(office.undatedActivities).toEqual([{ entityId: "document:engines-charter", via: "AGREEMENT", dated: false }]);
    expect(office.weight).toBe(0);

    const in2019 = await network({ id: "institution:analytical-institute", from: "2019", to: "2019" });
    const lab2019 = edge(in2019, "institution:analytical-institute", "institution:jacquard-lab");
    expect(lab2019.activities).toEqual([]);
    expect(lab2019.undatedActivities.map((a: any) => a.entityId)).toEqual(["event:loom-seminar"]);
  });
});
