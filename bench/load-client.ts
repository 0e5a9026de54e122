// The load generator, run in its own process (so it does not share an event loop with the servers it
// measures): autocannon against one URL, POSTing the given JSON bodies in a fixed rotation (the same
// sample order for every target). Every response time is kept and the percentiles are computed exactly
// from all of them (autocannon's own histogram rounds to whole milliseconds). A response with a GraphQL
// "errors" member counts as an error, like a non-2xx status.
//
// Usage (internal, from bench/run.ts): node --import tsx bench/load-client.ts <spec.json>
// Prints one JSON line with the figures on stdout.
import fs from "node:fs";
import autocannon from "autocannon";

export interface ClientSpec {
  url: string;
  connections: number;
  durationSec: number;
  timeoutSec: number;
  bodies: string[];
}

export interface ClientResult {
  /** Successful answers (the latency figures and req/s count only these). */
  requests: number;
  /** Answers that were errors (non-2xx or GraphQL errors), and their median time. */
  failed: number;
  failedP50: number;
  durationSec: number;
  reqPerSec: number;
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  firstError: string | null;
  bytesPerResponse: number;
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

async function main(): Promise<void> {
  const spec = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")) as ClientSpec;
  let next = 0;
  let graphqlErrors = 0;
  let firstError: string | null = null;
  /** Response times of successful answers (2xx without GraphQL errors); failed ones apart. */
  const latencies: number[] = [];
  const failed: number[] = [];
  let lastFailed = false;
  const started = process.hrtime.bigint();
  let instance: autocannon.Instance;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.durationSec,
        timeout: spec.timeoutSec,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            setupRequest: (request) => ({ ...request, body: spec.bodies[next++ % spec.bodies.length] }),
            // Called synchronously just before the "response" event of the same answer.
            onResponse: (status, body) => {
              lastFailed = status < 200 || status >= 300 || body.includes('"errors":[');
              if (status >= 200 && status < 300 && lastFailed) {
                graphqlErrors++;
                firstError ??= body.slice(0, 400);
              } else if (lastFailed) firstError ??= `HTTP ${status}: ${body.slice(0, 400)}`;
            },
          },
        ],
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      if (lastFailed) failed.push(responseTime);
      else latencies.push(responseTime);
    });
  });
  const elapsedSec = Number(process.hrtime.bigint() - started) / 1e9;
  const sorted = Float64Array.from(latencies).sort();
  const mean = latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length);
  const out: ClientResult = {
    requests: latencies.length,
    failed: failed.length,
    failedP50: percentile(Float64Array.from(failed).sort(), 50),
    durationSec: Math.min(elapsedSec, result.duration || elapsedSec),
    reqPerSec: latencies.length / (result.duration || elapsedSec),
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    mean,
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    firstError,
    bytesPerResponse: latencies.length ? result.throughput.total / latencies.length : 0,
  };
  // NaN (no successful answer) becomes null in JSON; bench/run.ts prints it as "—".
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`load-client failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
