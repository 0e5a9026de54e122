// The 2011–2025 record end to end: the 24 fact sheets (seed/sources/factsheets/*.md) read back through the
// GraphQL API over real HTTP, against the real Neo4j loaded with the curated seed.
//
// Every expected value below is written by hand from the text of a fact sheet (never computed from the seed
// JSON). Each fact names the sheet it comes from and a key phrase of the sheet's line that states it; the
// test finds that line in the sheet file and requires the evidence of the node or relationship carrying the
// fact to quote the whole line, with the sheet's source id.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/config";
import { graphql, nodesOf, startTestServer, type TestServer } from "./support/helpers";
import { expectCuratedSeed } from "./support/seed";

const SEED = path.join(PROJECT_ROOT, "seed");
const SHEET_DIR = path.join(SEED, "sources", "factsheets");
const PAGE_2014 = "source:eu-japan-sti-news-2014";

/** Fact sheet (file name without .md) → the id of its source in the graph. */
const SHEETS: Record<string, string> = {
  "01-mofa-first-joint-committee-2011": "source:mofa-first-joint-committee-2011",
  "02-ec-memo-future-internet-ict-2011": "source:ec-memo-future-internet-ict-2011",
  "03-mofa-second-joint-committee-2013": "source:mofa-second-joint-committee-2013",
  "04-mofa-23rd-summit-ri-joint-vision-2015": "source:mofa-23rd-summit-ri-joint-vision-2015",
  "05-mofa-third-joint-committee-2015-ja": "source:mofa-third-joint-committee-2015-ja",
  "07-ec-iscp-japan-cooperation-page": "source:ec-iscp-japan-cooperation-page",
  "08-cordis-concert-japan-final-report": "source:cordis-concert-japan-final-report",
  "09-cordis-jeupiste-final-report": "source:cordis-jeupiste-final-report",
  "10-jst-ec-critical-metals-coordinated-projects-2013": "source:jst-ec-critical-metals-coordinated-projects-2013",
  "11-cordis-sunjet-ii-aeronautics": "source:cordis-sunjet-ii-aeronautics",
  "12-ec-press-1gigabit-olympics-2014": "source:ec-press-1gigabit-olympics-2014",
  "14-jst-h2020-power-electronics-project-2016": "source:jst-h2020-power-electronics-project-2016",
  "01-mofa-5th-joint-committee-2019": "source:mofa-5th-joint-committee-2019",
  "02-mofa-4th-joint-committee-2017": "source:mofa-4th-joint-committee-2017",
  "03-mofa-7th-joint-committee-2023": "source:mofa-7th-joint-committee-2023",
  "04-mofa-odawara-paquet-2022": "source:mofa-odawara-paquet-2022",
  "05-ec-rtd-japan-news-2018": "source:ec-rtd-japan-news-2018",
  "06-mext-japan-eu-meeting-results-erc-jst-quantum": "source:mext-japan-eu-meeting-results-erc-jst-quantum",
  "08-ec-rtd-letter-of-intent-gabriel-takemoto-2020": "source:ec-rtd-letter-of-intent-gabriel-takemoto-2020",
  "09-eujapan-centre-horizon-europe-exploratory-talks": "source:eujapan-centre-horizon-europe-exploratory-talks",
  "10-kyoto-2025-zaharieva-kiuchi-horizon-advanced-materials": "source:kyoto-2025-zaharieva-kiuchi-horizon-advanced-materials",
  "11-horizon-europe-association-negotiations-concluded": "source:horizon-europe-association-negotiations-concluded",
  "13-jst-sicorp-horizon2020-biofuels-call-2020": "source:jst-sicorp-horizon2020-biofuels-call-2020",
  "14-eu-japan-enhanced-dialogue-advanced-materials-launch-2024": "source:eu-japan-enhanced-dialogue-advanced-materials-launch-2024",
};
const src = (sheet: string): string => {
  const id = SHEETS[sheet];
  if (!id) throw new Error(`unknown sheet ${sheet}`);
  return id;
};

/** Page dates the sheets state in their header (sheets whose page date is "not stated" are left out). */
const STATED_PAGE_DATES: Record<string, { value: string; precision: string }> = {
  "01-mofa-first-joint-committee-2011": { value: "2011-06-16", precision: "DAY" }, // June 16, 2011
  "02-ec-memo-future-internet-ict-2011": { value: "2011-06-20", precision: "DAY" }, // 20 June 2011 (Brussels)
  "03-mofa-second-joint-committee-2013": { value: "2013-06-24", precision: "DAY" }, // 平成25年6月24日
  "04-mofa-23rd-summit-ri-joint-vision-2015": { value: "2015-05-29", precision: "DAY" }, // May 29, 2015
  "05-mofa-third-joint-committee-2015-ja": { value: "2015-05-18", precision: "DAY" }, // 平成27年5月18日
  "12-ec-press-1gigabit-olympics-2014": { value: "2014-10-17", precision: "DAY" }, // 17 October 2014 (Brussels)
  "14-jst-h2020-power-electronics-project-2016": { value: "2016-12-16", precision: "DAY" }, // December 16, 2016
  "01-mofa-5th-joint-committee-2019": { value: "2019-12-05", precision: "DAY" }, // December 5, 2019
  "03-mofa-7th-joint-committee-2023": { value: "2023-12-08", precision: "DAY" }, // 令和5年12月8日
  "04-mofa-odawara-paquet-2022": { value: "2022-05-17", precision: "DAY" }, // 令和4年5月17日
  "08-ec-rtd-letter-of-intent-gabriel-takemoto-2020": { value: "2020-05-26", precision: "DAY" }, // 26 May 2020
  "09-eujapan-centre-horizon-europe-exploratory-talks": { value: "2023-04", precision: "MONTH" }, // "Published: April 2023"
  "13-jst-sicorp-horizon2020-biofuels-call-2020": { value: "2020-07-17", precision: "DAY" }, // last update July 17, 2020
};

// ---------------------------------------------------------------------------------------------------------
// The fact sheets, read from disk

interface Sheet {
  url: string;
  publisher: string;
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
  return { url: header("url"), publisher: header("publisher"), facts };
}

/** The one fact line of a sheet that contains the phrase. */
function factLine(sheet: string, phrase: string): string {
  const lines = readSheet(sheet).facts.filter((line) => line.includes(phrase));
  const [line] = lines;
  if (lines.length !== 1 || line === undefined) throw new Error(`${sheet}: ${lines.length} fact lines contain ${JSON.stringify(phrase)}`);
  return line;
}

// ---------------------------------------------------------------------------------------------------------
// Reading entities through the API

const ENTITY = `
  query ($id: ID!) {
    entity(id: $id) {
      id kind name aliases
      evidence { quote source { id } }
      sources { id }
      disagreements { field values { value sourceIds } }
      ... on Person { honorific affiliations { institution { id } title asOf { value precision } evidence { quote source { id } } } }
      ... on Project { fullName startDate { value precision } endDate { value precision } duration }
      ... on Document { documentType date { value precision } entryIntoForce { value precision } periodStart { value precision } periodEnd { value precision } }
      ... on Event {
        eventType date { value precision } ordinal places { id }
        participants { participant { id } role evidence { quote source { id } } }
        previousInSeries { id } nextInSeries { id }
      }
      relations(first: 100) {
        totalCount
        edges { node { type outgoing role partnerRole title tier ordinal asOf { value } date { value precision } other { id } evidence { quote source { id } } } }
      }
    }
  }`;

type Evidence = { quote: string | null; source: { id: string } | null };

/** A relationship of an entity, by type, direction and the entity at the other end (must exist, exactly once). */
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

/** A person's affiliation at an institution as of a date (must exist, exactly once). */
function aff(e: any, institutionId: string, asOf: string) {
  const found = e.affiliations.filter((a: any) => a.institution.id === institutionId && a.asOf?.value === asOf);
  expect(found, `${e.id} at ${institutionId} as of ${asOf}`).toHaveLength(1);
  return found[0];
}

/** An event's participant (must exist, exactly once). */
function participant(e: any, participantId: string) {
  const found = e.participants.filter((p: any) => p.participant.id === participantId);
  expect(found, `${e.id} participant ${participantId}`).toHaveLength(1);
  return found[0];
}

// ---------------------------------------------------------------------------------------------------------
// The sample: facts read back exactly, each with its sheet line as evidence

interface Fact {
  sheet: string;
  fact: string;
  id: string;
  /** Key phrase of the sheet line that states the fact (selects exactly one fact line of the sheet). */
  line: string;
  /** Asserts the hand-written value; returns the evidence of the node or relationship that carries it. */
  check: (e: any) => Evidence[];
}

const FACTS: Fact[] = [
  // --- 2011-2016 ---------------------------------------------------------------------------------------
  {
    sheet: "01-mofa-first-joint-committee-2011",
    fact: "the 1st Joint Committee was held on 16 June 2011 (a day)",
    id: "event:joint-st-committee-meeting-1-2011-06",
    line: "reports that the first Joint Committee on Scientific and Technological Cooperation",
    check: (e) => {
      expect(e.date).toEqual({ value: "2011-06-16", precision: "DAY" });
      expect(e.ordinal).toBe(1);
      expect(e.eventType).toBe("COMMITTEE_MEETING");
      return e.evidence;
    },
  },
  {
    sheet: "01-mofa-first-joint-committee-2011",
    fact: "Robert-Jan Smits co-chaired the 1st Joint Committee",
    id: "event:joint-st-committee-meeting-1-2011-06",
    line: "Robert-Jan Smits, in his role as European Commission Director-General",
    check: (e) => {
      const p = participant(e, "person:robert-jan-smits");
      expect(p.role).toBe("CO_CHAIR");
      return p.evidence;
    },
  },
  {
    sheet: "01-mofa-first-joint-committee-2011",
    fact: "Makoto Yamanaka: Ambassador for Science and Technology cooperation, MOFA, as of 16 June 2011",
    id: "person:makoto-yamanaka",
    line: "Makoto Yamanaka, in his role as Ambassador",
    check: (e) => {
      const a = aff(e, "institution:mofa-japan", "2011-06-16");
      expect(a.title).toBe("Ambassador for Science and Technology cooperation");
      return a.evidence;
    },
  },
  {
    sheet: "01-mofa-first-joint-committee-2011",
    fact: "the first project's kick-off meeting was held in Madrid in June 2011 (a month)",
    id: "event:solar-cells-project-kick-off-2011-06",
    line: "held its kick-off meeting in Madrid, Spain",
    check: (e) => {
      expect(e.date).toEqual({ value: "2011-06", precision: "MONTH" });
      expect(e.places).toEqual([{ id: "place:madrid" }]);
      return rel(e, "HELD_IN", "out", "place:madrid").evidence;
    },
  },
  {
    sheet: "02-ec-memo-future-internet-ict-2011",
    fact: "the EU-Japan dialogue of 17 June 2011 addressed Future Internet / New Generation Networks",
    id: "event:eu-japan-ict-dialogue-2011-06-17",
    line: "An EU-Japan dialogue held on 17 June 2011",
    check: (e) => {
      expect(e.date).toEqual({ value: "2011-06-17", precision: "DAY" });
      return rel(e, "ADDRESSES", "out", "area:future-internet-new-generation-networks").evidence;
    },
  },
  {
    sheet: "02-ec-memo-future-internet-ict-2011",
    fact: "Tetsuo Yamakawa: Vice-minister, Ministry of Internal Affairs and Communications, as of 20 June 2011",
    id: "person:tetsuo-yamakawa",
    line: "Vice-minister Tetsuo Yamakawa",
    check: (e) => {
      const a = aff(e, "institution:mic-japan", "2011-06-20");
      expect(a.title).toBe("Vice-minister");
      return a.evidence;
    },
  },
  {
    sheet: "02-ec-memo-future-internet-ict-2011",
    fact: "Zoran Stančič: Deputy Director General for Information Society, European Commission",
    id: "person:zoran-stancic",
    line: "Zoran Stančič, European Commission Deputy Director General",
    check: (e) => {
      expect(e.name).toBe("Zoran Stančič");
      const a = aff(e, "institution:european-commission", "2011-06-20");
      expect(a.title).toBe("Deputy Director General for Information Society");
      return a.evidence;
    },
  },
  {
    sheet: "03-mofa-second-joint-committee-2013",
    fact: "the 2nd Joint Committee was held on 21 June 2013 (a day), ordinal 2",
    id: "event:joint-st-committee-meeting-2-2013-06",
    line: "was held on 21 June 2013 (平成25年6月21日) in Tokyo",
    check: (e) => {
      expect(e.date).toEqual({ value: "2013-06-21", precision: "DAY" });
      expect(e.ordinal).toBe(2);
      expect(e.aliases).toContain("第2回日EU科学技術協力合同委員会");
      return e.evidence;
    },
  },
  {
    sheet: "03-mofa-second-joint-committee-2013",
    fact: "the 2nd Joint Committee's venue was Mita Kyoyo Kaigisho (三田共用会議所), Tokyo",
    id: "event:joint-st-committee-meeting-2-2013-06",
    line: "The venue of the 2nd Japan-EU Joint Committee",
    check: (e) => {
      expect(e.places.map((p: any) => p.id).sort()).toEqual(["place:mita-kyoyo-kaigisho", "place:tokyo"]);
      return rel(e, "HELD_IN", "out", "place:mita-kyoyo-kaigisho").evidence;
    },
  },
  {
    sheet: "03-mofa-second-joint-committee-2013",
    fact: "丸尾眞 (Maruo Makoto) co-chaired the 2nd Joint Committee",
    id: "person:makoto-maruo",
    line: "丸尾眞 (romanised: Maruo Makoto)",
    check: (e) => {
      expect(e.aliases).toEqual(expect.arrayContaining(["丸尾眞", "Maruo Makoto"]));
      return rel(e, "PARTICIPATED_IN", "out", "event:joint-st-committee-meeting-2-2013-06", { role: "CO_CHAIR" }).evidence;
    },
  },
  {
    sheet: "03-mofa-second-joint-committee-2013",
    fact: "原山優子 (Harayama Yuko): Member of the Council for Science and Technology Policy on 21 June 2013",
    id: "person:yuko-harayama",
    line: "原山優子 (romanised: Harayama Yuko)",
    check: (e) => {
      expect(e.aliases).toContain("原山優子");
      const a = aff(e, "institution:csti", "2013-06-21");
      expect(a.title).toBe("Member");
      return a.evidence;
    },
  },
  {
    sheet: "03-mofa-second-joint-committee-2013",
    fact: "Harayama gave a keynote speech at the joint forum of 21 June 2013",
    id: "person:yuko-harayama",
    line: "gave keynote speeches",
    check: (e) => rel(e, "PARTICIPATED_IN", "out", "event:eu-japan-joint-forum-2013-06-21", { role: "SPEAKER" }).evidence,
  },
  {
    sheet: "04-mofa-23rd-summit-ri-joint-vision-2015",
    fact: "the 23rd Japan–EU Summit met in Tokyo on 29 May 2015",
    id: "event:eu-japan-summit-23-2015-05",
    line: "met in Tokyo on 29 May 2015 for the 23rd Summit",
    check: (e) => {
      expect(e).toMatchObject({ eventType: "SUMMIT", ordinal: 23, date: { value: "2015-05-29", precision: "DAY" }, places: [{ id: "place:tokyo" }] });
      return rel(e, "HELD_IN", "out", "place:tokyo").evidence;
    },
  },
  {
    sheet: "04-mofa-23rd-summit-ri-joint-vision-2015",
    fact: "Shinzo Abe: Prime Minister of Japan on 29 May 2015",
    id: "person:shinzo-abe",
    line: "Shinzo Abe (Prime Minister of Japan)",
    check: (e) => {
      const a = aff(e, "institution:government-of-japan", "2015-05-29");
      expect(a.title).toBe("Prime Minister");
      return a.evidence;
    },
  },
  {
    sheet: "04-mofa-23rd-summit-ri-joint-vision-2015",
    fact: "the joint vision sets Aeronautics as a key strategic area (flagship)",
    id: "document:eu-japan-ri-joint-vision-2015",
    line: "key strategic areas of Information and Communication Technology (ICT), Aeronautics and Materials",
    check: (e) => rel(e, "SETS_PRIORITY", "out", "area:aeronautics", { tier: "FLAGSHIP" }).evidence,
  },
  {
    sheet: "04-mofa-23rd-summit-ri-joint-vision-2015",
    fact: "the joint vision sets health/medical research as an area of increasing cooperation (potential)",
    id: "document:eu-japan-ri-joint-vision-2015",
    line: "increasing cooperation in health/medical research",
    check: (e) => rel(e, "SETS_PRIORITY", "out", "area:health", { tier: "POTENTIAL" }).evidence,
  },
  {
    sheet: "05-mofa-third-joint-committee-2015-ja",
    fact: "the 3rd Joint Committee was held in Brussels on 18 May 2015",
    id: "event:joint-st-committee-meeting-3-2015-05",
    line: "was held in Brussels on 18 May 2015 (平成27年5月18日)",
    check: (e) => {
      expect(e).toMatchObject({ ordinal: 3, date: { value: "2015-05-18", precision: "DAY" }, places: [{ id: "place:brussels" }] });
      return rel(e, "HELD_IN", "out", "place:brussels").evidence;
    },
  },
  {
    sheet: "05-mofa-third-joint-committee-2015-ja",
    fact: "桂誠 (Katsura Makoto): MOFA Ambassador in charge of science and technology cooperation, 18 May 2015",
    id: "person:makoto-katsura",
    line: "桂誠 (romanised: Katsura Makoto)",
    check: (e) => {
      expect(e.aliases).toEqual(expect.arrayContaining(["桂誠", "Katsura Makoto"]));
      const found = e.affiliations.filter(
        (a: any) => a.asOf?.value === "2015-05-18" && a.title === "Ambassador in charge of science and technology cooperation",
      );
      expect(found).toHaveLength(1);
      expect(found[0].institution.id).toBe("institution:mofa-japan");
      return found[0].evidence;
    },
  },
  {
    sheet: "05-mofa-third-joint-committee-2015-ja",
    fact: "the 3rd Joint Committee covered the JEUPISTE project",
    id: "event:joint-st-committee-meeting-3-2015-05",
    line: "the JEUPISTE project",
    check: (e) => rel(e, "CONCERNS", "out", "project:jeupiste").evidence,
  },
  {
    sheet: "07-ec-iscp-japan-cooperation-page",
    fact: "the 2011-2013 Road Map set active and healthy ageing as a priority",
    id: "document:eu-japan-st-road-map-2011-2013",
    line: "set three priority cooperation areas: active and healthy ageing",
    check: (e) => {
      expect(e.documentType).toBe("ROADMAP");
      expect([e.periodStart.value, e.periodEnd.value]).toEqual(["2011", "2013"]);
      return rel(e, "SETS_PRIORITY", "out", "area:active-and-healthy-ageing").evidence;
    },
  },
  {
    sheet: "07-ec-iscp-japan-cooperation-page",
    fact: "the first EU–Japan cyber security dialogue was held in Tokyo on 6 October 2014",
    id: "event:eu-japan-cyber-security-dialogue-1-2014-10-06",
    line: "held their first dialogue on cyber security in Tokyo on 6 October",
    check: (e) => {
      expect(e).toMatchObject({ ordinal: 1, date: { value: "2014-10-06", precision: "DAY" }, places: [{ id: "place:tokyo" }] });
      return rel(e, "HELD_IN", "out", "place:tokyo").evidence;
    },
  },
  {
    sheet: "07-ec-iscp-japan-cooperation-page",
    fact: "the first EU–Japan space dialogue (7 October 2014) was co-chaired by the Japanese Ministry of Foreign Affairs",
    id: "event:eu-japan-space-dialogue-1-2014-10-07",
    line: "the first official EU–Japan space dialogue took place in Tokyo",
    check: (e) => {
      expect(e.date.value).toBe("2014-10-07");
      const p = participant(e, "institution:mofa-japan");
      expect(p.role).toBe("CO_CHAIR");
      return p.evidence;
    },
  },
  {
    sheet: "08-cordis-concert-japan-final-report",
    fact: "CONCERT-Japan ran from 1 January 2011 to 31 December 2014, four years",
    id: "project:concert-japan",
    line: "started on 1 January 2011 and ran for four years",
    check: (e) => {
      expect(e.startDate).toEqual({ value: "2011-01-01", precision: "DAY" });
      expect(e.endDate).toEqual({ value: "2014-12-31", precision: "DAY" });
      expect(e.duration).toBe("P4Y");
      return e.evidence;
    },
  },
  {
    sheet: "08-cordis-concert-japan-final-report",
    fact: "TÜBİTAK was the coordinator of CONCERT-Japan",
    id: "institution:tubitak",
    line: "was the coordinator of CONCERT-Japan",
    check: (e) => {
      expect(e.aliases).toContain("TÜBİTAK");
      return rel(e, "PARTNER_IN", "out", "project:concert-japan", { partnerRole: "coordinator" }).evidence;
    },
  },
  {
    sheet: "08-cordis-concert-japan-final-report",
    fact: "CONCERT-Japan was funded under the International Cooperation Activities of FP7's Capacities Programme",
    id: "project:concert-japan",
    line: "International Cooperation Activities of the Capacities Programme",
    check: (e) => rel(e, "FUNDED_UNDER", "out", "programme:fp7-inco").evidence,
  },
  {
    sheet: "09-cordis-jeupiste-final-report",
    fact: "JEUPISTE ran from September 2013 to February 2017 (months)",
    id: "project:jeupiste",
    line: "JEUPISTE ran between September 2013 and February 2017",
    check: (e) => {
      expect(e.startDate).toEqual({ value: "2013-09", precision: "MONTH" });
      expect(e.endDate).toEqual({ value: "2017-02", precision: "MONTH" });
      return e.evidence;
    },
  },
  {
    sheet: "09-cordis-jeupiste-final-report",
    fact: "JEUPISTE was funded under FP7-INCO",
    id: "project:jeupiste",
    line: "JEUPISTE was funded under FP7-INCO",
    check: (e) => rel(e, "FUNDED_UNDER", "out", "programme:fp7-inco").evidence,
  },
  {
    sheet: "10-jst-ec-critical-metals-coordinated-projects-2013",
    fact: "JST and EC DG RTD announced the coordinated critical-metals projects on 30 August 2013",
    id: "event:jst-ec-critical-metals-projects-announcement-2013-08-30",
    line: "On 30 August 2013, the Japan Science and Technology Agency (JST)",
    check: (e) => {
      expect(e.date).toEqual({ value: "2013-08-30", precision: "DAY" });
      return rel(e, "ORGANISED", "in", "institution:jst").evidence;
    },
  },
  {
    sheet: "10-jst-ec-critical-metals-coordinated-projects-2013",
    fact: "HARFIR stands for Heusler Alloy Replacement For Iridium",
    id: "project:harfir",
    line: "HARFIR stands for",
    check: (e) => {
      expect(e.fullName).toBe("Heusler Alloy Replacement For Iridium");
      expect(e.aliases).toContain("HARFIR");
      return e.evidence;
    },
  },
  {
    sheet: "10-jst-ec-critical-metals-coordinated-projects-2013",
    fact: "Koki Takanashi: Professor and Deputy Director, Institute for Materials Research, Tohoku University",
    id: "person:koki-takanashi",
    line: "HARFIR is led jointly by Koki Takanashi",
    check: (e) => {
      const a = aff(e, "institution:tohoku-university-institute-for-materials-research", "2013-08-30");
      expect(a.title).toBe("Professor and Deputy Director");
      return a.evidence;
    },
  },
  {
    sheet: "11-cordis-sunjet-ii-aeronautics",
    fact: "SUNJET II is funded under H2020-EU.3.4",
    id: "project:sunjet-ii",
    line: "is funded under H2020-EU.3.4",
    check: (e) => rel(e, "FUNDED_UNDER", "out", "programme:h2020-eu-3-4").evidence,
  },
  {
    sheet: "11-cordis-sunjet-ii-aeronautics",
    fact: "the first SUNJET II periodic report covers 2014-12-01 to 2016-05-31",
    id: "document:sunjet-ii-periodic-report-1",
    line: "The first SUNJET II periodic report covers",
    check: (e) => {
      expect(e.periodStart).toEqual({ value: "2014-12-01", precision: "DAY" });
      expect(e.periodEnd).toEqual({ value: "2016-05-31", precision: "DAY" });
      return e.evidence;
    },
  },
  {
    sheet: "11-cordis-sunjet-ii-aeronautics",
    fact: "JEDI-ACE stands for Japanese European De-Icing Aircraft Collaborative Exploration",
    id: "project:jedi-ace",
    line: "JEDI-ACE stands for",
    check: (e) => {
      expect(e.fullName).toBe("Japanese European De-Icing Aircraft Collaborative Exploration");
      return e.evidence;
    },
  },
  {
    sheet: "12-ec-press-1gigabit-olympics-2014",
    fact: "four EU–Japan high-speed network projects were announced on 17 October 2014",
    id: "event:eu-japan-high-speed-network-projects-announcement-2014-10-17",
    line: "On 17 October 2014 the European Commission and Japan announced four research projects",
    check: (e) => {
      expect(e.date).toEqual({ value: "2014-10-17", precision: "DAY" });
      return rel(e, "ADDRESSES", "out", "area:high-speed-networks").evidence;
    },
  },
  {
    sheet: "12-ec-press-1gigabit-olympics-2014",
    fact: "Neelie Kroes: Vice-President responsible for the Digital Agenda, 17 October 2014",
    id: "person:neelie-kroes",
    line: "Neelie Kroes, Vice-President of the European Commission",
    check: (e) => {
      const a = aff(e, "institution:european-commission", "2014-10-17");
      expect(a.title).toBe("Vice-President responsible for the Digital Agenda");
      return a.evidence;
    },
  },
  {
    sheet: "14-jst-h2020-power-electronics-project-2016",
    fact: "Hideto Miyake: Professor, Graduate School of Regional Innovation Studies, Mie University",
    id: "person:hideto-miyake",
    line: "The Japanese lead of",
    check: (e) => {
      expect(e.honorific).toBe("Professor");
      const a = aff(e, "institution:mie-university-graduate-school-of-regional-innovation-studies", "2016-12-16");
      expect(a.title).toBe("Professor");
      return a.evidence;
    },
  },
  {
    sheet: "14-jst-h2020-power-electronics-project-2016",
    fact: "the University of Padova's Department of Information Engineering is the EU lead of the nitride power devices project",
    id: "project:innovative-reliable-nitride-power-devices",
    line: "The EU lead of",
    check: (e) => rel(e, "PARTNER_IN", "in", "institution:university-of-padova-department-of-information-engineering", { partnerRole: "EU lead" }).evidence,
  },
  {
    sheet: "14-jst-h2020-power-electronics-project-2016",
    fact: "JST decided to fund the project under SICORP",
    id: "project:innovative-reliable-nitride-power-devices",
    line: "JST decided to fund the EU-Japan project",
    check: (e) => {
      expect(e.fullName).toBe("Innovative Reliable Nitride based Power Devices and Applications");
      return rel(e, "FUNDED_UNDER", "out", "programme:sicorp").evidence;
    },
  },
  // --- 2017-2025 ---------------------------------------------------------------------------------------
  {
    sheet: "01-mofa-5th-joint-committee-2019",
    fact: "Jean-Eric Paquet co-chaired the 5th Joint Committee",
    id: "event:joint-st-committee-meeting-5-2019-12",
    line: "Mr. Jean-Eric PAQUET, Director-General",
    check: (e) => {
      expect(e.ordinal).toBe(5);
      const p = participant(e, "person:jean-eric-paquet");
      expect(p.role).toBe("CO_CHAIR");
      return p.evidence;
    },
  },
  {
    sheet: "01-mofa-5th-joint-committee-2019",
    fact: "NAKANE Takeshi: Ambassador for Science and Technology Cooperation, MOFA, 5 December 2019",
    id: "person:takeshi-nakane",
    line: "H.E. Mr. NAKANE Takeshi",
    check: (e) => {
      const a = aff(e, "institution:mofa-japan", "2019-12-05");
      expect(a.title).toBe("Ambassador for Science and Technology Cooperation");
      return a.evidence;
    },
  },
  {
    sheet: "01-mofa-5th-joint-committee-2019",
    fact: "the 4th Task Force Meeting took place in Tokyo on 31 October 2019",
    id: "event:eu-japan-ri-task-force-meeting-4-2019-10-31",
    line: "The 4th Task Force Meeting on EU-Japan research and innovation cooperation took place in Tokyo",
    check: (e) => {
      expect(e).toMatchObject({ ordinal: 4, date: { value: "2019-10-31", precision: "DAY" }, places: [{ id: "place:tokyo" }] });
      return rel(e, "HELD_IN", "out", "place:tokyo").evidence;
    },
  },
  {
    sheet: "01-mofa-5th-joint-committee-2019",
    fact: "Japan's 6th Science and Technology Basic Plan covers 2021-2025",
    id: "document:japan-sixth-st-basic-plan",
    line: "Japan's 6th Science and Technology Basic Plan (2021-2025)",
    check: (e) => {
      expect(e.periodStart).toEqual({ value: "2021", precision: "YEAR" });
      expect(e.periodEnd).toEqual({ value: "2025", precision: "YEAR" });
      return e.evidence;
    },
  },
  {
    sheet: "02-mofa-4th-joint-committee-2017",
    fact: "the 4th Joint Committee was opened in Tokyo on 24 November 2017",
    id: "event:joint-st-committee-meeting-4-2017-11",
    line: "was opened in Tokyo on 24 November 2017",
    check: (e) => {
      expect(e).toMatchObject({ ordinal: 4, date: { value: "2017-11-24", precision: "DAY" }, places: [{ id: "place:tokyo" }] });
      return rel(e, "HELD_IN", "out", "place:tokyo").evidence;
    },
  },
  {
    sheet: "02-mofa-4th-joint-committee-2017",
    fact: "フィリップ・ヴィアラッテ took over as EU co-chair; acting head of unit (Asia-Pacific) in DG RTD",
    id: "person:philippe-vialatte",
    line: "the EU co-chair role passed to フィリップ・ヴィアラッテ",
    check: (e) => {
      expect(e.aliases).toContain("フィリップ・ヴィアラッテ");
      const a = aff(e, "institution:dg-rtd-asia-pacific-unit", "2017-11-24");
      expect(a.title).toBe("Acting head of unit");
      rel(e, "PARTICIPATED_IN", "out", "event:joint-st-committee-meeting-4-2017-11", { role: "CO_CHAIR" });
      return a.evidence;
    },
  },
  {
    sheet: "02-mofa-4th-joint-committee-2017",
    fact: "JST co-funds Horizon 2020 calls on disaster first-response technologies (災害初期対応技術)",
    id: "event:h2020-calls-disaster-first-response-technologies",
    line: "had agreed to provide co-funding in Horizon 2020 calls",
    check: (e) => {
      rel(e, "ADDRESSES", "out", "area:disaster-first-response-technologies");
      return rel(e, "SUPPORTS", "in", "institution:jst").evidence;
    },
  },
  {
    sheet: "03-mofa-7th-joint-committee-2023",
    fact: "the 7th Joint Committee was held in Brussels on 7 December 2023",
    id: "event:joint-st-committee-meeting-7-2023-12",
    line: "was held in Brussels, Belgium, on 7 December",
    check: (e) => {
      expect(e).toMatchObject({ ordinal: 7, date: { value: "2023-12-07", precision: "DAY" }, places: [{ id: "place:brussels" }] });
      return rel(e, "HELD_IN", "out", "place:brussels").evidence;
    },
  },
  {
    sheet: "03-mofa-7th-joint-committee-2023",
    fact: "嘉治美佐子 was the Japanese co-chair of the 7th Joint Committee",
    id: "person:misako-kaji",
    line: "The Japanese co-chair of the 7th Joint Committee was 嘉治美佐子",
    check: (e) => {
      expect(e.aliases).toContain("嘉治美佐子");
      expect(aff(e, "institution:mofa-japan", "2023-12-07").title).toBe("Ambassador in charge of science and technology cooperation");
      return rel(e, "PARTICIPATED_IN", "out", "event:joint-st-committee-meeting-7-2023-12", { role: "CO_CHAIR" }).evidence;
    },
  },
  {
    sheet: "03-mofa-7th-joint-committee-2023",
    fact: "the 6th Joint Committee was held in November 2021 (a month)",
    id: "event:joint-st-committee-meeting-6-2021-11",
    line: "was held online in November 2021",
    check: (e) => {
      // November 2021 here; the MOFA notice of the 6th meeting (more-2011-2026 sheet 14) refines it to 30 November.
      expect(e.date).toEqual({ value: "2021-11-30", precision: "DAY" });
      expect(e.ordinal).toBe(6);
      return e.evidence;
    },
  },
  {
    sheet: "03-mofa-7th-joint-committee-2023",
    fact: "ルメートル, Director-General of DG RTD, gave opening remarks (speaker) at the 7th Joint Committee",
    id: "person:marc-lemaitre",
    line: "gave opening remarks at the 7th Joint Committee",
    check: (e) => {
      expect(e.aliases).toContain("ルメートル");
      return rel(e, "PARTICIPATED_IN", "out", "event:joint-st-committee-meeting-7-2023-12", { role: "SPEAKER" }).evidence;
    },
  },
  {
    sheet: "04-mofa-odawara-paquet-2022",
    fact: "小田原潔 received Paquet's courtesy call on 17 May 2022 (host)",
    id: "event:courtesy-call-paquet-odawara-2022-05-17",
    line: "received a courtesy call from Mr. Jean-Eric PAQUET",
    check: (e) => {
      expect(e.date).toEqual({ value: "2022-05-17", precision: "DAY" });
      const p = participant(e, "person:kiyoshi-odawara");
      expect(p.role).toBe("HOST");
      return p.evidence;
    },
  },
  {
    sheet: "04-mofa-odawara-paquet-2022",
    fact: "小田原潔: State Minister for Foreign Affairs on 17 May 2022; met Paquet that day",
    id: "person:kiyoshi-odawara",
    line: "received a courtesy call from Mr. Jean-Eric PAQUET",
    check: (e) => {
      expect(e.aliases).toContain("小田原潔");
      expect(rel(e, "MET", "out", "person:jean-eric-paquet").date).toEqual({ value: "2022-05-17", precision: "DAY" });
      const a = aff(e, "institution:mofa-japan", "2022-05-17");
      expect(a.title).toBe("State Minister for Foreign Affairs");
      return a.evidence;
    },
  },
  {
    sheet: "05-ec-rtd-japan-news-2018",
    fact: "Michinari Hamaguchi: President of JST on 7 October 2018",
    id: "person:michinari-hamaguchi",
    line: "Michinari Hamaguchi, President of the Japan Science and Technology Agency",
    check: (e) => {
      const a = aff(e, "institution:jst", "2018-10-07");
      expect(a.title).toBe("President");
      return a.evidence;
    },
  },
  {
    sheet: "05-ec-rtd-japan-news-2018",
    fact: "JST is a party to the European Commission–JST cooperation arrangement, signed 7 October 2018",
    id: "document:ec-jst-cooperation-arrangement-2018",
    line: "A news item dated 10 October 2018 reports a new cooperation arrangement",
    check: (e) => {
      expect(e.date).toEqual({ value: "2018-10-07", precision: "DAY" });
      return rel(e, "PARTY_TO", "in", "institution:jst").evidence;
    },
  },
  {
    sheet: "05-ec-rtd-japan-news-2018",
    fact: "Yoshio Yamawaki: Deputy Minister, MEXT, 29 November 2018",
    id: "person:yoshio-yamawaki",
    line: "met Yoshio Yamawaki",
    check: (e) => {
      const a = aff(e, "institution:mext", "2018-11-29");
      expect(a.title).toBe("Deputy Minister");
      return a.evidence;
    },
  },
  {
    sheet: "06-mext-japan-eu-meeting-results-erc-jst-quantum",
    fact: "ERC and JST are the parties of the possible ERC-JST Implementing Arrangement",
    id: "document:erc-jst-implementing-arrangement",
    line: "discussed a possible Implementing Arrangement between ERC and JST",
    check: (e) => {
      rel(e, "PARTY_TO", "in", "institution:erc");
      return rel(e, "PARTY_TO", "in", "institution:jst").evidence;
    },
  },
  {
    sheet: "06-mext-japan-eu-meeting-results-erc-jst-quantum",
    fact: "the ERC-JST framework would reach researchers through Sakigake (PRESTO)",
    id: "programme:presto",
    line: "CREST and Sakigake (PRESTO)",
    check: (e) => {
      expect(e.aliases).toEqual(expect.arrayContaining(["PRESTO", "Sakigake"]));
      return rel(e, "CONCERNS", "in", "document:erc-jst-implementing-arrangement").evidence;
    },
  },
  {
    sheet: "06-mext-japan-eu-meeting-results-erc-jst-quantum",
    fact: "the meeting recorded by MEXT addressed quantum technology",
    id: "event:japan-eu-meeting-young-researchers-quantum-mext",
    line: "Under the quantum technology heading",
    check: (e) => rel(e, "ADDRESSES", "out", "area:quantum-technology").evidence,
  },
  {
    sheet: "08-ec-rtd-letter-of-intent-gabriel-takemoto-2020",
    fact: "Mariya Gabriel: Commissioner for Innovation, Research, Culture, Education and Youth, 26 May 2020",
    id: "person:mariya-gabriel",
    line: "Mariya Gabriel, Commissioner for Innovation",
    check: (e) => {
      const a = aff(e, "institution:european-commission", "2020-05-26");
      expect(a.title).toBe("Commissioner for Innovation, Research, Culture, Education and Youth");
      return a.evidence;
    },
  },
  {
    sheet: "08-ec-rtd-letter-of-intent-gabriel-takemoto-2020",
    fact: "the Letter of Intent links Horizon Europe and Moonshot",
    id: "document:eu-japan-sti-letter-of-intent-2020",
    line: "enhance synergies between Horizon Europe",
    check: (e) => {
      expect(e.documentType).toBe("LETTER_OF_INTENT");
      rel(e, "CONCERNS", "out", "programme:horizon-europe");
      return rel(e, "CONCERNS", "out", "programme:moonshot").evidence;
    },
  },
  {
    sheet: "08-ec-rtd-letter-of-intent-gabriel-takemoto-2020",
    fact: "Japan co-chaired the Global Response pledging event of 4 May 2020",
    id: "event:coronavirus-global-response-pledging-2020-05-04",
    line: "Japan co-chaired the Global Response pledging event",
    check: (e) => {
      expect(e.date).toEqual({ value: "2020-05-04", precision: "DAY" });
      const p = participant(e, "institution:government-of-japan");
      expect(p.role).toBe("CO_CHAIR");
      return p.evidence;
    },
  },
  {
    sheet: "09-eujapan-centre-horizon-europe-exploratory-talks",
    fact: "renewable energy (biofuels) is an area where EU-Japan research cooperation is strong",
    id: "dialogue:eu-japan-sti-policy-dialogue",
    line: "renewable energy (biofuels)",
    check: (e) => rel(e, "ADDRESSES", "out", "area:renewable-energy").evidence,
  },
  {
    sheet: "09-eujapan-centre-horizon-europe-exploratory-talks",
    fact: "the EU-Japan Summit that acknowledged the Horizon Europe discussions was held in Tokyo",
    id: "event:eu-japan-summit-2022-05-12",
    line: "At an EU-Japan Summit held in Tokyo in May",
    check: (e) => {
      rel(e, "CONCERNS", "out", "dialogue:japan-horizon-europe-association-talks");
      return rel(e, "HELD_IN", "out", "place:tokyo").evidence;
    },
  },
  {
    sheet: "10-kyoto-2025-zaharieva-kiuchi-horizon-advanced-materials",
    fact: "Ekaterina Zaharieva: European Commissioner for Startups, Research and Innovation; met Kiuchi in Kyoto",
    id: "person:ekaterina-zaharieva",
    line: "Ekaterina Zaharieva, European Commissioner for Startups, Research and Innovation",
    check: (e) => {
      const found = e.affiliations.filter((a: any) => a.institution.id === "institution:european-commission");
      expect(found).toHaveLength(1);
      expect(found[0].title).toBe("European Commissioner for Startups, Research and Innovation");
      return found[0].evidence;
    },
  },
  {
    sheet: "10-kyoto-2025-zaharieva-kiuchi-horizon-advanced-materials",
    fact: "the Zaharieva–Kiuchi meeting was held in Kyoto",
    id: "event:zaharieva-kiuchi-meeting-kyoto-2025",
    line: "Ekaterina Zaharieva, European Commissioner for Startups, Research and Innovation",
    check: (e) => {
      expect(e.places).toEqual([{ id: "place:kyoto" }]);
      return rel(e, "HELD_IN", "out", "place:kyoto").evidence;
    },
  },
  {
    sheet: "10-kyoto-2025-zaharieva-kiuchi-horizon-advanced-materials",
    fact: "formal negotiations on Japan's association began on 29 November 2024",
    id: "event:horizon-europe-association-negotiations-start-2024-11-29",
    line: "began on 29 November 2024",
    check: (e) => {
      expect(e.date).toEqual({ value: "2024-11-29", precision: "DAY" });
      return e.evidence;
    },
  },
  {
    sheet: "10-kyoto-2025-zaharieva-kiuchi-horizon-advanced-materials",
    fact: "the Expert Group's report names data-driven R&D among its five priority areas",
    id: "document:eu-japan-advanced-materials-expert-group-report",
    line: "five priority areas",
    check: (e) => rel(e, "SETS_PRIORITY", "out", "area:data-driven-r-and-d").evidence,
  },
  {
    sheet: "11-horizon-europe-association-negotiations-concluded",
    fact: "the Letter of Intent was signed in May 2020 (a month)",
    id: "document:eu-japan-sti-letter-of-intent-2020",
    line: "a Letter of Intent signed in May 2020",
    check: (e) => {
      expect(e.date).toEqual({ value: "2020-05", precision: "MONTH" });
      return e.evidence;
    },
  },
  {
    sheet: "11-horizon-europe-association-negotiations-concluded",
    fact: "Japan's association targets Pillar II of Horizon Europe",
    id: "document:japan-horizon-europe-association-agreement",
    line: "Japan's association targets Pillar II",
    check: (e) => {
      expect(e.documentType).toBe("AGREEMENT");
      return rel(e, "CONCERNS", "out", "programme:horizon-europe-pillar-ii").evidence;
    },
  },
  {
    sheet: "13-jst-sicorp-horizon2020-biofuels-call-2020",
    fact: "call topic LC-SC3-RES-25-2020 addresses advanced biofuels and alternative renewable fuels",
    id: "event:h2020-call-lc-sc3-res-25-2020",
    line: "The research field of the JST-supported EU-Japan call",
    check: (e) => {
      expect(e.aliases).toContain("LC-SC3-RES-25-2020");
      return rel(e, "ADDRESSES", "out", "area:advanced-biofuels-and-alternative-renewable-fuels").evidence;
    },
  },
  {
    sheet: "13-jst-sicorp-horizon2020-biofuels-call-2020",
    fact: "JST supports the Japanese researchers in the call through SICORP",
    id: "event:h2020-call-lc-sc3-res-25-2020",
    line: "Through its Strategic International Collaborative Research Program (SICORP)",
    check: (e) => {
      rel(e, "CONCERNS", "out", "programme:sicorp");
      return rel(e, "SUPPORTS", "in", "institution:jst").evidence;
    },
  },
  {
    sheet: "14-eu-japan-enhanced-dialogue-advanced-materials-launch-2024",
    fact: "Hiroki Matsuo: Vice-Minister for Science, Technology and Innovation Policy, Cabinet Office",
    id: "person:hiroki-matsuo",
    line: "Hiroki Matsuo, Vice-Minister for Science, Technology and Innovation Policy",
    check: (e) => {
      const found = e.affiliations.filter((a: any) => a.institution.id === "institution:cabinet-office-japan");
      expect(found).toHaveLength(1);
      expect(found[0].title).toBe("Vice-Minister for Science, Technology and Innovation Policy");
      return found[0].evidence;
    },
  },
  {
    sheet: "14-eu-japan-enhanced-dialogue-advanced-materials-launch-2024",
    fact: "the Enhanced Dialogue was launched in Tokyo",
    id: "event:launch-eu-japan-enhanced-dialogue-advanced-materials-2024",
    line: "announced in Tokyo the launch of the EU-Japan Enhanced Dialogue",
    check: (e) => {
      expect(e.eventType).toBe("LAUNCH");
      return rel(e, "HELD_IN", "out", "place:tokyo").evidence;
    },
  },
  {
    sheet: "14-eu-japan-enhanced-dialogue-advanced-materials-launch-2024",
    fact: "semiconductors are named among the key sectors using advanced materials",
    id: "event:launch-eu-japan-enhanced-dialogue-advanced-materials-2024",
    line: "batteries, zero-emission buildings and semiconductors",
    check: (e) => rel(e, "ADDRESSES", "out", "area:semiconductors").evidence,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Entities named by several sources: one node each, with every source

interface Identity {
  id: string;
  kind: string;
  /** Sources that, by reading the sheets, name this entity. */
  sources: string[];
  /** Name variants (other spellings, scripts) that search must resolve to this one node. */
  names: string[];
}

const IDENTITIES: Identity[] = [
  {
    id: "person:robert-jan-smits",
    kind: "PERSON",
    sources: [
      PAGE_2014,
      src("01-mofa-first-joint-committee-2011"),
      src("03-mofa-second-joint-committee-2013"),
      src("04-mofa-23rd-summit-ri-joint-vision-2015"),
      src("05-mofa-third-joint-committee-2015-ja"),
    ],
    names: ["Robert-Jan Smits", "ロバート=ヤン・スミッツ", "Smits"],
  },
  {
    id: "person:makoto-katsura",
    kind: "PERSON",
    sources: [src("04-mofa-23rd-summit-ri-joint-vision-2015"), src("05-mofa-third-joint-committee-2015-ja")],
    names: ["Makoto Katsura", "桂誠", "Katsura Makoto"],
  },
  {
    id: "person:yuko-harayama",
    kind: "PERSON",
    sources: [PAGE_2014, src("03-mofa-second-joint-committee-2013")],
    names: ["Yuko Harayama", "原山優子"],
  },
  {
    id: "person:takeshi-nakane",
    kind: "PERSON",
    sources: [src("01-mofa-5th-joint-committee-2019"), src("02-mofa-4th-joint-committee-2017")],
    names: ["NAKANE Takeshi", "中根猛"],
  },
  {
    id: "person:jean-eric-paquet",
    kind: "PERSON",
    sources: [src("01-mofa-5th-joint-committee-2019"), src("04-mofa-odawara-paquet-2022"), src("05-ec-rtd-japan-news-2018")],
    names: ["Jean-Eric Paquet", "Jean-Eric PAQUET"],
  },
  {
    id: "person:jean-pierre-bourguignon",
    kind: "PERSON",
    sources: [PAGE_2014, src("05-ec-rtd-japan-news-2018")],
    names: ["Jean-Pierre Bourguignon"],
  },
  {
    id: "institution:mofa-japan",
    kind: "INSTITUTION",
    sources: [
      PAGE_2014,
      src("01-mofa-first-joint-committee-2011"),
      src("03-mofa-second-joint-committee-2013"),
      src("04-mofa-23rd-summit-ri-joint-vision-2015"),
      src("05-mofa-third-joint-committee-2015-ja"),
      src("07-ec-iscp-japan-cooperation-page"),
      src("01-mofa-5th-joint-committee-2019"),
      src("02-mofa-4th-joint-committee-2017"),
      src("03-mofa-7th-joint-committee-2023"),
      src("04-mofa-odawara-paquet-2022"),
    ],
    names: ["Ministry of Foreign Affairs of Japan", "外務省", "MOFA"],
  },
  {
    id: "institution:mext",
    kind: "INSTITUTION",
    sources: [PAGE_2014, src("03-mofa-second-joint-committee-2013"), src("05-ec-rtd-japan-news-2018")],
    names: ["MEXT", "Ministry of Education, Culture, Sports, Science and Technology"],
  },
  {
    id: "institution:jst",
    kind: "INSTITUTION",
    sources: [
      src("03-mofa-second-joint-committee-2013"),
      src("05-mofa-third-joint-committee-2015-ja"),
      src("10-jst-ec-critical-metals-coordinated-projects-2013"),
      src("14-jst-h2020-power-electronics-project-2016"),
      src("02-mofa-4th-joint-committee-2017"),
      src("05-ec-rtd-japan-news-2018"),
      src("06-mext-japan-eu-meeting-results-erc-jst-quantum"),
      src("13-jst-sicorp-horizon2020-biofuels-call-2020"),
    ],
    names: ["Japan Science and Technology Agency", "JST"],
  },
  {
    id: "institution:joint-st-committee",
    kind: "INSTITUTION",
    sources: [
      PAGE_2014,
      src("01-mofa-first-joint-committee-2011"),
      src("03-mofa-second-joint-committee-2013"),
      src("04-mofa-23rd-summit-ri-joint-vision-2015"),
      src("05-mofa-third-joint-committee-2015-ja"),
      src("07-ec-iscp-japan-cooperation-page"),
      src("01-mofa-5th-joint-committee-2019"),
      src("02-mofa-4th-joint-committee-2017"),
      src("03-mofa-7th-joint-committee-2023"),
      src("04-mofa-odawara-paquet-2022"),
      src("06-mext-japan-eu-meeting-results-erc-jst-quantum"),
    ],
    names: ["日EU科学技術協力合同委員会", "Japan-EU Joint Committee on Science and Technology Cooperation"],
  },
  {
    id: "institution:csti",
    kind: "INSTITUTION",
    sources: [PAGE_2014, src("03-mofa-second-joint-committee-2013")],
    names: ["総合科学技術会議", "CSTI"],
  },
  {
    id: "institution:dg-research-and-innovation",
    kind: "INSTITUTION",
    sources: [
      PAGE_2014,
      src("01-mofa-first-joint-committee-2011"),
      src("03-mofa-second-joint-committee-2013"),
      src("05-mofa-third-joint-committee-2015-ja"),
      src("10-jst-ec-critical-metals-coordinated-projects-2013"),
      src("14-jst-h2020-power-electronics-project-2016"),
      src("01-mofa-5th-joint-committee-2019"),
      src("02-mofa-4th-joint-committee-2017"),
      src("03-mofa-7th-joint-committee-2023"),
      src("04-mofa-odawara-paquet-2022"),
      src("05-ec-rtd-japan-news-2018"),
    ],
    names: ["研究イノベーション総局", "EC DG RTD"],
  },
  {
    id: "document:eu-japan-st-agreement",
    kind: "DOCUMENT",
    sources: [
      PAGE_2014,
      src("01-mofa-first-joint-committee-2011"),
      src("02-ec-memo-future-internet-ict-2011"),
      src("03-mofa-second-joint-committee-2013"),
      src("05-mofa-third-joint-committee-2015-ja"),
      src("07-ec-iscp-japan-cooperation-page"),
      src("01-mofa-5th-joint-committee-2019"),
      src("02-mofa-4th-joint-committee-2017"),
      src("03-mofa-7th-joint-committee-2023"),
      src("11-horizon-europe-association-negotiations-concluded"),
    ],
    names: ["日EC科学技術協力協定", "Japan-EU Science and Technology Cooperation Agreement"],
  },
  {
    id: "programme:horizon-2020",
    kind: "PROGRAMME",
    sources: [
      PAGE_2014,
      src("14-jst-h2020-power-electronics-project-2016"),
      src("02-mofa-4th-joint-committee-2017"),
      src("09-eujapan-centre-horizon-europe-exploratory-talks"),
      src("13-jst-sicorp-horizon2020-biofuels-call-2020"),
    ],
    names: ["Horizon 2020", "HORIZON2020"],
  },
  {
    id: "programme:horizon-europe",
    kind: "PROGRAMME",
    sources: [
      src("01-mofa-5th-joint-committee-2019"),
      src("04-mofa-odawara-paquet-2022"),
      src("05-ec-rtd-japan-news-2018"),
      src("08-ec-rtd-letter-of-intent-gabriel-takemoto-2020"),
      src("09-eujapan-centre-horizon-europe-exploratory-talks"),
      src("10-kyoto-2025-zaharieva-kiuchi-horizon-advanced-materials"),
      src("11-horizon-europe-association-negotiations-concluded"),
    ],
    names: ["Horizon Europe"],
  },
  {
    id: "programme:sicorp",
    kind: "PROGRAMME",
    sources: [
      src("10-jst-ec-critical-metals-coordinated-projects-2013"),
      src("14-jst-h2020-power-electronics-project-2016"),
      src("13-jst-sicorp-horizon2020-biofuels-call-2020"),
    ],
    names: ["SICORP", "Strategic International Collaborative Research Program"],
  },
  {
    id: "event:joint-st-committee-meeting-4-2017-11",
    kind: "EVENT",
    sources: [
      src("01-mofa-5th-joint-committee-2019"),
      src("02-mofa-4th-joint-committee-2017"),
      src("06-mext-japan-eu-meeting-results-erc-jst-quantum"),
    ],
    names: ["第4回日EU科学技術協力合同委員会"],
  },
];

/** The Joint S&T Committee's meetings, from the sheets: ordinal, id, date as stated. */
const COMMITTEE_MEETINGS = [
  { ordinal: 1, id: "event:joint-st-committee-meeting-1-2011-06", date: "2011-06-16" }, // 01-mofa-first: "held that day" (June 16, 2011)
  { ordinal: 2, id: "event:joint-st-committee-meeting-2-2013-06", date: "2013-06-21" }, // 03-mofa-second: 21 June 2013
  { ordinal: 3, id: "event:joint-st-committee-meeting-3-2015-05", date: "2015-05-18" }, // 05-mofa-third: 18 May 2015
  { ordinal: 4, id: "event:joint-st-committee-meeting-4-2017-11", date: "2017-11-24" }, // 02-mofa-4th: 24 November 2017
  { ordinal: 5, id: "event:joint-st-committee-meeting-5-2019-12", date: "2019-12" }, // 03-mofa-7th: December 2019
  { ordinal: 6, id: "event:joint-st-committee-meeting-6-2021-11", date: "2021-11-30" }, // 03-mofa-7th: November 2021; more-2011-2026 sheet 14: 30 November
  { ordinal: 7, id: "event:joint-st-committee-meeting-7-2023-12", date: "2023-12-07" }, // 03-mofa-7th: 7 December 2023
];

// ---------------------------------------------------------------------------------------------------------

describe("the 2011–2025 record: 24 fact sheets through the GraphQL API", () => {
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

  describe("every fact sheet is a source, as its header says", () => {
    it("the 24 sheets of this test are on disk (later sheets are tested by record-more-2011-2026-*)", () => {
      const onDisk = fs
        .readdirSync(SHEET_DIR)
        .filter((f) => f.endsWith(".md"))
        .map((f) => f.slice(0, -3));
      expect(Object.keys(SHEETS)).toHaveLength(24);
      expect(onDisk).toEqual(expect.arrayContaining(Object.keys(SHEETS)));
    });

    it("sources lists all 24 fact-sheet sources and the 2014 page, with each sheet's url, publisher and file", async () => {
      const response = await gql(`{ sources(first: 100) { pageInfo { hasNextPage } edges { node { id url publisher date { value precision } file } } } }`);
      expect(response.errors).toBeUndefined();
      expect(response.data.sources.pageInfo.hasNextPage).toBe(false);
      const sources: any[] = nodesOf(response.data.sources);
      const ids = sources.map((s) => s.id);
      expect(ids).toEqual(expect.arrayContaining([PAGE_2014, ...Object.values(SHEETS)]));
      expect(new Set(ids).size).toBe(ids.length);
      const sheetSources = sources.filter((s) => s.file?.startsWith("sources/factsheets/"));
      expect(sheetSources.map((s) => s.id)).toEqual(expect.arrayContaining(Object.values(SHEETS)));

      for (const [sheet, id] of Object.entries(SHEETS)) {
        const header = readSheet(sheet);
        const source = sources.find((s) => s.id === id);
        expect(source, id).toBeDefined();
        expect(source.file, id).toBe(`sources/factsheets/${sheet}.md`);
        expect(source.url, id).toBe(header.url);
        expect(source.publisher, id).toBe(header.publisher);
        if (STATED_PAGE_DATES[sheet]) expect(source.date, id).toEqual(STATED_PAGE_DATES[sheet]);
      }
      expect(sources.find((s) => s.id === PAGE_2014).file).toBe("sources/eu-japan-sti-news-2014.txt");
    });
  });

  describe("a sample of facts from every sheet reads back exactly, with its sheet line as evidence", () => {
    it("the sample has at least 40 facts and covers all 24 sheets", () => {
      expect(FACTS.length).toBeGreaterThanOrEqual(40);
      const perSheet = new Map<string, number>();
      for (const f of FACTS) perSheet.set(f.sheet, (perSheet.get(f.sheet) ?? 0) + 1);
      expect([...perSheet.keys()].sort()).toEqual(Object.keys(SHEETS).sort());
      for (const [sheet, n] of perSheet) expect(n, sheet).toBeGreaterThanOrEqual(2);
    });

    it.each(FACTS)("$sheet: $fact", async (fact) => {
      const line = factLine(fact.sheet, fact.line);
      const e = await entity(fact.id);
      const evidence = fact.check(e);
      expect(evidence).toContainEqual({ quote: line, source: { id: src(fact.sheet) } });
      // The entity itself is supported by the sheet too.
      expect(e.sources.map((s: any) => s.id)).toContain(src(fact.sheet));
    });
  });

  describe("an entity named by several sources is one node with every source", () => {
    const hitsQuery = `
      query ($text: String!, $kinds: [EntityKind!]) {
        search(text: $text, kinds: $kinds, first: 50) { edges { node { entity { id name aliases } } } }
      }`;

    it.each(IDENTITIES)("$id", async ({ id, kind, sources, names }) => {
      const e = await entity(id);
      expect(e.kind).toBe(kind);
      const ids: string[] = e.sources.map((s: any) => s.id);
      expect(ids).toEqual(expect.arrayContaining(sources));
      expect(new Set(ids).size).toBe(ids.length);

      for (const name of names) {
        expect([e.name, ...e.aliases], `${id} is known as ${name}`).toContain(name);
        const response = await gql(hitsQuery, { text: name, kinds: [kind] });
        expect(response.errors).toBeUndefined();
        const hits = response.data.search.edges.map((edge: any) => edge.node.entity);
        expect(hits.length, name).toBeGreaterThan(0);
        // The variant finds this node, and no second node carries the same name or variant.
        expect(hits.map((h: any) => h.id), name).toContain(id);
        const sameName = hits.filter((h: any) => [h.name, ...h.aliases].some((n: string) => n.toLowerCase() === name.toLowerCase()));
        expect(sameName.map((h: any) => h.id), name).toEqual([id]);
        expect(hits.filter((h: any) => h.name === e.name).map((h: any) => h.id), name).toEqual([id]);
      }
    });

    it("finds people and ministries by their Japanese-script names first", async () => {
      for (const [text, id] of [
        ["ロバート=ヤン・スミッツ", "person:robert-jan-smits"],
        ["桂誠", "person:makoto-katsura"],
        ["外務省", "institution:mofa-japan"],
        ["原山優子", "person:yuko-harayama"],
        ["中根猛", "person:takeshi-nakane"],
      ]) {
        const response = await gql(`query ($text: String!) { search(text: $text) { edges { node { entity { id } } } } }`, { text });
        expect(response.data.search.edges[0].node.entity.id, text).toBe(id);
      }
    });
  });

  describe("the Joint S&T Committee's meetings walk in order", () => {
    it("series lists the 7 meetings by ordinal, each linked to the next", async () => {
      const response = await gql(`{
        series(bodyId: "institution:joint-st-committee", first: 100) { edges { node {
          ordinal previousId nextId stated event { id date { value } } evidence { quote source { id } }
        } } }
      }`);
      expect(response.errors).toBeUndefined();
      const series: any[] = nodesOf(response.data.series);
      expect(series.map((m) => m.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(series.map((m) => m.event.id)).toEqual(COMMITTEE_MEETINGS.map((m) => m.id));
      expect(series.map((m) => m.event.date.value)).toEqual(COMMITTEE_MEETINGS.map((m) => m.date));
      series.forEach((meeting, i) => {
        expect(meeting.stated).toBe(true);
        expect(meeting.nextId, `after meeting ${i + 1}`).toBe(COMMITTEE_MEETINGS[i + 1]?.id ?? null);
        expect(meeting.previousId, `before meeting ${i + 1}`).toBe(COMMITTEE_MEETINGS[i - 1]?.id ?? null);
      });
      // The 6th meeting is known only from the 7th committee's press release.
      expect(series[5].evidence).toContainEqual({
        quote: factLine("03-mofa-7th-joint-committee-2023", "was held online in November 2021"),
        source: { id: src("03-mofa-7th-joint-committee-2023") },
      });
    });

    it("walking nextInSeries from the 1st meeting reaches the 7th", async () => {
      const walked: string[] = [];
      let id: string | null = "event:joint-st-committee-meeting-1-2011-06";
      while (id && walked.length < 20) {
        walked.push(id);
        const response: any = await gql(`query ($id: ID!) { event(id: $id) { id ordinal nextInSeries { id } } }`, { id });
        expect(response.errors).toBeUndefined();
        expect(response.data.event.ordinal).toBe(walked.length);
        id = response.data.event.nextInSeries?.id ?? null;
      }
      expect(walked).toEqual(COMMITTEE_MEETINGS.map((m) => m.id));
      const last = await gql(`{ event(id: "event:joint-st-committee-meeting-7-2023-12") { previousInSeries { id } nextInSeries { id } } }`);
      expect(last.data.event).toEqual({ previousInSeries: { id: "event:joint-st-committee-meeting-6-2021-11" }, nextInSeries: null });
    });
  });

  describe("sources that disagree are shown with both sides", () => {
    it("JEUPISTE's full name: 'Science and Technology' (2014 page) vs 'Science and TEchnology' (ISCP page and CORDIS)", async () => {
      // The spellings, as the source documents have them.
      const page2014 = fs.readFileSync(path.join(SEED, "sources", "eu-japan-sti-news-2014.txt"), "utf8");
      expect(page2014).toContain("Japan-EU Partnership in Innovation, Science and Technology (JEUPISTE)");
      expect(factLine("09-cordis-jeupiste-final-report", "JEUPISTE stands for")).toContain(
        '"Japan-EU Partnership in Innovation, Science and TEchnology"',
      );
      expect(factLine("07-ec-iscp-japan-cooperation-page", "The page identifies JEUPISTE")).toContain(
        '"Japan-EU Partnership in Innovation, Science and TEchnology"',
      );

      const e = await entity("project:jeupiste");
      const fullName = e.disagreements.find((d: any) => d.field === "fullName");
      expect(fullName).toBeDefined();
      const byValue = new Map<string, string[]>(fullName.values.map((v: any) => [v.value, [...v.sourceIds].sort()]));
      expect([...byValue.keys()].sort()).toEqual([
        "Japan-EU Partnership in Innovation, Science and TEchnology",
        "Japan-EU Partnership in Innovation, Science and Technology",
      ]);
      expect(byValue.get("Japan-EU Partnership in Innovation, Science and Technology")).toEqual([PAGE_2014]);
      expect(byValue.get("Japan-EU Partnership in Innovation, Science and TEchnology")).toEqual(
        [src("07-ec-iscp-japan-cooperation-page"), src("09-cordis-jeupiste-final-report")].sort(),
      );
      // The field shows the first file's value; the other spelling stays findable.
      expect(e.fullName).toBe("Japan-EU Partnership in Innovation, Science and Technology");
      expect(e.aliases).toContain("Japan-EU Partnership in Innovation, Science and TEchnology");
    });

    it("CONCERT-Japan's aims: the 2014 page's wording vs the CORDIS final report's", async () => {
      const e = await entity("project:concert-japan");
      const aims = e.disagreements.find((d: any) => d.field === "aims");
      expect(aims).toBeDefined();
      expect(aims.values).toHaveLength(2);
      const cordis = aims.values.find((v: any) => v.sourceIds.includes(src("08-cordis-concert-japan-final-report")));
      const page = aims.values.find((v: any) => v.sourceIds.includes(PAGE_2014));
      expect(JSON.parse(cordis.value)).toEqual([
        "promote effective, coordinated science and technology cooperation between European countries and Japan, expanding and harmonising existing cooperation",
      ]);
      expect(JSON.parse(page.value)).toEqual([
        "coordinate, network and enhance S&T cooperation of the European countries with Japan through developing a concerted cooperation approach",
      ]);
    });
  });

  describe("roles over time: each dated statement with its source", () => {
    const statements = (e: any, institutionId: string) =>
      e.affiliations
        .filter((a: any) => a.institution.id === institutionId)
        .map((a: any) => ({ title: a.title, asOf: a.asOf.value, sources: [...new Set(a.evidence.filter((x: any) => x.source).map((x: any) => x.source.id))].sort() }))
        .sort((a: any, b: any) => a.asOf.localeCompare(b.asOf));

    it("Robert-Jan Smits, Director-General for Research and Innovation in 2011, 2013, 2014 and 2015", async () => {
      const e = await entity("person:robert-jan-smits");
      expect(statements(e, "institution:dg-research-and-innovation")).toEqual([
        { title: "Director-General", asOf: "2011-06-16", sources: [src("01-mofa-first-joint-committee-2011")] },
        { title: "Director-General", asOf: "2013-06-21", sources: [src("03-mofa-second-joint-committee-2013")] },
        { title: "Director-General", asOf: "2014-10", sources: [PAGE_2014] },
        {
          title: "Director-General",
          asOf: "2015-05-18",
          sources: [src("04-mofa-23rd-summit-ri-joint-vision-2015"), src("05-mofa-third-joint-committee-2015-ja")].sort(),
        },
      ]);
      const in2013 = aff(e, "institution:dg-research-and-innovation", "2013-06-21");
      expect(in2013.evidence).toContainEqual({
        quote: factLine("03-mofa-second-joint-committee-2013", "ロバート=ヤン・スミッツ (Robert-Jan Smits), Director-General"),
        source: { id: src("03-mofa-second-joint-committee-2013") },
      });
    });

    it("Jean-Eric Paquet, Director-General in 2018, 2019 and 2022, from three sources", async () => {
      const e = await entity("person:jean-eric-paquet");
      expect(statements(e, "institution:dg-research-and-innovation")).toEqual([
        { title: "Director-General for Research and Innovation", asOf: "2018-10-07", sources: [src("05-ec-rtd-japan-news-2018")] },
        { title: "Director-General for Research and Innovation", asOf: "2018-11-29", sources: [src("05-ec-rtd-japan-news-2018")] },
        { title: "Director-General", asOf: "2019-12-05", sources: [src("01-mofa-5th-joint-committee-2019")] },
        { title: "Director-General", asOf: "2021-12-01", sources: ["source:mofa-via-govbase-sixth-joint-committee-2021"] }, // more-2011-2026 sheet 14
        { title: "Director-General", asOf: "2022-05-17", sources: [src("04-mofa-odawara-paquet-2022")] },
      ]);
    });

    it("Takeshi Nakane, MOFA's S&T ambassador in 2017 and 2019, in each source's words", async () => {
      const e = await entity("person:takeshi-nakane");
      expect(statements(e, "institution:mofa-japan")).toEqual([
        { title: "Ambassador in charge of science and technology cooperation", asOf: "2017-11-24", sources: [src("02-mofa-4th-joint-committee-2017")] },
        { title: "Ambassador for Science and Technology Cooperation", asOf: "2019-12-05", sources: [src("01-mofa-5th-joint-committee-2019")] },
        // more-2011-2026 sheet 14 (MOFA notice of the 6th meeting, 1 December 2021)
        { title: "Ambassador in charge of science and technology cooperation (外務省科学技術協力担当大使)", asOf: "2021-12-01", sources: ["source:mofa-via-govbase-sixth-joint-committee-2021"] },
      ]);
    });

    it("Jean-Pierre Bourguignon, President of the ERC in 2014 and 2018", async () => {
      const e = await entity("person:jean-pierre-bourguignon");
      // Only this record's sources (a 2017 sheet of the 2011–2026 record adds a third statement).
      const ours = (st: any) => st.sources.some((id: string) => id === PAGE_2014 || Object.values(SHEETS).includes(id));
      expect(statements(e, "institution:erc").filter(ours)).toEqual([
        { title: "President", asOf: "2014-10-05", sources: [PAGE_2014] },
        { title: "President", asOf: "2018-10-07", sources: [src("05-ec-rtd-japan-news-2018")] },
      ]);
      expect(aff(e, "institution:erc", "2018-10-07").evidence).toContainEqual({
        quote: factLine("05-ec-rtd-japan-news-2018", "Professor Jean-Pierre Bourguignon, President of the European Research Council"),
        source: { id: src("05-ec-rtd-japan-news-2018") },
      });
    });
  });
});
