// Result types of institutionNetwork: nodes and weighted edges, ready to draw.
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Institution } from "../entity/entity.type";
import { Evidence, FuzzyDate } from "../shared/common.type";
import { Connection } from "../shared/connection.type";
import { NetworkLink } from "../shared/enums";

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

  @Field(() => ID, {
    description:
      "Stable id, made of its parts: shared-activity:<sourceId>|<targetId>|<via>|<entityId> (without |<entityId> for HIERARCHY); the same in every request, whatever the depth, window or via filter.",
  })
  id!: string;

  @Field(() => ID, { nullable: true, description: "Id of the shared person, event, project or document (null for HIERARCHY)." })
  entityId!: string | null;

  @Field(() => String, { nullable: true, description: "Its name." })
  name!: string | null;

  @Field(() => FuzzyDate, { nullable: true, description: "Its date, when it has one: an event's or document's date, a project's start." })
  date!: FuzzyDate | null;

  @Field(() => Boolean, { description: "False when it has no date: a time window cannot place it (with from/to it is listed in undatedActivities)." })
  dated!: boolean;

  @Field(() => Boolean, { description: "True when every relationship that makes this link is stated by a source." })
  stated!: boolean;

  @Field(() => [Evidence], { description: "The evidence of the relationships that make this link (each side's participation, affiliation, partnership …) (bounded: the quotes about these few relationships)." })
  evidence!: Evidence[];
}

@ObjectType({ description: "A weighted, undirected link between two institutions." })
export class NetworkEdge {
  @Field(() => ID, {
    description:
      "Stable id: edge:<sourceId>|<targetId>, followed by the filters that shape its activities when any (|via=…|from=…|to=…); the same in every request.",
  })
  id!: string;

  @Field(() => ID, { description: "One institution (the smaller id)." })
  sourceId!: string;

  @Field(() => ID, { description: "The other institution." })
  targetId!: string;

  @Field(() => Int, { description: "How many distinct shared activities link them (those in `activities`)." })
  weight!: number;

  @Field(() => [NetworkLink], { description: "The kinds of link present." })
  via!: string[];

  @Field(() => [SharedActivity], { description: "The shared activities: all of them without a time window; with one, the dated activities inside it (bounded: what these two institutions share; not paged)." })
  activities!: SharedActivity[];

  @Field(() => [SharedActivity], {
    description: "With a time window: the shared activities that have no date, kept apart (never counted as inside the window; not in weight) (bounded: what these two institutions share; not paged).",
  })
  undatedActivities!: SharedActivity[];
}

export const NetworkNodeConnection = Connection(
  NetworkNode,
  "NetworkNode",
  "Institutions of a network (cursor connection, keyset cursors): by depth (the centre first), then name, then id (names and ids compared by code unit).",
);

export const NetworkEdgeConnection = Connection(
  NetworkEdge,
  "NetworkEdge",
  "Links of a network (cursor connection, keyset cursors): heaviest first, then by the two institutions' ids.",
);

@ObjectType({ description: "An institutional network, ready to draw: nodes and weighted edges (both paged: nodes and edges fields)." })
export class InstitutionNetwork {
  @Field(() => Institution, { description: "The institution at the centre." })
  center!: Institution;

  @Field(() => Boolean, {
    description:
      "True when maxNodes cut the network off. Once maxNodes institutions are reached, deeper levels are not explored: institutions beyond, and links between the institutions found that only a deeper level would show, are left out (true even when that level might have added nothing).",
  })
  truncated!: boolean;
}
