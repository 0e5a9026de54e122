// Issue 14, failure 6: the seed loader refuses what it used to store or crash on, says where, and
// tells what to do: invalid UTF-8 (with the byte offset), JSON nested too deep (naming the file), paths
// shown from SEED_DIR, a staging threshold that follows the heap, and removals reported batch by batch.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, stageAboveForHeap } from "../src/config/config";
import type { Database } from "../src/neo4j/database";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import type { LoadProgress } from "../src/seed/loader";
import { planSeed, SeedValidationError } from "../src/seed/validate";
import { clearGraph, testDatabase } from "./support/helpers";

const SMALL = path.join(__dirname, "fixtures", "seed-small");

function copyOfSmall(): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), "seed-hardening-"));
  fs.cpSync(SMALL, to, { recursive: true });
  return to;
}

function refusal(dir: string): string {
  try {
    planSeed(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as Error).message;
  }
  throw new Error("the seed was accepted");
}

describe("seed loader hardening", () => {
  const dirs: string[] = [];
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses an invalid UTF-8 byte with the file, the byte offset and the line, naming the file from SEED_DIR", () => {
    const dir = copyOfSmall();
    dirs.push(dir);
    const file = path.join(dir, "small.json");
    const text = fs.readFileSync(file);
    const at = text.indexOf("Ada Lovelace");
    fs.writeFileSync(file, Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)]));
    const line = text.subarray(0, at).toString("utf8").split("\n").length;
    const message = refusal(dir);
    expect(message).toContain(path.join(dir, "small.json"));
    expect(message).not.toMatch(/(^|\s)seed\/small\.json/);
    expect(message).toContain(`not valid UTF-8: byte 0xff at byte offset ${at} (line ${line})`);
  });

  it("refuses JSON nested 100,000 deep naming the file, without a stack overflow", () => {
    const dir = copyOfSmall();
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, "deep.json"), `{"source": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    const message = refusal(dir);
    expect(message).toContain(path.join(dir, "deep.json"));
    expect(message).toMatch(/nested deeper than 64 levels/);
    expect(message).not.toMatch(/Maximum call stack/);
  });

  it("sets the single-transaction threshold from the embedded Neo4j's heap", () => {
    expect(stageAboveForHeap("1g")).toBe(32_768);
    expect(stageAboveForHeap("512m")).toBe(16_384);
    expect(stageAboveForHeap("8g")).toBe(100_000);
    expect(loadConfig({ NEO4J_HEAP: "512m" }).seedStageAbove).toBe(16_384);
    expect(loadConfig({ NEO4J_HEAP: "512m", SEED_STAGE_ABOVE: "500" }).seedStageAbove).toBe(500);
  });

  it("reports removals batch by batch when a smaller seed replaces a larger one", async () => {
    await clearGraph(db);
    const big = fs.mkdtempSync(path.join(os.tmpdir(), "seed-hardening-big-"));
    dirs.push(big);
    fs.cpSync(SMALL, big, { recursive: true });
    const small = JSON.parse(fs.readFileSync(path.join(SMALL, "small.json"), "utf8"));
    const extra = Array.from({ length: 250 }, (_, i) => ({
      id: `place:extra-${i}`,
      kind: "Place",
      name: `Extra ${i}`,
      properties: { placeType: "city" },
      evidence: [{ curated: "Test fixture: a record to be removed by the next load." }],
    }));
    fs.writeFileSync(path.join(big, "small.json"), JSON.stringify({ ...small, entities: [...small.entities, ...extra] }));
    await loadSeedDirectory(db, big);

    const progress: LoadProgress[] = [];
    const report = await loadSeedDirectory(db, SMALL, { batchSize: 100, onProgress: (p) => void progress.push(p) });
    expect(report.removedEntities).toBe(250);
    expect(progress.filter((p) => p.phase === "prune").map((p) => p.done)).toEqual([100, 200, 250]);
  });
});
