// The environment, read and validated once. Everything else takes a Config; nothing else reads
// process.env. A bad value stops the program with a message naming the variable.
import path from "node:path";

export interface Neo4jConnection {
  /** neo4j://, neo4j+s://, bolt:// … set for an external server; undefined means "start embedded". */
  uri: string | undefined;
  username: string;
  /** undefined for embedded without NEO4J_PASSWORD: the launcher generates and stores one. */
  password: string | undefined;
  database: string;
}

export interface EmbeddedSettings {
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** Extra JVM options, after the project's own, for Neo4j and for the bulk load's neo4j-admin (tests give short-lived instances a cheaper JIT). */
  javaOptions?: readonly string[];
}

export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  neo4j: Neo4jConnection;
  embedded: EmbeddedSettings;
  /** Server-side timeout of every transaction the service runs. */
  txTimeoutMs: number;
  /** How long the driver may wait for a connection (connect + acquire) before failing. */
  connectTimeoutMs: number;
  /** How long the driver may retry a transaction on transient errors. */
  maxRetryMs: number;
  /** How long /health waits for Neo4j before answering 503. */
  healthTimeoutMs: number;
  /** Deadline of one GraphQL request from its arrival (queueing, Cypher and resolver work). */
  requestTimeoutMs: number;
  /** GraphQL requests executed at once; more wait in a queue. */
  maxConcurrentRequests: number;
  /** GraphQL requests that may wait; beyond, HTTP 503 with Retry-After at once. */
  maxQueuedRequests: number;
  /** How long a request may wait in the queue before HTTP 503. */
  queueTimeoutMs: number;
  seedDir: string;
  seedOnStart: boolean;
  /** Seeds with more records than this are loaded staged (see src/seed/loader.ts); default from NEO4J_HEAP. */
  seedStageAbove: number;
  logLevel: "debug" | "info" | "warn" | "error";
  logFormat: "text" | "json";
  /** Log every Cypher statement with its name and parameters (debug aid). */
  logCypher: boolean;
  /** Bearer tokens allowed to make curated changes, by the name that goes into the edit log. */
  apiKeys: ReadonlyArray<{ name: string; token: string }>;
  /** Exact origins (scheme://host[:port]) whose browser pages may call /graphql; empty: same origin only. */
  corsOrigins: readonly string[];
  /** Serve the bundled GraphQL IDE at GET /graphql for browsers (GRAPHQL_IDE). */
  graphqlIde: boolean;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got "${raw}"`);
  }
  return raw as T;
}

function memory(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+[kmg]$/i.test(raw)) throw new ConfigError(`${name} must look like 512m or 2g, got "${raw}"`);
  return raw.toLowerCase();
}

/**
 * Neo4j heap one record of a single-transaction seed load needs, about (a 98k-record load failed
 * in a 1g heap): the default SEED_STAGE_ABOVE of the embedded Neo4j follows from its NEO4J_HEAP.
 */
const HEAP_BYTES_PER_RECORD = 32 * 1024;

export function stageAboveForHeap(heap: string): number {
  const units: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  const bytes = Number(heap.slice(0, -1)) * units[heap.slice(-1).toLowerCase()]!;
  return Math.min(100_000, Math.floor(bytes / HEAP_BYTES_PER_RECORD));
}

function neo4jUri(env: Env): string | undefined {
  const raw = env.NEO4J_URI;
  if (raw === undefined || raw.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`NEO4J_URI is not a valid URI: "${raw}"`);
  }
  const schemes = ["neo4j:", "neo4j+s:", "neo4j+ssc:", "bolt:", "bolt+s:", "bolt+ssc:"];
  if (!schemes.includes(url.protocol)) {
    throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${raw}"`);
  }
  return raw.trim();
}

/** API_KEYS="alice:long-random-token,bob:other-token" — names are for the audit log, tokens are secrets. */
function apiKeys(env: Env): Array<{ name: string; token: string }> {
  const raw = env.API_KEYS?.trim();
  if (!raw) return [];
  return raw.split(",").map((entry, i) => {
    const match = /^([A-Za-z0-9._-]{1,64}):(\S{24,})$/.exec(entry.trim());
    if (!match) throw new ConfigError(`API_KEYS entry ${i + 1} must be name:token with a token of at least 24 characters (no spaces)`);
    return { name: match[1]!, token: match[2]! };
  });
}

/**
 * CORS_ORIGINS="https://dashboard.example.org,http://localhost:8888": exact origins, as a browser sends
 * them in the Origin header. No wildcard: each origin is named, so the list is what an operator reviews.
 */
function corsOrigins(env: Env): string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return [];
  return raw.split(",").map((entry, i) => {
    const origin = entry.trim();
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      url = null;
    }
    if (!url || !["http:", "https:"].includes(url.protocol) || url.origin !== origin) {
      throw new ConfigError(
        `CORS_ORIGINS entry ${i + 1} must be an exact origin such as https://dashboard.example.org or http://localhost:8888 (http or https, lower-case host, optional port, no path, no trailing slash, no wildcard), got "${origin}"`,
      );
    }
    return origin;
  });
}

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const nodeEnv = env.NODE_ENV === "production" ? "production" : env.NODE_ENV === "test" ? "test" : "development";
  const config: Config = {
    env: nodeEnv,
    host: env.HOST?.trim() || "127.0.0.1",
    port: int(env, "PORT", 4000, 0, 65535),
    neo4j: {
      uri: neo4jUri(env),
      username: env.NEO4J_USERNAME?.trim() || "neo4j",
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE?.trim() || "neo4j",
    },
    embedded: {
      boltPort: int(env, "NEO4J_BOLT_PORT", 7687, 1, 65535),
      dataDir: path.resolve(PROJECT_ROOT, env.NEO4J_DATA_DIR?.trim() || ".data/neo4j"),
      heap: memory(env, "NEO4J_HEAP", "1g"),
      pageCache: memory(env, "NEO4J_PAGECACHE", "256m"),
    },
    txTimeoutMs: int(env, "NEO4J_TX_TIMEOUT_MS", 15_000, 100, 3_600_000),
    connectTimeoutMs: int(env, "NEO4J_CONNECT_TIMEOUT_MS", 5_000, 100, 120_000),
    maxRetryMs: int(env, "NEO4J_MAX_RETRY_MS", 2_000, 0, 60_000),
    healthTimeoutMs: int(env, "NEO4J_HEALTH_TIMEOUT_MS", 1_000, 100, 60_000),
    requestTimeoutMs: int(env, "REQUEST_TIMEOUT_MS", 30_000, 100, 3_600_000),
    maxConcurrentRequests: int(env, "MAX_CONCURRENT_REQUESTS", 4, 1, 1_000),
    maxQueuedRequests: int(env, "MAX_QUEUED_REQUESTS", 64, 0, 100_000),
    queueTimeoutMs: int(env, "QUEUE_TIMEOUT_MS", 5_000, 0, 600_000),
    seedDir: path.resolve(PROJECT_ROOT, env.SEED_DIR?.trim() || "seed"),
    seedOnStart: bool(env, "SEED_ON_START", true),
    seedStageAbove: int(env, "SEED_STAGE_ABOVE", env.NEO4J_URI?.trim() ? 100_000 : stageAboveForHeap(memory(env, "NEO4J_HEAP", "1g")), 0, 1_000_000_000),
    logLevel: oneOf(env, "LOG_LEVEL", ["debug", "info", "warn", "error"] as const, "info"),
    logCypher: bool(env, "LOG_CYPHER", false),
    logFormat: oneOf(env, "LOG_FORMAT", ["text", "json"] as const, "text"),
    apiKeys: apiKeys(env),
    corsOrigins: Object.freeze(corsOrigins(env)),
    graphqlIde: bool(env, "GRAPHQL_IDE", true),
  };
  if (config.neo4j.uri && !config.neo4j.password) {
    throw new ConfigError("NEO4J_PASSWORD is required when NEO4J_URI is set");
  }
  return Object.freeze(config);
}
