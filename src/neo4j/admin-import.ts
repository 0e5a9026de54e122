// neo4j-admin from the same Maven Neo4j distribution as the embedded Neo4j: the `neo4j` artifact
// brings the admin tool's commands (org.neo4j.cli.AdminTool, with `database import full` from
// neo4j-import-tool) onto the launcher's classpath, so no separate Neo4j download is needed.
// Used by `npm run neo4j-admin -- …` and to bulk-import the CSV export into an empty database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { IMPORT_OPTIONS } from "../export/writers/csv";
import { EmbeddedNeo4jError, ensureLauncherBuilt, readClasspath } from "./embedded";

const ADMIN_MAIN_CLASS = "org.neo4j.cli.AdminTool";

export interface AdminRun {
  code: number;
  /** stdout and stderr together, as the tool printed them. */
  output: string;
}

/**
 * Runs `neo4j-admin <args>` against the Neo4j home `home` (the embedded data folder: databases live
 * in home/data/databases). The home must not be in use by a running Neo4j for commands that write.
 */
export function runNeo4jAdmin(home: string, args: string[], options: { heap?: string; echo?: boolean; javaOptions?: readonly string[] } = {}): Promise<AdminRun> {
  ensureLauncherBuilt();
  fs.mkdirSync(path.join(home, "conf"), { recursive: true });
  const child = spawn(
    "java",
    [`-Xmx${options.heap ?? "1g"}`, "-XX:+UseG1GC", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", ...(options.javaOptions ?? []), "-cp", readClasspath().join(path.delimiter), ADMIN_MAIN_CLASS, ...args],
    { cwd: home, env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, "conf") }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const collect = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
    output += chunk.toString("utf8");
    if (options.echo) to.write(chunk);
  };
  child.stdout.on("data", collect(process.stdout));
  child.stderr.on("data", collect(process.stderr));
  return new Promise((resolve, reject) => {
    child.once("error", (error) => reject(new EmbeddedNeo4jError(`neo4j-admin could not start (java): ${error.message}`)));
    child.once("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

export interface ImportFiles {
  nodes: string[];
  relationships: string[];
}

/**
 * `neo4j-admin database import full` of the project's CSV export (header format of the import tool,
 * arrays joined by U+001F, quotes may span lines) into the database `database` under `home`, which
 * must not exist yet or be empty. Throws with the tool's own report when it fails.
 */
export async function importCsv(
  home: string,
  files: ImportFiles,
  database = "neo4j",
  options: { echo?: boolean; heap?: string; javaOptions?: readonly string[]; /** Replace an existing (checked empty) database. */ overwrite?: boolean } = {},
): Promise<AdminRun> {
  const args = [
    "database",
    "import",
    "full",
    ...files.nodes.map((file) => `--nodes=${path.resolve(file)}`),
    ...files.relationships.map((file) => `--relationships=${path.resolve(file)}`),
    ...IMPORT_OPTIONS,
    `--report-file=${path.join(home, "import.report")}`,
    ...(options.overwrite ? ["--overwrite-destination=true"] : []),
    database,
  ];
  const run = await runNeo4jAdmin(home, args, options);
  if (run.code !== 0) {
    const tail = run.output.trim().split("\n").slice(-15).join("\n");
    throw new EmbeddedNeo4jError(`neo4j-admin database import full into ${home} (database ${database}) failed with exit code ${run.code}:\n${tail}`);
  }
  return run;
}
