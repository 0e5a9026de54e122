// The embedded Neo4j itself: a taken port is a clear error (that data survives a clean stop and start
// is checked in lost-database.test.ts, on its restart).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startEmbedded } from "../src/neo4j/embedded";

describe("embedded Neo4j", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sti-embedded-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it("refuses a port that is already taken, naming the port and the variable", async () => {
    const taken = Number(new URL(inject("neo4j").uri.replace("bolt", "http")).port);
    if (!inject("neo4j").embedded) return; // an external server: no embedded port to collide with
    await expect(startEmbedded({ boltPort: taken, dataDir: tempDir(), heap: "512m", pageCache: "64m" }, "password-123")).rejects.toThrow(
      `port 127.0.0.1:${taken} is already in use, so the embedded Neo4j cannot start (set NEO4J_BOLT_PORT`,
    );
  });
  // "keeps its data across a clean stop and start, with authentication on" is in lost-database.test.ts,
  // on the restart that file makes anyway (each start of a Neo4j costs seconds).
});
