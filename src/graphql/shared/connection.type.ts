// Relay-style cursor connections. Cursors are sort keys (keyset.ts), opaque to clients; a generic
// class factory gives each list its own Edge and Connection types, whose shape is keyset.ts's Page.
import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { KeyedSlice } from "../../repositories/key-range";
import { badInput } from "../errors";
import { PageInfo } from "./common.type";
import { decodeKeyCursor, pageFromSlice, type KeysetArgs, type Page } from "./keyset";

/**
 * The page for a statement's keyset slice (repositories/key-range.ts): cursors are the keys the
 * statement computed; `node` turns a repository item into the connection's node.
 */
export function pageOfSlice<T, N = T>(result: KeyedSlice<T>, args: KeysetArgs, node: (item: T) => N = (item) => item as unknown as N): Page<N> {
  const page = pageFromSlice(result.slice, (keyed) => keyed.key, args, result.total, result.hasOther, result.hasBeyond === true);
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: node(edge.node.item) })) };
}

/**
 * Refuses a cursor of another list (or of another order of the same list): its key must have the
 * parts of this list's key. A valid cursor of the wrong list would otherwise page silently wrong.
 */
export function requireKeyShape(args: KeysetArgs, parts: number, list: string): void {
  for (const argument of ["after", "before"] as const) {
    const cursor = args[argument];
    if (cursor == null) continue;
    const key = decodeKeyCursor(cursor);
    if (key === null || key.length !== parts || typeof key[key.length - 1] !== "string") {
      throw badInput(argument, `is a cursor of another list or order, not of ${list}: pass a cursor this list returned`);
    }
  }
}

/**
 * The `${name}Connection` type of a list of `itemType`. With `extensible`, the connection type is left
 * for a subclass to declare (`@ObjectType("${name}Connection") class … extends Connection(…)`), which
 * adds fields of its own.
 */
export function Connection<T extends object>(
  itemType: ClassType<T> | Function,
  name: string,
  description: string,
  { extensible = false }: { extensible?: boolean } = {},
): ClassType<Page<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this item (its sort key, not its position): pass it as `after` for the items after it, or as `before` for those before it." })
    cursor!: string;

    @Field(() => itemType, { description: "The item." })
    node!: T;
  }

  // An extensible base is never a field's type, so it is not emitted (type-graphql leaves orphans out).
  @ObjectType(extensible ? `${name}ConnectionBase` : `${name}Connection`, { description: description || `The fields of every ${name}Connection.` })
  class ConnectionClass implements Page<T> {
    @Field(() => [Edge], { description: "The items of this page." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Where this page is in the whole list." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items the whole list has." })
    totalCount!: number;
  }
  return ConnectionClass;
}
