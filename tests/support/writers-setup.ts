// Global setup of the "writers" project (vitest.config.mts): the files that wipe, write or reload the
// graph get a Neo4j of their own, so that they run while the read-only files read the curated seed
// on the shared one. It starts in the background (the other setup and the read-only files need not
// wait for it); the first writer file waits until it is up and migrated (tests/support/writers-lock.ts),
// and the writer files take turns on it through a lock, since each owns the whole graph while it runs.
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config/config";
import { Database } from "../../src/neo4j/database";
import { embeddedPassword, freePort, startEmbedded, type EmbeddedNeo4j } from "../../src/neo4j/embedded";
import { applyMigrations } from "../../src/neo4j/migrations";
import type { TestNeo4j } from "./global-setup";
import { cpuSeconds, TEST_JVM } from "./jvm";

declare module "vitest" {
  export interface ProvidedContext {
    /** Files of the writers project: the folder whose "ready" file says their Neo4j is up, and their lock. */
    writers: { readyFile: string; lockDir: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sti-graph-writers-"));
  const readyFile = path.join(dir, "ready");
  const lockDir = path.join(dir, "lock");
  const dataDir = path.join(dir, "neo4j");
  const settings = { boltPort: await freePort(), dataDir, heap: "512m", pageCache: "64m", javaOptions: TEST_JVM };
  const password = embeddedPassword(settings, undefined);
  const neo4j: TestNeo4j = { uri: `bolt://127.0.0.1:${settings.boltPort}`, username: "neo4j", password, database: "neo4j", embedded: true };
  project.provide("neo4j", neo4j);
  project.provide("writers", { readyFile, lockDir });

  const started = Date.now();
  let embedded: EmbeddedNeo4j | undefined;
  const ready = (async () => {
    embedded = await startEmbedded(settings, password);
    const config = loadConfig({ NODE_ENV: "test", NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: password, LOG_LEVEL: "warn" });
    const db = new Database({ uri: neo4j.uri, username: "neo4j", password, database: "neo4j" }, config);
    try {
      await db.verify();
      await applyMigrations(db);
    } finally {
      await db.close();
    }
    if (embedded.uri !== neo4j.uri) throw new Error(`the writers' Neo4j listens on ${embedded.uri}, not on ${neo4j.uri}`);
  })().then(
    () => {
      console.log(`[tests] the writers' embedded Neo4j ready on ${neo4j.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      fs.writeFileSync(readyFile, "ok");
    },
    (error: unknown) => fs.writeFileSync(readyFile, `the writers' embedded Neo4j did not start: ${error instanceof Error ? error.message : String(error)}`),
  );

  return async () => {
    await ready;
    if (embedded) console.log(`[tests] the writers' embedded Neo4j used ${cpuSeconds(embedded.pid)?.toFixed(1) ?? "?"} s of CPU`);
    await embedded?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
