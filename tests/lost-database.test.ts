// A database that goes away: requests fail fast with SERVICE_UNAVAILABLE (not the driver's 30 s
// retry window), /health says 503, and the service recovers by itself when Neo4j is back.
// Uses its own embedded Neo4j so stopping it does not disturb the other tests.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/config";
import { buildGraphQLSchema } from "../src/graphql/schema";
import { Database } from "../src/neo4j/database";
import { freePort, startEmbedded, type EmbeddedNeo4j } from "../src/neo4j/embedded";
import { applyMigrations } from "../src/neo4j/migrations";
import { createRepositories } from "../src/repositories";
import { CurationService } from "../src/curation/curation.service";
import { startHttpServer, type HttpServer } from "../src/server/http";
import { graphql } from "./support/helpers";

describe("lost database", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sti-lost-db-"));
  let settings: { boltPort: number; dataDir: string; heap: string; pageCache: string };
  let neo4j: EmbeddedNeo4j;
  let db: Database;
  let server: HttpServer;

  beforeAll(async () => {
    settings = { boltPort: await freePort(), dataDir, heap: "512m", pageCache: "64m" };
    neo4j = await startEmbedded(settings, "lost-db-password");
    const config = loadConfig({ NODE_ENV: "test", PORT: "0", NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: "lost-db-password", NEO4J_CONNECT_TIMEOUT_MS: "2000", NEO4J_MAX_RETRY_MS: "1000" });
    db = new Database({ uri: neo4j.uri, username: "neo4j", password: "lost-db-password", database: "neo4j" }, config);
    await applyMigrations(db);
    const curation = new CurationService(db, new Map());
    server = await startHttpServer({ config, db, repos: createRepositories(db), curation, schema: await buildGraphQLSchema() });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("fails fast and clearly while Neo4j is down, then recovers without a restart", async () => {
    expect((await graphql(server.url, "{ graphStats { nodeCount } }")).errors).toBeUndefined();
    await neo4j.stop();

    const started = Date.now();
    const down = await graphql(server.url, "{ graphStats { nodeCount } }");
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(down.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(down.errors?.[0]?.message).toBe("the graph database is not reachable");
    expect(JSON.stringify(down)).not.toMatch(/Neo\.|bolt:|ECONNREFUSED|MATCH /);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(503);

    neo4j = await startEmbedded(settings, "lost-db-password");
    let recovered = false;
    for (let i = 0; i < 40 && !recovered; i++) {
      recovered = (await graphql(server.url, "{ graphStats { nodeCount } }")).errors === undefined;
      if (!recovered) await new Promise((r) => setTimeout(r, 500));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  }, 180_000);
});
