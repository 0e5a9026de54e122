// Two alternative write paths for the seed, used by the benchmark (`--loader patched|batched|both`):
//  - "patched": an alternative relationship upsert (static-type MERGE), kept for comparison;
//  - "batched": the project's own statements with one transaction per batch, the fallback the
//    benchmark uses when the project's one-transaction loader cannot load a scale (time limit, or
//    Neo4j's transaction memory limit — at 1M relationships with a 4g or 8g heap).
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
import { RELATIONSHIP_TYPE_NAMES } from "../src/domain/vocabulary";
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
  transactions: number;
}

export type AlternativeLoader = "patched" | "batched";

/**
 * Validates `dir` with the project's planSeed and writes it with the project's statements, except:
 *  - "patched": relationships with the static-type MERGE above, all in ONE transaction (like the
 *    project's loader);
 *  - "batched": the project's own statements (upsert-sources, upsert-entities, create-relationships),
 *    but each batch in its OWN transaction — for graphs whose one-transaction load exceeds Neo4j's
 *    transaction memory limit (dbms.memory.transaction.total.max, 70% of the heap). Not all-or-nothing.
 * No prune step: the benchmark loads into a fresh database.
 */
export async function loadPatched(
  db: Database,
  dir: string,
  batchSize = 10_000,
  onBatch?: (phase: string, done: number, total: number) => void,
  mode: AlternativeLoader = "patched",
): Promise<PatchedLoadReport> {
  const t0 = Date.now();
  const plan = planSeed(dir);
  const validateMs = Date.now() - t0;
  const relText = mode === "patched" ? patchedUpsertRelationships() : cypher("seed/create-relationships").text;
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  let tx = session.beginTransaction({ timeout: 60 * 60_000, metadata: { app: "bench-loader", mode } });
  let transactions = 1;
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  let commitMs = 0;
  const commit = async () => {
    const c = Date.now();
    await tx.commit();
    commitMs += Date.now() - c;
  };
  const batches = async (phase: string, text: string, rows: unknown[]) => {
    const started = Date.now();
    for (let i = 0; i < rows.length; i += batchSize) {
      const result = await tx.run(text, toParams({ rows: rows.slice(i, i + batchSize) }) as Record<string, unknown>);
      const updates = result.summary.counters.updates();
      nodesCreated += updates.nodesCreated;
      relationshipsCreated += updates.relationshipsCreated;
      if (mode === "batched") {
        await commit();
        tx = session.beginTransaction({ timeout: 60 * 60_000, metadata: { app: "bench-loader", mode } });
        transactions++;
      }
      onBatch?.(phase, Math.min(i + batchSize, rows.length), rows.length);
    }
    return Date.now() - started;
  };
  try {
    const sourcesMs = await batches("sources", cypher("seed/upsert-sources").text, plan.sources);
    const entitiesMs = await batches("entities", cypher("seed/upsert-entities").text, plan.nodes);
    const relationshipsMs = await batches("relationships", relText, plan.relationships);
    await commit();
    return {
      sources: plan.sources.length,
      entities: plan.nodes.length,
      relationships: plan.relationships.length,
      validateMs,
      sourcesMs,
      entitiesMs,
      relationshipsMs,
      commitMs,
      nodesCreated,
      relationshipsCreated,
      transactions,
    };
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  } finally {
    await session.close();
  }
}
