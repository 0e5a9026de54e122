// The HTTP server: GraphQL at /graphql (Apollo Server 5 on Express 5) and /health, which answers 200
// only when Neo4j answers. Each request gets an id (x-request-id) and a Cypher tally.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config/config";
import type { GraphQLContext } from "../graphql/context";
import { ErrorCode, formatError, logRequestError, withoutSuggestions } from "../graphql/errors";
import { createLoaders } from "../graphql/loaders";
import { log } from "../logger";
import { queryTally, type Database, type QueryTally } from "../neo4j/database";
import type { CurationService } from "../curation/curation.service";
import { Authenticator } from "./auth";
import { mountExportRoutes } from "./export.routes";
import { checkBodyShape, LIMITS, queryLimits } from "./limits";
import { neo4jHealth } from "./health";
import { overloadGate } from "./overload";
import { DEFAULT_WEB_DIR, explorer, graphqlIdePage } from "./web";
import type { Repositories } from "../repositories";

export interface HttpServer {
  url: string;
  port: number;
  /** Stops accepting connections, answers every request already accepted, then resolves. */
  stop(): Promise<void>;
}

export interface ServerDeps {
  config: Pick<Config, "env" | "host" | "port" | "apiKeys" | "corsOrigins" | "graphqlIde"> &
    Partial<Pick<Config, "requestTimeoutMs" | "maxConcurrentRequests" | "maxQueuedRequests" | "queueTimeoutMs">>;
  db: Database;
  repos: Repositories;
  curation: CurationService;
  schema: GraphQLSchema;
  /** The built web app (default web/dist). */
  webDir?: string;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const DRAIN_NOTICE_MS = 1_000;
const DRAIN_TIMEOUT_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startHttpServer({ config, db, repos, curation, schema, webDir = DEFAULT_WEB_DIR }: ServerDeps): Promise<HttpServer> {
  const authenticator = new Authenticator(config.apiKeys);
  const app = express();
  app.disable("x-powered-by");
  // GraphQL answers POSTs: an ETag (a hash of every response body) would never be used.
  app.set("etag", false);
  const httpServer = http.createServer(app);
  const production = config.env === "production";

  const limits = queryLimits(schema, production);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    // No "Did you mean …" (field, argument, type or enum value names) in production errors.
    hideSchemaDetailsFromClientErrors: production,
    validationOptions: { hideSuggestions: production },
    allowBatchedHttpRequests: false,
    // The server's own drain (stop() below, called by src/index.ts on SIGTERM/SIGINT) is the only
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
      {
        // Outside production, responses say how many Cypher statements the request ran (N+1 guard).
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
              const tally = queryTally.getStore();
              if (production || !tally) return;
              response.body.singleResult.extensions = {
                ...response.body.singleResult.extensions,
                cypherQueries: tally.count,
              };
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  // Graceful shutdown bookkeeping: requests in flight, and whether we are draining.
  let inFlight = 0;
  let accepted = 0;
  let answered = 0;
  let draining = false;
  app.use((_req, res, next) => {
    inFlight++;
    accepted++;
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        inFlight--;
        if (res.writableFinished) answered++;
      }
    };
    res.once("finish", finish);
    res.once("close", finish);
    if (draining) res.setHeader("connection", "close");
    next();
  });

  app.use((req, res, next) => {
    const incoming = req.header("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    const tally: QueryTally = { count: 0, names: [], deadline: Date.now() + (config.requestTimeoutMs ?? 30_000) };
    queryTally.run(tally, () => next());
  });

  const neo4jUp = neo4jHealth(db);
  app.get("/health", async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: "draining", neo4j: "unknown" });
      return;
    }
    const up = await neo4jUp();
    res.status(up ? 200 : 503).json({ status: up ? "ok" : "unavailable", neo4j: up ? "up" : "down" });
  });

  const gate = overloadGate({
    maxConcurrent: config.maxConcurrentRequests ?? 4,
    maxQueued: config.maxQueuedRequests ?? 64,
    queueTimeoutMs: config.queueTimeoutMs ?? 5_000,
  });
  // CORS only for the origins an operator lists (CORS_ORIGINS); none by default, so browsers keep
  // pages of other origins out. Apollo's CSRF prevention stays on either way: a cross-origin request
  // must still be a JSON POST or carry a non-simple header, which forces a preflight.
  const corsOrigins = config.corsOrigins;
  if (corsOrigins.length > 0) {
    app.use(
      "/graphql",
      cors({
        origin: [...corsOrigins],
        methods: ["GET", "POST", "OPTIONS"],
        allowedHeaders: ["content-type", "authorization", "x-request-id", "apollo-require-preflight", "x-apollo-operation-name"],
        exposedHeaders: ["x-request-id"],
        maxAge: 600,
      }),
    );
  }

  app.get("/graphql", graphqlIdePage({ webDir, enabled: config.graphqlIde }));
  app.use(
    "/graphql",
    gate.middleware,
    express.json({ limit: LIMITS.maxBodyBytes }),
    (req, res, next) => {
      // Before anything walks the variables (Apollo, the cost analysis, the resolvers).
      const problem = checkBodyShape(req.body);
      if (!problem) return next();
      res.status(400).json({ errors: [{ message: problem, extensions: { code: ErrorCode.BadRequest, requestId: res.locals.requestId } }] });
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        repos,
        curation,
        loaders: createLoaders(repos),
        requestId: String(res.locals.requestId),
        actor: authenticator.actorFor(req.header("authorization")),
      }),
    }),
  );

  mountExportRoutes(app, db);
  app.use(explorer({ webDir, graphqlIde: config.graphqlIde }));

  // Body-parser failures (too large, not JSON) as GraphQL-shaped JSON errors, never an HTML stack.
  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    const code =
      error.type === "entity.too.large" ? "PAYLOAD_TOO_LARGE" : status >= 400 && status < 500 ? ErrorCode.BadRequest : ErrorCode.Internal;
    const message =
      code === "PAYLOAD_TOO_LARGE"
        ? `request body is larger than ${LIMITS.maxBodyBytes} bytes`
        : code === ErrorCode.BadRequest
          ? "request body is not valid JSON"
          : "internal error";
    if (code === ErrorCode.Internal) log.error("unexpected HTTP error", { requestId: res.locals.requestId, error: String(error) });
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  log.info("GraphQL API ready", {
    explorer: `${url}/`,
    graphql: `${url}/graphql`,
    ide: config.graphqlIde ? `${url}/graphql (in a browser)` : "off",
    health: `${url}/health`,
  });

  return {
    url,
    port,
    stop: async () => {
      // 1. Say we are going (/health 503, responses close their connection) while still accepting
      //    for a moment, so a load balancer stops sending before the listener closes.
      draining = true;
      await sleep(DRAIN_NOTICE_MS);
      // 2. Stop accepting, let every request in flight finish, then close what is left.
      httpServer.close();
      await sleep(100);
      httpServer.closeIdleConnections();
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      while (inFlight > 0 && Date.now() < deadline) await sleep(25);
      const cut = inFlight;
      httpServer.closeAllConnections();
      log.info("HTTP server drained", { accepted, answered, cut });
      await apollo.stop();
    },
  };
}
