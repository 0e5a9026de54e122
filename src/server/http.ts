// The HTTP server: GraphQL at /graphql (Apollo Server 5 on Express 5, ./graphql.route.ts), /health
// (200 only when Neo4j answers, ./health.ts), the exports and the web app. Each request gets an id
// (./request-id.ts) and an access log line (./access-log.ts); stop() drains (./drain.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config/config";
import type { CurationService } from "../curation/curation.service";
import { log } from "../logger";
import type { Database } from "../neo4j/database";
import type { Repositories } from "../repositories";
import { accessLog } from "./access-log";
import { startApollo } from "./apollo";
import { drainOnStop } from "./drain";
import { errorHandler } from "./error-handler";
import { mountExportRoutes } from "./export.routes";
import { mountGraphQL } from "./graphql.route";
import { healthRoute } from "./health";
import { requestId } from "./request-id";
import { DEFAULT_WEB_DIR, explorer } from "./web";

export interface HttpServer {
  url: string;
  port: number;
  /** Stops accepting connections, answers every request already accepted, then resolves. */
  stop(): Promise<void>;
}

export interface ServerDeps {
  config: Pick<Config, "env" | "host" | "port" | "apiKeys" | "corsOrigins" | "graphqlIde"> &
    Partial<Pick<Config, "logLevel" | "requestTimeoutMs" | "maxConcurrentRequests" | "maxQueuedRequests" | "queueTimeoutMs">>;
  db: Database;
  repos: Repositories;
  curation: CurationService;
  schema: GraphQLSchema;
  /** The built web app (default web/dist). */
  webDir?: string;
}

async function listen(httpServer: http.Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  return `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
}

export async function startHttpServer({ config, db, repos, curation, schema, webDir = DEFAULT_WEB_DIR }: ServerDeps): Promise<HttpServer> {
  const app = express();
  app.disable("x-powered-by");
  // GraphQL answers POSTs: an ETag (a hash of every response body) would never be used.
  app.set("etag", false);
  const httpServer = http.createServer(app);
  const apollo = await startApollo(schema, config.env === "production");
  const drain = drainOnStop(httpServer);

  app.use(drain.middleware, requestId(config.requestTimeoutMs), accessLog(config.logLevel));
  app.get("/health", healthRoute(db, drain.draining));
  mountGraphQL(app, { config, apollo, repos, curation, webDir });
  mountExportRoutes(app, db);
  app.use(explorer({ webDir, graphqlIde: config.graphqlIde }));
  app.use(errorHandler());

  const url = await listen(httpServer, config.port, config.host);
  log.info("GraphQL API ready", {
    explorer: `${url}/`,
    graphql: `${url}/graphql`,
    ide: config.graphqlIde ? `${url}/graphql (in a browser)` : "off",
    health: `${url}/health`,
  });
  return {
    url,
    port: (httpServer.address() as AddressInfo).port,
    stop: async () => {
      await drain.stop();
      await apollo.stop();
    },
  };
}
