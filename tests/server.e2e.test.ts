// End to end over real HTTP: the server answers GraphQL from Neo4j and /health reflects Neo4j.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearGraph, graphql, startTestServer, type TestServer } from "./support/helpers";

describe("HTTP server", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    await clearGraph(t.db);
    await t.db.driver.executeQuery(
      "CREATE (:Entity:Person {id: 'person:e2e-a', origin: 'test'})-[:AFFILIATED_WITH]->(:Entity:Institution {id: 'institution:e2e-b', origin: 'test'})",
      {},
      { database: t.db.database },
    );
  });
  afterAll(async () => {
    await clearGraph(t.db);
    await t.close();
  });

  it("answers graphStats with counts read from Neo4j", async () => {
    const response = await graphql(t.server.url, "{ graphStats { nodeCount relationshipCount labels { name count } relationshipTypes { type count } } }");
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data?.graphStats).toEqual({
      nodeCount: 2,
      relationshipCount: 1,
      labels: [
        { name: "Institution", count: 1 },
        { name: "Person", count: 1 },
      ],
      relationshipTypes: [{ type: "AFFILIATED_WITH", count: 1 }],
    });
    expect(response.extensions?.cypherQueries).toBe(1);
  });

  it("answers /health with 200 when Neo4j answers", async () => {
    const response = await fetch(`${t.server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", neo4j: "up" });
  });

  it("returns a request id on every response", async () => {
    const response = await fetch(`${t.server.url}/health`, { headers: { "x-request-id": "abc-123" } });
    expect(response.headers.get("x-request-id")).toBe("abc-123");
  });

  it("rejects a GraphQL syntax error with GRAPHQL_PARSE_FAILED, not a 500", async () => {
    const response = await graphql(t.server.url, "{ graphStats { ");
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });
});
