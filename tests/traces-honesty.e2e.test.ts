// Priority traces (issue 15): the priority field holds the area (also when the project addresses it
// directly), each trace names its weakest hop, traces filter by tier, setting document and
// statedOnly, and a curated hop to a generic dialogue does not fan out to every priority.
// Fixture seed: tests/fixtures/seed-traces (document:other-map sets no priority: the setBy filter's empty case).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import { clearGraph, graphql, startTestServer, type TestServer } from "./support/helpers";

const FIXTURE = path.join(__dirname, "fixtures", "seed-traces");
const FIELDS = "priority { id kind } tier setBy { id } stated hops { type evidenceKind } weakestHop { type evidenceKind stated }";

describe("priority traces", () => {
  let t: TestServer;
  const traces = async (args: string) => {
    const response = await graphql(t.server.url, `{ projectPriorities(${args}, first: 100) { totalCount edges { node { ${FIELDS} } } } }`);
    expect(response.errors).toBeUndefined();
    const page = (response.data as any).projectPriorities;
    expect(page.totalCount).toBe(page.edges.length);
    return page.edges.map((edge: any) => edge.node);
  };

  beforeAll(async () => {
    t = await startTestServer();
    await clearGraph(t.db);
    await loadSeedDirectory(t.db, FIXTURE);
  });
  afterAll(async () => {
    await clearGraph(t.db);
    await t.close();
  });

  it("puts the research area in priority when the project addresses it directly (not the setting document)", async () => {
    const [direct] = await traces(`projectId: "project:alpha"`);
    expect(direct).toMatchObject({ priority: { id: "area:ict", kind: "RESEARCH_AREA" }, setBy: { id: "document:road-map" }, tier: "FLAGSHIP", stated: true });
    expect(direct.hops.map((h: any) => h.type)).toEqual(["ADDRESSES", "SETS_PRIORITY"]);
  });

  it("a curated hop to a generic dialogue does not make the project serve every priority", async () => {
    // Alpha's curated SUPPORTS to the dialogue would reach health too; no source links Alpha to health
    expect((await traces(`projectId: "project:alpha"`)).map((x: any) => x.priority.id)).toEqual(["area:ict"]);
    // Beta's support of the dialogue is stated: both priorities, through the dialogue
    expect((await traces(`projectId: "project:beta"`)).map((x: any) => x.priority.id)).toEqual(["area:ict", "area:health"]);
  });

  it("names the weakest hop", async () => {
    const [gamma] = await traces(`projectId: "project:gamma"`);
    expect(gamma.priority.id).toBe("area:health");
    expect(gamma.stated).toBe(false);
    expect(gamma.weakestHop).toEqual({ type: "ADDRESSES", evidenceKind: "INFERRED", stated: false });
    const [beta] = await traces(`projectId: "project:beta"`);
    expect(beta.weakestHop.evidenceKind).toBe("STATED");
  });

  it("filters by tier, by setting document and to stated chains", async () => {
    expect((await traces(`projectId: "project:beta", tiers: [ONGOING]`)).map((x: any) => x.priority.id)).toEqual(["area:health"]);
    expect(await traces(`projectId: "project:beta", setBy: "document:other-map"`)).toEqual([]);
    // A setting document that does not exist is an error, not the same empty list (issue 12).
    const unknown = await graphql(t.server.url, `{ projectPriorities(projectId: "project:beta", setBy: "document:no-such-map") { totalCount } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "setBy", id: "document:no-such-map" });
    expect((await traces(`projectId: "project:beta", setBy: "document:road-map"`)).length).toBe(2);
    expect(await traces(`projectId: "project:gamma", statedOnly: true`)).toEqual([]);
    expect((await traces(`projectId: "project:alpha", statedOnly: true`)).map((x: any) => x.priority.id)).toEqual(["area:ict"]);
    const reach = await graphql(t.server.url, `{ priorityReach(areaId: "area:health", statedOnly: true) { edges { node { origin { id } } } } }`);
    expect((reach.data as any).priorityReach.edges.map((x: any) => x.node.origin.id)).toEqual(["project:beta"]);
  });
});
