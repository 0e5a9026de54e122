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

export const SearchConnection = Connection(SearchHit, "SearchHit", "Search results, best first.");
