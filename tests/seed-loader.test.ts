// The seed loader against the real Neo4j: complete, idempotent, all-or-nothing, and faithful to edits
// and removals. These tests own the whole graph (they clear it first).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/config";
import type { Database } from "../src/neo4j/database";
import { loadSeedDirectory } from "../src/seed/loader";
import { planSeed, SeedValidationError } from "../src/seed/validate";
import { clearGraph, testDatabase } from "./support/helpers";

const SEED_DIR = path.join(PROJECT_ROOT, "seed");
const SMALL = path.join(__dirname, "fixtures", "seed-small");
const INVALID = path.join(__dirname, "fixtures", "seed-invalid");

async function snapshot(db: Database) {
  const [row] = await db.read("admin/graph-snapshot");
  return row;
}

function copyDir(from: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), "seed-copy-"));
  fs.cpSync(from, to, { recursive: true });
  return to;
}

describe("seed loader", () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
  });
  beforeEach(async () => clearGraph(db));

  it("loads the whole curated seed: every planned node and relationship is in Neo4j", async () => {
    const plan = planSeed(SEED_DIR);
    const report = await loadSeedDirectory(db, SEED_DIR);
    expect(report.entities).toBe(plan.nodes.length);
    expect(report.relationships).toBe(plan.relationships.length);
    const [counts] = await db.driver
      .executeQuery(
        "MATCH (n:Entity) WITH count(n) AS entities MATCH (s:Source) WITH entities, count(s) AS sources MATCH ()-[r]->() RETURN entities, sources, count(r) AS relationships",
        {},
        { database: db.database },
      )
      .then((r) => r.records.map((rec) => rec.toObject()));
    expect(counts).toEqual({ entities: plan.nodes.length, sources: plan.sources.length, relationships: plan.relationships.length });
    // every kind from the domain is present
    const { records } = await db.driver.executeQuery("MATCH (n:Entity) RETURN DISTINCT n.kind AS kind", {}, { database: db.database });
    expect(records.map((r) => r.get("kind")).sort()).toEqual(
      ["Dialogue", "Document", "Event", "Institution", "Person", "Place", "Programme", "Project", "ResearchArea"].sort(),
    );
  });

  it("loading twice changes nothing: same snapshot, nothing created or removed", async () => {
    await loadSeedDirectory(db, SEED_DIR);
    const before = await snapshot(db);
    const second = await loadSeedDirectory(db, SEED_DIR);
    expect(second.counters.nodesCreated).toBe(0);
    expect(second.counters.relationshipsCreated).toBe(0);
    expect(second.counters.nodesDeleted).toBe(0);
    expect(second.counters.relationshipsDeleted).toBe(0);
    expect(second.removedEntities + second.removedRelationships).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it("gives every node and relationship a source and quote, or a curated reason", async () => {
    await loadSeedDirectory(db, SEED_DIR);
    const { records } = await db.driver.executeQuery(
      `CALL () {
         MATCH (n:Entity) RETURN n.id AS item, n.evidenceSources AS sources, n.evidenceQuotes AS quotes, n.evidenceCurated AS curated
         UNION ALL
         MATCH ()-[r]->() RETURN r.key AS item, r.evidenceSources AS sources, r.evidenceQuotes AS quotes, r.evidenceCurated AS curated
       }
       RETURN item, sources, quotes, curated`,
      {},
      { database: db.database },
    );
    expect(records.length).toBeGreaterThan(200);
    for (const record of records) {
      const [item, sources, quotes, curated] = ["item", "sources", "quotes", "curated"].map((k) => record.get(k)) as [string, string[], string[], string[]];
      expect(quotes?.length, item).toBeGreaterThan(0);
      quotes.forEach((quote, i) => {
        const stated = quote !== "" && sources[i] !== "";
        const curatedReason = curated[i] !== "";
        expect(stated || curatedReason, `${item} evidence[${i}]`).toBe(true);
      });
    }
  });

  it("rejects a seed with several errors, listing all of them, and leaves the database unchanged", async () => {
    await loadSeedDirectory(db, SMALL);
    const before = await snapshot(db);
    let error: unknown;
    try {
      await loadSeedDirectory(db, INVALID);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems.map((p) => `${p.file} | ${p.record} | ${p.field} | ${p.rule}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^seed\/not-json\.json \| - \| - \| json$/),
        "seed/broken.json | entities[1] (person:ada-lovelace) | id | unique",
        "seed/broken.json | entities[2] (event:workshop) | properties.date | isPartialDate",
        "seed/broken.json | entities[3] (place:paris) | evidence[0].quote | quoteInSource",
        "seed/broken.json | entities[4] (institution:engine-club) | colour | whitelistValidation",
        "seed/broken.json | entities[4] (institution:engine-club) | evidence | arrayNotEmpty",
        "seed/broken.json | entities[4] (institution:engine-club) | id | idPrefix",
        "seed/broken.json | relationships[0] | properties.role | isIn",
        "seed/broken.json | relationships[1] (event:workshop HELD_IN place:atlantis) | to | endpointExists",
        "seed/broken.json | relationships[2] (person:ada-lovelace HELD_IN place:paris) | from | endpointKind",
      ]),
    );
    expect((error as Error).message).toContain("nothing was written");
    expect(await snapshot(db)).toEqual(before);
  });

  it("rolls back a load that fails part-way, then the next load completes", async () => {
    await loadSeedDirectory(db, SMALL);
    const before = await snapshot(db);
    await expect(
      loadSeedDirectory(db, SEED_DIR, {
        batchSize: 10,
        onProgress: (p) => {
          if (p.phase === "relationships" && p.done >= 30) throw new Error("injected failure after 30 relationships");
        },
      }),
    ).rejects.toThrow("injected failure after 30 relationships");
    expect(await snapshot(db)).toEqual(before);

    const report = await loadSeedDirectory(db, SEED_DIR);
    expect(report.removedEntities).toBeGreaterThan(0); // the small fixture's records, no longer in the seed
    const fresh = await snapshot(db);
    await clearGraph(db);
    await loadSeedDirectory(db, SEED_DIR);
    expect(await snapshot(db)).toEqual(fresh);
  });

  it("after a curator edits and removes records, the graph equals a fresh load of the edited seed", async () => {
    const dir = copyDir(SMALL);
    await loadSeedDirectory(db, dir);
    const file = path.join(dir, "small.json");
    const seed = JSON.parse(fs.readFileSync(file, "utf8"));
    seed.entities = seed.entities.filter((e: { id: string }) => e.id !== "person:charles-babbage");
    seed.relationships = seed.relationships.filter(
      (r: { from: string; type: string }) => r.from !== "person:charles-babbage" && r.type !== "LOCATED_IN",
    );
    seed.entities.find((e: { id: string }) => e.id === "event:workshop-on-engines-2020").properties = { eventType: "conference", date: "2020-02" };
    fs.writeFileSync(file, JSON.stringify(seed));

    const report = await loadSeedDirectory(db, dir);
    expect(report.removedEntities).toBe(1);
    expect(report.removedRelationships).toBe(2); // LOCATED_IN and Babbage's PARTICIPATED_IN
    const edited = await snapshot(db);
    await clearGraph(db);
    await loadSeedDirectory(db, dir);
    expect(await snapshot(db)).toEqual(edited);

    const { records } = await db.driver.executeQuery(
      "MATCH (e:Event {id: 'event:workshop-on-engines-2020'}) RETURN e.eventType AS type, e.date AS date, e.dateFrom AS dateFrom, e.dateTo AS dateTo, e.datePrecision AS precision",
      {},
      { database: db.database },
    );
    expect(records[0]?.toObject()).toEqual({ type: "conference", date: "2020-02", dateFrom: "2020-02-01", dateTo: "2020-02-29", precision: "month" });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("leaves nodes that the seed loader did not write alone", async () => {
    await db.driver.executeQuery("CREATE (:Entity:Person {id: 'person:someone-else', origin: 'curation'})", {}, { database: db.database });
    await loadSeedDirectory(db, SMALL);
    const { records } = await db.driver.executeQuery("MATCH (n {id: 'person:someone-else'}) RETURN count(n) AS c", {}, { database: db.database });
    expect(records[0]?.get("c")).toBe(1);
  });
});
