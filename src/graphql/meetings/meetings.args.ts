// Arguments of whoMet and meetingsBetween.
import { ArgsType, Field, ID } from "type-graphql";
import { IsEntityId } from "../../domain/ids";
import { EnumListField } from "../shared/common.args";
import { ConnectionArgs } from "../shared/keyset";
import { EventType } from "../shared/enums";
import { NoArgs, TimeWindowArgs } from "../shared/window.args";

@ArgsType()
export class WhoMetArgs extends TimeWindowArgs(ConnectionArgs) {
  @Field(() => ID, { description: "The person (person:…)." })
  @IsEntityId("person")
  personId!: string;

  @Field(() => ID, { nullable: true, description: "Only meetings held in this place or a place inside it (place:…)." })
  @IsEntityId("place")
  placeId?: string;

  @EnumListField(EventType, "Only these event types (default: every meeting type; then stated meetings are left out).")
  eventTypes?: string[];
}

@ArgsType()
export class MeetingsBetweenArgs extends TimeWindowArgs(NoArgs, {
  from: "Start of the time window (YYYY, YYYY-MM or YYYY-MM-DD).",
  to: "End of the time window (YYYY, YYYY-MM or YYYY-MM-DD).",
}) {
  @Field(() => ID, { description: "One person (person:…)." })
  @IsEntityId("person")
  personId!: string;

  @Field(() => ID, { description: "The other person (person:…)." })
  @IsEntityId("person")
  otherPersonId!: string;
}
