// A path with typed hops, each with its evidence: what howConnected returns and what a priority
// trace extends.
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Entity } from "../entity/entity.type";
import { Evidence } from "./common.type";
import { EvidenceKind, RelationType } from "./enums";

@ObjectType({ description: "One step of a path or trace: a stored relationship and how the walk crossed it." })
export class Hop {
  @Field(() => ID, {
    description:
      "Stable id: hop:forward|<key> or hop:backward|<key>, the relationship's stored key (relationshipId) and the way the walk crosses it; the same in every path and trace.",
  })
  id!: string;

  @Field(() => ID, { name: "relationshipId", description: "The relationship's own stored key, from|TYPE|to|discriminator (Relation.relationshipId)." })
  key!: string;

  @Field(() => RelationType, { description: "Relationship type." })
  type!: string;

  @Field(() => ID, { description: "Id of the relationship's start node (as stored)." })
  fromId!: string;

  @Field(() => ID, { description: "Id of the relationship's end node (as stored)." })
  toId!: string;

  @Field(() => Boolean, { description: "True when the walk follows the relationship's direction, false when it goes against it." })
  forward!: boolean;

  @Field(() => String, { nullable: true, description: "Role, for participation and partnership." })
  role!: string | null;

  @Field(() => String, { nullable: true, description: "Title, for affiliations." })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "Priority tier, for SETS_PRIORITY." })
  tier!: string | null;

  @Field(() => Int, { nullable: true, description: "Place in a series, for MEETING_OF." })
  ordinal!: number | null;

  @Field(() => [String], { description: "Curators' remarks." })
  notes!: string[];

  @Field(() => Boolean, { description: "True when a source states this hop; false when a curator inferred or added it." })
  stated!: boolean;

  @Field(() => EvidenceKind, { description: "Its strongest evidence: STATED, else INFERRED (a quote plus the curator's inference), else CURATED." })
  evidenceKind!: string;

  @Field(() => [Evidence], { description: "Quotes or curated reasons for this hop." })
  evidence!: Evidence[];
}

@ObjectType({ description: "A path: entities in walk order and the hops between them (hops[i] joins nodes[i] and nodes[i+1])." })
export class GraphPath {
  @Field(() => Int, { description: "Number of hops." })
  length!: number;

  @Field(() => [Entity], { description: "Entities in walk order, from start to end." })
  nodes!: Entity[];

  @Field(() => [Hop], { description: "The hops, in walk order." })
  hops!: Hop[];
}
