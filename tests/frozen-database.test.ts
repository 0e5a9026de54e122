// Issue 14, failure 3: a frozen Neo4j (SIGSTOP, as a hung server or a silent network partition looks)
// must not hang the service. Every Neo4j call has a deadline: reads fail with SERVICE_UNAVAILABLE
// within it, /health answers 503 within its own, and after SIGCONT the service recovers by itself.
// Uses its own embedded Neo4j (freezing the shared one would stall the other tests); the server runs
// as deployed (NODE_ENV=production).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/config";
import { buildGraphQLSchema } from "../src/graphql/schema";
import { CurationService } from "../src/curation/curation.service";
import { Database, hungAfterMs } from "../src/neo4j/database";
import { freePort, startEmbedded, type EmbeddedNeo4j } from "../src/neo4j/embedded";
import { applyMigrations } from "../src/neo4j/migrations";
import { createRepositories } from "../src/repositories";
import { startHttpServer, type HttpServer } from "../src/server/http";
import { graphql } from "./support/helpers";

const TX_TIMEOUT_MS = 4_000;
const HEALTH_TIMEOUT_MS = 1_000;

describe("frozen database", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sti-frozen-db-"));
  let neo4j: EmbeddedNeo4j;
  let db: Database;
  let server: HttpServer;
  let frozen = false;

  beforeAll(async () => {
    neo4j = await startEmbedded({ boltPort: await freePort(), dataDir, heap: "512m", pageCache: "64m" }, "frozen-db-password");
    const config = loadConfig({
      NODE_ENV: "production",
      PORT: "0",
      LOG_LEVEL: "warn",
      NEO4J_URI: neo4j.uri,
      NEO4J_PASSWORD: "frozen-db-password",
      NEO4J_TX_TIMEOUT_MS: String(TX_TIMEOUT_MS),
      NEO4J_HEALTH_TIMEOUT_MS: String(HEALTH_TIMEOUT_MS),
      NEO4J_CONNECT_TIMEOUT_MS: "2000",
      NEO4J_MAX_RETRY_MS: "1000",
    });
    // Migrations with the default timeouts (creating constraints on a busy machine can take a while).
    const setup = new Database({ uri: neo4j.uri, username: "neo4j", password: "frozen-db-password", database: "neo4j" }, loadConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: "frozen-db-password", NEO4J_CONNECT_TIMEOUT_MS: "60000", NEO4J_TX_TIMEOUT_MS: "120000" }));
    await applyMigrations(setup);
    await setup.close();
    db = new Database({ uri: neo4j.uri, username: "neo4j", password: "frozen-db-password", database: "neo4j" }, config);
    server = await startHttpServer({ config, db, repos: createRepositories(db), curation: new CurationService(db, new Map()), schema: await buildGraphQLSchema() });
  }, 240_000);

  afterAll(async () => {
    if (frozen) process.kill(neo4j.pid, "SIGCONT");
    await server?.stop();
    await db?.close();
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("fails within the deadline while Neo4j is frozen, answers /health 503, and recovers by itself after SIGCONT", async () => {
    // A fresh Neo4j on a busy machine can be slow at first: wait until it answers within the deadline.
    let ready = false;
    for (let i = 0; i < 20 && !ready; i++) ready = (await graphql(server.url, "{ graphStats { nodeCount } }")).errors === undefined;
    expect(ready).toBe(true);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    process.kill(neo4j.pid, "SIGSTOP");
    frozen = true;
    try {
      // Reads: the transaction timeout plus its grace (hungAfterMs), whatever the frozen server does.
      const started = Date.now();
      const [first, second] = await Promise.all([
        graphql(server.url, "{ graphStats { nodeCount } }"),
        graphql(server.url, `{ timeline(first: 5) { totalCount } }`),
      ]);
      const readMs = Date.now() - started;
      for (const answer of [first, second]) {
        expect(answer.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
        expect(answer.errors?.[0]?.message).toBe("the graph database is not reachable");
      }
      expect(readMs).toBeGreaterThanOrEqual(TX_TIMEOUT_MS);
      expect(readMs).toBeLessThan(hungAfterMs(TX_TIMEOUT_MS) + 3_000); // the deadline + slack for a loaded machine

      const healthStarted = Date.now();
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(503);
      expect(Date.now() - healthStarted).toBeLessThan(HEALTH_TIMEOUT_MS + 2_000);
    } finally {
      process.kill(neo4j.pid, "SIGCONT");
      frozen = false;
    }

    let recovered = false;
    for (let i = 0; i < 60 && !recovered; i++) {
      recovered = (await graphql(server.url, "{ graphStats { nodeCount } }")).errors === undefined;
      if (!recovered) await new Promise((r) => setTimeout(r, 500));
    }
    expect(recovered).toBe(true);
    // /health answers from a probe at most 2 s old (src/server/health.ts): 200 again within a few seconds.
    let health = 0;
    for (let i = 0; i < 20 && health !== 200; i++) {
      health = (await fetch(`${server.url}/health`)).status;
      if (health !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(health).toBe(200);
  }, 120_000);
});
