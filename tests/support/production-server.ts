// A server as deployed (NODE_ENV=production) on the shared test Neo4j, with config overrides for the
// limit under test; the hardening tests use it.
import type { Database } from "../../src/neo4j/database";
import { startApp, TEST_TOKEN, testConfig, type TestServer } from "./helpers";

export async function startProductionServer(overrides: Record<string, string> = {}, db?: Database): Promise<TestServer> {
  const config = testConfig({ NODE_ENV: "production", API_KEYS: `tester:${TEST_TOKEN}`, ...overrides });
  // A given Database stays open when the server closes (its owner closes it).
  return startApp(config, { db });
}
