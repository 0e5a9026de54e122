// NOT_FOUND for query arguments: an id that no entity has is an error naming the argument and the id,
// never a plausible empty answer. A resolver asks only when its own answer is empty or null: a
// non-empty answer already proves that every id it was filtered by exists, so the common path costs
// no extra statement. The ids of one call (and of the same tick) go in one batched statement
// (loaders.exists, cypher/queries/entities/existing-ids.cypher).
import type { GraphQLContext } from "../context";
import { notFound } from "../errors";

/** Throws NOT_FOUND naming every argument (in the order given) whose id no entity has; absent arguments are skipped. */
export async function requireExisting(ctx: GraphQLContext, idsByArgument: Record<string, string | null | undefined>): Promise<void> {
  const asked = Object.entries(idsByArgument).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  if (asked.length === 0) return;
  const found = await Promise.all(asked.map(([, id]) => ctx.loaders.exists.load(id)));
  const missing = asked.filter((_, i) => !found[i]).map(([argument, id]) => ({ argument, id }));
  if (missing.length > 0) throw notFound(missing);
}
