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
import autocannon from "autocannon";
import { startServerProcess } from "./server-process";
import { STEADY_QUERIES } from "./steady-queries";

const REQUESTS = Number(process.env.LOAD_REQUESTS ?? 10_000);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 32);
const BODIES = STEADY_QUERIES.map((query) => JSON.stringify({ query }));

async function main(): Promise<void> {
  const started = process.env.LOAD_URL ? undefined : await startServerProcess(process.env.PORT ?? "4104", process.env.LOAD_NODE_ENV ?? "production");
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
    await started?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
