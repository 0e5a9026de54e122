// A typed client against the real server: Apollo Client 4 with a normalised InMemoryCache, and the
// operations, result types and possibleTypes that GraphQL Code Generator wrote from schema.graphql
// and tests/client/operations.graphql (`npm run codegen`). The README's "Using it from code" shows
// this code. Read-only: it checks the curated seed and writes nothing.
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EntityCardDocument,
  EntityIdentityDocument,
  EntityNamesDocument,
  EntityRelationsDocument,
  EntityNamesFragmentDoc,
  InstitutionNetworkDocument,
  PersonAffiliationInstitutionsDocument,
  PersonAffiliationTitlesDocument,
  PersonDocument,
  ProjectPrioritiesDocument,
  WhoMetDocument,
  type EntityCardQuery,
} from "./client/generated/graphql";
import generated from "./client/generated/possible-types";
import { startTestServer, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";

const SMITS = "person:robert-jan-smits";

// README "Using it from code" (keep the two in step)
function createClient(url: string) {
  return new ApolloClient({
    link: new HttpLink({ uri: `${url}/graphql` }),
    // possibleTypes: which concrete types implement Node and Entity, so that fragments on an
    // interface match the objects in the cache.
    cache: new InMemoryCache({ possibleTypes: generated.possibleTypes }),
  });
}

describe("Apollo Client with generated types and possibleTypes", () => {
  let t: TestServer;
  let url: string;

  beforeAll(async () => {
    t = await startTestServer();
    url = t.server.url;
    await expectCuratedSeed(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers the three jobs and a person lookup, typed", async () => {
    const client = createClient(url);
    const { data: met } = await client.query({
      query: WhoMetDocument,
      variables: { personId: SMITS, placeId: "place:kyoto", from: "2014-10", to: "2014-10" },
    });
    const harayama = met?.whoMet.edges.find((edge) => edge.node.person.id === "person:yuko-harayama")?.node;
    expect(harayama?.person.name).toBe("Yuko Harayama");
    expect(harayama?.meetings[0]).toMatchObject({ kind: "EVENT", event: { id: "event:eu-japan-policy-forum-5-2014-10-04" }, subjectRoles: ["SPEAKER"] });

    const { data: priorities } = await client.query({ query: ProjectPrioritiesDocument, variables: { projectId: "project:jeupiste", tiers: ["FLAGSHIP"] } });
    expect(priorities?.projectPriorities.pageInfo.hasNextPage).toBe(false);
    const traces = priorities?.projectPriorities.edges.map((edge) => edge.node);
    const flagships = traces?.filter((trace) => trace.setBy.id === "document:eu-japan-roadmap-2014").map((trace) => trace.priority.id);
    expect(flagships?.sort()).toEqual(["area:critical-raw-materials", "area:ict", "area:transport-research-including-aviation"]);
    expect(traces?.every((trace) => trace.tier === "FLAGSHIP")).toBe(true);

    const { data: network } = await client.query({ query: InstitutionNetworkDocument, variables: { institutionId: "institution:dg-research-and-innovation" } });
    expect(network?.institutionNetwork?.center.id).toBe("institution:dg-research-and-innovation");
    expect(network?.institutionNetwork?.edges.pageInfo.hasNextPage).toBe(false);
    const csti = network?.institutionNetwork?.edges.edges.find((edge) => edge.node.sourceId === "institution:csti")?.node;
    expect(csti?.via).toContain("EVENT");

    // Vocabulary values come as the enums the generated types name; free text stays apart.
    const { data: roadmap } = await client.query({ query: EntityRelationsDocument, variables: { id: "document:eu-japan-roadmap-2014", types: ["SETS_PRIORITY"], first: 100 } });
    const tierOf = (areaId: string) => roadmap?.entity?.relations.edges.find((edge) => edge.node.other.id === areaId)?.node.tier;
    expect([tierOf("area:critical-raw-materials"), tierOf("area:health"), tierOf("area:robotics")]).toEqual(["FLAGSHIP", "ONGOING", "POTENTIAL"]);
    const { data: jeupiste } = await client.query({ query: EntityRelationsDocument, variables: { id: "project:jeupiste", types: ["PARTNER_IN"], first: 100 } });
    const partners = jeupiste?.entity?.relations.edges.map((edge) => edge.node) ?? [];
    expect(partners.length).toBeGreaterThan(0);
    expect(partners.every((partner) => partner.role === null)).toBe(true);
    expect(partners.map((partner) => partner.partnerRole)).toContain("coordinator");

    const { data: person } = await client.query({ query: PersonDocument, variables: { id: SMITS } });
    expect(person?.person).toMatchObject({ __typename: "Person", id: SMITS, name: "Robert-Jan Smits" });
    expect(person?.person?.aliases).toContain("Smits");
  });

  it("two queries that select different fields of the same person both read back complete from the cache", async () => {
    const client = createClient(url);
    // One through the Node interface with a fragment on the Entity interface, one through entity().
    await client.query({ query: EntityNamesDocument, variables: { id: SMITS } });
    await client.query({ query: EntityIdentityDocument, variables: { id: SMITS } });
    // Both are normalised into the one Person:person:robert-jan-smits object in the cache.
    const names = client.readQuery({ query: EntityNamesDocument, variables: { id: SMITS }, returnPartialData: false });
    const identity = client.readQuery({ query: EntityIdentityDocument, variables: { id: SMITS }, returnPartialData: false });
    expect(names?.node).toMatchObject({ __typename: "Person", id: SMITS, name: "Robert-Jan Smits" });
    expect(names?.node && "aliases" in names.node ? names.node.aliases : []).toContain("Smits");
    expect(identity?.entity).toMatchObject({ __typename: "Person", id: SMITS, name: "Robert-Jan Smits", kind: "PERSON", identifiers: [] });
    // The fragment on Entity reads the person's fields straight from the cache, as a Person.
    const fragment = client.readFragment({ fragment: EntityNamesFragmentDoc, id: client.cache.identify({ __typename: "Person", id: SMITS }), returnPartialData: false });
    expect(fragment).toMatchObject({ __typename: "Person", id: SMITS, name: "Robert-Jan Smits" });

    // Why possibleTypes: without it the cache cannot tell that a Person is an Entity, and drops the
    // fields the fragment on Entity selected.
    const bare = new ApolloClient({ link: new HttpLink({ uri: `${url}/graphql` }), cache: new InMemoryCache() });
    await bare.query({ query: EntityNamesDocument, variables: { id: SMITS } });
    expect(bare.readQuery({ query: EntityNamesDocument, variables: { id: SMITS } })?.node).toEqual({ __typename: "Person", id: SMITS });
  });

  it("resolves a query through an interface to the right concrete type", async () => {
    const client = createClient(url);
    const card = async (id: string): Promise<EntityCardQuery["entity"]> => (await client.query({ query: EntityCardDocument, variables: { id } })).data?.entity ?? null;
    const institution = await card("institution:mext");
    if (institution?.__typename !== "Institution") throw new Error(`institution:mext came back as ${institution?.__typename}`);
    expect(institution.institutionType).toBe("MINISTRY");
    const project = await card("project:jeupiste");
    if (project?.__typename !== "Project") throw new Error(`project:jeupiste came back as ${project?.__typename}`);
    expect(project.fullName).toMatch(/\S/);
    const person = await card(SMITS);
    expect(person).toEqual({ __typename: "Person", id: SMITS, name: "Robert-Jan Smits", honorific: person?.__typename === "Person" ? person.honorific : undefined });
    // Read back from the cache, each entity keeps its concrete type and the fields of that type only.
    const cached = client.readQuery({ query: EntityCardDocument, variables: { id: "institution:mext" }, returnPartialData: false });
    expect(cached?.entity).toEqual(institution);
  });

  it("objects with their own id (Affiliation) are normalised, so two selections of them both read back complete", async () => {
    // Issue 12: Affiliation (like Participation, Relation, Meeting, Encounter and Hop) carries a
    // stable id, so the cache stores each affiliation once and merges the two selections' fields.
    // Without the id the second query's affiliations replaced the first's, and the first no longer
    // read back complete.
    const client = createClient(url);
    const titles = await client.query({ query: PersonAffiliationTitlesDocument, variables: { id: SMITS } });
    await client.query({ query: PersonAffiliationInstitutionsDocument, variables: { id: SMITS } });
    const institutions = client.readQuery({ query: PersonAffiliationInstitutionsDocument, variables: { id: SMITS }, returnPartialData: false });
    expect(institutions?.person?.affiliations.length).toBeGreaterThan(0);
    expect(institutions!.person!.affiliations.every((a) => a.institution.name)).toBe(true);
    const again = client.readQuery({ query: PersonAffiliationTitlesDocument, variables: { id: SMITS }, returnPartialData: false });
    expect(again).not.toBeNull();
    expect(again!.person!.affiliations).toEqual(titles.data!.person!.affiliations);
  });
});
