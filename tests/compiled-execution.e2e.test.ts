// Operations are executed by graphql-js the first time their text is seen and by graphql-jit from the
// second time on (src/server/compiled-execution.ts). Both must answer the same: data, errors (message,
// code, path, locations, argument details) and HTTP status, for answers with data and for refusals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executions } from "../src/server/compiled-execution";
import { graphql, startTestServer, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";

const CASES: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  {
    name: "who met whom, with interface fragments, aliases, @include and __typename",
    query: `query ($id: ID!, $withRoles: Boolean!) {
      whoMet(personId: $id, first: 5) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id meetingCount person { __typename id name ... on Person { honorific } }
          meetings { kind date { value precision earliest latest } event { id name eventType } places { id name }
            subjectRoles @include(if: $withRoles) other: otherRoles evidence { kind quote source { id } } } } }
      }
    }`,
    variables: { id: "person:robert-jan-smits", withRoles: true },
  },
  {
    name: "an entity through the Entity interface, with relations and a nested loader",
    query: `query ($id: ID!) { entity(id: $id) { __typename id kind name ... on Event { eventType date { value } places { id } participants { role participant { id name } } }
      relations(first: 3) { totalCount edges { node { type outgoing other { __typename id } } } } } }`,
    variables: { id: "event:joint-st-committee-meeting-3-2015-05" },
  },
  { name: "NOT_FOUND naming the argument", query: `query ($id: ID!) { whoMet(personId: $id) { totalCount } }`, variables: { id: "person:nobody-at-all" } },
  { name: "BAD_USER_INPUT from class-validator", query: `query ($id: ID!) { whoMet(personId: $id) { totalCount } }`, variables: { id: "institution:mext" } },
  { name: "BAD_USER_INPUT from a rule across arguments", query: `{ whoMet(personId: "person:robert-jan-smits", from: "2015", to: "2014") { totalCount } }` },
  { name: "a variable of the wrong type (400)", query: `query ($n: Int) { timeline(first: $n) { totalCount } }`, variables: { n: "ten" } },
  { name: "a missing non-null variable (400)", query: `query ($id: ID!) { entity(id: $id) { id } }`, variables: {} },
  { name: "an unknown id answers null", query: `{ entity(id: "person:nobody-at-all") { id name } person(id: "person:nobody-at-all") { id } }` },
];

describe("compiled execution (graphql-jit) answers as graphql-js does", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    await expectCuratedSeed(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  const withoutRequestIds = (response: unknown) => JSON.parse(JSON.stringify(response, (key, value) => (key === "requestId" || key === "cypherQueries" ? undefined : value)));

  const seen = new Set<string>();
  for (const c of CASES) {
    it(c.name, async () => {
      // First: graphql-js (the text is new); second and third: the compiled operation.
      const answers = [];
      const paths: string[] = [];
      for (let i = 0; i < 3; i++) {
        const before = { ...executions };
        answers.push(withoutRequestIds(await graphql(t.server.url, c.query, c.variables)));
        paths.push(executions.compiled > before.compiled ? "compiled" : executions.graphqlJs > before.graphqlJs ? "graphql-js" : "not executed");
      }
      // A query text seen for the first time runs through graphql-js, then compiled (Apollo hands every
      // request of one text the same document). Refused variables: graphql-js refuses them the first
      // time; from then on the compiled path's own check refuses them before anything runs.
      const first = seen.has(c.query) ? "compiled" : "graphql-js";
      seen.add(c.query);
      const refused = c.name.includes("(400)");
      const expected = refused ? [first === "compiled" ? "not executed" : "graphql-js", "not executed", "not executed"] : [first, "compiled", "compiled"];
      expect(paths).toEqual(expected);
      expect(answers[0].data ?? answers[0].errors).toBeTruthy();
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
    });
  }
});
