// The CSV export is a real bulk-import format: neo4j-admin (from the same Maven Neo4j 5.26
// distribution as the embedded Neo4j) imports the curated graph's /export/csv files into an empty
// database, and that database, started on its own, holds the same graph as the shared one: the same
// counts per label and per relationship type, and the same nodes and relationships with the same
// exported properties (compared by a fingerprint computed with the driver on both sides; lists that
// are empty or hold only empty strings count as absent, as the import tool cannot tell them apart).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTERNAL_PROPERTIES } from "../src/export/attributes";
import { importCsv } from "../src/neo4j/admin-import";
import { freePort, startEmbedded, type EmbeddedNeo4j } from "../src/neo4j/embedded";
import { startTestServer, testConfig, type TestServer } from "./support/helpers";
import { TEST_JVM } from "./support/jvm";
import { expectCuratedSeed } from "./support/seed";

const internal = new Set(INTERNAL_PROPERTIES);

/** Everything an export carries, read back with the driver: labels, ids, exported properties, links. */
async function fingerprint(driver: Driver, database?: string) {
  // The import tool reads an empty CSV cell as no value, so a list that is empty or holds one empty
  // string comes back absent; the service reads an absent list as an empty one (stored.ts), so such
  // lists count as absent on both sides. Every other value must come back as it was.
  const blankList = (value: unknown) => Array.isArray(value) && value.every((item) => item === "");
  const canonical = (props: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(props)
        .filter((key) => !internal.has(key) && !blankList(props[key]))
        .sort()
        .map((key) => [key, neo4j.isInt(props[key]) ? (props[key] as { toNumber(): number }).toNumber() : props[key]]),
    );
  const nodes = await driver.executeQuery("MATCH (n) WHERE n:Entity OR n:Source RETURN n.id AS id, labels(n) AS labels, properties(n) AS props", {}, { database });
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Source) AND (b:Entity OR b:Source) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props",
    {},
    { database },
  );
  const nodeLines = nodes.records.map((r) => `${r.get("id")} ${[...(r.get("labels") as string[])].sort().join(":")} ${canonical(r.get("props"))}`).sort();
  const relLines = rels.records.map((r) => `${r.get("a")} ${r.get("type")} ${r.get("b")} ${canonical(r.get("props"))}`).sort();
  const countBy = (lines: string[], part: (line: string) => string) => lines.reduce<Record<string, number>>((acc, line) => ({ ...acc, [part(line)]: (acc[part(line)] ?? 0) + 1 }), {});
  return {
    labels: countBy(nodeLines, (line) => line.split(" ")[1]!),
    types: countBy(relLines, (line) => line.split(" ")[1]!),
    nodeLines,
    relLines,
  };
}

describe("neo4j-admin database import of the CSV export", () => {
  let t: TestServer;
  let dir: string;
  let imported: EmbeddedNeo4j | undefined;

  beforeAll(async () => {
    t = await startTestServer();
    await expectCuratedSeed(t.db);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sti-admin-import-"));
  });
  afterAll(async () => {
    await imported?.stop();
    await t?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("imports /export/csv into an empty database, refuses a second import into it, and the database holds the same graph as Neo4j", async () => {
    const files = { nodes: [path.join(dir, "nodes.csv"), path.join(dir, "sources.csv")], relationships: [path.join(dir, "relationships.csv")] };
    for (const [part, file] of [["nodes", files.nodes[0]!], ["sources", files.nodes[1]!], ["relationships", files.relationships[0]!]] as const) {
      const response = await fetch(`${t.server.url}/export/csv?part=${part}`);
      expect(response.status).toBe(200);
      fs.writeFileSync(file, await response.text());
    }
    const home = path.join(dir, "home");
    const run = await importCsv(home, files, "neo4j", { javaOptions: TEST_JVM });
    expect(run.output).toMatch(/IMPORT DONE/);
    expect(fs.readFileSync(path.join(home, "import.report"), "utf8")).toBe(""); // no bad entries
    // A second full import into the same, now filled, database is refused and changes nothing (the
    // comparison below runs on the database after this attempt).
    await expect(importCsv(home, files, "neo4j", { javaOptions: TEST_JVM })).rejects.toThrow(/neo4j-admin database import full into .* \(database neo4j\) failed with exit code [1-9]/);

    imported = await startEmbedded({ boltPort: await freePort(), dataDir: home, heap: "512m", pageCache: "64m", javaOptions: TEST_JVM }, "password-123");
    const copy = neo4j.driver(imported.uri, neo4j.auth.basic("neo4j", "password-123"));
    const config = testConfig();
    const original = neo4j.driver(config.neo4j.uri!, neo4j.auth.basic(config.neo4j.username, config.neo4j.password!));
    try {
      const [want, got] = await Promise.all([fingerprint(original, config.neo4j.database), fingerprint(copy)]);
      expect(want.nodeLines.length).toBeGreaterThan(300);
      expect(got.labels).toEqual(want.labels);
      expect(got.types).toEqual(want.types);
      expect(got.nodeLines).toEqual(want.nodeLines);
      expect(got.relLines).toEqual(want.relLines);
    } finally {
      await Promise.all([copy.close(), original.close()]);
    }
  }, 600_000);
});
