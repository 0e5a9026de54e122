// `npm run neo4j-admin -- <command>`: Neo4j's own admin tool (neo4j-admin) from the same Maven Neo4j
// distribution as the embedded Neo4j, run against its data folder (NEO4J_DATA_DIR, default
// .data/neo4j). For example, a bulk import of a CSV export into an empty database:
//   npm run neo4j-admin -- database import full --nodes=nodes.csv --nodes=sources.csv --relationships=relationships.csv \
//     --array-delimiter=U+001F --multiline-fields=true neo4j
// Stop the embedded Neo4j first (commands that write refuse a database in use). Exits with the
// tool's own exit code.
import { loadConfig } from "../config/config";
import { log } from "../logger";
import { runNeo4jAdmin } from "../neo4j/admin-import";

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.uri) throw new Error("NEO4J_URI is set: use that server's own neo4j-admin (this command works on the embedded Neo4j's data folder)");
  const args = process.argv.slice(2);
  if (args.length === 0) args.push("--help");
  const run = await runNeo4jAdmin(config.embedded.dataDir, args, { echo: true, heap: config.embedded.heap });
  process.exit(run.code);
}

main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
