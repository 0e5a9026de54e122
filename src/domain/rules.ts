// The record rules shared by seed validation (validate.ts) and curation mutations: one
// implementation of what makes an entity or relationship record valid, and of how a record becomes
// the properties Neo4j stores.
import { plainToInstance } from "class-transformer";
import { validateSync, type ValidationError } from "class-validator";
import { dateRange } from "./dates";
import { identifierProblems } from "./identifiers";
import { DATE_PROPERTIES, EntityRecord, PROPERTY_CLASSES, RELATIONSHIP_PROPERTY_CLASSES, RelationshipRecord } from "./records";
import { ID_PREFIX, RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from "./vocabulary";

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

/** One evidence item, resolved: the source is always named ("" for curated evidence without one). */
export interface ResolvedEvidence {
  source: string;
  quote: string;
  /** What the curator inferred from the quote ("" when the quote states the fact itself). */
  inferred: string;
  curated: string;
}

export type EvidenceKind = "stated" | "inferred" | "curated";

/** The kind of a resolved item: a quote that states the fact, a quote plus an inference, or a reason alone. */
export function evidenceKind(e: { quote: string; inferred?: string }): EvidenceKind {
  if (e.quote === "") return "curated";
  return e.inferred ? "inferred" : "stated";
}

/**
 * The curator must say which kind an item is; an item that mixes them is unclear. Returns the problem
 * (for `field`, e.g. "evidence[2]") or null.
 */
export function evidenceKindProblem(item: { quote?: unknown; inferred?: unknown; curated?: unknown }, field: string): FieldProblem | null {
  const say =
    'say which: { "quote" } when the quote states the fact, { "quote", "inferred" } when you concluded something the quote does not say, { "curated" } when no source states it';
  if (item.curated !== undefined && item.quote !== undefined) {
    return { field, rule: "evidenceKind", message: `an evidence item is either a quote or a curated reason, not both; ${say}` };
  }
  if (item.inferred !== undefined && item.quote === undefined) {
    return { field: `${field}.inferred`, rule: "evidenceKind", message: `"inferred" says what was concluded from a quote, so it needs a quote; ${say}` };
  }
  return null;
}

/** `inferredDates` must name date properties the record gives, each with a reason. */
export function checkInferredDates(inferred: unknown, properties: Record<string, unknown> | undefined): FieldProblem[] {
  if (inferred === undefined) return [];
  if (typeof inferred !== "object" || inferred === null || Array.isArray(inferred)) {
    return [{ field: "inferredDates", rule: "isObject", message: 'inferredDates maps a date property to the curator\'s reason: { "date": "…" }' }];
  }
  const problems: FieldProblem[] = [];
  for (const [key, reason] of Object.entries(inferred)) {
    const field = `inferredDates.${key}`;
    if (!(DATE_PROPERTIES as readonly string[]).includes(key)) {
      problems.push({ field, rule: "dateProperty", message: `${key} is not a date property (allowed: ${DATE_PROPERTIES.join(", ")})` });
    } else if (properties?.[key] === undefined) {
      problems.push({ field, rule: "dateGiven", message: `the record has no properties.${key} to mark as inferred` });
    }
    if (typeof reason !== "string" || reason.trim() === "") {
      problems.push({ field, rule: "reason", message: "give the curator's reason: what the date was inferred from" });
    }
  }
  return problems;
}

/** Stored form of `inferredDates`: two parallel lists (Neo4j stores no maps). */
export function inferredDateProps(inferred: Record<string, string> | undefined): Record<string, unknown> {
  const entries = Object.entries(inferred ?? {});
  if (entries.length === 0) return {};
  return { inferredDateFields: entries.map(([k]) => k), inferredDateReasons: entries.map(([, v]) => v) };
}

export const VALIDATOR_OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };

/** Flattens class-validator's error tree into field paths ("evidence[0].quote"). */
export function flatten(errors: ValidationError[], prefix = ""): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const field = prefix ? (isIndex ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`) : error.property;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      const text = rule === "whitelistValidation" ? `unknown field "${error.property}"` : message;
      out.push({ field, rule, message: text });
    }
    if (error.children?.length) out.push(...flatten(error.children, field));
  }
  return out;
}

export const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** Shape, id prefix and kind-specific properties of an entity record. */
export function checkEntity(raw: object): { record: EntityRecord; problems: FieldProblem[]; valid: boolean } {
  const record = plainToInstance(EntityRecord, raw);
  const problems = flatten(validateSync(record, VALIDATOR_OPTIONS));
  const valid = problems.length === 0;
  if (typeof record.kind === "string" && record.kind in PROPERTY_CLASSES) {
    if (typeof record.id === "string" && !record.id.startsWith(`${ID_PREFIX[record.kind]}:`)) {
      problems.push({ field: "id", rule: "idPrefix", message: `a ${record.kind} id must start with "${ID_PREFIX[record.kind]}:"` });
    }
    const props = plainToInstance(PROPERTY_CLASSES[record.kind], record.properties ?? {});
    problems.push(...flatten(validateSync(props, VALIDATOR_OPTIONS), "properties"));
  }
  if (record.identifiers && typeof record.identifiers === "object") {
    const kind = typeof record.kind === "string" && record.kind in PROPERTY_CLASSES ? record.kind : undefined;
    for (const [scheme, value] of Object.entries(record.identifiers)) {
      for (const message of identifierProblems(scheme, value, kind)) problems.push({ field: `identifiers.${scheme}`, rule: "identifierFormat", message });
    }
  }
  problems.push(...checkInferredDates(record.inferredDates, record.properties));
  return { record, problems, valid: valid && problems.length === 0 };
}

/** Shape and type-specific properties of a relationship record. */
export function checkRelationship(raw: object): { record: RelationshipRecord; problems: FieldProblem[]; valid: boolean } {
  const record = plainToInstance(RelationshipRecord, raw);
  const problems = flatten(validateSync(record, VALIDATOR_OPTIONS));
  const shapeValid = problems.length === 0;
  const propertyClass = typeof record.type === "string" ? RELATIONSHIP_PROPERTY_CLASSES[record.type] : undefined;
  if (propertyClass) {
    const props = plainToInstance(propertyClass, record.properties ?? {});
    problems.push(...flatten(validateSync(props, VALIDATOR_OPTIONS), "properties"));
  } else {
    for (const key of Object.keys(record.properties ?? {})) {
      problems.push({ field: `properties.${key}`, rule: "noProperties", message: `${String(record.type)} relationships take no properties (use "note" for a remark)` });
    }
  }
  problems.push(...checkInferredDates(record.inferredDates, record.properties));
  return { record, problems, valid: shapeValid };
}

/** May a relationship of `type` start (side "from") or end (side "to") at an entity of `kind`? */
export function checkEndpoint(type: RelationshipType, side: "from" | "to", kind: EntityKind | undefined, id: string): FieldProblem | null {
  if (kind === undefined) return { field: side, rule: "endpointExists", message: `no entity with id ${id}` };
  const allowed = RELATIONSHIP_TYPES[type][side] as readonly string[];
  if (allowed.includes(kind)) return null;
  const verb = side === "from" ? "start at" : "end at";
  return { field: side, rule: "endpointKind", message: `${type} cannot ${verb} a ${kind} (allowed: ${allowed.join(", ")})` };
}

export function relationshipKey(type: string, from: string, to: string, properties: Record<string, unknown>): string {
  // A title stated "as of" two dates is two statements of a role over time, not one.
  const discriminator = [properties.role ?? properties.title ?? "", properties.asOf ?? ""].filter(Boolean).join("@");
  return `${from}|${type}|${to}|${String(discriminator)}`;
}

/** Range fields used by time-window queries: the first and last day the dates cover. */
export function dateProps(properties: Record<string, unknown>): Record<string, unknown> {
  const start = (properties.date ?? properties.startDate ?? properties.periodStart) as string | undefined;
  const end = (properties.endDate ?? properties.periodEnd ?? properties.date) as string | undefined;
  if (!start) return {};
  const from = dateRange(start);
  return { dateFrom: from.first, dateTo: end ? dateRange(end).last : null, datePrecision: from.precision };
}

export function evidenceProps(evidence: ResolvedEvidence[]): Record<string, unknown> {
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

/** Drops undefined/null so Neo4j never stores empty properties. */
export function compact(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props)) {
    const value = props[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** Drops repeated evidence items (the same source, quote and reason), keeping the first. */
export function uniqueEvidence(evidence: ResolvedEvidence[]): ResolvedEvidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.source}\u0000${e.quote}\u0000${e.inferred}\u0000${e.curated}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The evidence stored on a node or relationship (the parallel lists written by evidenceProps). */
export function storedEvidence(props: Record<string, unknown>): ResolvedEvidence[] {
  const sources = (props.evidenceSources as string[] | undefined) ?? [];
  const quotes = (props.evidenceQuotes as string[] | undefined) ?? [];
  const inferred = (props.evidenceInferred as string[] | undefined) ?? [];
  const curated = (props.evidenceCurated as string[] | undefined) ?? [];
  return quotes.map((quote, i) => ({ source: sources[i] ?? "", quote, inferred: inferred[i] ?? "", curated: curated[i] ?? "" }));
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
export function descriptionTextOf(properties: Record<string, unknown>): string | undefined {
  const parts: string[] = [];
  for (const key of ["topics", "aims"]) {
    const value = properties[key];
    if (Array.isArray(value)) parts.push(...value.filter((v): v is string => typeof v === "string"));
  }
  if (typeof properties.summary === "string") parts.push(properties.summary);
  return parts.length > 0 ? parts.join("\n") : undefined;
}

/**
 * An identifier is a fact like any other: its value must occur in one of the record's quotes (the
 * quotes themselves are checked against the sources), or a curated evidence item must name its scheme
 * and give the reason. Returns the problem, or null.
 */
export function identifierUnsupported(scheme: string, value: string, evidence: ResolvedEvidence[]): string | null {
  if (evidence.some((e) => e.quote !== "" && collapse(e.quote).includes(value))) return null;
  if (evidence.some((e) => e.curated !== "" && e.curated.toLowerCase().includes(scheme.toLowerCase()))) return null;
  return `${scheme} ${value} occurs in none of this record's quotes: quote the source that gives it, or add curated evidence that names ${scheme} and why`;
}
