// No silent answer for a mistyped id. Every argument of a query that takes an id — found by
// introspection, so a new query cannot be forgotten — answers NOT_FOUND naming the argument and the id
// when no entity has it (the lookups by id answer null instead); a well-formed id of the wrong kind and
// a malformed id are BAD_USER_INPUT naming the argument, before any Cypher and without a stack trace.
// The existence check costs a statement only when the answer is empty.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startTestServer, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";

const SMITS = "person:robert-jan-smits";
const SOURCE = "source:eu-japan-sti-news-2014";

interface Example {
  /** The operation, with the id under test as $id. */
  query: string;
  /** A well-formed id no entity has (a plausible typo). */
  unknown: string;
  /** What an unknown id gives: NOT_FOUND, null for a lookup by id, or a null item for a lookup by a list of ids (nodes). */
  answer: "NOT_FOUND" | "null" | "[null]";
  /** A well-formed id of a kind the argument does not take (absent when it takes every kind). */
  wrongKind?: string;
}

/** One example call per query argument of type ID (or [ID]): the introspection test fails on any other. */
const EXAMPLES: Record<string, Example> = {
  "entity.id": { query: `query ($id: ID!) { entity(id: $id) { id } }`, unknown: "person:robert-jan-smit", answer: "null" },
  "node.id": { query: `query ($id: ID!) { node(id: $id) { id } }`, unknown: "source:eu-japan-sti-news-2041", answer: "null" },
  "nodes.ids": { query: `query ($id: ID!) { nodes(ids: [$id]) { id } }`, unknown: "source:eu-japan-sti-news-2041", answer: "[null]" },
  "person.id": { query: `query ($id: ID!) { person(id: $id) { id } }`, unknown: "person:robert-jan-smit", answer: "null", wrongKind: "institution:mext" },
  "institution.id": { query: `query ($id: ID!) { institution(id: $id) { id } }`, unknown: "institution:mextt", answer: "null", wrongKind: SMITS },
  "project.id": { query: `query ($id: ID!) { project(id: $id) { id } }`, unknown: "project:jeupist", answer: "null", wrongKind: SMITS },
  "event.id": { query: `query ($id: ID!) { event(id: $id) { id } }`, unknown: "event:eu-japan-summit-2041-05", answer: "null", wrongKind: SMITS },
  "researchArea.id": { query: `query ($id: ID!) { researchArea(id: $id) { id } }`, unknown: "area:ictt", answer: "null", wrongKind: SMITS },
  "source.id": { query: `query ($id: ID!) { source(id: $id) { id } }`, unknown: "source:eu-japan-sti-news-2041", answer: "null", wrongKind: SMITS },
  "whoMet.personId": { query: `query ($id: ID!) { whoMet(personId: $id) { totalCount } }`, unknown: "person:robert-jan-smit", answer: "NOT_FOUND", wrongKind: "institution:mext" },
  "whoMet.placeId": {
    query: `query ($id: ID) { whoMet(personId: "${SMITS}", placeId: $id) { totalCount } }`,
    unknown: "place:kyotoo",
    answer: "NOT_FOUND",
    wrongKind: SMITS,
  },
  "meetingsBetween.personId": {
    query: `query ($id: ID!) { meetingsBetween(personId: $id, otherPersonId: "${SMITS}") { met } }`,
    unknown: "person:kazuo-kyuma-x",
    answer: "NOT_FOUND",
    wrongKind: "institution:mext",
  },
  "meetingsBetween.otherPersonId": {
    query: `query ($id: ID!) { meetingsBetween(personId: "${SMITS}", otherPersonId: $id) { met } }`,
    unknown: "person:kazuo-kyuma-x",
    answer: "NOT_FOUND",
    wrongKind: "institution:mext",
  },
  "howConnected.fromId": {
    query: `query ($id: ID!) { howConnected(fromId: $id, toId: "${SMITS}") { length } }`,
    unknown: "institution:mextt",
    answer: "NOT_FOUND",
    wrongKind: SOURCE,
  },
  "howConnected.toId": {
    query: `query ($id: ID!) { howConnected(fromId: "${SMITS}", toId: $id) { length } }`,
    unknown: "institution:mextt",
    answer: "NOT_FOUND",
    wrongKind: SOURCE,
  },
  "institutionNetwork.institutionId": {
    query: `query ($id: ID!) { institutionNetwork(institutionId: $id) { truncated } }`,
    unknown: "institution:mextt",
    answer: "NOT_FOUND",
    wrongKind: SMITS,
  },
  "projectPriorities.projectId": {
    query: `query ($id: ID!) { projectPriorities(projectId: $id) { totalCount } }`,
    unknown: "project:jeupist",
    answer: "NOT_FOUND",
    wrongKind: "area:ict",
  },
  "projectPriorities.setBy": {
    query: `query ($id: ID) { projectPriorities(projectId: "project:jeupiste", setBy: $id) { totalCount } }`,
    unknown: "document:eu-japan-roadmap-2041",
    answer: "NOT_FOUND",
    wrongKind: SMITS,
  },
  "priorityReach.areaId": { query: `query ($id: ID!) { priorityReach(areaId: $id) { totalCount } }`, unknown: "area:ictt", answer: "NOT_FOUND", wrongKind: "project:jeupiste" },
  "priorityReach.setBy": {
    query: `query ($id: ID) { priorityReach(areaId: "area:ict", setBy: $id) { totalCount } }`,
    unknown: "event:eu-japan-summit-2041-05",
    answer: "NOT_FOUND",
    wrongKind: "area:ict",
  },
  "series.bodyId": {
    query: `query ($id: ID!) { series(bodyId: $id) { totalCount } }`,
    unknown: "institution:joint-st-comittee",
    answer: "NOT_FOUND",
    wrongKind: SMITS,
  },
  "timeline.placeId": { query: `query ($id: ID) { timeline(placeId: $id) { totalCount } }`, unknown: "place:kyotoo", answer: "NOT_FOUND", wrongKind: SMITS },
  "timeline.participantId": {
    query: `query ($id: ID) { timeline(participantId: $id) { totalCount } }`,
    unknown: "person:robert-jan-smit",
    answer: "NOT_FOUND",
    wrongKind: SOURCE,
  },
};

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

const namedType = (type: TypeRef): string => (type.ofType ? namedType(type.ofType) : type.name!);
const TYPE_REF = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

const fieldOf = (key: string) => key.split(".")[0]!;
const argumentOf = (key: string) => key.split(".")[1]!;

describe("unknown, wrong-kind and malformed ids in query arguments", () => {
  let t: TestServer;
  const gql = (query: string, variables?: Record<string, unknown>) => graphql<any>(t.server.url, query, variables);

  beforeAll(async () => {
    t = await startTestServer();
    await expectCuratedSeed(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it("covers every ID argument of every query (walked by introspection)", async () => {
    const response = await gql(`{ __schema { queryType { fields { name args { name type { ${TYPE_REF} } } } } } }`);
    expect(response.errors).toBeUndefined();
    const idArguments = (response.data.__schema.queryType.fields as Array<{ name: string; args: Array<{ name: string; type: TypeRef }> }>)
      .flatMap((field) => field.args.filter((arg) => namedType(arg.type) === "ID").map((arg) => `${field.name}.${arg.name}`))
      .sort();
    expect(idArguments.length).toBeGreaterThan(15);
    // A query argument here without an example is a new way to be silent about a typo: add it to EXAMPLES.
    expect(idArguments).toEqual(Object.keys(EXAMPLES).sort());
  });

  it("the examples are sound: no node has any of their unknown ids", async () => {
    const ids = Object.values(EXAMPLES).map((e) => e.unknown);
    const found = await t.db.driver.executeQuery("UNWIND $ids AS id MATCH (n {id: id}) RETURN n.id AS id", { ids }, { database: t.db.database });
    expect(found.records.map((r) => r.get("id"))).toEqual([]);
  });

  it.each(Object.entries(EXAMPLES).filter(([, e]) => e.answer === "NOT_FOUND"))("%s: an unknown id is NOT_FOUND naming the argument and the id", async (key, example) => {
    const response = await gql(example.query, { id: example.unknown });
    const argument = argumentOf(key);
    expect(response.errors, JSON.stringify(response)).toHaveLength(1);
    const error = response.errors![0]!;
    expect(error.extensions?.code).toBe("NOT_FOUND");
    expect(error.message).toBe(`${argument}: no entity with id "${example.unknown}"`);
    expect(error.extensions?.argument).toBe(argument);
    expect(error.extensions?.id).toBe(example.unknown);
    expect(error.extensions?.arguments).toEqual([{ argument, id: example.unknown, message: error.message }]);
    expect(error.path).toEqual([fieldOf(key)]);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace/);
  });

  it.each(Object.entries(EXAMPLES).filter(([, e]) => e.answer === "null"))("%s: a lookup by an unknown id answers null, not an error", async (key, example) => {
    const response = await gql(example.query, { id: example.unknown });
    expect(response.errors).toBeUndefined();
    expect(response.data[fieldOf(key)]).toBeNull();
  });

  it.each(Object.entries(EXAMPLES).filter(([, e]) => e.answer === "[null]"))("%s: a lookup by a list with an unknown id answers a null item, not an error", async (key, example) => {
    const response = await gql(example.query, { id: example.unknown });
    expect(response.errors).toBeUndefined();
    expect(response.data[fieldOf(key)]).toEqual([null]);
  });

  it.each(Object.entries(EXAMPLES).filter(([, e]) => e.wrongKind))("%s: a well-formed id of the wrong kind is BAD_USER_INPUT naming the argument", async (key, example) => {
    const response = await gql(example.query, { id: example.wrongKind });
    expect(response.errors, JSON.stringify(response)).toHaveLength(1);
    const error = response.errors![0]!;
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.argument).toBe(argumentOf(key));
    expect(error.message).toContain(argumentOf(key));
    expect(response.extensions?.cypherQueries).toBe(0);
  });

  const MALFORMED: Array<[string, unknown]> = [
    ["x", "x"],
    ["42 (a number)", 42],
    ["an upper-case slug", "person:Robert-Jan-Smits"],
    ["a huge string", `person:${"a".repeat(60_000)}!`],
    ["a Cypher fragment", "person:x' OR 1=1 //"],
  ];

  it.each(Object.keys(EXAMPLES))("%s: a malformed id is BAD_USER_INPUT naming the argument, with no stack trace", async (key) => {
    for (const [label, value] of MALFORMED) {
      const response = await gql(EXAMPLES[key]!.query, { id: value });
      expect(response.errors, `${label}: ${JSON.stringify(response).slice(0, 500)}`).toHaveLength(1);
      const error = response.errors![0]!;
      expect(error.extensions?.code, label).toBe("BAD_USER_INPUT");
      expect(error.extensions?.argument, label).toBe(argumentOf(key));
      expect(error.extensions?.arguments, label).toEqual([expect.objectContaining({ argument: argumentOf(key) })]);
      expect(JSON.stringify(response), label).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+/);
      expect(response.extensions?.cypherQueries, label).toBe(0);
    }
  });

  it("a malformed id written in the query text, or a value no ID can be, gets no stack trace either", async () => {
    const literal = await gql(`{ whoMet(personId: 42) { totalCount } }`);
    expect(literal.errors![0]!.extensions?.code).toBe("BAD_USER_INPUT");
    expect(literal.errors![0]!.extensions?.argument).toBe("personId");
    for (const value of [{}, [1, 2], true, 1.5]) {
      const response = await gql(`query ($id: ID!) { whoMet(personId: $id) { totalCount } }`, { id: value });
      expect(response.errors![0]!.extensions?.code, JSON.stringify(value)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(response), JSON.stringify(value)).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+/);
    }
  });

  it("every unknown id of one call is named, checked in one statement", async () => {
    const response = await gql(`{ meetingsBetween(personId: "person:nobody-at-all", otherPersonId: "person:nobody-else") { met } }`);
    expect(response.errors).toHaveLength(1);
    const error = response.errors![0]!;
    expect(error.extensions?.code).toBe("NOT_FOUND");
    expect(error.message).toBe(`personId: no entity with id "person:nobody-at-all"; otherPersonId: no entity with id "person:nobody-else"`);
    expect(error.extensions?.argument).toBe("personId");
    expect((error.extensions?.arguments as Array<{ argument: string; id: string }>).map((a) => [a.argument, a.id])).toEqual([
      ["personId", "person:nobody-at-all"],
      ["otherPersonId", "person:nobody-else"],
    ]);
    // The query itself, then one existence check for both ids.
    expect(response.extensions?.cypherQueries).toBe(2);
  });

  it("one error shape: every argument error carries extensions.argument and extensions.arguments", async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [`{ whoMet(personId: "institution:mext") { totalCount } }`, {}, "personId"], // a class-validator rule
      [`{ timeline(from: "2015", to: "2014") { totalCount } }`, {}, "to"], // a rule across arguments
      [`query ($o: EntityOrder) { entities(orderBy: $o) { totalCount } }`, { o: null }, "orderBy"], // graphql-js: null for a non-null argument
      [`{ whoMet(personId: "person:nobody-at-all") { totalCount } }`, {}, "personId"], // NOT_FOUND
    ];
    for (const [query, variables, argument] of cases) {
      const response = await gql(query, variables);
      const error = response.errors![0]!;
      expect(error.extensions?.argument, query).toBe(argument);
      expect(error.extensions?.arguments, query).toEqual([expect.objectContaining({ argument, message: expect.any(String) })]);
      expect(JSON.stringify(response), query).not.toMatch(/stacktrace/);
    }
  });

  it("existing ids with an empty answer stay empty answers, not errors", async () => {
    const empty = await gql(`{
      whoMet(personId: "${SMITS}", to: "1990") { totalCount }
      timeline(placeId: "place:kyoto", to: "1990") { totalCount }
      meetingsBetween(personId: "${SMITS}", otherPersonId: "person:yuko-harayama", to: "1990") { met }
      series(bodyId: "institution:mext") { totalCount edges { node { ordinal } } }
      howConnected(fromId: "${SMITS}", toId: "institution:mext", maxHops: 1) { length }
    }`);
    expect(empty.errors).toBeUndefined();
    expect(empty.data).toEqual({ whoMet: { totalCount: 0 }, timeline: { totalCount: 0 }, meetingsBetween: { met: false }, series: { totalCount: 0, edges: [] }, howConnected: [] });
  });

  it("a non-empty answer needs no existence check; an empty one needs one statement more", async () => {
    const count = async (query: string) => {
      const response = await gql(query);
      expect(response.errors, query).toBeUndefined();
      return response.extensions?.cypherQueries as number;
    };
    // Before this check existed these took 1 statement each, whatever the answer.
    expect(await count(`{ whoMet(personId: "${SMITS}") { totalCount } }`)).toBe(1);
    expect(await count(`{ projectPriorities(projectId: "project:jeupiste") { edges { node { tier } } } }`)).toBe(1);
    expect(await count(`{ timeline(placeId: "place:kyoto") { totalCount } }`)).toBe(1);
    expect(await count(`{ series(bodyId: "institution:joint-st-committee") { edges { node { ordinal } } } }`)).toBe(1);
    expect(await count(`{ whoMet(personId: "${SMITS}", to: "1990") { totalCount } }`)).toBe(2);
    expect(await count(`{ timeline(to: "1990") { totalCount } }`)).toBe(1); // no id to check
    // institutionNetwork reads its centre anyway (through the entity loader): an unknown one costs nothing more.
    const unknown = await gql(`{ institutionNetwork(institutionId: "institution:nowhere") { truncated } }`);
    expect(unknown.errors![0]!.extensions?.code).toBe("NOT_FOUND");
    expect(unknown.extensions?.cypherQueries).toBe(1);
    // An id the request already read as an entity is not looked up again: the lookup, then the traces.
    const beside = await gql(`{ project(id: "project:jeupist") { id } projectPriorities(projectId: "project:jeupist") { totalCount } }`);
    expect(beside.errors![0]!.extensions?.code).toBe("NOT_FOUND");
    expect(beside.extensions?.cypherQueries).toBe(2);
  });
});
