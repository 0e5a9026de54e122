import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/config";
import { loadSeedDirectory } from "../src/seed/loader";
import { clearGraph, graphql, startTestServer, type TestServer } from "./support/helpers";

const IDS = fs.readFileSync("/tmp/explore/ids.txt", "utf8").split("\n").filter(Boolean);
describe("explore", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    await clearGraph(t.db);
    await loadSeedDirectory(t.db, path.join(PROJECT_ROOT, "seed"));
  });
  afterAll(async () => {
    await clearGraph(t.db);
    await t.close();
  });
  it("dumps", async () => {
    const out: any = {};
    const Q = `query ($id: ID!) { entity(id: $id) { id kind name aliases sources { id } disagreements { field values { value sourceIds } } evidence { quote source { id } }
      ... on Person { honorific affiliations { institution { id } title asOf { value } evidence { quote source { id } } } }
      ... on Project { fullName startDate { value precision } endDate { value precision } duration }
      ... on Document { documentType date { value precision } entryIntoForce { value precision } periodStart { value } periodEnd { value } }
      ... on Event { eventType date { value precision } ordinal places { id } participants { participant { id } role evidence { quote source { id } } } previousInSeries { id } nextInSeries { id } }
      relations(first: 100) { totalCount edges { node { type outgoing role title tier ordinal asOf { value } date { value } other { id } evidence { quote source { id } } } } } } }`;
    for (const id of IDS) out[id] = (await graphql(t.server.url, Q, { id })) as any;
    out.sources = await graphql(t.server.url, `{ sources { id url publisher title date { value precision } file } }`);
    out.series = await graphql(t.server.url, `{ series(bodyId: "institution:joint-st-committee") { ordinal nextId previousId stated event { id date { value } } evidence { quote source { id } } } }`);
    for (const s of ["Smits", "ロバート=ヤン・スミッツ", "桂誠", "外務省", "MEXT", "JST", "Horizon 2020", "原山優子", "Katsura", "中根猛", "CSTI", "Joint S&T Committee", "日EU科学技術協力合同委員会", "小田原潔", "Paquet"])
      out["search:" + s] = await graphql(t.server.url, `query ($s: String!) { search(text: $s) { totalCount edges { node { score entity { id } } } } }`, { s });
    fs.writeFileSync("/tmp/explore/out.json", JSON.stringify(out, null, 1));
  });
});
