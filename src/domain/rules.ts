// The record rules shared by seed validation (src/seed/validate.ts) and curation mutations: one
// implementation of what makes an entity or relationship record valid. How a record is stored is
// stored.ts; how its evidence is resolved, evidence.ts.
import type { ValidationError } from "class-validator";
import { collapse, type ResolvedEvidence } from "./evidence";
import { identifierProblems } from "./identifiers";
import { DATE_PROPERTIES } from "./dates";
import { EntityRecord, PROPERTY_CLASSES, RELATIONSHIP_PROPERTY_CLASSES, RelationshipRecord, type FieldProblem } from "./records";
import { toInstance, validateFast } from "./validation-fast-path";
import { ID_PREFIX, RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from "./vocabulary";

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

/** Shape, id prefix and kind-specific properties of an entity record. */
export function checkEntity(raw: object): { record: EntityRecord; problems: FieldProblem[]; valid: boolean } {
  const record = toInstance(EntityRecord, raw);
  const problems = flatten(validateFast(record, VALIDATOR_OPTIONS));
  const valid = problems.length === 0;
  if (typeof record.kind === "string" && record.kind in PROPERTY_CLASSES) {
    if (typeof record.id === "string" && !record.id.startsWith(`${ID_PREFIX[record.kind]}:`)) {
      problems.push({ field: "id", rule: "idPrefix", message: `a ${record.kind} id must start with "${ID_PREFIX[record.kind]}:"` });
    }
    const props = toInstance(PROPERTY_CLASSES[record.kind], record.properties ?? {});
    problems.push(...flatten(validateFast(props, VALIDATOR_OPTIONS), "properties"));
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
  const record = toInstance(RelationshipRecord, raw);
  const problems = flatten(validateFast(record, VALIDATOR_OPTIONS));
  const shapeValid = problems.length === 0;
  const propertyClass = typeof record.type === "string" ? RELATIONSHIP_PROPERTY_CLASSES[record.type] : undefined;
  if (propertyClass) {
    const props = toInstance(propertyClass, record.properties ?? {});
    problems.push(...flatten(validateFast(props, VALIDATOR_OPTIONS), "properties"));
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
