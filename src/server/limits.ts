// Limits on hostile queries, all enforced before execution (so no Cypher runs for a refused query):
// depth, aliases and directives (GraphQL Armor), tokens (graphql-js's parser), and a cost budget in which a list field
// multiplies the cost of what it contains by its page size (`first` / `limit` / `maxNodes`).
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type GraphQLSchema, type ValidationRule } from "graphql";
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

  const costPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables ?? {},
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit their types: execution refuses them as BAD_USER_INPUT before
            // any resolver (or Cypher) runs, so there is nothing to cost.
            return;
          }
          if (cost > LIMITS.maxCost) {
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
