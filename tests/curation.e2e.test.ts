// Curated changes over real HTTP against the real Neo4j: bearer-token authentication before any
// Cypher, the seed's own validation rules with field errors, all-or-nothing writes, idempotent
// relationship adds, injection payloads stored as plain text, and curated changes that survive a
// re-load of the seed.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/config";
import { loadSeedDirectory } from "../src/curation/seed-and-edits";
import { clearGraph, graphql, startTestServer, TEST_TOKEN, type TestServer } from "./support/helpers";
import { curatedSeed } from "./support/seed";

const SEED = path.join(PROJECT_ROOT, "seed");
const SOURCE = "source:eu-japan-sti-news-2014";
const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };

const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { ok target errors { field rule message } entity { id name aliases evidence { stated quote curatedReason } } } }`;
const ADD = `mutation ($input: RelationshipInput!) { addRelationship(input: $input) { ok target errors { field rule message } } }`;
const REMOVE = `mutation ($input: RelationshipRemovalInput!) { removeRelationship(input: $input) { ok removed errors { field rule } } }`;

describe("curation mutations", () => {
  let t: TestServer;
  const gql = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = AUTH) => graphql<any>(t.server.url, query, variables, headers);
  const snapshot = async () => (await t.db.read("admin/graph-snapshot"))[0];

  beforeAll(async () => {
    t = await startTestServer();
    await curatedSeed(t.db);
  });
  afterAll(async () => {
    await clearGraph(t.db);
    await t.close();
  });

  const person = {
    id: "person:curated-harayama-aide",
    kind: "PERSON",
    name: "Curated Example",
    aliases: ["Example"],
    evidence: [{ curated: "Test fixture: a person added by a curator to exercise the mutation." }],
  };

  it.each([
    ["no token", {}],
    ["a wrong token", { authorization: "Bearer not-the-right-token-at-all-0000" }],
    ["a malformed header", { authorization: `Basic ${TEST_TOKEN}` }],
  ])("refuses a mutation with %s as UNAUTHENTICATED, before any Cypher", async (_case, headers) => {
    const before = await snapshot();
    const response = await gql(UPSERT, { input: person }, headers);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.extensions?.cypherQueries).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("creates an entity with a bearer token, and reads it back with its provenance", async () => {
    const response = await gql(UPSERT, { input: person });
    expect(response.errors).toBeUndefined();
    expect(response.data.upsertEntity).toMatchObject({ ok: true, target: person.id, errors: [] });
    expect(response.data.upsertEntity.entity).toEqual({
      id: person.id,
      name: "Curated Example",
      aliases: ["Example"],
      evidence: [{ stated: false, quote: null, curatedReason: person.evidence[0]!.curated }],
    });
  });

  it("refuses invalid input with every field error, writing nothing", async () => {
    const before = await snapshot();
    const response = await gql(UPSERT, {
      input: {
        id: "institution:wrong-prefix",
        kind: "EVENT",
        name: "Bad",
        properties: { date: "5 October 2014", colour: "red" },
        evidence: [{ source: SOURCE, quote: "a sentence that is not in the source" }, { quote: "a quote that names no source" }],
      },
    });
    expect(response.data.upsertEntity.ok).toBe(false);
    const errors = response.data.upsertEntity.errors.map((e: any) => `${e.field}:${e.rule}`);
    expect(errors).toEqual(expect.arrayContaining(["id:idPrefix", "properties.date:isPartialDate", "properties.colour:whitelistValidation"]));
    const evidence = await gql(UPSERT, { input: { ...person, id: "person:another", evidence: [{ source: SOURCE, quote: "not in the source at all" }, { quote: "a quote that names no source" }] } });
    expect(evidence.data.upsertEntity.errors.map((e: any) => `${e.field}:${e.rule}`)).toEqual(["evidence[0].quote:quoteInSource", "evidence[1].source:sourceRequired"]);
    expect(await snapshot()).toEqual(before);
  });

  it("adds a relationship once, however often it is added, and checks endpoint kinds", async () => {
    const input = {
      type: "AFFILIATED_WITH",
      from: person.id,
      to: "institution:csti",
      properties: { title: "Adviser" },
      evidence: [{ curated: "Test fixture: curated affiliation." }],
    };
    expect((await gql(ADD, { input })).data.addRelationship.ok).toBe(true);
    expect((await gql(ADD, { input })).data.addRelationship.ok).toBe(true);
    const { records } = await t.db.driver.executeQuery(
      "MATCH (:Person {id: $id})-[r:AFFILIATED_WITH]->(:Institution {id: 'institution:csti'}) RETURN count(r) AS n, r.evidenceCurated AS curated",
      { id: person.id },
      { database: t.db.database },
    );
    expect(records[0]?.get("n")).toBe(1);
    expect(records[0]?.get("curated")).toEqual(["Test fixture: curated affiliation."]);

    const wrong = await gql(ADD, { input: { ...input, type: "HELD_IN" } });
    expect(wrong.data.addRelationship.errors.map((e: any) => e.rule)).toEqual(expect.arrayContaining(["endpointKind", "noProperties"]));
    const missing = await gql(ADD, { input: { ...input, to: "institution:nowhere" } });
    expect(missing.data.addRelationship.errors).toEqual([{ field: "to", rule: "endpointExists", message: "no entity with id institution:nowhere" }]);
  });

  it("stores injection payloads as plain text and changes nothing else", async () => {
    const before = await snapshot();
    const payloads = ["'}) MATCH (n) DETACH DELETE n //", '"}]->() DELETE r //', "$(rm -rf /)", "\u0000\u202e", "{{7*7}}", "*:* OR 1=1"];
    for (const [i, payload] of payloads.entries()) {
      const response = await gql(UPSERT, { input: { ...person, id: `person:injection-${i}`, name: payload, aliases: [payload], note: payload } });
      expect(response.data.upsertEntity.ok, payload).toBe(true);
      expect(response.data.upsertEntity.entity.name).toBe(payload);
      const search = await gql(`query ($t: String!) { search(text: $t) { totalCount } }`, { t: payload });
      expect(search.errors, payload).toBeUndefined();
    }
    const after = (await snapshot()) as { nodes: Array<{ props: { id?: string } }>; relationships: unknown[] };
    const withoutNew = {
      ...after,
      nodes: after.nodes.filter((n) => !String(n.props.id ?? "").startsWith("person:injection-") && !("op" in n.props)),
    };
    const beforeTyped = before as { nodes: Array<{ props: Record<string, unknown> }> };
    expect(withoutNew).toEqual({ ...beforeTyped, nodes: beforeTyped.nodes.filter((n) => !("op" in n.props)) });
  });

  it("keeps curated changes across a re-load of the seed", async () => {
    const removal = await gql(REMOVE, {
      input: { type: "MET", from: "person:robert-jan-smits", to: "person:sadayuki-tsuchiya", reason: "Test: the caption may mean a photo, not a separate meeting." },
    });
    expect(removal.data.removeRelationship).toEqual({ ok: true, removed: true, errors: [] });
    const report = await loadSeedDirectory(t.db, SEED);
    expect(report.curatedEdits.skipped).toBe(0);
    expect(report.curatedEdits.applied).toBeGreaterThanOrEqual(3);

    const check = await gql(`{ meetingsBetween(personId: "person:sadayuki-tsuchiya", otherPersonId: "person:robert-jan-smits") { meetings { kind } } }`);
    expect(check.data.meetingsBetween.meetings.map((m: any) => m.kind)).toEqual(["EVENT"]);
    const curated = await gql(`{ person(id: "${person.id}") { name affiliations { title institution { id } } } }`);
    expect(curated.data.person).toEqual({ name: "Curated Example", affiliations: [{ title: "Adviser", institution: { id: "institution:csti" } }] });

    // A second load with the same seed and log changes nothing.
    const first = await snapshot();
    await loadSeedDirectory(t.db, SEED);
    expect(await snapshot()).toEqual(first);
  });

  it("removes a participation by its role (the ParticipationRole enum) and a partnership by its partnerRole, not both at once", async () => {
    const relation = (id: string, types: string) => gql(`{ entity(id: "${id}") { relations(types: [${types}], first: 100) { edges { node { role partnerRole other { id } } } } } }`);
    const both = await gql(REMOVE, {
      input: { type: "PARTNER_IN", from: "institution:tubitak", to: "project:concert-japan", role: "HOST", partnerRole: "coordinator", reason: "Test: one role only." },
    });
    expect(both.data.removeRelationship).toEqual({ ok: false, removed: false, errors: [{ field: "partnerRole", rule: "oneRole" }] });

    const partner = await gql(REMOVE, {
      input: { type: "PARTNER_IN", from: "institution:tubitak", to: "project:concert-japan", partnerRole: "coordinator", reason: "Test: removal by the partner's role." },
    });
    expect(partner.data.removeRelationship).toEqual({ ok: true, removed: true, errors: [] });
    const partners = (await relation("institution:tubitak", "PARTNER_IN")).data.entity.relations.edges.map((e: any) => e.node.other.id);
    expect(partners).not.toContain("project:concert-japan");

    const before = (await relation("person:robert-jan-smits", "PARTICIPATED_IN")).data.entity.relations.edges.map((e: any) => e.node);
    expect(before).toContainEqual({ role: "SPEAKER", partnerRole: null, other: { id: "event:eu-japan-policy-forum-5-2014-10-04" } });
    const participation = await gql(REMOVE, {
      input: { type: "PARTICIPATED_IN", from: "person:robert-jan-smits", to: "event:eu-japan-policy-forum-5-2014-10-04", role: "SPEAKER", reason: "Test: removal by the participation role." },
    });
    expect(participation.data.removeRelationship).toEqual({ ok: true, removed: true, errors: [] });
    const after = (await relation("person:robert-jan-smits", "PARTICIPATED_IN")).data.entity.relations.edges.map((e: any) => e.node.other.id);
    expect(after).not.toContain("event:eu-japan-policy-forum-5-2014-10-04");
  });
});
