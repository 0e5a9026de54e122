// Synthetic seed data for the benchmark, in the project's own seed format (seed/README.md), shaped
// like the real domain: many people with one or two affiliations, institutions with a skewed degree
// (a few hubs), events with 2–50 participants spread over 20 years, projects with partners,
// programmes and research areas, documents and meetings that set priorities with tiers, committees
// and dialogue rounds in series. Deterministic: the same --scale and --seed give byte-identical files
// and the same query sample.
//
// Usage: npx tsx bench/generate.ts --scale 10k|100k|1m|<number> [--seed 42] [--out DIR] [--force]
// Writes DIR/part-NNNN.json (at most 50,000 records each), DIR/sources/synthetic.txt and
// DIR/meta/manifest.json (counts and the fixed query sample; meta/ is not read by the loader).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MEETING_EVENT_TYPES, PRIORITY_TIERS } from "../src/domain/vocabulary";
import { Rng, Zipf } from "./rng";

export const GENERATOR_VERSION = 4;
export const RECORDS_PER_FILE = 50_000;
export const DEFAULT_SEED = 42;

export interface WhoMetSample {
  personId: string;
  /** Window bounds as the API takes them (years). */
  from: string;
  to: string;
}

export interface QuerySample {
  whoMet: WhoMetSample[];
  institutions: string[];
  projects: string[];
  pairs: Array<[string, string]>;
  searches: string[];
  /** The biggest hubs (index 0 of the skewed draws) and one of each other kind, for PROFILE. */
  hubs: { person: string; institution: string; area: string; dialogue: string; project: string };
}

export interface Manifest {
  generatorVersion: number;
  scale: string;
  targetRelationships: number;
  seed: number;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
  sources: number;
  files: number;
  bytes: number;
  generateMs: number;
  sample: QuerySample;
}

/** "10k" → 10000, "1m" → 1000000, "250000" → 250000. */
export function parseScale(scale: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(scale.trim());
  if (!match) throw new Error(`--scale must look like 10k, 100k, 1m or a number, got "${scale}"`);
  const factor = match[2]!.toLowerCase() === "m" ? 1_000_000 : match[2]!.toLowerCase() === "k" ? 1_000 : 1;
  const value = Math.round(Number(match[1]) * factor);
  if (value < 2_000) throw new Error("--scale must be at least 2k relationships");
  return value;
}

export function defaultSeedDir(scale: string, seed: number): string {
  return path.join(os.tmpdir(), "eujapan-bench", `seed-${scale.toLowerCase()}-s${seed}`);
}

// ---------------------------------------------------------------- vocabulary for names

const JP_SURNAMES = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto", "Ishikawa", "Ogawa", "Fujita", "Okada", "Goto", "Hasegawa", "Murakami", "Kondo", "Ishii", "Saito", "Sakamoto", "Endo", "Aoki", "Fujii", "Nishimura", "Fukuda"];
const JP_GIVEN = ["Hiroshi", "Takashi", "Akira", "Kenji", "Yuko", "Keiko", "Naoko", "Makoto", "Satoshi", "Tomoko", "Haruki", "Yumi", "Kazuo", "Ayumi", "Daisuke", "Emi", "Shinji", "Mariko", "Kaori", "Yuichiro", "Sadayuki", "Hideki", "Michiko", "Ryo", "Sakura", "Taro", "Noriko", "Koji", "Midori", "Shigeru"];
const EU_SURNAMES = ["Müller", "Schmidt", "Rossi", "Bianchi", "García", "Martínez", "Dubois", "Lefèvre", "Jansen", "de Vries", "Nowak", "Kowalski", "Novák", "Svoboda", "Horváth", "Nagy", "Popescu", "Ionescu", "Papadopoulos", "Andersson", "Johansson", "Nielsen", "Hansen", "Virtanen", "Korhonen", "Silva", "Santos", "Murphy", "O'Brien", "Peeters", "Janssens", "Schneider", "Fischer", "Weber", "Moreau", "Laurent", "Romano", "Ricci", "Fernández", "López", "Kask", "Ozols", "Kazlauskas", "Horvat", "Kovačič", "Borg", "Schembri", "Georgiou", "Petrov", "Dimitrov"];
const EU_GIVEN = ["Anna", "Maria", "Jean", "Pierre", "Hans", "Klaus", "Giulia", "Marco", "Lucía", "Javier", "Sophie", "Claire", "Jan", "Pieter", "Katarzyna", "Piotr", "Eva", "Tomáš", "Ágnes", "László", "Elena", "Andrei", "Eleni", "Nikos", "Erik", "Ingrid", "Mette", "Lars", "Aino", "Mikko", "João", "Inês", "Siobhan", "Liam", "Lotte", "Robert-Jan", "Ursula", "Carlos", "Isabel", "Ivan"];
const EU_CITIES: Array<[string, string]> = [
  ["Brussels", "Belgium"], ["Leuven", "Belgium"], ["Paris", "France"], ["Grenoble", "France"], ["Lyon", "France"], ["Toulouse", "France"],
  ["Berlin", "Germany"], ["Munich", "Germany"], ["Karlsruhe", "Germany"], ["Heidelberg", "Germany"], ["Dresden", "Germany"], ["Jülich", "Germany"],
  ["Rome", "Italy"], ["Milan", "Italy"], ["Trieste", "Italy"], ["Madrid", "Spain"], ["Barcelona", "Spain"], ["Lisbon", "Portugal"], ["Porto", "Portugal"],
  ["Amsterdam", "Netherlands"], ["Delft", "Netherlands"], ["Eindhoven", "Netherlands"], ["Vienna", "Austria"], ["Graz", "Austria"], ["Warsaw", "Poland"],
  ["Kraków", "Poland"], ["Prague", "Czechia"], ["Brno", "Czechia"], ["Budapest", "Hungary"], ["Bucharest", "Romania"], ["Sofia", "Bulgaria"],
  ["Athens", "Greece"], ["Stockholm", "Sweden"], ["Uppsala", "Sweden"], ["Copenhagen", "Denmark"], ["Aarhus", "Denmark"], ["Helsinki", "Finland"],
  ["Espoo", "Finland"], ["Dublin", "Ireland"], ["Tallinn", "Estonia"], ["Riga", "Latvia"], ["Vilnius", "Lithuania"], ["Ljubljana", "Slovenia"],
  ["Zagreb", "Croatia"], ["Bratislava", "Slovakia"], ["Luxembourg", "Luxembourg"], ["Valletta", "Malta"], ["Nicosia", "Cyprus"],
];
const JP_CITIES = ["Tokyo", "Kyoto", "Osaka", "Tsukuba", "Sendai", "Nagoya", "Fukuoka", "Sapporo", "Kobe", "Yokohama", "Hiroshima", "Okinawa", "Kanazawa", "Chiba", "Kawasaki"];
const TOPICS = ["Quantum Technologies", "Critical Raw Materials", "Aviation", "Transport Research", "ICT", "Artificial Intelligence", "Robotics", "Health", "Ageing Society", "Energy", "Hydrogen", "Batteries", "Climate Change", "Ocean Observation", "Nanotechnology", "Advanced Materials", "Space", "Earth Observation", "Open Science", "Research Infrastructures", "Fusion Energy", "Smart Cities", "Cybersecurity", "High Performance Computing", "Biotechnology", "Food Security", "Disaster Resilience", "Photonics", "Semiconductors", "Mobility of Researchers", "Neuroscience", "Genomics", "Water", "Circular Economy", "5G and Beyond", "Data Science", "Agriculture", "Marine Research", "Polar Research", "Particle Physics"];
const INSTITUTION_FORMS: Array<[string, string]> = [
  ["University of {city}", "university"], ["{city} Institute of Technology", "university"], ["{city} Institute for {topic}", "research-organisation"],
  ["National Laboratory for {topic}, {city}", "laboratory"], ["{topic} Research Centre {city}", "research-organisation"], ["{city} Agency for {topic}", "agency"],
  ["Ministry office for {topic}, {city}", "ministry"], ["{city} Council for {topic}", "council"], ["{topic} Consortium {city}", "consortium"],
  ["{city} {topic} Company", "company"], ["Committee on {topic}, {city}", "committee"], ["{city} Funding Body for {topic}", "funding-body"],
];
const EVENT_LABEL: Record<string, string> = {
  meeting: "meeting", "bilateral-meeting": "bilateral meeting", "committee-meeting": "committee meeting", "consortium-meeting": "consortium meeting",
  summit: "summit", forum: "forum", "policy-forum": "policy forum", workshop: "workshop", conference: "conference", "plenary-session": "plenary session",
  dialogue: "dialogue round", visit: "visit", review: "review", launch: "launch", call: "call", other: "event",
};
const TITLES = ["Professor", "Director", "Director-General", "Head of Unit", "Policy Officer", "Researcher", "Senior Researcher", "Counsellor", "President", "Vice-President", "Programme Manager", "Deputy Minister", "Science Attaché"];
const ROLES: ReadonlyArray<readonly [string, number]> = [["participant", 70], ["speaker", 15], ["chair", 4], ["co-chair", 2], ["organiser", 3], ["host", 2], ["contact", 4]];

const ascii = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/g, "o")
    .toLowerCase();
const slug = (text: string) =>
  ascii(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
const pad2 = (n: number) => String(n).padStart(2, "0");
const ordinalWord = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;

// ---------------------------------------------------------------- the generator

type Json = Record<string, unknown>;

interface Counts {
  countries: number;
  cities: number;
  areas: number;
  programmes: number;
  dialogues: number;
  institutions: number;
  persons: number;
  events: number;
  projects: number;
  documents: number;
  stated: number;
}

/** Entity counts for a target number of relationships (calibrated: about 6.0 relationships per node at 1M). */
export function countsFor(targetRelationships: number): Counts {
  const f = targetRelationships / 1_000_000;
  const sq = Math.sqrt(f);
  return {
    countries: 28,
    cities: Math.max(20, Math.round(400 * sq)),
    areas: Math.max(15, Math.round(150 * sq)),
    programmes: Math.max(6, Math.round(40 * sq)),
    dialogues: Math.max(6, Math.round(60 * sq)),
    institutions: Math.max(40, Math.round(5_800 * f)),
    persons: Math.max(300, Math.round(96_500 * f)),
    events: Math.max(150, Math.round(48_300 * f)),
    projects: Math.max(40, Math.round(11_600 * f)),
    documents: Math.max(15, Math.round(1_400 * f)),
    stated: Math.round(19_300 * f),
  };
}

export function generate(options: { scale: string; seed?: number; outDir?: string; force?: boolean; quiet?: boolean }): { dir: string; manifest: Manifest } {
  const seed = options.seed ?? DEFAULT_SEED;
  const target = parseScale(options.scale);
  const dir = options.outDir ?? defaultSeedDir(options.scale, seed);
  const manifestFile = path.join(dir, "meta", "manifest.json");
  if (!options.force && fs.existsSync(manifestFile)) {
    const existing = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;
    if (existing.generatorVersion === GENERATOR_VERSION && existing.seed === seed && existing.targetRelationships === target) {
      if (!options.quiet) console.error(`[generate] reusing ${dir} (${existing.totalNodes} nodes, ${existing.totalRelationships} relationships)`);
      return { dir, manifest: existing };
    }
  }
  const started = Date.now();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "sources"), { recursive: true });
  fs.mkdirSync(path.join(dir, "meta"), { recursive: true });

  const rng = new Rng(seed * 7919 + target);
  const quote = `Synthetic benchmark data, generated with seed ${seed}.`;
  fs.writeFileSync(
    path.join(dir, "sources", "synthetic.txt"),
    `${quote}\nThis text stands in for a source document: every record of the synthetic benchmark seed cites the sentence above.\n`,
  );
  const evidence = [{ quote }];
  const counts = countsFor(target);
  const nodeCounts: Record<string, number> = {};
  const relCounts: Record<string, number> = {};

  // Output: records buffered and flushed into files of at most RECORDS_PER_FILE records.
  let fileIndex = 0;
  let bytes = 0;
  let entities: Json[] = [];
  let relationships: Json[] = [];
  const flush = () => {
    if (entities.length + relationships.length === 0) return;
    fileIndex++;
    const name = `part-${String(fileIndex).padStart(4, "0")}`;
    const body = JSON.stringify({
      source: {
        id: `source:synthetic-s${seed}-${name}`,
        title: `Synthetic benchmark data (${options.scale}, seed ${seed}), ${name}`,
        publisher: "eu-japan-sti-graph benchmark generator",
        date: "2024",
        file: "sources/synthetic.txt",
        notes: "Generated; not a real source.",
      },
      entities,
      relationships,
    });
    fs.writeFileSync(path.join(dir, `${name}.json`), body);
    bytes += body.length;
    entities = [];
    relationships = [];
  };
  const entity = (id: string, kind: string, name: string, properties?: Json, aliases?: string[]) => {
    const record: Json = { id, kind, name };
    if (aliases && aliases.length) record.aliases = aliases;
    if (properties && Object.keys(properties).length) record.properties = properties;
    record.evidence = evidence;
    entities.push(record);
    nodeCounts[kind] = (nodeCounts[kind] ?? 0) + 1;
    if (entities.length + relationships.length >= RECORDS_PER_FILE) flush();
  };
  const relKeys = new Set<string>();
  const rel = (type: string, from: string, to: string, properties?: Json) => {
    if (from === to) return false;
    // Identity as the loader sees it: (from, type, to, role/title, asOf); duplicates are skipped.
    const key = `${from}|${type}|${to}|${String(properties?.role ?? properties?.title ?? "")}|${String(properties?.asOf ?? "")}`;
    if (relKeys.has(key)) return false;
    relKeys.add(key);
    const record: Json = { type, from, to };
    if (properties && Object.keys(properties).length) record.properties = properties;
    record.evidence = evidence;
    relationships.push(record);
    relCounts[type] = (relCounts[type] ?? 0) + 1;
    if (entities.length + relationships.length >= RECORDS_PER_FILE) flush();
    return true;
  };
  const randomDate = (yearFrom: number, yearTo: number): { value: string; year: number } => {
    const year = rng.int(yearFrom, yearTo);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const precision = rng.weighted([["day", 70], ["month", 20], ["year", 10]] as const);
    const value = precision === "day" ? `${year}-${pad2(month)}-${pad2(day)}` : precision === "month" ? `${year}-${pad2(month)}` : String(year);
    return { value, year };
  };

  // ---- places: countries and cities
  const countryIds = new Map<string, string>();
  const countries = [...new Set(EU_CITIES.map(([, country]) => country)), "Japan"];
  for (const country of countries) {
    const id = `place:${slug(country)}`;
    countryIds.set(country, id);
    entity(id, "Place", country, { placeType: "country" });
  }
  const cityIds: string[] = [];
  const cityNames: string[] = [];
  for (let i = 0; i < counts.cities; i++) {
    const japanese = i % 3 === 0;
    const base = japanese ? JP_CITIES[(i / 3) % JP_CITIES.length | 0]! : EU_CITIES[i % EU_CITIES.length]![0];
    const country = japanese ? "Japan" : EU_CITIES[i % EU_CITIES.length]![1];
    const round = Math.floor(i / (japanese ? 3 * JP_CITIES.length : EU_CITIES.length));
    const name = round === 0 ? base : `${base} district ${round + 1}`;
    const id = `place:${slug(name)}-${i}`;
    cityIds.push(id);
    cityNames.push(base);
    entity(id, "Place", name, { placeType: round === 0 ? "city" : "district" });
    rel("PART_OF", id, countryIds.get(country)!);
  }

  // ---- research areas, programmes, dialogues
  const areaIds: string[] = [];
  for (let i = 0; i < counts.areas; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const name = i < TOPICS.length ? topic : `${topic}: ${ordinalWord(Math.floor(i / TOPICS.length) + 1)} strand`;
    const id = `area:${slug(name)}`;
    areaIds.push(id);
    entity(id, "ResearchArea", name, { summary: `Cooperation in ${topic.toLowerCase()}.` });
  }
  const programmeIds: string[] = [];
  const frameworks = Math.max(2, Math.round(counts.programmes / 5));
  for (let i = 0; i < counts.programmes; i++) {
    const framework = i < frameworks;
    const name = framework ? `Framework Programme ${i + 5}` : `${TOPICS[i % TOPICS.length]} instrument ${i}`;
    const id = `programme:${slug(name)}`;
    programmeIds.push(id);
    entity(id, "Programme", name, { programmeType: framework ? "framework-programme" : rng.pick(["instrument", "funding-scheme", "research-programme"]) }, framework ? [`FP${i + 5}`] : undefined);
    if (!framework) rel("PART_OF", id, programmeIds[rng.int(0, frameworks - 1)]!);
  }
  const dialogueIds: string[] = [];
  for (let i = 0; i < counts.dialogues; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const name = `EU–Japan policy dialogue on ${topic}${i >= TOPICS.length ? ` (${Math.floor(i / TOPICS.length) + 1})` : ""}`;
    const id = `dialogue:${slug(name)}`;
    dialogueIds.push(id);
    entity(id, "Dialogue", name, { summary: `Standing dialogue on ${topic.toLowerCase()}.` });
  }

  // ---- institutions: index order = hub rank (institution 0 is the biggest hub)
  const instIds: string[] = [];
  const committeeIdx: number[] = [];
  for (let i = 0; i < counts.institutions; i++) {
    const [form, type] = INSTITUTION_FORMS[i % INSTITUTION_FORMS.length]!;
    const cityIdx = rng.int(0, cityIds.length - 1);
    const name = form.replace("{city}", cityNames[cityIdx]!).replace("{topic}", rng.pick(TOPICS)) + (i >= INSTITUTION_FORMS.length * 4 ? ` ${i}` : "");
    const id = `institution:${slug(name)}-${i}`;
    instIds.push(id);
    if (type === "committee") committeeIdx.push(i);
    const acronym = name
      .split(/[\s,]+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join("");
    entity(id, "Institution", name, { institutionType: type, url: `https://example.org/${slug(name)}` }, acronym.length >= 2 ? [acronym] : undefined);
    rel("LOCATED_IN", id, cityIds[cityIdx]!);
  }
  // Units: about 15% of institutions are part of a bigger one (a hub).
  const instZipf = new Zipf(counts.institutions, 0.9);
  for (let i = Math.floor(counts.institutions * 0.05); i < counts.institutions; i++) {
    if (rng.chance(0.15)) rel("PART_OF", instIds[i]!, instIds[instZipf.sample(rng)]!);
  }
  const pickInstitution = () => (rng.chance(0.6) ? instZipf.sample(rng) : rng.int(0, counts.institutions - 1));

  // ---- people: few affiliations each, mostly at hubs
  const personIds: string[] = [];
  for (let i = 0; i < counts.persons; i++) {
    const japanese = rng.chance(0.5);
    const surname = rng.pick(japanese ? JP_SURNAMES : EU_SURNAMES);
    const given = rng.pick(japanese ? JP_GIVEN : EU_GIVEN);
    const name = `${given} ${surname}`;
    const id = `person:${slug(name)}-${i}`;
    personIds.push(id);
    const props: Json = {};
    if (rng.chance(0.3)) props.honorific = rng.pick(["Professor", "Dr", "Ambassador"]);
    if (rng.chance(0.2)) props.email = `${slug(given)}.${slug(surname)}.${i}@example.org`;
    entity(id, "Person", name, props, [surname]);
    const affiliations = 1 + (rng.chance(0.35) ? 1 : 0) + (rng.chance(0.08) ? 1 : 0);
    for (let a = 0; a < affiliations; a++) {
      const asOf = randomDate(2005, 2024).value;
      rel("AFFILIATED_WITH", id, instIds[pickInstitution()]!, { title: rng.pick(TITLES), asOf });
    }
  }
  const personZipf = new Zipf(counts.persons, 0.8);
  const pickPerson = () => (rng.chance(0.25) ? personZipf.sample(rng) : rng.int(0, counts.persons - 1));

  // ---- events over 20 years (2005–2024)
  const eventIds: string[] = [];
  const eventYear: number[] = [];
  const eventTypes: string[] = [];
  /** For the who-met sample: the years each person met someone (non-contact role, meeting type). */
  const meetingYears = new Map<number, number[]>();
  const seriesOf = new Map<string, Array<{ idx: number; sort: string }>>();
  const meetingTypeWeights: Array<[string, number]> = [
    ["meeting", 14], ["bilateral-meeting", 10], ["committee-meeting", 8], ["consortium-meeting", 6], ["summit", 2], ["forum", 8],
    ["policy-forum", 5], ["workshop", 18], ["conference", 12], ["plenary-session", 3], ["dialogue", 4], ["visit", 4],
    ["review", 2], ["launch", 2], ["call", 1], ["other", 1],
  ];
  const meetingTypes = new Set(MEETING_EVENT_TYPES);
  for (let i = 0; i < counts.events; i++) {
    const eventType = rng.weighted(meetingTypeWeights);
    const date = randomDate(2005, 2024);
    const topic = rng.pick(TOPICS);
    const cityIdx = rng.int(0, cityIds.length - 1);
    const name = `EU–Japan ${topic} ${EVENT_LABEL[eventType]}, ${cityNames[cityIdx]} ${date.year}`;
    const id = `event:${slug(`${eventType}-${date.year}`)}-${i}`;
    eventIds.push(id);
    eventYear.push(date.year);
    eventTypes.push(eventType);
    const props: Json = { eventType, date: date.value, topics: [topic] };
    if (rng.chance(0.2) && date.value.length === 10) props.endDate = `${date.year}-${date.value.slice(5, 7)}-${pad2(Math.min(28, Number(date.value.slice(8)) + rng.int(1, 3)))}`;
    entity(id, "Event", name, props);
    rel("HELD_IN", id, cityIds[cityIdx]!);

    // Participants: 2–50 people, most events small (mean about 11).
    const size = 2 + Math.floor(48 * Math.pow(rng.next(), 4));
    const people = rng.distinct(counts.persons, size, pickPerson);
    for (const p of people) {
      const role = rng.weighted(ROLES);
      if (rel("PARTICIPATED_IN", personIds[p]!, id, { role }) && role !== "contact" && meetingTypes.has(eventType)) {
        const years = meetingYears.get(p);
        if (years) years.push(date.year);
        else meetingYears.set(p, [date.year]);
      }
    }
    const institutions = rng.weighted([[0, 35], [1, 35], [2, 20], [3, 10]] as const);
    for (const x of rng.distinct(counts.institutions, institutions, pickInstitution)) {
      rel("PARTICIPATED_IN", instIds[x]!, id, { role: rng.weighted([["participant", 60], ["host", 20], ["organiser", 20]] as const) });
    }
    if (rng.chance(0.4)) rel("ORGANISED", instIds[pickInstitution()]!, id);
    // Committee meetings and dialogue rounds form series (MEETING_OF, FOLLOWS).
    if (rng.chance(0.25)) {
      const body =
        eventType === "committee-meeting" && committeeIdx.length > 0 ? instIds[rng.pick(committeeIdx)]! : dialogueIds[rng.int(0, dialogueIds.length - 1)]!;
      rel("MEETING_OF", id, body);
      const series = seriesOf.get(body) ?? [];
      series.push({ idx: i, sort: `${date.value}|${id}` });
      seriesOf.set(body, series);
    }
    const addresses = rng.weighted([[0, 45], [1, 40], [2, 15]] as const);
    for (const a of rng.distinct(areaIds.length, addresses)) rel("ADDRESSES", id, areaIds[a]!);
    // A few summits and dialogue rounds set cooperation priorities.
    if ((eventType === "summit" && rng.chance(0.5)) || ((eventType === "dialogue" || eventType === "policy-forum") && rng.chance(0.1))) {
      for (const a of rng.distinct(areaIds.length, rng.int(2, 4))) rel("SETS_PRIORITY", id, areaIds[a]!, { tier: rng.pick(PRIORITY_TIERS) });
    }
  }
  for (const series of seriesOf.values()) {
    series.sort((a, b) => a.sort.localeCompare(b.sort));
    for (let k = 1; k < series.length; k++) rel("FOLLOWS", eventIds[series[k]!.idx]!, eventIds[series[k - 1]!.idx]!);
  }

  // ---- projects
  const projectIds: string[] = [];
  for (let i = 0; i < counts.projects; i++) {
    const topic = rng.pick(TOPICS);
    const acronym = `${slug(topic).replace(/-/g, "").slice(0, 5).toUpperCase()}${i}`;
    const name = `${acronym}: EU–Japan cooperation on ${topic.toLowerCase()}`;
    const id = `project:${slug(acronym)}`;
    projectIds.push(id);
    const start = rng.int(2005, 2022);
    entity(id, "Project", name, { fullName: name, startDate: String(start), endDate: String(start + rng.int(2, 5)), duration: `P${rng.int(2, 5)}Y` }, [acronym]);
    const partners = rng.distinct(counts.institutions, 2 + Math.floor(13 * Math.pow(rng.next(), 3)), pickInstitution);
    partners.forEach((x, k) => rel("PARTNER_IN", instIds[x]!, id, k === 0 ? { role: "coordinator" } : {}));
    rel("FUNDED_UNDER", id, programmeIds[rng.int(0, programmeIds.length - 1)]!);
    for (const a of rng.distinct(areaIds.length, rng.int(1, 3))) rel("ADDRESSES", id, areaIds[a]!);
    if (rng.chance(0.35)) rel("SUPPORTS", id, dialogueIds[rng.int(0, dialogueIds.length - 1)]!);
    const events = rng.weighted([[0, 45], [1, 35], [2, 20]] as const);
    for (let k = 0; k < events; k++) {
      // Project events fall within its years when possible.
      const e = rng.int(0, eventIds.length - 1);
      rel("PARTICIPATED_IN", id, eventIds[e]!, { role: rng.pick(["participant", "organiser", "speaker"]) });
    }
  }

  // ---- documents: roadmaps and strategies set priorities; agreements have parties
  for (let i = 0; i < counts.documents; i++) {
    const documentType = rng.weighted([["roadmap", 25], ["strategy", 15], ["agreement", 20], ["report", 20], ["joint-vision", 10], ["statement", 10]] as const);
    const date = randomDate(2005, 2024);
    const name = `EU–Japan ${documentType.replace("-", " ")} on ${rng.pick(TOPICS).toLowerCase()} (${date.year}) no. ${i + 1}`;
    const id = `document:${slug(`${documentType}-${date.year}`)}-${i}`;
    entity(id, "Document", name, { documentType, date: date.value });
    if (documentType === "roadmap" || documentType === "strategy") {
      for (const a of rng.distinct(areaIds.length, rng.int(2, 6))) rel("SETS_PRIORITY", id, areaIds[a]!, { tier: rng.weighted([["flagship", 25], ["ongoing", 50], ["potential", 25]] as const) });
    }
    if (rng.chance(0.6)) rel("CONCERNS", id, dialogueIds[rng.int(0, dialogueIds.length - 1)]!);
    if (rng.chance(0.2)) rel("CONCERNS", id, projectIds[rng.int(0, projectIds.length - 1)]!);
    if (documentType === "agreement") for (const x of rng.distinct(counts.institutions, rng.int(2, 4), pickInstitution)) rel("PARTY_TO", instIds[x]!, id);
    if (rng.chance(0.3)) rel("AGREED", eventIds[rng.int(0, eventIds.length - 1)]!, id);
    rel("PREPARES", instIds[pickInstitution()]!, id);
  }

  // ---- meetings a source states (MET)
  for (let i = 0; i < counts.stated; i++) {
    const a = pickPerson();
    const b = rng.int(0, counts.persons - 1);
    rel("MET", personIds[a]!, personIds[b]!, { date: randomDate(2005, 2024).value });
  }
  flush();

  // ---- the fixed query sample (drawn with its own generator so it does not depend on file layout)
  const pick = new Rng(seed * 104729 + 17);
  const active = [...meetingYears.keys()].sort((a, b) => a - b);
  const whoMet: WhoMetSample[] = [];
  for (let k = 0; k < 64 && active.length > 0; k++) {
    const p = active[pick.int(0, active.length - 1)]!;
    const year = pick.pick(meetingYears.get(p)!);
    whoMet.push({ personId: personIds[p]!, from: String(Math.max(2005, year - 2)), to: String(Math.min(2024, year + 2)) });
  }
  const institutions = Array.from({ length: 64 }, () => instIds[pick.int(0, instIds.length - 1)]!);
  const projects = Array.from({ length: 64 }, () => projectIds[pick.int(0, projectIds.length - 1)]!);
  const pairs: Array<[string, string]> = [];
  while (pairs.length < 64 && active.length > 1) {
    const a = active[pick.int(0, active.length - 1)]!;
    const b = active[pick.int(0, active.length - 1)]!;
    if (a !== b) pairs.push([personIds[a]!, personIds[b]!]);
  }
  const searches: string[] = [];
  for (let k = 0; k < 64; k++) {
    const kind = k % 4;
    if (kind === 0) {
      const person = personIds[pick.int(0, personIds.length - 1)]!.split(":")[1]!.split("-");
      searches.push(`${person[person.length - 2]} ${person[0]!.slice(0, 3)}`); // surname + given-name prefix
    } else if (kind === 1) searches.push(`${pick.pick(JP_CITIES)} ${pick.pick(["university", "institute", "agency", "council"])}`);
    else if (kind === 2) searches.push(pick.pick(TOPICS).toLowerCase().split(" ")[0]!.slice(0, 6));
    else searches.push(`${pick.pick(TOPICS)} workshop`);
  }

  const manifest: Manifest = {
    generatorVersion: GENERATOR_VERSION,
    scale: options.scale,
    targetRelationships: target,
    seed,
    nodes: nodeCounts,
    relationships: relCounts,
    totalNodes: Object.values(nodeCounts).reduce((a, b) => a + b, 0),
    totalRelationships: Object.values(relCounts).reduce((a, b) => a + b, 0),
    sources: fileIndex,
    files: fileIndex,
    bytes,
    generateMs: Date.now() - started,
    sample: {
      whoMet,
      institutions,
      projects,
      pairs,
      searches,
      hubs: { person: personIds[0]!, institution: instIds[0]!, area: areaIds[0]!, dialogue: dialogueIds[0]!, project: projectIds[0]! },
    },
  };
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  if (!options.quiet) {
    console.error(
      `[generate] ${dir}: ${manifest.totalNodes} nodes, ${manifest.totalRelationships} relationships, ${fileIndex} files, ${(bytes / 1e6).toFixed(1)} MB in ${(manifest.generateMs / 1000).toFixed(1)} s`,
    );
  }
  return { dir, manifest };
}

function cli(): void {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const scale = value("--scale") ?? "10k";
  const seed = Number(value("--seed") ?? DEFAULT_SEED);
  const { dir, manifest } = generate({ scale, seed, outDir: value("--out"), force: args.includes("--force") });
  console.log(JSON.stringify({ dir, nodes: manifest.nodes, relationships: manifest.relationships, totalNodes: manifest.totalNodes, totalRelationships: manifest.totalRelationships }, null, 2));
}

if (require.main === module) cli();
