// The embedded Neo4j itself: a taken port is a clear error, and data survives a clean stop/start.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, inject, it } from "vitest";
import { freePort, startEmbedded } from "../src/neo4j/embedded";

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

  it("keeps its data across a clean stop and start, with authentication on", async () => {
    const settings = { boltPort: await freePort(), dataDir: tempDir(), heap: "512m", pageCache: "64m" };
    const first = await startEmbedded(settings, "password-123");
    let driver = neo4j.driver(first.uri, neo4j.auth.basic("neo4j", "password-123"));
    await driver.executeQuery("CREATE (:Probe {value: 42})");
    const intruder = neo4j.driver(first.uri, neo4j.auth.basic("neo4j", "not-the-password"));
    expect(await intruder.verifyAuthentication()).toBe(false);
    await intruder.close();
    await driver.close();
    await first.stop();

    const second = await startEmbedded(settings, "password-123");
    driver = neo4j.driver(second.uri, neo4j.auth.basic("neo4j", "password-123"));
    const { records } = await driver.executeQuery("MATCH (p:Probe) RETURN p.value AS value");
    expect(records.map((r) => r.get("value").toNumber())).toEqual([42]);
    await driver.close();
    await second.stop();
  }, 120_000);
});
