// Result type of projectPriorities and priorityReach.
import { Field, ID, ObjectType } from "type-graphql";
import { Entity, ResearchArea } from "../entity/entity.type";
import { PriorityTier } from "../shared/enums";
import { Connection } from "../shared/connection.type";
import { GraphPath, Hop } from "../shared/path.type";

@ObjectType({ description: "A chain from a project (or event) to a cooperation priority, every hop with its evidence." })
export class PriorityTrace extends GraphPath {
  @Field(() => ID, {
    description:
      "Stable id: trace:<origin id>|<priority id>|<setBy id>|<digest of its hops' ids>; the same chain has the same id in every request and in both projectPriorities and priorityReach.",
  })
  id!: string;

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

const ORDER =
  "Flagship priorities first, then ongoing, then potential; within a tier shorter chains first, then by the priority's name, the setting document's id, the origin's id and the trace's id (names and ids compared by code unit).";

export const PriorityTraceConnection = Connection(PriorityTrace, "PriorityTrace", `Priority traces (cursor connection, keyset cursors). ${ORDER}`);
