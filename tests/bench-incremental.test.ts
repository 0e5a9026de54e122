// The benchmark's incremental load (bench/incremental.ts) at the smallest scale, against the real
// Neo4j: the change set is deterministic, valid, leaves the cached seed alone and is what the loader
// reports; loaded over the original seed it gives the graph a fresh load of the changed seed gives;
// and the comparison sees a graph that is not that one. Owns the whole graph (it clears it).
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import type { Database } from "../src/neo4j/database";
import { planSeed } from "../src/seed/validate";
import { generate } from "../bench/generate";
import { digestDifferences, graphDigest, measureIncrementalLoad, writeChangedSeed } from "../bench/incremental";
import { clearGraph, testDatabase } from "./support/helpers";

const dirHash = (dir: string) => {
  const hash = createHash("sha256");
  for (const name of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) hash.update(name).update(fs.readFileSync(file));
  }
  return hash.digest("hex");
};

describe("bench: incremental load", () => {
  let db: Database;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-incremental-"));
  const seedDir = path.join(work, "seed");
  const changedDir = path.join(work, "changed");
  beforeAll(async () => {
    db = await testDatabase();
    generate({ scale: "2k", outDir: seedDir, quiet: true });
  });
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("writes the same valid change set every time, into its own directory", () => {
    const before = dirHash(seedDir);
    const first = writeChangedSeed(seedDir, changedDir, 42);
    const bytes = dirHash(changedDir);
    expect(writeChangedSeed(seedDir, changedDir, 42)).toEqual(first);
    expect(dirHash(changedDir)).toBe(bytes);
    expect(dirHash(seedDir)).toBe(before);
    const plan = planSeed(changedDir);
    expect(plan.nodes.length).toBe(first.entities.total);
    expect(plan.relationships.length).toBe(first.relationships.total);
    expect(first.records).toBe(plan.sources.length + plan.nodes.length + plan.relationships.length);
    for (const counts of [first.entities, first.relationships]) {
      expect(counts.changed).toBeGreaterThan(0);
      expect(counts.added).toBeGreaterThan(0);
      expect(counts.removed).toBeGreaterThan(0);
    }
  });

  it("loads it over the original seed into the graph a fresh load of it gives, and sees when a graph differs", async () => {
    await clearGraph(db);
    await loadSeedDirectory(db, seedDir);
    const changes = writeChangedSeed(seedDir, changedDir, 42);
    const figures = await measureIncrementalLoad(db, changes, () => undefined);
    expect(figures.check.differences).toEqual([]);
    expect(figures.check.equal).toBe(true);
    expect(figures.changes).toBe(
      changes.entities.changed + changes.entities.added + changes.entities.removed + changes.relationships.changed + changes.relationships.added + changes.relationships.removed,
    );
    // The comparison can fail: the original seed is not the changed one, in counts, seedHashes and fingerprint.
    await clearGraph(db);
    await loadSeedDirectory(db, seedDir);
    const differences = digestDifferences(await graphDigest(db), figures.check.fresh);
    expect(differences.some((d) => d.startsWith("label ") || d.startsWith("relationship type "))).toBe(true);
    expect(differences.some((d) => d.startsWith("records' seedHashes:"))).toBe(true);
    expect(differences.some((d) => d.startsWith("whole-graph fingerprint:"))).toBe(true);
  });
});
