// Arguments of projectPriorities and priorityReach, which filter their traces alike.
import { ArgsType, Field, ID } from "type-graphql";
import { IsEntityId } from "../../domain/ids";
import type { TraceFilter } from "../../repositories/traces.repository";
import { EnumListField } from "../shared/common.args";
import { PriorityTier, TraceTargetKind } from "../shared/enums";

@ArgsType()
export class TraceFilterArgs {
  @EnumListField(PriorityTier, "Only priorities of these tiers (default: all).")
  tiers?: string[];

  @Field(() => ID, { nullable: true, description: "Only priorities set by this document or meeting (document:… or event:…)." })
  @IsEntityId(["document", "event"], { message: "$property must be a document or event id" })
  setBy?: string;

  @Field(() => Boolean, { defaultValue: false, description: "Only chains whose every hop a source states (no inferred or curated hop)." })
  statedOnly: boolean = false;
}

/** The filter the traces repository takes. */
export function traceFilter(args: TraceFilterArgs): TraceFilter {
  return { tiers: args.tiers ?? [], setBy: args.setBy ?? null, statedOnly: args.statedOnly };
}

@ArgsType()
export class ProjectTraceArgs extends TraceFilterArgs {
  @Field(() => ID, { description: "The project (project:…)." })
  @IsEntityId("project")
  projectId!: string;
}

@ArgsType()
export class PriorityReachArgs extends TraceFilterArgs {
  @Field(() => ID, { description: "The research area set as a priority (area:…)." })
  @IsEntityId("area")
  areaId!: string;

  @EnumListField(TraceTargetKind, "Only traces from these kinds (default: projects and events).")
  kinds?: string[];
}
