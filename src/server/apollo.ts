// Apollo Server for /graphql: production hides introspection, stack traces and "Did you mean …"
// suggestions; the query limits (./limits.ts) apply; every error carries the request id.
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { GraphQLContext } from "../graphql/context";
import { formatError, logRequestError, withoutSuggestions } from "../graphql/errors";
import { queryTally } from "../neo4j/database";
import { compiledExecution } from "./compiled-execution";
import { LIMITS, queryLimits } from "./limits";

/** Logs each failure with its request id, adds the id to each error, and (outside production) the Cypher count. */
function requestReport(production: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        // Full detail of failures goes to the log (with the request id), never to the client.
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) logRequestError(error, contextValue.requestId);
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          // Every error carries the request id, which is also in the server's log lines.
          for (const error of response.body.singleResult.errors ?? []) {
            const mutable = error as { extensions?: Record<string, unknown> };
            mutable.extensions = { ...mutable.extensions, requestId: contextValue.requestId };
          }
          // Outside production, responses say how many Cypher statements the request ran (N+1 guard).
          const tally = queryTally.getStore();
          if (production || !tally) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cypherQueries: tally.count };
        },
      };
    },
  };
}

export async function startApollo(schema: GraphQLSchema, production: boolean): Promise<ApolloServer<GraphQLContext>> {
  const limits = queryLimits(schema, production);
  const apollo = new ApolloServer<GraphQLContext>({
    // The schema, served with operations compiled by graphql-jit (./compiled-execution.ts).
    gateway: compiledExecution(schema),
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    // No "Did you mean …" (field, argument, type or enum value names) in production errors.
    hideSchemaDetailsFromClientErrors: production,
    validationOptions: { hideSuggestions: production },
    allowBatchedHttpRequests: false,
    // The server's own drain (./drain.ts, called by src/index.ts on SIGTERM/SIGINT) is the only
    // signal handling: Apollo's would stop Apollo first and turn in-flight requests into 500s.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    formatError: production ? (formatted, error) => withoutSuggestions(formatError(formatted, error)) : formatError,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [
      // No cache hints are used; Apollo's default cache-control plugin would otherwise wrap every
      // field resolver of the schema with a per-field hook (bench/PROFILE.md §9).
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads its editor and fonts from CDNs; browsers get the bundled
      // GraphiQL instead (./web.ts), or nothing when GRAPHQL_IDE=false.
      ApolloServerPluginLandingPageDisabled(),
      ...limits.plugins,
      requestReport(production),
    ],
  });
  await apollo.start();
  return apollo;
}
