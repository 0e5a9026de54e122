// Target (d), the second floor: Cypher written directly for each job's question (the shortest
// correct statement, bench/targets/direct/<job>.cypher — bench code, not the product's cypher/), one
// statement per request, run through neo4j-driver with the same session settings as the raw target
// (database, read access, auto-commit transaction, transaction timeout) behind the same bare node:http
// endpoint. Unlike raw (which answers with a summary of its rows), it answers with its rows as JSON:
// the answer a minimal service would send. raw/direct p50 is then the cost of the project's statement
// design (and Node-side work such as the network's per-level round trips), API/direct the whole
// distance from the API to that floor.
import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { startRawServer, statementRunner, type RawServer } from "./raw";

export const DIRECT_DIR = path.join(__dirname, "direct");

const texts = new Map<string, string>();

/** The text of bench/targets/direct/<name>.cypher; it must start with a `//` header saying what it answers. */
export function directStatement(name: string): string {
  let text = texts.get(name);
  if (text === undefined) {
    const file = path.join(DIRECT_DIR, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`no direct statement "${name}" (expected ${file})`);
    text = fs.readFileSync(file, "utf8");
    if (!text.trimStart().startsWith("//")) throw new Error(`${file}: a direct statement starts with a // header saying what it answers`);
    texts.set(name, text);
  }
  return text;
}

/** POST /<job> with the statement's parameters as JSON → {data: rows}; `statements` maps job → file name. */
export function startDirectServer(driver: Driver, database: string, timeoutMs: number, statements: Record<string, string>): Promise<RawServer> {
  for (const name of Object.values(statements)) directStatement(name); // fail early on a missing file
  const run = statementRunner(driver, database, timeoutMs, directStatement, "bench-direct");
  return startRawServer(
    run,
    Object.fromEntries(Object.entries(statements).map(([job, name]) => [job, (runOne, body) => runOne(name, body)])),
  );
}
