// Keyset paging (src/graphql/shared/keyset.ts) on plain lists: cursors are sort keys, so a page taken
// before an insert or a delete continues with the same next item; last/before page backwards.
import { describe, expect, it } from "vitest";
import { compareKeys, decodeKeyCursor, encodeKeyCursor, pageByKey, pageFromSlice, type SortKey } from "../src/graphql/shared/keyset";

interface Item { id: string; year: number | null }
const keyOf = (item: Item): SortKey => [item.year, item.id];
const sortItems = (items: Item[], descending: boolean[] = []) => [...items].sort((a, b) => compareKeys(keyOf(a), keyOf(b), descending));
const items = sortItems([
  { id: "e:a", year: 2014 },
  { id: "e:b", year: 2014 },
  { id: "e:c", year: 2016 },
  { id: "e:d", year: null },
  { id: "e:e", year: 2011 },
]);
const ids = (page: { edges: Array<{ node: Item }> }) => page.edges.map((edge) => edge.node.id);

describe("keyset cursors", () => {
  it("round-trip a key and refuse anything else", () => {
    expect(decodeKeyCursor(encodeKeyCursor([2014, "e:a"]))).toEqual([2014, "e:a"]);
    expect(decodeKeyCursor(Buffer.from("offset:3").toString("base64url"))).toBeNull();
    expect(decodeKeyCursor(Buffer.from("key:{\"a\":1}").toString("base64url"))).toBeNull();
    expect(decodeKeyCursor(Buffer.from("key:[[1]]").toString("base64url"))).toBeNull();
    expect(decodeKeyCursor("not base64 at all!")).toBeNull();
  });

  it("order numbers numerically, nulls last, and reverse a descending part", () => {
    expect(items.map((item) => item.id)).toEqual(["e:e", "e:a", "e:b", "e:c", "e:d"]);
    expect(sortItems(items, [true]).map((item) => item.id)).toEqual(["e:d", "e:c", "e:a", "e:b", "e:e"]);
  });

  it("page forwards with first/after to the end, and backwards with last/before to the start", () => {
    const one = pageByKey(items, keyOf, { first: 2 });
    expect(ids(one)).toEqual(["e:e", "e:a"]);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = pageByKey(items, keyOf, { first: 2, after: one.pageInfo.endCursor });
    expect(ids(two)).toEqual(["e:b", "e:c"]);
    const three = pageByKey(items, keyOf, { first: 2, after: two.pageInfo.endCursor });
    expect(ids(three)).toEqual(["e:d"]);
    expect(three.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(three.totalCount).toBe(5);

    const back = pageByKey(items, keyOf, { last: 2, before: three.pageInfo.startCursor });
    expect(ids(back)).toEqual(["e:b", "e:c"]);
    const tail = pageByKey(items, keyOf, { last: 2 });
    expect(ids(tail)).toEqual(["e:c", "e:d"]);
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(pageByKey(items, keyOf, {}).edges).toHaveLength(5);
  });

  it("a cursor survives an insert before it and the deletion of its own item", () => {
    const one = pageByKey(items, keyOf, { first: 2 });
    const inserted = sortItems([...items, { id: "e:0", year: 2010 }, { id: "e:aa", year: 2014 }]);
    expect(ids(pageByKey(inserted, keyOf, { first: 2, after: one.pageInfo.endCursor }))).toEqual(["e:aa", "e:b"]);
    const withoutA = items.filter((item) => item.id !== "e:a");
    expect(ids(pageByKey(withoutA, keyOf, { first: 2, after: one.pageInfo.endCursor }))).toEqual(["e:b", "e:c"]);
  });

  it("build a page from a statement's slice of size + 1, in either direction", () => {
    const forward = pageFromSlice(items.slice(0, 3), keyOf, { first: 2 }, 5, false);
    expect(ids(forward)).toEqual(["e:e", "e:a"]);
    expect(forward.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const backward = pageFromSlice([...items].reverse().slice(0, 3), keyOf, { last: 2 }, 5, false);
    expect(ids(backward)).toEqual(["e:c", "e:d"]);
    expect(backward.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const first = pageFromSlice([...items].reverse().slice(3), keyOf, { last: 2, before: "x" }, 5, true);
    expect(ids(first)).toEqual(["e:e", "e:a"]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });
});
