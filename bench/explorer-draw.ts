// Benchmark (not a test): how long the explorer takes, in headless Chromium, from navigation to a drawn
// and settled network of 500 institutions from the synthetic 100k seed (bench/generate.ts).
//
//   npm run bench:explorer                          # 100k seed, 500 institutions, 5 page loads
//   npm run bench:explorer -- --scale 10k --runs 3 --max 200 --depth 2
//
// It generates (or reuses) the seed, loads it with the project's loader into its own embedded Neo4j
// (free port, temporary folder), serves the API and the built explorer (NODE_ENV=production), picks
// the centre among the generator's sample institutions (the first whose network reaches --max
// institutions at --depth, else the biggest), and opens /institutions/<id>?depth=…&max=… in Debian's
// Chromium (playwright-core, the tests' launch arguments) --runs times, each in a fresh page. Per run
// it reads, in the page's own clock (ms since navigation start): the API's answer (the
// institutionNetwork request's responseEnd), the first picture (the graph component holds the nodes
// and sigma has painted a frame), and the settled picture (the graph component's bounded
// ForceAtlas2 layout has finished: data-layouts-done ≥ 1, then one more painted frame). Prints a table
// and the medians, and writes JSON to bench/results/. Stops everything at the end, on error and on Ctrl-C.
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { loadConfig, PROJECT_ROOT, type Config } from "../src/config/config";
import { createApp } from "../src/app";
import { setLogLevel } from "../src/logger";
import { Database } from "../src/neo4j/database";
import { embeddedPassword, freePort, startEmbedded, type EmbeddedNeo4j } from "../src/neo4j/embedded";
import { applyMigrations } from "../src/neo4j/migrations";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import type { HttpServer } from "../src/server/http";
import { requireChromium } from "../tests/support/chromium";
import { CHROMIUM_ARGS } from "../tests/support/browser";
import { generate, type Manifest } from "./generate";

const RESULTS_DIR = path.join(PROJECT_ROOT, "bench", "results");
const log = (message: string) => process.stderr.write(`[bench:explorer] ${message}\n`);

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Run {
  apiAnsweredMs: number;
  firstPictureMs: number;
  settledMs: number;
  nodes: number;
  edges: number;
}

async function main(): Promise<void> {
  const scale = option("scale", "100k");
  const runs = Number(option("runs", "5"));
  const maxNodes = Number(option("max", "500"));
  const depth = Number(option("depth", "3"));
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a whole number ≥ 1");
  if (!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > 500) throw new Error("--max must be 1 to 500 (the API's limit)");
  if (![1, 2, 3].includes(depth)) throw new Error("--depth must be 1, 2 or 3");
  const executablePath = requireChromium();
  const webIndex = path.join(PROJECT_ROOT, "web", "dist", "index.html");
  if (!fs.existsSync(webIndex)) throw new Error("web/dist is not built: run `npm run build:web` first");
  setLogLevel("warn");

  log(`seed ${scale} (bench/generate.ts; reused when already generated)`);
  const { dir: seedDir, manifest } = generate({ scale, quiet: true }) as { dir: string; manifest: Manifest };

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "eujapan-bench-explorer-"));
  const settings = { boltPort: await freePort(), dataDir, heap: option("heap", "2g"), pageCache: option("pagecache", "1g") };
  let neo4j: EmbeddedNeo4j | undefined;
  let db: Database | undefined;
  let server: HttpServer | undefined;
  let browser: Browser | undefined;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    await neo4j?.stop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping everything`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    let t0 = Date.now();
    neo4j = await startEmbedded(settings, embeddedPassword(settings, undefined));
    log(`embedded Neo4j on ${neo4j.uri} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const config: Config = { ...loadConfig({ ...process.env, NODE_ENV: "production" }), env: "production", host: "127.0.0.1", port: 0, corsOrigins: [] };
    db = new Database({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database: config.neo4j.database }, config);
    await db.verify();
    await applyMigrations(db);
    t0 = Date.now();
    log(`loading ${manifest.totalNodes.toLocaleString("en")} nodes and ${manifest.totalRelationships.toLocaleString("en")} relationships with the project's loader …`);
    await loadSeedDirectory(db, seedDir);
    log(`loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // The API as src/index.ts builds it (src/app.ts), on this benchmark's Database and seed.
    server = await createApp({ ...config, seedDir }, { db, seed: false, integrityCheck: false }).start();
    if (!server) throw new Error("the API did not start");

    // The centre: the first sample institution whose network reaches maxNodes, else the biggest.
    let centre = { id: "", nodes: 0, edges: 0 };
    for (const id of manifest.sample.institutions.slice(0, 8)) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `query ($id: ID!, $depth: Int!, $max: Int!) { institutionNetwork(institutionId: $id, depth: $depth, maxNodes: $max) { nodes(first: 1) { totalCount } edges(first: 1) { totalCount } } }`,
          variables: { id, depth, max: maxNodes },
        }),
      });
      const body = (await response.json()) as { data?: { institutionNetwork: { nodes: { totalCount: number }; edges: { totalCount: number } } | null }; errors?: unknown[] };
      const network = body.data?.institutionNetwork;
      if (!network) throw new Error(`institutionNetwork(${id}) failed: ${JSON.stringify(body.errors)}`);
      if (network.nodes.totalCount > centre.nodes) centre = { id, nodes: network.nodes.totalCount, edges: network.edges.totalCount };
      if (centre.nodes >= maxNodes) break;
    }
    log(`centre ${centre.id}: ${centre.nodes} institutions, ${centre.edges} links at depth ${depth}`);

    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    const address = `${server.url}/institutions/${centre.id}?depth=${depth}&max=${maxNodes}`;
    const results: Run[] = [];
    for (let run = 0; run <= runs; run++) {
      // Run 0 warms the server (query plans, JIT) and Chromium's caches; it is not counted.
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await page.route("**/*", (route) => (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(route.request().url()) ? route.continue() : route.abort()));
      await page.goto(address, { waitUntil: "commit" });
      const graph = '[data-testid="institution-network"] .graph';
      // waitForFunction polls on animation frames: the value is the first painted frame that sees it.
      const firstPicture = await page.waitForFunction(
        (selector) => {
          const element = document.querySelector<HTMLElement>(selector);
          return element && Number(element.dataset.nodeCount) > 0 ? performance.now() : null;
        },
        graph,
        { polling: "raf", timeout: 300_000 },
      );
      const settled = await page.waitForFunction(
        (selector) => {
          const element = document.querySelector<HTMLElement>(selector);
          return element && Number(element.dataset.layoutsDone) >= 1 ? performance.now() : null;
        },
        graph,
        { polling: "raf", timeout: 300_000 },
      );
      const counts = await page.$eval(graph, (element) => ({ nodes: Number((element as HTMLElement).dataset.nodeCount), edges: Number((element as HTMLElement).dataset.edgeCount) }));
      const apiAnsweredMs = await page.evaluate(() => {
        const entries = performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/graphql")) as PerformanceResourceTiming[];
        return Math.max(...entries.map((e) => e.responseEnd));
      });
      const result = { apiAnsweredMs, firstPictureMs: (await firstPicture.jsonValue()) as number, settledMs: (await settled.jsonValue()) as number, ...counts };
      if (run > 0) results.push(result);
      log(
        `${run === 0 ? "warm-up" : `run ${run}`}: API answered ${result.apiAnsweredMs.toFixed(0)} ms, first picture ${result.firstPictureMs.toFixed(0)} ms, settled ${result.settledMs.toFixed(0)} ms (${result.nodes} institutions, ${result.edges} links)`,
      );
      await context.close();
    }

    const summary = {
      apiAnsweredMs: median(results.map((r) => r.apiAnsweredMs)),
      firstPictureMs: median(results.map((r) => r.firstPictureMs)),
      settledMs: median(results.map((r) => r.settledMs)),
    };
    const table = [
      "| run | API answered ms | first picture ms | settled ms | institutions | links |",
      "| --- | --: | --: | --: | --: | --: |",
      ...results.map((r, i) => `| ${i + 1} | ${r.apiAnsweredMs.toFixed(0)} | ${r.firstPictureMs.toFixed(0)} | ${r.settledMs.toFixed(0)} | ${r.nodes} | ${r.edges} |`),
      `| median | ${summary.apiAnsweredMs.toFixed(0)} | ${summary.firstPictureMs.toFixed(0)} | ${summary.settledMs.toFixed(0)} | | |`,
    ].join("\n");
    process.stdout.write(
      `\nExplorer: institutional network of ${centre.id}, depth ${depth}, max ${maxNodes}, ${scale} seed ` +
        `(${manifest.totalNodes.toLocaleString("en")} nodes, ${manifest.totalRelationships.toLocaleString("en")} relationships), headless Chromium, ms since navigation start\n\n${table}\n\n` +
        `Time to a drawn network of ${results[0]?.nodes ?? 0} institutions: ${(summary.firstPictureMs / 1000).toFixed(2)} s to the first picture, ` +
        `${(summary.settledMs / 1000).toFixed(2)} s to the settled layout (median of ${results.length}; the layout runs ${1.5} s by design).\n`,
    );
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `explorer-draw-${scale}-${new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19)}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify({ scale, depth, maxNodes, centre, runs: results, median: summary, machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memGiB: os.totalmem() / 2 ** 30, node: process.version, load: os.loadavg() } }, null, 2) + "\n",
    );
    log(`wrote ${path.relative(PROJECT_ROOT, file)}`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench:explorer] failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
