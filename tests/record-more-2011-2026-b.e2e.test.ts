// The 2011–2026 record, sheets 13–15 and 18–24 (curate-b's ten of the 20 sheets in
// seed/sources/factsheets/), read back through the GraphQL API over real HTTP against the real Neo4j
// loaded with the whole curated seed.
//
// Expected values are written by hand from the sheets' text. Each fact names its sheet and a key phrase
// of the line that states it; the test finds that line in the sheet and requires the evidence of the node
// or relationship carrying the fact to quote the whole line, with the sheet's source id. The search check
// loops over every name and alias the new entities of these ten sheets carry.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/config";
import { graphql, nodesOf, startTestServer, unpageNetwork, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";

const SEED = path.join(PROJECT_ROOT, "seed");
const SHEET_DIR = path.join(SEED, "sources", "factsheets");

/** Sheet (file name without .md) → its source id, and its page date as the sheet's header gives it. */
const SHEETS: Record<string, { id: string; date: { value: string; precision: string } | null }> = {
  "13-eeas-eu-delegation-st-new-year-reception-2020": { id: "source:eeas-eu-delegation-st-new-year-reception-2020", date: { value: "2020-02-21", precision: "DAY" } }, // 21/02/2020
  "14-mofa-via-govbase-sixth-joint-committee-2021-ja": { id: "source:mofa-via-govbase-sixth-joint-committee-2021", date: { value: "2021-12-01", precision: "DAY" } }, // 令和3年12月1日
  "15-6gia-b5pc-beyond5g-mou-2022": { id: "source:6gia-b5pc-beyond5g-mou-2022", date: { value: "2022-05-02", precision: "DAY" } }, // May 2nd, 2022
  "18-mic-first-digital-partnership-council-2023": { id: "source:mic-first-digital-partnership-council-2023", date: { value: "2023-07-03", precision: "DAY" } }, // July 3, 2023
  "19-eprs-stoa-sts-forum-conference-2023": { id: "source:eprs-stoa-sts-forum-conference-2023", date: { value: "2023-06-28", precision: "DAY" } }, // June 28, 2023
  "20-jsps-club-european-researchers-symposium-2023": { id: "source:jsps-club-european-researchers-symposium-2023", date: null }, // not stated
  "21-iter-jt60sa-inauguration-2023": { id: "source:iter-jt60sa-inauguration", date: null }, // not stated
  "22-eujapan-centre-second-digital-partnership-council-2024": { id: "source:eujapan-centre-second-digital-partnership-council", date: null }, // not stated
  "23-quantum-insider-eu-japan-quantum-loi-qneko-2025": { id: "source:quantum-insider-eu-japan-quantum-loi-qneko", date: null }, // not stated
  "24-jetro-horizon-europe-association-agreement-2025-ja": { id: "source:jetro-horizon-europe-association-agreement-2025", date: { value: "2025-12-26", precision: "DAY" } }, // 2025年12月26日
};
const src = (sheet: string) => SHEETS[sheet]!.id;
/** The API's EntityKind enum value of a seed kind ("ResearchArea" → "RESEARCH_AREA"). */
const kindEnum = (kind: string) => kind.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

function readSheet(sheet: string) {
  const text = fs.readFileSync(path.join(SHEET_DIR, `${sheet}.md`), "utf8");
  const header = (key: string) => text.match(new RegExp(`^${key}: (.+)$`, "m"))![1]!.trim();
  const facts = text.split("\n").filter((l) => l.startsWith("- ")).map((l) => l.slice(2).trim());
  return { url: header("url"), publisher: header("publisher"), pageDate: header("page date"), facts };
}

/** The one fact line of a sheet that contains the phrase. */
function factLine(sheet: string, phrase: string): string {
  const lines = readSheet(sheet).facts.filter((l) => l.includes(phrase));
  if (lines.length !== 1) throw new Error(`${sheet}: ${lines.length} fact lines contain ${JSON.stringify(phrase)}`);
  return lines[0]!;
}

const ENTITY = `
  query ($id: ID!) {
    entity(id: $id) {
      id kind name aliases
      evidence { kind quote source { id } }
      sources { id }
      disagreements { field values { value sourceIds } }
      ... on Person { affiliations { institution { id } title asOf { value precision } evidence { kind quote source { id } } } }
      ... on Document { documentType date { value precision } }
      ... on Event {
        eventType date { value precision } ordinal participantCount places { id }
        participants { participant { id } role evidence { kind quote source { id } } }
      }
      relations(first: 100) {
        edges { node { type outgoing role partnerRole title tier ordinal date { value } other { id } evidence { kind quote source { id } } } }
      }
    }
  }`;

function rel(e: any, type: string, direction: "out" | "in", otherId: string, match: Record<string, unknown> = {}) {
  const found = e.relations.edges
    .map((edge: any) => edge.node)
    .filter((r: any) => r.type === type && r.outgoing === (direction === "out") && r.other.id === otherId && Object.entries(match).every(([k, v]) => JSON.stringify(r[k]) === JSON.stringify(v)));
  expect(found, `${e.id} ${type} ${direction} ${otherId}`).toHaveLength(1);
  return found[0];
}
function participant(e: any, id: string) {
  const found = e.participants.filter((p: any) => p.participant.id === id);
  expect(found, `${e.id} participant ${id}`).toHaveLength(1);
  return found[0];
}
function aff(e: any, institutionId: string, title: string) {
  const found = e.affiliations.filter((a: any) => a.institution.id === institutionId && a.title === title);
  expect(found, `${e.id} ${title} at ${institutionId}`).toHaveLength(1);
  return found[0];
}

interface Fact {
  sheet: string;
  fact: string;
  id: string;
  line: string;
  /** The evidence kind the curator gave this item (STATED or INFERRED). */
  kind?: "STATED" | "INFERRED";
  check: (e: any) => any[];
}

const S13 = "13-eeas-eu-delegation-st-new-year-reception-2020";
const S14 = "14-mofa-via-govbase-sixth-joint-committee-2021-ja";
const S15 = "15-6gia-b5pc-beyond5g-mou-2022";
const S18 = "18-mic-first-digital-partnership-council-2023";
const S19 = "19-eprs-stoa-sts-forum-conference-2023";
const S20 = "20-jsps-club-european-researchers-symposium-2023";
const S21 = "21-iter-jt60sa-inauguration-2023";
const S22 = "22-eujapan-centre-second-digital-partnership-council-2024";
const S23 = "23-quantum-insider-eu-japan-quantum-loi-qneko-2025";
const S24 = "24-jetro-horizon-europe-association-agreement-2025-ja";

const FACTS: Fact[] = [
  { sheet: S13, fact: "the reception was on 29 January 2020, about 140 participants", id: "event:eu-delegation-st-new-year-reception-2020-01-29", line: "approximately 140 participants",
    check: (e) => { expect(e.date).toEqual({ value: "2020-01-29", precision: "DAY" }); expect(e.participantCount).toBe(140); return e.evidence; } },
  { sheet: S13, fact: "the Delegation to Japan hosted the reception", id: "event:eu-delegation-st-new-year-reception-2020-01-29", line: "hosted its annual Science and Technology New Year's Reception",
    check: (e) => { const p = participant(e, "institution:eu-delegation-japan"); expect(p.role).toBe("HOST"); return p.evidence; } },
  { sheet: S13, fact: "Francesco Fini, Minister of the EU to Japan (institution read from the title)", id: "person:francesco-fini", line: "Mr. Francesco Fini, Minister of the European Union to Japan", kind: "INFERRED",
    check: (e) => aff(e, "institution:eu-delegation-japan", "Minister of the European Union to Japan").evidence },
  { sheet: S14, fact: "中根猛 co-chaired the 6th Joint Committee", id: "event:joint-st-committee-meeting-6-2021-11", line: "中根猛",
    check: (e) => { const p = participant(e, "person:takeshi-nakane"); expect(p.role).toBe("CO_CHAIR"); return p.evidence; } },
  { sheet: S14, fact: "ジャン・エリック・パケ co-chaired the 6th Joint Committee as DG of DG RTD", id: "person:jean-eric-paquet", line: "ジャン・エリック・パケ",
    check: (e) => { const a = e.affiliations.find((x: any) => x.asOf?.value === "2021-12-01"); expect(a.title).toBe("Director-General"); expect(a.institution.id).toBe("institution:dg-research-and-innovation"); return a.evidence; } },
  { sheet: S14, fact: "the 6th Joint Committee was on 30 November 2021, the 6th meeting of the Committee", id: "event:joint-st-committee-meeting-6-2021-11", line: "was held online (オンライン形式) on 30 November",
    check: (e) => { expect(e.date).toEqual({ value: "2021-11-30", precision: "DAY" }); expect(e.ordinal).toBe(6); return rel(e, "MEETING_OF", "out", "institution:joint-st-committee", { ordinal: 6 }).evidence; } },
  { sheet: S14, fact: "Arctic research (北極研究) was a topic of the 6th Joint Committee", id: "event:joint-st-committee-meeting-6-2021-11", line: "Arctic research (北極研究)",
    check: (e) => rel(e, "ADDRESSES", "out", "area:arctic-research").evidence },
  { sheet: S15, fact: "B5PC signed the MoU on 2 May 2022", id: "document:b5pc-6g-ia-mou-beyond-5g-6g-2022", line: "signed a Memorandum of Understanding (MoU) on Beyond 5G / 6G",
    check: (e) => { expect(e.date).toEqual({ value: "2022-05-02", precision: "DAY" }); return rel(e, "SIGNED", "in", "institution:beyond-5g-promotion-consortium", { date: { value: "2022-05-02" } }).evidence; } },
  { sheet: S15, fact: "GONOKAMI Makoto, President of B5PC", id: "person:makoto-gonokami", line: "GONOKAMI Makoto",
    check: (e) => aff(e, "institution:beyond-5g-promotion-consortium", "President").evidence },
  { sheet: S15, fact: "the International Committee, chaired by NAKAO Akihiro, is part of B5PC", id: "institution:b5pc-international-committee", line: "chaired by NAKAO Akihiro",
    check: (e) => rel(e, "PART_OF", "out", "institution:beyond-5g-promotion-consortium").evidence },
  { sheet: S18, fact: "KONO Taro co-chaired the first Digital Partnership Council (3 July 2023)", id: "event:japan-eu-digital-partnership-council-1-2023-07-03", line: "Mr. KONO Taro",
    check: (e) => { expect(e.date).toEqual({ value: "2023-07-03", precision: "DAY" }); const p = participant(e, "person:taro-kono"); expect(p.role).toBe("CO_CHAIR"); return p.evidence; } },
  { sheet: S18, fact: "MIC held the Council jointly with the Digital Agency and METI", id: "event:japan-eu-digital-partnership-council-1-2023-07-03", line: "jointly with the Digital Agency and the Ministry of Economy",
    check: (e) => rel(e, "ORGANISED", "in", "institution:digital-agency-japan").evidence },
  { sheet: S18, fact: "Matsumoto signed the MoC on submarine cables", id: "document:japan-eu-moc-submarine-cables-2023", line: "submarine cables for secure",
    check: (e) => rel(e, "SIGNED", "in", "person:takeaki-matsumoto").evidence },
  { sheet: S19, fact: "the sixth STOA-STS forum joint conference was held in Brussels", id: "event:stoa-sts-forum-joint-conference-6-2023", line: "reports on the sixth joint conference",
    check: (e) => { expect(e.ordinal).toBe(6); return rel(e, "HELD_IN", "out", "place:brussels").evidence; } },
  { sheet: S19, fact: "Komiyama Hiroshi, Chairman of the STS forum, spoke", id: "event:stoa-sts-forum-joint-conference-6-2023", line: "The Chairman of the STS forum, Komiyama Hiroshi",
    check: (e) => { const p = participant(e, "person:hiroshi-komiyama"); expect(p.role).toBe("SPEAKER"); return p.evidence; } },
  { sheet: S19, fact: "Ivars Ijabs, STOA Vice Chair, chaired the first panel", id: "event:stoa-sts-forum-joint-conference-6-2023-panel-1", line: "chaired by STOA Vice Chair Ivars Ijabs",
    check: (e) => { const p = participant(e, "person:ivars-ijabs"); expect(p.role).toBe("CHAIR"); return p.evidence; } },
  { sheet: S20, fact: "the symposium was on Saturday, 21 October 2023", id: "event:joint-symposium-european-researchers-associations-japan-1-2023-10-21", line: "The symposium date is Saturday",
    check: (e) => { expect(e.date).toEqual({ value: "2023-10-21", precision: "DAY" }); return e.evidence; } },
  { sheet: S20, fact: "Gijs Berends, Head of Section at the Delegation", id: "person:gijs-berends", line: "Mr. Gijs Berends",
    check: (e) => aff(e, "institution:eu-delegation-japan", "Head of Science, Innovation, Digital, and Other EU Policies Section").evidence },
  { sheet: S20, fact: "Cecile Laly chaired the opening remarks", id: "event:joint-symposium-european-researchers-associations-japan-1-2023-10-21", line: "Chair-Person Cecile Laly",
    check: (e) => { const p = participant(e, "person:cecile-laly"); expect(p.role).toBe("CHAIR"); return p.evidence; } },
  { sheet: S21, fact: "Kadri Simson pressed the red button at the JT-60SA inauguration", id: "event:jt-60sa-inauguration", line: "pressed the red button together",
    check: (e) => { expect(e.date).toBeNull(); return participant(e, "person:kadri-simson").evidence; } },
  { sheet: S21, fact: "JT-60SA is a project of the Broader Approach agreement", id: "project:jt-60sa", line: "one of the projects of the Broader Approach agreement",
    check: (e) => rel(e, "ESTABLISHED_UNDER", "out", "document:broader-approach-agreement").evidence },
  { sheet: S21, fact: "first plasma on 23 October 2023", id: "event:jt-60sa-first-plasma-2023-10-23", line: "first plasma in JT-60SA",
    check: (e) => { expect(e.date).toEqual({ value: "2023-10-23", precision: "DAY" }); return rel(e, "CONCERNS", "out", "project:jt-60sa").evidence; } },
  { sheet: S22, fact: "the second Council was held in Brussels, the 2nd meeting of the Council", id: "event:japan-eu-digital-partnership-council-2-2024-04-30", line: "held their second Digital Partnership Council in Brussels",
    check: (e) => { expect(e.ordinal).toBe(2); return rel(e, "HELD_IN", "out", "place:brussels").evidence; } },
  { sheet: S22, fact: "Taku Ishii co-chaired the second Council", id: "event:japan-eu-digital-partnership-council-2-2024-04-30", line: "Taku Ishii",
    check: (e) => { const p = participant(e, "person:taku-ishii"); expect(p.role).toBe("CO_CHAIR"); return p.evidence; } },
  { sheet: S22, fact: "the second Council follows the first (2023)", id: "event:japan-eu-digital-partnership-council-2-2024-04-30", line: "since the first Digital Partnership Council in 2023",
    check: (e) => rel(e, "FOLLOWS", "out", "event:japan-eu-digital-partnership-council-1-2023-07-03").evidence },
  { sheet: S23, fact: "Henna Virkkunen signed the quantum Letter of Intent", id: "document:eu-japan-quantum-letter-of-intent-2025", line: "signed in Tokyo by Henna Virkkunen",
    check: (e) => { expect(e.documentType).toBe("LETTER_OF_INTENT"); return rel(e, "SIGNED", "in", "person:henna-virkkunen").evidence; } },
  { sheet: S23, fact: "Minoru Kiuchi signed it for Japan", id: "document:eu-japan-quantum-letter-of-intent-2025", line: "signed for Japan by Minoru Kiuchi",
    check: (e) => rel(e, "SIGNED", "in", "person:minoru-kiuchi").evidence },
  { sheet: S23, fact: "the Letter of Intent is dated 13 May 2025, and the Commission is a party", id: "document:eu-japan-quantum-letter-of-intent-2025", line: "citing a European Commission release",
    check: (e) => { expect(e.date).toEqual({ value: "2025-05-13", precision: "DAY" }); return rel(e, "PARTY_TO", "in", "institution:european-commission").evidence; } },
  { sheet: S24, fact: "Japan announced the substantive agreement on 22 December 2025", id: "event:japan-announcement-substantive-agreement-horizon-europe-association-2025-12-22", line: "実質合意",
    check: (e) => { expect(e.date).toEqual({ value: "2025-12-22", precision: "DAY" }); return rel(e, "CONCERNS", "out", "document:japan-horizon-europe-association-agreement").evidence; } },
  { sheet: S24, fact: "the Commission published the 2028–2034 MFF proposal", id: "document:mff-2028-2034-proposal", line: "multiannual financial framework (MFF)",
    check: (e) => { expect(e.date).toEqual({ value: "2025-07", precision: "MONTH" }); return rel(e, "PREPARES", "in", "institution:european-commission").evidence; } },
];

/** Identities these sheets share with earlier sources: one node carrying every source, under each name. */
const IDENTITIES: { id: string; kind: string; sources: string[]; names: string[] }[] = [
  { id: "person:takeshi-nakane", kind: "Person", sources: ["source:mofa-5th-joint-committee-2019", src(S14)], names: ["中根猛", "NAKANE Takeshi", "Takeshi Nakane"] },
  { id: "person:jean-eric-paquet", kind: "Person", sources: ["source:mofa-5th-joint-committee-2019", "source:mofa-odawara-paquet-2022", src(S14)], names: ["ジャン・エリック・パケ", "Jean-Eric Paquet"] },
  { id: "person:minoru-kiuchi", kind: "Person", sources: ["source:kyoto-2025-zaharieva-kiuchi-horizon-advanced-materials", src(S23)], names: ["Minoru Kiuchi"] },
  { id: "institution:eu-delegation-japan", kind: "Institution", sources: ["source:eu-japan-sti-news-2014", src(S13), src(S20)], names: ["Delegation of the European Union to Japan"] },
  { id: "event:joint-st-committee-meeting-6-2021-11", kind: "Event", sources: ["source:mofa-7th-joint-committee-2023", src(S14)], names: ["第6回日EU科学技術協力合同委員会", "6th Japan-EU Joint Committee on Science and Technology Cooperation"] },
  { id: "institution:sts-forum", kind: "Institution", sources: ["source:kyoto-2025-zaharieva-kiuchi-horizon-advanced-materials", src(S19)], names: ["STS forum"] },
  { id: "document:japan-horizon-europe-association-agreement", kind: "Document", sources: ["source:horizon-europe-association-negotiations-concluded", src(S19), src(S24)], names: ["Agreement associating Japan to Horizon Europe"] },
  { id: "document:japan-sixth-st-basic-plan", kind: "Document", sources: ["source:mofa-5th-joint-committee-2019", src(S14)], names: ["第6期科学技術イノベーション基本計画", "6th Science and Technology Basic Plan"] },
  { id: "place:europa-house", kind: "Place", sources: ["source:eu-japan-sti-news-2014", src(S20)], names: ["Europa House"] },
];

/** Every entity these ten files create (ids in no other seed file), with every name and alias they give it. */
function newEntities(): { id: string; kind: string; names: string[] }[] {
  const files = fs.readdirSync(SEED).filter((f) => f.endsWith(".json"));
  const mine = Object.keys(SHEETS).map((s) => `factsheet-more-2011-2026-${s}.json`);
  const elsewhere = new Set<string>();
  const byId = new Map<string, { id: string; kind: string; names: Set<string> }>();
  for (const file of files) {
    const seed = JSON.parse(fs.readFileSync(path.join(SEED, file), "utf8"));
    for (const e of seed.entities ?? []) {
      if (!mine.includes(file)) { elsewhere.add(e.id); continue; }
      const entry = byId.get(e.id) ?? { id: e.id, kind: e.kind, names: new Set<string>() };
      for (const n of [e.name, ...(e.aliases ?? [])]) entry.names.add(n);
      byId.set(e.id, entry);
    }
  }
  return [...byId.values()].filter((e) => !elsewhere.has(e.id)).map((e) => ({ id: e.id, kind: e.kind, names: [...e.names] }));
}

describe("the 2011–2026 record, sheets 13–15 and 18–24, through the GraphQL API", () => {
  let t: TestServer;
  let url: string;
  const gql = <T = any>(query: string, variables?: Record<string, unknown>) => graphql<T>(url, query, variables);
  const entity = async (id: string) => {
    const response = await gql(ENTITY, { id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.entity, id).not.toBeNull();
    return response.data!.entity;
  };

  beforeAll(async () => {
    t = await startTestServer();
    url = t.server.url;
    await expectCuratedSeed(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it("every sheet is a source with its url, publisher and page date, or 'not stated' as its header says", async () => {
    const response = await gql(`{ sources(first: 100) { pageInfo { hasNextPage } edges { node { id url publisher file date { value precision } dateNotStated } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data.sources.pageInfo.hasNextPage).toBe(false);
    const sources: any[] = nodesOf(response.data.sources);
    for (const [sheet, { id, date }] of Object.entries(SHEETS)) {
      const header = readSheet(sheet);
      const source = sources.find((s: any) => s.id === id);
      expect(source, id).toBeDefined();
      expect(source.file).toBe(`sources/factsheets/${sheet}.md`);
      expect(source.url).toBe(header.url);
      expect(source.publisher).toBe(header.publisher);
      expect(source.date).toEqual(date);
      expect(source.dateNotStated).toBe(date === null);
      expect(header.pageDate.startsWith("not stated")).toBe(date === null);
    }
  });

  describe("facts read back with their sheet line as evidence", () => {
    it("the sample has at least 20 facts, at least 2 from each of the ten sheets", () => {
      expect(FACTS.length).toBeGreaterThanOrEqual(20);
      const per = new Map<string, number>();
      for (const f of FACTS) per.set(f.sheet, (per.get(f.sheet) ?? 0) + 1);
      expect([...per.keys()].sort()).toEqual(Object.keys(SHEETS).sort());
      for (const [sheet, n] of per) expect(n, sheet).toBeGreaterThanOrEqual(2);
    });

    it.each(FACTS)("$sheet: $fact", async (fact) => {
      const line = factLine(fact.sheet, fact.line);
      const e = await entity(fact.id);
      const evidence = fact.check(e);
      expect(evidence).toContainEqual({ kind: fact.kind ?? "STATED", quote: line, source: { id: src(fact.sheet) } });
      expect(e.sources.map((s: any) => s.id)).toContain(src(fact.sheet));
    });
  });

  describe("identities shared with earlier sources are single nodes with every source", () => {
    it.each(IDENTITIES)("$id", async ({ id, kind, sources, names }) => {
      const e = await entity(id);
      expect(e.kind).toBe(kindEnum(kind));
      expect(e.sources.map((s: any) => s.id)).toEqual(expect.arrayContaining(sources));
      for (const name of names) {
        expect([e.name, ...e.aliases], name).toContain(name);
        const response = await gql(`query ($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds, first: 50) { edges { node { entity { id name aliases } } } } }`, { text: name, kinds: [kindEnum(kind)] });
        const hits = response.data.search.edges.map((edge: any) => edge.node.entity);
        expect(hits.map((h: any) => h.id), name).toContain(id);
        const sameName = hits.filter((h: any) => [h.name, ...h.aliases].some((n: string) => n.toLowerCase() === name.toLowerCase()));
        expect(sameName.map((h: any) => h.id), name).toEqual([id]);
      }
    });

    it("KONO Taro (MIC) and Taro Kono (EU-Japan Centre) are one person at both Councils", async () => {
      const e = await entity("person:taro-kono");
      expect(e.aliases).toEqual(expect.arrayContaining(["KONO Taro", "Taro Kono"]));
      expect(e.sources.map((s: any) => s.id)).toEqual(expect.arrayContaining([src(S18), src(S22)]));
      const events = e.relations.edges.map((edge: any) => edge.node).filter((r: any) => r.type === "PARTICIPATED_IN").map((r: any) => r.other.id).sort();
      expect(events).toEqual(["event:japan-eu-digital-partnership-council-1-2023-07-03", "event:japan-eu-digital-partnership-council-2-2024-04-30"]);
    });
  });

  describe("disagreements are kept side by side with their sources", () => {
    it("start of the association negotiations: 29 November 2024 (World News Intel) vs December 2024 (JETRO)", async () => {
      expect(factLine(S24, "since December 2024")).toContain("since December 2024");
      const e = await entity("event:horizon-europe-association-negotiations-start-2024-11-29");
      const date = e.disagreements.find((d: any) => d.field === "date");
      expect(date).toBeDefined();
      const byValue = new Map(date.values.map((v: any) => [v.value, v.sourceIds]));
      expect(byValue.get("2024-11-29")).toEqual(["source:kyoto-2025-zaharieva-kiuchi-horizon-advanced-materials"]);
      expect(byValue.get("2024-12")).toEqual([src(S24)]);
      expect(e.date).toEqual({ value: "2024-11-29", precision: "DAY" });
    });

    it("the symposium's venue: the Delegation (Europa House) and 'the EU Permanent Representation in Tokyo', both from the one page", async () => {
      const e = await entity("event:joint-symposium-european-researchers-associations-japan-1-2023-10-21");
      expect(e.places.map((p: any) => p.id).sort()).toEqual(["place:eu-permanent-representation-tokyo", "place:europa-house"]);
      expect(rel(e, "HELD_IN", "out", "place:europa-house").evidence).toContainEqual({ kind: "STATED", quote: factLine(S20, "The venue given is the Delegation"), source: { id: src(S20) } });
      expect(rel(e, "HELD_IN", "out", "place:eu-permanent-representation-tokyo").evidence).toContainEqual({ kind: "STATED", quote: factLine(S20, "EU Permanent Representation in Tokyo"), source: { id: src(S20) } });
    });
  });

  it("search finds every new entity of these sheets by every name and alias they give it (Latin and Japanese script)", async () => {
    const entities = newEntities();
    expect(entities.length).toBeGreaterThan(80);
    const scripts = entities.flatMap((e) => e.names).filter((n) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(n));
    expect(scripts.length).toBeGreaterThan(3);
    const missed: string[] = [];
    for (const e of entities) {
      for (const name of e.names) {
        const response = await gql(`query ($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds, first: 100) { edges { node { entity { id } } } } }`, { text: name, kinds: [kindEnum(e.kind)] });
        expect(response.errors, name).toBeUndefined();
        if (!response.data.search.edges.some((edge: any) => edge.node.entity.id === e.id)) missed.push(`${name} → ${e.id}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it("priority traces over the new material: Q-NEKO serves quantum technology, a strategic area of the first Digital Partnership Council's joint statement", async () => {
    const response = await gql(`{ projectPriorities(projectId: "project:q-neko", first: 100) { pageInfo { hasNextPage } edges { node {
      priority { id } nodes { id } setBy { id } tier stated length weakestHop { type stated } hops { type fromId toId stated evidence { kind quote source { id } } } } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data.projectPriorities.pageInfo.hasNextPage).toBe(false);
    const trace = nodesOf(response.data.projectPriorities).find(
      (tr: any) => tr.priority.id === "area:quantum-technology" && tr.setBy.id === "document:japan-eu-digital-partnership-council-joint-statement-2023",
    );
    expect(trace).toBeDefined();
    expect(trace.tier).toBe("ONGOING");
    expect(trace.length).toBe(2);
    // Both hops rest on inferences (quantum-AI filed under quantum technology; the tier is the curator's): the trace is not stated.
    expect(trace.stated).toBe(false);
    expect(trace.weakestHop.stated).toBe(false);
    expect(trace.nodes.map((n: any) => n.id).sort()).toEqual(["area:quantum-technology", "document:japan-eu-digital-partnership-council-joint-statement-2023", "project:q-neko"]);
    expect(trace.hops[0]).toMatchObject({ type: "ADDRESSES", fromId: "project:q-neko", toId: "area:quantum-technology", stated: false });
    expect(trace.hops[0].evidence).toContainEqual(expect.objectContaining({ kind: "INFERRED", quote: factLine(S23, "The Q-NEKO project"), source: { id: src(S23) } }));
    expect(trace.hops[1]).toMatchObject({ type: "SETS_PRIORITY", fromId: "document:japan-eu-digital-partnership-council-joint-statement-2023", toId: "area:quantum-technology" });
    expect(trace.hops[1].evidence).toContainEqual(expect.objectContaining({ kind: "INFERRED", quote: factLine(S18, "strategic areas of semiconductors"), source: { id: src(S18) } }));
  });

  it("who met whom over the new material: Taro Kono met Thierry Breton at both Digital Partnership Councils", async () => {
    const response = await gql(`{ whoMet(personId: "person:taro-kono", first: 50) { edges { node { person { id } meetings { kind event { id } date { value } subjectRoles otherRoles places { id } evidence { quote source { id } } } } } } }`);
    expect(response.errors).toBeUndefined();
    const breton = response.data.whoMet.edges.find((e: any) => e.node.person.id === "person:thierry-breton");
    expect(breton).toBeDefined();
    const meetings = breton.node.meetings;
    expect(meetings.map((m: any) => m.event.id)).toEqual(["event:japan-eu-digital-partnership-council-1-2023-07-03", "event:japan-eu-digital-partnership-council-2-2024-04-30"]);
    expect(meetings[0]).toMatchObject({ kind: "EVENT", date: { value: "2023-07-03" }, subjectRoles: ["CO_CHAIR"], otherRoles: ["PARTICIPANT"], places: [{ id: "place:tokyo" }] });
    expect(meetings[1]).toMatchObject({ kind: "EVENT", date: { value: "2024-04-30" }, subjectRoles: ["CO_CHAIR"], otherRoles: ["CO_CHAIR"], places: [{ id: "place:brussels" }] });
    expect(meetings[0].evidence).toContainEqual({ quote: factLine(S18, "Mr. Thierry BRETON"), source: { id: src(S18) } });
    expect(meetings[1].evidence).toContainEqual({ quote: factLine(S22, "co-chaired by the Commissioner for the Internal Market"), source: { id: src(S22) } });
    // The quantum Letter of Intent's signatories are not said to have met: Kiuchi is not placed at the Tokyo signing.
    const kiuchi = await gql(`{ whoMet(personId: "person:henna-virkkunen") { edges { node { person { id } } } } }`);
    expect(kiuchi.data.whoMet.edges.map((e: any) => e.node.person.id)).not.toContain("person:minoru-kiuchi");
  });

  it("the institutional network over the new material: B5PC and the 6G-IA linked by the MoU they signed", async () => {
    const response = await gql(`{ institutionNetwork(institutionId: "institution:6g-ia", depth: 1) { nodes(first: 1000) { edges { node { institution { id } } } } edges(first: 1000) { edges { node { sourceId targetId weight } } } } }`);
    expect(response.errors).toBeUndefined();
    const net = unpageNetwork(response.data.institutionNetwork);
    const edge = net.edges.find((e: any) => [e.sourceId, e.targetId].sort().join() === ["institution:6g-ia", "institution:beyond-5g-promotion-consortium"].sort().join());
    expect(edge).toBeDefined();
    expect(edge.weight).toBeGreaterThanOrEqual(1);
  });
});
