// Target (a), the floor: the API's own Cypher files (loaded with cypher(name), the same text the API
// sends) run through neo4j-driver with the same parameters, the same session settings (database,
// read access, auto-commit transaction, transaction timeout) and the same statement sequence per request, behind
// a bare node:http endpoint so that autocannon measures it over HTTP exactly like the other two
// targets. No GraphQL, no Express, no mapping: the records go out as JSON.
import http from "node:http";
import type { AddressInfo } from "node:net";
import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../../src/neo4j/cypher-files";
import { toParams } from "../../src/neo4j/database";

export type Row = Record<string, unknown>;

/** Runs one named statement like Database.read does (driver only: no tally, no value conversion). */
export type RunStatement = (name: string, params: Record<string, unknown>) => Promise<Row[]>;

export function statementRunner(driver: Driver, database: string, timeoutMs: number, textOf: (name: string) => string = (name) => cypher(name).text, app = "bench-raw"): RunStatement {
  return async (name, params) => {
    const text = textOf(name);
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      // As Database.read: an auto-commit transaction (one round trip).
      const result = await session.run(text, toParams(params) as Record<string, unknown>, {
        timeout: timeoutMs,
        metadata: { app, query: name },
      });
      return result.records.map((record) => record.toObject() as Row);
    } finally {
      await session.close();
    }
  };
}

/** A raw handler: the statements one request of a job runs, given the request body. */
export type RawHandler = (run: RunStatement, body: Record<string, unknown>) => Promise<unknown>;

export interface RawServer {
  url: string;
  stop(): Promise<void>;
}

/** POST /<job> with the job's parameters as JSON → the rows as JSON. */
export async function startRawServer(run: RunStatement, handlers: Record<string, RawHandler>): Promise<RawServer> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const handler = handlers[(req.url ?? "").replace(/^\//, "")];
      if (req.method !== "POST" || !handler) {
        res.writeHead(404, { "content-type": "application/json" }).end('{"errors":[{"message":"no such job"}]}');
        return;
      }
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        res.writeHead(400, { "content-type": "application/json" }).end('{"errors":[{"message":"bad JSON"}]}');
        return;
      }
      handler(run, body).then(
        (data) => {
          const text = JSON.stringify({ data });
          res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) }).end(text);
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message }] }));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
