// Chooses the Neo4j to use: the user's own server when NEO4J_URI is set, otherwise the embedded one
// (started here). Returns the verified Database and a function that releases everything.
import type { Config } from "../config/config";
import { log } from "../logger";
import { Database } from "./database";
import { embeddedPassword, startEmbedded, type EmbeddedNeo4j } from "./embedded";

export interface Connected {
  db: Database;
  embedded: EmbeddedNeo4j | undefined;
  /** Closes the driver, then stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

export async function connect(config: Readonly<Config>): Promise<Connected> {
  let embedded: EmbeddedNeo4j | undefined;
  let connection;
  if (config.neo4j.uri) {
    log.info("using external Neo4j", { uri: config.neo4j.uri, database: config.neo4j.database });
    connection = { ...config.neo4j, uri: config.neo4j.uri, password: config.neo4j.password! };
  } else {
    log.info("starting embedded Neo4j", { port: config.embedded.boltPort, data: config.embedded.dataDir });
    embedded = await startEmbedded(config.embedded, embeddedPassword(config.embedded, config.neo4j.password));
    connection = { uri: embedded.uri, username: embedded.username, password: embedded.password, database: config.neo4j.database };
  }
  const db = new Database(connection, config);
  try {
    await db.verify();
  } catch (error) {
    await db.close();
    await embedded?.stop();
    throw error;
  }
  return {
    db,
    embedded,
    close: async () => {
      await db.close();
      await embedded?.stop();
    },
  };
}
