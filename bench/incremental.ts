// The incremental load (issue 18: "incremental transactional load ≥ 20k records/s"): a curator's
// change to an already loaded graph. writeChangedSeed copies the synthetic seed with a deterministic
// change set drawn from the bench's seeded RNG — about 1% of entities renamed, 1% of relationships
// with another quote, 1% new people (with their affiliation and events) and 1% new relationships
// between existing entities in a new file with its own source, 0.1% of people removed with their
// relationships and 0.1% of relationships removed — into a directory of its own (the cached seed is
// never touched). measureIncrementalLoad loads it over the loaded seed with the project's loader,
// checks the loader's report against the change set, then compares the graph with a fresh load of
// the changed seed (cleared graph, same loader): counts per label and type, every record's seedHash,
// and every node's and relationship's labels or type, ends and properties (the content of the tests'
// graphFingerprint, streamed record by record). A difference is an error: the run fails.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import { toPlain, type Database } from "../src/neo4j/database";
import type { LoadReport } from "../src/seed/loader";
import { canonicalJson } from "../tests/support/graph-fingerprint";
import { Rng } from "./rng";

/** Bump when the change set changes: result files name it. */
export const CHANGE_SET_VERSION = 1;
/** A second sentence of sources/synthetic.txt (bench/generate.ts): changed relationships quote it. */
export const CHANGED_QUOTE = "This text stands in for a source document";

const RATE = { changeEntity: 0.01, removePerson: 0.001, newEntity: 0.01, changeRelationship: 0.01, removeRelationship: 0.001, newRelationship: 0.01 };

type Json = Record<string, unknown>;
interface SeedFile {
  source: Json;
  entities: Json[];
  relationships: Json[];
}

export interface ChangeCounts {
  /** Records in the changed seed. */
  total: number;
  changed: number;
  added: number;
  removed: number;
}

export interface ChangeSet {
  version: number;
  dir: string;
  files: number;
  sources: number;
  entities: ChangeCounts;
  relationships: ChangeCounts & { removedWithEntities: number };
  /** sources + entities + relationships of the changed seed: what the loader considers. */
  records: number;
}

const readSeedFile = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as SeedFile;
const str = (value: unknown) => String(value);

/** What the first pass learns: ids to pick from, the pairs already related, and the entity changes. */
interface Scan {
  persons: string[];
  events: string[];
  institutions: string[];
  pairs: Set<string>;
  renamed: Set<string>;
  removed: Set<string>;
  entities: number;
  relationships: number;
}

function scan(dir: string, names: string[], rng: Rng): Scan {
  const out: Scan = { persons: [], events: [], institutions: [], pairs: new Set(), renamed: new Set(), removed: new Set(), entities: 0, relationships: 0 };
  for (const name of names) {
    const file = readSeedFile(path.join(dir, name));
    for (const entity of file.entities) {
      out.entities++;
      const id = str(entity.id);
      if (entity.kind === "Event") out.events.push(id);
      if (entity.kind === "Institution") out.institutions.push(id);
      if (entity.kind === "Person") out.persons.push(id);
      if (rng.chance(RATE.changeEntity)) out.renamed.add(id);
    }
    for (const r of file.relationships) {
      out.relationships++;
      out.pairs.add(`${str(r.from)}|${str(r.type)}|${str(r.to)}`);
    }
  }
  // A few people leave the seed (at least 3), with every relationship they have.
  for (const i of rng.distinct(out.persons.length, Math.max(3, Math.round(out.persons.length * RATE.removePerson)))) out.removed.add(out.persons[i]!);
  for (const id of out.removed) out.renamed.delete(id);
  out.persons = out.persons.filter((id) => !out.removed.has(id));
  return out;
}

/** The new file: new people with an affiliation and 1–3 events, and new relationships between existing entities. */
function additions(s: Scan, rng: Rng, quote: string, seed: number): SeedFile {
  const evidence = [{ quote }];
  const entities: Json[] = [];
  const relationships: Json[] = [];
  const relate = (type: string, from: string, to: string, properties: Json) => {
    const pair = `${from}|${type}|${to}`;
    if (from === to || s.pairs.has(pair) || (type === "MET" && s.pairs.has(`${to}|MET|${from}`))) return false;
    s.pairs.add(pair);
    relationships.push({ type, from, to, properties, evidence });
    return true;
  };
  const newPeople = Math.max(3, Math.round(s.entities * RATE.newEntity));
  for (let k = 0; k < newPeople; k++) {
    const id = `person:newcomer-${k}`;
    entities.push({ id, kind: "Person", name: `Newcomer ${k}`, evidence });
    relate("AFFILIATED_WITH", id, rng.pick(s.institutions), { title: "Researcher", asOf: String(rng.int(2020, 2025)) });
    for (let e = rng.int(1, 3); e > 0; e--) relate("PARTICIPATED_IN", id, rng.pick(s.events), { role: "participant" });
  }
  const wanted = relationships.length + Math.max(3, Math.round(s.relationships * RATE.newRelationship));
  for (let guard = 0; relationships.length < wanted && guard < wanted * 20; guard++) {
    const a = rng.pick(s.persons);
    if (rng.chance(0.3)) relate("MET", a, rng.pick(s.persons), { date: `${rng.int(2005, 2024)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}` });
    else relate("PARTICIPATED_IN", a, rng.pick(s.events), { role: rng.pick(["participant", "speaker"]) });
  }
  const source = {
    id: `source:synthetic-s${seed}-incremental`,
    title: `Synthetic benchmark data, seed ${seed}: the incremental change set`,
    publisher: "eu-japan-sti-graph benchmark generator",
    date: "2025",
    file: "sources/synthetic.txt",
    notes: "Generated; not a real source.",
  };
  return { source, entities, relationships };
}

/**
 * Copies the seed of `seedDir` into `outDir` (replaced) with the change set; deterministic for a
 * given seed directory and `seed`. Returns what changed, as the loader should report it.
 */
export function writeChangedSeed(seedDir: string, outDir: string, seed: number): ChangeSet {
  const names = fs.readdirSync(seedDir).filter((n) => n.endsWith(".json")).sort();
  if (names.length === 0) throw new Error(`writeChangedSeed: no seed files (*.json) in ${seedDir}`);
  const s = scan(seedDir, names, new Rng(seed * 65_537 + 1));
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, "meta"), { recursive: true });
  fs.cpSync(path.join(seedDir, "sources"), path.join(outDir, "sources"), { recursive: true });
  // New records quote what the generator's records quote (the first sentence of the source text).
  const first = readSeedFile(path.join(seedDir, names[0]!)).entities[0]?.evidence as Array<{ quote: string }> | undefined;
  const quote = first?.[0]?.quote;
  if (!quote) throw new Error(`writeChangedSeed: the first entity of ${names[0]} in ${seedDir} has no quote to reuse`);
  const rng = new Rng(seed * 65_537 + 2);
  const counts = { entities: 0, relationships: 0, changedRelationships: 0, removedRelationships: 0, removedWithEntities: 0 };
  for (const name of names) {
    const file = readSeedFile(path.join(seedDir, name));
    file.entities = file.entities.filter((e) => !s.removed.has(str(e.id)));
    for (const e of file.entities) if (s.renamed.has(str(e.id))) e.name = `${str(e.name)} (revised)`;
    file.relationships = file.relationships.filter((r) => {
      if (s.removed.has(str(r.from)) || s.removed.has(str(r.to))) return counts.removedWithEntities++, false;
      const draw = rng.next();
      if (draw < RATE.removeRelationship) return counts.removedRelationships++, false;
      if (draw < RATE.removeRelationship + RATE.changeRelationship) {
        r.evidence = [{ quote: CHANGED_QUOTE }];
        counts.changedRelationships++;
      }
      return true;
    });
    counts.entities += file.entities.length;
    counts.relationships += file.relationships.length;
    fs.writeFileSync(path.join(outDir, name), JSON.stringify(file));
  }
  const added = additions(s, new Rng(seed * 65_537 + 3), quote, seed);
  fs.writeFileSync(path.join(outDir, "part-incremental.json"), JSON.stringify(added));
  const entities = counts.entities + added.entities.length;
  const relationships = counts.relationships + added.relationships.length;
  const changes: ChangeSet = {
    version: CHANGE_SET_VERSION,
    dir: outDir,
    files: names.length + 1,
    sources: names.length + 1,
    entities: { total: entities, changed: s.renamed.size, added: added.entities.length, removed: s.removed.size },
    relationships: {
      total: relationships,
      changed: counts.changedRelationships,
      added: added.relationships.length,
      removed: counts.removedRelationships + counts.removedWithEntities,
      removedWithEntities: counts.removedWithEntities,
    },
    records: names.length + 1 + entities + relationships,
  };
  fs.writeFileSync(path.join(outDir, "meta", "changes.json"), JSON.stringify(changes, null, 2));
  return changes;
}

// ---------------------------------------------------------------- the graph compared

export interface GraphDigest {
  nodeCount: number;
  relationshipCount: number;
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
  /** sha256 over every entity's and source's (id, label, origin, seedHash) and every keyed relationship's (key, origin, seedHash), sorted. */
  records: string;
  /** Every record's labels or type, ends, properties and their types (wholeGraphFingerprint). */
  fingerprint: string;
}

export async function graphDigest(db: Database): Promise<GraphDigest> {
  const [stats] = await db.read("queries/stats/graph-stats");
  const byName = (list: unknown) => Object.fromEntries((list as Array<{ name: string; count: number }>).map((x) => [x.name, x.count]));
  const lines = [
    ...(await db.read("seed/existing-entities")).map((r) => `N ${str(r.id)} ${str(r.label)} ${str(r.origin)} ${str(r.seedHash)}`),
    ...(await db.read("seed/existing-relationships")).map((r) => `R ${str(r.key)} ${str(r.origin)} ${str(r.seedHash)}`),
  ].sort();
  const hash = createHash("sha256");
  for (const line of lines) hash.update(line + "\n");
  return {
    nodeCount: Number(stats!.nodeCount),
    relationshipCount: Number(stats!.relationshipCount),
    labels: byName(stats!.labels),
    relationshipTypes: byName(stats!.relationshipTypes),
    records: `${lines.length} records, sha256 ${hash.digest("base64url")}`,
    fingerprint: await wholeGraphFingerprint(db),
  };
}

/**
 * A hash of every node and relationship as admin/graph-snapshot shows them (labels, type, ends,
 * properties and their stored types; the graphFingerprint of the tests), streamed one record at a time
 * (bench/cypher/graph-*.cypher) and independent of order: each record's canonical JSON is hashed, the
 * hashes sorted and hashed. The snapshot itself is one row that took minutes to decode at 100k.
 */
async function wholeGraphFingerprint(db: Database): Promise<string> {
  const hashes: string[] = [];
  for (const name of ["graph-nodes", "graph-relationships"]) {
    const text = fs.readFileSync(path.join(__dirname, "cypher", `${name}.cypher`), "utf8");
    const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
    try {
      await new Promise<void>((resolve, reject) => {
        session.run(text, {}, { timeout: 30 * 60_000, metadata: { app: "bench-incremental", query: name } }).subscribe({
          onNext: (record) => void hashes.push(createHash("sha256").update(`${name} ${canonicalJson(toPlain(record.toObject()))}`).digest("base64url")),
          onCompleted: () => resolve(),
          onError: reject,
        });
      });
    } finally {
      await session.close();
    }
  }
  const hash = createHash("sha256");
  for (const h of hashes.sort()) hash.update(h);
  return `${hashes.length} records, sha256 ${hash.digest("base64url")}`;
}

/**
 * Empties the graph with the loader's own prune statements, in batches (one DETACH DELETE of a 1M
 * graph could outgrow the transaction memory and the service's timeout), then admin/clear-graph for
 * whatever is left (bookkeeping nodes).
 */
async function clearGraph(db: Database): Promise<void> {
  const relationships = (await db.read("seed/existing-relationships")).map((r) => str(r.elementId));
  for (let i = 0; i < relationships.length; i += 10_000) await db.write("seed/delete-relationships", { elementIds: relationships.slice(i, i + 10_000) });
  const nodes = (await db.read("seed/existing-entities")).map((r) => str(r.id));
  for (let i = 0; i < nodes.length; i += 10_000) await db.write("seed/delete-entities", { ids: nodes.slice(i, i + 10_000) });
  await db.write("admin/clear-graph");
}

/** Where two digests differ, one line each (empty: the same graph). */
export function digestDifferences(incremental: GraphDigest, fresh: GraphDigest): string[] {
  const out: string[] = [];
  const counts = (what: string, a: Record<string, number>, b: Record<string, number>) => {
    for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) if (a[name] !== b[name]) out.push(`${what} ${name}: ${a[name] ?? 0} after the incremental load, ${b[name] ?? 0} after a fresh load`);
  };
  counts("label", incremental.labels, fresh.labels);
  counts("relationship type", incremental.relationshipTypes, fresh.relationshipTypes);
  if (incremental.nodeCount !== fresh.nodeCount) out.push(`nodes: ${incremental.nodeCount} against ${fresh.nodeCount}`);
  if (incremental.relationshipCount !== fresh.relationshipCount) out.push(`relationships: ${incremental.relationshipCount} against ${fresh.relationshipCount}`);
  if (incremental.records !== fresh.records) out.push(`records' seedHashes: ${incremental.records} against ${fresh.records}`);
  if (incremental.fingerprint !== fresh.fingerprint) out.push(`whole-graph fingerprint: ${incremental.fingerprint} against ${fresh.fingerprint}`);
  return out;
}

/** Where the loader's report disagrees with the change set (empty: it reports exactly the change set). */
export function reportDifferences(report: LoadReport, changes: ChangeSet): string[] {
  const expected: Array<[string, number, number]> = [
    ["entities in the seed", report.entities, changes.entities.total],
    ["relationships in the seed", report.relationships, changes.relationships.total],
    ["sources in the seed", report.sources, changes.sources],
    ["entities created", report.created.entities, changes.entities.added],
    ["entities written (created + changed)", report.written.entities, changes.entities.added + changes.entities.changed],
    ["entities removed", report.removedEntities, changes.entities.removed],
    ["relationships created", report.created.relationships, changes.relationships.added],
    ["relationships written (created + changed)", report.written.relationships, changes.relationships.added + changes.relationships.changed],
    ["relationships removed", report.removedRelationships, changes.relationships.removed],
  ];
  return expected.filter(([, got, want]) => got !== want).map(([what, got, want]) => `${what}: the loader reports ${got}, the change set has ${want}`);
}

// ---------------------------------------------------------------- the measurement

export interface IncrementalFigures {
  changeSet: ChangeSet;
  mode: LoadReport["mode"];
  /** From the loader's report. */
  loader: { written: { entities: number; relationships: number }; created: { entities: number; relationships: number }; removed: { entities: number; relationships: number } };
  /** Records created, changed or removed (the loader's report). */
  changes: number;
  validateSec: number;
  writeSec: number;
  /** Wall time of loadSeedDirectory: validation, diff and writes, commit, index statistics. */
  totalSec: number;
  /** Seed records (sources + entities + relationships) per wall second. */
  recordsConsideredPerSec: number;
  /** Created, changed and removed records per wall second. */
  changesPerSec: number;
  /** The reference: the graph cleared and the changed seed loaded fresh by the same loader. */
  freshLoad: { totalSec: number; validateSec: number; writeSec: number; recordsPerSec: number };
  /** `seconds`: the whole check, the fresh load included. */
  check: { equal: boolean; differences: string[]; incremental: GraphDigest; fresh: GraphDigest; seconds: number };
}

/**
 * Loads the changed seed over the graph (which holds the original seed), then checks the result
 * against a fresh load of it. The graph holds the changed seed afterwards.
 */
export async function measureIncrementalLoad(db: Database, changes: ChangeSet, log: (message: string) => void): Promise<IncrementalFigures> {
  const progress = (label: string) => {
    let last = Date.now();
    return (p: { phase: string; done: number; total: number }) => {
      if (Date.now() - last < 15_000) return;
      last = Date.now();
      log(`  ${label}: ${p.phase} ${p.done.toLocaleString("en")}/${p.total.toLocaleString("en")}`);
    };
  };
  const started = Date.now();
  const report = await loadSeedDirectory(db, changes.dir, { timeoutMs: 60 * 60_000, onProgress: progress("incremental load") });
  const totalSec = (Date.now() - started) / 1000;
  const changed = report.written.entities + report.written.relationships + report.removedEntities + report.removedRelationships;
  log(`  incremental load: ${totalSec.toFixed(1)} s (validation ${(report.validateMs / 1000).toFixed(1)} s), ${changed.toLocaleString("en")} records created, changed or removed of ${changes.records.toLocaleString("en")}`);
  const differences = reportDifferences(report, changes);
  log("  comparing with a fresh load of the changed seed (counts, seedHashes, every record's content)");
  const checkStarted = Date.now();
  const incremental = await graphDigest(db);
  await clearGraph(db);
  const freshStarted = Date.now();
  const fresh = await loadSeedDirectory(db, changes.dir, { timeoutMs: 60 * 60_000, onProgress: progress("fresh load") });
  const freshSec = (Date.now() - freshStarted) / 1000;
  const freshDigest = await graphDigest(db);
  differences.push(...digestDifferences(incremental, freshDigest));
  const checkSec = (Date.now() - checkStarted) / 1000;
  return {
    changeSet: changes,
    mode: report.mode,
    loader: {
      written: report.written,
      created: report.created,
      removed: { entities: report.removedEntities, relationships: report.removedRelationships },
    },
    changes: changed,
    validateSec: report.validateMs / 1000,
    writeSec: report.writeMs / 1000,
    totalSec,
    recordsConsideredPerSec: changes.records / totalSec,
    changesPerSec: changed / totalSec,
    freshLoad: { totalSec: freshSec, validateSec: fresh.validateMs / 1000, writeSec: fresh.writeMs / 1000, recordsPerSec: changes.records / freshSec },
    check: { equal: differences.length === 0, differences, incremental, fresh: freshDigest, seconds: checkSec },
  };
}

/** The incremental load's own table (markdown). */
export function incrementalTable(f: IncrementalFigures): string {
  const c = f.changeSet;
  const n = (x: number) => x.toLocaleString("en");
  const header = ["seed records", "entities ~ / + / −", "relationships ~ / + / −", "mode", "validate s", "write s", "total s", "records considered/s", "changes/s", "fresh load of the same seed s", "same graph as a fresh load"];
  const row = [
    n(c.records),
    `${n(f.loader.written.entities - f.loader.created.entities)} / ${n(f.loader.created.entities)} / ${n(f.loader.removed.entities)}`,
    `${n(f.loader.written.relationships - f.loader.created.relationships)} / ${n(f.loader.created.relationships)} / ${n(f.loader.removed.relationships)}`,
    f.mode,
    f.validateSec.toFixed(1),
    f.writeSec.toFixed(1),
    f.totalSec.toFixed(1),
    f.recordsConsideredPerSec.toFixed(0),
    f.changesPerSec.toFixed(0),
    f.freshLoad.totalSec.toFixed(1),
    f.check.equal ? `yes (counts, seedHashes, content of ${f.check.fresh.fingerprint.split(" ")[0]} records)` : "**NO**",
  ];
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, `| ${row.join(" | ")} |`, ...f.check.differences.map((d) => `- DIFFERS: ${d}`)].join("\n");
}
