// Keyset paging for Relay connections. A cursor is the sort key of its item (opaque to clients:
// base64url of `key:` + JSON array), not an offset, so a page taken before a curated insert or
// delete still continues with the same next item afterwards. Every sort key ends with the item's id,
// so keys are unique and the order is total.
//
// Two ways to page:
// - in Node, over a list already sorted by the same key: pageByKey (first/after and last/before);
// - in Cypher, for lists too large to sort in Node: pass keysetBounds(args) to the statement, which
//   filters `key > after` / `key < before` itself and returns one item more than asked; then
//   pageFromSlice builds the page.
import { registerDecorator, ValidationArguments, type ValidationOptions } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { Max, Min, IsOptional } from "class-validator";
import type { PageInfo } from "./common.type";
import { compareKeys } from "../../repositories/key-range";

export { compareKeys };

export type KeyPart = string | number | boolean | null;
export type SortKey = KeyPart[];

const PREFIX = "key:";

export function encodeKeyCursor(key: SortKey): string {
  return Buffer.from(PREFIX + JSON.stringify(key), "utf8").toString("base64url");
}

/** The sort key a cursor stands for, or null when it is not a cursor of ours. */
export function decodeKeyCursor(cursor: string): SortKey | null {
  if (typeof cursor !== "string" || cursor.length > 2048) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith(PREFIX)) return null;
  try {
    const key: unknown = JSON.parse(text.slice(PREFIX.length));
    const primitive = (part: unknown) => part === null || ["string", "number", "boolean"].includes(typeof part);
    return Array.isArray(key) && key.length > 0 && key.every(primitive) ? (key as SortKey) : null;
  } catch {
    return null;
  }
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** Paging arguments after validation: exactly one of first / last is set. */
export interface KeysetArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

/** The page size and direction the arguments ask for (first 20 when neither first nor last is given). */
export function direction(args: KeysetArgs): { forward: boolean; size: number } {
  if (args.last != null && args.first == null) return { forward: false, size: args.last };
  return { forward: true, size: args.first ?? DEFAULT_PAGE };
}

/**
 * One page of `sorted` (already in the order of `keyOf` under `descending`): the items after `after`
 * and before `before`, the first `first` of them or the last `last`. totalCount is the whole list.
 */
export function pageByKey<T>(sorted: readonly T[], keyOf: (item: T) => SortKey, args: KeysetArgs, descending: readonly boolean[] = []): Page<T> {
  const after = args.after ? decodeKeyCursor(args.after) : null;
  const before = args.before ? decodeKeyCursor(args.before) : null;
  let start = 0;
  let end = sorted.length;
  if (after) while (start < end && compareKeys(keyOf(sorted[start]!), after, descending) <= 0) start += 1;
  if (before) while (end > start && compareKeys(keyOf(sorted[end - 1]!), before, descending) >= 0) end -= 1;
  const { forward, size } = direction(args);
  const from = forward ? start : Math.max(start, end - size);
  const to = forward ? Math.min(end, start + size) : end;
  const edges = sorted.slice(from, to).map((node) => ({ cursor: encodeKeyCursor(keyOf(node)), node }));
  return {
    edges,
    totalCount: sorted.length,
    pageInfo: {
      hasNextPage: to < sorted.length,
      hasPreviousPage: from > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Parameters for a Cypher statement that pages by key itself (see the file header). */
export function keysetBounds(args: KeysetArgs): { afterKey: SortKey | null; beforeKey: SortKey | null; forward: boolean; limit: number } {
  const { forward, size } = direction(args);
  return {
    afterKey: args.after ? decodeKeyCursor(args.after) : null,
    beforeKey: args.before ? decodeKeyCursor(args.before) : null,
    forward,
    limit: size + 1,
  };
}

/**
 * The page from a slice a statement returned for keysetBounds(args): up to size + 1 items in list
 * order (for `last`, the statement reads backwards and this function restores the order). Whether
 * there are items on the other side of the cursor is `hasOther` (the statement's own answer, or
 * false when it is not asked); `hasBeyond`, items beyond the far bound when both cursors are given
 * (as pageByKey reports them: hasNextPage of first/before, hasPreviousPage of last/after).
 */
export function pageFromSlice<T>(slice: T[], keyOf: (item: T) => SortKey, args: KeysetArgs, totalCount: number, hasOther = false, hasBeyond = false): Page<T> {
  const { forward, size } = direction(args);
  const more = slice.length > size;
  const items = forward ? slice.slice(0, size) : slice.slice(0, size).reverse();
  const edges = items.map((node) => ({ cursor: encodeKeyCursor(keyOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: forward ? more || hasBeyond : hasOther,
      hasPreviousPage: forward ? hasOther : more || hasBeyond,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

function IsKeyCursor(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: "isKeyCursor",
      target: object.constructor,
      propertyName,
      options: { message: "$property is not a cursor returned by this API (pass pageInfo.endCursor or startCursor as it came)", ...options },
      validator: { validate: (value: unknown) => value === undefined || value === null || (typeof value === "string" && decodeKeyCursor(value) !== null) },
    });
}

/** first and last are exclusive; after goes with first, before with last (or both bound a range). */
function NotWith(other: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: "notWith",
      target: object.constructor,
      propertyName,
      constraints: [other],
      options: { message: `$property cannot be combined with ${other}: page forwards (first/after) or backwards (last/before)`, ...options },
      validator: {
        validate: (value: unknown, validation: ValidationArguments) =>
          value === undefined || value === null || (validation.object as Record<string, unknown>)[other] == null,
      },
    });
}

/**
 * The paging arguments (first/after, last/before) with pages of 1 to `maxPage` items; a list's args
 * class extends it (`@ArgsType() class X extends PagingArgs(1000) {}`) or uses ConnectionArgs.
 */
export function PagingArgs(maxPage: number) {
  @ArgsType()
  class Paging implements KeysetArgs {
    @Field(() => Int, { nullable: true, description: `Page size when paging forwards, 1 to ${maxPage} (${DEFAULT_PAGE} when neither first nor last is given).` })
    @IsOptional()
    @Min(1)
    @Max(maxPage)
    first?: number | null;

    @Field(() => String, { nullable: true, description: "Cursor after which the page starts (pageInfo.endCursor of the previous page)." })
    @IsOptional()
    @IsKeyCursor()
    after?: string | null;

    @Field(() => Int, { nullable: true, description: `Page size when paging backwards, 1 to ${maxPage}: the last items before \`before\` (or of the whole list).` })
    @IsOptional()
    @Min(1)
    @Max(maxPage)
    @NotWith("first")
    last?: number | null;

    @Field(() => String, { nullable: true, description: "Cursor before which the page ends (pageInfo.startCursor of the next page)." })
    @IsOptional()
    @IsKeyCursor()
    before?: string | null;
  }
  return Paging;
}

/** Paging of every connection: pages of 1 to MAX_PAGE items. */
@ArgsType()
export class ConnectionArgs extends PagingArgs(MAX_PAGE) {}
