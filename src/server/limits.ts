// Limits on hostile queries, all enforced before execution (so no Cypher runs for a refused query):
// depth, aliases and directives (GraphQL Armor), tokens (graphql-js's parser), and a cost budget in which a list field
// multiplies the cost of what it contains by its page size (`first` / `limit` / `maxNodes`).
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationRule } from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { ErrorCode } from "../graphql/errors";

export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 20_000,
  maxBodyBytes: 100 * 1024,
} as const;

/** Costs remembered per parsed document (oldest forgotten first): bounds the memory a client can fill. */
const COST_CACHE_PER_DOCUMENT = 1_000;

/** A list's size multiplies its children: `timeline(first: 100) { relations(first: 100) }` costs 10,000+. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = [args.first, args.limit, args.maxNodes].find((value) => typeof value === "number") as number | undefined;
  return size === undefined ? undefined : 1 + size * Math.max(childComplexity, 1);
};

export function queryLimits(schema: GraphQLSchema, production: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    maxTokens: { enabled: false }, // graphql-js's own parser limit (parseOptions) refuses earlier, as a 400
    costLimit: { enabled: false }, // replaced by the page-size-aware budget below
    blockFieldSuggestion: { enabled: production },
  }).protect();

  // The cost of a document depends only on the document and the variables' numbers and booleans (page
  // sizes, @include/@skip): a string variable (an id, a date, a search text, an enum value) never
  // changes it. Apollo hands every request of the same query text the same parsed DocumentNode (its
  // document cache), so the cost is computed once per document and shape of variables, not on every
  // request (it walks the whole document with type information: about 0.3 ms a request for the
  // who-met query, bench/PROFILE.md §9).
  const costs = new WeakMap<DocumentNode, Map<string, number | null>>();
  const costOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number | null => {
    let byVariables = costs.get(document);
    if (!byVariables) costs.set(document, (byVariables = new Map()));
    const key = `${operationName ?? ""}\u0000${JSON.stringify(variables, (_name, value: unknown) => (typeof value === "string" ? "" : value))}`;
    const known = byVariables.get(key);
    if (known !== undefined) return known;
    let cost: number | null;
    try {
      cost = getComplexity({
        schema,
        query: document,
        operationName,
        variables,
        estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch {
      // Variables that do not fit their types: execution refuses them as BAD_USER_INPUT before
      // any resolver (or Cypher) runs, so there is nothing to cost.
      cost = null;
    }
    if (byVariables.size >= COST_CACHE_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value as string);
    byVariables.set(key, cost);
    return cost;
  };

  const costPlugin: ApolloServerPlugin = {
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
  return { plugins: [...armor.plugins, costPlugin], validationRules: armor.validationRules };
}
