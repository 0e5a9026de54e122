// The HTTP server: GraphQL at /graphql (Apollo Server 5 on Express 5) and /health, which answers 200
// only when Neo4j answers. Each request gets an id (x-request-id) and a Cypher tally.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config/config";
import type { GraphQLContext } from "../graphql/context";
import { formatError } from "../graphql/errors";
import { createLoaders } from "../graphql/loaders";
import { log } from "../logger";
import { queryTally, type Database, type QueryTally } from "../neo4j/database";
import type { Repositories } from "../repositories";

export interface HttpServer {
  url: string;
  port: number;
  /** Stops accepting requests, lets in-flight ones finish, then resolves. */
  stop(): Promise<void>;
}

export interface ServerDeps {
  config: Pick<Config, "env" | "host" | "port">;
  db: Database;
  repos: Repositories;
  schema: GraphQLSchema;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function startHttpServer({ config, db, repos, schema }: ServerDeps): Promise<HttpServer> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const production = config.env === "production";

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        // Outside production, responses say how many Cypher statements the request ran (N+1 guard).
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const tally = queryTally.getStore();
              if (production || !tally || response.body.kind !== "single") return;
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

  app.use((req, res, next) => {
    const incoming = req.header("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    const tally: QueryTally = { count: 0, names: [] };
    queryTally.run(tally, () => next());
  });

  app.get("/health", async (_req, res) => {
    const up = await db.ping();
    res.status(up ? 200 : 503).json({ status: up ? "ok" : "unavailable", neo4j: up ? "up" : "down" });
  });

  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({ repos, loaders: createLoaders(repos), requestId: String(res.locals.requestId) }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  log.info("GraphQL API ready", { graphql: `${url}/graphql`, health: `${url}/health` });

  return {
    url,
    port,
    stop: async () => {
      await apollo.stop();
    },
  };
}
