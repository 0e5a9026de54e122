// /health's view of Neo4j: one probe at a time (however many callers), its answer reused for
// FRESH_MS, and a caller never waits longer than the probe's own deadline (NEO4J_HEALTH_TIMEOUT_MS).
// So /health answers fast even when GraphQL keeps Neo4j busy, and says 503 within the deadline when
// Neo4j does not answer (down or frozen).
import type { Database } from "../neo4j/database";

const FRESH_MS = 1_000;

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
    if (last && Date.now() - last.at < FRESH_MS) {
      if (Date.now() - last.at > FRESH_MS / 2) void start(); // refresh ahead of need
      return last.up;
    }
    return start();
  };
}
