/// <reference lib="dom" />
// The analysis views of the explorer in a real browser (Debian's Chromium, headless) against the real
// server and Neo4j loaded with the curated seed: the path between two institutions, a project's
// priority traces, the institutional network under the time slider, the timeline's filters, and the
// downloads (CSV and GEXF parsed here, GEXF with graphology-gexf; PNG checked by signature). What the
// pages show is compared with what the API answers, never with hard-coded lists. Every request that
// would leave 127.0.0.1 is blocked and recorded; each test ends by asserting there was none.
// Screenshots go to tests/artifacts/.
import fs from "node:fs";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { graphql, startTestServer, unpageNetwork, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";
import { ensureWebBuilt } from "./support/web-build";

const WAIT = { timeout: 30_000 };
const JST = "institution:jst";
const COMMISSION = "institution:european-commission";
const JEUPISTE = "project:jeupiste";

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe("the analysis views in Chromium", () => {
  let t: TestServer;
  let url: string;
  let b: TestBrowser;
  let page: Page;
  const api = async (query: string, variables?: Record<string, unknown>) => {
    const response = await graphql(url, query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data as any;
  };

  /** Types into an entity picker and picks the suggestion with that id. */
  const pick = async (testId: string, text: string, id: string) => {
    const picker = page.locator(".entity-picker", { has: page.getByTestId(testId) });
    await page.getByTestId(testId).fill(text);
    await picker.locator(`li[role=option][data-entity-id="${id}"]`).click(WAIT);
    await picker.locator(`[data-picked-id="${id}"]`).waitFor(WAIT);
  };
  /** Clicks a download button and returns the file's name and content. */
  const download = async (scope: ReturnType<Page["locator"]>, button: string) => {
    const [file] = await Promise.all([page.waitForEvent("download", WAIT), scope.locator(".download-bar").getByRole("button", { name: button, exact: true }).click()]);
    const saved = await file.path();
    return { name: file.suggestedFilename(), content: fs.readFileSync(saved) };
  };

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestServer();
    url = t.server.url;
    await expectCuratedSeed(t.db);
    b = await launchBrowser();
    page = await b.newPage();
  }, 600_000); // may build web/ first (ensureWebBuilt)
  afterEach(() => {
    expect(b.external, "requests that tried to leave 127.0.0.1").toEqual([]);
    expect(b.pageErrors, "page errors and CSP violations").toEqual([]);
  });
  afterAll(async () => {
    await b?.close();
    if (t) {
      await t.close();
    }
  });

  it("connection: finds the shortest paths between two institutions, picked by their names, and shows a hop's evidence", async () => {
    const expected = (
      await api(
        `query ($a: ID!, $b: ID!) { howConnected(fromId: $a, toId: $b, maxHops: 4, limit: 10) {
          length nodes { id } hops { type fromId toId stated evidence { quote curatedReason } } } }`,
        { a: JST, b: COMMISSION },
      )
    ).howConnected as Array<{ length: number; nodes: Array<{ id: string }>; hops: Array<{ type: string; fromId: string; toId: string; stated: boolean; evidence: Array<{ quote: string | null; curatedReason: string | null }> }> }>;
    expect(expected.length).toBeGreaterThan(0);

    await page.goto(`${url}/connection`);
    await pick("connection-from", "JST", JST);
    await pick("connection-to", "European Commission", COMMISSION);
    expect(new URL(page.url()).searchParams.get("from")).toBe(JST);
    expect(new URL(page.url()).searchParams.get("to")).toBe(COMMISSION);
    const summary = page.getByTestId("connection-summary");
    await summary.waitFor(WAIT);
    expect(await summary.textContent()).toContain(`${expected.length} shortest ${expected.length === 1 ? "path" : "paths"} of ${expected[0]!.length} hop`);

    const drawnNodes = await page.locator(".layered-graph svg g[data-node-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-node-id")));
    expect(new Set(drawnNodes)).toEqual(new Set(expected.flatMap((p) => p.nodes.map((n) => n.id))));
    const hops = new Map(expected.flatMap((p) => p.hops).map((h) => [`${h.type}|${h.fromId}|${h.toId}`, h]));
    const drawnEdges = await page.locator(".layered-graph svg g[data-edge-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-edge-id")!));
    expect(new Set(drawnEdges)).toEqual(new Set(hops.keys()));

    // A click on a drawn hop shows its type, stated or inferred, and its evidence.
    const first = drawnEdges[0]!;
    await page.locator(`.layered-graph svg g[data-edge-id="${first}"]`).click();
    const panel = page.getByTestId("evidence-panel");
    await panel.waitFor(WAIT);
    const hop = hops.get(first)!;
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain(hop.type);
    expect(text).toContain(hop.stated ? "stated" : "inferred (curated)");
    const evidence = hop.evidence[0]!;
    expect(text).toContain(evidence.quote ?? evidence.curatedReason!);
    await b.screenshot(page, "views-connection", { fullPage: true });

    // Back returns to the address before the second pick.
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has("to"), WAIT);
  });

  it("priority traces: a project's chains to its priorities, with tier, setter and stated or inferred per trace and per hop", async () => {
    const traces = (
      await api(
        `query ($id: ID!) { projectPriorities(projectId: $id, first: 100) { edges { node { tier stated priority { id name } setBy { id name }
          hops { type fromId toId tier stated evidence { quote curatedReason } } } } } }`,
        { id: JEUPISTE },
      )
    ).projectPriorities.edges.map((edge: any) => edge.node) as Array<{ tier: string; stated: boolean; priority: { id: string; name: string }; setBy: { id: string; name: string }; hops: any[] }>;
    expect(traces.length).toBeGreaterThan(0);

    await page.goto(`${url}/traces`);
    await pick("traces-project", "JEUPISTE", JEUPISTE);
    await page.waitForURL((u) => u.pathname === `/traces/${JEUPISTE}`, WAIT);
    await page.getByTestId("traces-summary").waitFor(WAIT);
    const priorities = new Set(traces.map((tr) => tr.priority.id));
    expect(await page.getByTestId("traces-summary").textContent()).toContain(`${traces.length} traces to ${priorities.size} priorities`);

    // The table: one row per trace, each with its priority, tier, setter and stated/inferred badge.
    const rows = await page.getByTestId("traces-table").locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")),
    );
    expect(rows).toHaveLength(traces.length);
    const shown = rows.map((r) => `${r[0]}|${r[1]}|${r[2]}|${r[3]}`).sort();
    const wanted = traces.map((tr) => `${tr.priority.name}|${tr.tier.toLowerCase()}|${tr.setBy.name}|${tr.stated ? "stated" : "inferred (curated)"}`).sort();
    expect(shown).toEqual(wanted);

    // The picture: every priority and setter drawn, priorities in the last column.
    const drawn = await page.locator(".layered-graph svg g[data-node-id]").evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute("data-node-id")!, x: Number(e.querySelector("circle")!.getAttribute("cx")) })),
    );
    const ids = new Set(drawn.map((d) => d.id));
    for (const tr of traces) {
      expect(ids.has(tr.priority.id), tr.priority.id).toBe(true);
      expect(ids.has(tr.setBy.id), tr.setBy.id).toBe(true);
    }
    const rightmost = Math.max(...drawn.map((d) => d.x));
    for (const d of drawn.filter((n) => priorities.has(n.id))) expect(d.x).toBe(rightmost);

    // A SETS_PRIORITY hop on click: its tier and evidence.
    const setting = traces[0]!.hops.find((h) => h.type === "SETS_PRIORITY")!;
    await page.locator(`.layered-graph svg g[data-edge-id="SETS_PRIORITY|${setting.fromId}|${setting.toId}"]`).click();
    const panel = page.getByTestId("evidence-panel");
    await panel.waitFor(WAIT);
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("Priority tier");
    // The tier in words (the API's FLAGSHIP shown as "flagship"), as in the traces table.
    expect(setting.tier).toMatch(/^(FLAGSHIP|ONGOING|POTENTIAL)$/);
    expect(text).toContain(`Priority tier${setting.tier.toLowerCase()}`);
    expect(text).toContain(setting.evidence[0].quote ?? setting.evidence[0].curatedReason);
    await b.screenshot(page, "views-traces");
  });

  it("institutional network: edges weighted by shared activities; moving the time slider changes the network; undated activities apart; activities of an edge on click", async () => {
    const network = unpageNetwork(
      (await api(`query ($id: ID!) { institutionNetwork(institutionId: $id, depth: 1) { nodes(first: 1000) { edges { node { institution { id } } } } edges(first: 1000) { edges { node { sourceId targetId activities { via entityId name date { value } } } } } } }`, {
        id: JST,
      })).institutionNetwork,
    ) as { edges: Array<{ sourceId: string; targetId: string; activities: Array<{ via: string; entityId: string | null; name: string | null; date: { value: string } | null }> }> };
    const years = network.edges.flatMap((e) => e.activities.flatMap((a) => (a.date ? [Number(a.date.value.slice(0, 4))] : [])));
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const edgesIn = (from: number, to: number, undated: boolean) =>
      network.edges.filter((e) => e.activities.some((a) => (a.date ? Number(a.date.value.slice(0, 4)) >= from && Number(a.date.value.slice(0, 4)) <= to : undated)));

    await page.goto(`${url}/institutions/${JST}`);
    const view = page.getByTestId("institution-network");
    await view.waitFor(WAIT);
    const shownEdges = async () => Number(await view.getAttribute("data-shown-edges"));
    const drawnEdges = async () => Number(await view.locator(".graph").getAttribute("data-edge-count"));
    expect(await shownEdges()).toBe(edgesIn(first, last, true).length);
    expect(await drawnEdges()).toBe(network.edges.length);
    await b.screenshot(page, "views-institutions-all-years");

    // Slide the last year down to the first: only the links active that year (and undated ones) stay.
    const narrow = edgesIn(first, first, true).length;
    expect(narrow).toBeLessThan(network.edges.length);
    await page.getByLabel("Last year").focus();
    await page.keyboard.press("Home");
    await page.waitForURL((u) => u.searchParams.get("to") === String(first), WAIT);
    await expect.poll(shownEdges, WAIT).toBe(narrow);
    expect(await drawnEdges()).toBe(narrow);

    // Undated activities are shown apart, and can be left out of the picture.
    const undated = page.getByTestId("undated-apart");
    expect(await undated.textContent()).toContain("undated shared");
    await page.getByLabel(/also draw the \d+ undated/).uncheck();
    await expect.poll(shownEdges, WAIT).toBe(edgesIn(first, first, false).length);

    // Back to every year; an edge's activities on click (from the keyboard list of links).
    await page.getByRole("button", { name: /all years/ }).click();
    await page.getByLabel(/also draw the \d+ undated/).check();
    await expect.poll(shownEdges, WAIT).toBe(edgesIn(first, last, true).length);
    const heaviest = [...network.edges].sort((a, z) => z.activities.length - a.activities.length)[0]!;
    const details = view.locator("details.graph-lists");
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
    await view.locator(`button[data-edge-id="${heaviest.sourceId}|${heaviest.targetId}"]`).click();
    const items = page.getByTestId("edge-activities").locator("li");
    await expect.poll(() => items.count(), WAIT).toBe(heaviest.activities.length);
    const listed = (await items.allTextContents()).join("\n");
    for (const a of heaviest.activities.filter((x) => x.name)) expect(listed).toContain(a.name!);
    await b.screenshot(page, "views-institutions");
  });

  it("downloads: nodes and edges as CSV and GEXF (parsed with graphology-gexf) and a PNG, for a sigma network and for a layered drawing", async () => {
    // The institutional network (sigma): what the CSV and GEXF hold is what the graph shows.
    await page.goto(`${url}/institutions/${JST}`);
    const view = page.getByTestId("institution-network");
    await view.waitFor(WAIT);
    const nodeCount = Number(await view.getAttribute("data-shown-nodes"));
    const edgeCount = Number(await view.getAttribute("data-shown-edges"));
    const shownIds = await view.locator("button[data-node-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-node-id")!));
    expect(shownIds).toHaveLength(nodeCount);

    const nodesFile = await download(view, "Nodes CSV");
    expect(nodesFile.name).toMatch(/^institutional-network-of-japan-science-and-technology-agency.*-nodes\.csv$/);
    const nodeRows = parseCsv(nodesFile.content.toString("utf8"));
    expect(nodeRows[0]).toEqual(["id", "label", "kind", "depth"]);
    expect(nodeRows.slice(1).map((r) => r[0]).sort()).toEqual([...shownIds].sort());
    expect(nodeRows.slice(1).every((r) => r[2] === "INSTITUTION")).toBe(true);

    const edgesFile = await download(view, "Edges CSV");
    const edgeRows = parseCsv(edgesFile.content.toString("utf8"));
    expect(edgeRows[0]!.slice(0, 6)).toEqual(["id", "source", "target", "label", "weight", "stated"]);
    expect(edgeRows.length - 1).toBe(edgeCount);
    for (const row of edgeRows.slice(1)) {
      expect(shownIds).toContain(row[1]);
      expect(shownIds).toContain(row[2]);
      expect(Number(row[4])).toBeGreaterThan(0);
    }

    const gexfFile = await download(view, "GEXF");
    expect(gexfFile.name).toMatch(/\.gexf$/);
    const graph = parseGexf(Graph, gexfFile.content.toString("utf8"));
    expect(graph.order).toBe(nodeCount);
    expect(graph.size).toBe(edgeCount);
    const centre = graph.getNodeAttributes(JST);
    expect(centre.label).toBe("Japan Science and Technology Agency");
    expect(typeof centre.x).toBe("number"); // the drawn layout goes to Gephi
    expect(centre.color).toMatch(/^(#|rgb)/i);

    const png = await download(view, "PNG");
    expect(png.content.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.content.length).toBeGreaterThan(5_000);

    // A layered drawing (connection): the same formats.
    await page.goto(`${url}/connection?from=${JST}&to=${COMMISSION}`);
    const layered = page.locator(".layered-graph");
    await layered.waitFor(WAIT);
    const drawnIds = await layered.locator("svg g[data-node-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-node-id")!));
    const drawnEdges = await layered.locator("svg g[data-edge-id]").count();
    const scope = page.locator(".connection-view");
    const layeredGexf = parseGexf(Graph, (await download(scope, "GEXF")).content.toString("utf8"));
    expect(layeredGexf.nodes().sort()).toEqual([...drawnIds].sort());
    expect(layeredGexf.size).toBe(drawnEdges);
    const layeredNodes = parseCsv((await download(scope, "Nodes CSV")).content.toString("utf8"));
    expect(layeredNodes.slice(1).map((r) => r[0]).sort()).toEqual([...drawnIds].sort());
    const layeredPng = await download(scope, "PNG");
    expect(layeredPng.content.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(layeredPng.content.length).toBeGreaterThan(5_000);
  });

  it("timeline: events in date order, filtered by type, participant and place as the API filters them", async () => {
    const timeline = async (variables: Record<string, unknown>) =>
      (
        await api(
          `query ($types: [EventType!], $participant: ID, $place: ID) { timeline(eventTypes: $types, participantId: $participant, placeId: $place, first: 100) {
            totalCount edges { node { id } } } }`,
          variables,
        )
      ).timeline as { totalCount: number; edges: Array<{ node: { id: string } }> };
    const shownIds = () => page.locator("[data-event-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")!));

    await page.goto(`${url}/timeline`);
    await page.getByTestId("timeline-summary").waitFor(WAIT);
    const all = await timeline({});
    expect(await shownIds()).toEqual(all.edges.map((e) => e.node.id));

    await page.getByTestId("timeline-type").selectOption("COMMITTEE_MEETING");
    const committees = await timeline({ types: ["COMMITTEE_MEETING"] });
    expect(committees.totalCount).toBeGreaterThan(0);
    expect(committees.totalCount).toBeLessThan(all.totalCount);
    await expect.poll(async () => (await shownIds()).join(","), WAIT).toBe(committees.edges.map((e) => e.node.id).join(","));

    await page.getByTestId("timeline-type").selectOption("");
    await pick("timeline-participant", "Smits", "person:robert-jan-smits");
    const smits = await timeline({ participant: "person:robert-jan-smits" });
    await expect.poll(async () => (await shownIds()).join(","), WAIT).toBe(smits.edges.map((e) => e.node.id).join(","));
    expect(new URL(page.url()).searchParams.get("participant")).toBe("person:robert-jan-smits");

    await pick("timeline-place", "Tokyo", "place:tokyo");
    const both = await timeline({ participant: "person:robert-jan-smits", place: "place:tokyo" });
    await expect.poll(async () => (await shownIds()).join(","), WAIT).toBe(both.edges.map((e) => e.node.id).join(","));
    if (both.totalCount === 0) expect(await page.locator(".state-empty").textContent()).toContain("No event matches");
    await b.screenshot(page, "views-timeline", { fullPage: false });
  });
});
