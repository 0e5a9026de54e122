// Result type of projectPriorities and priorityReach.
import { Field, ObjectType } from "type-graphql";
import { Entity, ResearchArea } from "../entity/entity.type";
import { PriorityTier } from "../shared/enums";
import { GraphPath, Hop } from "../shared/path.type";

@ObjectType({ description: "A chain from a project (or event) to a cooperation priority, every hop with its evidence." })
export class PriorityTrace extends GraphPath {
  @Field(() => ResearchArea, { description: "The research area set as a priority." })
  priority!: ResearchArea;

  @Field(() => PriorityTier, { description: "Its tier in the document or meeting that sets it." })
  tier!: string;

  @Field(() => Entity, { description: "The document or meeting that sets the priority." })
  setBy!: Entity;

  @Field(() => Entity, { description: "Where the chain starts: the project or event." })
  origin!: Entity;

  @Field(() => Boolean, { description: "True when every hop is stated by a source; false when any hop is inferred or curated." })
  stated!: boolean;

  @Field(() => Hop, { description: "The hop with the weakest evidence (CURATED, then INFERRED, then STATED), the first such on the chain: how far the whole chain can be trusted." })
  weakestHop!: Hop;
}
