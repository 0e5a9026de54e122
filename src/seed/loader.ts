// The seed loader: validate everything (validate.ts), then write it in ONE transaction with UNWIND
// batches — sources, entities, relationships, then removal of what the seed no longer contains.
// Any failure (bad data, a lost database, an exception from a progress callback) rolls the whole
// transaction back, so the graph is either the previous one or exactly the new seed.
import { log } from "../logger";
import type { Database, UnitOfWork, WriteCounters } from "../neo4j/database";
import { CurationService } from "../curation/curation.service";
import { loadSourceTexts, planSeed, type SeedPlan } from "./validate";

export interface LoadProgress {
  phase: "sources" | "entities" | "relationships" | "prune";
  done: number;
  total: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** Called after every batch, inside the transaction: throwing aborts and rolls back the load. */
  onProgress?: (progress: LoadProgress) => void;
  /** Server-side timeout for the load transaction (default 30 minutes). */
  timeoutMs?: number;
}

export interface LoadReport {
  files: number;
  sources: number;
  entities: number;
  relationships: number;
  removedEntities: number;
  removedRelationships: number;
  /** Curated edits (made through the API) re-applied on top of the seed, and those that no longer apply. */
  curatedEdits: { applied: number; skipped: number };
  counters: WriteCounters;
  validateMs: number;
  writeMs: number;
}

const DEFAULT_BATCH = 10_000;

export async function loadSeedDirectory(db: Database, dir: string, options: LoadOptions = {}): Promise<LoadReport> {
  const started = Date.now();
  const plan = planSeed(dir);
  const validateMs = Date.now() - started;
  log.info("seed validated", {
    files: plan.files.length,
    sources: plan.sources.length,
    entities: plan.nodes.length,
    relationships: plan.relationships.length,
    ms: validateMs,
  });
  return loadPlan(db, plan, new CurationService(db, loadSourceTexts(dir)), options, validateMs);
}

export async function loadPlan(db: Database, plan: SeedPlan, curation: CurationService, options: LoadOptions = {}, validateMs = 0): Promise<LoadReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const total = plan.sources.length + plan.nodes.length + plan.relationships.length;
  const verbose = total >= 50_000;
  const report = (progress: LoadProgress) => {
    if (verbose) log.info("loading seed", { ...progress });
    options.onProgress?.(progress);
  };
  const started = Date.now();

  const result = await db.inTransaction(
    async (tx) => {
      await inBatches(tx, "seed/upsert-sources", plan.sources, batchSize, "sources", report);
      await inBatches(tx, "seed/upsert-entities", plan.nodes, batchSize, "entities", report);

      // Relationships: update the ones that exist (by element id), create the others. A MERGE per
      // row would look each one up, which the planner may do by scanning (see bench/PROFILE.md).
      const existing = new Map((await tx.run("seed/existing-relationships")).map((row) => [String(row.key), row]));
      const updates: Array<{ elementId: string; props: Record<string, unknown> }> = [];
      const creates: typeof plan.relationships = [];
      for (const relationship of plan.relationships) {
        const found = existing.get(relationship.key);
        if (found) updates.push({ elementId: String(found.elementId), props: relationship.props });
        else creates.push(relationship);
      }
      const keep = new Set(plan.relationships.map((r) => r.key));
      await inBatches(tx, "seed/update-relationships", updates, batchSize, "relationships", report);
      await inBatches(tx, "seed/create-relationships", creates, batchSize, "relationships", report);

      // Removal: whatever the loader wrote before and the seed no longer has.
      const staleRelationships = [...existing.values()]
        .filter((row) => row.origin === "seed" && !keep.has(String(row.key)))
        .map((row) => String(row.elementId));
      const keepIds = new Set([...plan.nodes.map((n) => n.id), ...plan.sources.map((s) => s.id)]);
      const staleEntities = (await tx.run("seed/seeded-entities")).map((row) => String(row.id)).filter((id) => !keepIds.has(id));
      for (let i = 0; i < staleRelationships.length; i += batchSize) {
        await tx.run("seed/delete-relationships", { elementIds: staleRelationships.slice(i, i + batchSize) });
      }
      for (let i = 0; i < staleEntities.length; i += batchSize) {
        await tx.run("seed/delete-entities", { ids: staleEntities.slice(i, i + batchSize) });
      }
      report({ phase: "prune", done: staleRelationships.length + staleEntities.length, total: staleRelationships.length + staleEntities.length });

      // Curated changes live in their own layer, the edit log: re-applied on top of the fresh seed.
      const curatedEdits = await curation.replay(tx);
      return { removedRelationships: staleRelationships.length, removedEntities: staleEntities.length, curatedEdits, counters: tx.counters };
    },
    { timeoutMs: options.timeoutMs ?? 30 * 60_000, name: "seed/load" },
  );

  const writeMs = Date.now() - started;
  const loadReport: LoadReport = {
    files: plan.files.length,
    sources: plan.sources.length,
    entities: plan.nodes.length,
    relationships: plan.relationships.length,
    ...result,
    validateMs,
    writeMs,
  };
  log.info("seed loaded", {
    entities: loadReport.entities,
    relationships: loadReport.relationships,
    created: result.counters.nodesCreated + result.counters.relationshipsCreated,
    removed: result.removedEntities + result.removedRelationships,
    curatedEdits: result.curatedEdits.applied,
    ms: writeMs,
  });
  return loadReport;
}

async function inBatches<T>(
  tx: UnitOfWork,
  statement: string,
  rows: T[],
  batchSize: number,
  phase: LoadProgress["phase"],
  report: (progress: LoadProgress) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await tx.run(statement, { rows: rows.slice(i, i + batchSize) });
    report({ phase, done: Math.min(i + batchSize, rows.length), total: rows.length });
  }
}
