// Result types of the three jobs and of path finding: meetings, paths with typed hops, priority
// traces, institutional networks.
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Evidence, FuzzyDate } from "./common.type";
import { Connection } from "./connection.type";
import { Entity, Event, Institution, Person, Place, Relation, ResearchArea } from "../entity/entity.type";
import { EvidenceKind, MeetingKind, NetworkLink, ParticipationRole, PriorityTier, RelationType } from "./enums";

@ObjectType({ description: "One occasion on which two people met, with its evidence." })
export class Meeting {
  @Field(() => MeetingKind, { description: "EVENT (both took part in the event) or STATED (a source says they met)." })
  kind!: string;

  @Field(() => Event, { nullable: true, description: "The event both took part in (null for a stated meeting without an event)." })
  event!: Event | null;

  @Field(() => FuzzyDate, { nullable: true, description: "When, as precisely as the source says." })
  date!: FuzzyDate | null;

  @Field(() => [Place], { description: "Where the event was held." })
  places!: Place[];

  @Field(() => [ParticipationRole], { description: "The roles of the person asked about (chair, speaker, participant …)." })
  subjectRoles!: string[];

  @Field(() => [ParticipationRole], { description: "The roles of the other person." })
  otherRoles!: string[];

  @Field(() => [Evidence], { description: "Quotes that put both people there (or state that they met)." })
  evidence!: Evidence[];
}

@ObjectType({ description: "A person someone met, with every meeting as evidence." })
export class Encounter {
  @Field(() => Person, { description: "The person met." })
  person!: Person;

  @Field(() => Int, { description: "How many occasions they met: each event once, and a stated meeting only when no listed event overlaps its date." })
  meetingCount!: number;

  @Field(() => [Meeting], { description: "The meetings, in date order." })
  meetings!: Meeting[];
}

export const EncounterConnection = Connection(Encounter, "Encounter", "People a person met (cursor connection, people by name).");

@ObjectType({ description: "Whether and where two people met." })
export class MeetingCheck {
  @Field(() => Boolean, { description: "True when they met at least once (under the filters)." })
  met!: boolean;

  @Field(() => [Meeting], { description: "Every meeting, in date order." })
  meetings!: Meeting[];
}

@ObjectType({ description: "One step of a path or trace: a stored relationship and how the walk crossed it." })
export class Hop {
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

@ObjectType({ description: "An institution in a network, with how many links away from the centre it is." })
export class NetworkNode {
  @Field(() => Institution, { description: "The institution." })
  institution!: Institution;

  @Field(() => Int, { description: "Links away from the centre (0 = the centre)." })
  depth!: number;
}

@ObjectType({ description: "Something two institutions share: a person, event, project or agreement." })
export class SharedActivity {
  @Field(() => NetworkLink, { description: "What kind of link it makes." })
  via!: string;

  @Field(() => ID, { nullable: true, description: "Id of the shared person, event, project or document (null for HIERARCHY)." })
  id!: string | null;

  @Field(() => String, { nullable: true, description: "Its name." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "Its date, when it has one." })
  date!: string | null;

  @Field(() => Boolean, { description: "False when it has no date: a time window cannot place it (with from/to it is listed in undatedActivities)." })
  dated!: boolean;

  @Field(() => Boolean, { description: "True when every relationship that makes this link is stated by a source." })
  stated!: boolean;

  @Field(() => [Evidence], { description: "The evidence of the relationships that make this link (each side's participation, affiliation, partnership …)." })
  evidence!: Evidence[];
}

@ObjectType({ description: "A weighted, undirected link between two institutions." })
export class NetworkEdge {
  @Field(() => ID, { description: "One institution (the smaller id)." })
  sourceId!: string;

  @Field(() => ID, { description: "The other institution." })
  targetId!: string;

  @Field(() => Int, { description: "How many distinct shared activities link them (those in `activities`)." })
  weight!: number;

  @Field(() => [NetworkLink], { description: "The kinds of link present." })
  via!: string[];

  @Field(() => [SharedActivity], { description: "The shared activities: all of them without a time window; with one, the dated activities inside it." })
  activities!: SharedActivity[];

  @Field(() => [SharedActivity], {
    description: "With a time window: the shared activities that have no date, kept apart (never counted as inside the window; not in weight).",
  })
  undatedActivities!: SharedActivity[];
}

@ObjectType({ description: "An institutional network, ready to draw: nodes and weighted edges." })
export class InstitutionNetwork {
  @Field(() => Institution, { description: "The institution at the centre." })
  center!: Institution;

  @Field(() => [NetworkNode], { description: "Institutions reached, the centre first." })
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge], { description: "Links among them, heaviest first." })
  edges!: NetworkEdge[];

  @Field(() => Boolean, {
    description:
      "True when maxNodes cut the network off. Once maxNodes institutions are reached, deeper levels are not explored: institutions beyond, and links between the institutions found that only a deeper level would show, are left out (true even when that level might have added nothing).",
  })
  truncated!: boolean;
}

@ObjectType({ description: "A search hit." })
export class SearchHit {
  @Field(() => Entity, { description: "The entity found." })
  entity!: Entity;

  @Field(() => Number, { description: "Relevance (higher is better)." })
  score!: number;
}

export const SearchConnection = Connection(SearchHit, "SearchHit", "Search results, best first.");

export const EventConnection = Connection(Event, "Event", "Events in date order.");

export const RelationConnection = Connection(Relation, "Relation", "Relationships of an entity.");

export const EntityConnection = Connection(Entity, "Entity", "Entities in name order.");

@ObjectType({ description: "An entity next to another one, with every relationship that links the two." })
export class Neighbour {
  @Field(() => Entity, { description: "The neighbouring entity." })
  entity!: Entity;

  @Field(() => [Relation], {
    description: "The relationships between the two (of the types asked for), by type; `outgoing` is seen from the entity whose neighbours were asked for.",
  })
  relations!: Relation[];
}

export const NeighbourConnection = Connection(
  Neighbour,
  "Neighbour",
  "Distinct neighbours of an entity, by name; totalCount is how many there are in all (the \"N more\" of a capped expansion).",
);

@ObjectType({ description: "One meeting in a series (a committee's numbered meetings, a dialogue's rounds)." })
export class SeriesMeeting {
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

  @Field(() => [Evidence], { description: "Quotes (or curated reasons) for its place in the series." })
  evidence!: Evidence[];
}
