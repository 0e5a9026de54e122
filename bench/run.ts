// The benchmark: synthetic seed at a chosen scale → the project's own loader on a cold embedded Neo4j
// (load figures) → the same jobs over HTTP against (a) the API's Cypher through neo4j-driver,
// (b) Cypher written directly for each question, (c) the API, (d) @neo4j/graphql, side by side in one run → PROFILE of every query file → one table
// on stdout and the figures as JSON in bench/results/<scale>-<timestamp>.json.
//
// Usage: npx tsx bench/run.ts [--scale 10k|100k|1m|<n>] [--duration 10] [--only load|query|profile]
//          [--connections 1,8] [--jobs who-met,network,network-depth1,traces,shortest-path,search]
//          [--targets raw,direct,api,neo4j-graphql] [--seed 42] [--heap 4g] [--pagecache 1g] [--warmup 16]
//          [--loader project|batched|bulk] [--load-limit 600] [--no-profile] [--agree 20]
//          [--neo4j-uri bolt://host:port --wipe-external-neo4j] [--no-incremental]
//   --only load     load figures only;  --only query   load + queries (no PROFILE);
//   --only profile  load + PROFILE;     default  all of it.
//   --agree N       before timing a job, compare the ids the API and the direct statement return for
//                   the first N sample items (0: skip); a mismatch is printed, recorded and marks the ratios.
//   --neo4j-uri     (or NEO4J_URI; with NEO4J_PASSWORD, NEO4J_USERNAME) an external Neo4j instead of the
//                   embedded one. Its graph is DELETED and reloaded, so --wipe-external-neo4j is required.
//   --no-incremental  with --only load and --loader project, skip the third load: a changed copy of the
//                   seed (bench/incremental.ts) loaded over the graph, checked against a fresh load of it.
//   --loader        project (default): the project's loader (stopped and rolled back after --load-limit
//                   seconds); if it does not complete (time limit, or Neo4j's transaction memory limit),
//                   the batched loader (bench/batched-loader.ts: the project's statements, one
//                   transaction per batch) loads the graph for the queries. batched: only that loader.
//                   bulk: the bulk path for a first load (src/seed/bulk-import.ts: validation, CSV,
//                   neo4j-admin database import, restart, indexes), with the time of each phase.
// Everything listens on 127.0.0.1 only; every process started here is stopped at the end, also on
// error or Ctrl-C (the embedded Neo4j also stops by itself when this process dies).
import "reflect-metadata";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { loadConfig, PROJECT_ROOT, type Config } from "../src/config/config";
import { setLogLevel } from "../src/logger";
import { Database } from "../src/neo4j/database";
import { embeddedPassword, freePort, startEmbedded, type EmbeddedNeo4j } from "../src/neo4j/embedded";
import { applyMigrations } from "../src/neo4j/migrations";
import { createApp } from "../src/app";
import { bulkLoadSeedDirectory, loadSeedDirectory } from "../src/curation/seed-and-edits";
import type { BulkLoadReport } from "../src/seed/bulk-import";
import type { LoadProgress, LoadReport } from "../src/seed/loader";
import type { HttpServer } from "../src/server/http";
import { loadBatched } from "./batched-loader";
import { CHANGE_SET_VERSION, incrementalTable, measureIncrementalLoad, writeChangedSeed, type IncrementalFigures } from "./incremental";
import { DEFAULT_SEED, type Manifest } from "./generate";
import { buildJobs, type Json, type JobSpec } from "./jobs";
import type { ClientResult, ClientSpec } from "./load-client";
import { formatProfile, profileAll, type ProfileResult } from "./profile";
import { startNeo4jGraphQL, type NeoGraphQLServer } from "./targets/neo4j-graphql";
import { startRawServer, statementRunner, type RawServer } from "./targets/raw";
import { startDirectServer } from "./targets/direct";

const BENCH_DIR = __dirname;
const RESULTS_DIR = path.join(BENCH_DIR, "results");
const HEAP_MB = 12_288;

type TargetName = "raw" | "direct" | "api" | "neo4j-graphql";
const TARGETS: TargetName[] = ["raw", "direct", "api", "neo4j-graphql"];

interface Options {
  scale: string;
  durationSec: number;
  only: "all" | "load" | "query" | "profile";
  connections: number[];
  jobs: string[] | null;
  targets: TargetName[];
  seed: number;
  heap: string;
  pageCache: string;
  warmup: number;
  profile: boolean;
  loader: "project" | "batched" | "bulk";
  loadLimitSec: number;
  /** Sample items per job on which the API's and the direct statement's ids are compared (0: none). */
  agree: number;
  /** An external Neo4j (bolt:// or neo4j://) instead of the embedded one; null: embedded. */
  neo4jUri: string | null;
  /** Required with an external Neo4j: its graph is deleted before the load. */
  wipe: boolean;
  /** --only load --loader project: the third, incremental load (bench/incremental.ts). */
  incremental: boolean;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new Error(`${name} needs a value`);
    return v;
  };
  const known = new Set(["--scale", "--duration", "--only", "--connections", "--jobs", "--targets", "--seed", "--heap", "--pagecache", "--warmup", "--no-profile", "--loader", "--load-limit", "--agree", "--neo4j-uri", "--wipe-external-neo4j", "--no-incremental"]);
  for (const arg of argv) if (arg.startsWith("--") && !known.has(arg)) throw new Error(`unknown option ${arg} (see the header of bench/run.ts)`);
  const only = value("--only") ?? "all";
  if (!["all", "load", "query", "profile"].includes(only)) throw new Error("--only must be load, query or profile");
  const durationSec = Number(value("--duration") ?? 10);
  if (!(durationSec >= 1 && durationSec <= 600)) throw new Error("--duration must be 1..600 seconds");
  const targets = (value("--targets")?.split(",") ?? TARGETS) as TargetName[];
  for (const t of targets) if (!TARGETS.includes(t)) throw new Error(`--targets: unknown target ${t} (raw, direct, api, neo4j-graphql)`);
  const agree = Number(value("--agree") ?? 20);
  if (!(Number.isInteger(agree) && agree >= 0 && agree <= 64)) throw new Error("--agree must be 0..64 (sample items per job)");
  const neo4jUri = value("--neo4j-uri") ?? (process.env.NEO4J_URI?.trim() || null);
  if (neo4jUri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(neo4jUri)) throw new Error(`--neo4j-uri / NEO4J_URI must start with bolt:// or neo4j:// (or +s, +ssc), got "${neo4jUri}"`);
  const wipe = argv.includes("--wipe-external-neo4j");
  if (neo4jUri && !wipe)
    throw new Error(`an external Neo4j (${neo4jUri}) is deleted and reloaded by the bench: pass --wipe-external-neo4j to confirm (nothing was touched)`);
  if (wipe && !neo4jUri) throw new Error("--wipe-external-neo4j needs --neo4j-uri (or NEO4J_URI)");
  if (neo4jUri && !process.env.NEO4J_PASSWORD) throw new Error("an external Neo4j needs NEO4J_PASSWORD (and NEO4J_USERNAME unless it is neo4j)");
  return {
    scale: (value("--scale") ?? "10k").toLowerCase(),
    durationSec,
    only: only as Options["only"],
    connections: (value("--connections") ?? "1,8").split(",").map(Number),
    jobs: value("--jobs")?.split(",") ?? null,
    targets,
    seed: Number(value("--seed") ?? DEFAULT_SEED),
    heap: value("--heap") ?? "4g",
    pageCache: value("--pagecache") ?? "1g",
    warmup: Number(value("--warmup") ?? 16),
    profile: !argv.includes("--no-profile"),
    loader: (() => {
      const loader = value("--loader") ?? "project";
      if (!["project", "batched", "bulk"].includes(loader)) throw new Error("--loader must be project, batched or bulk");
      if (loader === "bulk" && neo4jUri) throw new Error("--loader bulk imports into the embedded Neo4j's stopped database: it cannot be used with --neo4j-uri");
      return loader as Options["loader"];
    })(),
    loadLimitSec: Number(value("--load-limit") ?? 600),
    agree,
    neo4jUri,
    wipe,
    incremental: !argv.includes("--no-incremental"),
  };
}

// ---------------------------------------------------------------- helpers

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

function procStatusKb(pid: number, field: "VmHWM" | "VmRSS"): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function dirBytes(dir: string): number {
  let total = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : fs.statSync(full).size;
  }
  return total;
}

function machine(): Json {
  const cpus = os.cpus();
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    nodeEnv: process.env.NODE_ENV ?? null,
    java: (java.stderr || java.stdout || "").split("\n")[0]?.trim() ?? "unknown",
    loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
  };
}

/** Children (load clients, the generator) to kill if the run is interrupted. */
const children = new Set<ChildProcess>();

function runChild(args: string[], input?: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: PROJECT_ROOT, stdio: ["pipe", "pipe", "inherit"] });
    children.add(child);
    let stdout = "";
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("exit", (code) => {
      children.delete(child);
      resolve({ code: code ?? 1, stdout });
    });
    child.stdin!.end(input ?? "");
  });
}

// ---------------------------------------------------------------- load

/** Samples the RSS of this process and of the Neo4j JVM while a load runs. */
function memorySampler(neo4jPid: number) {
  let node = 0;
  let java = 0;
  const timer = setInterval(() => {
    node = Math.max(node, process.memoryUsage().rss);
    java = Math.max(java, (procStatusKb(neo4jPid, "VmRSS") ?? 0) * 1024);
  }, 250);
  return {
    stop: () => {
      clearInterval(timer);
      return { nodeMiB: node / 2 ** 20, neo4jMiB: java / 2 ** 20 };
    },
  };
}

class LoadTimeLimit extends Error {
  constructor(readonly progress: LoadProgress) {
    super("load time limit reached");
  }
}

interface ProjectLoadFigures {
  loader: "project";
  completed: boolean;
  files: number;
  sources: number;
  nodes: number;
  relationships: number;
  validateSec: number | null;
  sourcesSec: number | null;
  nodesSec: number | null;
  relationshipsSec: number | null;
  pruneReplayCommitSec: number | null;
  totalSec: number;
  nodesPerSec: number | null;
  relationshipsPerSec: number | null;
  totalRecordsPerSec: number | null;
  /** Why it did not complete (time limit, or Neo4j's error), and how far it got. */
  failure?: string;
  abortedAt?: { afterSec: number; relationshipsWritten: number; relationshipsTotal: number; lastBatchSec: number; firstBatchSec: number };
  nodeProcessSampledPeakRssMiB: number;
  neo4jSampledPeakRssMiB: number;
  created?: { nodes: number; relationships: number };
  secondLoad?: { totalSec: number; validateSec: number; writeSec: number; nodesCreated: number; relationshipsCreated: number; written: number; removed: number; propertiesSet: number };
  mode?: LoadReport["mode"];
  publishSec?: number | null;
}

/** The project's own loadSeedDirectory on the cold database, stopped (and rolled back) after `limitSec`. */
async function measureProjectLoad(db: Database, seedDir: string, manifest: Manifest, neo4jPid: number, limitSec: number): Promise<ProjectLoadFigures> {
  const marks: Partial<Record<LoadProgress["phase"], number>> = {};
  const events: Array<{ phase: LoadProgress["phase"]; at: number }> = [];
  const batchTimes: number[] = [];
  let lastBatch = 0;
  const memory = memorySampler(neo4jPid);
  const started = Date.now();
  let lastLog = 0;
  let report: LoadReport | undefined;
  let stopped: LoadProgress | undefined;
  let lastProgress: LoadProgress | undefined;
  let failure: string | undefined;
  let relationshipsDone = 0;
  let relationshipsAt = 0;
  try {
    report = await loadSeedDirectory(db, seedDir, {
      onProgress: (p) => {
        const now = Date.now();
        lastProgress = p;
        events.push({ phase: p.phase, at: now });
        if (p.phase === "relationships") {
          relationshipsDone = Math.max(relationshipsDone, p.done);
          relationshipsAt = now;
          batchTimes.push((now - (lastBatch || marks.entities || now)) / 1000);
          lastBatch = now;
        }
        if (p.done >= p.total) marks[p.phase] = now;
        if (now - lastLog > 15_000) {
          lastLog = now;
          log(`  project loader: ${p.phase} ${p.done.toLocaleString("en")}/${p.total.toLocaleString("en")} after ${((now - started) / 1000).toFixed(0)} s`);
        }
        if (p.phase !== "prune" && now - started > limitSec * 1000) throw new LoadTimeLimit(p);
      },
    });
  } catch (error) {
    if (error instanceof LoadTimeLimit) stopped = error.progress;
    else {
      // e.g. Neo4j's transaction memory limit: recorded, and the benchmark goes on with another loader.
      const original = (error as { original?: unknown }).original;
      failure = original instanceof Error ? `${(original as { code?: string }).code ?? ""} ${original.message}`.trim() : error instanceof Error ? error.message : String(error);
      stopped = lastProgress;
    }
  }
  const finished = Date.now();
  const mem = memory.stop();
  const secs = (ms: number) => ms / 1000;
  const base = {
    loader: "project" as const,
    files: manifest.files,
    sources: manifest.sources,
    nodes: manifest.totalNodes,
    relationships: manifest.totalRelationships,
    totalSec: secs(finished - started),
    nodeProcessSampledPeakRssMiB: mem.nodeMiB,
    neo4jSampledPeakRssMiB: mem.neo4jMiB,
  };
  if (!report) {
    const written = relationshipsDone;
    log(
      failure
        ? `  project loader FAILED (rolled back) after ${stopped?.phase} ${stopped?.done}/${stopped?.total}: ${failure}`
        : `  project loader stopped by the ${limitSec} s limit (rolled back): ${stopped?.phase} ${stopped?.done}/${stopped?.total}`,
    );
    return {
      ...base,
      completed: false,
      failure: failure ?? `stopped by the ${limitSec} s time limit`,
      validateSec: null,
      sourcesSec: null,
      nodesSec: null,
      relationshipsSec: null,
      pruneReplayCommitSec: null,
      nodesPerSec: null,
      relationshipsPerSec: marks.entities && written ? written / secs(relationshipsAt - marks.entities) : null,
      totalRecordsPerSec: null,
      abortedAt: {
        afterSec: secs(finished - started),
        relationshipsWritten: written,
        relationshipsTotal: manifest.totalRelationships,
        firstBatchSec: batchTimes[0] ?? NaN,
        lastBatchSec: batchTimes[batchTimes.length - 1] ?? NaN,
      },
    };
  }
  // Time between two progress events goes to the phase of the later one (staged loads visit the
  // phases in a different order: entities, relationships, then sources/publish/prune in the final
  // transaction); after the last event: prune, edit-log replay and commit.
  const writeStart = finished - report.writeMs;
  const phaseMs: Partial<Record<LoadProgress["phase"], number>> = {};
  let previous = writeStart;
  for (const e of events) {
    phaseMs[e.phase] = (phaseMs[e.phase] ?? 0) + Math.max(0, e.at - previous);
    previous = e.at;
  }
  const tailMs = finished - previous;
  const nodesMs = (phaseMs.entities ?? 0) + (phaseMs.publish ?? 0);
  const relsMs = phaseMs.relationships ?? 0;
  const total = report.sources + report.entities + report.relationships;

  log("  second load of the same files with the project loader (idempotent: creates nothing)");
  const again = Date.now();
  const second = await loadSeedDirectory(db, seedDir, { timeoutMs: 60 * 60_000 });
  return {
    ...base,
    completed: true,
    files: report.files,
    sources: report.sources,
    nodes: report.entities,
    relationships: report.relationships,
    validateSec: secs(report.validateMs),
    mode: report.mode,
    sourcesSec: secs(phaseMs.sources ?? 0),
    nodesSec: secs(nodesMs),
    publishSec: secs(phaseMs.publish ?? 0),
    relationshipsSec: secs(relsMs),
    pruneReplayCommitSec: secs((phaseMs.prune ?? 0) + tailMs),
    nodesPerSec: report.entities / Math.max(0.001, secs(nodesMs)),
    relationshipsPerSec: report.relationships / Math.max(0.001, secs(relsMs)),
    totalRecordsPerSec: total / Math.max(0.001, secs(finished - started)),
    created: { nodes: report.counters.nodesCreated, relationships: report.counters.relationshipsCreated },
    secondLoad: {
      totalSec: secs(Date.now() - again),
      validateSec: secs(second.validateMs),
      writeSec: secs(second.writeMs),
      nodesCreated: second.counters.nodesCreated,
      relationshipsCreated: second.counters.relationshipsCreated,
      written: second.written.entities + second.written.relationships,
      removed: second.removedEntities + second.removedRelationships,
      propertiesSet: second.counters.propertiesSet,
    },
  };
}

/**
 * The third load: a changed copy of the seed (bench/incremental.ts, in a directory of its own next to
 * the cached seed) over the loaded graph, then checked against a fresh load of that copy.
 */
async function measureIncremental(db: Database, seedDir: string, seed: number): Promise<IncrementalFigures> {
  const dir = `${seedDir}-incremental-v${CHANGE_SET_VERSION}`;
  const changes = writeChangedSeed(seedDir, dir, seed);
  const e = changes.entities;
  const r = changes.relationships;
  log(`incremental load of ${dir}: entities ${e.changed} changed, ${e.added} added, ${e.removed} removed; relationships ${r.changed} changed, ${r.added} added, ${r.removed} removed (${r.removedWithEntities} with their entities)`);
  return measureIncrementalLoad(db, changes, log);
}

interface BatchedLoadFigures {
  loader: "batched";
  transactions: number;
  validateSec: number;
  nodesSec: number;
  relationshipsSec: number;
  commitSec: number;
  totalSec: number;
  nodesPerSec: number;
  relationshipsPerSec: number;
  totalRecordsPerSec: number;
  nodeProcessSampledPeakRssMiB: number;
  neo4jSampledPeakRssMiB: number;
  created: { nodes: number; relationships: number };
}

async function measureBatchedLoad(db: Database, seedDir: string, neo4jPid: number): Promise<BatchedLoadFigures> {
  const memory = memorySampler(neo4jPid);
  const started = Date.now();
  let lastLog = 0;
  const report = await loadBatched(db, seedDir, 10_000, (phase, done, total) => {
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      log(`  batched loader: ${phase} ${done.toLocaleString("en")}/${total.toLocaleString("en")} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  });
  const totalSec = (Date.now() - started) / 1000;
  const mem = memory.stop();
  return {
    loader: "batched",
    transactions: report.transactions,
    validateSec: report.validateMs / 1000,
    nodesSec: report.entitiesMs / 1000,
    relationshipsSec: report.relationshipsMs / 1000,
    commitSec: report.commitMs / 1000,
    totalSec,
    nodesPerSec: report.entities / Math.max(0.001, report.entitiesMs / 1000),
    relationshipsPerSec: report.relationships / Math.max(0.001, report.relationshipsMs / 1000),
    totalRecordsPerSec: (report.sources + report.entities + report.relationships) / totalSec,
    nodeProcessSampledPeakRssMiB: mem.nodeMiB,
    neo4jSampledPeakRssMiB: mem.neo4jMiB,
    created: { nodes: report.nodesCreated, relationships: report.relationshipsCreated },
  };
}

interface BulkLoadFigures {
  loader: "bulk";
  records: number;
  totalSec: number;
  totalRecordsPerSec: number;
  /** Seconds per phase, and records/s of each phase on its own. */
  phases: Record<string, { sec: number; recordsPerSec: number }>;
  csvMiB: number;
  restoredLists: BulkLoadReport["restoredLists"];
  indexStatistics: BulkLoadReport["indexStatistics"];
  nodeProcessSampledPeakRssMiB: number;
  neo4jSampledPeakRssMiB: number;
}

/**
 * The bulk path on the benchmark's empty database (migrations applied, nothing else): it stops that
 * Neo4j for the import and starts it again; the new Neo4j and connection replace the old ones.
 */
async function measureBulkLoad(running: { neo4j: EmbeddedNeo4j; db: Database }, config: Config, settings: Config["embedded"], seedDir: string) {
  const memory = memorySampler(running.neo4j.pid);
  const started = Date.now();
  const result = await bulkLoadSeedDirectory({ config, settings, password: running.neo4j.password, running }, seedDir, {
    onPhase: (phase) => {
      log(`  bulk: ${phase} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
  });
  const mem = memory.stop();
  const r = result.report;
  const records = r.sources + r.entities + r.relationships;
  const phase = (ms: number) => ({ sec: ms / 1000, recordsPerSec: records / Math.max(0.001, ms / 1000) });
  const figures: BulkLoadFigures = {
    loader: "bulk",
    records,
    totalSec: r.totalMs / 1000,
    totalRecordsPerSec: records / (r.totalMs / 1000),
    phases: {
      validate: phase(r.phases.validateMs),
      "check target": phase(r.phases.checkMs),
      "write CSV": phase(r.phases.csvMs),
      "neo4j-admin import": phase(r.phases.importMs),
      "start Neo4j": phase(r.phases.startMs),
      "constraints + indexes": phase(r.phases.indexesMs),
      "restore lists": phase(r.phases.restoreMs),
      "replay + statistics": phase(r.phases.replayMs + r.phases.statisticsMs),
    },
    csvMiB: r.csvBytes / 2 ** 20,
    restoredLists: r.restoredLists,
    indexStatistics: r.indexStatistics,
    nodeProcessSampledPeakRssMiB: mem.nodeMiB,
    neo4jSampledPeakRssMiB: mem.neo4jMiB,
  };
  return { figures, neo4j: result.neo4j, db: result.db };
}

function bulkTable(bulk: BulkLoadFigures): string {
  const rows = Object.entries(bulk.phases).map(([name, p]) => `| ${name} | ${fmt(p.sec, 1)} | ${fmt(p.recordsPerSec, 0)} |`);
  return [
    "| bulk path phase | s | records/s (this phase alone) |",
    "| --- | --- | --- |",
    ...rows,
    `| **whole first load** | **${fmt(bulk.totalSec, 1)}** | **${fmt(bulk.totalRecordsPerSec, 0)}** |`,
    "",
    `${bulk.records.toLocaleString("en")} records; CSV ${fmt(bulk.csvMiB, 0)} MiB; lists restored after the import on ${bulk.restoredLists.nodes.toLocaleString("en")} nodes and ${bulk.restoredLists.relationships.toLocaleString("en")} relationships; sampled peak RSS Node ${fmt(bulk.nodeProcessSampledPeakRssMiB, 0)} MiB, Neo4j ${fmt(bulk.neo4jSampledPeakRssMiB, 0)} MiB (the first JVM's)`,
  ].join("\n");
}

// ---------------------------------------------------------------- queries

interface Endpoint {
  url: string;
  bodies: string[];
}

interface CheckResult {
  requests: number;
  errors: number;
  empty: number;
  meanSize: number;
  meanMs: number;
  maxMs: number;
  cypherStatements: number | null;
  firstError: string | null;
}

interface Measurement extends ClientResult {
  job: string;
  target: TargetName;
  connections: number;
}

interface JobOutcome {
  job: string;
  title: string;
  notes: string;
  check: Partial<Record<TargetName, CheckResult | { na: string }>>;
  /** Whether the API and the direct statement return the same ids on the first items of the sample. */
  agreement?: Agreement;
  measurements: Measurement[];
}

interface Agreement {
  checked: number;
  same: number;
  /** Items that could not be compared: one side answered with an error (e.g. the API's timeout). */
  errors: Array<{ item: number; error: string }>;
  /** Per disagreeing item: its parameters and what only one side returned (or the error). */
  mismatches: Array<{ item: number; params: Json; onlyApi: string[]; onlyDirect: string[] }>;
}

async function postJson(url: string, body: string): Promise<{ data?: unknown; errors?: Array<{ message: string }> }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(120_000) });
  const answer = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (!response.ok || answer.errors?.length) throw new Error(`${url}: ${answer.errors?.[0]?.message ?? `HTTP ${response.status}`}`);
  return answer;
}

/** The first `count` sample items, one by one: the API's answer and the direct statement's, reduced to ids by the job. */
async function compareAnswers(job: JobSpec, api: Endpoint, direct: Endpoint, count: number): Promise<Agreement> {
  const out: Agreement = { checked: 0, same: 0, errors: [], mismatches: [] };
  // Slow jobs (a hub's network when the API times out) stop after 90 s with fewer items compared.
  const deadline = Date.now() + 90_000;
  for (let i = 0; i < Math.min(count, api.bodies.length, direct.bodies.length) && Date.now() < deadline; i++) {
    out.checked++;
    const params = job.direct.params[i]!;
    try {
      const [a, d] = await Promise.all([postJson(api.url, api.bodies[i]!), postJson(direct.url, direct.bodies[i]!)]);
      const apiIds = job.ids.api(a.data as Json);
      const directIds = job.ids.direct(d.data as Json[]);
      const count = (ids: string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
      const [ac, dc] = [count(apiIds), count(directIds)];
      const onlyApi = [...ac].filter(([id, n]) => (dc.get(id) ?? 0) < n).map(([id]) => id);
      const onlyDirect = [...dc].filter(([id, n]) => (ac.get(id) ?? 0) < n).map(([id]) => id);
      if (onlyApi.length === 0 && onlyDirect.length === 0) out.same++;
      else out.mismatches.push({ item: i, params, onlyApi: onlyApi.slice(0, 20), onlyDirect: onlyDirect.slice(0, 20) });
    } catch (error) {
      out.errors.push({ item: i, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

function endpointsFor(job: JobSpec, urls: { raw: string; direct: string; api: string; ogm: string | null }): Partial<Record<TargetName, Endpoint | { na: string }>> {
  return {
    raw: { url: `${urls.raw}/${job.name}`, bodies: job.raw.params.map((p) => JSON.stringify(p)) },
    direct: { url: `${urls.direct}/${job.name}`, bodies: job.direct.params.map((p) => JSON.stringify(p)) },
    api: { url: urls.api, bodies: job.api.variables.map((variables) => JSON.stringify({ query: job.api.query, variables })) },
    "neo4j-graphql":
      "na" in job.ogm
        ? { na: job.ogm.na }
        : urls.ogm
          ? { url: urls.ogm, bodies: job.ogm.variables.map((variables) => JSON.stringify({ query: (job.ogm as { query: string }).query, variables })) }
          : { na: "not started" },
  };
}

/** Sends the first `count` sample requests one by one: warms caches and checks every answer has data. */
async function check(job: JobSpec, target: TargetName, endpoint: Endpoint, count: number, checkUrl?: string): Promise<CheckResult> {
  const out: CheckResult = { requests: 0, errors: 0, empty: 0, meanSize: 0, meanMs: 0, maxMs: 0, cypherStatements: null, firstError: null };
  let sizeSum = 0;
  let msSum = 0;
  const deadline = Date.now() + 45_000;
  for (let i = 0; i < Math.min(count, endpoint.bodies.length) && Date.now() < deadline; i++) {
    const started = performance.now();
    let text = "";
    try {
      const response = await fetch(checkUrl ?? endpoint.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: endpoint.bodies[i],
        signal: AbortSignal.timeout(120_000),
      });
      text = await response.text();
      const ms = performance.now() - started;
      msSum += ms;
      out.maxMs = Math.max(out.maxMs, ms);
      out.requests++;
      const body = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string }>; extensions?: { cypherQueries?: number } };
      if (!response.ok || body.errors?.length) {
        out.errors++;
        out.firstError ??= (body.errors?.[0]?.message ?? `HTTP ${response.status}`).slice(0, 300);
        continue;
      }
      const size = target === "raw" ? job.size.raw(body.data) : target === "direct" ? job.size.direct(body.data as Json[]) : target === "api" ? job.size.api(body.data as Json) : job.size.ogm(body.data as Json);
      sizeSum += size;
      if (size === 0) out.empty++;
      if (typeof body.extensions?.cypherQueries === "number") out.cypherStatements = Math.max(out.cypherStatements ?? 0, body.extensions.cypherQueries);
    } catch (error) {
      out.requests++;
      out.errors++;
      out.firstError ??= `${error instanceof Error ? error.message : String(error)} ${text.slice(0, 200)}`.trim();
    }
  }
  out.meanSize = out.requests ? sizeSum / Math.max(1, out.requests - out.errors) : 0;
  out.meanMs = out.requests ? msSum / out.requests : 0;
  return out;
}

async function measure(endpoint: Endpoint, connections: number, durationSec: number, timeoutSec: number): Promise<ClientResult> {
  const spec: ClientSpec = { url: endpoint.url, connections, durationSec, timeoutSec, bodies: endpoint.bodies };
  const specFile = path.join(os.tmpdir(), `eujapan-bench-client-${process.pid}-${Date.now()}.json`);
  fs.writeFileSync(specFile, JSON.stringify(spec));
  try {
    const { code, stdout } = await runChild([path.join(BENCH_DIR, "load-client.ts"), specFile]);
    if (code !== 0) throw new Error(`load client exited with code ${code}`);
    return JSON.parse(stdout.trim().split("\n").pop()!) as ClientResult;
  } finally {
    fs.rmSync(specFile, { force: true });
  }
}

// ---------------------------------------------------------------- output

const fmt = (value: number | null | undefined, digits = 1) => (value === null || value === undefined || !Number.isFinite(value) ? "—" : value.toFixed(digits));

/** a / b, or NaN when either is missing (null in JSON), not a number, or b is 0. */
function ratio(a: number | null, b: number | null): number {
  return typeof a === "number" && typeof b === "number" && Number.isFinite(a) && Number.isFinite(b) && b !== 0 && a !== 0 ? a / b : NaN;
}

function table(outcomes: JobOutcome[], targets: TargetName[], connections: number[]): string {
  const header = ["job", "target", "conc", "p50 ms", "p99 ms", "req/s", "n", "errors", "API/raw p50", "API/direct p50", "raw/direct p50", "API/neo4j-graphql req/s"];
  const rows: string[][] = [];
  const notes = new Set<string>();
  for (const outcome of outcomes) {
    const conns = connections;
    const agreement = outcome.agreement;
    // A direct statement that answered differently on a checked item is no floor for that job: its ratios are marked.
    const differs = agreement !== undefined && agreement.mismatches.length > 0;
    if (agreement)
      notes.add(
        `${outcome.job}: API and direct return the same ids for ${agreement.same} of ${agreement.checked} sampled items` +
          (agreement.errors.length ? ` (${agreement.errors.length} not compared: ${agreement.errors[0]!.error.slice(0, 120)})` : "") +
          (differs ? ` — CHECK FAILED (ratios marked ≠): first mismatch ${JSON.stringify(agreement.mismatches[0]).slice(0, 300)}` : ""),
      );
    const mark = differs ? " ≠" : "";
    for (const c of conns) {
      const of = (t: TargetName) => outcome.measurements.find((m) => m.connections === c && m.target === t);
      const raw = of("raw");
      const direct = of("direct");
      const api = of("api");
      const ogm = of("neo4j-graphql");
      for (const t of targets) {
        const m = of(t);
        const na = outcome.check[t] && "na" in outcome.check[t]! ? (outcome.check[t] as { na: string }).na : null;
        if (!m) {
          const checked = outcome.check[t] as CheckResult | undefined;
          const failed = !na && checked && checked.errors > 0 && checked.errors >= checked.requests;
          if (failed) notes.add(`${outcome.job} / ${t}: not timed — every checked request failed (${checked.errors}/${checked.requests}): ${(checked.firstError ?? "").slice(0, 160)}`);
          else if (na) notes.add(`${outcome.job} / ${t}: N/A — ${na}`);
          rows.push([outcome.job, t, String(c), na ? "N/A" : failed ? "FAILED" : "—", "", "", "", failed ? `${checked.errors}/${checked.requests}` : "", "", "", "", ""]);
          continue;
        }
        const failed = m.errors + m.timeouts + m.non2xx + m.graphqlErrors;
        if (m.requests === 0 && failed > 0) notes.add(`${outcome.job} / ${t} c=${c}: every answer within the measurement was an error (${failed}; median ${fmt(m.failedP50, 0)} ms): ${(m.firstError ?? "").slice(0, 140)}`);
        rows.push([
          outcome.job,
          t,
          String(c),
          fmt(m.p50, m.p50 < 10 ? 2 : 1),
          fmt(m.p99, m.p99 < 10 ? 2 : 1),
          fmt(m.reqPerSec, m.reqPerSec < 10 ? 2 : 1),
          String(m.requests),
          failed ? String(failed) : "0",
          t === "api" && raw && api ? `${fmt(ratio(api.p50, raw.p50), 2)}×` : "",
          t === "api" && direct && api ? `${fmt(ratio(api.p50, direct.p50), 2)}×${mark}` : "",
          t === "raw" && direct && raw ? `${fmt(ratio(raw.p50, direct.p50), 2)}×${mark}` : "",
          t === "api" && api && ogm ? `${fmt(ratio(api.reqPerSec, ogm.reqPerSec), 2)}×` : t === "api" && outcome.check["neo4j-graphql"] && "na" in outcome.check["neo4j-graphql"]! ? "N/A" : "",
        ]);
      }
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => "| " + cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ") + " |";
  return [line(header), "| " + widths.map((w, i) => (i < 3 ? "-".repeat(w) : "-".repeat(w - 1) + ":")).join(" | ") + " |", ...rows.map(line), "", ...[...notes].map((n) => `- ${n}`)].join("\n");
}

function loadTable(load: Json): string {
  const project = load.project as ProjectLoadFigures | undefined;
  const batched = load.batched as BatchedLoadFigures | undefined;
  const rows: string[][] = [];
  if (project?.completed) {
    rows.push([`project loader (${project.mode ?? "?"})`, fmt(project.validateSec!, 1), `${fmt(project.nodesSec!, 1)} s → ${fmt(project.nodesPerSec!, 0)}/s`, `${fmt(project.relationshipsSec!, 1)} s → ${fmt(project.relationshipsPerSec!, 0)}/s`, fmt(project.pruneReplayCommitSec!, 1), `${fmt(project.totalSec, 1)} s → ${fmt(project.totalRecordsPerSec!, 0)}/s`, fmt(project.nodeProcessSampledPeakRssMiB, 0), fmt(project.neo4jSampledPeakRssMiB, 0), `${fmt(project.secondLoad!.totalSec, 1)} s, wrote ${project.secondLoad!.written}, created ${project.secondLoad!.nodesCreated + project.secondLoad!.relationshipsCreated}`]);
  } else if (project?.abortedAt) {
    const a = project.abortedAt;
    rows.push(["project loader (as is)", "", "", `FAILED after ${fmt(a.afterSec, 0)} s with ${a.relationshipsWritten.toLocaleString("en")} of ${a.relationshipsTotal.toLocaleString("en")} written (${fmt(project.relationshipsPerSec ?? NaN, 0)}/s): ${project.failure ?? ""}`, "", "rolled back", fmt(project.nodeProcessSampledPeakRssMiB, 0), fmt(project.neo4jSampledPeakRssMiB, 0), ""]);
  }
  if (batched) {
    rows.push([`batched loader (project statements, ${batched.transactions} transactions)`, fmt(batched.validateSec, 1), `${fmt(batched.nodesSec, 1)} s → ${fmt(batched.nodesPerSec, 0)}/s`, `${fmt(batched.relationshipsSec, 1)} s → ${fmt(batched.relationshipsPerSec, 0)}/s`, fmt(batched.commitSec, 1), `${fmt(batched.totalSec, 1)} s → ${fmt(batched.totalRecordsPerSec, 0)}/s`, fmt(batched.nodeProcessSampledPeakRssMiB, 0), fmt(batched.neo4jSampledPeakRssMiB, 0), "—"]);
  }
  const incremental = load.incremental as IncrementalFigures | undefined;
  if (incremental && rows[0]) rows[0].push(`${fmt(incremental.totalSec, 1)} s → ${fmt(incremental.recordsConsideredPerSec, 0)} records/s, ${incremental.changes} changes → ${fmt(incremental.changesPerSec, 0)}/s`);
  const header = ["loader", "validate s", "nodes", "relationships", "prune/commit s", "total (records/s)", "peak RSS Node MiB", "peak RSS Neo4j MiB", "2nd load (same files)", ...(incremental ? ["3rd load (changed seed)"] : [])];
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-").slice(0, 19);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  // The service's settings from the environment, without NEO4J_URI (the bench chooses its Neo4j itself,
  // and NEO4J_URI would also change the loader's staging threshold: both runs load the same way).
  const baseConfig = loadConfig({ ...process.env, NEO4J_URI: undefined });
  setLogLevel("warn");
  log(`scale ${options.scale}, seed ${options.seed}, ${options.durationSec} s per measurement, connections ${options.connections.join("/")}, ${options.neo4jUri ? `external Neo4j ${options.neo4jUri}` : `Neo4j heap ${options.heap} page cache ${options.pageCache}`}`);

  // 1. Seed files (own process, so the load's peak memory is the loader's alone).
  const gen = await runChild([path.join(BENCH_DIR, "generate.ts"), "--scale", options.scale, "--seed", String(options.seed)]);
  if (gen.code !== 0) throw new Error("the generator failed");
  const seedDir = (JSON.parse(gen.stdout) as { dir: string }).dir;
  const manifest = JSON.parse(fs.readFileSync(path.join(seedDir, "meta", "manifest.json"), "utf8")) as Manifest;
  log(`seed ${seedDir}: ${manifest.totalNodes.toLocaleString("en")} nodes, ${manifest.totalRelationships.toLocaleString("en")} relationships in ${manifest.files} files`);

  // 2. A cold embedded Neo4j of our own (fresh data folder, free port), with the project's code; or,
  // with --neo4j-uri and --wipe-external-neo4j, an external one whose graph is deleted first.
  const external = options.neo4jUri;
  const dataDir = external ? "" : fs.mkdtempSync(path.join(os.tmpdir(), "eujapan-bench-neo4j-"));
  const settings = { boltPort: await freePort(), dataDir, heap: options.heap, pageCache: options.pageCache };
  let neo4j: EmbeddedNeo4j | undefined;
  let db: Database | undefined;
  const servers: Array<{ stop(): Promise<void> }> = [];
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const child of children) child.kill("SIGTERM");
    for (const server of servers.reverse()) await server.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    await neo4j?.stop().catch(() => undefined);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping everything`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const result: Json = {
    scale: options.scale,
    startedAt: startedAt.toISOString(),
    options,
    machine: machine(),
    neo4j: external ? { version: "external", uri: external, heap: "its own", pageCache: "its own" } : { version: "5.26 Community (embedded)", heap: options.heap, pageCache: options.pageCache },
    config: { txTimeoutMs: baseConfig.txTimeoutMs, maxConnectionPoolSize: 64 },
    seed: { dir: seedDir, generatorVersion: manifest.generatorVersion, seed: manifest.seed, nodes: manifest.nodes, relationships: manifest.relationships, totalNodes: manifest.totalNodes, totalRelationships: manifest.totalRelationships, files: manifest.files, megabytes: round(manifest.bytes / 1e6, 1) },
  };
  const outFile = path.join(RESULTS_DIR, `${options.scale}-${stamp}.json`);
  const save = () => fs.writeFileSync(outFile, JSON.stringify(result, null, 2) + "\n");

  try {
    const t0 = Date.now();
    const config: Config = { ...baseConfig, env: "production", host: "127.0.0.1", port: 0 };
    if (external) {
      db = new Database({ uri: external, username: process.env.NEO4J_USERNAME?.trim() || "neo4j", password: process.env.NEO4J_PASSWORD!, database: config.neo4j.database }, config);
      await db.verify();
      log(`external Neo4j ${external}: deleting its graph (--wipe-external-neo4j)`);
      await db.write("admin/clear-graph");
    } else {
      neo4j = await startEmbedded(settings, embeddedPassword(settings, undefined));
      log(`embedded Neo4j on ${neo4j.uri} (pid ${neo4j.pid}) ready in ${((Date.now() - t0) / 1000).toFixed(1)} s, data in ${dataDir}`);
      db = new Database({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database: config.neo4j.database }, config);
      await db.verify();
    }
    // Memory of the Neo4j process: sampled for the embedded one only (an external one may be elsewhere).
    const neo4jPid = neo4j?.pid ?? -1;
    await applyMigrations(db);

    // 3. Load: the project's loader (stopped after --load-limit seconds if it has not finished), then,
    // if it did not finish or --loader batched, the batched loader (bench/batched-loader.ts).
    const load: Json = { nodes: manifest.totalNodes, relationships: manifest.totalRelationships, files: manifest.files, batchSize: 10_000 };
    result.load = load;
    let loaded = false;
    if (options.loader === "bulk") {
      log("load with the bulk path (validate, CSV, neo4j-admin database import full into the stopped database, restart, indexes)");
      if (!neo4j) throw new Error("--loader bulk imports into the embedded Neo4j's stopped database; it cannot be used with --neo4j-uri");
      const bulk = await measureBulkLoad({ neo4j, db }, config, settings, seedDir);
      neo4j = bulk.neo4j;
      db = bulk.db;
      load.bulk = bulk.figures;
      loaded = true;
      save();
      process.stdout.write(`\nBulk first load — ${options.scale}\n\n${bulkTable(bulk.figures)}\n`);
    }
    if (options.loader === "project") {
      log(`load with the project's loader (validate, then one transaction in batches of 10,000; limit ${options.loadLimitSec} s)`);
      const project = await measureProjectLoad(db, seedDir, manifest, neo4jPid, options.loadLimitSec);
      load.project = project;
      loaded = project.completed;
      save();
    }
    if (!loaded) {
      log("load with the batched loader (the project's validation and statements, one transaction per batch of 10,000)");
      load.batched = await measureBatchedLoad(db, seedDir, neo4jPid);
    }
    load.neo4jPeakRssMiB = (procStatusKb(neo4jPid, "VmHWM") ?? NaN) / 1024 || null;
    load.nodeProcessPeakRssMiB = process.resourceUsage().maxRSS / 1024;
    load.storeMiB = dataDir ? dirBytes(path.join(dataDir, "data")) / 2 ** 20 : null;
    save();
    // The third, incremental load changes the graph, so only when nothing is queried after it.
    const incremental = options.only === "load" && options.loader === "project" && options.incremental && loaded && (load.project as ProjectLoadFigures).completed;
    if (incremental) load.incremental = await measureIncremental(db, seedDir, options.seed);
    save();
    // The bulk path printed its own table above; this one holds the transactional loaders' rows.
    const loadRows = options.loader === "bulk" ? "" : `\nLoad — ${options.scale}: ${manifest.totalNodes.toLocaleString("en")} nodes + ${manifest.totalRelationships.toLocaleString("en")} relationships in ${manifest.files} files (${round(manifest.bytes / 1e6, 1)} MB), cold database, batches of 10,000, one transaction\n\n${loadTable(load)}\n`;
    process.stdout.write(
      loadRows +
        `store on disk ${fmt(load.storeMiB as number, 0)} MiB; peak RSS (high-water mark) Node ${fmt(load.nodeProcessPeakRssMiB as number, 0)} MiB, Neo4j JVM ${fmt((load.neo4jPeakRssMiB as number) ?? NaN, 0)} MiB (heap ${options.heap} fixed with -Xms, page cache ${options.pageCache})\n`,
    );
    const third = load.incremental as IncrementalFigures | undefined;
    if (third) {
      process.stdout.write(`\nIncremental load — ${options.scale}: the changed copy of the seed over the loaded graph (~ changed, + added, − removed, from the loader's report)\n\n${incrementalTable(third)}\n`);
      if (!third.check.equal) throw new Error(`incremental load: the graph differs from a fresh load of the changed seed ${third.changeSet.dir}: ${third.check.differences.join("; ")}`);
    }
    (globalThis as { gc?: () => void }).gc?.();

    if (options.only === "load") return;

    const sample = manifest.sample;
    let profile: ProfileResult[] | undefined;
    if (options.only === "profile") {
      profile = await profileAll(db.driver, db.database, sample, 120_000);
      result.profile = profile;
      save();
      process.stdout.write(`\nPROFILE (${options.scale})\n${formatProfile(profile)}\n`);
      return;
    }

    // 4. The three targets, each on its own loopback port, over the same driver and database.
    // The API as src/index.ts builds it (src/app.ts), on this benchmark's Database and seed.
    const apiApp = createApp({ ...config, seedDir }, { db, seed: false, integrityCheck: false });
    servers.push(apiApp);
    const api: HttpServer = (await apiApp.start())!;
    // A development-mode twin of the API, used only by the data check (it reports cypherQueries).
    const apiDevApp = createApp({ ...config, seedDir, env: "development" }, { db, seed: false, integrityCheck: false });
    servers.push(apiDevApp);
    const apiDev: HttpServer = (await apiDevApp.start())!;
    const allJobs = await buildJobs(sample);
    const raw: RawServer = await startRawServer(statementRunner(db.driver, db.database, config.txTimeoutMs), Object.fromEntries(allJobs.map((j) => [j.name, j.raw.handler])));
    servers.push(raw);
    const direct: RawServer = await startDirectServer(db.driver, db.database, config.txTimeoutMs, Object.fromEntries(allJobs.map((j) => [j.name, j.direct.file])));
    servers.push(direct);
    let ogm: NeoGraphQLServer | null = null;
    if (options.targets.includes("neo4j-graphql")) {
      ogm = await startNeo4jGraphQL(db.driver, db.database, config.txTimeoutMs);
      servers.push(ogm);
    }
    const urls = { raw: raw.url, direct: direct.url, api: `${api.url}/graphql`, ogm: ogm?.url ?? null };
    log(`targets: raw ${urls.raw}, direct ${urls.direct}, API ${urls.api}, @neo4j/graphql ${urls.ogm ?? "off"}`);

    const jobs = allJobs.filter((j) => !options.jobs || options.jobs.includes(j.name));
    const outcomes: JobOutcome[] = [];
    result.queries = { method: "", outcomes };
    (result.queries as Json).method =
      "autocannon 8 in a separate Node process, closed loop (each connection sends its next request when the previous answer arrives), POST with JSON bodies rotating over the same fixed sample for every target; latency percentiles computed exactly from every response time; raw = the API's Cypher files through neo4j-driver behind a bare node:http endpoint (same HTTP measurement as the others), answering with a summary of its rows; direct = one statement written directly for each question (bench/targets/direct/*.cypher) behind the same kind of endpoint, answering with its rows as JSON; before timing, the API's and the direct statement's answers are reduced to ids and compared on the first --agree items of the sample (agreement).";
    const timeoutSec = Math.ceil(config.txTimeoutMs / 1000) + 30;
    for (const job of jobs) {
      const endpoints = endpointsFor(job, urls);
      const outcome: JobOutcome = { job: job.name, title: job.title, notes: job.notes, check: {}, measurements: [] };
      outcomes.push(outcome);
      if (options.agree > 0 && options.targets.includes("direct") && options.targets.includes("api")) {
        log(`job ${job.name}: do the API and the direct statement return the same ids? (first ${options.agree} of the sample)`);
        const agreement = await compareAnswers(job, endpoints.api as Endpoint, endpoints.direct as Endpoint, options.agree);
        outcome.agreement = agreement;
        log(
          `  ${agreement.same} of ${agreement.checked} items agree` +
            (agreement.mismatches.length ? ` — MISMATCH on ${agreement.mismatches.length}: ${JSON.stringify(agreement.mismatches[0]).slice(0, 600)}` : "") +
            (agreement.errors.length ? `; ${agreement.errors.length} not compared (error): ${agreement.errors[0]!.error.slice(0, 200)}` : ""),
        );
        save();
      }
      log(`job ${job.name}: checking answers (first ${options.warmup} of the sample, one by one)`);
      let slowest = 0;
      const usable: TargetName[] = [];
      for (const target of options.targets) {
        const endpoint = endpoints[target]!;
        if ("na" in endpoint) {
          outcome.check[target] = { na: endpoint.na };
          continue;
        }
        const checked = await check(job, target, endpoint, options.warmup, target === "api" ? `${apiDev.url}/graphql` : undefined);
        outcome.check[target] = checked;
        log(
          `  ${target.padEnd(13)} ${checked.requests} requests, ${checked.errors} errors, ${checked.empty} empty, mean size ${checked.meanSize.toFixed(1)}, mean ${checked.meanMs.toFixed(1)} ms, max ${checked.maxMs.toFixed(0)} ms` +
            (checked.cypherStatements !== null ? `, ${checked.cypherStatements} Cypher statements/request` : "") +
            (checked.firstError ? `; first error: ${checked.firstError}` : ""),
        );
        if (checked.errors < checked.requests) {
          usable.push(target);
          slowest = Math.max(slowest, checked.meanMs * 5, checked.maxMs * 2);
        }
      }
      // A measurement must see several answers even when one request is slow: at least 5 mean
      // request times and twice the slowest checked request (at most 60 s).
      const durationSec = Math.min(Math.max(60, options.durationSec), Math.max(options.durationSec, Math.ceil(slowest / 1000)));
      for (const connections of options.connections) {
        for (const target of usable) {
          const endpoint = endpoints[target] as Endpoint;
          const m = await measure(endpoint, connections, durationSec, timeoutSec);
          outcome.measurements.push({ job: job.name, target, connections, ...m });
          log(
            `  ${job.name} ${target.padEnd(13)} c=${connections}: p50 ${fmt(m.p50, 2)} ms, p99 ${fmt(m.p99, 2)} ms, ${fmt(m.reqPerSec, 1)} req/s (${m.requests} in ${durationSec} s)` +
              (m.errors + m.timeouts + m.non2xx + m.graphqlErrors ? `, errors ${m.errors} timeouts ${m.timeouts} non-2xx ${m.non2xx} GraphQL errors ${m.graphqlErrors}: ${m.firstError ?? ""}` : ""),
          );
          save();
          await sleep(500);
        }
      }
    }

    // 5. PROFILE of every query file at this scale.
    if (options.profile && options.only !== "query") {
      log("PROFILE of every query file");
      profile = await profileAll(db.driver, db.database, sample, 120_000);
      result.profile = profile;
      save();
    }
    result.finishedAt = new Date().toISOString();
    result.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2));
    save();

    const m = result.machine as Json;
    process.stdout.write(
      `\nQueries — ${options.scale} (${manifest.totalNodes.toLocaleString("en")} nodes, ${manifest.totalRelationships.toLocaleString("en")} relationships); ${m.cores} cores ${m.cpu}; Node ${m.node}; ${external ? `external Neo4j ${external}` : `Neo4j 5.26 heap ${options.heap} page cache ${options.pageCache}`}; load average at start ${(m.loadAverageAtStart as number[]).join(" ")}, at end ${(result.loadAverageAtEnd as number[]).join(" ")}\n` +
        `Neo4j: ${external ? `external, ${external}` : "embedded"}. raw = the API's Cypher through neo4j-driver behind bare node:http; direct = one statement written directly for the question (bench/targets/direct), same endpoint; api = this project's GraphQL API; neo4j-graphql = @neo4j/graphql 7 (closest nested query). Measured over HTTP with autocannon, ${options.durationSec} s (or longer for slow jobs) per cell.\n\n` +
        `${table(outcomes, options.targets, options.connections)}\n`,
    );
    if (profile) process.stdout.write(`\nPROFILE (${options.scale})\n${formatProfile(profile)}\n`);
  } catch (error) {
    // Keep what explains a failure: the driver's own error and Neo4j's logs (the data folder goes).
    const original = (error as { original?: unknown }).original;
    result.error = {
      message: error instanceof Error ? error.message : String(error),
      original: original instanceof Error ? `${(original as { code?: string }).code ?? ""} ${original.message}`.trim() : original === undefined ? null : String(original),
    };
    const logsDir = path.join(os.tmpdir(), "eujapan-bench", `failed-${options.scale}-${stamp}-neo4j-logs`);
    if (dataDir) fs.cpSync(path.join(dataDir, "logs"), logsDir, { recursive: true, force: true });
    log(`FAILED: ${JSON.stringify(result.error)}${dataDir ? `; Neo4j logs copied to ${logsDir}` : ""}`);
    throw error;
  } finally {
    result.finishedAt ??= new Date().toISOString();
    save();
    log(`figures written to ${path.relative(PROJECT_ROOT, outFile)}`);
    await cleanup();
  }
}

// The loader validates everything in memory before writing: at 1M relationships it needs more than
// Node's default heap. Re-run this file in a child process with a bigger heap (and gc exposed), and
// with NODE_ENV=production, as the service is deployed: graphql-js (shared by the API and
// @neo4j/graphql) reads it once when it loads, and outside production runs a slower instanceof check
// on every type test of every field it resolves.
if ((v8.getHeapStatistics().heap_size_limit < (HEAP_MB - 512) * 2 ** 20 || process.env.NODE_ENV !== "production") && !process.env.EUJAPAN_BENCH_CHILD) {
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, "--expose-gc", __filename, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, EUJAPAN_BENCH_CHILD: "1", NODE_ENV: "production" },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
} else {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
