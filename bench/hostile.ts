// Hostile load (issue 14): 32 concurrent copies of the most expensive query the limits still accept,
// against the real server as deployed (NODE_ENV=production, src/index.ts in a child process), while
// /health is polled and the server's memory sampled. Prints the figures and whether /health answered
// within 1 s throughout and Node's memory stayed under the stated bound.
//
//   npx tsx bench/hostile.ts                      # starts the server (embedded Neo4j, seed/) itself
//   HOSTILE_URL=http://127.0.0.1:4103 HOSTILE_PID=1234 npx tsx bench/hostile.ts   # a running server
//
// Settings: HOSTILE_CLIENTS (32), HOSTILE_REQUESTS per client (15), HOSTILE_SECONDS (most, 60),
// HOSTILE_RSS_BOUND_MB (600), PORT for the started server (4103).
import fs from "node:fs";
import { startServerProcess } from "./server-process";

const CLIENTS = Number(process.env.HOSTILE_CLIENTS ?? 32);
const PER_CLIENT = Number(process.env.HOSTILE_REQUESTS ?? 15);
const SECONDS = Number(process.env.HOSTILE_SECONDS ?? 60);
const RSS_BOUND_MB = Number(process.env.HOSTILE_RSS_BOUND_MB ?? 600);
const HEALTH_BOUND_MS = 1_000;

/** Expensive legal queries: the bench measures each once and floods with the slowest one accepted. */
const CANDIDATES: Record<string, string> = {
  "priorityReach, nodes with relations": `{ priorityReach(areaId: "area:ict", first: 100) { totalCount edges { node { length tier stated nodes { id name relations(first: 6) { totalCount edges { node { type other { id name } } } } } hops { type fromId toId stated evidence { quote } } } } } }`,
  "timeline 100 with relations": `{ timeline(first: 100) { totalCount edges { node { id name places { id name } relations(first: 12) { edges { node { type other { id name } } } } } } } }`,
  "institution network depth 3, 500 nodes": `{ institutionNetwork(institutionId: "institution:european-commission", depth: 3, maxNodes: 500) { truncated nodes(first: 500) { totalCount edges { node { depth institution { id name } } } } edges(first: 1000) { totalCount edges { node { sourceId targetId weight via } } } } }`,
  "howConnected 6 hops": `{ howConnected(fromId: "person:robert-jan-smits", toId: "institution:jst", maxHops: 6, limit: 20) { length nodes { id name } hops { type evidence { quote } } } }`,
  "search 100 with relations": `{ search(text: "research", first: 100) { totalCount edges { node { score entity { id name relations(first: 15) { edges { node { type other { id name } } } } } } } } }`,
};

interface Answer {
  status: number;
  ms: number;
  bytes: number;
  code?: string;
}

async function post(url: string, query: string): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    const text = await response.text();
    const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
    return { status: response.status, ms: performance.now() - started, bytes: text.length, code: body.errors?.[0]?.extensions?.code };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, bytes: 0, code: (error as Error).message };
  }
}

function rssMb(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function main(): Promise<void> {
  const started = process.env.HOSTILE_URL ? undefined : await startServerProcess(process.env.PORT ?? "4103");
  const url = process.env.HOSTILE_URL ?? started!.url;
  const pid = Number(process.env.HOSTILE_PID ?? started?.pid ?? 0);
  try {
    console.log(`hostile load against ${url} (server pid ${pid || "unknown"})`);
    console.log("\ncandidates (one request each, after a warm-up):");
    let worst: { name: string; query: string; ms: number } | undefined;
    for (const [name, query] of Object.entries(CANDIDATES)) {
      await post(url, query);
      const answer = await post(url, query);
      const accepted = answer.status === 200 && answer.code === undefined;
      console.log(`  ${accepted ? "accepted" : `refused (${answer.status} ${answer.code})`.padEnd(8)}  ${answer.ms.toFixed(0).padStart(6)} ms  ${(answer.bytes / 1024).toFixed(0).padStart(6)} KiB  ${name}`);
      if (accepted && (!worst || answer.ms > worst.ms)) worst = { name, query, ms: answer.ms };
    }
    if (!worst) throw new Error("no candidate query was accepted");
    console.log(`\nflooding with "${worst.name}": ${CLIENTS} clients × ${PER_CLIENT} requests (at most ${SECONDS} s)`);

    const health: Array<{ ms: number; status: number }> = [];
    const rss: number[] = [];
    let running = true;
    const baseline = pid ? rssMb(pid) : undefined;
    const poller = (async () => {
      while (running) {
        const t0 = performance.now();
        const status = await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status).catch(() => 0);
        health.push({ ms: performance.now() - t0, status });
        const m = pid ? rssMb(pid) : undefined;
        if (m !== undefined) rss.push(m);
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    const answers: Answer[] = [];
    const until = Date.now() + SECONDS * 1_000;
    const floodStarted = Date.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let i = 0; i < PER_CLIENT && Date.now() < until; i++) {
          const answer = await post(url, worst.query);
          answers.push(answer);
          if (answer.status === 503) await new Promise((r) => setTimeout(r, 1_000)); // honour Retry-After: 1
        }
      }),
    );
    const floodSeconds = (Date.now() - floodStarted) / 1_000;
    running = false;
    await poller;

    const ok = answers.filter((a) => a.status === 200 && a.code === undefined);
    const refused = answers.filter((a) => a.status === 503);
    const other = answers.filter((a) => !ok.includes(a) && !refused.includes(a));
    const healthMs = health.map((h) => h.ms);
    const healthNot200 = health.filter((h) => h.status !== 200).length;
    const maxRss = Math.max(...rss);
    console.log(`\nGraphQL: ${answers.length} answers in ${floodSeconds.toFixed(1)} s — ${ok.length} ok, ${refused.length} refused 503 (Retry-After), ${other.length} other${other.length ? ` (${[...new Set(other.map((a) => `${a.status} ${a.code}`))].join(", ")})` : ""}`);
    console.log(`  ok latency ms: p50 ${percentile(ok.map((a) => a.ms), 50).toFixed(0)}, p95 ${percentile(ok.map((a) => a.ms), 95).toFixed(0)}, max ${Math.max(...ok.map((a) => a.ms)).toFixed(0)}; ${(ok.reduce((s, a) => s + a.bytes, 0) / 1024 / 1024).toFixed(1)} MiB answered`);
    console.log(`/health: ${health.length} polls — p50 ${percentile(healthMs, 50).toFixed(0)} ms, p99 ${percentile(healthMs, 99).toFixed(0)} ms, max ${Math.max(...healthMs).toFixed(0)} ms; not 200: ${healthNot200}`);
    if (rss.length) console.log(`Node RSS: ${baseline?.toFixed(0)} MB before, max ${maxRss.toFixed(0)} MB during (bound ${RSS_BOUND_MB} MB)`);
    const healthOk = Math.max(...healthMs) < HEALTH_BOUND_MS && healthNot200 === 0;
    const memoryOk = rss.length === 0 || maxRss < RSS_BOUND_MB;
    console.log(`\n/health within ${HEALTH_BOUND_MS} ms throughout: ${healthOk ? "yes" : "NO"}; memory under ${RSS_BOUND_MB} MB: ${rss.length ? (memoryOk ? "yes" : "NO") : "not measured (no pid)"}`);
    process.exitCode = healthOk && memoryOk ? 0 : 1;
  } finally {
    await started?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
