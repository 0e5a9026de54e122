// The 2011–2026 record, part a: ten of the new fact sheets (01, 02, 03, 04, 06, 07, 08, 09, 11, 12 of
// ../shared/sources/factsheets/more-2011-2026, copied to seed/sources/factsheets/) read back through the GraphQL
// API over real HTTP, against the real Neo4j loaded with the whole curated seed.
//
// Every expected value below is written by hand from the text of a fact sheet (never computed from the seed
// JSON). Each fact names its sheet and a key phrase of the sheet line that states it; the test finds that
// line in the sheet file and requires the evidence carrying the fact to quote the whole line, with the sheet's
// source id.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/config";
import { graphql, nodesOf, startTestServer, unpageNetwork, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";

const SEED = path.join(PROJECT_ROOT, "seed");
const SHEET_DIR = path.join(SEED, "sources", "factsheets");

/** Fact sheet (file name without .md) → the id of its source in the graph. */
const SHEETS: Record<string, string> = {
  "01-ec-digital-agenda-eu-japan-ict-future-internet-2012": "source:ec-digital-agenda-eu-japan-ict-future-internet-2012",
  "02-ec-rtd-euratom-japan-fusion-coordinating-committee-2012": "source:ec-rtd-euratom-japan-fusion-coordinating-committee-2012",
  "03-eu-delegation-third-trilateral-critical-materials-2013": "source:eu-delegation-third-trilateral-critical-materials-2013",
  "04-eu-delegation-go-global-research-careers-2013": "source:eu-delegation-go-global-research-careers-2013",
  "06-kobe-u-jeupiste-horizon2020-seminar-2014": "source:kobe-u-jeupiste-horizon2020-seminar-2014",
  "07-ec-dgconnect-6th-eu-japan-ict-symposium-2016": "source:ec-dgconnect-6th-eu-japan-ict-symposium-2016",
  "08-eu-delegation-st-agreement-fifth-anniversary-2016-ja": "source:eu-delegation-st-agreement-fifth-anniversary-2016-ja",
  "09-eu-delegation-erc-10th-anniversary-tokyo-2017": "source:eu-delegation-erc-10th-anniversary-tokyo-2017",
  "11-jst-crds-jrc-aist-research-framework-agreement-2017-ja": "source:jst-crds-jrc-aist-research-framework-agreement-2017-ja",
  "12-sciencebusiness-moedas-hirai-2019": "source:sciencebusiness-moedas-hirai-2019",
};
const src = (sheet: string): string => {
  const id = SHEETS[sheet];
  if (!id) throw new Error(`unknown sheet ${sheet}`);
  return id;
};

/** The page date each sheet's header gives; null where the header says "not stated". */
const PAGE_DATES: Record<string, { value: string; precision: string } | null> = {
  "01-ec-digital-agenda-eu-japan-ict-future-internet-2012": null, // "not stated (the latest event … May 2012)"
  "02-ec-rtd-euratom-japan-fusion-coordinating-committee-2012": { value: "2012-11-06", precision: "DAY" }, // 6 November 2012
  "03-eu-delegation-third-trilateral-critical-materials-2013": { value: "2013-07-11", precision: "DAY" }, // 11 July 2013
  "04-eu-delegation-go-global-research-careers-2013": { value: "2013-11-29", precision: "DAY" }, // 29 November 2013
  "06-kobe-u-jeupiste-horizon2020-seminar-2014": { value: "2014-06-01", precision: "DAY" }, // June 1, 2014
  "07-ec-dgconnect-6th-eu-japan-ict-symposium-2016": null, // "not stated (… October 6th and 7th without a year …)"
  "08-eu-delegation-st-agreement-fifth-anniversary-2016-ja": { value: "2016-03-29", precision: "DAY" }, // 2016/03/29
  "09-eu-delegation-erc-10th-anniversary-tokyo-2017": { value: "2017-04-05", precision: "DAY" }, // 5 April 2017
  "11-jst-crds-jrc-aist-research-framework-agreement-2017-ja": { value: "2017-07-21", precision: "DAY" }, // 2017/07/21 (summary published)
  "12-sciencebusiness-moedas-hirai-2019": { value: "2019-05-07", precision: "DAY" }, // 07 May 2019
};

interface Sheet {
  url: string;
  publisher: string;
  pageDate: string;
  facts: string[];
}

function readSheet(sheet: string): Sheet {
  const text = fs.readFileSync(path.join(SHEET_DIR, `${sheet}.md`), "utf8");
  const header = (key: string) => {
    const value = text.match(new RegExp(`^${key}: (.+)$`, "m"))?.[1];
    if (value === undefined) throw new Error(`${sheet}: no ${key} line`);
    return value.trim();
  };
  const facts = text
    .split("\n")
    .filter((line) => line.startsWith("- "))
    .map((line) => line.slice(2).trim());
  return { url: header("url"), publisher: header("publisher"), pageDate: header("page date"), facts };
}

/** The one fact line of a sheet that contains the phrase. */
function factLine(sheet: string, phrase: string): string {
  const lines = readSheet(sheet).facts.filter((line) => line.includes(phrase));
  const [line] = lines;
  if (lines.length !== 1 || line === undefined) throw new Error(`${sheet}: ${lines.length} fact lines contain ${JSON.stringify(phrase)}`);
  return line;
}

const EV = "evidence { kind quote source { id } }";
const ENTITY = `
  query ($id: ID!) {
    entity(id: $id) {
      id kind name aliases
      ${EV}
      sources { id }
      disagreements { field values { value sourceIds } }
      ... on Person { affiliations { institution { id } title asOf { value precision stated } ${EV} } }
      ... on Project { partnerCount }
      ... on Programme { budget }
      ... on Document { documentType date { value precision } entryIntoForce { value precision } }
      ... on Event {
        eventType date { value precision stated } endDate { value precision } ordinal participantCount places { id }
        participants { participant { id } role ${EV} }
      }
      relations(first: 100) {
        edges { node { type outgoing role partnerRole title ordinal date { value precision } other { id } ${EV} } }
      }
    }
  }`;

type Evidence = { kind: string; quote: string | null; source: { id: string } | null };

function rel(e: any, type: string, direction: "out" | "in", otherId: string, match: Record<string, unknown> = {}) {
  const found = e.relations.edges
    .map((edge: any) => edge.node)
    .filter(
      (r: any) =>
        r.type === type &&
        r.outgoing === (direction === "out") &&
        r.other.id === otherId &&
        Object.entries(match).every(([k, v]) => JSON.stringify(r[k]) === JSON.stringify(v)),
    );
  expect(found, `${e.id} ${type} ${direction} ${otherId} ${JSON.stringify(match)}`).toHaveLength(1);
  return found[0];
}

function participant(e: any, participantId: string) {
  const found = e.participants.filter((p: any) => p.participant.id === participantId);
  expect(found, `${e.id} participant ${participantId}`).toHaveLength(1);
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
  /** The evidence kind the sheet line carries for this fact. */
  kind?: "STATED" | "INFERRED";
  check: (e: any) => Evidence[];
}

const S01 = "01-ec-digital-agenda-eu-japan-ict-future-internet-2012";
const S02 = "02-ec-rtd-euratom-japan-fusion-coordinating-committee-2012";
const S03 = "03-eu-delegation-third-trilateral-critical-materials-2013";
const S04 = "04-eu-delegation-go-global-research-careers-2013";
const S06 = "06-kobe-u-jeupiste-horizon2020-seminar-2014";
const S07 = "07-ec-dgconnect-6th-eu-japan-ict-symposium-2016";
const S08 = "08-eu-delegation-st-agreement-fifth-anniversary-2016-ja";
const S09 = "09-eu-delegation-erc-10th-anniversary-tokyo-2017";
const S11 = "11-jst-crds-jrc-aist-research-framework-agreement-2017-ja";
const S12 = "12-sciencebusiness-moedas-hirai-2019";

const FACTS: Fact[] = [
  {
    sheet: S01, fact: "Neelie Kroes met Tatsuo Kawabata in May 2012", id: "person:neelie-kroes", line: "Mr Tatsuo Kawabata",
    check: (e) => {
      const r = rel(e, "MET", "out", "person:tatsuo-kawabata");
      expect(r.date).toEqual({ value: "2012-05", precision: "MONTH" });
      return r.evidence;
    },
  },
  {
    sheet: S01, fact: "Tatsuo Kawabata: Minister of Internal Affairs and Communications", id: "person:tatsuo-kawabata", line: "Mr Tatsuo Kawabata",
    check: (e) => aff(e, "institution:mic-japan", "Minister of Internal Affairs and Communications").evidence,
  },
  {
    sheet: S01, fact: "the first ICT EU-Japan Symposium was held in 2008, with NICT", id: "event:eu-japan-ict-symposium-1-2008", line: "held in 2008",
    check: (e) => {
      expect(e.date).toMatchObject({ value: "2008", precision: "YEAR" });
      expect(e.ordinal).toBe(1);
      return participant(e, "institution:nict").evidence;
    },
  },
  {
    sheet: S01, fact: "CEA-Leti is in France", id: "institution:cea-leti", line: "CEA-Leti (France)",
    check: (e) => rel(e, "LOCATED_IN", "out", "place:france").evidence,
  },
  {
    sheet: S02, fact: "CC-4 met in Brussels on 6 November 2012, chaired by Euratom", id: "event:euratom-japan-coordinating-committee-4-2012-11-06",
    line: "took place in Brussels on 6 November 2012",
    check: (e) => {
      expect(e).toMatchObject({ eventType: "COMMITTEE_MEETING", ordinal: 4, date: { value: "2012-11-06", precision: "DAY" }, places: [{ id: "place:brussels" }] });
      return participant(e, "institution:euratom").evidence;
    },
  },
  {
    sheet: S02, fact: "Hiroyasu IIJIMA headed the Japanese delegation at CC-4; MEXT deputy director", id: "person:hiroyasu-iijima", line: "Hiroyasu IIJIMA",
    check: (e) => {
      expect(e.aliases).toContain("Hiroyasu IIJIMA");
      aff(e, "institution:mext", "Deputy Director, International Nuclear and Fusion Energy Affairs Division, Research and Development Bureau");
      return rel(e, "PARTICIPATED_IN", "out", "event:euratom-japan-coordinating-committee-4-2012-11-06", { role: "PARTICIPANT" }).evidence;
    },
  },
  {
    sheet: S02, fact: "CC-4 was held back-to-back with the Broader Approach Steering Committee", id: "event:euratom-japan-coordinating-committee-4-2012-11-06",
    line: "back-to-back",
    check: (e) => rel(e, "HELD_ALONGSIDE", "out", "event:broader-approach-steering-committee-meeting-2012-11").evidence,
  },
  {
    sheet: S02, fact: "CC-4 follows CC-3", id: "event:euratom-japan-coordinating-committee-4-2012-11-06", line: "the previous CC-3",
    check: (e) => rel(e, "FOLLOWS", "out", "event:euratom-japan-coordinating-committee-3").evidence,
  },
  {
    sheet: S03, fact: "the Third Trilateral Conference on Critical Materials: Brussels, 29-30 May 2013", id: "event:trilateral-conference-critical-materials-3-2013-05-29",
    line: "EU News 336/2013",
    check: (e) => {
      expect(e).toMatchObject({ ordinal: 3, date: { value: "2013-05-29", precision: "DAY" }, endDate: { value: "2013-05-30", precision: "DAY" } });
      return rel(e, "HELD_IN", "out", "place:brussels").evidence;
    },
  },
  {
    sheet: S03, fact: "the second Trilateral Conference was organised in Tokyo in March 2012", id: "event:trilateral-conference-critical-materials-2-2012-03",
    line: "The second Trilateral Conference",
    check: (e) => {
      expect(e.date).toMatchObject({ value: "2012-03", precision: "MONTH" });
      return rel(e, "HELD_IN", "out", "place:tokyo").evidence;
    },
  },
  {
    sheet: S03, fact: "Rudolf Strohmeier: Deputy Director-General, DG Research & Innovation", id: "person:rudolf-strohmeier", line: "Dr. Rudolf Strohmeier",
    check: (e) => aff(e, "institution:dg-research-and-innovation", "Deputy Director-General").evidence,
  },
  {
    sheet: S04, fact: "DFG, the Humboldt Foundation and the Delegation's S&T section organised 'Go Global'", id: "event:go-global-career-in-research-tour-2013-11",
    line: "organized \"Go Global with your Career in Research\"",
    check: (e) => {
      rel(e, "ORGANISED", "in", "institution:alexander-von-humboldt-foundation");
      rel(e, "ORGANISED", "in", "institution:eu-delegation-japan-st-section");
      return rel(e, "ORGANISED", "in", "institution:dfg").evidence;
    },
  },
  {
    sheet: S04, fact: "MSCA is under Horizon2020", id: "programme:msca", line: "Marie Sklodowska Curie Actions",
    check: (e) => {
      expect(e.aliases).toContain("Marie Sklodowska Curie Actions");
      return rel(e, "PART_OF", "out", "programme:horizon-2020").evidence;
    },
  },
  {
    sheet: S06, fact: "Kobe University became a JEUPISTE participating institution", id: "institution:kobe-university", line: "adopted as a participating institution",
    check: (e) => rel(e, "PARTNER_IN", "out", "project:jeupiste").evidence,
  },
  {
    sheet: S06, fact: "approximately 70 participants attended the seminar", id: "event:jeupiste-horizon-2020-seminar-kobe-2014-05-29", line: "Approximately 70 participants",
    check: (e) => {
      expect(e.participantCount).toBe(70);
      expect(e.date).toMatchObject({ value: "2014-05-29", precision: "DAY", stated: false });
      return e.evidence;
    },
  },
  {
    sheet: S06, fact: "the EU-Japan Centre coordinates JEUPISTE", id: "institution:eu-japan-centre", line: "coordinates the JEUPISTE project",
    check: (e) => rel(e, "PARTNER_IN", "out", "project:jeupiste", { partnerRole: "coordinator" }).evidence,
  },
  {
    sheet: S07, fact: "DG CONNECT, MIC and NICT organised the 6th ICT symposium in Japan", id: "event:eu-japan-ict-symposium-6", line: "organised the EU-Japan ICT Research and Innovation Symposium",
    check: (e) => {
      expect(e.ordinal).toBe(6);
      expect(e.date).toBeNull(); // the page gives no year
      rel(e, "ORGANISED", "in", "institution:mic-japan");
      rel(e, "ORGANISED", "in", "institution:nict");
      return rel(e, "ORGANISED", "in", "institution:dg-connect").evidence;
    },
  },
  {
    sheet: S07, fact: "Bernard Barani: acting Head of the Future Connectivity Systems unit", id: "person:bernard-barani", line: "Mr Bernard Barani",
    check: (e) => aff(e, "institution:dg-connect-future-connectivity-systems", "acting Head").evidence,
  },
  {
    sheet: S07, fact: "Viorel Isticioaia-Budura opened the 6th symposium", id: "person:viorel-isticioaia-budura", line: "Mr Viorel Isticioaia-Budura",
    check: (e) => rel(e, "PARTICIPATED_IN", "out", "event:eu-japan-ict-symposium-6", { role: "SPEAKER" }).evidence,
  },
  {
    sheet: S08, fact: "the agreement established the Joint Committee (日・EU科学技術協力合同委員会)", id: "institution:joint-st-committee", line: "established the Japan-EU Joint Committee",
    check: (e) => {
      expect(e.aliases).toContain("日・EU科学技術協力合同委員会");
      return rel(e, "ESTABLISHED_UNDER", "out", "document:eu-japan-st-agreement").evidence;
    },
  },
  {
    sheet: S08, fact: "cooperation under the agreement covered superconductivity (超伝導)", id: "area:superconductivity", line: "superconductivity (超伝導)",
    kind: "INFERRED",
    check: (e) => {
      expect(e.aliases).toContain("超伝導");
      return rel(e, "ADDRESSES", "in", "document:eu-japan-st-agreement").evidence;
    },
  },
  {
    sheet: S09, fact: "Yoichi Ito: Director-General, Science and Technology Policy Bureau, MEXT; spoke at the ERC anniversary", id: "person:yoichi-ito",
    line: "Yoichi Ito, Director-General",
    check: (e) => {
      aff(e, "institution:mext", "Director-General, Science and Technology Policy Bureau");
      return rel(e, "PARTICIPATED_IN", "out", "event:erc-10th-anniversary-tokyo-2017-03-29", { role: "SPEAKER" }).evidence;
    },
  },
  {
    sheet: S09, fact: "the ERC anniversary event was held in Tokyo on 29 March 2017", id: "event:erc-10th-anniversary-tokyo-2017-03-29", line: "Over 100 guests",
    check: (e) => {
      expect(e.date).toMatchObject({ value: "2017-03-29", precision: "DAY", stated: true });
      return rel(e, "HELD_IN", "out", "place:tokyo").evidence;
    },
  },
  {
    sheet: S11, fact: "JRC and AIST are parties to the Research Framework Agreement (研究連携協定) of 31 May 2017", id: "document:jrc-aist-research-framework-agreement-2017",
    line: "signed a Research Framework Agreement",
    check: (e) => {
      expect(e.date).toMatchObject({ value: "2017-05-31", precision: "DAY" });
      expect(e.aliases).toContain("研究連携協定");
      rel(e, "PARTY_TO", "in", "institution:aist");
      return rel(e, "PARTY_TO", "in", "institution:jrc").evidence;
    },
  },
  {
    sheet: S11, fact: "AIST President 中鉢良治 attended the signing ceremony", id: "person:chubachi-ryoji-aist", line: "中鉢良治",
    check: (e) => {
      expect(e.name).toBe("中鉢良治");
      return rel(e, "PARTICIPATED_IN", "out", "event:signing-jrc-aist-research-framework-agreement-2017-05-31", { role: "PARTICIPANT" }).evidence;
    },
  },
  {
    sheet: S12, fact: "Carlos Moedas met Takuya Hirai", id: "person:takuya-hirai", line: "met Japan's Science Minister Takuya Hirai",
    check: (e) => rel(e, "MET", "in", "person:carlos-moedas").evidence,
  },
  {
    sheet: S12, fact: "the Moedas–Hirai meeting was held in Brussels", id: "event:meeting-moedas-hirai-brussels-2019", line: "met Japan's Science Minister Takuya Hirai",
    check: (e) => {
      expect(e.date).toMatchObject({ value: "2019", stated: false });
      return rel(e, "HELD_IN", "out", "place:brussels").evidence;
    },
  },
];

/** Identities these sheets share with earlier sources: every source on one node, every given name found. */
interface Identity {
  id: string;
  kind: string;
  sources: string[];
  names: string[];
  /** Named by an earlier source too (whose id the test does not name). */
  alsoEarlier?: boolean;
}

const IDENTITIES: Identity[] = [
  {
    id: "person:viorel-isticioaia-budura", kind: "PERSON",
    sources: ["source:mofa-4th-joint-committee-2017", src(S07), src(S09)],
    names: ["Viorel Isticioaia-Budura", "ヴィオレル・イスティチョアイア=ブドゥラ"],
  },
  {
    id: "person:jean-pierre-bourguignon", kind: "PERSON",
    sources: ["source:eu-japan-sti-news-2014", "source:ec-rtd-japan-news-2018", src(S09)],
    names: ["Jean-Pierre Bourguignon", "Jean Pierre Bourguignon"],
  },
  {
    id: "document:eu-japan-st-agreement", kind: "DOCUMENT",
    sources: ["source:mofa-first-joint-committee-2011", "source:mofa-second-joint-committee-2013", src(S08)],
    names: ["日・EU科学技術協力協定", "日EC科学技術協力協定", "科学技術における協力に関する日本国政府と欧州共同体との間の協定"],
  },
  {
    id: "institution:mic-japan", kind: "INSTITUTION",
    sources: ["source:ec-memo-future-internet-ict-2011", src(S01), src(S07)],
    names: ["Ministry of Internal Affairs and Communications", "MIC"],
  },
  {
    id: "project:jeupiste", kind: "PROJECT",
    sources: ["source:eu-japan-sti-news-2014", "source:cordis-jeupiste-final-report", src(S06)],
    names: ["JEUPISTE"],
  },
  {
    id: "person:carlos-moedas", kind: "PERSON",
    sources: ["source:ec-rtd-japan-news-2018", src(S12)],
    names: ["Carlos Moedas"],
  },
  {
    id: "programme:horizon-europe", kind: "PROGRAMME",
    sources: ["source:horizon-europe-association-negotiations-concluded", src(S12)],
    names: ["Horizon Europe"],
  },
  {
    id: "institution:meti", kind: "INSTITUTION",
    sources: [src(S11)],
    names: ["Ministry of Economy, Trade and Industry", "経済産業省", "METI"],
    alsoEarlier: true,
  },
];

/** Every entity these ten sheets add, with the names the sheets give it (all must find it). */
const NEW_ENTITIES: Array<[string, string[]]> = [
  ["person:tatsuo-kawabata", ["Tatsuo Kawabata", "Kawabata"]],
  ["institution:nict", ["National Institute of Information and Communications Technology", "NICT", "Japanese National Institute of ICT"]],
  ["event:eu-japan-ict-symposium-1-2008", ["First ICT EU-Japan Symposium"]],
  ["event:meeting-kroes-kawabata-2012-05", []],
  ["area:cloud-computing", ["Cloud computing", "Cloud"]],
  ["area:internet-of-things", ["Internet of Things", "IoT"]],
  ["institution:vtt", ["VTT"]],
  ["institution:iminds", ["iMinds"]],
  ["institution:cea-leti", ["CEA-Leti"]],
  ["institution:fraunhofer", ["Fraunhofer"]],
  ["place:finland", ["Finland"]],
  ["place:france", ["France"]],
  ["place:germany", ["Germany"]],
  ["institution:euratom", ["European Atomic Energy Community", "Euratom"]],
  ["document:euratom-japan-fusion-agreement", []],
  ["institution:euratom-japan-coordinating-committee", ["Coordinating Committee Euratom-Japan"]],
  ["event:euratom-japan-coordinating-committee-4-2012-11-06", ["CC-4"]],
  ["event:euratom-japan-coordinating-committee-3", ["CC-3"]],
  ["event:broader-approach-steering-committee-meeting-2012-11", ["Broader Approach Steering Committee"]],
  ["document:broader-approach-agreement", ["Broader Approach agreement", "BA agreement"]],
  ["dialogue:euratom-japan-fusion-dialogue", []],
  ["person:hiroyasu-iijima", ["Hiroyasu IIJIMA"]],
  ["person:herve-pero", ["Hervé PERO"]],
  ["institution:dg-rtd-directorate-k", ["DG RTD-K"]],
  ["project:jet", ["JET"]],
  ["project:jt-60sa", ["JT 60 SA"]],
  ["institution:efda", ["EFDA"]],
  ["event:trilateral-conference-critical-materials-1-2011-10", ["first Trilateral Conference on Critical Materials"]],
  ["event:trilateral-conference-critical-materials-2-2012-03", ["second Trilateral Conference on Critical Materials"]],
  ["event:trilateral-conference-critical-materials-3-2013-05-29", ["Third EU-US-Japan Trilateral Conference on Critical Materials"]],
  ["dialogue:eu-us-japan-trilateral-critical-materials", []],
  ["place:washington", ["Washington"]],
  ["person:william-e-kennard", ["William E. Kennard"]],
  ["person:rudolf-strohmeier", ["Rudolf Strohmeier"]],
  ["person:kojiro-shiojiri", ["Kojiro Shiojiri"]],
  ["person:chu-us-secretary-of-energy", ["Dr Chu"]],
  ["person:edano-japanese-minister-for-energy", ["Mr Edano"]],
  ["institution:us-mission-to-the-eu", ["United States' Mission to the European Union"]],
  ["event:go-global-career-in-research-tour-2013-11", ["Go Global with your Career in Research"]],
  ["institution:eu-delegation-japan-st-section", []],
  ["institution:dfg", ["German Research Community", "DFG"]],
  ["institution:alexander-von-humboldt-foundation", ["Alexander von Humboldt Foundation", "AvH"]],
  ["event:jeupiste-horizon-2020-seminar-kobe-2014-05-29", []],
  ["place:kobe-university-centennial-hall", ["Kobe University's Centennial Hall"]],
  ["institution:kobe-university", ["Kobe University"]],
  ["institution:critical-raw-materials-innovation-network", ["Critical Raw Materials Innovation Network"]],
  ["event:eu-japan-ict-symposium-6", ["EU-Japan ICT Research and Innovation Symposium"]],
  ["area:5g", ["5G"]],
  ["area:big-data", ["Big Data"]],
  ["person:hiroyuki-takeda", ["Hiroyuki Takeda"]],
  ["person:fumihiko-tomita", ["Fumihiko Tomita"]],
  ["person:shuji-yamaguchi", ["Shuji Yamaguchi", "Yamaguchi"]],
  ["person:bernard-barani", ["Bernard Barani"]],
  ["institution:dg-connect-future-connectivity-systems", ["Future Connectivity Systems"]],
  ["area:superconductivity", ["超伝導"]],
  ["event:erc-10th-anniversary-tokyo-2017-03-29", []],
  ["person:yoichi-ito", ["Yoichi Ito"]],
  ["institution:jrc", ["Joint Research Centre", "JRC", "共同研究センター"]],
  ["institution:aist", ["National Institute of Advanced Industrial Science and Technology", "AIST", "産業技術総合研究所"]],
  ["document:jrc-aist-research-framework-agreement-2017", ["Research Framework Agreement", "RFA", "研究連携協定"]],
  ["event:signing-jrc-aist-research-framework-agreement-2017-05-31", []],
  ["person:vladimir-sucha", ["Vladimir Šucha"]],
  ["person:chubachi-ryoji-aist", ["中鉢良治"]],
  ["institution:jst-paris-office", ["JSTパリ事務所"]],
  ["area:chemicals", ["Chemicals"]],
  ["area:metrology-and-measurement", ["metrology"]],
  ["person:takuya-hirai", ["Takuya Hirai", "Hirai"]],
  ["event:meeting-moedas-hirai-brussels-2019", []],
  ["event:japan-eu-summit-2019-fta-review", []],
];

describe("the 2011–2026 record (a): ten new fact sheets through the GraphQL API", () => {
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

  it("every sheet is a source with the url, publisher and date of its header (none where it says 'not stated')", async () => {
    const response = await gql(`{ sources(first: 100) { pageInfo { hasNextPage } edges { node { id url publisher date { value precision } file notes } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data.sources.pageInfo.hasNextPage).toBe(false);
    const sources: any[] = nodesOf(response.data.sources);
    for (const [sheet, id] of Object.entries(SHEETS)) {
      const header = readSheet(sheet);
      const source = sources.find((s) => s.id === id);
      expect(source, id).toBeDefined();
      expect(source.file, id).toBe(`sources/factsheets/${sheet}.md`);
      expect(source.url, id).toBe(header.url);
      expect(source.publisher, id).toBe(header.publisher);
      const expected = PAGE_DATES[sheet];
      expect(expected, sheet).not.toBeUndefined();
      expect(source.date, id).toEqual(expected);
      if (expected === null) {
        expect(header.pageDate.startsWith("not stated"), sheet).toBe(true);
        expect(source.notes, id).toContain("not stated");
      }
    }
  });

  describe("facts read back with their sheet line as evidence", () => {
    it("at least 20 facts, at least 2 from each of the ten sheets", () => {
      expect(FACTS.length).toBeGreaterThanOrEqual(20);
      const perSheet = new Map<string, number>();
      for (const f of FACTS) perSheet.set(f.sheet, (perSheet.get(f.sheet) ?? 0) + 1);
      expect([...perSheet.keys()].sort()).toEqual(Object.keys(SHEETS).sort());
      for (const [sheet, n] of perSheet) expect(n, sheet).toBeGreaterThanOrEqual(2);
    });

    it.each(FACTS)("$sheet: $fact", async (fact) => {
      const line = factLine(fact.sheet, fact.line);
      const e = await entity(fact.id);
      const evidence = fact.check(e);
      expect(evidence).toContainEqual({ kind: fact.kind ?? "STATED", quote: line, source: { id: src(fact.sheet) } });
      expect(e.sources.map((s: any) => s.id)).toContain(src(fact.sheet));
    });
  });

  describe("identities shared with earlier sources are single nodes carrying every source", () => {
    it.each(IDENTITIES)("$id", async ({ id, kind, sources, names, alsoEarlier }) => {
      const e = await entity(id);
      expect(e.kind).toBe(kind);
      const ids: string[] = e.sources.map((s: any) => s.id);
      expect(ids).toEqual(expect.arrayContaining(sources));
      if (alsoEarlier) expect(ids.filter((s) => !Object.values(SHEETS).includes(s)).length).toBeGreaterThan(0);
      for (const name of names) {
        expect([e.name, ...e.aliases], `${id} is known as ${name}`).toContain(name);
        const response = await gql(`query ($text: String!) { search(text: $text, first: 50) { edges { node { entity { id name aliases } } } } }`, { text: name });
        expect(response.errors).toBeUndefined();
        const hits = response.data.search.edges.map((edge: any) => edge.node.entity);
        // No second node carries the same name.
        const same = hits.filter((h: any) => [h.name, ...h.aliases].some((n: string) => n.toLowerCase() === name.toLowerCase()));
        expect(same.map((h: any) => h.id), name).toEqual([id]);
      }
    });
  });

  describe("disagreements are kept side by side, each value with its source", () => {
    it("JEUPISTE: 10 partners (CORDIS) or nine institutions (Kobe University)", async () => {
      expect(factLine(S06, "nine institutions")).toContain("nine institutions from Japan and the EU participate in JEUPISTE");
      const e = await entity("project:jeupiste");
      const d = e.disagreements.find((x: any) => x.field === "partnerCount");
      expect(d).toBeDefined();
      expect(d.values).toEqual(
        expect.arrayContaining([
          { value: "10", sourceIds: ["source:cordis-jeupiste-final-report"] },
          { value: "9", sourceIds: [src(S06)] },
        ]),
      );
    });

    it("Horizon Europe's budget: €93.5 billion (2025 Commission release) or €94.1 billion (Science|Business, 2019)", async () => {
      expect(factLine(S12, "€94.1 billion")).toContain("the €94.1 billion Horizon Europe");
      const e = await entity("programme:horizon-europe");
      const d = e.disagreements.find((x: any) => x.field === "budget");
      expect(d).toBeDefined();
      expect(d.values).toEqual(
        expect.arrayContaining([
          { value: "€93.5 billion", sourceIds: ["source:horizon-europe-association-negotiations-concluded"] },
          { value: "€94.1 billion", sourceIds: [src(S12)] },
        ]),
      );
    });
  });

  it("search finds every new entity by every name it has, Latin and Japanese script", async () => {
    const query = `query ($text: String!) { search(text: $text, first: 50) { edges { node { entity { id } } } } }`;
    for (const [id, given] of NEW_ENTITIES) {
      const e = await entity(id);
      // The entity is this sheets' own: at least one of the ten sources supports it.
      expect(e.sources.map((s: any) => s.id).some((s: string) => Object.values(SHEETS).includes(s)), id).toBe(true);
      const names: string[] = [e.name, ...e.aliases];
      for (const name of given) expect(names, `${id} is known as ${name}`).toContain(name);
      for (const name of names) {
        const response = await gql(query, { text: name });
        expect(response.errors, name).toBeUndefined();
        const ids = response.data.search.edges.map((edge: any) => edge.node.entity.id);
        expect(ids, `search "${name}" finds ${id}`).toContain(id);
      }
    }
  }, 600_000);

  it("who met whom: Kawabata met Kroes in May 2012 (only sheet 01 says so)", async () => {
    const line = factLine(S01, "Mr Tatsuo Kawabata");
    const response = await gql(
      `query { whoMet(personId: "person:tatsuo-kawabata", first: 100) {
        edges { node { person { id } meetingCount meetings { kind date { value } event { id } evidence { kind quote source { id } } } } }
      } }`,
    );
    expect(response.errors).toBeUndefined();
    const met = response.data.whoMet.edges.map((edge: any) => edge.node).find((n: any) => n.person.id === "person:neelie-kroes");
    expect(met).toBeDefined();
    // A stated meeting and the meeting event of the same month are one occasion.
    expect(met.meetingCount).toBe(1);
    const evidence = met.meetings.flatMap((m: any) => m.evidence);
    expect(evidence).toContainEqual({ kind: "STATED", quote: line, source: { id: src(S01) } });
    expect(met.meetings.map((m: any) => m.date?.value)).toContain("2012-05");
  });

  it("institutional network: AIST is linked to the JRC by the Research Framework Agreement and to METI by the signing ceremony (only sheet 11 says so)", async () => {
    const response = await gql(
      `query { institutionNetwork(institutionId: "institution:aist", depth: 1) {
        nodes(first: 1000) { edges { node { institution { id } depth } } }
        edges(first: 1000) { edges { node { sourceId targetId via weight activities { entityId evidence { kind quote source { id } } } } } }
      } }`,
    );
    expect(response.errors).toBeUndefined();
    const net = unpageNetwork(response.data.institutionNetwork);
    const edge = (other: string) =>
      net.edges.find((e: any) => [e.sourceId, e.targetId].includes("institution:aist") && [e.sourceId, e.targetId].includes(other));
    const jrc = edge("institution:jrc");
    expect(jrc, "AIST–JRC").toBeDefined();
    expect(jrc.via).toContain("AGREEMENT");
    const rfa = jrc.activities.find((a: any) => a.entityId === "document:jrc-aist-research-framework-agreement-2017");
    expect(rfa).toBeDefined();
    expect(rfa.evidence).toContainEqual({ kind: "STATED", quote: factLine(S11, "signed a Research Framework Agreement"), source: { id: src(S11) } });
    const meti = edge("institution:meti");
    expect(meti, "AIST–METI").toBeDefined();
    expect(meti.via).toContain("EVENT");
    const signing = meti.activities.find((a: any) => a.entityId === "event:signing-jrc-aist-research-framework-agreement-2017-05-31");
    expect(signing.evidence).toContainEqual({ kind: "STATED", quote: factLine(S11, "Many representatives of AIST"), source: { id: src(S11) } });
  });
});
