// The CORDIS table importer: the test fixture (tests/fixtures/cordis-import, TEST DATA) becomes a seed
// file that the real validator accepts (every quote found in the copied tables), the second import
// changes nothing, bad rows are refused naming file, line and column with nothing written, and the
// imported identifiers reach the graph, the API and the exports (against the real Neo4j).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/config";
import { ImportError, importProjects } from "../src/import/cordis";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import { planSeed, SeedValidationError } from "../src/seed/validate";
import { clearGraph, graphql, startTestServer, type TestServer } from "./support/helpers";

const FIXTURE = path.join(PROJECT_ROOT, "tests/fixtures/cordis-import");

describe("import-projects (CORDIS tables → seed file)", () => {
  let dir: string;
  const run = (projects = path.join(FIXTURE, "project.csv"), organizations = path.join(FIXTURE, "organization.csv")) =>
    importProjects({ projectsFile: projects, organizationsFile: organizations, outFile: path.join(dir, "cordis-fixture.json") });

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sti-import-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes a seed file the validator accepts, with provenance to the file and line", () => {
    const result = run();
    expect(result).toMatchObject({ changed: true, projects: 2, institutions: 3, partnerships: 4 });
    const plan = planSeed(dir);
    expect(plan.nodes.length).toBe(2 + 3 + 3); // projects, institutions, countries
    const seed = JSON.parse(fs.readFileSync(path.join(dir, "cordis-fixture.json"), "utf8"));
    const project = seed.entities.find((e: any) => e.id === "project:testproj-a");
    expect(project).toMatchObject({ kind: "Project", name: "TESTPROJ-A", identifiers: { cordis: "900001" }, properties: { startDate: "2020-01-01", endDate: "2022-12-31" } });
    expect(project.note).toMatch(/project\.csv, line 2/);
    // A quoted field spanning two lines is one row; the next row starts on line 4.
    expect(seed.entities.find((e: any) => e.id === "project:testproj-b").note).toMatch(/line 4/);
    const university = seed.entities.find((e: any) => e.id === "institution:fixture-university-of-testing");
    expect(university).toMatchObject({ aliases: ["FUT"], identifiers: { ror: "0testaa30" }, properties: { institutionType: "university" } });
    expect(university.evidence).toHaveLength(2);
    expect(seed.entities.find((e: any) => e.id === "place:greece")).toMatchObject({ kind: "Place", properties: { placeType: "country" } });
    expect(seed.entities.find((e: any) => e.id === "place:greece").evidence[0].curated).toMatch(/ISO 3166 code EL/);
    const roles = seed.relationships.filter((r: any) => r.type === "PARTNER_IN").map((r: any) => `${r.from}>${r.to}:${r.properties.role}`);
    expect(roles.sort()).toEqual([
      "institution:fixture-company-sa>project:testproj-b:participant",
      "institution:fixture-research-institute>project:testproj-a:participant",
      "institution:fixture-university-of-testing>project:testproj-a:coordinator",
      "institution:fixture-university-of-testing>project:testproj-b:coordinator",
    ]);
    expect(seed.source.file).toBe("sources/cordis-import-project.txt");
    expect(fs.readFileSync(path.join(dir, seed.source.file), "utf8")).toContain(fs.readFileSync(path.join(FIXTURE, "organization.csv"), "utf8").trim());
  });

  it("is idempotent: the same tables leave the files untouched", () => {
    const before = fs.statSync(path.join(dir, "cordis-fixture.json")).mtimeMs;
    const content = fs.readFileSync(path.join(dir, "cordis-fixture.json"), "utf8");
    const again = run();
    expect(again.changed).toBe(false);
    expect(fs.readFileSync(path.join(dir, "cordis-fixture.json"), "utf8")).toBe(content);
    expect(fs.statSync(path.join(dir, "cordis-fixture.json")).mtimeMs).toBe(before);
  });

  it("refuses bad rows naming file, line and column, and writes nothing", () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), "sti-import-bad-"));
    try {
      const orgs = fs
        .readFileSync(path.join(FIXTURE, "organization.csv"), "utf8")
        .replace("0testaa30\n900001", "0testaa31\n900001")
        .replace(/^900002;TESTPROJ-B;999000003/m, "900009;TESTPROJ-X;999000003")
        .replace(";DE;", ";XX;");
      fs.writeFileSync(path.join(bad, "organization.csv"), orgs);
      const out = path.join(bad, "out.json");
      let error: unknown;
      try {
        importProjects({ projectsFile: path.join(FIXTURE, "project.csv"), organizationsFile: path.join(bad, "organization.csv"), outFile: out });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ImportError);
      const problems = (error as ImportError).problems;
      expect(problems).toContainEqual(expect.stringMatching(/^organization\.csv line 2, column rorId: "0testaa31": check digits should be 30/));
      expect(problems).toContainEqual(expect.stringMatching(/^organization\.csv line 3, column country: "XX" is not a country code/));
      expect(problems).toContainEqual(expect.stringMatching(/^organization\.csv line 5, column projectID: no project 900009 in project\.csv/));
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.existsSync(path.join(bad, "sources"))).toBe(false);
      // A missing column is named with the header it found.
      fs.writeFileSync(path.join(bad, "project.csv"), "id;acronym;title\n1;A;B\n");
      expect(() => importProjects({ projectsFile: path.join(bad, "project.csv"), organizationsFile: path.join(FIXTURE, "organization.csv"), outFile: out })).toThrow(
        /project\.csv: column "startDate" is missing/,
      );
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });

  it("the seed validator refuses an identifier no quote states and no curator explains, and a malformed one", () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), "sti-ids-"));
    try {
      fs.mkdirSync(path.join(bad, "sources"));
      fs.writeFileSync(path.join(bad, "sources/s.txt"), "Project X has grant agreement 123456. Y is a university.");
      const write = (entities: unknown[]) =>
        fs.writeFileSync(
          path.join(bad, "s.json"),
          JSON.stringify({ source: { id: "source:s", title: "S", publisher: "P", date: "2020", file: "sources/s.txt" }, entities, relationships: [] }),
        );
      write([
        { id: "project:x", kind: "Project", name: "X", identifiers: { cordis: "654321" }, evidence: [{ quote: "Project X has grant agreement 123456." }] },
        { id: "institution:y", kind: "Institution", name: "Y", identifiers: { ror: "https://ror.org/057zh3y96", orcid: "0000-0002-1825-0097" }, evidence: [{ quote: "Y is a university." }] },
      ]);
      let error: unknown;
      try {
        planSeed(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SeedValidationError);
      const problems = (error as SeedValidationError).problems.map((p) => `${p.record} ${p.field} ${p.rule}`);
      expect(problems).toContain("entities[0] (project:x) identifiers.cordis identifierStated");
      expect(problems).toContain("entities[1] (institution:y) identifiers.ror identifierFormat");
      expect(problems).toContain("entities[1] (institution:y) identifiers.orcid identifierFormat");
      // Stated in a quote, or curated with a reason that names the scheme: accepted.
      write([
        { id: "project:x", kind: "Project", name: "X", identifiers: { cordis: "123456" }, evidence: [{ quote: "Project X has grant agreement 123456." }] },
        { id: "institution:y", kind: "Institution", name: "Y", identifiers: { ror: "057zh3y96" }, evidence: [{ quote: "Y is a university." }, { curated: "ror id looked up in the ROR registry by the curator" }] },
      ]);
      expect(planSeed(bad).nodes.find((n) => n.id === "project:x")!.props.cordis).toBe("123456");
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });

  describe("in the graph", () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer();
      await clearGraph(t.db);
      await loadSeedDirectory(t.db, dir);
    });
    afterAll(async () => {
      await clearGraph(t.db);
      await t.close();
    });

    it("the API shows the identifiers, and the JSON-LD export gives them as sameAs", async () => {
      const response = await graphql(t.server.url, `{ entity(id: "project:testproj-a") { identifiers { scheme value url } } other: entity(id: "institution:fixture-university-of-testing") { identifiers { scheme value url } } }`);
      expect(response.errors).toBeUndefined();
      expect(response.data!.entity.identifiers).toEqual([{ scheme: "CORDIS", value: "900001", url: "https://cordis.europa.eu/project/id/900001" }]);
      expect(response.data!.other.identifiers).toEqual([{ scheme: "ROR", value: "0testaa30", url: "https://ror.org/0testaa30" }]);
      const doc = (await (await fetch(`${t.server.url}/export/jsonld`)).json()) as { "@graph": Array<Record<string, unknown>> };
      const project = doc["@graph"].find((n) => n["@id"] === "urn:eu-japan-sti:project:testproj-a")!;
      expect(project.sameAs).toEqual(["https://cordis.europa.eu/project/id/900001"]);
      expect(project["@type"]).toEqual(["Project", "sti:Project"]);
    });
  });
});
