// Checks of the API contract over a GraphQLSchema (issue 12), kept apart from the tests that run them so
// that each can also be run over a small hand-made schema with a known violation:
// - missingDescriptions: every type, field, argument, enum value, input field and directive is described;
// - vocabularyStringsByName: no String field, input field or argument is named like a vocabulary value
//   (kind, type, tier, role, precision, scheme, via …) unless it is known free text (FREE_TEXT);
// - vocabularyStringsByData: no String field whose every value, in answers from the real data, is a
//   member of one vocabulary (a value set of src/domain, or an enum of the schema);
// - unboundedLists: no list reachable from Query that may grow with the data, unless it is a
//   connection's page, bounded (see isBounded) or named in the caller's allow-list;
// - selectionFor: a selection of every field of a type to a depth, with __typename on every object, so
//   that the values of an answer can be traced back to the field that gave them (valuesByField).
import {
  getNamedType,
  getNullableType,
  introspectionFromSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  specifiedDirectives,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLInterfaceType,
  type GraphQLSchema,
  type IntrospectionInputValue,
  type IntrospectionQuery,
} from "graphql";

/** Every schema element without a description, found by introspection (what a GraphQL IDE shows). */
export function missingDescriptions(schema: GraphQLSchema): string[] {
  const result: IntrospectionQuery = introspectionFromSchema(schema);
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  const needArgs = (owner: string, args: readonly IntrospectionInputValue[]) => {
    for (const arg of args) need(`argument ${owner}(${arg.name})`, arg.description);
  };
  for (const type of result.__schema.types) {
    if (type.name.startsWith("__")) continue;
    need(`type ${type.name}`, type.description);
    if (type.kind === "OBJECT" || type.kind === "INTERFACE") {
      for (const field of type.fields) {
        need(`field ${type.name}.${field.name}`, field.description);
        needArgs(`${type.name}.${field.name}`, field.args);
      }
    }
    if (type.kind === "INPUT_OBJECT") {
      for (const field of type.inputFields) need(`input field ${type.name}.${field.name}`, field.description);
    }
    if (type.kind === "ENUM") {
      for (const value of type.enumValues) need(`enum value ${type.name}.${value.name}`, value.description);
    }
  }
  const builtIn = new Set(specifiedDirectives.map((directive) => directive.name));
  for (const directive of result.__schema.directives) {
    if (builtIn.has(directive.name)) continue;
    need(`directive @${directive.name}`, directive.description);
    needArgs(`@${directive.name}`, directive.args);
  }
  return missing;
}

const isString = (type: GraphQLNamedType) => isScalarType(type) && type.name === "String";
const userTypes = (schema: GraphQLSchema) => Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith("__"));

/**
 * Names that say "a value from a fixed list": kind, type, tier, role, precision, scheme, via, direction,
 * status, category, or a name ending in one of them (eventType, evidenceKind, partnerRole).
 */
export const VOCABULARY_NAME = /^(kind|type|tier|role|precision|scheme|via|direction|status|category)$|(Kind|Type|Tier|Role|Precision|Scheme|Status|Category)$/;

/**
 * String fields, input fields and arguments named like a vocabulary value (VOCABULARY_NAME) and not in
 * `freeText` (coordinate → why it is free text).
 */
export function vocabularyStringsByName(schema: GraphQLSchema, freeText: Readonly<Record<string, string>>): string[] {
  const found: string[] = [];
  const check = (coordinate: string, name: string, type: GraphQLNamedType) => {
    if (isString(type) && VOCABULARY_NAME.test(name) && !(coordinate in freeText)) found.push(coordinate);
  };
  for (const type of userTypes(schema)) {
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.name, getNamedType(field.type));
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.name, getNamedType(arg.type));
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.name, getNamedType(field.type));
    }
  }
  return found.sort();
}

/**
 * String fields (Type.field, with the values an answer gave them) whose every value belongs to one of
 * the vocabularies (name → its values, in every spelling it may take). A field with no value is not
 * judged; `freeText` names the fields known to hold free text.
 */
export function vocabularyStringsByData(
  values: ReadonlyMap<string, ReadonlySet<string>>,
  vocabularies: Readonly<Record<string, ReadonlySet<string>>>,
  freeText: Readonly<Record<string, string>> = {},
): string[] {
  const found: string[] = [];
  for (const [coordinate, seen] of values) {
    if (seen.size === 0 || coordinate in freeText) continue;
    const vocabulary = Object.entries(vocabularies).find(([, members]) => [...seen].every((value) => members.has(value)));
    if (vocabulary) found.push(`${coordinate} (every value is in ${vocabulary[0]}: ${[...seen].sort().join(", ")})`);
  }
  return found.sort();
}

/** Every value set of the schema's enums, by enum name (the spelling the API uses). */
export function enumVocabularies(schema: GraphQLSchema): Record<string, Set<string>> {
  return Object.fromEntries(
    userTypes(schema)
      .filter(isEnumType)
      .map((type) => [`enum ${type.name}`, new Set(type.getValues().map((value) => value.name))]),
  );
}

/** Arguments that cap a list's length when their description states the cap ("1 to 25", "at most 100"). */
export const CAP_ARGUMENTS = ["first", "last", "limit", "maxNodes", "ids"];
const STATED_CAP = /\b\d+ to \d+\b|\bat most \d+\b/;
/** The marker a per-object list's description carries to state what bounds it. */
export const BOUNDED_MARKER = /\(bounded: [^)]+\)/;

/**
 * When a list cannot grow with the data, as this test defines it:
 * - it is the page of a connection (`edges` of a type with `edges` and `pageInfo`);
 * - its items are enum values (at most one per value of the enum);
 * - it has a cap argument (CAP_ARGUMENTS) whose description states the cap (STATED_CAP);
 * - its description states what bounds it with "(bounded: …)" (BOUNDED_MARKER): a per-object detail
 *   list such as an entity's aliases or a relationship's evidence, or a path's hops (maxHops).
 */
export function isBounded(owner: GraphQLObjectType | GraphQLInterfaceType, field: GraphQLField<unknown, unknown>): string | null {
  if (field.name === "edges" && "pageInfo" in owner.getFields()) return "a connection's page";
  if (isEnumType(getNamedType(field.type))) return "enum values";
  const cap = field.args.find((arg: GraphQLArgument) => CAP_ARGUMENTS.includes(arg.name) && STATED_CAP.test(arg.description ?? ""));
  if (cap) return `capped by ${cap.name}`;
  if (BOUNDED_MARKER.test(field.description ?? "")) return "bounded, as its description states";
  return null;
}

/** Types reachable from Query through fields (and an interface's or union's possible types), in walk order. */
export function reachableFromQuery(schema: GraphQLSchema): Array<GraphQLObjectType | GraphQLInterfaceType> {
  const query = schema.getQueryType();
  if (!query) return [];
  const seen = new Set<string>();
  const order: Array<GraphQLObjectType | GraphQLInterfaceType> = [];
  const queue: GraphQLNamedType[] = [query];
  while (queue.length > 0) {
    const type = queue.shift()!;
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    if (isAbstractType(type)) queue.push(...schema.getPossibleTypes(type));
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    order.push(type);
    for (const field of Object.values(type.getFields())) queue.push(getNamedType(field.type));
  }
  return order;
}

/** Lists reachable from Query (Type.field) that are not bounded (isBounded) and not in `allowed`. */
export function unboundedLists(schema: GraphQLSchema, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const type of reachableFromQuery(schema)) {
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const coordinate = `${type.name}.${field.name}`;
      if (!isBounded(type, field) && !allowed.includes(coordinate)) found.push(coordinate);
    }
  }
  return found.sort();
}

export interface SelectionOptions {
  /** How many items a field with a `first` argument is asked for. */
  first: number;
  /** Arguments for fields by coordinate (Type.field), e.g. the ids a query needs. */
  args?: Readonly<Record<string, string>>;
}

/**
 * One field of `owner` with every field below it down to `depth` levels of objects (null when it needs
 * an argument `options.args` does not give, or has nothing to select at this depth).
 */
export function fieldSelection(
  schema: GraphQLSchema,
  owner: GraphQLObjectType | GraphQLInterfaceType,
  field: GraphQLField<unknown, unknown>,
  depth: number,
  options: SelectionOptions,
): string | null {
  const given = options.args?.[`${owner.name}.${field.name}`];
  const missing = field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined && arg.name !== "first");
  if (missing && given === undefined) return null;
  const args = given ?? (field.args.some((arg) => arg.name === "first") ? `first: ${options.first}` : "");
  const call = args ? `${field.name}(${args})` : field.name;
  const child = getNamedType(field.type);
  if (isLeafType(child)) return call;
  if (depth <= 1) return null;
  const inner = selectionFor(schema, child, depth - 1, options, false);
  return inner ? `${call} { ${inner} }` : null;
}

/**
 * A selection of every field of `type` down to `depth` levels of objects, with __typename on every
 * object (see fieldSelection). At the top level an interface or union gets a fragment per
 * implementation; below it, only its own fields (an implementation's fields are the top level's job),
 * which keeps a document within the server's token limit.
 */
export function selectionFor(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, options: SelectionOptions, top = true): string {
  const fieldsOf = (owner: GraphQLObjectType | GraphQLInterfaceType): string[] =>
    Object.values(owner.getFields()).flatMap((field) => fieldSelection(schema, owner, field, depth, options) ?? []);
  if (isObjectType(type) || (isInterfaceType(type) && !top)) return ["__typename", ...fieldsOf(type)].join(" ");
  if (isAbstractType(type)) {
    return ["__typename", ...schema.getPossibleTypes(type).map((impl) => `... on ${impl.name} { ${fieldsOf(impl).join(" ")} }`)].join(" ");
  }
  return "";
}

/**
 * Adds the String values of an answer to `into` (Type.field → values), tracing each object by its
 * __typename (selectionFor asks for it on every object).
 */
export function valuesByField(schema: GraphQLSchema, answer: unknown, into: Map<string, Set<string>>): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    const object = value as Record<string, unknown>;
    const type = typeof object.__typename === "string" ? schema.getType(object.__typename) : undefined;
    for (const [key, item] of Object.entries(object)) {
      const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[key] : undefined;
      if (field && isString(getNamedType(field.type))) {
        const coordinate = `${type!.name}.${key}`;
        const set = into.get(coordinate) ?? new Set<string>();
        for (const text of [item].flat()) if (typeof text === "string") set.add(text);
        into.set(coordinate, set);
      } else {
        visit(item);
      }
    }
  };
  visit(answer);
}
