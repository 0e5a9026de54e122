// Loads the named Cypher statements in cypher/. A query's name is its path below cypher/ without the
// extension ("queries/stats/graph-stats"); its header comment (leading `//` lines) documents purpose,
// mode and parameters, and is stripped before the statement is sent.
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config";

export const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");

export interface CypherStatement {
  name: string;
  text: string;
  header: string;
  file: string;
}

const cache = new Map<string, CypherStatement>();

function parse(name: string, file: string): CypherStatement {
  const raw = fs.readFileSync(file, "utf8");
  const lines = raw.split("\n");
  let i = 0;
  while (i < lines.length && (lines[i]!.trim().startsWith("//") || lines[i]!.trim() === "")) i++;
  const header = lines.slice(0, i).filter((line) => line.trim().startsWith("//")).map((line) => line.replace(/^\s*\/\/ ?/, "")).join("\n");
  const text = lines.slice(i).join("\n").trim().replace(/;\s*$/, "");
  if (!text) throw new Error(`cypher file ${file} has no statement`);
  return { name, text, header, file };
}

/** The statement named `name` (e.g. "queries/stats/graph-stats"); read once and cached. */
export function cypher(name: string): CypherStatement {
  let statement = cache.get(name);
  if (!statement) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`no Cypher file for "${name}" (expected ${file})`);
    statement = parse(name, file);
    cache.set(name, statement);
  }
  return statement;
}

/** Every statement below cypher/<folder>, sorted by name (migrations rely on the order). */
export function cypherFolder(folder: string): CypherStatement[] {
  const dir = path.join(CYPHER_DIR, folder);
  if (!fs.existsSync(dir)) return [];
  const found: CypherStatement[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".cypher")) {
        found.push(cypher(path.relative(CYPHER_DIR, full).replace(/\\/g, "/").replace(/\.cypher$/, "")));
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
