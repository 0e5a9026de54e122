// The export schema: which stored properties leave the product, and with which type. The graph
// formats must declare their attributes before the first node (GraphML keys, GEXF attributes, CSV
// headers), while the export is streamed: so the set is fixed here, from the seed format
// (src/seed/model.ts), and a test checks that it covers every property the curated graph holds.
// Bookkeeping properties (fingerprints, the search text) stay inside.

export type AttributeType = "string" | "long" | "double" | "boolean" | "string[]";

export interface Attribute {
  name: string;
  type: AttributeType;
}

/** External identifier schemes (src/seed/identifiers.ts) stored as node properties of these names. */
export const IDENTIFIER_PROPERTIES = ["ror", "wikidata", "orcid", "cordis", "kaken", "isni"] as const;

/** Where a node or relationship comes from and how it is known: the same properties on both. */
const PROVENANCE_ATTRIBUTES: readonly Attribute[] = [
  { name: "stated", type: "boolean" },
  { name: "origin", type: "string" },
  { name: "sourceIds", type: "string[]" },
  { name: "evidenceSources", type: "string[]" },
  { name: "evidenceQuotes", type: "string[]" },
  { name: "evidenceCurated", type: "string[]" },
  { name: "evidenceInferred", type: "string[]" },
  { name: "inferredDateFields", type: "string[]" },
  { name: "inferredDateReasons", type: "string[]" },
  { name: "notes", type: "string[]" },
];

/** Properties of entity and Source nodes, in the order of the export columns (id and kind come first). */
export const NODE_ATTRIBUTES: readonly Attribute[] = [
  { name: "name", type: "string" },
  { name: "aliases", type: "string[]" },
  ...PROVENANCE_ATTRIBUTES,
  { name: "disagreements", type: "string" },
  // dates as the source gives them, and the first and last day they cover
  { name: "date", type: "string" },
  { name: "startDate", type: "string" },
  { name: "endDate", type: "string" },
  { name: "periodStart", type: "string" },
  { name: "periodEnd", type: "string" },
  { name: "entryIntoForce", type: "string" },
  { name: "asOf", type: "string" },
  { name: "dateFrom", type: "string" },
  { name: "dateTo", type: "string" },
  { name: "datePrecision", type: "string" },
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
  ...IDENTIFIER_PROPERTIES.map((name) => ({ name, type: "string" as const })),
  // Source nodes
  { name: "title", type: "string" },
  { name: "publisher", type: "string" },
  { name: "file", type: "string" },
  { name: "retrieved", type: "string" },
  { name: "dateNotStated", type: "boolean" },
];

/** Properties of relationships (type, ends and key come first). */
export const RELATIONSHIP_ATTRIBUTES: readonly Attribute[] = [
  { name: "key", type: "string" },
  { name: "role", type: "string" },
  { name: "title", type: "string" },
  { name: "asOf", type: "string" },
  { name: "tier", type: "string" },
  { name: "ordinal", type: "long" },
  { name: "date", type: "string" },
  { name: "dateFrom", type: "string" },
  { name: "dateTo", type: "string" },
  { name: "datePrecision", type: "string" },
  ...PROVENANCE_ATTRIBUTES,
];

/** Stored properties that are bookkeeping, not data: never exported. */
export const INTERNAL_PROPERTIES: readonly string[] = ["id", "kind", "seedHash", "searchText", "descriptionText"];

/** A node of an export: an entity (kind = its kind) or a source (kind = "Source"). */
export interface ExportNode {
  id: string;
  kind: string;
  props: Record<string, unknown>;
}

/** A relationship of an export, numbered in the order written (seq from 1). */
export interface ExportEdge {
  seq: number;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** The evidence stored on a node or relationship as parallel lists, as items. */
export function evidenceOf(props: Record<string, unknown>): Array<{ source: string; quote: string; curated: string }> {
  const sources = (props.evidenceSources as string[] | undefined) ?? [];
  const quotes = (props.evidenceQuotes as string[] | undefined) ?? [];
  const curated = (props.evidenceCurated as string[] | undefined) ?? [];
  return quotes.map((quote, i) => ({ source: sources[i] ?? "", quote, curated: curated[i] ?? "" }));
}

/** XML 1.0 refuses most control characters even escaped: they are dropped. */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(value: string): string {
  return value.replace(XML_INVALID, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A value as text for formats without lists (GraphML, GEXF): lists as JSON arrays. */
export function asText(value: unknown, type: AttributeType): string | null {
  if (value === null || value === undefined) return null;
  if (type === "string[]") return JSON.stringify(Array.isArray(value) ? value : [value]);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
