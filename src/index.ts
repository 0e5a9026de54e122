// Start-up: config → Neo4j (external or embedded) → schema migrations → seed → HTTP server.
// Ctrl-C / SIGTERM drain the HTTP server, close the driver and stop the embedded Neo4j cleanly.
import "reflect-metadata";
import { loadConfig } from "./config/config";
import { buildGraphQLSchema } from "./graphql/schema";
import { log, setLogFormat, setLogLevel } from "./logger";
import { connect, type Connected } from "./neo4j/connect";
import { applyMigrations } from "./neo4j/migrations";
import { createRepositories } from "./repositories";
import { CurationService } from "./curation/curation.service";
import { checkIntegrity, describeIntegrity } from "./curation/integrity";
import { loadSeedDirectory } from "./curation/seed-and-edits";
import { loadSourceTexts } from "./seed/validate";
import { startHttpServer, type HttpServer } from "./server/http";

async function main(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  setLogFormat(config.logFormat);
  let connected: Connected | undefined;
  let server: HttpServer | undefined;
  let stopping = false;
  let firstSignalAt = 0;

  const shutdown = async (signal: string) => {
    if (stopping) {
      // A Ctrl-C reaches us twice within milliseconds (from the terminal and again from the tsx
      // wrapper): only a second signal a moment later means "stop now".
      if (Date.now() - firstSignalAt < 1000) return;
      log.warn("second signal: exiting now", { signal });
      process.exit(130);
    }
    stopping = true;
    firstSignalAt = Date.now();
    log.info("shutting down", { signal });
    try {
      await server?.stop();
      await connected?.close();
      log.info("stopped cleanly");
      process.exit(0);
    } catch (error) {
      log.error("shutdown failed", { error });
      process.exit(1);
    }
  };
  // graphql-js 16 leaves the promises of sibling fields unobserved when a non-null field fails (e.g.
  // at the request deadline); their later rejection must not take the whole server down.
  process.on("unhandledRejection", (reason) => {
    log.warn("unobserved rejection (ignored)", { error: reason instanceof Error ? reason.message : String(reason) });
  });
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  connected = await connect(config);
  if (stopping) return;
  await applyMigrations(connected.db);
  if (config.seedOnStart) {
    await loadSeedDirectory(connected.db, config.seedDir, { stageAbove: config.seedStageAbove });
  }
  const schema = await buildGraphQLSchema();
  if (stopping) return;
  const curation = new CurationService(connected.db, loadSourceTexts(config.seedDir));
  if (config.apiKeys.length === 0) log.info("no API_KEYS set: the API is read-only (curation mutations need a bearer token)");
  server = await startHttpServer({ config, db: connected.db, repos: createRepositories(connected.db), curation, schema });
  // What an older version may have let in: reported, not fixed (`npm run check -- --repair` fixes it).
  checkIntegrity(connected.db).then(
    (report) => {
      for (const line of describeIntegrity(report)) log.warn(`integrity: ${line} (npm run check -- --repair fixes it)`);
    },
    (error: unknown) => log.warn("integrity check failed", { error: error instanceof Error ? error.message : String(error) }),
  );
}

main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
