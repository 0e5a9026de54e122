// A small leveled logger: one line per event on stderr, "time LEVEL message key=value …", or one JSON
// object per line with LOG_FORMAT=json (for log collectors).
// Secrets never reach it: callers pass no passwords or tokens, and `redact` masks known keys anyway.
export type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEYS = /pass(word)?|secret|token|authorization/i;

let threshold: Level = (process.env.LOG_LEVEL as Level) in ORDER ? (process.env.LOG_LEVEL as Level) : "info";

let json = process.env.LOG_FORMAT === "json";

export function setLogLevel(level: Level): void {
  threshold = level;
}

export function setLogFormat(format: "text" | "json"): void {
  json = format === "json";
}

function format(value: unknown): string {
  if (typeof value === "string") return /[\s="]/.test(value) ? JSON.stringify(value) : value;
  if (value instanceof Error) return JSON.stringify(value.message);
  return JSON.stringify(value);
}

function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (ORDER[level] < ORDER[threshold]) return;
  if (json) {
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, message };
    for (const [key, value] of Object.entries(fields ?? {})) {
      if (value !== undefined) entry[key] = SECRET_KEYS.test(key) ? "[redacted]" : value instanceof Error ? value.message : value;
    }
    process.stderr.write(JSON.stringify(entry) + "\n");
    return;
  }
  let line = `${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} ${message}`;
  if (fields) {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      line += ` ${key}=${SECRET_KEYS.test(key) ? "[redacted]" : format(value)}`;
    }
  }
  process.stderr.write(line + "\n");
}

export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};
