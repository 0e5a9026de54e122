// What a statement that pages by sort key needs (the GraphQL layer's keysetBounds gives it), and what
// it returns: the items after `afterKey` and before `beforeKey`, limit of them (page size + 1) in
// paging direction, each with its sort key as the statement computed it, so a cursor is the very key
// the statement compares (Cypher's toLower and JavaScript's toLowerCase need not agree).
export type SortKey = Array<string | number | boolean | null>;

function comparePart(a: SortKey[number], b: SortKey[number]): number {
  if (a === b) return 0;
  if (a === null) return 1; // nulls last
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Compares two sort keys part by part; `descending[i]` reverses part i. Strings compare by code
 * unit (as Cypher's ORDER BY does), numbers numerically, null after every value in ascending order.
 */
export function compareKeys(a: SortKey, b: SortKey, descending: readonly boolean[] = []): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const order = comparePart(a[i] ?? null, b[i] ?? null);
    if (order !== 0) return descending[i] ? -order : order;
  }
  return 0;
}

export interface KeyRange {
  afterKey: SortKey | null;
  beforeKey: SortKey | null;
  /** True: the first items after afterKey; false: the last items before beforeKey, read backwards. */
  forward: boolean;
  /** How many items to return (page size + 1); null for every item (forward only). */
  limit: number | null;
}

/** Every item, for internal callers that want the whole list in order. */
export const ALL_ITEMS: KeyRange = { afterKey: null, beforeKey: null, forward: true, limit: null };

export interface Keyed<T> {
  key: SortKey;
  item: T;
}

export interface KeyedSlice<T> {
  /** Items matching the filters, before paging. */
  total: number;
  /** Whether items lie on the other side of the cursor (before afterKey, or after beforeKey). */
  hasOther: boolean;
  /**
   * Whether items lie beyond the far bound of a range given by both cursors (after beforeKey when
   * forward, before afterKey when not); absent = false. Only the lists that keep the paging of the
   * whole sorted list (keyset.ts pageByKey) report it.
   */
  hasBeyond?: boolean;
  /** Up to limit items in paging direction (backwards when not forward). */
  slice: Array<Keyed<T>>;
}

/** The statement's parameters for a range (limit null is sent as null: every item). */
export function rangeParams(range: KeyRange): Record<string, unknown> {
  return { afterKey: range.afterKey, beforeKey: range.beforeKey, forward: range.forward, limit: range.limit };
}

/** The first `count` items of the list (and one more, which tells whether there is a next page). */
export function firstItems(count: number): KeyRange {
  return { ...ALL_ITEMS, limit: count + 1 };
}
