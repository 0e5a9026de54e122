// Arguments of timeline.
import { ArgsType, Field, ID } from "type-graphql";
import { IsEntityId } from "../../domain/ids";
import { ANY_ENTITY_ID, ENTITY_ID_PREFIXES, EnumListField } from "../shared/common.args";
import { ConnectionArgs } from "../shared/keyset";
import { EventType } from "../shared/enums";
import { TimeWindowArgs } from "../shared/window.args";

@ArgsType()
export class TimelineArgs extends TimeWindowArgs(ConnectionArgs) {
  @Field(() => ID, { nullable: true, description: "Only events held in this place or a place inside it (place:…)." })
  @IsEntityId("place")
  placeId?: string;

  @Field(() => ID, { nullable: true, description: "Only events this entity took part in or organised (any entity id)." })
  @IsEntityId(ENTITY_ID_PREFIXES, ANY_ENTITY_ID)
  participantId?: string;

  @EnumListField(EventType, "Only these event types (default: all).")
  eventTypes?: string[];
}
