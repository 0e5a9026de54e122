// `sti-graph`: the command line (bin in package.json; `npm run seed` is `sti-graph load`).
// Commands: check, load, export, stats, import-projects; `--help` on each. Arguments are parsed by
// node:util parseArgs in strict mode: an unknown or mistyped flag is an error (exit 2), never
// silently ignored. Results go to stdout, progress and errors to stderr.
import "reflect-metadata";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { loadConfig, type Config } from "../config/config";
import {
  EXPORT_FORMATS,
  ExportNotFoundError,
  ExportParameterError,
  openFileDestination,
  parseScope,
  prepareExport,
  writeExport,
  type ExportFormat,
  type ExportParams,
} from "../export";
import { IMPORT_COMMAND } from "../export/writers/csv";
import { ImportError, importProjects } from "../import/cordis";
import { log, setLogLevel } from "../logger";
import { connect, type Connected } from "../neo4j/connect";
import { DatabaseError } from "../neo4j/errors";
import { applyMigrations } from "../neo4j/migrations";
import { bulkLoadSeedDirectory, loadSeedDirectory } from "../curation/seed-and-edits";
import { embeddedPassword } from "../neo4j/embedded";
import { recoverAbandonedLoad } from "../seed/loader";
import { planSeedAsync, SeedValidationError } from "../seed/validate";
import { Progress } from "./progress";

/** Exit codes a script can rely on (documented in the README and in `--help`). */
export const EXIT = {
  ok: 0,
  /** The input is invalid: seed problems, a bad import table. Nothing was written. */
  invalid: 1,
  /** Usage: unknown command or flag, a missing or malformed argument. */
  usage: 2,
  /** Neo4j could not be reached or refused the work. */
  database: 3,
  /** A named entity does not exist (export --around/--who-met/--institution-network). */
  notFound: 4,
  /** Anything else went wrong (the message says what). */
  failed: 5,
} as const;

class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;
interface Command {
  summary: string;
  usage: string;
  options: Options;
  /** Help text per option, in the order shown. */
  help: Record<string, string>;
  /** Extra lines after the options. */
  notes?: string[];
  positionals?: number;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

const seedDirOption = { "seed-dir": { type: "string" } } as const;
const commonHelp = {
  "seed-dir": "seed folder (default: SEED_DIR or seed/)",
  quiet: "no progress output",
  help: "show this help",
};

function config(values: Record<string, unknown>): Readonly<Config> {
  const env = { ...process.env };
  if (typeof values["seed-dir"] === "string") env.SEED_DIR = values["seed-dir"];
  const loaded = loadConfig(env);
  setLogLevel(loaded.logLevel === "info" ? "warn" : loaded.logLevel);
  return loaded;
}

async function withDatabase<T>(cfg: Readonly<Config>, work: (connected: Connected) => Promise<T>): Promise<T> {
  let connected: Connected;
  try {
    connected = await connect(cfg);
  } catch (error) {
    throw Object.assign(new Error(error instanceof Error ? error.message : String(error)), { exitCode: EXIT.database });
  }
  try {
    await applyMigrations(connected.db);
    return await work(connected);
  } finally {
    await connected.close();
  }
}

const COMMANDS: Record<string, Command> = {
  check: {
    summary: "validate the seed files; write nothing",
    usage: "sti-graph check [--seed-dir DIR] [--quiet]",
    options: { ...seedDirOption, quiet: { type: "boolean" } },
    help: commonHelp,
    notes: ["Exit 0 when the seed is valid, 1 with every problem listed (file › record › field: message [rule])."],
    async run(values) {
      const cfg = config(values);
      const progress = new Progress({ quiet: values.quiet === true });
      const plan = await planSeedAsync(cfg.seedDir, { onFileChecked: (done, total) => progress.update("validating", done, total) });
      progress.done();
      console.log(`seed is valid: ${plan.files.length} files, ${plan.sources.length} sources, ${plan.nodes.length} entities, ${plan.relationships.length} relationships`);
      return EXIT.ok;
    },
  },
  load: {
    summary: "validate the seed and load it into Neo4j (only what changed is written)",
    usage: "sti-graph load [--seed-dir DIR] [--check] [--discard-staged] [--bulk] [--quiet]",
    options: { ...seedDirOption, check: { type: "boolean" }, "discard-staged": { type: "boolean" }, bulk: { type: "boolean" }, quiet: { type: "boolean" } },
    help: {
      ...commonHelp,
      check: "only validate (the same as `sti-graph check`)",
      "discard-staged": "first remove an unfinished staged load whose process is gone",
      bulk: "first load into an empty embedded database through neo4j-admin database import (fast; refused when the database holds anything or NEO4J_URI is set)",
    },
    notes: [
      "Starts the embedded Neo4j unless NEO4J_URI is set. All or nothing: a failed load writes nothing.",
      "--bulk stops the embedded Neo4j for the import and starts it again; later loads go without --bulk.",
      "Prints the load report as JSON on stdout.",
    ],
    async run(values) {
      if (values.check) return COMMANDS.check!.run(values, []);
      if (values.bulk && values["discard-staged"]) throw new UsageError("load: --bulk loads into an empty database; --discard-staged has nothing to do there");
      const cfg = config(values);
      const progress = new Progress({ quiet: values.quiet === true });
      if (values.bulk) {
        const password = cfg.neo4j.uri ? "" : embeddedPassword(cfg.embedded, cfg.neo4j.password);
        const { report, neo4j, db } = await bulkLoadSeedDirectory({ config: cfg, settings: cfg.embedded, password }, cfg.seedDir, {
          onFileChecked: (done, total) => progress.update("validating", done, total),
          onPhase: (phase) => progress.update(`bulk load: ${phase}`, 0, null),
        });
        progress.done();
        await db.close();
        await neo4j.stop();
        console.log(JSON.stringify(report, null, 2));
        return EXIT.ok;
      }
      return withDatabase(cfg, async ({ db }) => {
        if (values["discard-staged"] && !(await recoverAbandonedLoad(db, true))) console.error("no staged seed load to discard");
        const report = await loadSeedDirectory(db, cfg.seedDir, {
          stageAbove: cfg.seedStageAbove,
          onFileChecked: (done, total) => progress.update("validating", done, total),
          onProgress: (p) => progress.update(`loading ${p.phase}`, p.done, p.total),
        });
        progress.done();
        console.log(JSON.stringify(report, null, 2));
        return EXIT.ok;
      });
    },
  },
  export: {
    summary: "write the graph or a part of it as GEXF, GraphML, JSON-LD or neo4j-admin CSV",
    usage: "sti-graph export <gexf|graphml|jsonld|csv> [--out FILE | --out-dir DIR] [selection] [--quiet]",
    positionals: 1,
    options: {
      out: { type: "string", short: "o" },
      "out-dir": { type: "string" },
      kinds: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      around: { type: "string" },
      depth: { type: "string" },
      "who-met": { type: "string" },
      "institution-network": { type: "string" },
      "max-nodes": { type: "string" },
      quiet: { type: "boolean" },
    },
    help: {
      out: "output file (gexf, graphml, jsonld; default: stdout)",
      "out-dir": "csv: folder for nodes.csv, sources.csv and relationships.csv (required)",
      kinds: "only these kinds, comma-separated (Person,Institution,…,Source)",
      from: "time window start: YYYY, YYYY-MM or YYYY-MM-DD",
      to: "time window end (inclusive, same forms)",
      around: "the neighbourhood of this entity id …",
      depth: "… to this depth (1-4, default 1; institution network: default 2)",
      "who-met": "a person's who-met ego network (with --from/--to)",
      "institution-network": "an institution's network (with --depth, --from/--to)",
      "max-nodes": "largest computed selection (default 10000, at most 100000)",
      quiet: "no progress output",
      help: "show this help",
    },
    notes: [
      "Without a selection the whole graph (entities and sources) is exported.",
      `CSV import: ${IMPORT_COMMAND}`,
    ],
    async run(values, positionals) {
      const format = positionals[0] as ExportFormat | undefined;
      if (!format) throw new UsageError("export: give the format (gexf, graphml, jsonld or csv)");
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`export: unknown format "${format}" (allowed: ${EXPORT_FORMATS.join(", ")})`);
      if (format === "csv" && typeof values["out-dir"] !== "string") throw new UsageError("export csv: --out-dir DIR is required (three files are written)");
      if (format !== "csv" && values["out-dir"] !== undefined) throw new UsageError(`export ${format}: --out-dir is for csv; use --out FILE`);
      if (format === "csv" && values.out !== undefined) throw new UsageError("export csv: use --out-dir DIR, not --out");
      const flagNames: Record<string, keyof ExportParams> = {
        kinds: "kinds",
        from: "from",
        to: "to",
        around: "around",
        depth: "depth",
        "who-met": "whoMet",
        "institution-network": "institutionNetwork",
        "max-nodes": "maxNodes",
      };
      const params: ExportParams = {};
      for (const [flag, name] of Object.entries(flagNames)) if (typeof values[flag] === "string") params[name] = values[flag] as string;
      let scope;
      try {
        scope = parseScope(params);
      } catch (error) {
        if (error instanceof ExportParameterError) {
          const flag = Object.entries(flagNames).find(([, name]) => name === error.parameter)?.[0] ?? error.parameter;
          throw new UsageError(`export: --${flag}: ${error.message.slice(error.parameter.length + 2)}`);
        }
        throw error;
      }
      const cfg = config(values);
      const progress = new Progress({ quiet: values.quiet === true });
      return withDatabase(cfg, async ({ db }) => {
        const selection = await prepareExport(db, scope);
        const whole = selection.type === "filter" && selection.kinds === null && selection.from === null;
        const totals = whole ? ((await db.read("queries/stats/graph-stats"))[0] as { nodeCount: number; relationshipCount: number }) : null;
        const onProgress = (p: { phase: "nodes" | "relationships"; done: number }) =>
          progress.update(`export ${p.phase}`, p.done, totals ? (p.phase === "nodes" ? totals.nodeCount : totals.relationshipCount) : null);
        // csv was checked above to have --out-dir, the other formats to have none.
        const destination = openFileDestination(format, {
          ...(format === "csv" ? { outDir: String(values["out-dir"]) } : {}),
          ...(typeof values.out === "string" ? { out: values.out } : {}),
        });
        const written = destination.written;
        const summary = await writeExport(db, format, selection, destination.output, { onProgress });
        await destination.close();
        progress.done();
        console.error(`exported ${summary.nodes} nodes and ${summary.relationships} relationships as ${format} to ${written} in ${(summary.ms / 1000).toFixed(1)} s`);
        return EXIT.ok;
      });
    },
  },
  stats: {
    summary: "node and relationship counts by kind and type",
    usage: "sti-graph stats [--json]",
    options: { json: { type: "boolean" } },
    help: { json: "print JSON instead of a table", help: "show this help" },
    async run(values) {
      const cfg = config(values);
      return withDatabase(cfg, async ({ db }) => {
        const [row] = await db.read("queries/stats/graph-stats");
        const stats = row as { labels: Array<{ name: string; count: number }>; relationshipTypes: Array<{ name: string; count: number }>; nodeCount: number; relationshipCount: number };
        if (values.json) {
          console.log(JSON.stringify(stats, null, 2));
          return EXIT.ok;
        }
        const table = (title: string, rows: Array<{ name: string; count: number }>, total: number) => {
          console.log(`${title.padEnd(20)} ${String(total).padStart(9)}`);
          for (const r of rows) console.log(`  ${r.name.padEnd(18)} ${String(r.count).padStart(9)}`);
        };
        table("nodes", stats.labels, stats.nodeCount);
        table("relationships", stats.relationshipTypes, stats.relationshipCount);
        return EXIT.ok;
      });
    },
  },
  "import-projects": {
    summary: "turn CORDIS project and organisation tables (CSV) into a seed file",
    usage: "sti-graph import-projects --projects project.csv --organizations organization.csv --out seed/FILE.json [--source-id ID] [--quiet]",
    options: {
      projects: { type: "string" },
      organizations: { type: "string" },
      out: { type: "string", short: "o" },
      "source-id": { type: "string" },
      quiet: { type: "boolean" },
    },
    help: {
      projects: "CORDIS project table (id;acronym;status;title;startDate;endDate;…)",
      organizations: "CORDIS organisation table (projectID;…;name;shortName;activityType;country;role;…; rorId optional)",
      out: "seed file to write (JSON); rewritten whole, so importing again gives the same file",
      "source-id": "id of the source block (default: source:cordis-import-<name of the project file>)",
      quiet: "no progress output",
      help: "show this help",
    },
    notes: [
      "Every record's evidence quotes its table row; the source block names the imported files. The",
      "tables are copied next to the seed file (sources/<slug of the source id>.txt) so the loader checks the quotes.",
    ],
    async run(values) {
      for (const name of ["projects", "organizations", "out"]) {
        if (typeof values[name] !== "string") throw new UsageError(`import-projects: --${name} is required`);
      }
      const progress = new Progress({ quiet: values.quiet === true });
      const result = importProjects({
        projectsFile: String(values.projects),
        organizationsFile: String(values.organizations),
        outFile: String(values.out),
        sourceId: typeof values["source-id"] === "string" ? values["source-id"] : undefined,
        onProgress: (done, total) => progress.update("importing rows", done, total),
      });
      progress.done();
      console.log(
        `${result.changed ? "wrote" : "unchanged"} ${result.outFile}: ${result.projects} projects, ${result.institutions} institutions, ${result.partnerships} partnerships` +
          (result.skipped.length ? `; skipped ${result.skipped.length} rows:\n${result.skipped.map((s) => `  ${s}`).join("\n")}` : ""),
      );
      return EXIT.ok;
    },
  },
};

function helpFor(name: string, command: Command): string {
  const lines = [`sti-graph ${name} — ${command.summary}`, "", `usage: ${command.usage}`, "", "options:"];
  const all = { ...command.options, help: { type: "boolean", short: "h" } } as Options;
  for (const [option, def] of Object.entries(all)) {
    const flag = `${def.short ? `-${def.short}, ` : "    "}--${option}${def.type === "string" ? " VALUE" : ""}`;
    lines.push(`  ${flag.padEnd(32)} ${command.help[option] ?? ""}`);
  }
  if (command.notes) lines.push("", ...command.notes);
  lines.push("", exitCodes());
  return lines.join("\n");
}

function exitCodes(): string {
  return "exit codes: 0 done · 1 invalid input (nothing written) · 2 usage error · 3 Neo4j unavailable · 4 entity not found · 5 other failure";
}

function mainHelp(): string {
  const lines = ["sti-graph — the EU–Japan STI cooperation graph from the command line", "", "usage: sti-graph <command> [options]   (sti-graph <command> --help for its options)", "", "commands:"];
  for (const [name, command] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(17)} ${command.summary}`);
  lines.push("", "Neo4j: the embedded one (started and stopped by the command) unless NEO4J_URI is set; see the README.", exitCodes());
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    if (topic && COMMANDS[topic]) console.log(helpFor(topic, COMMANDS[topic]));
    else console.log(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")})`);
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, help: { type: "boolean", short: "h" } },
        strict: true,
        allowPositionals: (command.positionals ?? 0) > 0,
      });
    } catch (error) {
      throw new UsageError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (parsed.values.help) {
      console.log(helpFor(name, command));
      return EXIT.ok;
    }
    if (parsed.positionals.length > (command.positionals ?? 0)) throw new UsageError(`${name}: unexpected argument "${parsed.positionals[command.positionals ?? 0]}"`);
    return await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}\n${command ? `usage: ${command.usage}  (--help for more)` : "sti-graph --help lists the commands"}`);
      return EXIT.usage;
    }
    if (error instanceof SeedValidationError || error instanceof ImportError) {
      console.error(error.message);
      return EXIT.invalid;
    }
    if (error instanceof ExportNotFoundError) {
      console.error(`error: ${error.message}`);
      return EXIT.notFound;
    }
    if (error instanceof ExportParameterError) {
      console.error(`error: ${error.message}`);
      return EXIT.usage;
    }
    const exitCode = (error as { exitCode?: number }).exitCode;
    log.error(error instanceof Error ? error.message : String(error));
    if (exitCode !== undefined) return exitCode;
    return error instanceof DatabaseError && error.failure !== "constraint" ? EXIT.database : EXIT.failed;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
