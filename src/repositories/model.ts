// Plain domain objects the repositories return, mapped from Neo4j properties in one place. Nothing
// here knows about GraphQL; the GraphQL types mirror these shapes.
import { DATE_PROPERTIES, dateRange, type DatePrecision } from "../domain/dates";
import { evidenceKind } from "../domain/evidence";
import { IDENTIFIER_NAMES, IDENTIFIER_SCHEMES } from "../domain/identifiers";
import { inferredReasonOf, INTERNAL_FIELDS, storedDisagreements, storedEvidence } from "../domain/stored";
import type { EntityKind, RelationshipType } from "../domain/vocabulary";

export interface FuzzyDate {
  /** As the source gives it: "2014", "2014-05" or "2014-05-31". */
  value: string;
  precision: DatePrecision;
  earliest: string;
  latest: string;
  /** False when a curator inferred the date (no source states it); `inferredReason` says from what. */
  stated: boolean;
  inferredReason: string | null;
}

export type EvidenceKind = "STATED" | "INFERRED" | "CURATED";

export interface Evidence {
  /** STATED: the quote states the fact. INFERRED: a quote plus the curator's inference. CURATED: a reason alone. */
  kind: EvidenceKind;
  sourceId: string | null;
  quote: string | null;
  /** For INFERRED: what the curator concluded from the quote. */
  inference: string | null;
  curatedReason: string | null;
  stated: boolean;
}

/** Sources that give different values for one field, kept side by side. */
export interface Disagreement {
  field: string;
  values: Array<{ value: string; sourceIds: string[] }>;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  notes: string[];
  stated: boolean;
  evidence: Evidence[];
  sourceIds: string[];
  disagreements: Disagreement[];
  /** External identifiers (ror, wikidata, orcid, cordis, kaken, isni) with their registry URLs. */
  identifiers: Array<{ scheme: string; value: string; url: string }>;
  /** Kind-specific properties, dates already as FuzzyDate. */
  [property: string]: unknown;
}

export interface SourceDoc {
  id: string;
  title: string;
  publisher: string;
  date: FuzzyDate | null;
  dateNotStated: boolean;
  url: string | null;
  file: string | null;
  retrieved: string | null;
  notes: string | null;
}

export interface Relation {
  /** The relationship's stored key (from|TYPE|to|discriminator): the same from either end. */
  key: string;
  /** Its id seen from one end: the key and which end (a relation's `outgoing` and `other` depend on it). */
  id: string;
  type: RelationshipType;
  /** True when the relationship points from the entity it was asked for to `other`. */
  outgoing: boolean;
  /** A participation role (PARTICIPATED_IN), as stored: "co-chair". */
  role: string | null;
  /** A partner's role in a project (PARTNER_IN): free text in the source's words. */
  partnerRole: string | null;
  title: string | null;
  tier: string | null;
  ordinal: number | null;
  asOf: FuzzyDate | null;
  date: FuzzyDate | null;
  notes: string[];
  stated: boolean;
  evidence: Evidence[];
  disagreements: Disagreement[];
  other: Entity;
}

/** One hop of a path or trace: the stored relationship and which way the walk crossed it. */
export interface Hop {
  /** The relationship's stored key (from|TYPE|to|discriminator). */
  key: string;
  /** The key and the direction the walk crosses it (`forward` is part of a hop). */
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  /** True when the walk goes in the relationship's own direction. */
  forward: boolean;
  /** A participation role (PARTICIPATED_IN), as stored: "co-chair". */
  role: string | null;
  /** A partner's role in a project (PARTNER_IN): free text in the source's words. */
  partnerRole: string | null;
  title: string | null;
  tier: string | null;
  ordinal: number | null;
  notes: string[];
  stated: boolean;
  /** The strongest kind among its evidence: STATED, else INFERRED (a quote plus inference), else CURATED. */
  evidenceKind: EvidenceKind;
  evidence: Evidence[];
}

export interface GraphPath {
  nodes: Entity[];
  hops: Hop[];
}

type Props = Record<string, unknown>;

const DATE_FIELDS: ReadonlySet<string> = new Set(DATE_PROPERTIES);

export function fuzzyDate(value: unknown, inferredReason: string | null = null): FuzzyDate | null {
  if (typeof value !== "string" || value === "") return null;
  const range = dateRange(value);
  return { value, precision: range.precision, earliest: range.first, latest: range.last, stated: inferredReason === null, inferredReason };
}

/** A date property of a stored record, marked when a curator inferred it. */
export function dateOf(props: Props, field: string): FuzzyDate | null {
  return fuzzyDate(props[field], inferredReasonOf(props, field));
}

export function disagreementsOf(props: Props): Disagreement[] {
  return storedDisagreements(props).map((d) => ({
    field: d.field,
    values: d.values.map((v) => ({ value: typeof v.value === "string" ? v.value : JSON.stringify(v.value), sourceIds: v.sources })),
  }));
}

const EVIDENCE_KIND = { stated: "STATED", inferred: "INFERRED", curated: "CURATED" } as const satisfies Record<string, EvidenceKind>;

export function evidenceOf(props: Props): Evidence[] {
  return storedEvidence(props).map((e) => {
    const kind = EVIDENCE_KIND[evidenceKind(e)];
    return {
      kind,
      sourceId: e.source || null,
      quote: e.quote || null,
      inference: e.inferred || null,
      curatedReason: e.curated || null,
      stated: kind === "STATED",
    };
  });
}

export function toEntity(props: Props): Entity {
  const entity: Entity = {
    id: String(props.id),
    kind: props.kind as EntityKind,
    name: String(props.name ?? props.id),
    aliases: (props.aliases as string[] | undefined) ?? [],
    notes: (props.notes as string[] | undefined) ?? [],
    stated: props.stated === true,
    evidence: evidenceOf(props),
    sourceIds: (props.sourceIds as string[] | undefined) ?? [],
    disagreements: disagreementsOf(props),
    identifiers: IDENTIFIER_NAMES.filter((scheme) => typeof props[scheme] === "string").map((scheme) => ({
      scheme,
      value: props[scheme] as string,
      url: IDENTIFIER_SCHEMES[scheme].url(props[scheme] as string),
    })),
  };
  for (const [key, value] of Object.entries(props)) {
    if (key in entity || INTERNAL_FIELDS.has(key)) continue;
    entity[key] = DATE_FIELDS.has(key) ? dateOf(props, key) : value;
  }
  return entity;
}

export function toSource(props: Props): SourceDoc {
  return {
    id: String(props.id),
    title: String(props.title ?? ""),
    publisher: String(props.publisher ?? ""),
    date: fuzzyDate(props.date),
    dateNotStated: props.dateNotStated === true,
    url: (props.url as string) ?? null,
    file: (props.file as string) ?? null,
    retrieved: (props.retrieved as string) ?? null,
    notes: (props.notes as string) ?? null,
  };
}

// The stored `role` property holds two things: a participation role from the vocabulary
// (PARTICIPATED_IN: PARTICIPATION_ROLES) and a partner's role in its source's words (PARTNER_IN:
// "coordinator", "joint lead (Japan)"). They are kept apart here so the API gives the first as an enum.
function relationshipFields(type: string, props: Props) {
  const role = (props.role as string) ?? null;
  return {
    role: type === "PARTICIPATED_IN" ? role : null,
    partnerRole: type === "PARTNER_IN" ? role : null,
    title: (props.title as string) ?? null,
    tier: (props.tier as string) ?? null,
    ordinal: typeof props.ordinal === "number" ? props.ordinal : null,
    notes: (props.notes as string[] | undefined) ?? [],
    stated: props.stated === true,
    evidence: evidenceOf(props),
    disagreements: disagreementsOf(props),
  };
}

/** A relationship's stored key; derived the way it was made (domain/rules.ts relationshipKey) if absent. */
function keyOf(props: Props, type: string, from: string, to: string): string {
  return typeof props.key === "string" && props.key !== "" ? props.key : `${from}|${type}|${to}|`;
}

export function toRelation(type: string, outgoing: boolean, props: Props, other: Props): Relation {
  const key = keyOf(props, type, outgoing ? "?" : String(other.id), outgoing ? String(other.id) : "?");
  return {
    key,
    id: `relation:${outgoing ? "out" : "in"}|${key}`,
    type: type as RelationshipType,
    outgoing,
    ...relationshipFields(type, props),
    asOf: dateOf(props, "asOf"),
    date: dateOf(props, "date"),
    other: toEntity(other),
  };
}

/** A hop from a path row {type, from, to, props}, walked from `walkFromId`. */
export function toHop(row: Props, walkFromId: string): Hop {
  const props = (row.props as Props) ?? {};
  const fields = relationshipFields(String(row.type), props);
  const inferred = props.inferred === true || fields.evidence.some((e) => e.kind === "INFERRED");
  const key = keyOf(props, String(row.type), String(row.from), String(row.to));
  const forward = row.from === walkFromId;
  return {
    key,
    id: `hop:${forward ? "forward" : "backward"}|${key}`,
    type: row.type as RelationshipType,
    fromId: String(row.from),
    toId: String(row.to),
    forward,
    ...fields,
    evidenceKind: fields.stated ? "STATED" : inferred ? "INFERRED" : "CURATED",
  };
}

/** Nodes and hops of a path row {nodes, hops} in walk order. */
export function toPath(row: Props): GraphPath {
  const nodes = ((row.nodes as Props[]) ?? []).map(toEntity);
  const hops = ((row.hops as Props[]) ?? []).map((hop, i) => toHop(hop, nodes[i]?.id ?? ""));
  return { nodes, hops };
}
