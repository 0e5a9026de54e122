// Starts one throwaway embedded Neo4j for the whole test run (free port, temporary data folder) and
// hands its address to the tests; with NEO4J_URI set, the tests use that server instead. The
// database is stopped and its folder removed afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { embeddedPassword, freePort, startEmbedded, type EmbeddedNeo4j } from "../../src/neo4j/embedded";

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
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    if (!process.env.NEO4J_PASSWORD) throw new Error("NEO4J_PASSWORD is required with NEO4J_URI");
    project.provide("neo4j", {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME || "neo4j",
      password: process.env.NEO4J_PASSWORD,
      database: process.env.NEO4J_DATABASE || "neo4j",
      embedded: false,
    });
    return async () => undefined;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sti-graph-test-"));
  const settings = { boltPort: await freePort(), dataDir, heap: "1g", pageCache: "128m" };
  const started = Date.now();
  const neo4j: EmbeddedNeo4j = await startEmbedded(settings, embeddedPassword(settings, undefined));
  console.log(`[tests] embedded Neo4j ready on ${neo4j.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("neo4j", { uri: neo4j.uri, username: "neo4j", password: neo4j.password, database: "neo4j", embedded: true });
  return async () => {
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
