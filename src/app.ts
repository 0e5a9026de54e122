// The composition root: config → Neo4j (external, embedded, or a Database given by the caller) →
// schema migrations → seed (SEED_ON_START) → repositories, curation and the GraphQL schema → HTTP
// server. src/index.ts, the tests (tests/support/helpers.ts) and the benchmark (bench/run.ts) build
// the application here and nowhere else.
import type { Config } from "./config/config";
import { CurationService } from "./curation/curation.service";
import { checkIntegrity, describeIntegrity } from "./curation/integrity";
import { buildGraphQLSchema } from "./graphql/schema";
import { log } from "./logger";
import { connect, type Connected } from "./neo4j/connect";
import type { Database } from "./neo4j/database";
import { applyMigrations } from "./neo4j/migrations";
import { createRepositories } from "./repositories";
import { loadSeedDirectory } from "./curation/seed-and-edits";
import { loadSourceTexts } from "./seed/validate";
import { startHttpServer, type HttpServer } from "./server/http";

export interface AppOptions {
  /** An open Database to use instead of connecting; the app leaves it open on stop(). */
  db?: Database;
  /** Load the seed directory before serving (default: config.seedOnStart). */
  seed?: boolean;
  /** Report what an older version may have let into the database, after the server is up (default true). */
  integrityCheck?: boolean;
  /** The built web app (default web/dist). */
  webDir?: string;
}

export interface App {
  /**
   * Connects, applies the migrations, loads the seed if asked, and starts the HTTP server. Resolves
   * with the server, or with undefined when stop() was called before start-up finished.
   */
  start(): Promise<HttpServer | undefined>;
  /** Drains the HTTP server, then closes the driver and stops the embedded Neo4j this app started. */
  stop(): Promise<void>;
  /** The Database (once start() has connected). */
  readonly db: Database;
  readonly server: HttpServer | undefined;
}

/** Logs, as warnings, what an older version may have let in (`npm run check -- --repair` fixes it). */
function reportIntegrity(db: Database): void {
  checkIntegrity(db).then(
    (report) => {
      for (const line of describeIntegrity(report)) log.warn(`integrity: ${line} (npm run check -- --repair fixes it)`);
    },
    (error: unknown) => log.warn("integrity check failed", { error: error instanceof Error ? error.message : String(error) }),
  );
}

export function createApp(config: Readonly<Config>, options: AppOptions = {}): App {
  let connected: Pick<Connected, "db" | "close"> | undefined;
  let server: HttpServer | undefined;
  let stopping = false;

  const start = async (): Promise<HttpServer | undefined> => {
    connected = options.db ? { db: options.db, close: async () => {} } : await connect(config);
    if (stopping) return undefined;
    const { db } = connected;
    await applyMigrations(db);
    if (options.seed ?? config.seedOnStart) await loadSeedDirectory(db, config.seedDir, { stageAbove: config.seedStageAbove });
    const schema = await buildGraphQLSchema();
    if (stopping) return undefined;
    const curation = new CurationService(db, loadSourceTexts(config.seedDir));
    if (config.apiKeys.length === 0) log.info("no API_KEYS set: the API is read-only (curation mutations need a bearer token)");
    server = await startHttpServer({ config, db, repos: createRepositories(db), curation, schema, webDir: options.webDir });
    if (options.integrityCheck ?? true) reportIntegrity(db);
    return server;
  };

  const stop = async (): Promise<void> => {
    stopping = true;
    await server?.stop();
    await connected?.close();
  };

  return {
    start,
    stop,
    get db() {
      if (!connected) throw new Error("createApp: db is not available before start() has connected to Neo4j");
      return connected.db;
    },
    get server() {
      return server;
    },
  };
}
