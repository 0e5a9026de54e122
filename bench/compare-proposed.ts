// Checks the proposed query rewrites in bench/proposed/queries/ against the project's originals on
// the same synthetic graph: same parameters (recorded from the repositories, bench/profile.ts), same
// answers (compared exactly, and as multisets when only an order inside a list differs), and the
// cost of each (PROFILE db hits, and the median of 5 timed runs).
//
// Usage: npx tsx bench/compare-proposed.ts [--scale 100k] [--seed 42] [--heap 4g] [--pagecache 1g] [--loader batched]
// (bench/run.ts also runs this comparison in its PROFILE phase.)
// Starts its own embedded Neo4j (free port, temporary folder), loads the seed with the project's
// loader, prints a table and writes bench/results/<scale>-<timestamp>.proposed.json; stops everything.
import "reflect-metadata";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig, PROJECT_ROOT } from "../src/config/config";
import { setLogLevel } from "../src/logger";
import { cypher } from "../src/neo4j/cypher-files";
import { Database, toParams } from "../src/neo4j/database";
import { embeddedPassword, freePort, startEmbedded, type EmbeddedNeo4j } from "../src/neo4j/embedded";
import { applyMigrations } from "../src/neo4j/migrations";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import { DEFAULT_SEED, type Manifest, type QuerySample } from "./generate";
import { loadPatched } from "./patched-loader";
import { profileCases } from "./profile";

const PROPOSED_DIR = path.join(__dirname, "proposed", "queries");

function statementText(file: string): string {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  let i = 0;
  while (i < lines.length && (lines[i]!.trim().startsWith("//") || lines[i]!.trim() === "")) i++;
  return lines.slice(i).join("\n").trim().replace(/;\s*$/, "");
}

function proposedFiles(dir = PROPOSED_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? proposedFiles(path.join(dir, e.name)) : e.name.endsWith(".cypher") ? [path.join(dir, e.name)] : []));
}

/** Lists sorted recursively (so "same rows, other order inside a list" compares equal). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).map((v) => JSON.stringify(v)).sort().map((s) => JSON.parse(s) as unknown);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  return value;
}

interface Run {
  rows: unknown[];
  dbHits: number;
  medianMs: number;
}

async function measure(driver: Driver, text: string, params: Record<string, unknown>, timeoutMs: number): Promise<Run> {
  const run = async (statement: string) => {
    const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
    try {
      const started = performance.now();
      const result = await session.executeRead((tx) => tx.run(statement, toParams(params) as Record<string, unknown>), { timeout: timeoutMs });
      return { result, ms: performance.now() - started };
    } finally {
      await session.close();
    }
  };
  const profiled = await run(`PROFILE ${text}`);
  let dbHits = 0;
  const walk = (p: { dbHits: number; children?: unknown[] }) => {
    dbHits += Number(p.dbHits);
    for (const c of p.children ?? []) walk(c as { dbHits: number; children?: unknown[] });
  };
  walk(profiled.result.summary.profile as unknown as { dbHits: number; children?: unknown[] });
  const times: number[] = [];
  let rows: unknown[] = [];
  for (let i = 0; i < 5; i++) {
    const { result, ms } = await run(text);
    times.push(ms);
    rows = result.records.map((r) => r.toObject());
  }
  times.sort((a, b) => a - b);
  return { rows, dbHits, medianMs: times[2]! };
}

export interface Comparison {
  query: string;
  variant: string;
  rows?: number[];
  sameAnswer?: string;
  dbHits?: number[];
  medianMs?: number[];
  error?: string;
}

/** Every proposed file against its original, for every representative parameter set. */
export async function compareAll(driver: Driver, sample: QuerySample, timeoutMs = 120_000): Promise<Comparison[]> {
  const cases = await profileCases(sample);
  const out: Comparison[] = [];
  for (const file of proposedFiles()) {
    const name = path.relative(path.join(__dirname, "proposed"), file).replace(/\\/g, "/").replace(/\.cypher$/, "");
    const original = cypher(name).text;
    const proposed = statementText(file);
    for (const c of cases[name] ?? []) {
      const entry: Comparison = { query: name, variant: c.variant };
      // Each side on its own: an original that times out still gets the proposed one measured.
      const attempt = async (text: string): Promise<Run | string> => {
        try {
          return await measure(driver, text, c.params, timeoutMs);
        } catch (error) {
          return error instanceof Error ? error.message.slice(0, 200) : String(error);
        }
      };
      const a = await attempt(original);
      const b = await attempt(proposed);
      if (typeof a === "string" || typeof b === "string") {
        entry.error = `original: ${typeof a === "string" ? `FAILED (${a.slice(0, 80)}…)` : `${a.rows.length} rows, ${a.dbHits} db hits, ${a.medianMs.toFixed(1)} ms`}; proposed: ${typeof b === "string" ? `FAILED (${b.slice(0, 80)}…)` : `${b.rows.length} rows, ${b.dbHits} db hits, ${b.medianMs.toFixed(1)} ms`}`;
      } else {
        const exact = JSON.stringify(a.rows) === JSON.stringify(b.rows);
        const same = exact || JSON.stringify(canonical(a.rows)) === JSON.stringify(canonical(b.rows));
        Object.assign(entry, { rows: [a.rows.length, b.rows.length], sameAnswer: exact ? "identical" : same ? "same rows (list order differs)" : "DIFFERENT", dbHits: [a.dbHits, b.dbHits], medianMs: [a.medianMs, b.medianMs] });
      }
      out.push(entry);
      process.stderr.write(`[compare] ${name} [${c.variant}]: ${entry.error ?? `${entry.sameAnswer}, db hits ${entry.dbHits!.join(" → ")}, median ms ${entry.medianMs!.map((n) => n.toFixed(1)).join(" → ")}`}\n`);
    }
  }
  return out;
}

export function formatComparison(out: Comparison[], title: string): string {
  return [
    `Proposed rewrites vs originals — ${title}`,
    "",
    "| query | parameters | answer | db hits original → proposed | median ms original → proposed |",
    "| --- | --- | --- | --- | --- |",
    ...out.map((e) =>
      e.error
        ? `| ${e.query} | ${e.variant} | ERROR: ${e.error.replace(/\n/g, " ")} | | |`
        : `| ${e.query} | ${e.variant} | ${e.sameAnswer} (${e.rows!.join(" / ")} rows) | ${e.dbHits!.map((n) => n.toLocaleString("en")).join(" → ")} | ${e.medianMs!.map((n) => n.toFixed(1)).join(" → ")} |`,
    ),
  ].join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const scale = (value("--scale") ?? "100k").toLowerCase();
  const seed = Number(value("--seed") ?? DEFAULT_SEED);
  setLogLevel("warn");
  const gen = spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "generate.ts"), "--scale", scale, "--seed", String(seed)], { cwd: PROJECT_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (gen.status !== 0) throw new Error("generator failed");
  const seedDir = (JSON.parse(gen.stdout) as { dir: string }).dir;
  const manifest = JSON.parse(fs.readFileSync(path.join(seedDir, "meta", "manifest.json"), "utf8")) as Manifest;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "eujapan-bench-neo4j-"));
  const settings = { boltPort: await freePort(), dataDir, heap: value("--heap") ?? "4g", pageCache: value("--pagecache") ?? "1g" };
  let server: EmbeddedNeo4j | undefined;
  let db: Database | undefined;
  const stop = async () => {
    await db?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void stop().finally(() => process.exit(130)));
  process.once("SIGTERM", () => void stop().finally(() => process.exit(143)));
  try {
    server = await startEmbedded(settings, embeddedPassword(settings, undefined));
    const config = loadConfig(process.env);
    db = new Database({ uri: server.uri, username: server.username, password: server.password, database: "neo4j" }, config);
    await db.verify();
    await applyMigrations(db);
    const t = Date.now();
    if (value("--loader") === "batched") await loadPatched(db, seedDir, 10_000, undefined, "batched");
    else await loadSeedDirectory(db, seedDir);
    process.stderr.write(`[compare] loaded ${manifest.totalNodes} nodes, ${manifest.totalRelationships} relationships in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
    const out = await compareAll(db.driver, manifest.sample);
    process.stdout.write(formatComparison(out, `${scale} (${manifest.totalNodes.toLocaleString("en")} nodes, ${manifest.totalRelationships.toLocaleString("en")} relationships)`) + "\n");
    fs.mkdirSync(path.join(__dirname, "results"), { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
    fs.writeFileSync(path.join(__dirname, "results", `${scale}-${stamp}.proposed.json`), JSON.stringify({ scale, seed, comparisons: out }, null, 2) + "\n");
  } finally {
    await stop();
  }
}

if (require.main === module) main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`[compare] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
