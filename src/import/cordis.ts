// Project-participation tables in the column layout of CORDIS (the EU's public project database)
// exports → one seed file in the project's format (seed/README.md).
//   project.csv:      id; acronym; status; title; startDate; endDate; …; contentUpdateDate; …
//   organization.csv: projectID; projectAcronym; organisationID; …; name; shortName; SME;
//                     activityType; street; postCode; city; country; …; role; … (+ rorId, optional:
//                     CORDIS has no ROR column; a curator may add one)
// Each project becomes a Project (cordis identifier = its id), each organisation an Institution
// (ror identifier when given) LOCATED_IN its country, PARTNER_IN the project with its role. Every
// record's evidence quotes its table row, and its note names the file and row; the two tables are
// copied verbatim into the source text (seed/sources/<slug>.txt) so the loader checks every quote.
// Idempotent: the same tables give byte-identical files, which are then left untouched.
// All rows are checked first; any problem (naming file, row and column) means nothing is written.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { identifierProblems } from "../domain/identifiers";
import { isEntityId } from "../domain/ids";

export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(`import rejected: ${problems.length} problem${problems.length === 1 ? "" : "s"}, nothing was written\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

export interface ImportOptions {
  projectsFile: string;
  organizationsFile: string;
  /** The seed file to write; the source text goes to sources/ next to it. */
  outFile: string;
  sourceId?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  outFile: string;
  sourceFile: string;
  changed: boolean;
  projects: number;
  institutions: number;
  partnerships: number;
  skipped: string[];
}

/** CORDIS activity types → the seed's institution types. */
const ACTIVITY_TYPES: Record<string, string> = {
  HES: "university", // higher or secondary education
  REC: "research-organisation",
  PRC: "company", // private for-profit
  PUB: "government", // public body
  OTH: "other",
};
/** CORDIS country codes that are not ISO 3166-1 alpha-2. */
const COUNTRY_CODES: Record<string, string> = { EL: "GR", UK: "GB" };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_QUOTE = 2000;

interface Row {
  line: number;
  record: Record<string, string>;
  raw: string;
}

const slug = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

function readTable(file: string, label: string, required: string[], problems: string[]): { rows: Row[]; text: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    problems.push(`${label}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return { rows: [], text: "" };
  }
  const firstLine = text.slice(0, text.indexOf("\n") >= 0 ? text.indexOf("\n") : text.length);
  const delimiter = firstLine.includes(";") ? ";" : ",";
  let parsed: Array<{ record: Record<string, string>; raw: string; info: { lines: number } }>;
  try {
    parsed = parse(text, { columns: true, delimiter, raw: true, info: true, skip_empty_lines: true, relax_quotes: false, trim: false }) as typeof parsed;
  } catch (error) {
    problems.push(`${label}: not a readable CSV table (${error instanceof Error ? error.message : String(error)})`);
    return { rows: [], text };
  }
  const header = parse(firstLine, { delimiter })[0] as string[];
  for (const column of required) if (!header.includes(column)) problems.push(`${label}: column "${column}" is missing (the header has: ${header.join(", ")})`);
  let line = 2;
  const rows = parsed.map((p) => {
    const row = { line, record: p.record, raw: p.raw.replace(/\r?\n$/, "") };
    line += p.raw.split("\n").length - (p.raw.endsWith("\n") ? 1 : 0);
    return row;
  });
  return { rows, text };
}

/** The row's text as a quote: whole, or (a very long row) its beginning, which holds the ids. */
const quoteOf = (row: Row) => (row.raw.length <= MAX_QUOTE ? row.raw : row.raw.slice(0, MAX_QUOTE)).trim();

type Evidence = Record<string, string>;
type Entity = { id: string; kind: string; name: string; aliases?: string[]; properties?: Record<string, unknown>; identifiers?: Record<string, string>; note?: string; evidence: Evidence[] };
type Relationship = { type: string; from: string; to: string; properties?: Record<string, unknown>; note?: string; evidence: Evidence[] };

/** What the two tables build up, row by row: the records, the problems, and the progress. */
interface ImportState {
  options: ImportOptions;
  projectsName: string;
  orgsName: string;
  problems: string[];
  entities: Map<string, Entity>;
  relationships: Map<string, Relationship>;
  /** CORDIS project id → the seed's project id. */
  projectIds: Map<string, string>;
  /** The latest contentUpdateDate of the project table ("" when none). */
  updated: string;
  done: number;
  total: number;
}

export function importProjects(options: ImportOptions): ImportResult {
  const problems: string[] = [];
  const projectsName = path.basename(options.projectsFile);
  const orgsName = path.basename(options.organizationsFile);
  const projects = readTable(options.projectsFile, projectsName, ["id", "acronym", "title", "startDate", "endDate"], problems);
  const orgs = readTable(options.organizationsFile, orgsName, ["projectID", "name", "role", "country", "activityType"], problems);
  if (problems.length) throw new ImportError(problems);

  const sourceId = options.sourceId ?? `source:cordis-import-${slug(path.basename(options.projectsFile, path.extname(options.projectsFile)))}`;
  if (!isEntityId(sourceId, "source")) throw new ImportError([`--source-id "${sourceId}" must look like source:some-slug`]);
  const state: ImportState = {
    options,
    projectsName,
    orgsName,
    problems,
    entities: new Map(),
    relationships: new Map(),
    projectIds: new Map(),
    updated: "",
    done: 0,
    total: projects.rows.length + orgs.rows.length,
  };
  for (const row of projects.rows) addProject(state, row);
  const regions = new Intl.DisplayNames(["en"], { type: "region" });
  for (const row of orgs.rows) addOrganization(state, row, regions);
  if (problems.length) throw new ImportError(problems);

  const seed = seedFile(state, sourceId, projects.text, orgs.text);
  const written = writeSeed(options.outFile, seed.json, seed.sourceFile, seed.sourceText);
  return {
    outFile: options.outFile,
    sourceFile: written.sourcePath,
    changed: written.changed,
    projects: projects.rows.length,
    institutions: seed.entities.filter((e) => e.kind === "Institution").length,
    partnerships: seed.relationships.filter((r) => r.type === "PARTNER_IN").length,
    skipped: [],
  };
}

const progress = (state: ImportState) => state.options.onProgress?.(++state.done, state.total);

/** One row of the project table: checked, and added as a Project entity. */
function addProject(state: ImportState, row: Row): void {
  const { problems, projectIds } = state;
  const where = `${state.projectsName} line ${row.line}`;
  const r = row.record;
  const idProblems = identifierProblems("cordis", r.id, "Project");
  if (idProblems.length) problems.push(`${where}, column id: ${idProblems.join("; ")}`);
  if (!r.acronym?.trim()) problems.push(`${where}, column acronym: empty`);
  if (!r.title?.trim()) problems.push(`${where}, column title: empty`);
  for (const column of ["startDate", "endDate"]) {
    if (r[column] && !DATE.test(r[column]!)) problems.push(`${where}, column ${column}: "${r[column]}" is not a date (YYYY-MM-DD)`);
  }
  if (r.contentUpdateDate && r.contentUpdateDate.slice(0, 10) > state.updated) state.updated = r.contentUpdateDate.slice(0, 10);
  const id = `project:${slug(r.acronym ?? "") || `cordis-${r.id}`}`;
  if (projectIds.has(r.id!)) problems.push(`${where}, column id: project ${r.id} is listed twice`);
  if ([...projectIds.values()].includes(id)) problems.push(`${where}, column acronym: two projects would share the id ${id}`);
  projectIds.set(r.id!, id);
  state.entities.set(id, {
    id,
    kind: "Project",
    name: r.acronym!.trim(),
    properties: Object.fromEntries(
      Object.entries({ fullName: r.title?.trim(), startDate: r.startDate || undefined, endDate: r.endDate || undefined }).filter(([, v]) => v !== undefined),
    ),
    identifiers: { cordis: r.id! },
    note: `Imported from ${state.projectsName}, line ${row.line} (CORDIS project ${r.id}).`,
    evidence: [{ quote: quoteOf(row) }],
  });
  progress(state);
}

/** The English name of an ISO 3166 code as CORDIS writes it (EL, UK), or undefined when it is none. */
function countryName(code: string, regions: Intl.DisplayNames): string | undefined {
  try {
    const name = /^[A-Z]{2}$/.test(code) ? regions.of(COUNTRY_CODES[code] ?? code) : undefined;
    return name && name !== (COUNTRY_CODES[code] ?? code) ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One row of the organisation table: checked, and added as an Institution (merged with earlier rows
 * of the same name), its country as a Place with LOCATED_IN, and PARTNER_IN the project.
 */
function addOrganization(state: ImportState, row: Row, regions: Intl.DisplayNames): void {
  const { problems } = state;
  const where = `${state.orgsName} line ${row.line}`;
  const r = row.record;
  const project = state.projectIds.get(r.projectID ?? "");
  if (!project) problems.push(`${where}, column projectID: no project ${r.projectID} in ${state.projectsName}`);
  if (!r.name?.trim()) problems.push(`${where}, column name: empty`);
  const type = ACTIVITY_TYPES[r.activityType ?? ""];
  if (r.activityType && !type) problems.push(`${where}, column activityType: "${r.activityType}" is not a CORDIS activity type (${Object.keys(ACTIVITY_TYPES).join(", ")})`);
  const code = (r.country ?? "").trim().toUpperCase();
  const country = code ? countryName(code, regions) : undefined;
  if (code && !country) problems.push(`${where}, column country: "${r.country}" is not a country code`);
  const ror = r.rorId?.trim().replace(/^https?:\/\/ror\.org\//, "");
  if (ror) {
    const rorProblems = identifierProblems("ror", ror, "Institution");
    if (rorProblems.length) problems.push(`${where}, column rorId: ${rorProblems.join("; ")}`);
  }
  if (project && r.name?.trim()) {
    const quote = { quote: quoteOf(row) };
    const id = addInstitution(state, row, where, { type, ror, quote });
    if (country) addCountry(state, id, country, code, quote);
    const role = r.role?.trim();
    const key = `${id}|PARTNER_IN|${project}|${role ?? ""}`;
    const partner = state.relationships.get(key) ?? { type: "PARTNER_IN", from: id, to: project, ...(role ? { properties: { role } } : {}), note: `${state.orgsName} line ${row.line}`, evidence: [] };
    partner.evidence.push(quote);
    state.relationships.set(key, partner);
  }
  progress(state);
}

/** The institution of an organisation row, new or merged into the one of an earlier row; returns its id. */
function addInstitution(state: ImportState, row: Row, where: string, found: { type: string | undefined; ror: string | undefined; quote: Evidence }): string {
  const { problems } = state;
  const r = row.record;
  const name = r.name!.trim();
  const id = `institution:${slug(name)}`;
  const existing = state.entities.get(id);
  if (existing && existing.kind !== "Institution") problems.push(`${where}, column name: ${id} is already a ${existing.kind}`);
  const institution: Entity = existing ?? {
    id,
    kind: "Institution",
    name,
    ...(r.shortName?.trim() && r.shortName.trim() !== name ? { aliases: [r.shortName.trim()] } : {}),
    properties: {},
    evidence: [],
  };
  if (existing && existing.name !== name) problems.push(`${where}, column name: "${name}" and "${existing.name}" would be one institution ${id}`);
  if (found.type) institution.properties!.institutionType ??= found.type;
  const address = [r.street, [r.postCode, r.city].filter(Boolean).join(" ")].map((s) => s?.trim()).filter(Boolean).join(", ");
  if (address) institution.properties!.address ??= address;
  if (found.ror) {
    if (institution.identifiers?.ror && institution.identifiers.ror !== found.ror) problems.push(`${where}, column rorId: ${found.ror} disagrees with ${institution.identifiers.ror} on an earlier row`);
    institution.identifiers = { ror: found.ror };
  }
  institution.evidence.push(found.quote);
  institution.note = [institution.note, `${state.orgsName} line ${row.line}`].filter(Boolean).join("; ");
  state.entities.set(id, institution);
  return id;
}

/** The country as a Place (once), and the institution LOCATED_IN it. */
function addCountry(state: ImportState, institutionId: string, country: string, code: string, quote: Evidence): void {
  const placeId = `place:${slug(country)}`;
  if (!state.entities.has(placeId)) {
    state.entities.set(placeId, {
      id: placeId,
      kind: "Place",
      name: country,
      properties: { placeType: "country" },
      evidence: [{ curated: `the country named by the ISO 3166 code ${code} in the country column of ${state.orgsName} (CORDIS writes EL for Greece, UK for the United Kingdom)` }],
    });
  }
  const located = `${institutionId}|LOCATED_IN|${placeId}`;
  const rel = state.relationships.get(located) ?? { type: "LOCATED_IN", from: institutionId, to: placeId, evidence: [] };
  rel.evidence.push(quote);
  state.relationships.set(located, rel);
}

/** The seed file's content, and its source: both tables verbatim, so every quoted row is checked against what was imported. */
function seedFile(state: ImportState, sourceId: string, projectsText: string, orgsText: string) {
  const { projectsName, orgsName, updated } = state;
  const sourceFile = `sources/${sourceId.slice("source:".length)}.txt`;
  const sourceText = `${projectsName}\n${projectsText.trimEnd()}\n\n${orgsName}\n${orgsText.trimEnd()}\n`;
  const digest = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);
  const dedupe = (evidence: Evidence[]) => [...new Map(evidence.map((e) => [JSON.stringify(e), e])).values()];
  const seed = {
    source: {
      id: sourceId,
      title: `CORDIS project-participation tables ${projectsName} and ${orgsName}`,
      publisher: "European Commission (CORDIS); imported with sti-graph import-projects",
      date: updated || new Date(fs.statSync(state.options.projectsFile).mtime).toISOString().slice(0, 10),
      file: sourceFile,
      retrieved: `${projectsName} (sha256 ${digest(projectsText)}…) and ${orgsName} (sha256 ${digest(orgsText)}…)`,
      notes: updated ? "date: the latest contentUpdateDate in the project table" : "date: the project table's file date (no contentUpdateDate column)",
    },
    entities: [...state.entities.values()].sort((a, b) => a.id.localeCompare(b.id)).map((e) => ({ ...e, evidence: dedupe(e.evidence) })),
    relationships: [...state.relationships.values()]
      .sort((a, b) => `${a.from}|${a.type}|${a.to}`.localeCompare(`${b.from}|${b.type}|${b.to}`))
      .map((r) => ({ ...r, evidence: dedupe(r.evidence) })),
  };
  return { ...seed, json: `${JSON.stringify(seed, null, 2)}\n`, sourceFile, sourceText };
}

/** Writes the source text and the seed file next to each other, only when either changed. */
function writeSeed(outFile: string, json: string, sourceFile: string, sourceText: string): { sourcePath: string; changed: boolean } {
  const sourcePath = path.join(path.dirname(outFile), sourceFile);
  const changed = !sameFile(outFile, json) || !sameFile(sourcePath, sourceText);
  if (changed) {
    fs.mkdirSync(path.dirname(sourcePath), { recursive: true });
    writeAtomically(sourcePath, sourceText);
    writeAtomically(outFile, json);
  }
  return { sourcePath, changed };
}

function sameFile(file: string, content: string): boolean {
  try {
    return fs.readFileSync(file, "utf8") === content;
  } catch {
    return false;
  }
}

function writeAtomically(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}
