// The server's browser side over real HTTP: the explorer at / with deep links falling back to
// index.html, hashed assets cached for good, the bundled IDE at GET /graphql for browsers (and not
// for GraphQL clients), GRAPHQL_IDE=false, and a plain 503 when web/dist has not been built.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/config";
import { Database } from "../src/neo4j/database";
import type { HttpServer } from "../src/server/http";
import { graphql, startApp, testConfig } from "./support/helpers";
import { ensureWebBuilt, WEB_DIST } from "./support/web-build";

const HTML = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

describe("the web app over HTTP", () => {
  let db: Database;
  const servers: HttpServer[] = [];
  let on: HttpServer;
  let off: HttpServer;
  let unbuilt: HttpServer;
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), "sti-web-unbuilt-"));

  beforeAll(async () => {
    ensureWebBuilt();
    const config = testConfig();
    db = new Database({ ...config.neo4j, uri: config.neo4j.uri!, password: config.neo4j.password! }, config);
    const start = async (overrides: Record<string, string>, webDir?: string) => {
      const c = testConfig(overrides);
      const { server } = await startApp(c, { db, webDir });
      servers.push(server);
      return server;
    };
    on = await start({});
    off = await start({ GRAPHQL_IDE: "false", NODE_ENV: "production" });
    unbuilt = await start({}, emptyDir);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db.close();
    fs.rmSync(emptyDir, { recursive: true, force: true });
  });

  it("serves the explorer at / with a policy that lets the page load nothing from elsewhere", async () => {
    const response = await fetch(`${on.url}/`, { headers: HTML });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const body = await response.text();
    expect(body).toBe(fs.readFileSync(path.join(WEB_DIST, "index.html"), "utf8"));
    // Every script and stylesheet the page names is on this server.
    const refs = [...body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^\/assets\//);
  });

  it("answers deep links with the app, so a shared address opens the view", async () => {
    for (const address of ["/who-met/person:robert-jan-smits?from=2010", "/entity/project:jeupiste", "/network/institution:jst?expand=event:x"]) {
      const response = await fetch(`${on.url}${address}`, { headers: HTML });
      expect(response.status, address).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it("caches hashed assets for a year and answers a missing file with 404, not the app", async () => {
    const asset = fs.readdirSync(path.join(WEB_DIST, "assets")).find((f) => f.startsWith("index-") && f.endsWith(".js"))!;
    const response = await fetch(`${on.url}/assets/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/max-age=31536000.*immutable/);
    expect((await fetch(`${on.url}/assets/nothing-here.js`)).status).toBe(404);
    expect((await fetch(`${on.url}/favicon.ico`, { headers: HTML })).status).toBe(404);
  });

  it("gives browsers the bundled IDE at GET /graphql, and GraphQL clients the API", async () => {
    const page = await fetch(`${on.url}/graphql`, { headers: HTML });
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toBe(fs.readFileSync(path.join(WEB_DIST, "graphiql.html"), "utf8"));
    expect(body).not.toMatch(/apollographql|cdn\.|https?:\/\//);
    // A GraphQL GET from a client is still the API (CSRF prevention stays on: it needs a header).
    const get = await fetch(`${on.url}/graphql?query=${encodeURIComponent("{ graphStats { nodeCount } }")}`, { headers: { accept: "application/json" } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF|x-apollo-operation-name|apollo-require-preflight/i);
    const post = await graphql(on.url, '{ entity(id: "person:nobody") { id } }');
    expect(post.errors).toBeUndefined();
    expect(post.data).toEqual({ entity: null });
  });

  it("turns the IDE off with GRAPHQL_IDE=false (and Apollo's CDN landing page is never served)", async () => {
    const response = await fetch(`${off.url}/graphql`, { headers: HTML });
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/GraphQL IDE is turned off on this server \(GRAPHQL_IDE=false\)/);
    expect((await fetch(`${off.url}/graphiql.html`, { headers: HTML, redirect: "manual" })).status).toBe(404);
    // The explorer itself stays.
    expect((await fetch(`${off.url}/`, { headers: HTML })).status).toBe(200);
  });

  it("says plainly how to build the web app when web/dist is missing", async () => {
    for (const address of ["/", "/who-met/person:robert-jan-smits", "/graphql"]) {
      const response = await fetch(`${unbuilt.url}${address}`, { headers: HTML });
      expect(response.status, address).toBe(503);
      expect(await response.text()).toContain("npm run build:web");
    }
    // The API does not depend on it.
    expect((await graphql(unbuilt.url, '{ entity(id: "person:nobody") { id } }')).data).toEqual({ entity: null });
  });

  it("GRAPHQL_IDE: on by default in development and production, validated", () => {
    expect(loadConfig({}).graphqlIde).toBe(true);
    expect(loadConfig({ NODE_ENV: "production" }).graphqlIde).toBe(true);
    expect(loadConfig({ GRAPHQL_IDE: "false" }).graphqlIde).toBe(false);
    expect(() => loadConfig({ GRAPHQL_IDE: "maybe" })).toThrow('GRAPHQL_IDE must be true or false, got "maybe"');
  });
});
