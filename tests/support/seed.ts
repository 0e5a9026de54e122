// The curated seed, loaded once per test run. The global setup loads it and hands its fingerprint (a
// hash of the whole graph, admin/graph-snapshot) to the tests. The read-only files, which run in
// parallel, only check that the graph is still exactly that seed; the files that wipe or write the
// graph run one after another afterwards and reload it only when the graph differs.
import path from "node:path";
import { inject } from "vitest";
import { PROJECT_ROOT } from "../../src/config/config";
import type { Database } from "../../src/neo4j/database";
import { loadSeedDirectory } from "../../src/curation/seed-and-edits";
import { graphFingerprint } from "./graph-fingerprint";

export { canonicalJson, graphFingerprint } from "./graph-fingerprint";

export const SEED_DIR = path.join(PROJECT_ROOT, "seed");

/**
 * For the read-only files: the graph must be the curated seed the global setup loaded. Nothing is
 * written here; a difference means a file that writes ran in the parallel group (see vitest.config.mts).
 */
export async function expectCuratedSeed(db: Database): Promise<void> {
  const expected = inject("seedFingerprint");
  const actual = await graphFingerprint(db);
  if (actual !== expected) {
    throw new Error(
      `the graph is not the curated seed the global setup loaded (fingerprint ${actual}, expected ${expected}): ` +
        `a test file that writes to the shared Neo4j ran in the read-only group; move it to the serial group in vitest.config.mts`,
    );
  }
}

/**
 * For the files that run one after another: makes the graph the curated seed, reloading it (after a
 * wipe) only when the graph differs from it, and checks the result.
 */
export async function curatedSeed(db: Database): Promise<void> {
  const expected = inject("seedFingerprint");
  if ((await graphFingerprint(db)) === expected) return;
  // Not helpers.clearGraph: the global setup imports this file, and helpers pulls in the whole app.
  await db.write("admin/clear-graph");
  await loadSeedDirectory(db, SEED_DIR);
  const actual = await graphFingerprint(db);
  if (actual !== expected) throw new Error(`a fresh load of ${SEED_DIR} gave fingerprint ${actual}, not the ${expected} the global setup loaded`);
}
