// A hash of the whole graph (admin/graph-snapshot), without vitest: the tests compare the curated seed
// with it (tests/support/seed.ts); the benchmark's incremental load (bench/incremental.ts) hashes the
// same content record by record with the same canonicalJson.
import { createHash } from "node:crypto";
import type { Database } from "../../src/neo4j/database";

/**
 * A hash of every node and relationship with their labels, types and properties, provenance and
 * bookkeeping included, and each property's stored type (SchemaMigration aside). Maps are hashed with
 * their keys sorted: Neo4j returns a node's properties in the order of its property-key tokens, which
 * differs between two databases that hold the same graph (a transactional load, a bulk import).
 */
export async function graphFingerprint(db: Database): Promise<string> {
  const [snapshot] = await db.read("admin/graph-snapshot");
  return createHash("sha256").update(canonicalJson(snapshot)).digest("base64url");
}

/** JSON with every object's keys sorted (lists keep their order). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
