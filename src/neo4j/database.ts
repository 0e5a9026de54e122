// The one boundary to Neo4j: a single driver, read/write helpers that run named statements from
// cypher/ with the configured database, timeout and transaction metadata, and conversion of driver
// values to plain JavaScript so nothing above this file sees driver types.
import { AsyncLocalStorage } from "node:async_hooks";
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Transaction } from "neo4j-driver";
import type { Config } from "../config/config";
import { log } from "../logger";
import { cypher } from "./cypher-files";
import { classify, DatabaseError, describeConnectionFailure } from "./errors";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/**
 * Per-request bookkeeping: how many statements a request sent (used to prove there is no N+1), and
 * the request's deadline (epoch ms), which every statement it sends must finish within.
 */
export interface QueryTally {
  count: number;
  names: string[];
  deadline?: number;
}
export const queryTally = new AsyncLocalStorage<QueryTally>();
/** The same store, by the name of what it is for the deadline. */
export const requestScope = queryTally;

/**
 * How much longer than its transaction timeout a statement may take before the server is taken for
 * hung (frozen process, silent network partition): Neo4j stops a transaction itself at the timeout, so
 * no answer by then plus this grace (2 s and a quarter of the timeout: a busy server is late in
 * stopping one) means nobody is answering.
 */
export function hungAfterMs(txTimeoutMs: number): number {
  return txTimeoutMs + 2_000 + Math.round(txTimeoutMs / 4);
}

export interface ConnectionSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
}

type Tunables = Pick<Config, "txTimeoutMs" | "connectTimeoutMs" | "maxRetryMs" | "logCypher"> & Partial<Pick<Config, "healthTimeoutMs">>;

export class Database {
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;

  constructor(
    connection: ConnectionSettings,
    private readonly tunables: Tunables,
  ) {
    this.uri = connection.uri;
    this.database = connection.database;
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
      maxConnectionPoolSize: 64,
      connectionTimeout: tunables.connectTimeoutMs,
      connectionAcquisitionTimeout: tunables.connectTimeoutMs,
      maxTransactionRetryTime: tunables.maxRetryMs,
      disableLosslessIntegers: true,
      userAgent: "eu-japan-sti-graph/0.1",
    });
  }

  /** Checks that the server answers and accepts the credentials; throws a one-line, user-facing error. */
  async verify(): Promise<void> {
    try {
      const accepted = await deadline(this.driver.verifyAuthentication({ database: this.database }), this.tunables.connectTimeoutMs + 1000, () => undefined);
      if (!accepted) throw Object.assign(new Error("authentication failed"), { code: "Neo.ClientError.Security.Unauthorized" });
      await this.run("read", "queries/health/ping", {});
    } catch (error) {
      throw new Error(describeConnectionFailure(error, this.uri));
    }
  }

  /** True when Neo4j answers a trivial query within the health timeout (NEO4J_HEALTH_TIMEOUT_MS). */
  async ping(): Promise<boolean> {
    try {
      await this.run("read", "queries/health/ping", {}, this.tunables.healthTimeoutMs ?? 1_000);
      return true;
    } catch {
      return false;
    }
  }

  /** Runs the named read statement and returns its rows as plain objects. */
  read(name: string, params: Params = {}): Promise<Row[]> {
    return this.run("read", name, params);
  }

  /** Runs the named write statement in its own transaction and returns its rows. */
  write(name: string, params: Params = {}): Promise<Row[]> {
    return this.run("write", name, params);
  }

  /**
   * Runs a named write statement that commits in batches of its own (`CALL { … } IN TRANSACTIONS`),
   * which Neo4j allows only in an auto-commit transaction: no retry, no deadline but Neo4j's. For
   * maintenance over the whole graph (the bulk import's last step), never for requests.
   */
  async writeBatched(name: string, params: Params = {}): Promise<Row[]> {
    const statement = cypher(name);
    if (this.tunables.logCypher) log.debug("cypher", { query: name, params });
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.run(statement.text, toParams(params) as Params, { metadata: { app: "eu-japan-sti-graph", query: name } });
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw error instanceof Error && !(error as { code?: string }).code ? error : classify(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` in one explicit write transaction that is committed only if `work` resolves, and is
   * never retried (callers such as the seed loader want exactly-once, all-or-nothing semantics).
   * `timeoutMs` overrides the default transaction timeout (0 = the server's own limit).
   */
  async inTransaction<T>(work: (tx: UnitOfWork) => Promise<T>, options: { timeoutMs?: number; name?: string } = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    const timeout = options.timeoutMs ?? this.tunables.txTimeoutMs;
    let tx: Transaction | undefined;
    let hung = false;
    try {
      tx = session.beginTransaction({ timeout, metadata: { app: "eu-japan-sti-graph", query: options.name ?? "transaction" } });
      const open = tx;
      const committed = (async () => {
        const result = await work(new UnitOfWork(open, this.tunables.logCypher));
        await open.commit();
        return result;
      })();
      // With a timeout (every curated change), no answer within it plus the grace means a hung server.
      return timeout > 0 ? await deadline(committed, hungAfterMs(timeout), () => (hung = true)) : await committed;
    } catch (error) {
      if (hung) {
        void tx?.rollback().catch(() => undefined);
        void session.close().catch(() => undefined);
      } else if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
      throw error instanceof Error && !(error as { code?: string }).code ? error : classify(error);
    } finally {
      if (!hung) await session.close();
    }
  }

  /**
   * Every statement has a deadline: Neo4j's transaction timeout, cut to what is left of the request's
   * deadline, and on the client side hungAfterMs(that timeout) (or `limitMs`), after which the
   * call fails whatever the server does (SERVICE_UNAVAILABLE when the server is hung, QUERY_TIMEOUT
   * when the request's own deadline ran out).
   */
  private async run(mode: "read" | "write", name: string, params: Params, limitMs?: number): Promise<Row[]> {
    const statement = cypher(name);
    const tally = queryTally.getStore();
    if (tally) {
      tally.count++;
      tally.names.push(name);
    }
    if (this.tunables.logCypher) log.debug("cypher", { query: name, params });
    const started = Date.now();
    const requestLeft = tally?.deadline === undefined ? Infinity : tally.deadline - started;
    if (requestLeft <= 0) throw new DatabaseError("timeout", "the query took too long and was stopped");
    const hungAfter = limitMs ?? hungAfterMs(this.tunables.txTimeoutMs);
    const requestBinds = requestLeft < hungAfter;
    const callLimit = Math.min(hungAfter, requestLeft);
    const txTimeout = Math.max(1, Math.min(this.tunables.txTimeoutMs, Math.floor(requestLeft)));
    const config = { timeout: txTimeout, metadata: { app: "eu-japan-sti-graph", query: name } };
    const driverParams = toParams(params) as Params;
    const callEnds = started + callLimit;
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: mode === "read" ? neo4j.session.READ : neo4j.session.WRITE,
      });
      let hung = false;
      try {
        // A read is one statement: an auto-commit transaction sends RUN and PULL together, one round
        // trip, where a managed transaction takes three (BEGIN, RUN+PULL, COMMIT): about 0.4 ms less
        // per statement on loopback (bench/PROFILE.md §9). Its retry is the loop below.
        const pending: Promise<QueryResult> =
          mode === "read"
            ? session.run(statement.text, driverParams, config)
            : session.executeWrite((tx: ManagedTransaction) => tx.run(statement.text, driverParams), config);
        const result = await deadline(pending, callEnds - Date.now(), () => (hung = true));
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      } catch (error) {
        if (hung) {
          closeInBackground(session);
          throw requestBinds
            ? new DatabaseError("timeout", "the query took too long and was stopped", error)
            : new DatabaseError("unavailable", "the graph database is not reachable", error);
        }
        // Reads are retried like the driver retries managed transactions (a lost connection, a
        // leader switch, a transient error), within the same NEO4J_MAX_RETRY_MS window.
        const delay = Math.min(100 * 2 ** (attempt - 1), 1_000);
        if (mode === "read" && neo4j.isRetryableError(error) && Date.now() - started + delay < Math.min(this.tunables.maxRetryMs, callLimit)) {
          await new Promise((resolve) => setTimeout(resolve, delay));
          continue;
        }
        throw classify(error);
      } finally {
        if (!hung) await session.close();
      }
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

/** Statements run inside an explicit transaction (see Database.inTransaction). */
export class UnitOfWork {
  /** What the transaction's statements changed so far (from the server's update statistics). */
  readonly counters: WriteCounters = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    labelsRemoved: 0,
  };

  constructor(
    private readonly tx: Transaction,
    private readonly logCypher: boolean,
  ) {}

  async run(name: string, params: Params = {}): Promise<Row[]> {
    const statement = cypher(name);
    if (this.logCypher) log.debug("cypher", { query: name, params: Object.keys(params) });
    const tally = queryTally.getStore();
    if (tally) {
      tally.count++;
      tally.names.push(name);
    }
    const result = await this.tx.run(statement.text, toParams(params) as Params);
    const updates = result.summary.counters.updates();
    for (const key of Object.keys(this.counters) as Array<keyof WriteCounters>) this.counters[key] += updates[key] ?? 0;
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}

/**
 * Parameters for the driver: JavaScript numbers that are whole become Neo4j integers (the driver would
 * send them as floats, which LIMIT, SKIP, list slices and integer properties refuse or store wrongly).
 */
export function toParams(value: unknown): unknown {
  if (typeof value === "number") return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toParams(inner);
    return out;
  }
  return value;
}

/** Driver values (integers, temporals, nodes, relationships) to plain JSON-friendly values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  // Lists and maps from the driver are fresh plain objects: converted in place, no copy (this runs
  // over every value of every record, so it is on the hot path of every request).
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain({ ...value.properties });
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
  return out;
}

/** A session whose statement never answered: closed in the background (closing may wait for the server too). */
function closeInBackground(session: { close(): Promise<void> }): void {
  void session.close().catch(() => undefined);
}

/** `promise`, or a rejection after `ms` (calling `onExpiry` first) when it has not settled by then. */
function deadline<T>(promise: Promise<T>, ms: number, onExpiry: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onExpiry();
      promise.catch(() => undefined);
      reject(Object.assign(new Error(`no answer within ${Math.max(0, Math.round(ms))} ms`), { code: "ServiceUnavailable" }));
    }, Math.max(0, ms));
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
