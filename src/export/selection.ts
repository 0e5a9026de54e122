// What part of the graph an export covers, from the request's parameters (the same for the CLI and
// HTTP), checked before any Cypher runs: a bad parameter is an ExportParameterError naming it.
//   - a filter: the whole graph, some kinds, a time window (paged through Neo4j in id order);
//   - a computed set of entities: the neighbourhood of an entity to a depth, a person's who-met ego
//     network, an institution's network (at most maxNodes ids, then paged like the filter).
import { dateRange } from "../domain/dates";
import { isEntityId } from "../domain/ids";
import { ENTITY_KINDS, MEETING_EVENT_TYPES } from "../domain/vocabulary";
import type { Database } from "../neo4j/database";

export const EXPORT_FORMATS = ["gexf", "graphml", "jsonld", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LIMITS = { maxDepth: 4, defaultMaxNodes: 10_000, maxMaxNodes: 100_000 } as const;

/** The parameters as given (query string or CLI flags): all strings. */
export type ExportParams = Partial<Record<"kinds" | "from" | "to" | "around" | "depth" | "whoMet" | "institutionNetwork" | "maxNodes", string>>;
export const EXPORT_PARAMS = ["kinds", "from", "to", "around", "depth", "whoMet", "institutionNetwork", "maxNodes"] as const;

export class ExportParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
  }
}

/** An entity named by around/whoMet/institutionNetwork does not exist (HTTP 404). */
export class ExportNotFoundError extends Error {
  constructor(
    readonly parameter: string,
    readonly id: string,
  ) {
    super(`${parameter}: no entity with id ${id}`);
  }
}

export interface ExportScope {
  kinds: string[] | null;
  from: string | null;
  to: string | null;
  around: string | null;
  depth: number;
  whoMet: string | null;
  institutionNetwork: string | null;
  maxNodes: number;
}

/** A resolved selection: a filter the reader pages through, or a computed list of entity ids. */
export type Selection =
  | { type: "filter"; kinds: string[] | null; from: string | null; to: string | null; includeSources: boolean }
  | { type: "ids"; ids: string[]; includeSources: false };

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const INTEGER = /^\d+$/;

export function parseScope(params: ExportParams): ExportScope {
  const unknownKinds = (params.kinds ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean)
    .filter((k) => k !== "Source" && !(ENTITY_KINDS as readonly string[]).includes(k));
  if (unknownKinds.length) {
    throw new ExportParameterError("kinds", `unknown kind ${unknownKinds.map((k) => `"${k}"`).join(", ")} (allowed: ${[...ENTITY_KINDS, "Source"].join(", ")})`);
  }
  const kinds = params.kinds === undefined ? null : [...new Set(params.kinds.split(",").map((k) => k.trim()).filter(Boolean))];
  if (kinds && kinds.length === 0) throw new ExportParameterError("kinds", "give at least one kind, comma-separated");

  for (const name of ["from", "to"] as const) {
    const value = params[name];
    if (value !== undefined && !DATE.test(value)) throw new ExportParameterError(name, `"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  const from = params.from !== undefined ? dateRange(params.from).first : params.to !== undefined ? "0001-01-01" : null;
  const to = params.to !== undefined ? dateRange(params.to).last : params.from !== undefined ? "9999-12-31" : null;
  if (from && to && from > to) throw new ExportParameterError("to", `the window ends (${params.to}) before it starts (${params.from})`);

  const centres = (["around", "whoMet", "institutionNetwork"] as const).filter((name) => params[name] !== undefined);
  if (centres.length > 1) throw new ExportParameterError(centres[1]!, `give only one of around, whoMet, institutionNetwork (got ${centres.join(" and ")})`);
  for (const name of centres) {
    if (!isEntityId(params[name])) throw new ExportParameterError(name, `"${params[name]}" is not an entity id (like person:robert-jan-smits)`);
  }
  if (params.whoMet !== undefined && !params.whoMet.startsWith("person:")) throw new ExportParameterError("whoMet", "must be a person id (person:…)");
  if (params.institutionNetwork !== undefined && !params.institutionNetwork.startsWith("institution:")) {
    throw new ExportParameterError("institutionNetwork", "must be an institution id (institution:…)");
  }
  if (centres.length && kinds) throw new ExportParameterError("kinds", `cannot be combined with ${centres[0]} (the selection decides the kinds)`);

  const integer = (name: "depth" | "maxNodes", fallback: number, min: number, max: number): number => {
    const raw = params[name];
    if (raw === undefined) return fallback;
    if (!INTEGER.test(raw) || Number(raw) < min || Number(raw) > max) throw new ExportParameterError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
    return Number(raw);
  };
  const depth = integer("depth", params.institutionNetwork !== undefined ? 2 : 1, 1, EXPORT_LIMITS.maxDepth);
  if (params.depth !== undefined && params.around === undefined && params.institutionNetwork === undefined) {
    throw new ExportParameterError("depth", "only applies with around or institutionNetwork");
  }
  const maxNodes = integer("maxNodes", EXPORT_LIMITS.defaultMaxNodes, 1, EXPORT_LIMITS.maxMaxNodes);
  if (params.maxNodes !== undefined && !centres.length) throw new ExportParameterError("maxNodes", "only applies with around, whoMet or institutionNetwork");
  if (params.around !== undefined && from) throw new ExportParameterError("from", "a time window cannot be combined with around (use whoMet or institutionNetwork, or a window alone)");

  return {
    kinds,
    from,
    to,
    around: params.around ?? null,
    depth,
    whoMet: params.whoMet ?? null,
    institutionNetwork: params.institutionNetwork ?? null,
    maxNodes,
  };
}

/** Resolves a scope against the graph: the computed id lists are made here (bounded by maxNodes). */
export async function resolveSelection(db: Database, scope: ExportScope): Promise<Selection> {
  const tooMany = (name: string, size: number) =>
    new ExportParameterError("maxNodes", `the ${name} has more than ${scope.maxNodes} entities (${size} so far); narrow it or raise maxNodes (at most ${EXPORT_LIMITS.maxMaxNodes})`);
  if (scope.around) {
    await mustExist(db, "around", scope.around);
    const seen = new Set([scope.around]);
    let frontier = [scope.around];
    for (let depth = 1; depth <= scope.depth && frontier.length; depth++) {
      const rows = await db.read("export/neighbours", { ids: frontier });
      frontier = [];
      for (const row of rows) {
        const id = String(row.id);
        if (seen.has(id)) continue;
        seen.add(id);
        frontier.push(id);
        if (seen.size > scope.maxNodes) throw tooMany("neighbourhood", seen.size);
      }
    }
    return { type: "ids", ids: [...seen].sort(), includeSources: false };
  }
  if (scope.whoMet) {
    const [row] = await db.read("export/who-met-ego", { personId: scope.whoMet, meetingTypes: MEETING_EVENT_TYPES, from: scope.from, to: scope.to });
    if (!row?.found) throw new ExportNotFoundError("whoMet", scope.whoMet);
    const ids = [...new Set(row.ids as string[])].sort();
    if (ids.length > scope.maxNodes) throw tooMany("ego network", ids.length);
    return { type: "ids", ids, includeSources: false };
  }
  if (scope.institutionNetwork) {
    await mustExist(db, "institutionNetwork", scope.institutionNetwork);
    // The institutions linked within the depth (the links of the institutionNetwork job:
    // queries/network/institution-links) and the people, events, projects and documents linking them.
    const seen = new Set([scope.institutionNetwork]);
    let frontier = [scope.institutionNetwork];
    for (let depth = 1; depth <= scope.depth && frontier.length; depth++) {
      const rows = await db.read("queries/network/institution-links", {
        ids: frontier,
        via: ["PERSON", "EVENT", "PROJECT", "AGREEMENT", "HIERARCHY"],
        from: scope.from,
        to: scope.to,
        // ids are all this needs
        detail: false,
        activities: false,
        stated: false,
        evidence: false,
      });
      frontier = [];
      for (const row of rows) {
        const to = String((row.to as { id: string }).id);
        if (!seen.has(to)) {
          seen.add(to);
          frontier.push(to);
        }
        // Each row's activities are {activity: {id, dated} | null (HIERARCHY), …}.
        for (const shared of (row.activities as Array<{ activity: { id: string } | null }>) ?? []) if (shared.activity) seen.add(shared.activity.id);
        if (seen.size > scope.maxNodes) throw tooMany("institution network", seen.size);
      }
    }
    return { type: "ids", ids: [...seen].sort(), includeSources: false };
  }
  // Sources (the documents cited) are nodes of the whole-graph export, or when asked for by kind.
  const includeSources = scope.kinds === null ? scope.from === null : scope.kinds.includes("Source");
  const kinds = scope.kinds?.filter((k) => k !== "Source") ?? null;
  return { type: "filter", kinds: kinds && kinds.length === 0 ? ["-none-"] : kinds, from: scope.from, to: scope.to, includeSources };
}

async function mustExist(db: Database, parameter: string, id: string): Promise<void> {
  const rows = await db.read("export/entity-exists", { id });
  if (!rows.length) throw new ExportNotFoundError(parameter, id);
}
