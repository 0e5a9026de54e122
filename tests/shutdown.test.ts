// SIGTERM under load, run as deployed (NODE_ENV=production, where Apollo would otherwise install its
// own SIGTERM handler): the real entry point (src/index.ts) announces the stop (/health 503), stops
// accepting connections, answers every request it had accepted, closes the driver and exits 0.
// Proof: the number of requests the server says it accepted equals the number of answers the clients
// received, all of them successful. A connection still in the kernel's accept queue when the listener
// closes is reset by the kernel: it never reached the service (client-side "reset", not "dropped").
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { freePort } from "../src/neo4j/embedded";

const ROOT = path.resolve(__dirname, "..");

type Outcome = { kind: "answered"; status: number; ok: boolean; text: string } | { kind: "refused" } | { kind: "reset"; error: string };

/** One POST on a fresh connection (no keep-alive), so "accepted" and "refused" are unambiguous. */
function post(port: number, body: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.request(
      { host: "127.0.0.1", port, path: "/graphql", method: "POST", agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ kind: "answered", status: response.statusCode ?? 0, ok: !text.includes('"errors"'), text: text.slice(0, 300) }));
        response.on("error", (error) => resolve({ kind: "reset", error: error.message }));
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED" ? { kind: "refused" } : { kind: "reset", error: `${error.code} ${error.message}` }));
    request.end(body);
  });
}

describe("graceful shutdown", () => {
  it("drains in-flight requests on SIGTERM and loses none", async () => {
    const neo4j = inject("neo4j");
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production", NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, PORT: String(port), SEED_ON_START: "false", LOG_LEVEL: "info", QUEUE_TIMEOUT_MS: "60000", MAX_CONCURRENT_REQUESTS: "16" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stderr.on("data", (chunk) => (log += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    for (let i = 0; i < 360 && !log.includes("GraphQL API ready"); i++) await new Promise((r) => setTimeout(r, 250));
    expect(log).toContain("GraphQL API ready");

    const body = JSON.stringify({ query: `{ timeline(first: 20) { totalCount edges { node { id places { id } participants { role } } } } }` });
    const outcomes: Outcome[] = [];
    let sendMore = true;
    const client = async () => {
      while (sendMore) outcomes.push(await post(port, body));
    };
    const clients = Array.from({ length: 16 }, client);
    for (let i = 0; i < 600 && outcomes.length < 50; i++) await new Promise((r) => setTimeout(r, 100));
    const answeredBefore = outcomes.length;
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    sendMore = false;
    await Promise.all(clients);

    expect(await exited).toBe(0);
    expect(log).toContain("stopped cleanly");
    expect(answeredBefore).toBeGreaterThanOrEqual(50);
    const answered = outcomes.filter((o): o is Extract<Outcome, { kind: "answered" }> => o.kind === "answered");
    expect(answered.filter((o) => !(o.status === 200 && o.ok)).map((o) => `${o.status} ${o.text}`)).toEqual([]);
    const drained = /HTTP server drained accepted=(\d+) answered=(\d+) cut=(\d+)/.exec(log);
    expect(drained, log.slice(-1500)).not.toBeNull();
    const [, serverAccepted, serverAnswered, cut] = drained!.map(Number);
    expect(cut).toBe(0);
    expect(serverAnswered).toBe(serverAccepted);
    expect(answered.length).toBe(serverAccepted); // every accepted request reached its client
    const notAccepted = outcomes.filter((o) => o.kind !== "answered").length;
    expect(notAccepted).toBeGreaterThan(0); // the server did stop while clients were still sending
  }, 180_000);
});
