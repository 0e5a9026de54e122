// Relay-style cursor connections. Cursors are opaque (base64url of the item's offset); a generic
// class factory gives each list its own Edge and Connection types.
import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./common.type";

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, "utf8").toString("base64url");
}

/** The offset a cursor stands for, or null when it is not one of ours. */
export function decodeCursor(cursor: string): number | null {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a page from the items of one slice starting at `skip`, out of `total`. */
export function toPage<T>(items: T[], skip: number, total: number): Page<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: skip + items.length < total,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export function Connection<T extends object>(itemType: ClassType<T> | Function, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this item; pass it as `after`." })
    cursor!: string;

    @Field(() => itemType, { description: "The item." })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionClass {
    @Field(() => [Edge], { description: "The items of this page." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Where this page is in the whole list." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items the whole list has." })
    totalCount!: number;
  }
  return ConnectionClass;
}
