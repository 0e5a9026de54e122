// The bulk path for a first load: the same validated plan as the transactional loader (planSeedAsync,
// addSeedHashes), written as CSV files in the import tool's header format and imported with
// `neo4j-admin database import full` into the embedded Neo4j's own data folder, which must hold an
// empty database (nothing besides the schema's bookkeeping) and is stopped for the import. Then Neo4j
// starts again, the migrations create the constraints and indexes (and wait for them), the lists the
// import tool cannot carry are given back, the caller's `afterWritten` runs (the edit log's replay,
// empty in an empty database) and the index statistics are resampled — the graph is the one the
// transactional loader builds (tests/bulk-import.test.ts compares them). Later loads go through the
// transactional loader (loader.ts), which writes only what changed.
//
// The CSV columns come from the typed lists of src/domain/stored.ts; a planned property without a
// stored type is refused before anything is touched. The import tool reads an empty list and a list of
// one empty string alike as no value (and splits list items on the array delimiter): such lists are
// named in two marker lists on the record and restored by cypher/seed/bulk-restore-*-lists after the
// import.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Config, EmbeddedSettings } from "../config/config";
import { STORED_ENTITY_PROPERTIES, STORED_RELATIONSHIP_PROPERTIES, STORED_SOURCE_PROPERTIES, type StoredProperty, type StoredType } from "../domain/stored";
import { ARRAY_DELIMITER, csvQuote } from "../export/writers/csv";
import { log } from "../logger";
import { importCsv } from "../neo4j/admin-import";
import { Database } from "../neo4j/database";
import { startEmbedded, type EmbeddedNeo4j } from "../neo4j/embedded";
import { resampleOutdatedIndexes, type ResampleReport } from "../neo4j/index-statistics";
import { applyMigrations } from "../neo4j/migrations";
import { addSeedHashes, type AfterSeedWritten, type AfterWrittenReport } from "./loader";
import { planSeedAsync, type SeedPlan } from "./validate";

/** The bulk path will not run here: not the embedded Neo4j, or a database that is not empty. Nothing was changed. */
export class BulkLoadRefusedError extends Error {
  override name = "BulkLoadRefusedError";
}

/** The plan holds something the CSV import cannot carry (an untyped property, a value of the wrong type). Nothing was changed. */
export class BulkLoadError extends Error {
  override name = "BulkLoadError";
}

export interface BulkTarget {
  /** The configuration: NEO4J_URI must be unset (the import writes into the embedded Neo4j's data folder). */
  config: Readonly<Config>;
  /** The embedded Neo4j: its data folder is the home neo4j-admin imports into. */
  settings: EmbeddedSettings;
  password: string;
  /** The embedded Neo4j if it is running on `settings` (it is checked, then stopped for the import). */
  running?: { neo4j: EmbeddedNeo4j; db: Database };
}

export interface BulkLoadOptions {
  /** Called after each seed file's own checks, during validation (for progress bars). */
  onFileChecked?: (done: number, total: number) => void;
  /** Per-record checks in worker threads: "auto" (default), true or false. */
  validateInWorkers?: boolean | "auto";
  /** Called when a phase starts (for progress output). */
  onPhase?: (phase: BulkPhase) => void;
  /** Folder for the CSV files (default: a new folder in the OS temp dir); removed afterwards. */
  workDir?: string;
  /** Heap of neo4j-admin (default 1g; the import works mostly off-heap). */
  importHeap?: string;
}

export type BulkPhase = "check target" | "validate" | "write csv" | "import" | "start" | "indexes" | "restore lists" | "replay" | "statistics";

export interface BulkLoadReport {
  mode: "bulk-import";
  files: number;
  sources: number;
  entities: number;
  relationships: number;
  /** Records whose lists the import could not carry, restored afterwards. */
  restoredLists: { nodes: number; relationships: number };
  curatedEdits: AfterWrittenReport;
  csvBytes: number;
  /** Milliseconds per phase. */
  phases: { validateMs: number; checkMs: number; csvMs: number; importMs: number; startMs: number; indexesMs: number; restoreMs: number; replayMs: number; statisticsMs: number };
  totalMs: number;
  indexStatistics: ResampleReport | null;
}

export interface BulkLoadResult {
  report: BulkLoadReport;
  /** The embedded Neo4j, started again on the imported database (the caller stops it). */
  neo4j: EmbeddedNeo4j;
  /** A connection to it, migrations applied (the caller closes it). */
  db: Database;
}

/** Refuses a target that is not the embedded Neo4j whose data folder this process controls. */
function refuseUnlessEmbedded(target: BulkTarget): void {
  if (target.config.neo4j.uri) {
    throw new BulkLoadRefusedError(
      `the bulk load imports into the embedded Neo4j's data folder, but NEO4J_URI is set (${target.config.neo4j.uri}): load without --bulk, or use that server's own neo4j-admin`,
    );
  }
  if (target.running && path.relative(target.settings.dataDir, target.running.neo4j.logFile).startsWith("..")) {
    throw new BulkLoadRefusedError(`the running Neo4j (log ${target.running.neo4j.logFile}) is not the embedded one whose data folder is ${target.settings.dataDir}`);
  }
}

/** Validates the seed files of `dir` and bulk-imports them into the empty embedded database (see the file header). */
export async function bulkLoadSeed(
  target: BulkTarget,
  dir: string,
  afterWritten: (db: Database) => AfterSeedWritten,
  options: BulkLoadOptions = {},
): Promise<BulkLoadResult> {
  const started = Date.now();
  refuseUnlessEmbedded(target);
  const phase = (name: BulkPhase) => {
    log.info("bulk load", { phase: name });
    options.onPhase?.(name);
  };
  const timed = async <T>(name: BulkPhase, work: () => Promise<T>): Promise<[T, number]> => {
    phase(name);
    const t = Date.now();
    const result = await work();
    return [result, Date.now() - t];
  };

  // Everything that can be refused is refused before the database is touched: first the target (a
  // quick answer), then the seed.
  const database = target.config.neo4j.database;
  const [, checkMs] = await timed("check target", () => refuseUnlessEmpty(target, database));
  const [plan, validateMs] = await timed("validate", () => planSeedAsync(dir, { parallel: options.validateInWorkers, onFileChecked: options.onFileChecked }));
  addSeedHashes(plan);

  const workDir = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "sti-bulk-import-"));
  fs.mkdirSync(workDir, { recursive: true });
  try {
    const [csv, csvMs] = await timed("write csv", () => writeCsv(plan, workDir));
    const [, importMs] = await timed("import", () =>
      importCsv(target.settings.dataDir, csv.files, database, { overwrite: true, heap: options.importHeap, javaOptions: target.settings.javaOptions }).then((run) => {
        const report = path.join(target.settings.dataDir, "import.report");
        const bad = fs.existsSync(report) ? fs.readFileSync(report, "utf8").trim() : "";
        if (bad) throw new BulkLoadError(`neo4j-admin reported bad entries (see ${report}):\n${bad.split("\n").slice(0, 10).join("\n")}`);
        return run;
      }),
    );
    fs.rmSync(workDir, { recursive: true, force: true });

    const [neo4j, startMs] = await timed("start", () => startEmbedded(target.settings, target.password));
    const db = new Database({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database }, target.config);
    try {
      await db.verify();
      const [, indexesMs] = await timed("indexes", () => applyMigrations(db));
      const [restored, restoreMs] = await timed("restore lists", async () => {
        const [nodes] = await db.writeBatched("seed/bulk-restore-node-lists");
        const [relationships] = await db.writeBatched("seed/bulk-restore-relationship-lists");
        return { nodes: Number(nodes?.restored ?? 0), relationships: Number(relationships?.restored ?? 0) };
      });
      if (restored.nodes !== csv.marked.nodes || restored.relationships !== csv.marked.relationships) {
        throw new BulkLoadError(`restoring the lists the import could not carry: ${restored.nodes}/${csv.marked.nodes} nodes and ${restored.relationships}/${csv.marked.relationships} relationships found`);
      }
      const [curatedEdits, replayMs] = await timed("replay", () => db.inTransaction(afterWritten(db), { name: "seed/bulk-replay", timeoutMs: 30 * 60_000 }));
      const [indexStatistics, statisticsMs] = await timed("statistics", () => resampleOutdatedIndexes(db));
      const report: BulkLoadReport = {
        mode: "bulk-import",
        files: plan.files.length,
        sources: plan.sources.length,
        entities: plan.nodes.length,
        relationships: plan.relationships.length,
        restoredLists: restored,
        curatedEdits,
        csvBytes: csv.bytes,
        phases: { validateMs, checkMs, csvMs, importMs, startMs, indexesMs, restoreMs, replayMs, statisticsMs },
        totalMs: Date.now() - started,
        indexStatistics,
      };
      log.info("seed bulk-loaded", { entities: report.entities, relationships: report.relationships, ms: report.totalMs });
      return { report, neo4j, db };
    } catch (error) {
      await db.close().catch(() => undefined);
      await neo4j.stop();
      throw afterImport(error, target.settings.dataDir);
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** A failure after the import: the database holds the imported seed, not finished; say so. */
function afterImport(error: unknown, home: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  return Object.assign(new Error(`bulk load failed after the import; the database in ${home} holds an unfinished load (clear it before loading again): ${message}`), {
    cause: error,
  });
}

/**
 * Refuses a database that holds anything but the schema's bookkeeping (it would be replaced). A data
 * folder without the database needs no check; otherwise the running Neo4j, or one started for the
 * check, is asked and then stopped (the import needs the store to itself).
 */
async function refuseUnlessEmpty(target: BulkTarget, database: string): Promise<void> {
  const store = path.join(target.settings.dataDir, "data", "databases", database);
  if (!target.running && !fs.existsSync(store)) return;
  let neo4j = target.running?.neo4j;
  let db = target.running?.db;
  try {
    if (!neo4j || !db) {
      neo4j = await startEmbedded(target.settings, target.password);
      db = new Database({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database }, target.config);
    }
    const rows = await db.read("seed/bulk-target-contents");
    if (rows.length > 0) {
      const held = rows.map((row) => `${String(row.nodes)} ${String(row.label)}`).join(", ");
      throw new BulkLoadRefusedError(
        `the bulk load needs an empty database, but database "${database}" in ${target.settings.dataDir} holds ${held}: load without --bulk (the transactional loader writes only what changed), or clear the database first`,
      );
    }
  } catch (error) {
    // Refused: a Neo4j the caller started stays running; one started here stops.
    if (!target.running) {
      await db?.close().catch(() => undefined);
      await neo4j?.stop();
    }
    throw error;
  }
  await db.close();
  await neo4j.stop();
}

// ---------------------------------------------------------------- the CSV files

interface CsvFiles {
  files: { nodes: string[]; relationships: string[] };
  bytes: number;
  /** Records that carry marker lists (restored after the import). */
  marked: { nodes: number; relationships: number };
}

/** The two marker columns: names of the list properties to set to [] and to [""] after the import. */
const MARKERS: readonly StoredProperty[] = [
  { name: "bulkEmptyLists", type: "string[]" },
  { name: "bulkBlankLists", type: "string[]" },
];

/** The columns of one CSV file: a header, and where each stored property goes with which type. */
class Columns {
  readonly index = new Map<string, number>();
  readonly types: StoredType[] = [];
  /** Columns from here on are the markers, not stored properties. */
  readonly markersAt: number;
  readonly header: string;

  constructor(what: string, properties: readonly StoredProperty[], lead: string[]) {
    const names: string[] = [];
    const add = (property: StoredProperty) => {
      const at = this.index.get(property.name);
      if (at !== undefined) {
        if (this.types[at] !== property.type) throw new BulkLoadError(`${what}: property ${property.name} is typed both ${this.types[at]} and ${property.type} in src/domain/stored.ts`);
        return;
      }
      this.index.set(property.name, names.length);
      this.types.push(property.type);
      names.push(property.type === "string" ? property.name : `${property.name}:${property.type}`);
    };
    properties.forEach(add);
    this.markersAt = names.length;
    MARKERS.forEach(add);
    this.header = [...lead, ...names].join(",") + "\n";
  }
}

/** Marker counts of the records written (how many carry marker lists). */
interface Marked {
  count: number;
}

/** One CSV row: the lead cells, then every property in its column (checked against its stored type). */
function csvRow(columns: Columns, lead: string[], props: Record<string, unknown>, label: () => string, marked: Marked): string {
  const cells: string[] = new Array(columns.index.size).fill("");
  let empty: string[] | undefined;
  let blank: string[] | undefined;
  for (const key of Object.keys(props)) {
    const value = props[key];
    if (value === undefined || value === null) continue;
    const at = columns.index.get(key);
    if (at === undefined || at >= columns.markersAt) {
      throw new BulkLoadError(`${label()}: property ${key} has no stored type; add it to the typed lists in src/domain/stored.ts (or load without --bulk)`);
    }
    const type = columns.types[at]!;
    const wrong = () => new BulkLoadError(`${label()}: property ${key} is ${JSON.stringify(value).slice(0, 60)}, not a ${type} as src/domain/stored.ts types it`);
    switch (type) {
      case "string":
        if (typeof value !== "string") throw wrong();
        cells[at] = csvQuote(value);
        break;
      case "long":
        if (typeof value !== "number" || !Number.isSafeInteger(value)) throw wrong();
        cells[at] = String(value);
        break;
      case "double":
        if (typeof value !== "number" || !Number.isFinite(value)) throw wrong();
        cells[at] = String(value);
        break;
      case "boolean":
        if (typeof value !== "boolean") throw wrong();
        cells[at] = value ? "true" : "false";
        break;
      case "string[]": {
        if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) throw wrong();
        const list = value as string[];
        if (list.length === 0) (empty ??= []).push(key);
        else if (list.length === 1 && list[0] === "") (blank ??= []).push(key);
        else {
          if (list.some((item) => item.includes(ARRAY_DELIMITER))) {
            throw new BulkLoadError(`${label()}: property ${key} holds the character U+001F, the import's list delimiter; load without --bulk`);
          }
          cells[at] = csvQuote(list.join(ARRAY_DELIMITER));
        }
        break;
      }
    }
  }
  if (empty || blank) {
    marked.count++;
    if (empty) cells[columns.index.get("bulkEmptyLists")!] = empty.join(ARRAY_DELIMITER);
    if (blank) cells[columns.index.get("bulkBlankLists")!] = blank.join(ARRAY_DELIMITER);
  }
  return lead.join(",") + (cells.length ? "," : "") + cells.join(",") + "\n";
}

/** A file written through a buffer, waiting for the disk when the stream asks to. */
class CsvFile {
  private readonly stream: fs.WriteStream;
  private buffer = "";
  bytes = 0;

  constructor(readonly file: string) {
    this.stream = fs.createWriteStream(file, { encoding: "utf8" });
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = "";
    this.bytes += Buffer.byteLength(chunk);
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once("drain", resolve));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

/** Writes entities, sources and relationships of `plan` as three CSV files in `dir`. */
async function writeCsv(plan: SeedPlan, dir: string): Promise<CsvFiles> {
  const entityColumns = new Columns("entity", STORED_ENTITY_PROPERTIES.filter((p) => p.name !== "id"), ["id:ID", ":LABEL"]);
  const sourceColumns = new Columns("source", STORED_SOURCE_PROPERTIES.filter((p) => p.name !== "id"), ["id:ID", ":LABEL"]);
  const relationshipColumns = new Columns("relationship", STORED_RELATIONSHIP_PROPERTIES, [":START_ID", ":END_ID", ":TYPE"]);
  const entities = new CsvFile(path.join(dir, "entities.csv"));
  const sources = new CsvFile(path.join(dir, "sources.csv"));
  const relationships = new CsvFile(path.join(dir, "relationships.csv"));
  const markedNodes: Marked = { count: 0 };
  const markedRelationships: Marked = { count: 0 };
  try {
    await entities.write(entityColumns.header);
    for (const node of plan.nodes) {
      const { id, ...props } = node.props;
      await entities.write(csvRow(entityColumns, [csvQuote(String(id)), `Entity${ARRAY_DELIMITER}${node.kind}`], props, () => `entity ${node.id}`, markedNodes));
    }
    await sources.write(sourceColumns.header);
    for (const source of plan.sources) {
      const { id, ...props } = source.props;
      await sources.write(csvRow(sourceColumns, [csvQuote(String(id)), "Source"], props, () => `source ${source.id}`, markedNodes));
    }
    await relationships.write(relationshipColumns.header);
    for (const r of plan.relationships) {
      await relationships.write(csvRow(relationshipColumns, [csvQuote(r.from), csvQuote(r.to), r.type], r.props, () => `relationship ${r.key}`, markedRelationships));
    }
  } finally {
    await Promise.all([entities.close(), sources.close(), relationships.close()]);
  }
  return {
    files: { nodes: [entities.file, sources.file], relationships: [relationships.file] },
    bytes: entities.bytes + sources.bytes + relationships.bytes,
    marked: { nodes: markedNodes.count, relationships: markedRelationships.count },
  };
}
