// Project-to-priority traces and their reverse, from the path queries in cypher/queries/traces, which
// apply the rules (fan-out, filters, shortest chains) and page by sort key.
import { createHash } from "node:crypto";
import type { Database } from "../neo4j/database";
import { compareKeys, rangeParams, type Keyed, type KeyedSlice, type KeyRange, type SortKey } from "./key-range";
import { toPath, type Entity, type GraphPath, type Hop } from "./model";

export interface Trace extends GraphPath {
  /**
   * Stable id: trace:<origin id>|<priority id>|<setBy id>|<digest of its hops' ids>; the same chain
   * has the same id in every request and from both ends (up to 3 equally short chains share the rest).
   */
  id: string;
  /** Number of hops. */
  length: number;
  priority: Entity;
  tier: string;
  setBy: Entity;
  /** The project or event the chain starts from. */
  origin: Entity;
  /** True when every hop is stated by a source (none only curated). */
  stated: boolean;
  /** The hop with the weakest evidence (CURATED < INFERRED < STATED), the first such on the chain. */
  weakestHop: Hop;
}

export interface TraceFilter {
  /** Only these tiers (empty = all). */
  tiers: string[];
  /** Only priorities set by this document or meeting (null = any). */
  setBy: string | null;
  /** Only chains whose every hop is stated. */
  statedOnly: boolean;
}

export const NO_TRACE_FILTER: TraceFilter = { tiers: [], setBy: null, statedOnly: false };

/** Parts of a trace's sort key: tier rank, length, priority name, setter id, origin id, trace id. */
export const TRACE_KEY_PARTS = 6;

const STRENGTH = { CURATED: 0, INFERRED: 1, STATED: 2 } as const;

type Props = Record<string, unknown>;

function traceId(origin: string, priority: string, setBy: string, hops: Hop[]): string {
  const digest = createHash("sha256").update(hops.map((hop) => hop.id).join(" ")).digest("base64url").slice(0, 16);
  return `trace:${origin}|${priority}|${setBy}|${digest}`;
}

/** A statement row {key, tier, areaId, setterId, nodes, hops} as a trace with its full sort key. */
function toTrace(row: Props): Keyed<Trace> {
  const path = toPath(row);
  const nodes = path.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // The priority is the area the row names: when the origin addresses the area directly, the path
  // ends at the setter (project → area ← setter), not at the area.
  const priority = byId.get(String(row.areaId)) ?? nodes[nodes.length - 1]!;
  const setBy = byId.get(String(row.setterId))!;
  const origin = nodes[0]!;
  const weakestHop = path.hops.reduce((weakest, hop) => (STRENGTH[hop.evidenceKind] < STRENGTH[weakest.evidenceKind] ? hop : weakest), path.hops[0]!);
  const id = traceId(origin.id, priority.id, setBy.id, path.hops);
  const trace = { ...path, id, length: path.hops.length, priority, tier: String(row.tier), setBy, origin, stated: path.hops.every((hop) => hop.stated), weakestHop };
  // The statement keys by group (its last part the id without the digest): the id completes the key.
  return { key: [...(row.key as SortKey).slice(0, TRACE_KEY_PARTS - 1), id], item: trace };
}

/**
 * The page of traces from a statement's answer (see the statement's header): the statement cut the
 * list by group keys; here the cursors' groups are ordered by full key, the traces at or outside the
 * cursors dropped, and the flags computed as over the whole sorted list (keyset.ts pageByKey).
 */
function traceSlice(row: Props | undefined, range: KeyRange): KeyedSlice<Trace> {
  const total = Number(row?.total ?? 0);
  const { afterKey, beforeKey, forward } = range;
  const atOrBefore = (key: SortKey) => afterKey !== null && compareKeys(key, afterKey) <= 0;
  const atOrAfter = (key: SortKey) => beforeKey !== null && compareKeys(key, beforeKey) >= 0;
  const bounds = ((row?.bounds as Props[]) ?? []).map(toTrace);
  // Traces at or before afterKey (start of the range) and at or after beforeKey (its end), in the whole list.
  const before = Number(row?.before ?? 0) + bounds.filter((t) => atOrBefore(t.key)).length;
  const beyond = Number(row?.beyond ?? 0) + bounds.filter((t) => atOrAfter(t.key)).length;
  const inRange = ((row?.traces as Props[]) ?? [])
    .map(toTrace)
    .filter((t) => !atOrBefore(t.key) && !atOrAfter(t.key))
    .sort((a, b) => (forward ? compareKeys(a.key, b.key) : compareKeys(b.key, a.key)));
  const slice = range.limit === null ? inRange : inRange.slice(0, range.limit);
  // An item at or after beforeKey counts only when some item lies after afterKey (pageByKey: end < n).
  const hasEnd = beyond > 0 && before < total;
  return forward ? { total, hasOther: before > 0, hasBeyond: hasEnd, slice } : { total, hasOther: hasEnd, hasBeyond: before > 0, slice };
}

export class TracesRepository {
  constructor(private readonly db: Database) {}

  /** `detail` false: entities with id, kind and name only, hops with `stated` only (src/graphql/selection.ts). */
  async prioritiesOfProject(projectId: string, range: KeyRange, detail = true, filter: TraceFilter = NO_TRACE_FILTER): Promise<KeyedSlice<Trace>> {
    const [row] = await this.db.read("queries/traces/project-priorities", { projectId, ...filter, ...rangeParams(range), detail });
    return traceSlice(row, range);
  }

  async reachOfPriority(areaId: string, targetKinds: string[], range: KeyRange, detail = true, filter: TraceFilter = NO_TRACE_FILTER): Promise<KeyedSlice<Trace>> {
    const [row] = await this.db.read("queries/traces/priority-reach", { areaId, targetKinds, ...filter, ...rangeParams(range), detail });
    return traceSlice(row, range);
  }
}
