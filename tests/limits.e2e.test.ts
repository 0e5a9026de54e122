// Hostile queries are refused before execution — each with its own code and no Cypher sent — and
// errors never leak internals: every limit one step over its value, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../src/server/limits";
import { startTestServer, type TestServer } from "./support/helpers";

describe("limits on hostile queries", () => {
  let t: TestServer;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${t.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => t.close());

  const nest = (depth: number) => {
    // depth counts field levels: timeline(1) edges(2) node(3), then relations/edges/node/other per 4
    let inner = "id";
    for (let level = 3; level < depth; level += 4) inner = `relations(first: 1) { edges { node { other { ${inner} } } } }`;
    return `{ timeline(first: 1) { edges { node { ${inner} } } } }`;
  };

  it.each([
    ["depth", nest(LIMITS.maxDepth + 4), "QUERY_TOO_DEEP"],
    ["aliases", `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: graphStats { nodeCount }`).join(" ")} }`, "TOO_MANY_ALIASES"],
    ["directives", `{ graphStats { nodeCount ${"@include(if: true) ".repeat(LIMITS.maxDirectives + 1)} } }`, "TOO_MANY_DIRECTIVES"],
    ["tokens", `{ graphStats { ${"nodeCount ".repeat(LIMITS.maxTokens)} } }`, "TOO_MANY_TOKENS"],
    ["cost", `{ timeline(first: 100) { edges { node { relations(first: 100) { edges { node { type evidence { quote } } } } } } } }`, "QUERY_TOO_COMPLEX"],
  ])("refuses a query over the %s limit with its code and no Cypher", async (_name, query, code) => {
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].extensions.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(body.data).toBeUndefined();
    expect(body.extensions?.cypherQueries ?? 0).toBe(0);
  });

  it("accepts a query just within the limits", async () => {
    const { status, body } = await post({ query: `{ timeline(first: 10) { edges { node { relations(first: 10) { edges { node { type } } } } } } }` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it("costs the same query text anew for page sizes that differ (the cost is remembered per document and variables)", async () => {
    const query = `query Nested($outer: Int!, $inner: Int!, $from: String) {
      timeline(first: $outer, from: $from) { edges { node { relations(first: $inner) { edges { node { type evidence { quote } } } } } } }
    }`;
    const within = { outer: 10, inner: 10, from: "2010" };
    const over = { outer: 100, inner: 100, from: "2010" };
    const first = await post({ query, variables: within });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const refused = await post({ query, variables: over });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(refused.body.extensions?.cypherQueries ?? 0).toBe(0);
    // Only the string changed: the remembered cost applies, and it is still refused.
    const refusedAgain = await post({ query, variables: { ...over, from: "2015" } });
    expect(refusedAgain.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    const again = await post({ query, variables: { ...within, from: "2015" } });
    expect(again.status).toBe(200);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.extensions.cypherQueries).toBeGreaterThan(0);
  });

  it("refuses batched operations", async () => {
    const { status, body } = await post([{ query: "{ graphStats { nodeCount } }" }, { query: "{ graphStats { nodeCount } }" }]);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/batching/i);
  });

  it("refuses a body over the size limit with 413, as JSON", async () => {
    const { status, body } = await post({ query: "{ graphStats { nodeCount } }", padding: "x".repeat(LIMITS.maxBodyBytes) });
    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers a body that is not JSON with 400, as JSON", async () => {
    const { status, body } = await post("{not json");
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("keeps CSRF prevention on: a simple cross-site GET is refused", async () => {
    const response = await fetch(`${t.server.url}/graphql?query=${encodeURIComponent("{ graphStats { nodeCount } }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});
