import { Field, Int, ObjectType } from "type-graphql";
import { RelationType } from "../shared/enums";

@ObjectType({ description: "A node label with how many nodes have it." })
export class NameCount {
  @Field(() => String, {
    description: "The Neo4j label, as Neo4j spells it: an entity kind's label (Person, ResearchArea …; EntityKind gives them as PERSON, RESEARCH_AREA) or Source.",
  })
  name!: string;

  @Field(() => Int, { description: "How many nodes have it." })
  count!: number;
}

@ObjectType({ description: "A relationship type with how many relationships have it." })
export class RelationTypeCount {
  @Field(() => RelationType, { name: "type", description: "The relationship type." })
  name!: string;

  @Field(() => Int, { description: "How many relationships have it." })
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

  @Field(() => [RelationTypeCount], { description: "Relationship counts per type, sorted by type (bounded: one per relationship type of the vocabulary)." })
  relationshipTypes!: RelationTypeCount[];
}
