// In production: no introspection, no field suggestions, no stack traces; and every query has a
// transaction timeout, so a slow one ends with QUERY_TIMEOUT instead of hanging. And what `npm start`
// runs: the compiled dist/ with plain node, finding cypher/, web/dist and the seed worker from there.
import { spawn, execFileSync } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildGraphQLSchema } from "../src/graphql/schema";
import { Database } from "../src/neo4j/database";
import { createRepositories } from "../src/repositories";
import { startHttpServer, type HttpServer } from "../src/server/http";
import { CurationService } from "../src/curation/curation.service";
import { graphql, testConfig } from "./support/helpers";
import { PROJECT_ROOT } from "../src/config/config";

const { ensureDist, DIST_ENTRY } = createRequire(__filename)("../src/cli/ensure-dist.cjs") as {
  ensureDist: (options?: { log?: (line: string) => void }) => boolean;
  DIST_ENTRY: string;
};

describe("production mode", () => {
  let db: Database;
  let server: HttpServer;
  beforeAll(async () => {
    const config = testConfig({ NODE_ENV: "production", NEO4J_TX_TIMEOUT_MS: "300" });
    db = new Database({ ...config.neo4j, uri: config.neo4j.uri!, password: config.neo4j.password! }, config);
    server = await startHttpServer({ config, db, repos: createRepositories(db), curation: new CurationService(db, new Map()), schema: await buildGraphQLSchema() });
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it("refuses introspection", async () => {
    const response = await graphql(server.url, "{ __schema { types { name } } }");
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it("gives no field suggestions and no stack traces", async () => {
    const response = await graphql(server.url, "{ graphStat { nodeCount } }");
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    expect(response.extensions?.cypherQueries).toBeUndefined();
  });

  it("stops a query that runs past the transaction timeout with a clear error", async () => {
    const started = Date.now();
    await expect(db.read("admin/slow-probe", { n: 2_000_000_000 })).rejects.toMatchObject({ failure: "timeout", message: "the query took too long and was stopped" });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("the compiled service (npm start: node dist/index.js)", () => {
  beforeAll(() => {
    ensureDist({ log: () => undefined });
  }, 600_000);

  it("starts from dist/ with plain node, answers GraphQL from the cypher/ files and serves web/dist", async () => {
    const neo4j = inject("neo4j");
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      PORT: "0",
      SEED_ON_START: "false",
      LOG_FORMAT: "json",
    };
    const child = spawn(process.execPath, [DIST_ENTRY], { cwd: path.join(PROJECT_ROOT, "dist"), env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`dist/index.js did not report ready within 120 s:\n${stderr}`)), 120_000);
        child.stderr!.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
          const ready = stderr.split("\n").map((line) => (line.startsWith("{") ? JSON.parse(line) : {})).find((entry) => entry.message === "GraphQL API ready");
          if (ready) {
            clearTimeout(timer);
            resolve(String(ready.graphql).replace(/\/graphql$/, ""));
          }
        });
        void exited.then((code) => reject(new Error(`dist/index.js exited with ${code}:\n${stderr}`)));
      });
      const response = await graphql(url, `{ search(text: "JST", first: 1) { totalCount edges { node { entity { id } } } } }`);
      expect(response.errors).toBeUndefined();
      expect((response.data as any).search.totalCount).toBeGreaterThan(0);
      const page = await fetch(`${url}/`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<!doctype html>");
      // compiled JavaScript, not TypeScript through a loader
      expect(stderr).not.toMatch(/tsx|\.ts:\d+/);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  });

  it("validates seed files on worker threads from dist/ (the worker is dist/seed/seed-worker.js)", () => {
    const script = `require(${JSON.stringify(path.join(PROJECT_ROOT, "dist", "seed", "validate.js"))}).planSeedAsync(${JSON.stringify(path.join(PROJECT_ROOT, "seed"))}, { parallel: true }).then((plan) => console.log(plan.nodes.length))`;
    const output = execFileSync(process.execPath, ["-e", script], { cwd: PROJECT_ROOT, encoding: "utf8" });
    expect(Number(output.trim())).toBeGreaterThan(100);
  });
});
