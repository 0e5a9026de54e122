// Evidence kinds (issue 15): a quote that states the fact, a quote plus the curator's inference, or a
// curator's reason alone. `stated` is true only with a quote that states the fact; dates a curator
// inferred say so, with the reason. Fixture seed: tests/fixtures/seed-evidence (the real seed's facts
// are not the point here).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evidenceCounts, relationshipEvidenceKind } from "../src/cli/evidence-counts";
import { PROJECT_ROOT } from "../src/config/config";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import { storedEvidence } from "../src/domain/stored";
import { planSeed, SeedValidationError } from "../src/seed/validate";
import { clearGraph, graphql, startTestServer, type TestServer } from "./support/helpers";

const FIXTURE = path.join(__dirname, "fixtures", "seed-evidence");

/** A copy of the fixture with the seed file's JSON changed by `edit`. */
function editedFixture(edit: (seed: any) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-evidence-"));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const file = path.join(dir, "evidence.json");
  const seed = JSON.parse(fs.readFileSync(file, "utf8"));
  edit(seed);
  fs.writeFileSync(file, JSON.stringify(seed));
  return dir;
}

function problemsOf(dir: string) {
  try {
    planSeed(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  return [];
}

const rel = (seed: any, type: string, from: string, to: string) =>
  seed.relationships.find((r: any) => r.type === type && r.from === from && r.to === to);

describe("evidence kinds in the seed format", () => {
  it("stated is true only with a quote that states the fact: a quote plus an inference is not stated", () => {
    const plan = planSeed(FIXTURE);
    const stated = (type: string, from: string, to: string) =>
      plan.relationships.find((r) => r.type === type && r.from === from && r.to === to)!.props.stated;
    expect(stated("HELD_IN", "event:compiler-forum-2021", "place:lyon")).toBe(true);
    // "organised the day before" names no organiser: the curator's attribution is an inference
    expect(stated("ORGANISED", "person:grace-hopper", "event:second-workshop")).toBe(false);
    expect(stated("HELD_IN", "event:second-workshop", "place:lyon")).toBe(false);
    expect(stated("HELD_IN", "event:compiler-forum-again", "place:lyon")).toBe(false);
    const organised = plan.relationships.find((r) => r.type === "ORGANISED")!;
    expect(organised.props.evidenceInferred).toEqual([expect.stringContaining("names no organiser")]);
  });

  it("rejects an item that mixes a quote and a curated reason, and says how to say which", () => {
    const dir = editedFixture((seed) => {
      rel(seed, "ORGANISED", "person:grace-hopper", "event:second-workshop").evidence = [
        { quote: "A second workshop was organised the day before.", curated: "attributed by the curator" },
      ];
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: "evidence[0]", rule: "evidenceKind", message: expect.stringContaining('"inferred"') }),
    );
  });

  it("rejects an inference without the quote it was drawn from", () => {
    const dir = editedFixture((seed) => {
      rel(seed, "ORGANISED", "person:grace-hopper", "event:second-workshop").evidence = [{ inferred: "attributed by the curator" }];
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: "evidence[0].quote", rule: "isString", message: expect.stringContaining("an inference needs the quote") }),
    );
    expect(problems.filter((p) => p.field.endsWith("curated"))).toEqual([]);
  });

  it("inferredDates must name a date property the record gives, with a reason", () => {
    const dir = editedFixture((seed) => {
      const event = seed.entities.find((e: any) => e.id === "event:second-workshop");
      event.inferredDates = { date: "no date given", eventType: "x" };
      seed.entities.find((e: any) => e.id === "event:compiler-forum-again").inferredDates = { date: "" };
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ record: expect.stringContaining("event:second-workshop"), field: "inferredDates.date", rule: "dateGiven" }));
    expect(problems).toContainEqual(expect.objectContaining({ field: "inferredDates.eventType", rule: "dateProperty" }));
    expect(problems).toContainEqual(expect.objectContaining({ record: expect.stringContaining("event:compiler-forum-again"), field: "inferredDates.date", rule: "reason" }));
  });

  it("a date a second source states clears the first source's inference mark", () => {
    const dir = editedFixture((seed) => {
      seed.entities.push({
        id: "event:compiler-forum-again",
        kind: "Event",
        name: "Compiler Forum (second meeting)",
        properties: { eventType: "forum", date: "2022" },
        evidence: [{ quote: "The Compiler Forum met again" }],
      });
    });
    fs.writeFileSync(
      path.join(dir, "z-second.json"),
      JSON.stringify({
        entities: [
          {
            id: "event:compiler-forum-again",
            kind: "Event",
            name: "Compiler Forum (second meeting)",
            properties: { eventType: "forum", date: "2022" },
            evidence: [{ source: "source:evidence-test-note", quote: "The Compiler Forum met again" }],
          },
        ],
      }),
    );
    // the first file defines it twice now: drop that, keep the cross-file merge only
    const file = path.join(dir, "evidence.json");
    const seed = JSON.parse(fs.readFileSync(file, "utf8"));
    seed.entities.pop();
    fs.writeFileSync(file, JSON.stringify(seed));
    const inferredOnly = planSeed(FIXTURE).nodes.find((n) => n.id === "event:compiler-forum-again")!;
    expect(inferredOnly.props.inferredDateFields).toEqual(["date"]);
    const merged = planSeed(dir).nodes.find((n) => n.id === "event:compiler-forum-again")!;
    expect(merged.props.inferredDateFields).toBeUndefined();
  });
});

describe("the whole curated seed under the evidence rule", () => {
  const plan = planSeed(path.join(PROJECT_ROOT, "seed"));
  const find = (type: string, from: string, to: string) => plan.relationships.find((r) => r.type === type && r.from === from && r.to === to)!;

  it("every relationship with stated: true has a quote not marked as an inference", () => {
    const offenders = plan.relationships
      .filter((r) => r.props.stated === true)
      .filter((r) => !storedEvidence(r.props).some((e) => e.quote !== "" && e.inferred === "" && e.curated === ""))
      .map((r) => r.key);
    expect(offenders).toEqual([]);
    // and the converse: a relationship with such a quote is stated
    const missed = plan.relationships.filter((r) => r.props.stated !== true && relationshipEvidenceKind(r.props) === "stated");
    expect(missed).toEqual([]);
  });

  it("the overstatements the issue names are no longer stated", () => {
    // the quote says only "organised the day before": the organiser is the curator's attribution
    expect(find("ORGANISED", "project:jeupiste", "event:innovation-workshop-2-2014-11-13").props.stated).toBe(false);
    // rests on the curator identifying which summit "held in Tokyo in May" is meant
    expect(find("HELD_IN", "event:eu-japan-summit-2022-05-12", "place:tokyo").props.stated).toBe(false);
    // "(curator's judgement)"
    expect(find("CONCERNS", "document:eu-japan-ri-joint-vision-2015", "dialogue:eu-japan-sti-policy-dialogue").props.stated).toBe(false);
    // a tier "by curation convention"
    expect(find("SETS_PRIORITY", "document:eu-japan-st-road-map-2011-2013", "area:critical-raw-materials").props.stated).toBe(false);
    // still stated where the quote says it
    expect(find("PARTICIPATED_IN", "person:robert-jan-smits", "event:eu-japan-policy-forum-5-2014-10-04").props.stated).toBe(true);
  });

  it("dates the curator inferred are marked with the reason", () => {
    const forum = plan.nodes.find((n) => n.id === "event:sts-forum-2025")!;
    expect(forum.props.inferredDateFields).toEqual(["date"]);
    expect(find("MET", "person:ekaterina-zaharieva", "person:minoru-kiuchi").props.inferredDateFields).toEqual(["date"]);
    const stated = plan.nodes.find((n) => n.id === "event:eu-japan-policy-forum-5-2014-10-04")!;
    expect(stated.props.inferredDateFields).toBeUndefined();
  });

  it("counts add up: stated + inferred + curated = relationships", () => {
    const counts = evidenceCounts(plan.relationships);
    expect(counts.stated + counts.inferred + counts.curated).toBe(plan.relationships.length);
    expect(counts.inferred).toBeGreaterThan(0);
  });
});

describe("evidence kinds in the API", () => {
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

  it("shows the kind of each evidence item, the inference, and whether a date is stated", async () => {
    const response = await graphql(
      t.server.url,
      `query {
        hopper: entity(id: "person:grace-hopper") {
          relations { edges { node { type stated other { id } evidence { kind stated quote inference curatedReason } } } }
        }
        again: entity(id: "event:compiler-forum-again") {
          ... on Event { date { value stated inferredReason } }
          relations { edges { node { type stated evidence { kind stated } } } }
        }
        forum: entity(id: "event:compiler-forum-2021") { ... on Event { date { value stated inferredReason } } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    const data = response.data as any;
    const organised = data.hopper.relations.edges.map((e: any) => e.node).find((r: any) => r.type === "ORGANISED");
    expect(organised.stated).toBe(false);
    expect(organised.evidence).toEqual([
      {
        kind: "INFERRED",
        stated: false,
        quote: "A second workshop was organised the day before.",
        inference: expect.stringContaining("names no organiser"),
        curatedReason: null,
      },
    ]);
    const chaired = data.hopper.relations.edges.map((e: any) => e.node).find((r: any) => r.type === "PARTICIPATED_IN");
    expect(chaired.stated).toBe(true);
    expect(chaired.evidence).toEqual([expect.objectContaining({ kind: "STATED", stated: true, inference: null })]);
    const heldIn = data.again.relations.edges.map((e: any) => e.node).find((r: any) => r.type === "HELD_IN");
    expect(heldIn).toEqual({ type: "HELD_IN", stated: false, evidence: [{ kind: "INFERRED", stated: false }, { kind: "CURATED", stated: false }] });
    expect(data.again.date).toEqual({ value: "2022", stated: false, inferredReason: expect.stringContaining("curator's inference") });
    expect(data.forum.date).toEqual({ value: "2021", stated: true, inferredReason: null });
  });
});
