// Starts one throwaway embedded Neo4j for the whole test run (free port, temporary data folder) and
// hands its address to the tests; with NEO4J_URI set, the tests use that server instead. The
// database is stopped and its folder removed afterwards.
// Then loads the curated seed once (after wiping the graph) and hands its fingerprint to the tests:
// the read-only files check it (tests/support/seed.ts) instead of each reloading the seed.
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config/config";
import { Database } from "../../src/neo4j/database";
import { embeddedPassword, freePort, startEmbedded, type EmbeddedNeo4j } from "../../src/neo4j/embedded";
import { applyMigrations } from "../../src/neo4j/migrations";
import { loadSeedDirectory } from "../../src/curation/seed-and-edits";
import { graphFingerprint, SEED_DIR } from "./seed";
import { cpuSeconds, TEST_JVM } from "./jvm";

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  embedded: boolean;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
    /** graphFingerprint of the curated seed as the global setup loaded it. */
    seedFingerprint: string;
  }
}

/** Wipes the graph, applies the migrations and loads the curated seed once for the whole run. */
async function loadCuratedSeed(project: TestProject, neo4j: TestNeo4j): Promise<void> {
  const started = Date.now();
  const config = loadConfig({ NODE_ENV: "test", NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database, LOG_LEVEL: "warn" });
  const db = new Database({ ...config.neo4j, uri: neo4j.uri, password: neo4j.password }, config);
  try {
    await db.verify();
    await applyMigrations(db);
    await db.write("admin/clear-graph");
    await loadSeedDirectory(db, SEED_DIR);
    project.provide("seedFingerprint", await graphFingerprint(db));
  } finally {
    await db.close();
  }
  console.log(`[tests] curated seed loaded once in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    if (!process.env.NEO4J_PASSWORD) throw new Error("NEO4J_PASSWORD is required with NEO4J_URI");
    const external: TestNeo4j = {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME || "neo4j",
      password: process.env.NEO4J_PASSWORD,
      database: process.env.NEO4J_DATABASE || "neo4j",
      embedded: false,
    };
    project.provide("neo4j", external);
    await loadCuratedSeed(project, external);
    return async () => undefined;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sti-graph-test-"));
  const settings = { boltPort: await freePort(), dataDir, heap: "1g", pageCache: "128m", javaOptions: TEST_JVM };
  const started = Date.now();
  const neo4j: EmbeddedNeo4j = await startEmbedded(settings, embeddedPassword(settings, undefined));
  console.log(`[tests] embedded Neo4j ready on ${neo4j.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const shared: TestNeo4j = { uri: neo4j.uri, username: "neo4j", password: neo4j.password, database: "neo4j", embedded: true };
  project.provide("neo4j", shared);
  try {
    await loadCuratedSeed(project, shared);
  } catch (error) {
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    console.log(`[tests] the shared embedded Neo4j used ${cpuSeconds(neo4j.pid)?.toFixed(1) ?? "?"} s of CPU`);
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
