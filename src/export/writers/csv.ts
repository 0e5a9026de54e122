// CSV in the header format of `neo4j-admin database import full`: a nodes file for the entities
// (`id:ID,:LABEL,kind,name,aliases:string[],…`), a sources file (`id:ID,:LABEL,title,…,notes`: a
// source's notes are one text where an entity's are a list, and a column has one type per file) and a
// relationships file (`:START_ID,:END_ID,:TYPE,key,…`), typed columns, every property as the graph
// stores it, so an import rebuilds the same graph. Arrays (and the labels) are separated by U+001F, a character no
// stored text contains: import with `--array-delimiter=U+001F --multiline-fields=true`.
import { NODE_ATTRIBUTES, RELATIONSHIP_ATTRIBUTES, SOURCE_ATTRIBUTES, type Attribute, type ExportEdge, type ExportNode } from "../attributes";
import type { GraphWriter, Sink } from "./sink";

export const ARRAY_DELIMITER = "\u001F";
export const IMPORT_OPTIONS = ["--array-delimiter=U+001F", "--multiline-fields=true"];

/** The files of a CSV export, by part (the HTTP route's `part`, the command line's file names). */
export const CSV_PARTS = ["nodes", "sources", "relationships"] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

/** The import command for the three files in a folder (for help texts and messages). */
export const IMPORT_COMMAND = `neo4j-admin database import full --nodes=nodes.csv --nodes=sources.csv --relationships=relationships.csv ${IMPORT_OPTIONS.join(" ")} <database>`;

function header(list: readonly Attribute[]): string {
  return list.map((a) => (a.type === "string" ? a.name : `${a.name}:${a.type}`)).join(",");
}

/**
 * RFC 4180 quoting, as the import tool reads it: quoted when the text holds a comma, quote or line
 * break, or is empty (an empty quoted cell is an empty string; an unquoted empty cell, no value).
 */
export function csvQuote(text: string): string {
  return /[",\r\n]/.test(text) || text === "" ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A string cell: the array delimiter, which would split it, becomes a space. */
function field(value: string): string {
  return csvQuote(value.replaceAll(ARRAY_DELIMITER, " "));
}

function cell(value: unknown, type: Attribute["type"]): string {
  if (value === null || value === undefined) return "";
  if (type === "string") return field(typeof value === "object" ? JSON.stringify(value) : String(value));
  return String(value);
}

function arrayCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const list = (Array.isArray(value) ? value : [value]).map((v) => String(v).replaceAll(ARRAY_DELIMITER, " "));
  return csvQuote(list.join(ARRAY_DELIMITER));
}

function row(first: string[], props: Record<string, unknown>, list: readonly Attribute[]): string {
  const cells = [...first];
  for (const a of list) cells.push(a.type === "string[]" ? arrayCell(props[a.name]) : cell(props[a.name], a.type));
  return cells.join(",") + "\n";
}

export class CsvWriter implements GraphWriter {
  /** Any sink may be null: over HTTP one request gives one of the three files. */
  constructor(
    private readonly nodesOut: Sink | null,
    private readonly relationshipsOut: Sink | null,
    private readonly sourcesOut: Sink | null,
  ) {}

  async begin(): Promise<void> {
    await this.nodesOut?.write(`id:ID,:LABEL,kind,${header(NODE_ATTRIBUTES)}\n`);
    await this.sourcesOut?.write(`id:ID,:LABEL,${header(SOURCE_ATTRIBUTES)}\n`);
    await this.relationshipsOut?.write(`:START_ID,:END_ID,:TYPE,${header(RELATIONSHIP_ATTRIBUTES)}\n`);
  }

  async nodes(batch: ExportNode[]): Promise<void> {
    let entities = "";
    let sources = "";
    for (const n of batch) {
      if (n.kind === "Source") sources += row([field(n.id), "Source"], n.props, SOURCE_ATTRIBUTES);
      else entities += row([field(n.id), `Entity${ARRAY_DELIMITER}${n.kind}`, field(n.kind)], n.props, NODE_ATTRIBUTES);
    }
    if (this.nodesOut && entities) await this.nodesOut.write(entities);
    if (this.sourcesOut && sources) await this.sourcesOut.write(sources);
  }

  startEdges(): Promise<void> {
    return Promise.resolve();
  }

  async edges(batch: ExportEdge[]): Promise<void> {
    if (!this.relationshipsOut) return;
    let chunk = "";
    for (const e of batch) chunk += row([field(e.from), field(e.to), e.type], e.props, RELATIONSHIP_ATTRIBUTES);
    await this.relationshipsOut.write(chunk);
  }

  end(): Promise<void> {
    return Promise.resolve();
  }
}
