// `npm run neo4j`: starts only the embedded Neo4j (for a Neo4j browser/cypher-shell session or for
// running tools against it) and prints how to connect. Ctrl-C stops it cleanly.
import { loadConfig } from "../config/config";
import { log } from "../logger";
import { embeddedPassword, startEmbedded } from "../neo4j/embedded";

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.uri) throw new Error("NEO4J_URI is set: the embedded Neo4j is not used");
  const password = embeddedPassword(config.embedded, config.neo4j.password);
  const neo4j = await startEmbedded(config.embedded, password);
  console.log(`Neo4j is running: ${neo4j.uri} user neo4j, password in ${config.embedded.dataDir}/.project-password (or NEO4J_PASSWORD)`);
  const stop = () => {
    log.info("stopping embedded Neo4j");
    void neo4j.stop().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
