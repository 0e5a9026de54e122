// Export benchmark: time and peak memory of exporting a whole synthetic graph in every format.
//
//   npx tsx bench/export.ts --seed-dir DIR --bolt-port 7704 --data-dir DIR [--heap 4g --pagecache 2g]
//       [--formats gexf,graphml,jsonld,csv] [--out DIR] [--keep]
//
// Starts its own embedded Neo4j on the given port and data folder, loads the seed folder when the
// graph is empty (the project's loader; skipped when the data folder already holds it), then runs
// each export in a fresh child Node process (so its peak RSS, VmHWM from /proc, belongs to that export
// alone), writing to files, and prints one line per format: nodes, relationships, seconds, MiB written,
// records/s, the child's peak RSS and V8 heap. Stops Neo4j at the end (the data folder stays unless
// it was created here without --keep).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config/config";
import { Database } from "../src/neo4j/database";
import { embeddedPassword, startEmbedded } from "../src/neo4j/embedded";
import { applyMigrations } from "../src/neo4j/migrations";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";

const args = process.argv.slice(2);
const value = (name: string, fallback?: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};

async function child(): Promise<void> {
  // Runs one export and reports its own figures as JSON on stdout.
  const { parseScope, prepareExport, streamSink, writeExport } = await import("../src/export");
  const format = value("--child")! as "gexf" | "graphml" | "jsonld" | "csv";
  const out = value("--out")!;
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, uri: config.neo4j.uri!, password: config.neo4j.password! }, config);
  let heapPeak = 0;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 100);
  const streams: fs.WriteStream[] = [];
  const open = (file: string) => {
    const s = fs.createWriteStream(file);
    streams.push(s);
    return streamSink(s);
  };
  const selection = await prepareExport(db, parseScope({}));
  const output = format === "csv" ? { nodes: open(path.join(out, "nodes.csv")), sources: open(path.join(out, "sources.csv")), relationships: open(path.join(out, "relationships.csv")) } : { sink: open(path.join(out, `graph.${format}`)) };
  const summary = await writeExport(db, format, selection, output);
  await Promise.all(streams.map((s) => new Promise((resolve) => s.end(resolve))));
  clearInterval(sampler);
  await db.close();
  const status = fs.readFileSync("/proc/self/status", "utf8");
  const hwmKiB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const bytes = streams.reduce((sum, s) => sum + s.bytesWritten, 0);
  console.log(JSON.stringify({ ...summary, bytes, peakRssMiB: Math.round(hwmKiB / 1024), peakHeapMiB: Math.round(heapPeak / 1048576) }));
}

async function main(): Promise<void> {
  const seedDir = value("--seed-dir");
  const boltPort = Number(value("--bolt-port", "7704"));
  const dataDir = value("--data-dir") ?? fs.mkdtempSync(path.join(os.tmpdir(), "sti-export-bench-"));
  const outDir = value("--out") ?? fs.mkdtempSync(path.join(os.tmpdir(), "sti-export-out-"));
  const formats = (value("--formats", "gexf,graphml,jsonld,csv") ?? "").split(",");
  const settings = { boltPort, dataDir, heap: value("--heap", "4g")!, pageCache: value("--pagecache", "2g")! };
  const neo4j = await startEmbedded(settings, embeddedPassword(settings, undefined));
  const config = loadConfig({ ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, NEO4J_TX_TIMEOUT_MS: "120000", LOG_LEVEL: "warn" });
  const db = new Database({ ...config.neo4j, uri: neo4j.uri, password: neo4j.password }, config);
  try {
    await applyMigrations(db);
    let [stats] = (await db.read("queries/stats/graph-stats")) as Array<{ nodeCount: number; relationshipCount: number }>;
    if (stats!.relationshipCount === 0) {
      if (!seedDir) throw new Error("the graph is empty: give --seed-dir to load one");
      const started = Date.now();
      await loadSeedDirectory(db, seedDir, { timeoutMs: 0 });
      console.log(`loaded ${seedDir} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      [stats] = (await db.read("queries/stats/graph-stats")) as typeof stats[];
    }
    console.log(`graph: ${stats!.nodeCount} nodes, ${stats!.relationshipCount} relationships; machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}`);
    console.log("format   nodes     relationships  seconds  MiB written  records/s  peak RSS MiB  peak heap MiB");
    for (const format of formats) {
      const dir = path.join(outDir, format);
      fs.mkdirSync(dir, { recursive: true });
      const result = await new Promise<string>((resolve, reject) => {
        const proc = spawn(process.execPath, [...process.execArgv, __filename, "--child", format, "--out", dir], {
          env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, NEO4J_TX_TIMEOUT_MS: "120000", LOG_LEVEL: "warn" },
          stdio: ["ignore", "pipe", "inherit"],
        });
        let out = "";
        proc.stdout.on("data", (d) => (out += d));
        proc.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${format} export exited with ${code}`))));
      });
      const r = JSON.parse(result.trim().split("\n").pop()!) as { nodes: number; relationships: number; ms: number; bytes: number; peakRssMiB: number; peakHeapMiB: number };
      const seconds = r.ms / 1000;
      console.log(
        `${format.padEnd(8)} ${String(r.nodes).padEnd(9)} ${String(r.relationships).padEnd(14)} ${seconds.toFixed(1).padStart(7)}  ${(r.bytes / 1048576).toFixed(0).padStart(11)}  ${Math.round((r.nodes + r.relationships) / seconds).toString().padStart(9)}  ${String(r.peakRssMiB).padStart(12)}  ${String(r.peakHeapMiB).padStart(13)}`,
      );
    }
  } finally {
    await db.close();
    await neo4j.stop();
    if (!value("--data-dir") && !args.includes("--keep")) fs.rmSync(dataDir, { recursive: true, force: true });
    if (!value("--out")) fs.rmSync(outDir, { recursive: true, force: true });
  }
}

(value("--child") ? child() : main()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exit(1);
});
