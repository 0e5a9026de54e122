// `npm run check`: reports what in the database breaks the rules (duplicate relationships, ordinals out
// of range) and exits 1 when it finds any; `npm run check -- --repair` fixes them (keeps one of each
// duplicate, removes out-of-range ordinals) and checks again.
import "reflect-metadata";
import { loadConfig } from "../config/config";
import { checkIntegrity, describeIntegrity, repairIntegrity } from "../curation/integrity";
import { log, setLogLevel } from "../logger";
import { connect } from "../neo4j/connect";

async function main(): Promise<number> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  const connected = await connect(config);
  try {
    if (process.argv.includes("--repair")) {
      const repaired = await repairIntegrity(connected.db);
      console.log(`repaired: ${repaired.duplicatesDeleted} duplicate relationships deleted, ${repaired.valuesRemoved} out-of-range values removed`);
    }
    const findings = describeIntegrity(await checkIntegrity(connected.db));
    for (const line of findings) console.log(line);
    console.log(findings.length === 0 ? "integrity check: no problems found" : `integrity check: ${findings.length} problems (run with --repair to fix)`);
    return findings.length === 0 ? 0 : 1;
  } finally {
    await connected.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
