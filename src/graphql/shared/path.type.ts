// A path with typed hops, each with its evidence: what howConnected returns and what a priority
// trace extends.
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Entity } from "../entity/entity.type";
import { Evidence } from "./common.type";
import { EvidenceKind, ParticipationRole, PriorityTier, RelationType } from "./enums";

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

  @Field(() => ParticipationRole, { nullable: true, description: "The part taken in the event, for PARTICIPATED_IN (null for other types)." })
  role!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A partner's role in the project, for PARTNER_IN: free text in the source's words (e.g. coordinator, joint lead (Japan)), not a fixed vocabulary.",
  })
  partnerRole!: string | null;

  @Field(() => String, { nullable: true, description: "Title, for affiliations and LEADS: free text in the source's words (e.g. Director-General)." })
  title!: string | null;

  @Field(() => PriorityTier, { nullable: true, description: "Priority tier, for SETS_PRIORITY (null for other types)." })
  tier!: string | null;

  @Field(() => Int, { nullable: true, description: "Place in a series, for MEETING_OF." })
  ordinal!: number | null;

  @Field(() => [String], { description: "Curators' remarks (bounded: the remarks on this one relationship)." })
  notes!: string[];

  @Field(() => Boolean, { description: "True when a source states this hop; false when a curator inferred or added it." })
  stated!: boolean;

  @Field(() => EvidenceKind, { description: "Its strongest evidence: STATED, else INFERRED (a quote plus the curator's inference), else CURATED." })
  evidenceKind!: string;

  @Field(() => [Evidence], { description: "Quotes or curated reasons for this hop (bounded: the quotes about this one relationship)." })
  evidence!: Evidence[];
}

@ObjectType({ description: "A path: entities in walk order and the hops between them (hops[i] joins nodes[i] and nodes[i+1])." })
export class GraphPath {
  @Field(() => Int, { description: "Number of hops." })
  length!: number;

  @Field(() => [Entity], { description: "Entities in walk order, from start to end (bounded: one more than the hops)." })
  nodes!: Entity[];

  @Field(() => [Hop], { description: "The hops, in walk order (bounded: at most 6, howConnected's largest maxHops; a priority trace has at most 4)." })
  hops!: Hop[];
}
