// The export schema: which stored properties leave the product, and with which type. The graph
// formats must declare their attributes before the first node (GraphML keys, GEXF attributes, CSV
// headers), while the export is streamed: so the set is fixed, in the stored form (src/domain/stored.ts),
// and a test checks that it covers every property the curated graph holds. Bookkeeping properties
// (fingerprints, the search text) stay inside.
import { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, SOURCE_PROPERTIES, storedEvidence, UNEXPORTED_FIELDS, type StoredProperty, type StoredType } from "../domain/stored";

export type AttributeType = StoredType;
export type Attribute = StoredProperty;

/** Properties of entity and Source nodes, in the order of the export columns (id and kind come first). */
export const NODE_ATTRIBUTES: readonly Attribute[] = NODE_PROPERTIES;

/** Properties of Source nodes alone (the CSV export's sources file; id comes first). */
export const SOURCE_ATTRIBUTES: readonly Attribute[] = SOURCE_PROPERTIES;

/** Properties of relationships (type, ends and key come first). */
export const RELATIONSHIP_ATTRIBUTES: readonly Attribute[] = RELATIONSHIP_PROPERTIES;

/** Stored properties that are bookkeeping, not data: never exported. */
export const INTERNAL_PROPERTIES: readonly string[] = UNEXPORTED_FIELDS;

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
export const evidenceOf = storedEvidence;

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
