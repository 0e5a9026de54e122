// Result types of whoMet and meetingsBetween.
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Event, Person, Place } from "../entity/entity.type";
import { Evidence, FuzzyDate } from "../shared/common.type";
import { Connection } from "../shared/connection.type";
import { MeetingKind, ParticipationRole } from "../shared/enums";

@ObjectType({ description: "One occasion on which two people met, with its evidence." })
export class Meeting {
  @Field(() => ID, {
    description:
      "Stable id: meeting:<person>|<other person>|<event id>, or for a stated meeting the MET relationship's key in place of the event id; the same in whoMet and meetingsBetween.",
  })
  id!: string;

  @Field(() => MeetingKind, { description: "EVENT (both took part in the event) or STATED (a source says they met)." })
  kind!: string;

  @Field(() => Event, { nullable: true, description: "The event both took part in (null for a stated meeting without an event)." })
  event!: Event | null;

  @Field(() => FuzzyDate, { nullable: true, description: "When, as precisely as the source says." })
  date!: FuzzyDate | null;

  @Field(() => [Place], { description: "Where the event was held (bounded: the places the sources name for this one event)." })
  places!: Place[];

  @Field(() => [ParticipationRole], { description: "The roles of the person asked about (chair, speaker, participant …)." })
  subjectRoles!: string[];

  @Field(() => [ParticipationRole], { description: "The roles of the other person." })
  otherRoles!: string[];

  @Field(() => [Evidence], { description: "Quotes that put both people there (or state that they met) (bounded: the quotes about this one meeting)." })
  evidence!: Evidence[];
}

@ObjectType({ description: "A person someone met, with every meeting as evidence." })
export class Encounter {
  @Field(() => ID, {
    description:
      "Stable id: encounter:<person>|<other person>, followed by the filters when any (|from=…|to=…|place=…|types=…), since the meetings listed depend on them.",
  })
  id!: string;

  @Field(() => Person, { description: "The person met." })
  person!: Person;

  @Field(() => Int, { description: "How many occasions they met: each event once, and a stated meeting only when no listed event overlaps its date." })
  meetingCount!: number;

  @Field(() => [Meeting], { description: "The meetings, in date order (bounded: the events these two people both took part in, and the meetings a source states)." })
  meetings!: Meeting[];
}

export const EncounterConnection = Connection(
  Encounter,
  "Encounter",
  "People a person met, by name, then id (the sort key its cursors stand for, so a page taken before a curated change continues with the same next person).",
);

@ObjectType({ description: "Whether and where two people met." })
export class MeetingCheck {
  @Field(() => Boolean, { description: "True when they met at least once (under the filters)." })
  met!: boolean;

  @Field(() => [Meeting], { description: "Every meeting, in date order (bounded: the events these two people both took part in, and the meetings a source states)." })
  meetings!: Meeting[];
}
