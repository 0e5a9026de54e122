// A server as deployed (NODE_ENV=production) on the shared test Neo4j, with config overrides for the
// limit under test; the hardening tests use it.
import { buildGraphQLSchema } from "../../src/graphql/schema";
import { Database } from "../../src/neo4j/database";
import { createRepositories } from "../../src/repositories";
import { CurationService } from "../../src/curation/curation.service";
import { loadSourceTexts } from "../../src/seed/validate";
import { startHttpServer } from "../../src/server/http";
import { TEST_TOKEN, testConfig, type TestServer } from "./helpers";

export async function startProductionServer(overrides: Record<string, string> = {}, db?: Database): Promise<TestServer> {
  const config = testConfig({ NODE_ENV: "production", API_KEYS: `tester:${TEST_TOKEN}`, ...overrides });
  const own = !db;
  const database = db ?? new Database({ ...config.neo4j, uri: config.neo4j.uri!, password: config.neo4j.password! }, config);
  const curation = new CurationService(database, loadSourceTexts(config.seedDir));
  const server = await startHttpServer({ config, db: database, repos: createRepositories(database), curation, schema: await buildGraphQLSchema() });
  return {
    db: database,
    server,
    close: async () => {
      await server.stop();
      if (own) await database.close();
    },
  };
}
