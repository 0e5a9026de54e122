// How a relationship reads in words, from the side of the entity it is seen from.
import type { Relation } from "../api/types";
import { roleLabel, tierLabel, words } from "./kinds";

/** "participated in (speaker)" / "← participated in", the type in the direction it is stored. */
export function relationText(relation: Pick<Relation, "type" | "outgoing" | "role" | "partnerRole" | "title" | "tier" | "ordinal">): string {
  const extras = [
    relation.title,
    relation.role && roleLabel(relation.role),
    relation.partnerRole,
    relation.tier && `${tierLabel(relation.tier)} priority`,
    relation.ordinal && `no. ${relation.ordinal}`,
  ]
    .filter(Boolean)
    .join(", ");
  const base = relation.outgoing ? words(relation.type) : `${words(relation.type)} (by)`;
  return extras ? `${base} · ${extras}` : base;
}
