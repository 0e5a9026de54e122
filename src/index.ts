// Start-up: config → the application (src/app.ts: Neo4j, external or embedded → schema migrations →
// seed → HTTP server). Ctrl-C / SIGTERM drain the HTTP server, close the driver and stop the embedded
// Neo4j cleanly.
import "reflect-metadata";
import { createApp, type App } from "./app";
import { loadConfig } from "./config/config";
import { log, setLogFormat, setLogLevel } from "./logger";

/** Stops the app on SIGINT/SIGTERM, exit 0 when clean; a second signal a moment later exits at once. */
function stopOnSignals(app: App): void {
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
      await app.stop();
      log.info("stopped cleanly");
      process.exit(0);
    } catch (error) {
      log.error("shutdown failed", { error });
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

async function main(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  setLogFormat(config.logFormat);
  // graphql-js 16 leaves the promises of sibling fields unobserved when a non-null field fails (e.g.
  // at the request deadline); their later rejection must not take the whole server down.
  process.on("unhandledRejection", (reason) => {
    log.warn("unobserved rejection (ignored)", { error: reason instanceof Error ? reason.message : String(reason) });
  });
  const app = createApp(config);
  stopOnSignals(app);
  await app.start();
}

main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
