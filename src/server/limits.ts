// Limits on hostile queries, all enforced before execution (so no Cypher runs for a refused query):
// the shape of the request body (depth and number of values, checked without recursion before
// anything else walks it), depth, aliases and directives (GraphQL Armor), tokens (graphql-js's
// parser), and a cost budget in which every list multiplies the cost of what it contains by its real
// maximum: its page size (`first` / `last` / `limit`; a connection asked without one, its default
// page) or, for a list without one, its cap (LIST_CAPS). During execution a per-request deadline stops resolver work, not only Cypher.
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { ErrorCode } from "../graphql/errors";
import { DEFAULT_PAGE } from "../graphql/shared/keyset";
import { jsonShapeProblem } from "../json-shape";
import { requestScope } from "../neo4j/database";

export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 100_000,
  maxBodyBytes: 100 * 1024,
  /** Nesting of the JSON body (the variables start at level 2): a curated input needs about 6. */
  maxBodyDepth: 16,
  /** Values (objects, arrays, scalars) in the JSON body, counted before anything walks it. */
  maxBodyValues: 5_000,
  /** Occurrences of one field name in one selection set (`{ a a a … }`). */
  maxRepeatedField: 50,
} as const;

/**
 * Lists without a page-size argument, costed by their cap. Enforced caps (the resolver returns at most
 * this many) are marked; the others are bounded by the data (a path has at most maxHops + 1 nodes).
 * A connection's `edges` count once (its field's `first` already multiplied them); every other object
 * list counts as DEFAULT_LIST_SIZE items.
 */
export const LIST_CAPS: Record<string, number> = {
  "Query.nodes": 100, // enforced: a longer ids list is BAD_USER_INPUT (src/graphql/entity/entity.args.ts)
  "GraphPath.nodes": 7, // maxHops ≤ 6
  "GraphPath.hops": 6,
  "PriorityTrace.nodes": 5, // chains of at most 4 hops
  "PriorityTrace.hops": 4,
  // Not enforced, bounded by the data: an edge's activities and an activity's evidence are a handful
  // each (the curated seed: at most a few), counted as such so that a network with its evidence fits.
  "NetworkEdge.activities": 5,
  "NetworkEdge.undatedActivities": 5,
  "SharedActivity.evidence": 3,
};
export const DEFAULT_LIST_SIZE = 10;

/** Costs remembered, in total, by the bytes of their keys (least recently used forgotten first). */
const COST_CACHE_BYTES = 1024 * 1024;

const limitError = (message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BadRequest, http: { status: 400 }, ...extra } });

/** The body's depth and number of values, checked before anything walks it (see json-shape.ts). */
export function checkBodyShape(body: unknown, maxDepth: number = LIMITS.maxBodyDepth, maxValues: number = LIMITS.maxBodyValues): string | null {
  const problem = jsonShapeProblem(body, maxDepth, maxValues);
  return problem && `the request is ${problem.startsWith("more") ? `too large: it has ${problem} (in its variables or extensions)` : problem}`;
}

/** A list's size multiplies its children: `timeline(first: 100) { relations(first: 100) }` costs 10,000+. */
const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // A connection asked without first or last gets the default page (src/graphql/shared/keyset.ts).
  const returnsConnection = getNamedType(field.type).name.endsWith("Connection");
  const size = ([args.first, args.last, args.limit].find((value) => typeof value === "number") as number | undefined) ?? (returnsConnection ? DEFAULT_PAGE : undefined);
  if (size !== undefined) return 1 + size * Math.max(childComplexity, 1);
  if (childComplexity > 0 && isListType(getNullableType(field.type))) {
    // A connection's edges are the page its parent field already multiplied by `first`.
    const cap = type.name.endsWith("Connection") && field.name === "edges" ? 1 : (LIST_CAPS[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE);
    return 1 + cap * childComplexity;
  }
  return undefined;
};

/** Refuses a selection set that names the same field more than maxRepeatedField times (cheap to send, costly to validate). */
const repeatedFieldsRule: ValidationRule = (context) => ({
  SelectionSet(node) {
    const counts = new Map<string, number>();
    for (const selection of node.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      const name = selection.alias?.value ?? selection.name.value;
      const count = (counts.get(name) ?? 0) + 1;
      counts.set(name, count);
      if (count === LIMITS.maxRepeatedField + 1) {
        context.reportError(
          new GraphQLError(`the field "${name}" is asked for more than ${LIMITS.maxRepeatedField} times in one selection: ask for it once`, {
            nodes: [selection],
            extensions: { code: ErrorCode.TooManyRepeatedFields },
          }),
        );
      }
    }
  },
});

/** A least-recently-used map bounded by the total length of its keys. */
class CostCache {
  private readonly entries = new Map<string, number | null>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}
  get(key: string): number | null | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  set(key: string, value: number | null): void {
    if (key.length > this.maxBytes / 16) return; // a key this long is not worth keeping
    if (this.entries.delete(key)) this.bytes -= key.length;
    this.entries.set(key, value);
    this.bytes += key.length;
    while (this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.bytes -= oldest.length;
    }
  }
  get size(): number {
    return this.entries.size;
  }
}

/** The cost of a document with its variables (list-aware), remembered in a cache bounded in bytes. */
function documentCost(schema: GraphQLSchema): (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => number | null {
  // The cost of a document depends only on the document and the numbers and booleans of its declared
  // variables (page sizes, @include/@skip). Apollo hands every request of the same query text the same
  // parsed DocumentNode, so the key is the document's number plus those values — never undeclared
  // variables, strings or lists — and the whole cache is bounded in bytes.
  const documentIds = new WeakMap<DocumentNode, { id: number; declared: Set<string> }>();
  let nextDocumentId = 0;
  const cache = new CostCache(COST_CACHE_BYTES);
  return (document, operationName, variables) => {
    let known = documentIds.get(document);
    if (!known) {
      const declared = new Set<string>();
      for (const definition of document.definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION) for (const v of definition.variableDefinitions ?? []) declared.add(v.variable.name.value);
      }
      documentIds.set(document, (known = { id: nextDocumentId++, declared }));
    }
    let key = `${known.id}\u0000${operationName ?? ""}`;
    for (const name of known.declared) {
      const value = variables[name];
      if (typeof value === "number" || typeof value === "boolean" || value === null) key += `\u0000${name}=${String(value)}`;
    }
    const remembered = cache.get(key);
    if (remembered !== undefined) return remembered;
    let cost: number | null;
    try {
      cost = getComplexity({ schema, query: document, operationName, variables, estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })] });
    } catch {
      // Variables that do not fit their types: execution refuses them as BAD_USER_INPUT before
      // any resolver (or Cypher) runs, so there is nothing to cost.
      cost = null;
    }
    cache.set(key, cost);
    return cost;
  };
}

/** Refuses (400 QUERY_TOO_COMPLEX) an operation whose cost is over LIMITS.maxCost. */
function costPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const costOf = documentCost(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = costOf(document, request.operationName ?? undefined, request.variables ?? {});
          if (cost !== null && cost > LIMITS.maxCost) {
            throw new GraphQLError(`query cost ${cost} is over the budget of ${LIMITS.maxCost}: ask for fewer items (smaller first/limit) or fewer nested lists`, {
              extensions: { code: ErrorCode.QueryTooComplex, cost, maxCost: LIMITS.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

// The request's deadline (set when it arrived, see http.ts) also stops the work done in Node: past
// it, every resolver still to run fails at once, and the answer is one QUERY_TIMEOUT. The check sits
// in the schema's own resolvers (the fields that do work: Cypher, loaders, mapping), not in an Apollo
// willResolveField hook: such a hook makes Apollo wrap every field of the schema, plain property
// reads included, which cost about a third of the execution of a 600-field answer (bench/PROFILE.md §11).
// Plain fields of data already fetched are completed without a check; the cost budget bounds them.
const DEADLINE_CHECKED = Symbol("deadline checked");

function checkDeadlineInResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as (GraphQLFieldResolver<unknown, unknown> & { [DEADLINE_CHECKED]?: true }) | undefined;
      if (!resolve || resolve[DEADLINE_CHECKED]) continue;
      const checked: GraphQLFieldResolver<unknown, unknown> & { [DEADLINE_CHECKED]?: true } = (source, args, context, info) => {
        const deadline = requestScope.getStore()?.deadline;
        if (deadline !== undefined && Date.now() > deadline) throw deadlinePassed();
        return resolve(source, args, context, info);
      };
      checked[DEADLINE_CHECKED] = true;
      field.resolve = checked;
    }
  }
}

const deadlinePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const first = response.body.singleResult.errors?.find((e) => e.extensions?.code === ErrorCode.QueryTimeout);
        if (!first) return;
        // One error instead of one per unresolved field.
        response.body.singleResult.errors = [first];
        response.body.singleResult.data = null;
      },
    };
  },
};

export function queryLimits(schema: GraphQLSchema, production: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  checkDeadlineInResolvers(schema);
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    maxTokens: { enabled: false }, // graphql-js's own parser limit (parseOptions) refuses earlier, as a 400
    costLimit: { enabled: false }, // replaced by the list-aware budget (costPlugin)
    blockFieldSuggestion: { enabled: production },
  }).protect();

  return {
    plugins: [...armor.plugins, costPlugin(schema), deadlinePlugin],
    validationRules: [repeatedFieldsRule, ...armor.validationRules],
  };
}

const deadlinePassed = () =>
  new GraphQLError("the request took longer than its deadline and was stopped: ask for less", { extensions: { code: ErrorCode.QueryTimeout } });

export { limitError };
