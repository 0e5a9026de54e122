// Result types of search.
import { Field, ObjectType } from "type-graphql";
import { Entity } from "../entity/entity.type";
import { Connection } from "../shared/connection.type";

@ObjectType({ description: "A search hit." })
export class SearchHit {
  @Field(() => Entity, { description: "The entity found." })
  entity!: Entity;

  @Field(() => Number, { description: "Relevance (higher is better)." })
  score!: number;
}

export const SearchConnection = Connection(
  SearchHit,
  "SearchHit",
  "Search results, best first: exact names and aliases, then name and alias matches, then topic and summary matches, by score (descending) within each, then by name and id. A cursor is that sort key (score included), so it keeps its place only as far as scores stay the same: a curated change can change the scores (term statistics) of every hit, and then a page taken before it may skip or repeat hits.",
);
