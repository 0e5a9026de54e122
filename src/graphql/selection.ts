// What a query asks for under a field, so that a resolver can ask Neo4j for only what the answer
// needs. Entity maps with every property, relationship properties with their quotes and the
// evidence lists of meetings are most of what the who-met, trace, path and search statements
// transfer and decode; a client that asks for ids and names gets the same rows without them
// (`detail: false` in the statement; bench/PROFILE.md §9).
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

/** Entity fields answered from {id, kind, name} alone; any other entity field needs every property. */
export const SLIM_ENTITY_FIELDS: ReadonlySet<string> = new Set(["id", "name", "kind", "__typename"]);
/** Hop fields answered from the relationship's type, ends and `stated` alone. */
export const SLIM_HOP_FIELDS: ReadonlySet<string> = new Set(["type", "fromId", "toId", "forward", "stated", "evidenceKind", "__typename"]);

/**
 * Every field path selected below the resolved field ("edges.node.person.name"), fragments and
 * inline fragments included whatever their type condition, @include/@skip ignored (a field that
 * might be selected counts as selected).
 */
export function selectedPaths(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): Set<string> {
  const paths = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, prefix: string, seen: Set<string>) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === "Field") {
        const path = prefix + selection.name.value;
        paths.add(path);
        visit(selection.selectionSet, `${path}.`, seen);
      } else if (selection.kind === "InlineFragment") {
        visit(selection.selectionSet, prefix, seen);
      } else {
        const name = selection.name.value;
        if (seen.has(`${prefix}|${name}`)) continue;
        visit(info.fragments[name]?.selectionSet, prefix, new Set(seen).add(`${prefix}|${name}`));
      }
    }
  };
  for (const field of info.fieldNodes as readonly FieldNode[]) visit(field.selectionSet, "", new Set());
  return paths;
}

export interface DetailRules {
  /** Where entities sit ("edges.node.person"): a field of theirs outside SLIM_ENTITY_FIELDS needs detail. */
  entities?: string[];
  /** Where hops sit ("hops"): a field of theirs outside SLIM_HOP_FIELDS needs detail. */
  hops?: string[];
  /** Fields that need detail whenever they are selected ("edges.node.meetings.evidence"). */
  always?: string[];
}

/** Where each query that takes `detail` has its entities, hops and evidence. */
export const DETAIL_RULES = {
  whoMet: {
    entities: ["edges.node.person", "edges.node.meetings.event", "edges.node.meetings.places"],
    always: ["edges.node.meetings.evidence"],
  },
  traces: { entities: ["edges.node.priority", "edges.node.setBy", "edges.node.origin", "edges.node.nodes"], hops: ["edges.node.hops", "edges.node.weakestHop"] },
  howConnected: { entities: ["nodes"], hops: ["hops"] },
  search: { entities: ["edges.node.entity"] },
  /** institutionNetwork: the institutions reached (centre and edge ends come from the entity loader). */
  network: { entities: ["nodes.edges.node.institution"] },
  /** institutionNetwork: the shared activities' names and dates, `stated`, evidence (each fetched only when asked). */
  networkActivities: {
    always: ["edges.edges.node.activities.name", "edges.edges.node.activities.date", "edges.edges.node.undatedActivities.name", "edges.edges.node.undatedActivities.date"],
  },
  networkStated: { always: ["edges.edges.node.activities.stated", "edges.edges.node.undatedActivities.stated"] },
  networkEvidence: { always: ["edges.edges.node.activities.evidence", "edges.edges.node.undatedActivities.evidence"] },
} satisfies Record<string, DetailRules>;

/** True when the selection needs more than ids, names, kinds and hop types: full maps, then. */
export function needsDetail(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, rules: DetailRules): boolean {
  const beyond = (path: string, at: string, slim: ReadonlySet<string>) => {
    if (!path.startsWith(`${at}.`)) return false;
    const field = path.slice(at.length + 1).split(".")[0]!;
    return !slim.has(field);
  };
  for (const path of selectedPaths(info)) {
    if (rules.always?.includes(path)) return true;
    if (rules.entities?.some((at) => beyond(path, at, SLIM_ENTITY_FIELDS))) return true;
    if (rules.hops?.some((at) => beyond(path, at, SLIM_HOP_FIELDS))) return true;
  }
  return false;
}
