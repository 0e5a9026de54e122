// CORS for the origins an operator lists (CORS_ORIGINS), over real HTTP: a listed origin gets
// Access-Control-Allow-Origin on the preflight and on the POST, an unlisted one does not, nothing is
// allowed by default, and Apollo's CSRF prevention still refuses simple (non-preflighted) requests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/config";
import type { Database } from "../src/neo4j/database";
import type { HttpServer } from "../src/server/http";
import { startApp, testConfig, testDatabase } from "./support/helpers";

const ALLOWED = "http://localhost:8888";
const ALSO_ALLOWED = "https://dashboard.example.org";
const UNLISTED = "https://evil.example.com";

describe("CORS_ORIGINS configuration", () => {
  it("defaults to no origin (same origin only)", () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
  });

  it("takes a comma-separated list of exact origins", () => {
    expect(loadConfig({ CORS_ORIGINS: ` ${ALLOWED}, ${ALSO_ALLOWED} ` }).corsOrigins).toEqual([ALLOWED, ALSO_ALLOWED]);
  });

  it.each(["*", "https://dashboard.example.org/", "https://dashboard.example.org/app", "ftp://files.example.org", "dashboard.example.org", "HTTPS://Dashboard.example.org", "https://x.org?a=1"])(
    "refuses %s with an error naming CORS_ORIGINS and the entry",
    (bad) => {
      expect(() => loadConfig({ CORS_ORIGINS: `${ALLOWED},${bad}` })).toThrow(/CORS_ORIGINS entry 2 must be an exact origin/);
      expect(() => loadConfig({ CORS_ORIGINS: `${ALLOWED},${bad}` })).toThrow(bad);
    },
  );
});

describe("CORS on /graphql", () => {
  let db: Database;
  let withList: HttpServer;
  let byDefault: HttpServer;

  const start = async (env: Record<string, string>) => {
    const config = testConfig(env);
    return (await startApp(config, { db })).server;
  };

  beforeAll(async () => {
    db = await testDatabase();
    withList = await start({ CORS_ORIGINS: `${ALLOWED},${ALSO_ALLOWED}` });
    byDefault = await start({});
  });
  afterAll(async () => {
    await Promise.all([withList?.stop(), byDefault?.stop()]);
    await db?.close();
  });

  const preflight = (server: HttpServer, origin: string) =>
    fetch(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
    });
  const post = (server: HttpServer, origin: string) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { origin, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ graphStats { nodeCount } }" }),
    });

  it("a listed origin gets Access-Control-Allow-Origin on the preflight", async () => {
    for (const origin of [ALLOWED, ALSO_ALLOWED]) {
      const response = await preflight(withList, origin);
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe(origin);
      expect(response.headers.get("access-control-allow-methods")).toContain("POST");
      expect(response.headers.get("access-control-allow-headers")).toMatch(/content-type/);
      expect(response.headers.get("access-control-allow-headers")).toMatch(/authorization/);
      expect(response.headers.get("vary")).toMatch(/origin/i);
    }
  });

  it("a listed origin gets Access-Control-Allow-Origin on the POST, with the answer and the request id exposed", async () => {
    const response = await post(withList, ALLOWED);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(response.headers.get("access-control-expose-headers")).toMatch(/x-request-id/);
    const body = (await response.json()) as { data?: { graphStats: { nodeCount: number } } };
    expect(typeof body.data?.graphStats.nodeCount).toBe("number");
  });

  it("an unlisted origin gets no Access-Control-Allow-Origin, on the preflight or the POST", async () => {
    const pre = await preflight(withList, UNLISTED);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const response = await post(withList, UNLISTED);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    // A near miss is not a match: the list holds exact origins.
    const nearMiss = await preflight(withList, "http://localhost:8889");
    expect(nearMiss.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("by default no origin gets Access-Control-Allow-Origin", async () => {
    for (const origin of [ALLOWED, UNLISTED]) {
      const pre = await preflight(byDefault, origin);
      expect(pre.headers.get("access-control-allow-origin")).toBeNull();
      const response = await post(byDefault, origin);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("CSRF prevention stays on for a listed origin: a simple request without a preflight is refused before it runs", async () => {
    const get = await fetch(`${withList.url}/graphql?query=${encodeURIComponent("{ graphStats { nodeCount } }")}`, { headers: { origin: ALLOWED } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/i);
    const textPlain = await fetch(`${withList.url}/graphql`, {
      method: "POST",
      headers: { origin: ALLOWED, "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ graphStats { nodeCount } }" }),
    });
    expect(textPlain.status).toBe(400);
    expect(await textPlain.text()).toMatch(/CSRF/i);
  });
});
