// Structured logs with pino, on stderr, one line per event: "time LEVEL message key=value …" by
// default, or pino's JSON object per line with LOG_FORMAT=json (for log collectors). `log.*` is a thin
// layer over one pino logger, which the HTTP access log (pino-http, ./server/access-log.ts) shares.
// Secrets never reach it: callers pass no passwords or tokens, and keys that look like secrets (and
// the authorization and cookie headers of access logs) are masked anyway.
import pino, { type Logger } from "pino";

export type Level = "debug" | "info" | "warn" | "error";
const LEVELS: readonly Level[] = ["debug", "info", "warn", "error"];
const SECRET_KEYS = /pass(word)?|secret|token|authorization/i;
const REDACTED = "[redacted]";

let json = process.env.LOG_FORMAT === "json";

/** "key=value" text of one field value: bare when it has no space, "=" or quote, else JSON. */
function format(value: unknown): string {
  if (typeof value === "string") return /[\s="]/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value);
}

/** pino's JSON line as the human-readable line (time LEVEL message key=value …). */
function toText(line: string): string {
  const { time, level, message, ...fields } = JSON.parse(line) as Record<string, unknown>;
  let text = `${String(time)} ${String(level).toUpperCase().padEnd(5)} ${String(message)}`;
  for (const [key, value] of Object.entries(fields)) text += ` ${key}=${format(value)}`;
  return text + "\n";
}

// Synchronous writes (as console.error): a log line written just before process.exit is not lost.
const destination = { write: (line: string) => process.stderr.write(json ? line : toText(line)) };

/** The one pino logger (the access log uses it too). */
export const logger: Logger = pino(
  {
    level: LEVELS.includes(process.env.LOG_LEVEL as Level) ? (process.env.LOG_LEVEL as Level) : "info",
    base: undefined,
    messageKey: "message",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'], censor: REDACTED },
  },
  destination,
);

export function setLogLevel(level: Level): void {
  logger.level = level;
}

export function setLogFormat(format: "text" | "json"): void {
  json = format === "json";
}

/** Fields as logged: undefined dropped, secrets masked, errors as their message. */
function clean(fields: Record<string, unknown> | undefined): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (value !== undefined) entry[key] = SECRET_KEYS.test(key) ? REDACTED : value instanceof Error ? value.message : value;
  }
  return entry;
}

function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (logger.isLevelEnabled(level)) logger[level](clean(fields), message);
}

export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};
