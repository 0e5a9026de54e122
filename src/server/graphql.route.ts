// The /graphql route: CORS for listed origins, the GraphiQL page for browsers (GET), then for
// operations the overload gate, the JSON body and its shape check, and Apollo with the request context.
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import type { Config } from "../config/config";
import type { CurationService } from "../curation/curation.service";
import type { GraphQLContext } from "../graphql/context";
import { ErrorCode } from "../graphql/errors";
import { createLoaders } from "../graphql/loaders";
import type { Repositories } from "../repositories";
import { Authenticator } from "./auth";
import { checkBodyShape, LIMITS } from "./limits";
import { overloadGate } from "./overload";
import { graphqlIdePage } from "./web";

export interface GraphQLRouteDeps {
  config: Pick<Config, "apiKeys" | "corsOrigins" | "graphqlIde"> & Partial<Pick<Config, "maxConcurrentRequests" | "maxQueuedRequests" | "queueTimeoutMs">>;
  apollo: ApolloServer<GraphQLContext>;
  repos: Repositories;
  curation: CurationService;
  webDir: string;
}

// CORS only for the origins an operator lists (CORS_ORIGINS); none by default, so browsers keep
// pages of other origins out. Apollo's CSRF prevention stays on either way: a cross-origin request
// must still be a JSON POST or carry a non-simple header, which forces a preflight.
const corsFor = (origins: readonly string[]) =>
  cors({
    origin: [...origins],
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["content-type", "authorization", "x-request-id", "apollo-require-preflight", "x-apollo-operation-name"],
    exposedHeaders: ["x-request-id"],
    maxAge: 600,
  });

// Before anything walks the variables (Apollo, the cost analysis, the resolvers).
const bodyShape: express.RequestHandler = (req, res, next) => {
  const problem = checkBodyShape(req.body);
  if (!problem) return next();
  res.status(400).json({ errors: [{ message: problem, extensions: { code: ErrorCode.BadRequest, requestId: res.locals.requestId } }] });
};

export function mountGraphQL(app: express.Express, { config, apollo, repos, curation, webDir }: GraphQLRouteDeps): void {
  const authenticator = new Authenticator(config.apiKeys);
  const gate = overloadGate({
    maxConcurrent: config.maxConcurrentRequests ?? 4,
    maxQueued: config.maxQueuedRequests ?? 64,
    queueTimeoutMs: config.queueTimeoutMs ?? 5_000,
  });
  if (config.corsOrigins.length > 0) app.use("/graphql", corsFor(config.corsOrigins));
  app.get("/graphql", graphqlIdePage({ webDir, enabled: config.graphqlIde }));
  app.use(
    "/graphql",
    gate.middleware,
    express.json({ limit: LIMITS.maxBodyBytes }),
    bodyShape,
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
}
