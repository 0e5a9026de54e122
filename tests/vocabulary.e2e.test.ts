// The vocabulary a curator needs (issue 15): who signed (as distinct from who attended), countries
// taking part in an event, participant counts, a research-area hierarchy and a person leading a
// programme. Fixture seed: tests/fixtures/seed-vocabulary.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import { planSeed, SeedValidationError } from "../src/seed/validate";
import { clearGraph, graphql, startTestServer, type TestServer } from "./support/helpers";

const FIXTURE = path.join(__dirname, "fixtures", "seed-vocabulary");

function problemsAfter(edit: (seed: any) => void) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-vocabulary-"));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const file = path.join(dir, "vocabulary.json");
  const seed = JSON.parse(fs.readFileSync(file, "utf8"));
  edit(seed);
  fs.writeFileSync(file, JSON.stringify(seed));
  try {
    planSeed(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems.map((p) => `${p.field}:${p.rule}`);
    throw error;
  }
  return [];
}

describe("vocabulary: validation", () => {
  it("accepts the fixture", () => {
    const plan = planSeed(FIXTURE);
    expect(plan.relationships.map((r) => r.type).sort()).toEqual(["LEADS", "NARROWER_THAN", "PARTICIPATED_IN", "PARTICIPATED_IN", "SIGNED", "SIGNED"]);
  });

  it("checks the new kinds' endpoints and properties", () => {
    expect(problemsAfter((s) => (s.entities[5].properties.participantCount = "about 120"))).toContain("properties.participantCount:isInt");
    expect(problemsAfter((s) => (s.entities[5].properties.participantCount = -3))).toEqual(["properties.participantCount:min"]);
    expect(problemsAfter((s) => (s.relationships[0].from = "event:engines-summit-2020-05-02"))).toEqual(["from:endpointKind"]);
    expect(problemsAfter((s) => (s.relationships[4].to = "programme:compiler-programme"))).toEqual(["to:endpointKind"]);
    expect(problemsAfter((s) => (s.relationships[5].to = "document:engines-letter"))).toEqual(["to:endpointKind"]);
    expect(problemsAfter((s) => (s.relationships[0].properties = { date: "2 May" }))).toEqual(["properties.date:isPartialDate"]);
  });
});

describe("vocabulary: in the API", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    await clearGraph(t.db);
    await loadSeedDirectory(t.db, FIXTURE);
  });
  afterAll(async () => {
    await clearGraph(t.db);
    await t.close();
  });

  it("answers who signed, which countries took part and how many, the area hierarchy and who leads a programme", async () => {
    const response = await graphql(
      t.server.url,
      `{
        letter: entity(id: "document:engines-letter") { relations(types: [SIGNED]) { edges { node { type outgoing date { value } other { id } } } } }
        summit: entity(id: "event:engines-summit-2020-05-02") { ... on Event { participantCount participants { participant { id kind } role } } }
        sensing: entity(id: "area:quantum-sensing") { ... on ResearchArea { broader { id } narrower { id } } }
        technology: entity(id: "area:quantum-technology") { ... on ResearchArea { broader { id } narrower { id } } }
        hopper: entity(id: "person:grace-hopper") { relations(types: [LEADS]) { edges { node { type title other { id } } } } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    const data = response.data as any;
    expect(data.letter.relations.edges.map((e: any) => e.node.other.id).sort()).toEqual(["person:ada-lovelace", "person:charles-babbage"]);
    expect(data.letter.relations.edges[0].node).toMatchObject({ type: "SIGNED", outgoing: false, date: { value: "2020-05-02" } });
    expect(data.summit.participantCount).toBe(120);
    expect(data.summit.participants.map((p: any) => `${p.participant.kind}:${p.participant.id}`).sort()).toEqual(["PLACE:place:france", "PLACE:place:japan"]);
    expect(data.sensing).toEqual({ broader: [{ id: "area:quantum-technology" }], narrower: [] });
    expect(data.technology).toEqual({ broader: [], narrower: [{ id: "area:quantum-sensing" }] });
    expect(data.hopper.relations.edges.map((e: any) => e.node)).toEqual([{ type: "LEADS", title: "Director", other: { id: "programme:compiler-programme" } }]);
  });
});
