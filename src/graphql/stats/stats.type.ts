import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A name (node label or relationship type) with how many times it occurs." })
export class NameCount {
  @Field(() => String, { description: "Node label (entity kind) or relationship type." })
  name!: string;

  @Field(() => Int, { description: "How many nodes or relationships have it." })
  count!: number;
}

@ObjectType({ description: "Size of the knowledge graph, counted in Neo4j at query time." })
export class GraphStats {
  @Field(() => Int, { description: "All nodes (entities and sources)." })
  nodeCount!: number;

  @Field(() => Int, { description: "All relationships." })
  relationshipCount!: number;

  @Field(() => [NameCount], { description: "Node counts per label, sorted by label (bounded: one per entity kind, and Source)." })
  labels!: NameCount[];

  @Field(() => [NameCount], { description: "Relationship counts per type, sorted by type (bounded: one per relationship type of the vocabulary)." })
  relationshipTypes!: NameCount[];
}
