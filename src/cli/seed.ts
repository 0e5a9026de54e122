// `npm run seed`: validates seed/ and loads it into Neo4j (starting the embedded one if NEO4J_URI is
// unset), then stops. `npm run seed -- --check` only validates and writes nothing;
// `npm run seed -- --discard-staged` first removes an unfinished staged load whose process is gone.
import "reflect-metadata";
import { loadConfig } from "../config/config";
import { log, setLogLevel } from "../logger";
import { connect } from "../neo4j/connect";
import { applyMigrations } from "../neo4j/migrations";
import { loadSeedDirectory, recoverAbandonedLoad } from "../seed/loader";
import { planSeedAsync, SeedValidationError } from "../seed/validate";

async function main(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  if (process.argv.includes("--check")) {
    const plan = await planSeedAsync(config.seedDir);
    console.log(`seed is valid: ${plan.files.length} files, ${plan.sources.length} sources, ${plan.nodes.length} entities, ${plan.relationships.length} relationships`);
    return;
  }
  const connected = await connect(config);
  try {
    await applyMigrations(connected.db);
    if (process.argv.includes("--discard-staged") && !(await recoverAbandonedLoad(connected.db, true))) {
      console.log("no staged seed load to discard");
    }
    const report = await loadSeedDirectory(connected.db, config.seedDir, { stageAbove: config.seedStageAbove });
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await connected.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof SeedValidationError) console.error(error.message);
  else log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
