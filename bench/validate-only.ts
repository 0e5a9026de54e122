// Seed validation alone (no Neo4j): the time and CPU of the per-file checks (checkFile: JSON, shape,
// the class-validator rules of every record) and of the whole plan (planSeedAsync), for PROFILE.md.
// Also the record checks alone (checkEntity / checkRelationship over records parsed beforehand: the
// class-transformer + class-validator rules and the rules of rules.ts, no I/O, no checks across records).
// The machine may be shared: CPU (user + sys, process.cpuUsage, all threads) is reported beside wall time.
//
// Usage: npx tsx bench/validate-only.ts --dir DIR [--mode serial|workers] [--runs 3] [--dump FILE]
//   --mode   serial (default): every check on this thread; workers: planSeedAsync({ parallel: true })
//   --runs   repetitions in this process (the first includes warm-up; each run is printed, then the medians)
//   --dump   write JSON.stringify of the plan, or of the problems when the seed is rejected, to FILE
//            (to compare two versions of the validation byte for byte)
// Profile: node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx bench/validate-only.ts --dir DIR
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { checkEntity, checkRelationship } from "../src/domain/rules";
import { fallbacks } from "../src/domain/validation-fast-path";
import { planSeedAsync, SeedValidationError, type SeedPlan } from "../src/seed/validate";

interface Run {
  recordsWallMs: number;
  recordsCpuMs: number;
  checkWallMs: number;
  checkCpuMs: number;
  totalWallMs: number;
  totalCpuMs: number;
  outcome: string;
}

function arg(name: string, fallback?: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

interface Records {
  entities: unknown[];
  relationships: unknown[];
}

/** Entities and relationships of the seed's files (read before timing). */
function readRecords(dir: string): Records {
  const records: Records = { entities: [], relationships: [] };
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    let json: { entities?: unknown[]; relationships?: unknown[] };
    try {
      json = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as typeof json;
    } catch {
      continue; // reported by the validation
    }
    if (Array.isArray(json?.entities)) records.entities.push(...json.entities);
    if (Array.isArray(json?.relationships)) records.relationships.push(...json.relationships);
  }
  return records;
}

/** checkEntity / checkRelationship on every record that is an object: wall and CPU ms. */
function checkRecords(records: Records): { wallMs: number; cpuMs: number } {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const raw of records.entities) if (typeof raw === "object" && raw !== null) checkEntity(raw);
  for (const raw of records.relationships) if (typeof raw === "object" && raw !== null) checkRelationship(raw);
  return { wallMs: performance.now() - wall0, cpuMs: cpuMs(cpu0) };
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function once(dir: string, parallel: boolean, dump: string | undefined): Promise<Run> {
  // read outside the timing, and released before the plan is timed
  const recordChecks = checkRecords(readRecords(dir));
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  let checkWallMs = 0;
  let checkCpuMs = 0;
  let result: { plan?: SeedPlan; problems?: unknown[] };
  try {
    const plan = await planSeedAsync(dir, {
      parallel,
      onFileChecked: (done, total) => {
        if (done < total) return;
        checkWallMs = performance.now() - wall0;
        checkCpuMs = cpuMs(cpu0);
      },
    });
    result = { plan };
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    result = { problems: error.problems };
  }
  const run = { recordsWallMs: recordChecks.wallMs, recordsCpuMs: recordChecks.cpuMs, checkWallMs, checkCpuMs, totalWallMs: performance.now() - wall0, totalCpuMs: cpuMs(cpu0), outcome: "" };
  run.outcome = result.plan
    ? `plan: ${result.plan.nodes.length} nodes, ${result.plan.relationships.length} relationships`
    : `rejected: ${result.problems!.length} problems`;
  if (dump) fs.writeFileSync(dump, JSON.stringify(result.plan ?? result.problems)); // (a 1M plan is too long for one string)
  return run;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const dir = arg("dir");
  if (!dir) throw new Error("--dir DIR is required (a seed folder, e.g. one written by bench/generate.ts)");
  const mode = arg("mode", "serial");
  if (mode !== "serial" && mode !== "workers") throw new Error(`--mode must be serial or workers, got ${mode}`);
  const runs = Number(arg("runs", "1"));
  const parsed = readRecords(dir);
  const records = parsed.entities.length + parsed.relationships.length;
  parsed.entities = parsed.relationships = [];
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await once(dir, mode === "workers", i === 0 ? arg("dump") : undefined);
    results.push(run);
    const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const us = (ms: number) => `${((ms * 1000) / records).toFixed(1)} µs`;
    console.log(
      `run ${i + 1}: record checks ${f(run.recordsWallMs)} wall, ${f(run.recordsCpuMs)} CPU (${us(run.recordsCpuMs)} CPU/record); ` +
        `${run.outcome}; per-file checks ${f(run.checkWallMs)} wall, ${f(run.checkCpuMs)} CPU ` +
        `(${us(run.checkCpuMs)} CPU/record); whole plan ${f(run.totalWallMs)} wall, ${f(run.totalCpuMs)} CPU`,
    );
  }
  const m = (key: keyof Omit<Run, "outcome">) => median(results.map((r) => r[key]));
  console.log(
    JSON.stringify({
      dir,
      mode,
      records,
      runs,
      medians: { recordsWallMs: m("recordsWallMs"), recordsCpuMs: m("recordsCpuMs"), checkWallMs: m("checkWallMs"), checkCpuMs: m("checkCpuMs"), totalWallMs: m("totalWallMs"), totalCpuMs: m("totalCpuMs") },
      recordsCpuUsPerRecord: (m("recordsCpuMs") * 1000) / records,
      checkCpuUsPerRecord: (m("checkCpuMs") * 1000) / records,
      // objects the fast path handed to class-transformer / class-validator (this thread only)
      libraryFallbacks: fallbacks,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
