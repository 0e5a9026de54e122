// Steady load: 10,000 requests at concurrency 32 (loopback only) of five everyday read queries on
// the curated seed, against the real server (src/index.ts in a child process, or a running one).
// Prints requests/s, latency percentiles and the count of failed requests and GraphQL errors; exits
// non-zero when a request failed. tests/robustness.e2e.test.ts asserts the behaviour (no request
// lost, no error at concurrency 32) with fewer requests; this script gives the figures.
//
//   npx tsx bench/steady-load.ts                      # starts the server (embedded Neo4j, seed/) itself
//   LOAD_URL=http://127.0.0.1:4104 npx tsx bench/steady-load.ts   # a running server
//
// Settings: LOAD_REQUESTS (10000), LOAD_CONNECTIONS (32), NODE_ENV of the started server
// (LOAD_NODE_ENV, production), PORT for the started server (4104).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";

const ROOT = path.resolve(__dirname, "..");
const REQUESTS = Number(process.env.LOAD_REQUESTS ?? 10_000);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 32);

/** The same bodies as tests/robustness.e2e.test.ts. */
const BODIES = [
  `{ whoMet(personId: "person:robert-jan-smits", from: "2014") { totalCount edges { node { person { name } } } } }`,
  `{ search(text: "Japan", first: 5) { edges { node { entity { id } } } } }`,
  `{ projectPriorities(projectId: "project:jeupiste") { tier priority { name } } }`,
  `{ institutionNetwork(institutionId: "institution:csti", depth: 2) { edges { weight } } }`,
  `{ timeline(from: "2014-10", first: 5) { totalCount } }`,
].map((query) => JSON.stringify({ query }));

async function startServer(): Promise<{ url: string; pid: number; child: ChildProcess }> {
  const port = process.env.PORT ?? "4104";
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: process.env.LOAD_NODE_ENV ?? "production", PORT: port, LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "pipe"],
    detached: true,
  });
  let log = "";
  child.stderr!.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 1_200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log.slice(-2000)}`);
    const up = await fetch(`${url}/health`).then((r) => r.ok).catch(() => false);
    if (up) return { url, pid: child.pid!, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start within 5 minutes");
}

async function main(): Promise<void> {
  const started = process.env.LOAD_URL ? undefined : await startServer();
  const url = process.env.LOAD_URL ?? started!.url;
  try {
    console.log(`steady load against ${url}: ${REQUESTS} requests at concurrency ${CONNECTIONS}`);
    let graphQLErrors = 0;
    let checked = 0;
    const result = await autocannon({
      url: `${url}/graphql`,
      connections: CONNECTIONS,
      amount: REQUESTS,
      timeout: 30,
      requests: BODIES.map((body) => ({
        method: "POST" as const,
        headers: { "content-type": "application/json" },
        body,
        onResponse: (_status: number, responseBody: string) => {
          checked++;
          if (responseBody.includes('"errors"')) graphQLErrors++;
        },
      })),
    });
    console.log(`requests: ${result.requests.sent} sent, ${checked} answered in ${(result.duration).toFixed(1)} s — ${result.requests.average} req/s`);
    console.log(`latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`);
    console.log(`failures: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${graphQLErrors} with GraphQL errors`);
    process.exitCode = result.errors + result.timeouts + result.non2xx + graphQLErrors === 0 && checked >= REQUESTS ? 0 : 1;
  } finally {
    if (started) {
      try {
        process.kill(-started.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((resolve) => started.child.once("exit", resolve));
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
