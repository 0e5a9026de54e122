// Issue 14, failure 5: curated writes cannot corrupt the graph or break reads. Against a server as
// deployed (NODE_ENV=production) on the real Neo4j: concurrent identical adds leave one relationship,
// numbers are range-checked as the seed checks them, quotes are real quotes, a removal that removes
// nothing is an error and is not logged, and the integrity check finds (and repairs) what an older
// version let in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkIntegrity, describeIntegrity, repairIntegrity } from "../src/curation/integrity";
import { clearGraph, graphql, TEST_TOKEN, type TestServer } from "./support/helpers";
import { curatedSeed } from "./support/seed";
import { startProductionServer } from "./support/production-server";

const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };
const ADD = `mutation ($input: RelationshipInput!) { addRelationship(input: $input) { ok target errors { field rule message } } }`;
const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { ok errors { field rule message } } }`;
const REMOVE = `mutation ($input: RelationshipRemovalInput!) { removeRelationship(input: $input) { ok removed errors { field rule message } } }`;
const EVENT = "event:joint-st-committee-meeting-1-2011-06";
const BODY = "institution:joint-st-committee";

describe("curation integrity (production mode)", () => {
  let t: TestServer;
  const gql = (query: string, variables?: Record<string, unknown>) => graphql<any>(t.server.url, query, variables, AUTH);
  const editCount = async () => (await t.db.read("curation/edits")).length;
  const count = async (cypher: string, params: Record<string, unknown> = {}) =>
    Number((await t.db.driver.executeQuery(cypher, params, { database: t.db.database })).records[0]!.get(0));

  beforeAll(async () => {
    t = await startProductionServer({ MAX_CONCURRENT_REQUESTS: "32" });
    await curatedSeed(t.db);
  });
  afterAll(async () => {
    await clearGraph(t.db);
    await t?.close();
  });

  it("16 concurrent identical addRelationship calls leave one relationship", async () => {
    const input = {
      type: "AFFILIATED_WITH",
      from: "person:robert-jan-smits",
      to: "institution:csti",
      properties: { title: "Concurrency test" },
      evidence: [{ curated: "Test fixture: sixteen identical adds at once." }],
    };
    const answers = await Promise.all(Array.from({ length: 16 }, () => gql(ADD, { input })));
    for (const answer of answers) expect(answer.data?.addRelationship?.ok, JSON.stringify(answer.errors)).toBe(true);
    const stored = await count(
      "MATCH (:Entity {id: $from})-[r:AFFILIATED_WITH {key: $key}]->(:Entity {id: $to}) RETURN count(r)",
      { from: input.from, to: input.to, key: answers[0]!.data.addRelationship.target },
    );
    expect(stored).toBe(1);
    expect((await checkIntegrity(t.db)).duplicates).toEqual([]);
  });

  it.each([[3_000_000_000], [1e300], [0], [1.5]])("refuses an ordinal of %s, and reads of the series keep working", async (ordinal) => {
    const edits = await editCount();
    const answer = await gql(ADD, {
      input: { type: "MEETING_OF", from: EVENT, to: BODY, properties: { ordinal }, evidence: [{ curated: "Test fixture: an ordinal out of range." }] },
    });
    expect(answer.data.addRelationship.ok).toBe(false);
    expect(answer.data.addRelationship.errors.map((e: any) => e.field)).toEqual(["properties.ordinal"]);
    const event = await gql(UPSERT, {
      input: { id: EVENT, kind: "EVENT", name: "1st Joint S&T Committee", properties: { ordinal }, evidence: [{ curated: "Test fixture: an ordinal out of range." }] },
    });
    expect(event.data.upsertEntity.ok).toBe(false);
    expect(event.data.upsertEntity.errors.map((e: any) => e.field)).toContain("properties.ordinal");
    expect(await editCount()).toBe(edits);
    const series = await gql(`{ series(bodyId: "${BODY}", first: 100) { edges { node { ordinal event { id } } } } }`);
    expect(series.errors).toBeUndefined();
  });

  it.each([["   \n\t "], ["a"], ["two words"], [" The first meeting of the Joint S&T Committee "]])("refuses the quote %j as evidence", async (quote) => {
    const answer = await gql(UPSERT, {
      input: { id: "person:quote-test", kind: "PERSON", name: "Quote Test", evidence: [{ source: "source:eu-japan-sti-news-2014", quote }] },
    });
    expect(answer.data.upsertEntity.ok).toBe(false);
    expect(answer.data.upsertEntity.errors.map((e: any) => `${e.field}:${e.rule}`)).toContain("evidence[0].quote:isQuote");
  });

  it.each([["'; MATCH (n) DETACH DELETE n //"], ["\u0000"], ["person:nobody-at-all"]])("refuses a removal of %j that removes nothing, and does not log it", async (id) => {
    const edits = await editCount();
    const answer = await gql(REMOVE, { input: { type: "MET", from: id, to: "person:sadayuki-tsuchiya", reason: "Test: nothing matches this removal." } });
    expect(answer.data.removeRelationship.ok).toBe(false);
    expect(answer.data.removeRelationship.removed).toBe(false);
    expect(answer.data.removeRelationship.errors[0].message).toMatch(/nothing was removed/);
    expect(await editCount()).toBe(edits);
  });

  it("finds duplicates and out-of-range ordinals already in the database, and repairs them", async () => {
    // What an older version let in, written directly.
    await t.db.driver.executeQuery(
      `MATCH (a:Entity {id: $from})-[r:MEETING_OF]->(b:Entity {id: $to})
       CREATE (a)-[c:MEETING_OF]->(b) SET c = properties(r)
       SET r.ordinal = 3000000000`,
      { from: EVENT, to: BODY },
      { database: t.db.database },
    );
    const report = await checkIntegrity(t.db);
    expect(report.duplicates).toEqual([expect.objectContaining({ from: EVENT, to: BODY, count: 2 })]);
    expect(report.outOfRange).toEqual(expect.arrayContaining([expect.objectContaining({ property: "ordinal", value: "3000000000" })]));
    expect(describeIntegrity(report).join("\n")).toMatch(/stored 2 times[\s\S]*out of range/);

    const repaired = await repairIntegrity(t.db);
    expect(repaired.duplicatesDeleted).toBe(1);
    expect(await checkIntegrity(t.db)).toEqual({ duplicates: [], outOfRange: [] });
    const series = await gql(`{ series(bodyId: "${BODY}", first: 100) { edges { node { ordinal event { id } } } } }`);
    expect(series.errors).toBeUndefined();
  });
});
