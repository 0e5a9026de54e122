/// <reference lib="dom" />
// The explorer and the IDE in a real browser (Debian's Chromium, headless) against the real server
// and Neo4j loaded with the curated seed. What the pages show is compared with what the API answers
// (not with hard-coded lists). Every request that would leave 127.0.0.1 is blocked and recorded;
// each test ends by asserting there was none. Screenshots go to tests/artifacts/.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { graphql, startApp, testConfig, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";
import { ensureWebBuilt } from "./support/web-build";

const SMITS = "person:robert-jan-smits";
const WAIT = { timeout: 30_000 };

interface Meeting {
  date: { earliest: string; latest: string; value: string } | null;
  event: { id: string; name: string } | null;
  evidence: Array<{ quote: string | null; curatedReason: string | null }>;
}
interface Encounter {
  person: { id: string; name: string };
  meetings: Meeting[];
}

describe("the explorer in Chromium", () => {
  let t: TestServer;
  let url: string;
  let b: TestBrowser;
  let page: Page;

  const whoMet = async (personId: string): Promise<{ totalCount: number; encounters: Encounter[] }> => {
    const response = await graphql(
      url,
      `query ($id: ID!) { whoMet(personId: $id, first: 100) { totalCount edges { node {
        person { id name }
        meetings { date { value earliest latest } event { id name } evidence { quote curatedReason } }
      } } } }`,
      { id: personId },
    );
    expect(response.errors).toBeUndefined();
    return { totalCount: response.data!.whoMet.totalCount, encounters: response.data!.whoMet.edges.map((e: any) => e.node) };
  };
  const nodeCount = async () => Number(await page.locator(".graph").first().getAttribute("data-node-count"));
  const openLists = async () => {
    const details = page.locator("details.graph-lists");
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
  };

  beforeAll(async () => {
    ensureWebBuilt();
    // Like startTestServer, with a longer transaction timeout: the browser, the layout worker and
    // Neo4j share a small machine here, and a starved first query must not fail a UI test.
    t = await startApp(testConfig({ NEO4J_TX_TIMEOUT_MS: "60000" }));
    url = t.server.url;
    await expectCuratedSeed(t.db);
    b = await launchBrowser();
    page = await b.newPage();
  }, 300_000);
  afterEach(() => {
    // Nothing may leave this machine, and no page may break its content policy or throw.
    expect(b.external).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
  afterAll(async () => {
    await b?.close();
    await t.close();
  });

  it("finds a person by a Japanese-script alias with suggestions as you type, by keyboard", async () => {
    const api = await graphql(url, `{ search(text: "桂誠", first: 1) { edges { node { entity { id name } } } } }`);
    const expected = api.data!.search.edges[0].node.entity as { id: string; name: string };
    expect(expected.id).toBe("person:makoto-katsura");

    await page.goto(`${url}/`);
    const box = page.locator("main").getByRole("combobox");
    await box.click();
    await box.pressSequentially("桂誠", { delay: 50 });
    const option = page.getByRole("option", { name: new RegExp(expected.name) });
    await option.waitFor(WAIT);
    await expect(box.getAttribute("aria-expanded")).resolves.toBe("true");
    await b.screenshot(page, "search");
    await box.press("ArrowDown");
    await expect(option.getAttribute("aria-selected")).resolves.toBe("true");
    await expect(box.getAttribute("aria-activedescendant")).resolves.toBe(await option.getAttribute("id"));
    await box.press("Enter");
    await page.waitForURL(`${url}/entity/${expected.id}`, WAIT);
    await page.locator("main h1", { hasText: expected.name }).waitFor(WAIT);
    // Its Japanese-script alias, roles over time, sources and relationships with evidence.
    await expect(page.locator(".properties").innerText()).resolves.toContain("桂誠");
    await page.locator("table.roles").waitFor(WAIT);
    await page.locator("section.relations tbody tr").first().waitFor(WAIT);
    await b.screenshot(page, "entity", { fullPage: true });
  }, 120_000);

  it("Escape closes the suggestions, then clears the text", async () => {
    await page.goto(`${url}/`);
    const box = page.locator("main").getByRole("combobox");
    // Typed as a user types (fill() right after a navigation can land before the page listens).
    await box.click();
    await box.pressSequentially("JST", { delay: 50 });
    await page.getByRole("option").first().waitFor(WAIT);
    await box.press("Escape");
    await expect(box.getAttribute("aria-expanded")).resolves.toBe("false");
    await box.press("Escape");
    await expect(box.inputValue()).resolves.toBe("");
  }, 60_000);

  it("shows an entity's relationships with the evidence one click away", async () => {
    await page.goto(`${url}/entity/person:makoto-katsura`);
    const api = await graphql(url, `{ entity(id: "person:makoto-katsura") { relations(first: 100) { totalCount edges { node { evidence { quote curatedReason } } } } } }`);
    const total = api.data!.entity.relations.totalCount as number;
    await page.locator("section.relations h2", { hasText: `(${total})` }).waitFor(WAIT);
    await page.locator("section.relations tbody tr").first().getByRole("button").click();
    const panel = page.getByTestId("evidence-panel");
    await panel.waitFor(WAIT);
    const quotes = api.data!.entity.relations.edges.flatMap((e: any) => e.node.evidence.map((ev: any) => ev.quote ?? ev.curatedReason));
    const shown = (await panel.locator(".quote, .curated-reason").first().innerText()).replace(/^“|”$/g, "").replace(/^Curator’s reason: /, "");
    expect(quotes).toContain(shown);
  }, 60_000);

  it("opens who met whom from the entity page and shows the people and events the API gives", async () => {
    await page.goto(`${url}/entity/person:makoto-katsura`);
    await page.getByRole("link", { name: "Who met whom" }).click();
    await page.waitForURL(`${url}/who-met/person:makoto-katsura`, WAIT);
    const api = await whoMet("person:makoto-katsura");
    expect(api.totalCount).toBeGreaterThan(0);
    const table = page.getByTestId("encounters");
    await table.waitFor(WAIT);
    const rows = await table.locator("tbody tr").allInnerTexts();
    expect(rows.length).toBe(api.totalCount);
    for (const encounter of api.encounters) {
      const row = rows.find((r) => r.startsWith(encounter.person.name));
      expect(row, encounter.person.name).toBeDefined();
      for (const meeting of encounter.meetings) if (meeting.event) expect(row).toContain(meeting.event.name);
    }
    // The picture holds the person and everyone met (all years shown by default).
    expect(await nodeCount()).toBe(api.totalCount + 1);
    await b.screenshot(page, "who-met-katsura");

    // Back and forward move between the views.
    await page.goBack();
    await page.waitForURL(`${url}/entity/person:makoto-katsura`, WAIT);
    await page.locator("main h1", { hasText: "Makoto Katsura" }).waitFor(WAIT);
    await page.goForward();
    await page.waitForURL(`${url}/who-met/person:makoto-katsura`, WAIT);
    await page.getByTestId("encounters").waitFor(WAIT);
  }, 120_000);

  it("clicking a meeting line on the picture shows the events and their quotes", async () => {
    const api = await whoMet(SMITS);
    await page.goto(`${url}/who-met/${SMITS}`);
    await page.locator(".graph-canvas canvas").first().waitFor(WAIT);
    await page.getByText("arranging …").waitFor({ state: "detached", timeout: 30_000 });
    // Settled: a layout has finished and no other starts (the ties among the people met arrive after
    // the first picture and lay it out again).
    const settled = () =>
      page.waitForFunction(() => {
        const graph = document.querySelector(".graph") as HTMLElement | null;
        return graph?.dataset.layout === "idle" && Number(graph.dataset.layoutsDone) >= 1 ? graph.dataset.layoutsDone : false;
      }, undefined, { timeout: 30_000 });
    let done = await (await settled()).jsonValue();
    for (;;) {
      await page.waitForTimeout(2_000);
      const now = await (await settled()).jsonValue();
      if (now === done) break;
      done = now;
    }
    // A point on a line from the person that is on the picture itself (not under the legend or the
    // download bar), clear of every node, and that sigma's own hit test (its picking buffer, freshly
    // drawn) resolves to that line: the longest lines first, several points along each.
    const findTarget = (skip: string[]) =>
      page.evaluate(({ ego, skip }) => {
        const element = document.querySelector(".graph-canvas") as HTMLElement & { sigma: any };
        const sigma = element.sigma;
        sigma.refresh();
        const graph = sigma.getGraph();
        const frame = element.getBoundingClientRect();
        const lines: Array<{ edge: string; p: { x: number; y: number }; q: { x: number; y: number }; length: number }> = [];
        graph.forEachEdge((edge: string, _a: unknown, source: string, targetNode: string) => {
          if (!edge.startsWith("met:") || (source !== ego && targetNode !== ego) || skip.includes(edge)) return;
          const p = sigma.graphToViewport(graph.getNodeAttributes(source));
          const q = sigma.graphToViewport(graph.getNodeAttributes(targetNode));
          lines.push({ edge, p, q, length: Math.hypot(p.x - q.x, p.y - q.y) });
        });
        lines.sort((a, b) => b.length - a.length);
        const clear = (point: { x: number; y: number }) => {
          const hit = document.elementFromPoint(frame.left + point.x, frame.top + point.y);
          // sigma's own layers (its mouse layer is on top), not a legend or toolbar over the picture
          if (!hit || !element.contains(hit) || !(hit.tagName === "CANVAS" || hit.classList.contains("sigma-mouse"))) return false;
          let near = false;
          graph.forEachNode((_n: string, attributes: any) => {
            const v = sigma.graphToViewport(attributes);
            if (Math.hypot(v.x - point.x, v.y - point.y) < 24) near = true;
          });
          return !near;
        };
        for (const line of lines)
          for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
            const point = { x: line.p.x + t * (line.q.x - line.p.x), y: line.p.y + t * (line.q.y - line.p.y) };
            if (!clear(point)) continue;
            const hit = sigma.getHitAtPosition(point);
            if (hit?.kind === "edge" && hit.key === line.edge) return { edge: line.edge, x: point.x, y: point.y };
          }
        return null;
      }, { ego: SMITS, skip });
    const panel = page.getByTestId("evidence-panel");
    // A click at a point the hit test resolves to a line has, rarely and only on a loaded machine,
    // opened nothing (CI, twice, each time at the same point three times over): up to three tries,
    // each on another line, with what sigma saw in the failure message.
    let target: { edge: string; x: number; y: number } | null = null;
    const tries: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      target = await findTarget(tries.map((t) => t.split(" ")[0]!));
      expect(target, "no point on a meeting line that the picture's hit test resolves to it").not.toBeNull();
      const box = (await page.locator(".graph-canvas").boundingBox())!;
      // What sigma makes of the pointer (kept for the failure message).
      await page.evaluate(() => {
        const element = document.querySelector(".graph-canvas") as HTMLElement & { sigma: any; seen?: string[] };
        if (element.seen) return;
        element.seen = [];
        for (const name of ["downEdge", "clickEdge", "downNode", "clickNode", "downStage", "clickStage", "doubleClickStage", "doubleClickEdge"])
          element.sigma.on(name, (payload: any) => element.seen!.push(`${name}${payload?.edge ? `(${payload.edge})` : payload?.node ? `(${payload.node})` : ""}`));
      });
      await page.mouse.click(box.x + target!.x, box.y + target!.y);
      const opened = await panel.waitFor({ timeout: 10_000 }).then(() => true, () => false);
      if (opened) break;
      const seen = await page.evaluate((point) => {
        const element = document.querySelector(".graph-canvas") as HTMLElement & { sigma: any; seen?: string[] };
        const frame = element.getBoundingClientRect();
        const top = document.elementFromPoint(frame.left + point.x, frame.top + point.y);
        const hit = element.sigma.getHitAtPosition(point);
        return `sigma saw [${element.seen!.splice(0).join(", ")}], hit now ${hit ? `${hit.kind}:${hit.key}` : "none"}, top element ${top?.tagName}.${top?.className}`;
      }, target!);
      tries.push(`${target!.edge} at ${Math.round(target!.x)},${Math.round(target!.y)} (box ${Math.round(box.x)},${Math.round(box.y)}): ${seen}`);
      await b.screenshot(page, `who-met-click-miss-${attempt}`).catch(() => undefined);
    }
    await panel.waitFor({ timeout: 1_000 }).catch(() => {
      throw new Error(`clicking a meeting line opened no evidence panel; clicked ${tries.join("; ")}`);
    });
    const other = api.encounters.find((e) => `met:${e.person.id}` === target!.edge)!;
    await expect(panel.locator("h3").innerText()).resolves.toContain(other.person.name);
    const quotes = await panel.locator(".quote").allInnerTexts();
    expect(quotes.length).toBeGreaterThan(0);
    const expected = other.meetings.flatMap((m) => m.evidence.map((e) => e.quote).filter(Boolean));
    for (const quote of quotes) expect(expected).toContain(quote.replace(/^“|”$/g, ""));
    for (const meeting of other.meetings) if (meeting.event) await expect(panel.innerText()).resolves.toContain(meeting.event.name);
    await b.screenshot(page, "who-met-edge");

    // The same from the keyboard: the list of lines below the picture.
    await openLists();
    const second = api.encounters.find((e) => e.person.id !== other.person.id)!;
    await page.locator(`button[data-edge-id="met:${second.person.id}"]`).press("Enter");
    await panel.locator("h3", { hasText: second.person.name }).waitFor(WAIT);
    await expect(panel.locator(".quote").first().innerText()).resolves.toBeTruthy();
  }, 120_000);

  it("the time slider changes the network, over the graph's own fuzzy dates", async () => {
    const api = await whoMet(SMITS);
    const years = api.encounters.flatMap((e) => e.meetings.filter((m) => m.date).flatMap((m) => [Number(m.date!.earliest.slice(0, 4)), Number(m.date!.latest.slice(0, 4))]));
    const [first, last] = [Math.min(...years), Math.max(...years)];
    expect(last).toBeGreaterThan(first);
    const peopleIn = (from: number, to: number) =>
      api.encounters.filter((e) => e.meetings.some((m) => m.date && Number(m.date.earliest.slice(0, 4)) <= to && Number(m.date.latest.slice(0, 4)) >= from)).length;

    await page.goto(`${url}/who-met/${SMITS}`);
    await page.getByTestId("time-slider").waitFor(WAIT);
    expect(await nodeCount()).toBe(api.totalCount + 1);
    // Move the "To" handle to the first year with the keyboard.
    const toHandle = page.getByRole("slider", { name: "Last year" });
    await toHandle.focus();
    await toHandle.press("Home");
    await page.waitForURL(new RegExp(`t1=${first}`), WAIT);
    expect(peopleIn(first, first)).toBeLessThan(api.totalCount);
    await page.waitForFunction((n) => Number(document.querySelector(".graph")!.getAttribute("data-node-count")) === n, peopleIn(first, first) + 1, WAIT);
    await b.screenshot(page, "who-met-slider-first-year");
    // One year later.
    await toHandle.press("ArrowRight");
    await page.waitForFunction((n) => Number(document.querySelector(".graph")!.getAttribute("data-node-count")) === n, peopleIn(first, first + 1) + 1, WAIT);
    // Play grows the window year by year up to the last year: everyone again.
    await page.getByRole("button", { name: /Play/ }).click();
    await page.waitForFunction((n) => Number(document.querySelector(".graph")!.getAttribute("data-node-count")) === n, api.totalCount + 1, { timeout: 60_000 });
    await expect(page.locator(".time-slider output").nth(1).innerText()).resolves.toBe(String(last));
  }, 120_000);

  it("a deep link with a year filter and a slider window opens that state", async () => {
    const api = await graphql(url, `{ whoMet(personId: "${SMITS}", from: "2014", to: "2014", first: 100) { totalCount } }`);
    await page.goto(`${url}/who-met/${SMITS}?from=2014&to=2014`);
    await page.getByTestId("who-met-summary").waitFor(WAIT);
    await expect(page.getByTestId("who-met-summary").innerText()).resolves.toMatch(new RegExp(`^${api.data!.whoMet.totalCount} (people|person) met \\(2014–2014\\)`));
    expect(await nodeCount()).toBe(api.data!.whoMet.totalCount + 1);
  }, 60_000);

  it("says plainly when a person does not exist", async () => {
    await page.goto(`${url}/who-met/person:nobody-at-all`);
    await page.getByRole("alert").waitFor(WAIT);
    await expect(page.getByRole("alert").innerText()).resolves.toContain("There is no person with id “person:nobody-at-all”");
    await page.goto(`${url}/entity/institution:nothing`);
    await expect(page.getByRole("alert").innerText()).resolves.toContain("There is no institution with id “institution:nothing”");
  }, 60_000);

  it("the network view expands a node on click, with a cap and a visible “N more”", async () => {
    const centre = "institution:jst";
    const cap = 3;
    const relationsOf = async (id: string) => {
      const r = await graphql(url, `query ($id: ID!) { entity(id: $id) { relations(first: 100) { totalCount edges { node { other { id name } } } } } }`, { id });
      return r.data!.entity.relations as { totalCount: number; edges: Array<{ node: { other: { id: string; name: string } } }> };
    };
    const mine = await relationsOf(centre);
    expect(mine.totalCount).toBeGreaterThan(cap);
    await page.goto(`${url}/network/${centre}?cap=${cap}`);
    const firstOthers = new Set(mine.edges.slice(0, cap).map((e) => e.node.other.id));
    await page.waitForFunction((n) => Number(document.querySelector(".graph")?.getAttribute("data-node-count")) === n, firstOthers.size + 1, WAIT);
    await openLists();
    await expect(page.locator(`button[data-node-id="${centre}"]`).innerText()).resolves.toContain(`(+${mine.totalCount - cap} more)`);
    await b.screenshot(page, "network-capped");
    // "Show more" on the selected centre loads the next page.
    await page.locator(`button[data-node-id="${centre}"]`).click();
    await page.getByRole("button", { name: new RegExp(`^Show ${Math.min(cap, mine.totalCount - cap)} more`) }).click();
    const twoPages = new Set(mine.edges.slice(0, 2 * cap).map((e) => e.node.other.id));
    await page.waitForFunction((n) => Number(document.querySelector(".graph")?.getAttribute("data-node-count")) === n, twoPages.size + 1, WAIT);

    // Clicking a neighbour expands it: its neighbours join, and the address records it.
    const neighbour = mine.edges[0]!.node.other.id;
    const theirs = await relationsOf(neighbour);
    await page.locator(`button[data-node-id="${neighbour}"]`).click();
    await page.waitForURL(new RegExp(`expand=${neighbour.replace(/[:]/g, "(:|%3A)")}`), WAIT);
    const expected = new Set([centre, ...twoPages, ...theirs.edges.slice(0, cap).map((e) => e.node.other.id)]);
    await page.waitForFunction((n) => Number(document.querySelector(".graph")?.getAttribute("data-node-count")) === n, expected.size, WAIT);

    // A link's evidence on click.
    const edgeButton = page.locator("button[data-edge-id]").first();
    await edgeButton.click();
    await page.getByTestId("evidence-panel").locator(".quote, .curated-reason").first().waitFor(WAIT);
    await b.screenshot(page, "network");
  }, 120_000);

  it("runs an example query in the GraphQL IDE with the network cut off", async () => {
    const api = await graphql(
      url,
      `{ whoMet(personId: "${SMITS}", placeId: "place:kyoto", from: "2014-10", to: "2014-10", first: 20) { totalCount edges { node { person { name } } } } }`,
    );
    const ide = await b.newPage();
    await ide.goto(`${url}/graphql`);
    await ide.locator(".graphiql-tab", { hasText: "WhoMet" }).waitFor(WAIT);
    // Every job has a ready tab, and the schema docs are open.
    for (const tab of ["WhoMet", "ProjectPriorities", "InstitutionNetwork", "HowConnected", "Search", "Timeline"]) {
      await ide.locator(".graphiql-tab", { hasText: tab }).waitFor(WAIT);
    }
    await ide.getByText("Root Types").waitFor(WAIT);
    // Run once the editors hold the example (Monaco starts its workers first; slow on a busy machine).
    await ide.locator(".graphiql-query-editor .view-lines", { hasText: "whoMet(personId" }).waitFor({ timeout: 60_000 });
    await ide.locator(".graphiql-editor-tool .view-lines", { hasText: "person:robert-jan-smits" }).first().waitFor({ timeout: 60_000 });
    const answered = ide.waitForResponse((r) => r.url() === `${url}/graphql` && r.request().method() === "POST" && (r.request().postData() ?? "").includes("WhoMet"), { timeout: 90_000 });
    await ide.locator(".graphiql-execute-button").click();
    const body = (await (await answered).json()) as { data: { whoMet: { totalCount: number; edges: Array<{ node: { person: { name: string } } }> } } };
    // The IDE ran the example against this server and got the API's answer …
    expect(body.data.whoMet.totalCount).toBe(api.data!.whoMet.totalCount);
    expect(body.data.whoMet.edges.map((e) => e.node.person.name)).toEqual(api.data!.whoMet.edges.map((e: any) => e.node.person.name));
    // … and shows it (the editor draws only the lines in view: the first ones).
    const response = ide.locator(".result-window");
    await response.getByText(`"totalCount": ${api.data!.whoMet.totalCount}`).waitFor(WAIT);
    await response.getByText(api.data!.whoMet.edges[0].node.person.name).first().waitFor(WAIT);
    await b.screenshot(ide, "graphiql");
    await ide.close();
  }, 240_000);
});
