// The seed loader: validate everything (validate.ts), diff the seed against the graph, and write only
// what differs. Two write modes, the same result:
//
//  - one transaction (seeds up to `stageAbove` records, the default): sources, entities,
//    relationships, removal of what the seed no longer has, and then the caller's `afterWritten` (the
//    replay of the curated edit log, src/curation/seed-and-edits.ts) in the same transaction.
//    Any failure rolls the whole transaction back.
//  - staged (bigger seeds, whose single transaction would not fit in Neo4j's transaction memory —
//    bench/PROFILE.md §2): new entities are created unpublished (label SeedPending only, so no query
//    finds them) together with the new relationships between two of them (so no traversal from a
//    published entity reaches them), one transaction per batch; then ONE final transaction
//    publishes them (label Entity and kind), creates the other new relationships, applies every change,
//    prunes, runs `afterWritten` (the edit log's replay) and releases the lock. A failure before that commit discards the
//    unpublished entities (and so their relationships); if the process or the database dies first,
//    the next load (or `npm run seed`) cleans the abandoned load up before it starts. Either way the
//    published graph is the previous one or exactly the new seed.
//
// Every node and relationship the seed writes carries `seedHash`, the fingerprint of what was
// written; a record whose fingerprint matches is not written again, so reloading an unchanged seed
// writes nothing but the replay of the edit log.
//
// The loader knows nothing of curation: seed sits below it. Load through loadSeedDirectory
// (src/curation/seed-and-edits.ts), which replays the curated edits after every load.
import { createHash, randomUUID } from "node:crypto";
import os from "node:os";
import { log } from "../logger";
import { DatabaseError } from "../neo4j/errors";
import { resampleOutdatedIndexes, type ResampleReport } from "../neo4j/index-statistics";
import type { Database, UnitOfWork, WriteCounters } from "../neo4j/database";
import { planSeedAsync, type SeedPlan } from "./validate";

export interface LoadProgress {
  phase: "sources" | "entities" | "relationships" | "publish" | "prune";
  done: number;
  total: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** Called (and awaited) after every batch: throwing aborts the load, and nothing of it is published. */
  onProgress?: (progress: LoadProgress) => void | Promise<void>;
  /** Server-side timeout for each load transaction (default 30 minutes). */
  timeoutMs?: number;
  /** Seeds with more records (entities + relationships) than this are loaded staged (default 100,000). */
  stageAbove?: number;
  /** Called after each seed file's own checks, during validation (for progress bars). */
  onFileChecked?: (done: number, total: number) => void;
  /** Per-record checks in worker threads: "auto" (default: big seeds of several files), true or false. */
  validateInWorkers?: boolean | "auto";
}

export interface LoadReport {
  files: number;
  sources: number;
  entities: number;
  relationships: number;
  mode: "single-transaction" | "staged";
  /** Records written (created or changed); the rest were already in the graph as the seed has them. */
  written: { entities: number; relationships: number };
  /** Of `written`, the records the graph did not have yet (the rest were changed). */
  created: { entities: number; relationships: number };
  removedEntities: number;
  removedRelationships: number;
  /** Curated edits (made through the API) re-applied on top of the seed, and those that no longer apply. */
  curatedEdits: { applied: number; skipped: number };
  counters: WriteCounters;
  validateMs: number;
  writeMs: number;
  /**
   * When the load changed anything: the indexes whose statistics it left outdated, resampled before
   * the load returned (src/neo4j/index-statistics.ts); null when Neo4j refused the procedures.
   */
  indexStatistics?: ResampleReport | null;
}

/** What the caller's `afterWritten` did: curated edits re-applied, and those that no longer apply. */
export interface AfterWrittenReport {
  applied: number;
  skipped: number;
}

/**
 * Runs in the load's last transaction after the seed is written (and before it commits): a failure
 * rolls the whole load back. The curation replay (src/curation/seed-and-edits.ts) is this hook.
 */
export type AfterSeedWritten = (tx: UnitOfWork) => Promise<AfterWrittenReport>;

export class SeedLoadInProgressError extends Error {
  override name = "SeedLoadInProgressError";
}

const DEFAULT_BATCH = 10_000;
export const DEFAULT_STAGE_ABOVE = 100_000;
/** Phases with more records than this log their progress even when the seed itself is small. */
const PROGRESS_LOG_ABOVE = 10_000;
/** A staged load whose heartbeat is older than this is considered abandoned. */
const STALE_AFTER_MS = 10 * 60_000;
const OWNER = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
let activeLoads = 0;

/** Validates the seed files of `dir` and loads them, running `afterWritten` in the last transaction. */
export async function loadSeed(db: Database, dir: string, afterWritten: AfterSeedWritten, options: LoadOptions = {}): Promise<LoadReport> {
  const started = Date.now();
  const plan = await planSeedAsync(dir, { parallel: options.validateInWorkers, onFileChecked: options.onFileChecked });
  const validateMs = Date.now() - started;
  log.info("seed validated", {
    files: plan.files.length,
    sources: plan.sources.length,
    entities: plan.nodes.length,
    relationships: plan.relationships.length,
    ms: validateMs,
  });
  return loadPlan(db, plan, afterWritten, options, validateMs);
}

type Row = Record<string, unknown>;
type NodeRow = SeedPlan["nodes"][number];
type RelationshipRow = SeedPlan["relationships"][number];

/** What the graph has that the seed loader compares against. */
interface Existing {
  entities: Row[];
  relationships: Row[];
}

/** The seed compared with the graph: what to create, change and remove. */
interface Diff {
  newEntities: NodeRow[];
  changedEntities: NodeRow[];
  staleEntities: string[];
  newRelationships: RelationshipRow[];
  changedRelationships: Array<{ elementId: string; props: Record<string, unknown> }>;
  staleRelationships: string[];
}

export async function loadPlan(db: Database, plan: SeedPlan, afterWritten: AfterSeedWritten, options: LoadOptions = {}, validateMs = 0): Promise<LoadReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const records = plan.nodes.length + plan.relationships.length;
  const verbose = records + plan.sources.length >= 50_000;
  const report = async (progress: LoadProgress) => {
    // Large phases say how far they are even in a small seed (removing what a big one left).
    if (verbose || progress.total >= PROGRESS_LOG_ABOVE) log.info("loading seed", { ...progress });
    await options.onProgress?.(progress);
  };
  const started = Date.now();
  addSeedHashes(plan);

  activeLoads++;
  try {
    await recoverAbandonedLoad(db);
    const staged = records > (options.stageAbove ?? DEFAULT_STAGE_ABOVE);
    const result = staged
      ? await loadStaged(db, plan, afterWritten, { batchSize, report, timeoutMs: options.timeoutMs })
      : await singleTransaction(records, () => db.inTransaction(
          async (tx) => {
            const existing = { entities: await tx.run("seed/existing-entities"), relationships: await tx.run("seed/existing-relationships") };
            const diff = compare(plan, existing);
            await inBatches(tx, "seed/upsert-sources", plan.sources, batchSize, "sources", report);
            await inBatches(tx, "seed/upsert-entities", [...diff.newEntities, ...diff.changedEntities], batchSize, "entities", report);
            await inBatches(tx, "seed/update-relationships", diff.changedRelationships, batchSize, "relationships", report);
            await inBatches(tx, "seed/create-relationships", diff.newRelationships, batchSize, "relationships", report);
            await prune(tx, diff, batchSize, report);
            const curatedEdits = await afterWritten(tx);
            return { diff, curatedEdits, counters: tx.counters };
          },
          { timeoutMs: options.timeoutMs ?? 30 * 60_000, name: "seed/load" },
        ));

    const { diff } = result;
    const writeMs = Date.now() - started;
    const loadReport: LoadReport = {
      files: plan.files.length,
      sources: plan.sources.length,
      entities: plan.nodes.length,
      relationships: plan.relationships.length,
      mode: staged ? "staged" : "single-transaction",
      written: {
        entities: diff.newEntities.length + diff.changedEntities.length,
        relationships: diff.newRelationships.length + diff.changedRelationships.length,
      },
      created: { entities: diff.newEntities.length, relationships: diff.newRelationships.length },
      removedEntities: diff.staleEntities.length,
      removedRelationships: diff.staleRelationships.length,
      curatedEdits: result.curatedEdits,
      counters: result.counters,
      validateMs,
      writeMs,
    };
    log.info("seed loaded", {
      mode: loadReport.mode,
      entities: loadReport.entities,
      relationships: loadReport.relationships,
      written: loadReport.written.entities + loadReport.written.relationships,
      removed: loadReport.removedEntities + loadReport.removedRelationships,
      curatedEdits: result.curatedEdits.applied,
      ms: writeMs,
    });
    if (loadReport.written.entities + loadReport.written.relationships + loadReport.removedEntities + loadReport.removedRelationships > 0) {
      loadReport.indexStatistics = await resampleOutdatedIndexes(db);
    }
    return loadReport;
  } finally {
    activeLoads--;
  }
}

/** Adds `seedHash` to every record: a fingerprint of what the loader writes for it (the bulk import's too). */
export function addSeedHashes(plan: SeedPlan): void {
  const hash = (value: unknown) => createHash("sha1").update(JSON.stringify(value)).digest("base64url");
  for (const s of plan.sources) s.props.seedHash ??= hash(["Source", s.props]);
  for (const n of plan.nodes) n.props.seedHash ??= hash([n.kind, n.props]);
  for (const r of plan.relationships) r.props.seedHash ??= hash([r.type, r.from, r.to, r.props]);
}

function compare(plan: SeedPlan, existing: Existing): Diff {
  const entities = new Map(existing.entities.filter((row) => row.label === "Entity").map((row) => [String(row.id), row]));
  const newEntities: NodeRow[] = [];
  const changedEntities: NodeRow[] = [];
  for (const node of plan.nodes) {
    const found = entities.get(node.id);
    if (!found) newEntities.push(node);
    else if (found.seedHash !== node.props.seedHash) changedEntities.push(node);
  }
  const keepIds = new Set([...plan.nodes.map((n) => n.id), ...plan.sources.map((s) => s.id)]);
  const staleEntities = existing.entities.filter((row) => row.origin === "seed" && !keepIds.has(String(row.id))).map((row) => String(row.id));

  const relationships = new Map(existing.relationships.map((row) => [String(row.key), row]));
  const newRelationships: RelationshipRow[] = [];
  const changedRelationships: Diff["changedRelationships"] = [];
  for (const relationship of plan.relationships) {
    const found = relationships.get(relationship.key);
    if (!found) newRelationships.push(relationship);
    else if (found.seedHash !== relationship.props.seedHash) changedRelationships.push({ elementId: String(found.elementId), props: relationship.props });
  }
  const keep = new Set(plan.relationships.map((r) => r.key));
  const staleRelationships = existing.relationships
    .filter((row) => row.origin === "seed" && !keep.has(String(row.key)))
    .map((row) => String(row.elementId));
  return { newEntities, changedEntities, staleEntities, newRelationships, changedRelationships, staleRelationships };
}

/**
 * A single-transaction load that fails for a reason other than a refused seed or a lost database
 * says what probably happened (the transaction did not fit in Neo4j's memory) and what to do.
 */
async function singleTransaction<T>(records: number, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof DatabaseError) || error.failure === "unavailable" || error.failure === "unauthorized") throw error;
    const cause = error.original instanceof Error ? error.original.message.split("\n")[0] : error.message;
    throw new Error(
      `the seed (${records} records) failed to load in one transaction and nothing was changed: ${cause}. ` +
        `A transaction this large may not fit in Neo4j's heap (NEO4J_HEAP): load it staged, with SEED_STAGE_ABOVE below ${records} (e.g. SEED_STAGE_ABOVE=0), or give Neo4j more heap.`,
    );
  }
}

/** Removes whatever the loader wrote before and the seed no longer has, in batches, reporting each. */
async function prune(tx: UnitOfWork, diff: Diff, batchSize: number, report: (progress: LoadProgress) => Promise<void>): Promise<void> {
  const total = diff.staleRelationships.length + diff.staleEntities.length;
  let done = 0;
  for (let i = 0; i < diff.staleRelationships.length; i += batchSize) {
    const batch = diff.staleRelationships.slice(i, i + batchSize);
    await tx.run("seed/delete-relationships", { elementIds: batch });
    await report({ phase: "prune", done: (done += batch.length), total });
  }
  for (let i = 0; i < diff.staleEntities.length; i += batchSize) {
    const batch = diff.staleEntities.slice(i, i + batchSize);
    await tx.run("seed/delete-entities", { ids: batch });
    await report({ phase: "prune", done: (done += batch.length), total });
  }
  if (total === 0) await report({ phase: "prune", done: 0, total: 0 });
}

interface StagedOptions {
  batchSize: number;
  report: (progress: LoadProgress) => Promise<void>;
  timeoutMs?: number;
}

async function loadStaged(db: Database, plan: SeedPlan, afterWritten: AfterSeedWritten, options: StagedOptions) {
  const { batchSize, report } = options;
  const loadId = randomUUID();
  try {
    await db.write("seed/begin-staged-load", { loadId, owner: OWNER, startedAt: new Date().toISOString() });
  } catch (error) {
    const [holder] = await db.read("seed/staged-load");
    if (!holder) throw error;
    throw new SeedLoadInProgressError(
      `another seed load is in progress (owner ${String(holder.owner)}, started ${String(holder.startedAt)}, last heartbeat ${String(holder.heartbeatAt)}); ` +
        `wait for it, or if its process is gone, run \`npm run seed -- --discard-staged\` (an abandoned load is also cleaned up ${STALE_AFTER_MS / 60_000} minutes after its last heartbeat)`,
    );
  }
  log.info("staged seed load started", { loadId, records: plan.nodes.length + plan.relationships.length });

  try {
    const existing = { entities: await db.read("seed/existing-entities"), relationships: await db.read("seed/existing-relationships") };
    const diff = compare(plan, existing);
    const pending = new Set(diff.newEntities.map((n) => n.id));
    const heartbeat = async () => {
      const [row] = await db.write("seed/heartbeat-staged-load", { loadId, at: new Date().toISOString() });
      if (row?.held !== true) throw new Error(`staged seed load ${loadId} lost its lock (it was cleaned up as abandoned by another process)`);
    };

    // Unpublished: new entities, and the new relationships between two of them (a relationship with
    // a published end would be reachable from it, so those wait for the final transaction).
    for (let i = 0; i < diff.newEntities.length; i += batchSize) {
      const rows = diff.newEntities.slice(i, i + batchSize).map((n) => ({ id: n.id, props: n.props }));
      await db.write("seed/create-staged-entities", { loadId, rows });
      await heartbeat();
      await report({ phase: "entities", done: Math.min(i + batchSize, diff.newEntities.length), total: diff.newEntities.length });
    }
    const staged = diff.newRelationships.filter((r) => pending.has(r.from) && pending.has(r.to));
    const direct = diff.newRelationships.filter((r) => !(pending.has(r.from) && pending.has(r.to)));
    for (let i = 0; i < staged.length; i += batchSize) {
      const rows = staged.slice(i, i + batchSize).map((r) => ({ type: r.type, from: r.from, to: r.to, props: r.props }));
      const [row] = await db.write("seed/create-staged-relationships", { loadId, rows });
      if (Number(row?.created) !== rows.length) {
        throw new Error(`staged seed load: ${rows.length - Number(row?.created ?? 0)} relationships of a batch found no endpoint (an entity was removed during the load)`);
      }
      await heartbeat();
      await report({ phase: "relationships", done: Math.min(i + batchSize, staged.length), total: staged.length });
    }

    // Everything else, and the publication, in one transaction.
    return await db.inTransaction(
      async (tx) => {
        await inBatches(tx, "seed/upsert-sources", plan.sources, batchSize, "sources", report);
        for (let i = 0; i < diff.newEntities.length; i += batchSize) {
          const rows = diff.newEntities.slice(i, i + batchSize).map((n) => ({ id: n.id, kind: n.kind }));
          const [row] = await tx.run("seed/publish-staged-entities", { loadId, rows });
          if (Number(row?.published) !== rows.length) throw new Error("staged seed load: unpublished entities went missing during the load");
          await report({ phase: "publish", done: Math.min(i + batchSize, diff.newEntities.length), total: diff.newEntities.length });
        }
        await inBatches(tx, "seed/upsert-entities", diff.changedEntities, batchSize, "entities", report);
        await inBatches(tx, "seed/update-relationships", diff.changedRelationships, batchSize, "relationships", report);
        await inBatches(tx, "seed/create-relationships", direct, batchSize, "relationships", report);
        await prune(tx, diff, batchSize, report);
        const curatedEdits = await afterWritten(tx);
        const [released] = await tx.run("seed/end-staged-load", { loadId });
        if (Number(released?.released) !== 1) throw new Error(`staged seed load ${loadId} lost its lock before publishing`);
        return { diff, curatedEdits, counters: tx.counters };
      },
      { timeoutMs: options.timeoutMs ?? 30 * 60_000, name: "seed/load-publish" },
    );
  } catch (error) {
    await discardStagedLoad(db, loadId).catch((cleanup: unknown) =>
      log.warn("could not clean up the failed staged seed load; the next load will", { loadId, error: cleanup instanceof Error ? cleanup.message : String(cleanup) }),
    );
    throw error;
  }
}

/** Deletes what a staged load wrote but did not publish, then releases its lock. */
export async function discardStagedLoad(db: Database, loadId: string): Promise<number> {
  let discarded = 0;
  for (;;) {
    const [row] = await db.write("seed/discard-staged-entities", { loadId, limit: 5_000 });
    const n = Number(row?.discarded ?? 0);
    discarded += n;
    if (n === 0) break;
  }
  await db.write("seed/end-staged-load", { loadId });
  log.info("staged seed load discarded", { loadId, entities: discarded });
  return discarded;
}

/**
 * Cleans up a staged load that will never finish: one this process started and no longer runs, one
 * whose process on this host is gone, or one whose heartbeat stopped STALE_AFTER_MS ago. `force`
 * (`npm run seed -- --discard-staged`) cleans up whatever load holds the lock.
 */
export async function recoverAbandonedLoad(db: Database, force = false): Promise<boolean> {
  const [holder] = await db.read("seed/staged-load");
  if (!holder) return false;
  const owner = String(holder.owner);
  const [host, pid] = owner.split(":");
  const mine = owner === OWNER && activeLoads <= 1;
  const deadHere = host === os.hostname() && pid !== undefined && !isAlive(Number(pid));
  const silent = Date.now() - Date.parse(String(holder.heartbeatAt)) > STALE_AFTER_MS;
  if (!(force || mine || deadHere || silent)) return false;
  log.warn("cleaning up an abandoned staged seed load", { loadId: holder.loadId, owner, startedAt: holder.startedAt, pendingEntities: holder.pendingEntities });
  await discardStagedLoad(db, String(holder.loadId));
  return true;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function inBatches<T>(
  tx: UnitOfWork,
  statement: string,
  rows: T[],
  batchSize: number,
  phase: LoadProgress["phase"],
  report: (progress: LoadProgress) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await tx.run(statement, { rows: rows.slice(i, i + batchSize) });
    await report({ phase, done: Math.min(i + batchSize, rows.length), total: rows.length });
  }
}
