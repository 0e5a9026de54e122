// Arguments of howConnected.
import { Max, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { IsEntityId } from "../../domain/ids";
import { ANY_ENTITY_ID, ENTITY_ID_PREFIXES, EnumListField } from "../shared/common.args";
import { RelationType } from "../shared/enums";
import { NoArgs, TimeWindowArgs } from "../shared/window.args";

export const MAX_HOPS = 6;

@ArgsType()
export class ConnectionArgs extends TimeWindowArgs(NoArgs, {
  from: "Only through entities whose dates overlap this window: start (YYYY, YYYY-MM or YYYY-MM-DD).",
  to: "End of the time window.",
}) {
  @Field(() => ID, { description: "Where the path starts (any entity id)." })
  @IsEntityId(ENTITY_ID_PREFIXES, ANY_ENTITY_ID)
  fromId!: string;

  @Field(() => ID, { description: "Where the path ends (any entity id, not the same as fromId)." })
  @IsEntityId(ENTITY_ID_PREFIXES, ANY_ENTITY_ID)
  toId!: string;

  @Field(() => Int, { defaultValue: 4, description: `Longest path to look for, 1 to ${MAX_HOPS} hops.` })
  @Min(1)
  @Max(MAX_HOPS)
  maxHops: number = 4;

  @EnumListField(RelationType, "Only walk these relationship types (default: all).")
  relationTypes?: string[];

  @Field(() => Int, { defaultValue: 5, description: "How many equally short paths to return, 1 to 25." })
  @Min(1)
  @Max(25)
  limit: number = 5;
}
