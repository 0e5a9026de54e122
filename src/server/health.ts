// /health's view of Neo4j: one probe at a time (however many callers), run again once its answer is
// FRESH_MS old. A caller gets the last answer at once while it is younger than STALE_MS (the probe
// refreshing it in the background) and otherwise waits for the probe, which has its own deadline
// (NEO4J_HEALTH_TIMEOUT_MS). So /health answers without waiting on Neo4j while GraphQL keeps Neo4j
// busy, and says 503 within the deadline when Neo4j does not answer (down or frozen).
import type express from "express";
import type { Database } from "../neo4j/database";

const FRESH_MS = 500;
const STALE_MS = 2_000;

export function neo4jHealth(db: Pick<Database, "ping">): () => Promise<boolean> {
  let last: { up: boolean; at: number } | undefined;
  let probe: Promise<boolean> | undefined;
  const start = () =>
    (probe ??= db
      .ping()
      .then((up) => {
        last = { up, at: Date.now() };
        return up;
      })
      .finally(() => (probe = undefined)));
  return async () => {
    const age = last ? Date.now() - last.at : Infinity;
    if (age < STALE_MS) {
      if (age >= FRESH_MS) void start();
      return last!.up;
    }
    return start();
  };
}

/** GET /health: 200 while Neo4j answers; 503 when it does not, and while the server is draining. */
export function healthRoute(db: Pick<Database, "ping">, draining: () => boolean): express.RequestHandler {
  const neo4jUp = neo4jHealth(db);
  return async (_req, res) => {
    if (draining()) {
      res.status(503).json({ status: "draining", neo4j: "unknown" });
      return;
    }
    const up = await neo4jUp();
    res.status(up ? 200 : 503).json({ status: up ? "ok" : "unavailable", neo4j: up ? "up" : "down" });
  };
}
