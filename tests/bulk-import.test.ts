// The bulk path (src/seed/bulk-import.ts) builds the same graph as the transactional loader: the
// curated seed bulk-imported into an embedded Neo4j of this file's own gives the same graphFingerprint
// (every node and relationship, labels, types, every property — provenance and bookkeeping included —
// and its stored type) as the transactional load the global setup made into the shared Neo4j. A second
// bulk load into the filled database is refused and changes nothing; so is a bulk load with NEO4J_URI set.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bulkLoadSeedDirectory } from "../src/curation/seed-and-edits";
import { Database } from "../src/neo4j/database";
import { freePort, type EmbeddedNeo4j } from "../src/neo4j/embedded";
import { BulkLoadRefusedError } from "../src/seed/bulk-import";
import { testConfig, testDatabase } from "./support/helpers";
import { TEST_JVM } from "./support/jvm";
import { expectCuratedSeed, graphFingerprint, SEED_DIR } from "./support/seed";

const PASSWORD = "password-123";

describe("bulk first load through neo4j-admin database import", () => {
  // The embedded Neo4j of this file (the tests' config names the shared one through NEO4J_URI).
  const config = testConfig({ NEO4J_URI: "" });
  let dir: string;
  const running: Array<{ neo4j: EmbeddedNeo4j; db: Database }> = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sti-bulk-test-"));
  });
  afterAll(async () => {
    for (const { neo4j, db } of running) {
      await db.close().catch(() => undefined);
      await neo4j.stop();
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const settings = async (name: string) => ({ boltPort: await freePort(), dataDir: path.join(dir, name), heap: "512m", pageCache: "64m", javaOptions: TEST_JVM });

  it("loads the curated seed into the same graph as the transactional loader, and refuses a database that is not empty", async () => {
    // The transactional loader's graph: the shared Neo4j, which the global setup migrated and loaded
    // with the curated seed as start-up does (its fingerprint is handed to every file).
    const want = inject("seedFingerprint");
    const shared = await testDatabase();
    let counts: unknown;
    try {
      await expectCuratedSeed(shared);
      [counts] = await shared.read("queries/stats/graph-stats");
    } finally {
      await shared.close();
    }

    // The bulk path into a fresh data folder.
    const bulk = await settings("bulk");
    const { report, neo4j: imported, db: bulkDb } = await bulkLoadSeedDirectory({ config, settings: bulk, password: PASSWORD }, SEED_DIR);
    running.push({ neo4j: imported, db: bulkDb });
    expect(report.mode).toBe("bulk-import");
    expect(report.entities).toBeGreaterThan(300);
    expect(report.restoredLists.nodes).toBeGreaterThan(0); // the curated seed has empty aliases and one-item evidence
    expect((await bulkDb.read("queries/stats/graph-stats"))[0]).toEqual(counts);
    expect(await graphFingerprint(bulkDb)).toBe(want);
    // The indexes the migrations create are online and the planner's statistics are fresh.
    expect(report.indexStatistics?.outdatedAfter ?? []).toEqual([]);
    const found = await bulkDb.driver.executeQuery("CALL db.index.fulltext.queryNodes('entity_search', 'Horizon') YIELD node RETURN count(node) AS n", {}, { database: bulkDb.database });
    expect(Number(found.records[0]!.get("n"))).toBeGreaterThan(0);

    // A second bulk load into the now filled database (running, and stopped) is refused; nothing changes.
    await expect(bulkLoadSeedDirectory({ config, settings: bulk, password: PASSWORD, running: { neo4j: imported, db: bulkDb } }, SEED_DIR)).rejects.toThrow(
      /^the bulk load needs an empty database, but database "neo4j" in .* holds .*\d+ Entity, .*load without --bulk/,
    );
    expect(await graphFingerprint(bulkDb)).toBe(want);
    await bulkDb.close();
    await imported.stop();
    const refused = bulkLoadSeedDirectory({ config, settings: bulk, password: PASSWORD }, SEED_DIR);
    await expect(refused).rejects.toBeInstanceOf(BulkLoadRefusedError);
    await expect(refused).rejects.toThrow(/needs an empty database/);
  }, 600_000);

  it("refuses an external Neo4j (NEO4J_URI): the import writes into the embedded data folder", async () => {
    const external = testConfig();
    await expect(bulkLoadSeedDirectory({ config: external, settings: await settings("external"), password: PASSWORD }, SEED_DIR)).rejects.toThrow(
      /but NEO4J_URI is set \(bolt:\/\/.*\): load without --bulk/,
    );
    expect(fs.existsSync(path.join(dir, "external"))).toBe(false);
  });
});
