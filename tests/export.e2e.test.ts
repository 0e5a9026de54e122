// Exports end to end over real HTTP, against the real Neo4j loaded with the curated seed, each read
// back with an independent library: graphology-gexf and graphology-graphml rebuild the graph,
// jsonld.js turns the JSON-LD into RDF, csv-parse reads the neo4j-admin CSV. Counts are compared with
// what Neo4j itself holds (the stats statement, or a Cypher count written in the test).
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import { MultiGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import jsonld from "jsonld";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTERNAL_PROPERTIES, NODE_ATTRIBUTES, RELATIONSHIP_ATTRIBUTES } from "../src/export/attributes";
import { startTestServer, testConfig, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";

describe("exports of the curated graph", () => {
  let t: TestServer;
  let url: string;
  let stats: { nodeCount: number; relationshipCount: number };
  const get = (p: string) => fetch(`${url}${p}`);
  const text = async (p: string) => {
    const response = await get(p);
    expect(response.status, await response.clone().text().then((b) => b.slice(0, 300))).toBe(200);
    return response.text();
  };
  /** An independent count, straight from Neo4j with the driver (not through the project's code). */
  const count = async (query: string, params: Record<string, unknown> = {}): Promise<number> => {
    const config = testConfig();
    const driver = neo4j.driver(config.neo4j.uri!, neo4j.auth.basic(config.neo4j.username, config.neo4j.password!));
    try {
      const result = await driver.executeQuery(query, params, { database: config.neo4j.database });
      return Number(result.records[0]!.get(0));
    } finally {
      await driver.close();
    }
  };

  beforeAll(async () => {
    t = await startTestServer();
    url = t.server.url;
    await expectCuratedSeed(t.db);
    const [row] = await t.db.read("queries/stats/graph-stats");
    stats = row as unknown as typeof stats;
    expect(stats.nodeCount).toBeGreaterThan(300);
  });
  afterAll(async () => {
    await t.close();
  });

  it("the export schema covers every property the graph holds", async () => {
    const config = testConfig();
    const driver = neo4j.driver(config.neo4j.uri!, neo4j.auth.basic(config.neo4j.username, config.neo4j.password!));
    try {
      const nodes = await driver.executeQuery("MATCH (n) WHERE n:Entity OR n:Source UNWIND keys(n) AS k RETURN collect(DISTINCT k) AS keys", {}, { database: config.neo4j.database });
      const rels = await driver.executeQuery("MATCH (:Entity)-[r]->() UNWIND keys(r) AS k RETURN collect(DISTINCT k) AS keys", {}, { database: config.neo4j.database });
      const known = new Set([...NODE_ATTRIBUTES.map((a) => a.name), ...INTERNAL_PROPERTIES]);
      expect((nodes.records[0]!.get("keys") as string[]).filter((k) => !known.has(k))).toEqual([]);
      const knownRel = new Set([...RELATIONSHIP_ATTRIBUTES.map((a) => a.name), ...INTERNAL_PROPERTIES]);
      expect((rels.records[0]!.get("keys") as string[]).filter((k) => !knownRel.has(k))).toEqual([]);
    } finally {
      await driver.close();
    }
  });

  it("GEXF: graphology-gexf rebuilds the same node and edge counts; dated entities carry their interval", async () => {
    const body = await text("/export/gexf");
    const graph = gexf.parse(MultiGraph, body);
    expect(graph.order).toBe(stats.nodeCount);
    expect(graph.size).toBe(stats.relationshipCount);
    const smits = graph.getNodeAttributes("person:robert-jan-smits");
    expect(smits.label).toBe("Robert-Jan Smits");
    expect(smits.kind).toBe("Person");
    expect(graph.getNodeAttribute("event:joint-st-committee-meeting-1-2011-06", "ordinal")).toBe(1);
    // The timeline: Gephi reads start/end on each element (graphology ignores them; read the XML).
    const doc = new DOMParser().parseFromString(body, "text/xml");
    const graphElement = doc.getElementsByTagName("graph")[0]!;
    expect(graphElement.getAttribute("mode")).toBe("dynamic");
    expect(graphElement.getAttribute("timeformat")).toBe("date");
    const nodes = Array.from(doc.getElementsByTagName("node"));
    const forum = nodes.find((n) => n.getAttribute("id") === "event:joint-st-committee-meeting-1-2011-06")!;
    expect([forum.getAttribute("start"), forum.getAttribute("end")]).toEqual(["2011-06-16", "2011-06-16"]);
    const monthOnly = nodes.filter((n) => n.getAttribute("start")?.endsWith("-01") && n.getAttribute("end")?.match(/-(28|29|30|31)$/));
    expect(monthOnly.length).toBeGreaterThan(0);
    expect(nodes.find((n) => n.getAttribute("id") === "person:robert-jan-smits")!.hasAttribute("start")).toBe(false);
  });

  it("GraphML: graphology-graphml rebuilds the same counts, with typed attributes", async () => {
    const body = await text("/export/graphml");
    const graph = graphml.parse(MultiGraph, body);
    expect(graph.order).toBe(stats.nodeCount);
    expect(graph.size).toBe(stats.relationshipCount);
    const event = graph.getNodeAttributes("event:joint-st-committee-meeting-1-2011-06");
    expect(event.stated).toBe(true);
    expect(event.ordinal).toBe(1);
    expect(event.kind).toBe("Event");
    expect(JSON.parse(event.evidenceQuotes as string)).toContain(
      "The first meeting of the EU–Japan Joint S&T Committee took place in June 2011 in Tokyo.",
    );
    const typed = graph.filterEdges((_e, a) => a.type === "PARTICIPATED_IN");
    expect(typed.length).toBe(await count("MATCH (:Entity)-[r:PARTICIPATED_IN]->(:Entity) RETURN count(r)"));
  });

  it("JSON-LD: jsonld.js expands it to RDF without errors; the triples carry schema.org types, provenance and quotes", async () => {
    const response = await get("/export/jsonld");
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const doc = (await response.json()) as Record<string, unknown>;
    // safe mode: any term jsonld.js would drop (not mapped to an IRI) is an error.
    const nquads = (await jsonld.toRDF(doc, { format: "application/n-quads", safe: true } as never)) as unknown as string;
    const lines = nquads.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(stats.nodeCount + stats.relationshipCount);
    const S = "<urn:eu-japan-sti:person:robert-jan-smits>";
    expect(lines).toContain(`${S} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .`);
    expect(lines).toContain(`${S} <http://www.w3.org/ns/prov#wasDerivedFrom> <urn:eu-japan-sti:source:eu-japan-sti-news-2014> .`);
    expect(lines).toContain(`<urn:eu-japan-sti:source:eu-japan-sti-news-2014> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/CreativeWork> .`);
    expect(lines).toContain(`<urn:eu-japan-sti:institution:mext> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Organization> .`);
    // A relationship: the direct triple, and its statement with provenance and the quote.
    expect(lines).toContain(`<urn:eu-japan-sti:person:sadayuki-tsuchiya> <urn:eu-japan-sti:vocab:AFFILIATED_WITH> <urn:eu-japan-sti:institution:mext> .`);
    const statements = lines.filter((l) => l.endsWith("<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ."));
    expect(statements.length).toBe(stats.relationshipCount);
    const derivedFrom = lines.filter((l) => l.startsWith("<urn:eu-japan-sti:statement:") && l.includes("<http://www.w3.org/ns/prov#wasDerivedFrom>"));
    expect(new Set(derivedFrom.map((l) => l.split(" ")[0])).size).toBe(
      await count("MATCH (:Entity)-[r]->(:Entity) WHERE size(r.sourceIds) > 0 RETURN count(r)"),
    );
    expect(nquads).toContain(`"Meeting with Sadayuki Tsuchiya"`);
    expect(lines.some((l) => l.includes("<urn:eu-japan-sti:vocab:curatedReason>"))).toBe(true);
  });

  it("CSV: neo4j-admin import headers, and every node and relationship once", async () => {
    const nodesCsv = await text("/export/csv?part=nodes");
    const sourcesCsv = await text("/export/csv?part=sources");
    const relsCsv = await text("/export/csv?part=relationships");
    const entityRows = parseCsv(nodesCsv, { columns: true, relax_quotes: false }) as Array<Record<string, string>>;
    const sourceRows = parseCsv(sourcesCsv, { columns: true, relax_quotes: false }) as Array<Record<string, string>>;
    const nodeRows = [...entityRows, ...sourceRows];
    const relRows = parseCsv(relsCsv, { columns: true }) as Array<Record<string, string>>;
    const nodeHeader = nodesCsv.slice(0, nodesCsv.indexOf("\n")).split(",");
    const sourceHeader = sourcesCsv.slice(0, sourcesCsv.indexOf("\n")).split(",");
    const relHeader = relsCsv.slice(0, relsCsv.indexOf("\n")).split(",");
    // The import tool's header grammar: name[:type], with :ID/:LABEL for nodes and
    // :START_ID/:END_ID/:TYPE for relationships; types it knows.
    const column = /^[A-Za-z][A-Za-z0-9_]*(:(string|long|boolean|double|string\[\]))?$/;
    expect(nodeHeader.slice(0, 2)).toEqual(["id:ID", ":LABEL"]);
    expect(nodeHeader.slice(2).every((c) => column.test(c))).toBe(true);
    // Sources in a file of their own: a source's notes are one text, an entity's a list.
    expect(sourceHeader.slice(0, 2)).toEqual(["id:ID", ":LABEL"]);
    expect(sourceHeader.slice(2).every((c) => column.test(c))).toBe(true);
    expect(sourceHeader).toContain("notes");
    expect(nodeHeader).toContain("notes:string[]");
    expect(entityRows.every((r) => r[":LABEL"]!.startsWith("Entity\u001F"))).toBe(true);
    expect(sourceRows.every((r) => r[":LABEL"] === "Source")).toBe(true);
    expect(sourceRows.length).toBe(await count("MATCH (s:Source) RETURN count(s)"));
    expect(relHeader.slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
    expect(relHeader.slice(3).every((c) => column.test(c))).toBe(true);
    expect(new Set(nodeHeader).size).toBe(nodeHeader.length);
    expect(nodeRows.length).toBe(stats.nodeCount);
    expect(new Set(nodeRows.map((r) => r["id:ID"])).size).toBe(stats.nodeCount);
    expect(relRows.length).toBe(stats.relationshipCount);
    const ids = new Set(nodeRows.map((r) => r["id:ID"]));
    expect(relRows.every((r) => ids.has(r[":START_ID"]!) && ids.has(r[":END_ID"]!))).toBe(true);
    const smits = nodeRows.find((r) => r["id:ID"] === "person:robert-jan-smits")!;
    expect(smits[":LABEL"]!.split("\u001F")).toEqual(["Entity", "Person"]);
    expect(smits["stated:boolean"]).toBe("true");
    expect(smits["evidenceQuotes:string[]"]!.split("\u001F").length).toBe(smits["evidenceSources:string[]"]!.split("\u001F").length);
  });

  describe("parts of the graph", () => {
    it("the neighbourhood of an entity to a depth: the same entities and relationships as Cypher finds", async () => {
      const graph = graphml.parse(MultiGraph, await text("/export/graphml?around=project:jeupiste&depth=1"));
      const nodes = await count("MATCH (c:Entity {id: 'project:jeupiste'}) OPTIONAL MATCH (c)--(m:Entity) RETURN count(DISTINCT m) + 1");
      const rels = await count(
        "MATCH (c:Entity {id: 'project:jeupiste'}) MATCH (c)--(m:Entity) WITH c, collect(DISTINCT m) + c AS set " +
          "MATCH (a:Entity)-[r]->(b:Entity) WHERE a IN set AND b IN set RETURN count(DISTINCT r)",
      );
      expect(graph.order).toBe(nodes);
      expect(graph.size).toBe(rels);
      expect(graph.hasNode("project:jeupiste")).toBe(true);
    });

    it("by kind: only those kinds, and the relationships among them", async () => {
      const graph = gexf.parse(MultiGraph, await text("/export/gexf?kinds=Person,Institution"));
      expect(graph.order).toBe(await count("MATCH (n:Entity) WHERE n:Person OR n:Institution RETURN count(n)"));
      expect(graph.size).toBe(await count("MATCH (a:Entity)-[r]->(b:Entity) WHERE (a:Person OR a:Institution) AND (b:Person OR b:Institution) RETURN count(r)"));
      graph.forEachNode((_id, a) => expect(["Person", "Institution"]).toContain(a.kind));
    });

    it("a time window: dated entities overlap it, undated ones are linked to one that does", async () => {
      const graph = gexf.parse(MultiGraph, await text("/export/gexf?from=2014-10&to=2014-10"));
      expect(graph.order).toBeGreaterThan(5);
      expect(graph.hasNode("event:sts-forum-11-2014-10-05")).toBe(true);
      expect(graph.hasNode("event:joint-st-committee-meeting-1-2011-06")).toBe(false);
      graph.forEachNode((_id, a) => {
        if (a.dateFrom) expect(a.dateFrom <= "2014-10-31" && (a.dateTo ?? "9999") >= "2014-10-01").toBe(true);
      });
    });

    it("a who-met ego network: the person, the people met and the meetings", async () => {
      const graph = gexf.parse(MultiGraph, await text("/export/gexf?whoMet=person:robert-jan-smits&from=2014-10&to=2014-10"));
      expect(graph.hasNode("person:robert-jan-smits")).toBe(true);
      for (const other of ["person:jean-pierre-bourguignon", "person:sadayuki-tsuchiya", "person:yuichiro-anzai", "person:yuko-harayama"]) {
        expect(graph.hasNode(other), other).toBe(true);
      }
      graph.forEachNode((_id, a) => expect(["Person", "Event"]).toContain(a.kind));
      expect(graph.size).toBeGreaterThan(4);
    });

    it("an institution network: linked institutions and what links them", async () => {
      const graph = graphml.parse(MultiGraph, await text("/export/graphml?institutionNetwork=institution:mext&depth=1"));
      expect(graph.hasNode("institution:mext")).toBe(true);
      expect(graph.filterNodes((_id, a) => a.kind === "Institution").length).toBeGreaterThan(1);
      // Every institution and every shared person, event, project or document the API's
      // institutionNetwork names is in the export.
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `{ institutionNetwork(institutionId: "institution:mext", depth: 1, maxNodes: 500) { nodes(first: 500) { edges { node { institution { id } } } } edges(first: 1000) { edges { node { activities { entityId } undatedActivities { entityId } } } } } }`,
        }),
      });
      const network = ((await response.json()) as { data: { institutionNetwork: { nodes: { edges: Array<{ node: { institution: { id: string } } }> }; edges: { edges: Array<{ node: { activities: Array<{ entityId: string | null }>; undatedActivities: Array<{ entityId: string | null }> } }> } } } }).data.institutionNetwork;
      const institutions = network.nodes.edges.map((e) => e.node.institution.id);
      const shared = network.edges.edges.flatMap((e) => [...e.node.activities, ...e.node.undatedActivities].flatMap((a) => (a.entityId ? [a.entityId] : [])));
      expect(shared.length).toBeGreaterThan(0);
      expect([...institutions, ...shared].filter((id) => !graph.hasNode(id))).toEqual([]);
    });
  });

  describe("bad requests", () => {
    const error = async (p: string) => {
      const response = await get(p);
      return { status: response.status, body: (await response.json()) as { errors: Array<{ message: string; extensions: { code: string; parameter?: string } }> } };
    };

    it("400 names the bad parameter, before any export starts", async () => {
      const cases: Array<[string, string, RegExp]> = [
        ["/export/pdf", "format", /unknown export format "pdf"/],
        ["/export/gexf?kind=Person", "kind", /unknown parameter "kind"/],
        ["/export/gexf?kinds=Persons", "kinds", /unknown kind "Persons"/],
        ["/export/gexf?from=2014-13", "from", /not a date/],
        ["/export/gexf?from=2015&to=2014", "to", /ends .* before it starts/],
        ["/export/gexf?around=project:jeupiste&depth=9", "depth", /from 1 to 4/],
        ["/export/gexf?around=project:jeupiste&maxNodes=abc", "maxNodes", /whole number/],
        ["/export/gexf?around=project:jeupiste&depth=4&maxNodes=5", "maxNodes", /more than 5 entities/],
        ["/export/gexf?whoMet=institution:mext", "whoMet", /person id/],
        ["/export/gexf?around=x&whoMet=person:a", "whoMet", /only one of/],
        ["/export/csv", "part", /part=nodes, part=sources or part=relationships/],
        ["/export/csv?part=edges", "part", /nodes, sources or relationships/],
        ["/export/gexf?kinds=Person&kinds=Place", "kinds", /once/],
      ];
      for (const [p, parameter, message] of cases) {
        const { status, body } = await error(p);
        expect(status, p).toBe(400);
        expect(body.errors[0]!.extensions.parameter, p).toBe(parameter);
        expect(body.errors[0]!.message, p).toMatch(message);
      }
    });

    it("404 for an unknown centre entity", async () => {
      for (const p of ["/export/gexf?around=person:nobody", "/export/jsonld?whoMet=person:nobody", "/export/graphml?institutionNetwork=institution:nowhere"]) {
        const { status, body } = await error(p);
        expect(status, p).toBe(404);
        expect(body.errors[0]!.extensions.code).toBe("NOT_FOUND");
        expect(body.errors[0]!.message).toMatch(/no entity with id/);
      }
    });
  });
});
