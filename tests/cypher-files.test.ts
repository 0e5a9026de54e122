// Every named statement in cypher/ (migrations excepted: they are applied in tests) parses and plans
// against the real Neo4j, and documents itself with a header comment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypher, cypherFolder } from "../src/neo4j/cypher-files";
import { ENTITY_KINDS, RELATIONSHIP_TYPE_NAMES } from "../src/domain/vocabulary";
import type { Database } from "../src/neo4j/database";
import { testDatabase } from "./support/helpers";

const statements = ["admin", "queries", "seed"].flatMap((folder) => cypherFolder(folder));

describe("cypher/ files", () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => db.close());

  it("exist", () => expect(statements.length).toBeGreaterThan(5));

  it.each(statements.map((s) => [s.name, s] as const))("%s has a header and passes EXPLAIN", async (_name, statement) => {
    expect(statement.header.length).toBeGreaterThan(20);
    if (/^CALL db\.awaitIndexes/.test(statement.text)) return; // a procedure call: EXPLAIN adds nothing
    await db.driver.executeQuery(`EXPLAIN ${statement.text}`, {}, { database: db.database });
  });

  it("never interpolates: no template or concatenation markers in statements", () => {
    for (const statement of statements) expect(statement.text, statement.name).not.toMatch(/\$\{|\+\s*'|'\s*\+/);
  });

  it("graph-stats counts every kind and relationship type of the vocabulary (its lists are written out for the counts store)", () => {
    const text = cypher("queries/stats/graph-stats").text;
    for (const kind of [...ENTITY_KINDS, "Source"]) expect(text, kind).toContain(`MATCH (n:${kind}) WITH count(n) AS count RETURN '${kind}' AS name`);
    for (const type of RELATIONSHIP_TYPE_NAMES) expect(text, type).toContain(`MATCH (:Entity)-[r:${type}]->() WITH count(r) AS count RETURN '${type}' AS name`);
  });

  it("graph-stats reads only the counts store: no scan or expansion in its plan", async () => {
    const { summary } = await db.driver.executeQuery(`EXPLAIN ${cypher("queries/stats/graph-stats").text}`, {}, { database: db.database });
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }) => {
      operators.push(plan.operatorType.replace(/@.*$/, ""));
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
    expect(operators.filter((op) => /Scan|Expand|Seek/.test(op))).toEqual([]);
    expect(operators.filter((op) => /CountFromCountStore/.test(op))).toHaveLength(ENTITY_KINDS.length + 1 + RELATIONSHIP_TYPE_NAMES.length);
  });
});
