// An alternative relationship upsert for the loader, kept for comparison (`--loader patched|both`)
// and as the fallback the benchmark uses when the project's loader does not finish within
// --load-limit.
//
// History: the loader used to MERGE with a dynamic type, `MERGE (a)-[r:$(row.type) {key: row.key}]->(b)`.
// On a fresh database the whole load runs in one transaction while the committed statistics still
// say "0 relationships", so the planner looked each relationship up with DirectedAllRelationshipsScan
// + Filter and kept that cached plan for every batch: each row scanned every relationship written so
// far (quadratic; measured here at 10k: 306–472 relationships/s, and 100k would have taken about an
// hour). This file's fix keeps one MERGE statement per batch but routes each row to a static-type
// MERGE branch, which is always planned as Expand(Into) (bench/proposed/upsert-relationships.cypher).
// The project has since fixed it differently (cypher/seed/existing-relationships, create- and
// update-relationships: keys looked up once, CREATE for new ones, updates by element id); the
// benchmark measures that loader by default.
//
// Everything else here is the project's own code: validation (planSeed), the sources and entities
// statements (cypher/seed/*.cypher), batch size, one transaction, the write counters. No prune step:
// the benchmark loads into a fresh database.
import "reflect-metadata";
import type { Database } from "../src/neo4j/database";
import { cypher } from "../src/neo4j/cypher-files";
import { toParams } from "../src/neo4j/database";
import { planSeed } from "../src/seed/validate";
import { RELATIONSHIP_TYPE_NAMES } from "../src/seed/vocabulary";
import neo4j from "neo4j-driver";

/** The static-type upsert (also written to bench/proposed/upsert-relationships.cypher). */
export function patchedUpsertRelationships(types: readonly string[] = RELATIONSHIP_TYPE_NAMES): string {
  const branches = types.map(
    (type) => `CALL (a, b, row) {
  WITH a, b, row WHERE row.type = '${type}'
  MERGE (a)-[r:${type} {key: row.key}]->(b)
  SET r = row.props
}`,
  );
  return ["UNWIND $rows AS row", "MATCH (a:Entity {id: row.from})", "MATCH (b:Entity {id: row.to})", ...branches].join("\n");
}

export interface PatchedLoadReport {
  sources: number;
  entities: number;
  relationships: number;
  validateMs: number;
  sourcesMs: number;
  entitiesMs: number;
  relationshipsMs: number;
  commitMs: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

/**
 * Validates `dir` with the project's planSeed and writes it in one transaction with the project's
 * statements except upsert-relationships (replaced as above). No prune step: the benchmark loads into
 * a fresh database (and the prune statements are not what is being fixed).
 */
export async function loadPatched(db: Database, dir: string, batchSize = 10_000, onBatch?: (phase: string, done: number, total: number) => void): Promise<PatchedLoadReport> {
  const t0 = Date.now();
  const plan = planSeed(dir);
  const validateMs = Date.now() - t0;
  const relText = patchedUpsertRelationships();
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction({ timeout: 60 * 60_000, metadata: { app: "bench-patched-loader" } });
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  const batches = async (phase: string, text: string, rows: unknown[]) => {
    const started = Date.now();
    for (let i = 0; i < rows.length; i += batchSize) {
      const result = await tx.run(text, toParams({ rows: rows.slice(i, i + batchSize) }) as Record<string, unknown>);
      const updates = result.summary.counters.updates();
      nodesCreated += updates.nodesCreated;
      relationshipsCreated += updates.relationshipsCreated;
      onBatch?.(phase, Math.min(i + batchSize, rows.length), rows.length);
    }
    return Date.now() - started;
  };
  try {
    const sourcesMs = await batches("sources", cypher("seed/upsert-sources").text, plan.sources);
    const entitiesMs = await batches("entities", cypher("seed/upsert-entities").text, plan.nodes);
    const relationshipsMs = await batches("relationships", relText, plan.relationships);
    const c = Date.now();
    await tx.commit();
    return {
      sources: plan.sources.length,
      entities: plan.nodes.length,
      relationships: plan.relationships.length,
      validateMs,
      sourcesMs,
      entitiesMs,
      relationshipsMs,
      commitMs: Date.now() - c,
      nodesCreated,
      relationshipsCreated,
    };
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  } finally {
    await session.close();
  }
}
