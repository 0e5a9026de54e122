// In production: no introspection, no field suggestions, no stack traces; and every query has a
// transaction timeout, so a slow one ends with QUERY_TIMEOUT instead of hanging.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../src/graphql/schema";
import { Database } from "../src/neo4j/database";
import { createRepositories } from "../src/repositories";
import { startHttpServer, type HttpServer } from "../src/server/http";
import { CurationService } from "../src/curation/curation.service";
import { graphql, testConfig } from "./support/helpers";

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
