// Result type of series.
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Event } from "../entity/entity.type";
import { Evidence } from "../shared/common.type";
import { Connection } from "../shared/connection.type";

@ObjectType({ description: "One meeting in a series (a committee's numbered meetings, a dialogue's rounds)." })
export class SeriesMeeting {
  @Field(() => ID, { description: "Stable id: series-meeting:<body id>|<event id>; the same in every request." })
  id!: string;

  @Field(() => Int, { nullable: true, description: "Its number in the series (1 for the first meeting)." })
  ordinal!: number | null;

  @Field(() => Event, { description: "The meeting." })
  event!: Event;

  @Field(() => ID, { nullable: true, description: "The meeting before it, as the sources link them." })
  previousId!: string | null;

  @Field(() => ID, { nullable: true, description: "The meeting after it." })
  nextId!: string | null;

  @Field(() => Boolean, { description: "True when a source states that it was a meeting of this body." })
  stated!: boolean;

  @Field(() => [Evidence], { description: "Quotes (or curated reasons) for its place in the series (bounded: the quotes about this one meeting's place)." })
  evidence!: Evidence[];
}

export const SeriesMeetingConnection = Connection(
  SeriesMeeting,
  "SeriesMeeting",
  "Meetings of a series (cursor connection, keyset cursors), in series order: number in the series, then start date, then event id.",
);
