// The stored form: how entities, relationships, sources and their evidence become Neo4j properties and
// how they are read back. The seed loader and curated changes write through storedEntity and
// storedRelationship; repositories, curation and the export read through the lists and readers here.
// A new stored property is added here (and, if curators give it, in the record model, records.ts).
import { dateRange } from "./dates";
import { evidenceKind, type ResolvedEvidence } from "./evidence";
import { IDENTIFIER_NAMES } from "./identifiers";
import { SOURCE_DATE_NOT_STATED, type SourceRecord } from "./records";

type Props = Record<string, unknown>;

// ---------- the fields that are not a record's own properties ----------

/** The evidence items, as four parallel lists (Neo4j stores no maps), and what is derived from them. */
export const EVIDENCE_FIELDS = ["evidenceSources", "evidenceQuotes", "evidenceCurated", "evidenceInferred"] as const;
/** `inferredDates` as two parallel lists. */
export const INFERRED_DATE_FIELDS = ["inferredDateFields", "inferredDateReasons"] as const;
/** The first and last day the dates of a record cover, for time-window queries. */
export const DATE_RANGE_FIELDS = ["dateFrom", "dateTo", "datePrecision"] as const;
/** What the full-text indexes read (entity_search, entity_text_search). */
export const SEARCH_FIELDS = ["searchText", "descriptionText"] as const;
/** The loader's bookkeeping: who wrote it (seed or curation), the relationship's identity, the fingerprint. */
export const LOADER_FIELDS = ["origin", "key", "seedHash"] as const;

/** Stored next to a record's data but not part of it: never shown as a property of an entity or relationship. */
export const INTERNAL_FIELDS: ReadonlySet<string> = new Set([
  ...EVIDENCE_FIELDS,
  ...INFERRED_DATE_FIELDS,
  ...SEARCH_FIELDS,
  ...DATE_RANGE_FIELDS,
  ...LOADER_FIELDS,
]);

/** Every field of a stored entity that is not one of its kind's properties (or an identifier). */
export const ENTITY_FIELDS: ReadonlySet<string> = new Set([
  "id",
  "kind",
  "name",
  "aliases",
  "notes",
  "disagreements",
  "sourceIds",
  "stated",
  ...INTERNAL_FIELDS,
]);

/** Stored properties that are bookkeeping, not data: never exported (id and kind have columns of their own). */
export const UNEXPORTED_FIELDS: readonly string[] = ["id", "kind", "seedHash", ...SEARCH_FIELDS];

/** The kind-specific properties (and identifiers) of a stored entity. */
export function kindPropertiesOf(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !ENTITY_FIELDS.has(key)));
}

// ---------- writing ----------

/** Drops undefined/null so Neo4j never stores empty properties. */
export function compact(props: Props): Props {
  const out: Props = {};
  for (const key of Object.keys(props)) {
    const value = props[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** Range fields used by time-window queries: the first and last day the dates cover. */
export function dateProps(properties: Props): Props {
  const start = (properties.date ?? properties.startDate ?? properties.periodStart) as string | undefined;
  const end = (properties.endDate ?? properties.periodEnd ?? properties.date) as string | undefined;
  if (!start) return {};
  const from = dateRange(start);
  return { dateFrom: from.first, dateTo: end ? dateRange(end).last : null, datePrecision: from.precision };
}

/** Stored form of `inferredDates`: two parallel lists (Neo4j stores no maps). */
export function inferredDateProps(inferred: Record<string, string> | undefined): Props {
  const entries = Object.entries(inferred ?? {});
  if (entries.length === 0) return {};
  return { inferredDateFields: entries.map(([k]) => k), inferredDateReasons: entries.map(([, v]) => v) };
}

export function evidenceProps(evidence: ResolvedEvidence[]): Props {
  return {
    evidenceSources: evidence.map((e) => e.source),
    evidenceQuotes: evidence.map((e) => e.quote),
    evidenceInferred: evidence.map((e) => e.inferred),
    evidenceCurated: evidence.map((e) => e.curated),
    sourceIds: [...new Set(evidence.map((e) => e.source).filter(Boolean))],
    // Stated only when a quote states it: a quote the curator drew an inference from does not.
    stated: evidence.some((e) => evidenceKind(e) === "stated"),
  };
}

/**
 * What the name index (entity_search) reads besides the name: the aliases, and every two adjacent
 * words of the name and aliases written together ("Road Map" → "roadmap"), so a closed compound
 * finds the open one.
 */
export function searchTextOf(name: string, aliases: string[]): string {
  const joined = new Set<string>();
  for (const text of [name, ...aliases]) {
    const words = text.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (let i = 0; i + 1 < words.length; i++) joined.add(`${words[i]}${words[i + 1]}`);
  }
  return [...aliases, ...joined].join("\n");
}

/** What the text index (entity_text_search) reads: an entity's topics, summary and aims, in the source's words. */
export function descriptionTextOf(properties: Props): string | undefined {
  const parts: string[] = [];
  for (const key of ["topics", "aims"]) {
    const value = properties[key];
    if (Array.isArray(value)) parts.push(...value.filter((v): v is string => typeof v === "string"));
  }
  if (typeof properties.summary === "string") parts.push(properties.summary);
  return parts.length > 0 ? parts.join("\n") : undefined;
}

/** What an entity or relationship stores besides its properties. */
interface StoredRecord {
  /** Its properties (for an entity, with its identifiers). */
  properties: Props;
  notes: string[] | undefined;
  /** Stored already (disagreementsProp), or undefined. */
  disagreements: unknown;
  inferredDates?: Record<string, string>;
  evidence: ResolvedEvidence[];
  origin: unknown;
}

export interface StoredEntityInput extends StoredRecord {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

/** The properties an entity node stores. */
export function storedEntity(e: StoredEntityInput): Props {
  return compact({
    ...e.properties,
    ...dateProps(e.properties),
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    searchText: searchTextOf(e.name, e.aliases),
    descriptionText: descriptionTextOf(e.properties),
    notes: e.notes,
    disagreements: e.disagreements,
    ...inferredDateProps(e.inferredDates),
    ...evidenceProps(e.evidence),
    origin: e.origin,
  });
}

export interface StoredRelationshipInput extends StoredRecord {
  key: string;
}

/** The properties a relationship stores. */
export function storedRelationship(r: StoredRelationshipInput): Props {
  return compact({
    ...r.properties,
    ...dateProps(r.properties),
    notes: r.notes,
    disagreements: r.disagreements,
    ...inferredDateProps(r.inferredDates),
    key: r.key,
    ...evidenceProps(r.evidence),
    origin: r.origin,
  });
}

/** The properties a Source node stores. */
export function storedSource(record: SourceRecord): Props {
  return compact({
    id: record.id,
    title: record.title,
    publisher: record.publisher,
    date: record.date === SOURCE_DATE_NOT_STATED ? undefined : record.date,
    dateNotStated: record.date === SOURCE_DATE_NOT_STATED ? true : undefined,
    url: record.url,
    file: record.file,
    retrieved: record.retrieved,
    notes: record.notes,
    origin: "seed",
  });
}

/** Sources that give different values for one field: every value is kept with its sources. */
export interface Disagreement {
  field: string;
  values: Array<{ value: unknown; sources: string[] }>;
}

/** Stored form of a record's disagreements: JSON text (undefined when there are none). */
export function disagreementsProp(disagreements: Disagreement[]): string | undefined {
  return disagreements.length ? JSON.stringify(disagreements) : undefined;
}

// ---------- reading ----------

/** The evidence stored on a node or relationship (the parallel lists written by evidenceProps). */
export function storedEvidence(props: Props): ResolvedEvidence[] {
  const sources = (props.evidenceSources as string[] | undefined) ?? [];
  const quotes = (props.evidenceQuotes as string[] | undefined) ?? [];
  const inferred = (props.evidenceInferred as string[] | undefined) ?? [];
  const curated = (props.evidenceCurated as string[] | undefined) ?? [];
  return quotes.map((quote, i) => ({ source: sources[i] ?? "", quote, inferred: inferred[i] ?? "", curated: curated[i] ?? "" }));
}

/** The curator's reason when the date property `field` of a stored record was inferred, else null. */
export function inferredReasonOf(props: Props, field: string): string | null {
  const fields = (props.inferredDateFields as string[] | undefined) ?? [];
  const i = fields.indexOf(field);
  return i < 0 ? null : (((props.inferredDateReasons as string[] | undefined) ?? [])[i] ?? "");
}

/** The disagreements stored on a node or relationship. */
export function storedDisagreements(props: Props): Disagreement[] {
  if (typeof props.disagreements !== "string") return [];
  return JSON.parse(props.disagreements) as Disagreement[];
}

// ---------- the stored properties, typed (the export declares them before the first row) ----------

export type StoredType = "string" | "long" | "double" | "boolean" | "string[]";

export interface StoredProperty {
  name: string;
  type: StoredType;
}

/** A list of field names, all of one stored type. */
const typed = (names: readonly string[], type: StoredType): StoredProperty[] => names.map((name) => ({ name, type }));

/** Provenance stored on every entity and relationship. */
const PROVENANCE: readonly StoredProperty[] = [
  { name: "stated", type: "boolean" },
  { name: "origin", type: "string" },
  { name: "sourceIds", type: "string[]" },
  ...typed(EVIDENCE_FIELDS, "string[]"),
  ...typed(INFERRED_DATE_FIELDS, "string[]"),
  { name: "notes", type: "string[]" },
];

const DATE_RANGE: readonly StoredProperty[] = typed(DATE_RANGE_FIELDS, "string");

/** Properties of entity and Source nodes, in the order of the export columns (id and kind come first). */
export const NODE_PROPERTIES: readonly StoredProperty[] = [
  { name: "name", type: "string" },
  { name: "aliases", type: "string[]" },
  ...PROVENANCE,
  { name: "disagreements", type: "string" },
  // dates as the source gives them, and the first and last day they cover
  { name: "date", type: "string" },
  { name: "startDate", type: "string" },
  { name: "endDate", type: "string" },
  { name: "periodStart", type: "string" },
  { name: "periodEnd", type: "string" },
  { name: "entryIntoForce", type: "string" },
  { name: "asOf", type: "string" },
  ...DATE_RANGE,
  // kind-specific
  { name: "honorific", type: "string" },
  { name: "phone", type: "string" },
  { name: "fax", type: "string" },
  { name: "email", type: "string" },
  { name: "institutionType", type: "string" },
  { name: "address", type: "string" },
  { name: "url", type: "string" },
  { name: "fullName", type: "string" },
  { name: "duration", type: "string" },
  { name: "aims", type: "string[]" },
  { name: "summary", type: "string" },
  { name: "programmeType", type: "string" },
  { name: "documentType", type: "string" },
  { name: "eventType", type: "string" },
  { name: "ordinal", type: "long" },
  { name: "participantCount", type: "long" },
  { name: "partnerCount", type: "long" },
  { name: "budget", type: "string" },
  { name: "topics", type: "string[]" },
  { name: "placeType", type: "string" },
  { name: "postalCode", type: "string" },
  ...typed(IDENTIFIER_NAMES, "string"),
  // Source nodes
  { name: "title", type: "string" },
  { name: "publisher", type: "string" },
  { name: "file", type: "string" },
  { name: "retrieved", type: "string" },
  { name: "dateNotStated", type: "boolean" },
];

/**
 * Properties of Source nodes alone, as storedSource writes them (id comes first). Kept apart for the
 * CSV export, whose columns are typed per file: a source's notes are one text, an entity's a list.
 */
export const SOURCE_PROPERTIES: readonly StoredProperty[] = [
  { name: "title", type: "string" },
  { name: "publisher", type: "string" },
  { name: "date", type: "string" },
  { name: "dateNotStated", type: "boolean" },
  { name: "url", type: "string" },
  { name: "file", type: "string" },
  { name: "retrieved", type: "string" },
  { name: "notes", type: "string" },
  { name: "origin", type: "string" },
];

/** Properties of relationships (type, ends and key come first). */
export const RELATIONSHIP_PROPERTIES: readonly StoredProperty[] = [
  { name: "key", type: "string" },
  { name: "role", type: "string" },
  { name: "title", type: "string" },
  { name: "asOf", type: "string" },
  { name: "tier", type: "string" },
  { name: "ordinal", type: "long" },
  { name: "date", type: "string" },
  ...DATE_RANGE,
  ...PROVENANCE,
];

/** The bookkeeping fields the export leaves out (UNEXPORTED_FIELDS besides id and kind), typed. */
const BOOKKEEPING: readonly StoredProperty[] = [{ name: "seedHash", type: "string" }, ...typed(SEARCH_FIELDS, "string")];

/**
 * Every property the seed loader stores, typed, per kind of record: the export's lists plus the
 * bookkeeping it leaves out. The bulk import (src/seed/bulk-import.ts) declares its CSV columns from
 * these and refuses a planned property that is not listed, so a new stored property is typed here once.
 */
export const STORED_ENTITY_PROPERTIES: readonly StoredProperty[] = [
  { name: "id", type: "string" },
  { name: "kind", type: "string" },
  ...NODE_PROPERTIES,
  ...BOOKKEEPING,
];
export const STORED_SOURCE_PROPERTIES: readonly StoredProperty[] = [{ name: "id", type: "string" }, ...SOURCE_PROPERTIES, { name: "seedHash", type: "string" }];
export const STORED_RELATIONSHIP_PROPERTIES: readonly StoredProperty[] = [...RELATIONSHIP_PROPERTIES, { name: "seedHash", type: "string" }];
