// Each request gets an id: the caller's x-request-id when it is a plain token, otherwise a new UUID.
// It is sent back as x-request-id, is the requestId of the access log line and of every GraphQL
// error, and the request runs with its own Cypher tally (count and deadline, ../neo4j/database.ts).
import { randomUUID } from "node:crypto";
import type express from "express";
import { queryTally, type QueryTally } from "../neo4j/database";

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export function requestId(requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): express.RequestHandler {
  return (req, res, next) => {
    const incoming = req.header("x-request-id");
    const id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    // pino-http takes req.id as the access log's requestId.
    (req as { id?: string }).id = id;
    res.locals.requestId = id;
    res.setHeader("x-request-id", id);
    const tally: QueryTally = { count: 0, names: [], deadline: Date.now() + requestTimeoutMs };
    queryTally.run(tally, () => next());
  };
}
