// Reads every seed file, checks every record (class-validator rules from src/domain/records.ts plus the rules that
// span records: unique ids, endpoints that exist with allowed kinds, evidence whose quote occurs in
// the named source text), merges records that several files give for one entity, and returns the
// write plan. Nothing is written here. All problems are collected and reported together.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PROJECT_ROOT } from "../config/config";
import { invalidUtf8Offset, jsonShapeProblem } from "../json-shape";
import { ID_PATTERN } from "../domain/ids";
import { collapse, resolveEvidence, uniqueEvidence, type ResolvedEvidence } from "../domain/evidence";
import { isPartialDate, SeedFile, type EntityRecord, type Evidence, type RelationshipRecord, type SourceRecord } from "../domain/records";
import { checkEndpoint, checkEntity, checkRelationship, flatten, identifierUnsupported, relationshipKey, VALIDATOR_OPTIONS } from "../domain/rules";
import { toInstance, validateFast } from "../domain/validation-fast-path";
import { disagreementsProp, storedEntity, storedRelationship, storedSource, type Disagreement } from "../domain/stored";
import { ENTITY_KINDS, type EntityKind, type RelationshipType } from "../domain/vocabulary";


export interface SeedProblem {
  file: string;
  record: string;
  field: string;
  rule: string;
  message: string;
}

export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: SeedProblem[]) {
    super(
      `seed rejected: ${problems.length} problem${problems.length === 1 ? "" : "s"}, nothing was written\n` +
        problems.map((p) => `  ${p.file} › ${p.record} › ${p.field}: ${p.message} [${p.rule}]`).join("\n"),
    );
  }
}

export interface SourcePlan {
  id: string;
  props: Record<string, unknown>;
}
export interface NodePlan {
  id: string;
  kind: EntityKind;
  props: Record<string, unknown>;
}
export interface RelationshipPlan {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
export interface SeedPlan {
  files: string[];
  sources: SourcePlan[];
  nodes: NodePlan[];
  relationships: RelationshipPlan[];
}

interface FileContext {
  file: string;
  source?: SourceRecord;
}

/** What entity and relationship drafts share: the values merged so far, and where the first came from. */
interface RecordDraft {
  properties: Record<string, unknown>;
  notes: string[];
  /** Date properties a curator inferred, with the reason. */
  inferredDates: Record<string, string>;
  evidence: ResolvedEvidence[];
  disagreements: Disagreement[];
  /** Per field, the sources that stated its current value. */
  valueSources: Record<string, string[]>;
  origin: { file: string; record: string };
}

interface EntityDraft extends RecordDraft {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

interface RelationshipDraft extends RecordDraft {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
}

/** The fields of a record that entity and relationship drafts merge the same way. */
interface RecordInput {
  properties: Record<string, unknown>;
  note?: string;
  inferredDates?: Record<string, string>;
}

/**
 * Folds `value` (stated by `sources`) into `properties[field]`. Equal values agree; a date that only
 * adds precision to the other ("2011-03" → "2011-03-29") refines it; anything else is a disagreement:
 * the first value stays and both are recorded side by side — nothing is silently overwritten.
 */
function mergeValue(
  properties: Record<string, unknown>,
  valueSources: Record<string, string[]>,
  disagreements: Disagreement[],
  field: string,
  value: unknown,
  sources: string[],
): void {
  if (!(field in properties)) {
    properties[field] = value;
    valueSources[field] = sources;
    return;
  }
  const current = properties[field];
  const agrees =
    JSON.stringify(current) === JSON.stringify(value) ||
    (isPartialDate(current) && isPartialDate(value) && (value.startsWith(current) || current.startsWith(value)));
  if (agrees) {
    if (typeof value === "string" && typeof current === "string" && value.length > current.length) properties[field] = value;
    valueSources[field] = unique([...(valueSources[field] ?? []), ...sources]);
    return;
  }
  let disagreement = disagreements.find((d) => d.field === field);
  if (!disagreement) {
    // The sources of the value kept are the ones that stated it, not every source of the record.
    disagreement = { field, values: [{ value: current, sources: valueSources[field] ?? [] }] };
    disagreements.push(disagreement);
  }
  const entry = disagreement.values.find((v) => JSON.stringify(v.value) === JSON.stringify(value));
  if (entry) entry.sources = unique([...entry.sources, ...sources]);
  else disagreement.values.push({ value, sources });
}

/**
 * After a second record gave `value` for `field` (the kept value went from `before` to `kept`): the
 * date is marked inferred when the value kept is one a curator inferred. A source that states the same
 * value clears the mark; a more precise value replaces the mark with its own (or none).
 */
function mergeInferredDate(marks: Record<string, string>, field: string, before: unknown, kept: unknown, value: unknown, reason: string | undefined): void {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (before === undefined || (!same(before, kept) && same(kept, value))) {
    if (reason !== undefined) marks[field] = reason;
    else delete marks[field];
  } else if (same(before, value) && reason === undefined) {
    delete marks[field];
  }
}

const sourcesOf = (evidence: ResolvedEvidence[]) => unique(evidence.filter((e) => e.quote !== "").map((e) => e.source));

/** Each field stated by the sources of `evidence` (a list of its own per field, as mergeValue extends them). */
function valueSourcesOf(fields: string[], evidence: ResolvedEvidence[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (fields.length === 0) return out;
  const sources = sourcesOf(evidence);
  out[fields[0]!] = sources;
  for (let i = 1; i < fields.length; i++) out[fields[i]!] = [...sources];
  return out;
}

/**
 * What one seed file gives after the per-record checks (shape, fields, kind- and type-specific
 * properties), which need no other file: the problems in the order they are found, the source block
 * and the records that passed. Computed in this thread or in a worker (seed-worker.ts).
 */
export interface FileCheck {
  file: string;
  /** False when the file is not JSON or not an object: only `head` then. */
  ok: boolean;
  /** Problems of the file itself (JSON, shape, the source block's fields). */
  head: SeedProblem[];
  source?: SourceRecord;
  /** Problems of entities then relationships, in record order. */
  records: SeedProblem[];
  entities: EntityRecord[];
  entityIndexes: number[];
  /**
   * Entities that failed a per-record check but have a well-formed id and kind: still known by id to
   * the checks across records, so one bad field does not cause follow-on errors about a missing id.
   */
  known: Array<[string, EntityKind]>;
  relationships: Array<[RelationshipRecord, number]>;
}

/** The per-record checks of one seed file (`dir`/`name`). */
/** Seed files nested deeper than this are refused (a seed record needs about 6 levels). */
export const MAX_SEED_DEPTH = 64;

/**
 * How a seed file is named in messages: its path from the project when SEED_DIR is inside it
 * (`seed/x.json`), else the SEED_DIR as configured, absolute (`/data/my-seed/x.json`).
 */
export function seedPath(dir: string, name: string): string {
  const relative = path.relative(PROJECT_ROOT, path.resolve(dir));
  const base = relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(dir) : relative;
  return path.join(base, name);
}

export function checkFile(dir: string, name: string): FileCheck {
  const file = seedPath(dir, name);
  const check: FileCheck = { file, ok: false, head: [], records: [], entities: [], entityIndexes: [], known: [], relationships: [] };
  const head = (record: string, field: string, rule: string, message: string) => check.head.push({ file, record, field, rule, message });
  const problem = (record: string, field: string, rule: string, message: string) => check.records.push({ file, record, field, rule, message });
  let json: unknown;
  try {
    const bytes = fs.readFileSync(path.join(dir, name));
    // Decoding would turn a bad byte into U+FFFD silently; the file must be fixed instead.
    const bad = invalidUtf8Offset(bytes);
    if (bad >= 0) {
      const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
      head("-", "-", "utf8", `not valid UTF-8: byte 0x${bytes[bad]!.toString(16).padStart(2, "0")} at byte offset ${bad} (line ${line})`);
      return check;
    }
    json = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    head("-", "-", "json", `not valid JSON: ${(error as Error).message}`);
    return check;
  }
  const tooDeep = jsonShapeProblem(json, MAX_SEED_DEPTH);
  if (tooDeep) {
    head("-", "-", "nesting", `the JSON is ${tooDeep}: a seed file needs only a few levels`);
    return check;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    head("-", "-", "shape", "a seed file must be a JSON object with source, entities and relationships");
    return check;
  }
  check.ok = true;
  const seedFile = toInstance(SeedFile, json);
  for (const e of flatten(validateFast(seedFile, VALIDATOR_OPTIONS))) head(e.field.startsWith("source") ? "source" : "-", e.field, e.rule, e.message);
  check.source = seedFile.source;

  const rawEntities = (json as SeedFile).entities;
  if (Array.isArray(rawEntities)) {
    for (let index = 0; index < rawEntities.length; index++) {
      const raw: unknown = rawEntities[index];
      const label = recordLabel("entities", index, raw);
      if (typeof raw !== "object" || raw === null) {
        problem(label, "-", "shape", "an entity must be an object");
        continue;
      }
      const { record, problems: found, valid } = checkEntity(raw);
      for (const e of found) problem(label, e.field, e.rule, e.message);
      if (valid) {
        check.entities.push(record);
        check.entityIndexes.push(index);
      } else if (typeof record.id === "string" && ID_PATTERN.test(record.id) && (ENTITY_KINDS as readonly string[]).includes(record.kind)) {
        check.known.push([record.id, record.kind]);
      }
    }
  }

  const rawRelationships = (json as SeedFile).relationships;
  if (Array.isArray(rawRelationships)) {
    for (let index = 0; index < rawRelationships.length; index++) {
      const raw: unknown = rawRelationships[index];
      if (typeof raw !== "object" || raw === null) {
        problem(`relationships[${index}]`, "-", "shape", "a relationship must be an object");
        continue;
      }
      const { record, problems: found, valid } = checkRelationship(raw);
      for (const e of found) problem(`relationships[${index}]`, e.field, e.rule, e.message);
      if (valid) check.relationships.push([record, index]);
    }
  }
  return check;
}

/** The seed files of `dir`, sorted; throws SeedValidationError when the folder does not exist. */
function seedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new SeedValidationError([{ file: dir, record: "-", field: "-", rule: "exists", message: "seed folder not found" }]);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
}

/** Validates every *.json file in `dir` and returns the plan; throws SeedValidationError listing every problem. */
export function planSeed(dir: string): SeedPlan {
  const files = seedFiles(dir);
  return assemblePlan(dir, files, files.map((name) => checkFile(dir, name)));
}

export interface PlanOptions {
  /**
   * Run the per-file checks in worker threads: true always, false never, "auto" (default) when the
   * seed has at least two files and 4 MB of JSON (about 20,000 records; below that, starting the
   * workers costs more than they save).
   * The plan and the problems (and their order) are the same either way.
   */
  parallel?: boolean | "auto";
  /** Worker threads (default: the available cores, at most one per file). */
  workers?: number;
  /** Called after each file's own checks (for progress bars): files checked so far, and in all. */
  onFileChecked?: (done: number, total: number) => void;
}

/** planSeed, with the per-file checks spread over worker threads for big seeds (see PlanOptions). */
export async function planSeedAsync(dir: string, options: PlanOptions = {}): Promise<SeedPlan> {
  const files = seedFiles(dir);
  const sizes = files.map((name) => {
    try {
      return fs.statSync(path.join(dir, name)).size;
    } catch {
      return 0; // reported by checkFile as unreadable
    }
  });
  const parallel = options.parallel ?? "auto";
  const useWorkers =
    parallel === true || (parallel === "auto" && files.length >= 2 && sizes.reduce((a, b) => a + b, 0) >= PARALLEL_BYTES);
  const onFile = options.onFileChecked;
  if (!useWorkers) {
    return assemblePlan(
      dir,
      files,
      files.map((name, i) => {
        const check = checkFile(dir, name);
        onFile?.(i + 1, files.length);
        return check;
      }),
    );
  }
  const workers = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), files.length));
  return assemblePlan(dir, files, await checkFilesInWorkers(dir, files, sizes, workers, onFile));
}

const PARALLEL_BYTES = 4_000_000;

interface SourceEntry {
  record: SourceRecord;
  file: string;
  /** The source text, whitespace collapsed (undefined when the file is missing). */
  text?: string;
  raw?: string;
}

/** One seed file after its own checks, as the checks across files read it. */
interface ParsedFile {
  ctx: FileContext;
  entities: EntityRecord[];
  relationships: Array<[RelationshipRecord, number]>;
  entityIndexes: number[];
}

/** The plan being assembled from every file: sources, merged records, and every problem found. */
class Assembly {
  readonly problems: SeedProblem[] = [];
  readonly sources = new Map<string, SourceEntry>();
  /** Ids of records that failed their own checks (already reported): known to endpoint checks. */
  readonly knownKinds = new Map<string, EntityKind>();
  readonly entities = new Map<string, EntityDraft>();
  readonly relationships = new Map<string, RelationshipDraft>();

  constructor(readonly dir: string) {}

  problem(file: string, record: string, field: string, rule: string, message: string): void {
    this.problems.push({ file, record, field, rule, message });
  }
}

/** Merges the per-file checks (in file order) with the checks across records and files into the plan. */
function assemblePlan(dir: string, files: string[], checks: FileCheck[]): SeedPlan {
  const assembly = new Assembly(dir);
  // Pass 1: the per-file results, in file order; sources are unique and their text exists.
  const parsed = checks.flatMap((check) => collectFile(assembly, check));
  // Pass 2: entities merge by id across files (aliases and evidence combine; values must agree).
  for (const file of parsed) mergeEntities(assembly, file);
  // Pass 3: relationships — endpoints exist with allowed kinds; the same identity merges.
  for (const file of parsed) for (const [record, index] of file.relationships) mergeRelationship(assembly, file.ctx, record, index);
  if (assembly.problems.length > 0) throw new SeedValidationError(assembly.problems);
  return planOf(dir, files, assembly);
}

/** Takes one file's own results: its problems, its source (unique, with its text) and the records that passed. */
function collectFile(a: Assembly, check: FileCheck): ParsedFile[] {
  for (const p of check.head) a.problems.push(p);
  if (!check.ok) return [];
  if (check.source && typeof check.source.id === "string") addSource(a, check.file, check.source);
  for (const p of check.records) a.problems.push(p);
  for (const [id, kind] of check.known ?? []) if (!a.knownKinds.has(id)) a.knownKinds.set(id, kind);
  return [{ ctx: { file: check.file, source: check.source }, entities: check.entities, relationships: check.relationships, entityIndexes: check.entityIndexes }];
}

function addSource(a: Assembly, file: string, source: SourceRecord): void {
  const previous = a.sources.get(source.id);
  if (previous) return a.problem(file, "source", "id", "unique", `source ${source.id} is already described in ${previous.file}`);
  const entry: SourceEntry = { record: source, file };
  const textFile = typeof source.file === "string" ? path.join(a.dir, source.file) : "";
  if (textFile && fs.existsSync(textFile)) {
    entry.raw = fs.readFileSync(textFile, "utf8");
    entry.text = collapse(entry.raw);
  } else a.problem(file, "source", "file", "exists", `source text ${source.file} not found in ${seedPath(a.dir, "")}`);
  a.sources.set(source.id, entry);
}

/** Evidence: resolve the source (the file's own by default), and check that the quote occurs in its text. */
function seedEvidence(a: Assembly, ctx: FileContext, label: string, items: Evidence[]): ResolvedEvidence[] {
  const { evidence, problems } = resolveEvidence(items, {
    defaultSource: ctx.source?.id,
    sourceRequired: "this file has no source block, so evidence must name its source",
    has: (id) => a.sources.has(id),
    text: (id) => a.sources.get(id)?.text,
    quoteNotFound: (id, quote, text) => {
      const source = a.sources.get(id)!;
      return `quote not found in ${source.record.file}: ${quoteMismatch(quote, text, source.raw ?? "")}`;
    },
  });
  for (const p of problems) a.problem(ctx.file, label, p.field, p.rule, p.message);
  return evidence;
}

function mergeEntities(a: Assembly, { ctx, entities: records, entityIndexes }: ParsedFile): void {
  const seenHere = new Set<string>();
  records.forEach((record, i) => {
    const label = `entities[${entityIndexes[i]}] (${record.id})`;
    if (seenHere.has(record.id)) return a.problem(ctx.file, label, "id", "unique", `id ${record.id} is defined twice in this file`);
    seenHere.add(record.id);
    mergeEntity(a, ctx, label, record);
  });
}

function mergeEntity(a: Assembly, ctx: FileContext, label: string, record: EntityRecord): void {
  const evidence = seedEvidence(a, ctx, label, record.evidence);
  // External identifiers are stored (and merged across files) like properties, once stated.
  const identifiers = record.identifiers ?? {};
  for (const [scheme, value] of Object.entries(identifiers)) {
    const unsupported = identifierUnsupported(scheme, String(value), evidence);
    if (unsupported) a.problem(ctx.file, label, `identifiers.${scheme}`, "identifierStated", unsupported);
  }
  const input = { properties: { ...(record.properties ?? {}), ...identifiers }, note: record.note, inferredDates: record.inferredDates };
  const existing = a.entities.get(record.id);
  if (!existing) {
    const fields = ["name", ...Object.keys(input.properties)];
    const draft = newDraft(input, evidence, fields, { file: ctx.file, record: label });
    a.entities.set(record.id, { id: record.id, kind: record.kind, name: record.name, aliases: unique(record.aliases ?? []), ...draft });
    return;
  }
  const where = `${existing.origin.file} › ${existing.origin.record}`;
  if (existing.kind !== record.kind) a.problem(ctx.file, label, "kind", "sameKind", `kind ${record.kind} disagrees with ${existing.kind} in ${where}`);
  const named = { name: existing.name };
  mergeValue(named, existing.valueSources, existing.disagreements, "name", record.name, sourcesOf(evidence));
  if (existing.name !== record.name) existing.aliases = unique([...existing.aliases, record.name]);
  mergeDraft(existing, input, evidence);
  existing.aliases = unique([...existing.aliases, ...(record.aliases ?? [])]);
}

function mergeRelationship(a: Assembly, ctx: FileContext, record: RelationshipRecord, index: number): void {
  const label = `relationships[${index}] (${record.from} ${record.type} ${record.to})`;
  for (const [side, id] of [["from", record.from], ["to", record.to]] as const) {
    const endpoint = checkEndpoint(record.type, side, a.entities.get(id)?.kind ?? a.knownKinds.get(id), id);
    if (endpoint) a.problem(ctx.file, label, endpoint.field, endpoint.rule, endpoint.message);
  }
  if (record.from === record.to) a.problem(ctx.file, label, "to", "noSelfLoop", "a relationship must connect two different entities");
  const input = { properties: { ...(record.properties ?? {}) }, note: record.note, inferredDates: record.inferredDates };
  const evidence = seedEvidence(a, ctx, label, record.evidence);
  const key = relationshipKey(record.type, record.from, record.to, input.properties);
  const existing = a.relationships.get(key);
  if (!existing) {
    const draft = newDraft(input, evidence, Object.keys(input.properties), { file: ctx.file, record: label });
    a.relationships.set(key, { key, type: record.type, from: record.from, to: record.to, ...draft });
    return;
  }
  mergeDraft(existing, input, evidence);
}

/** The draft of the first record that gives an entity or relationship; `fields` are the ones it states. */
function newDraft(input: RecordInput, evidence: ResolvedEvidence[], fields: string[], origin: RecordDraft["origin"]): RecordDraft {
  return {
    properties: input.properties,
    notes: input.note ? [input.note] : [],
    inferredDates: { ...(input.inferredDates ?? {}) },
    evidence,
    disagreements: [],
    valueSources: valueSourcesOf(fields, evidence),
    origin,
  };
}

/** Folds a further record for the same entity or relationship into its draft. */
function mergeDraft(draft: RecordDraft, input: RecordInput, evidence: ResolvedEvidence[]): void {
  const sources = sourcesOf(evidence);
  for (const [key, value] of Object.entries(input.properties)) {
    const before = draft.properties[key];
    mergeValue(draft.properties, draft.valueSources, draft.disagreements, key, value, sources);
    mergeInferredDate(draft.inferredDates, key, before, draft.properties[key], value, input.inferredDates?.[key]);
  }
  draft.notes = unique([...draft.notes, ...(input.note ? [input.note] : [])]);
  draft.evidence = uniqueEvidence([...draft.evidence, ...evidence]);
}

/** The write plan: every source, entity and relationship in its stored form. */
function planOf(dir: string, files: string[], a: Assembly): SeedPlan {
  const stored = (draft: RecordDraft) => ({
    properties: draft.properties,
    notes: draft.notes.length ? draft.notes : undefined,
    disagreements: disagreementsProp(draft.disagreements),
    inferredDates: draft.inferredDates,
    evidence: draft.evidence,
    origin: "seed",
  });
  return {
    files: files.map((name) => seedPath(dir, name)),
    sources: [...a.sources.values()].map(({ record }) => ({ id: record.id, props: storedSource(record) })),
    nodes: [...a.entities.values()].map((draft) => ({
      id: draft.id,
      kind: draft.kind,
      props: storedEntity({ ...stored(draft), id: draft.id, kind: draft.kind, name: draft.name, aliases: draft.aliases }),
    })),
    relationships: [...a.relationships.values()].map((draft) => ({
      key: draft.key,
      type: draft.type,
      from: draft.from,
      to: draft.to,
      props: storedRelationship({ ...stored(draft), key: draft.key }),
    })),
  };
}

/**
 * Runs checkFile for every file on `count` worker threads (biggest files first) and returns the
 * results in file order. Under tsx (npm start, npm run seed) and vitest this module is TypeScript: the
 * worker then registers tsx's CommonJS hook before it loads seed-worker.ts.
 */
async function checkFilesInWorkers(
  dir: string,
  files: string[],
  sizes: number[],
  count: number,
  onFile?: (done: number, total: number) => void,
): Promise<FileCheck[]> {
  const script = path.join(__dirname, `seed-worker${path.extname(__filename)}`);
  const source = script.endsWith(".ts")
    ? `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register(); require(${JSON.stringify(script)});`
    : `require(${JSON.stringify(script)});`;
  const queue = files.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const results: FileCheck[] = new Array(files.length);
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let pending = files.length;
      const next = (worker: Worker) => {
        const index = queue.shift();
        if (index === undefined) return;
        worker.postMessage({ index, dir, name: files[index] });
      };
      for (let n = 0; n < count; n++) {
        // No inherited execArgv: tsx's `--import` hook fails inside a worker (ERR_UNKNOWN_FILE_EXTENSION).
        const worker = new Worker(source, { eval: true, execArgv: [] });
        workers.push(worker);
        worker.on("message", (message: { index: number; check?: FileCheck; error?: string }) => {
          if (message.error !== undefined) return reject(new Error(`seed check of ${files[message.index]} failed: ${message.error}`));
          results[message.index] = message.check!;
          onFile?.(files.length - pending + 1, files.length);
          if (--pending === 0) resolve();
          else next(worker);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (pending > 0) reject(new Error(`seed check worker stopped (exit code ${code})`));
        });
        next(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

function recordLabel(collection: string, index: number, raw: unknown): string {
  const id = typeof raw === "object" && raw !== null && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : undefined;
  return id ? `${collection}[${index}] (${id})` : `${collection}[${index}]`;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * Where a quote first differs from the source (`text` collapsed, `raw` as stored): the longest start
 * of the quote the source contains, the characters after it on both sides, and the source line that
 * start was found on (or, when not even the first words match, the line sharing most words).
 */
export function quoteMismatch(quote: string, text: string, raw: string): string {
  const q = collapse(quote);
  // The longest prefix the text contains (containment shrinks as the prefix grows: binary search).
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(q.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const lines = raw.split(/\r?\n/);
  const show = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
  const tail = (s: string) => (s.length > 30 ? `…${s.slice(-30)}` : s);
  let lineNo = -1;
  let detail: string;
  if (lo >= Math.min(6, q.length)) {
    const at = text.indexOf(q.slice(0, lo));
    const sourceNext = text.slice(at + lo, at + lo + 40);
    detail = `it first differs at character ${lo + 1}: after ${JSON.stringify(tail(q.slice(0, lo)))} the quote has ${show(q.slice(lo))} where the source has ${show(sourceNext)}`;
    // the raw line that holds the end of the matched start
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = collapse(lines[i]!);
      if (line === "") continue;
      if (offset + line.length >= at + lo) {
        lineNo = i;
        break;
      }
      offset += line.length + 1;
    }
  } else {
    detail = `not even its first words ${show(q.slice(0, 40))} occur in the source`;
    const words = new Set(q.toLowerCase().split(/\W+/).filter((w) => w.length > 2));
    let best = 0;
    lines.forEach((line, i) => {
      const shared = new Set(line.toLowerCase().split(/\W+/).filter((w) => words.has(w))).size;
      if (shared > best) {
        best = shared;
        lineNo = i;
      }
    });
  }
  if (lineNo < 0) return detail;
  const line = collapse(lines[lineNo]!);
  return `${detail}; closest source line ${lineNo + 1}: ${JSON.stringify(line.length > 200 ? `${line.slice(0, 200)}…` : line)}`;
}

/** The text of every source the seed describes, whitespace collapsed, by source id (for quote checks). */
export function loadSourceTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  if (!fs.existsSync(dir)) return texts;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    try {
      const source = (JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as { source?: { id?: unknown; file?: unknown } }).source;
      if (typeof source?.id !== "string" || typeof source.file !== "string") continue;
      const file = path.join(dir, source.file);
      if (fs.existsSync(file)) texts.set(source.id, collapse(fs.readFileSync(file, "utf8")));
    } catch {
      // an unreadable seed file is reported by planSeed; here it only means no texts from it
    }
  }
  return texts;
}
