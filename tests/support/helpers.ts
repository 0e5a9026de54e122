// Shared test helpers: a Database on the test Neo4j, the HTTP server on port 0, and a GraphQL client.
import { inject } from "vitest";
import { loadConfig, type Config } from "../../src/config/config";
import { Database } from "../../src/neo4j/database";
import { applyMigrations } from "../../src/neo4j/migrations";
import type { HttpServer } from "../../src/server/http";
import { createApp, type AppOptions } from "../../src/app";

export function testConfig(overrides: Record<string, string> = {}): Readonly<Config> {
  const neo4j = inject("neo4j");
  return loadConfig({
    NODE_ENV: "test",
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    PORT: "0",
    LOG_LEVEL: "warn",
    ...overrides,
  });
}

/** A Database connected to the test Neo4j, with the schema migrations applied. */
export async function testDatabase(): Promise<Database> {
  const config = testConfig();
  const db = new Database({ ...config.neo4j, uri: config.neo4j.uri!, password: config.neo4j.password! }, config);
  await db.verify();
  await applyMigrations(db);
  return db;
}

export interface TestServer {
  db: Database;
  server: HttpServer;
  close(): Promise<void>;
}

/** Bearer token of the test API key (configured for every test server). */
export const TEST_TOKEN = "test-token-0123456789abcdefghijklmnop";

/** The application as src/index.ts builds it (src/app.ts), on the test Neo4j, without seed load. */
export async function startApp(config: Readonly<Config>, options: AppOptions = {}): Promise<TestServer> {
  const app = createApp(config, { seed: false, integrityCheck: false, ...options });
  const server = await app.start();
  if (!server) throw new Error("startApp: the test app was stopped before it started");
  return { db: app.db, server, close: () => app.stop() };
}

export async function startTestServer(): Promise<TestServer> {
  return startApp(testConfig({ API_KEYS: `tester:${TEST_TOKEN}` }));
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

/** POSTs a GraphQL operation over real HTTP. */
export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: response.status, ...body };
}

/** Removes every node and relationship (tests that own the whole graph call this first). */
export async function clearGraph(db: Database): Promise<void> {
  await db.write("admin/clear-graph");
}

/** The items of one connection page (`{ edges { node } }`), in order. */
export function nodesOf<T = any>(connection: { edges: Array<{ node: T }> }): T[] {
  return connection.edges.map((edge) => edge.node);
}

/**
 * An institutionNetwork answer with its nodes and edges pages turned into plain lists (the tests asked
 * for pages that hold the whole network: first: 1000, and check it when they also select pageInfo).
 */
export function unpageNetwork<T extends Record<string, any> | null>(network: T): T {
  if (!network) return network;
  const out: Record<string, any> = { ...network };
  for (const field of ["nodes", "edges"]) if (out[field]?.edges) out[field] = nodesOf(out[field]);
  return out as T;
}
