// The benchmark's fallback write path for the seed (`--loader batched`): the project's own validation
// (planSeed) and statements (cypher/seed/upsert-sources, upsert-entities, create-relationships), but
// each batch in its OWN transaction — for graphs whose one-transaction load exceeds Neo4j's
// transaction memory limit (dbms.memory.transaction.total.max, 70% of the heap; at 1M relationships
// with a 4g or 8g heap, bench/PROFILE.md §2). Not all-or-nothing, and no prune step: the benchmark
// loads into a fresh database.
import "reflect-metadata";
import neo4j from "neo4j-driver";
import type { Database } from "../src/neo4j/database";
import { cypher } from "../src/neo4j/cypher-files";
import { toParams } from "../src/neo4j/database";
import { resampleOutdatedIndexes } from "../src/neo4j/index-statistics";
import { planSeed } from "../src/seed/validate";

export interface BatchedLoadReport {
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
  /** Resampling the index statistics the load left outdated (src/neo4j/index-statistics.ts). */
  resampleMs: number;
}

/** Validates `dir` with the project's planSeed and writes it batch by batch, one transaction each. */
export async function loadBatched(
  db: Database,
  dir: string,
  batchSize = 10_000,
  onBatch?: (phase: string, done: number, total: number) => void,
): Promise<BatchedLoadReport> {
  const t0 = Date.now();
  const plan = planSeed(dir);
  const validateMs = Date.now() - t0;
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  let transactions = 0;
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  let commitMs = 0;
  const batches = async (phase: string, text: string, rows: unknown[]) => {
    const started = Date.now();
    for (let i = 0; i < rows.length; i += batchSize) {
      const tx = session.beginTransaction({ timeout: 60 * 60_000, metadata: { app: "bench-loader", mode: "batched" } });
      transactions++;
      try {
        const result = await tx.run(text, toParams({ rows: rows.slice(i, i + batchSize) }) as Record<string, unknown>);
        const updates = result.summary.counters.updates();
        nodesCreated += updates.nodesCreated;
        relationshipsCreated += updates.relationshipsCreated;
        const c = Date.now();
        await tx.commit();
        commitMs += Date.now() - c;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
      onBatch?.(phase, Math.min(i + batchSize, rows.length), rows.length);
    }
    return Date.now() - started;
  };
  try {
    const sourcesMs = await batches("sources", cypher("seed/upsert-sources").text, plan.sources);
    const entitiesMs = await batches("entities", cypher("seed/upsert-entities").text, plan.nodes);
    const relationshipsMs = await batches("relationships", cypher("seed/create-relationships").text, plan.relationships);
    const resampleMs = (await resampleOutdatedIndexes(db))?.ms ?? 0;
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
      resampleMs,
    };
  } finally {
    await session.close();
  }
}
