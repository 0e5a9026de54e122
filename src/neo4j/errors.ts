// Neo4j driver errors mapped, in one place, to the few failures the rest of the service reasons about.
// Messages here are safe to show a user: they never contain Cypher, parameters or Neo4j's own codes.
import { Neo4jError } from "neo4j-driver";

export type DatabaseFailure = "unavailable" | "unauthorized" | "timeout" | "constraint" | "database-not-found" | "unknown";

export class DatabaseError extends Error {
  override name = "DatabaseError";
  constructor(
    readonly failure: DatabaseFailure,
    message: string,
    /** The driver's error, kept for the log only. */
    readonly original?: unknown,
  ) {
    super(message);
  }
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

export function classify(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = error instanceof Neo4jError ? error.code : (error as { code?: string })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code && UNAVAILABLE.has(code)) {
    return new DatabaseError("unavailable", "the graph database is not reachable", error);
  }
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new DatabaseError("unauthorized", "the graph database refused the username or password", error);
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new DatabaseError("database-not-found", "the configured Neo4j database does not exist", error);
  }
  // No connection within the connect timeout: nobody is answering (stopped, frozen or saturated).
  if (/Connection acquisition timed out|Failed to connect/i.test(message)) {
    return new DatabaseError("unavailable", "the graph database is not reachable", error);
  }
  if (
    code === "Neo.ClientError.Transaction.TransactionTimedOut" ||
    code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" ||
    /timed out|timeout/i.test(message) && /acquisition|transaction/i.test(message)
  ) {
    return new DatabaseError("timeout", "the query took too long and was stopped", error);
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new DatabaseError("constraint", "the change conflicts with existing data", error);
  }
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|Failed to connect|Connection acquisition timed out/i.test(message)) {
    return new DatabaseError("unavailable", "the graph database is not reachable", error);
  }
  return new DatabaseError("unknown", "the graph database failed", error);
}

/** One-line description of a connection failure for start-up messages (may include the driver's text). */
export function describeConnectionFailure(error: unknown, uri: string): string {
  const classified = classify(error);
  const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
  switch (classified.failure) {
    case "unauthorized":
      return `Neo4j at ${uri} refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD)`;
    case "unavailable":
      return `cannot reach Neo4j at ${uri} (check NEO4J_URI; is the server running?): ${detail}`;
    case "database-not-found":
      return `Neo4j at ${uri} has no such database (check NEO4J_DATABASE): ${detail}`;
    default:
      return `Neo4j at ${uri} failed: ${detail}`;
  }
}
