// The sti-graph command line, run as a user runs it (a child process through bin/sti-graph.cjs)
// against the test Neo4j: help on every command, exit codes, a mistyped flag refused before anything
// happens, progress lines on stderr when it is not a terminal, and real exports and imports.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/config";
import { testDatabase } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";
import type { Database } from "../src/neo4j/database";

const BIN = path.join(PROJECT_ROOT, "bin/sti-graph.cjs");

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const neo4j = inject("neo4j");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database, LOG_LEVEL: "warn", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("sti-graph CLI", () => {
  let db: Database;
  let tmp: string;
  beforeAll(async () => {
    db = await testDatabase();
    await expectCuratedSeed(db);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sti-cli-"));
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("--help lists the commands; every command has --help; no command is a usage error", async () => {
    const main = await cli(["--help"]);
    expect(main.code).toBe(0);
    for (const name of ["check", "load", "export", "stats", "import-projects"]) expect(main.stdout).toContain(`  ${name}`);
    expect(main.stdout).toMatch(/exit codes: 0 done · 1 invalid input/);
    const names = ["check", "load", "export", "stats", "import-projects"];
    const helps = await Promise.all(names.map((name) => cli([name, "--help"])));
    for (const [i, name] of names.entries()) {
      const help = helps[i]!;
      expect(help.code, name).toBe(0);
      expect(help.stdout, name).toContain(`usage: sti-graph ${name}`);
      expect(help.stdout, name).toContain("--help");
    }
    expect((await cli([])).code).toBe(2);
  });

  it("a mistyped flag or command is exit 2 and does nothing", async () => {
    const typo = await cli(["load", "--chek"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/Unknown option '--chek'/);
    expect(typo.stdout).toBe("");
    expect((await cli(["lod"])).stderr).toMatch(/unknown command "lod"/);
    const badValue = await cli(["export", "gexf", "--around", "project:jeupiste", "--depth", "9"]);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toMatch(/--depth: must be a whole number from 1 to 4/);
    const csvNoDir = await cli(["export", "csv"]);
    expect(csvNoDir.code).toBe(2);
    expect(csvNoDir.stderr).toMatch(/--out-dir DIR is required/);
  });

  it("check: 0 for the curated seed with progress lines on stderr, 1 for an invalid seed", async () => {
    const files = fs.readdirSync(path.join(PROJECT_ROOT, "seed")).filter((name) => name.endsWith(".json")).length;
    const ok = await cli(["check"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`^seed is valid: ${files} files, ${files} sources, \\d+ entities, \\d+ relationships`));
    expect(ok.stderr).toMatch(new RegExp(`^validating 100% ${files}/${files}`, "m"));
    const bad = await cli(["check", "--seed-dir", "tests/fixtures/seed-invalid", "--quiet"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/seed rejected: \d+ problems?, nothing was written/);
    expect(bad.stderr).not.toMatch(/validating/);
  });

  it("stats prints the counts Neo4j holds", async () => {
    const result = await cli(["stats", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const [row] = await db.read("queries/stats/graph-stats");
    expect(JSON.parse(result.stdout)).toEqual(row);
  });

  it("export: files on disk, summary and progress on stderr; 4 for an unknown entity", async () => {
    const csv = await cli(["export", "csv", "--out-dir", path.join(tmp, "csv")]);
    expect(csv.code, csv.stderr).toBe(0);
    const [stats] = (await db.read("queries/stats/graph-stats")) as Array<{ nodeCount: number; relationshipCount: number }>;
    expect(csv.stderr).toContain(`exported ${stats!.nodeCount} nodes and ${stats!.relationshipCount} relationships as csv`);
    expect(csv.stderr).toMatch(/^export relationships 100% /m);
    const rows = (file: string) => (parseCsv(fs.readFileSync(path.join(tmp, "csv", file), "utf8"), { columns: true }) as unknown[]).length;
    expect(rows("nodes.csv") + rows("sources.csv")).toBe(stats!.nodeCount);
    expect(rows("relationships.csv")).toBe(stats!.relationshipCount);
    const gexfFile = path.join(tmp, "jeupiste.gexf");
    const gexf = await cli(["export", "gexf", "--around", "project:jeupiste", "-o", gexfFile, "--quiet"]);
    expect(gexf.code, gexf.stderr).toBe(0);
    expect(fs.readFileSync(gexfFile, "utf8")).toContain('<node id="project:jeupiste"');
    const missing = await cli(["export", "jsonld", "--who-met", "person:nobody"]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/no entity with id person:nobody/);
  });

  it("import-projects writes the seed file, then reports it unchanged", async () => {
    const args = ["import-projects", "--projects", "tests/fixtures/cordis-import/project.csv", "--organizations", "tests/fixtures/cordis-import/organization.csv", "--out", path.join(tmp, "seed/cordis.json")];
    fs.mkdirSync(path.join(tmp, "seed"));
    const first = await cli(args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^wrote .*cordis\.json: 2 projects, 3 institutions, 4 partnerships/);
    const second = await cli(args);
    expect(second.stdout).toMatch(/^unchanged /);
    const check = await cli(["check", "--seed-dir", path.join(tmp, "seed")]);
    expect(check.code, check.stderr).toBe(0);
    const missing = await cli(["import-projects", "--projects", "nope.csv", "--organizations", "tests/fixtures/cordis-import/organization.csv", "--out", path.join(tmp, "x.json")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.csv: cannot read .*ENOENT/);
  });
});
