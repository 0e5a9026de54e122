// Argument classes with their validation rules (class-validator; buildSchema runs with validate on).
// A failed rule becomes a BAD_USER_INPUT error naming the argument (see errors.ts).
import { IsIn, IsOptional, Matches, Max, Min, registerDecorator, type ValidationOptions } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { IsPartialDate } from "../../domain/records";
import { decodeCursor } from "../types/connection";
import { Direction, EntityKind, EventType, NetworkLink, PriorityTier, RelationType, TraceTargetKind } from "../types/enums";

export const MAX_PAGE = 100;
export const MAX_HOPS = 6;
export const MAX_NETWORK_DEPTH = 3;

const ANY_ID = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idOf = (prefix: string) => new RegExp(`^${prefix}:[a-z0-9]+(?:-[a-z0-9]+)*$`);
const idMessage = (prefix: string) => ({ message: `$property must be a ${prefix} id such as ${prefix}:some-name` });

function IsCursor(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: "isCursor",
      target: object.constructor,
      propertyName,
      options: { message: "$property is not a cursor returned by this API", ...options },
      validator: { validate: (value: unknown) => value === undefined || value === null || (typeof value === "string" && decodeCursor(value) !== null) },
    });
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE}.` })
  @Min(1)
  @Max(MAX_PAGE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: "Cursor after which the page starts (pageInfo.endCursor of the previous page)." })
  @IsOptional()
  @IsCursor()
  after?: string;
}

@ArgsType()
export class TimeWindowArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Start of the time window: YYYY, YYYY-MM or YYYY-MM-DD (its first day)." })
  @IsOptional()
  @IsPartialDate()
  from?: string;

  @Field(() => String, { nullable: true, description: "End of the time window: YYYY, YYYY-MM or YYYY-MM-DD (its last day)." })
  @IsOptional()
  @IsPartialDate()
  to?: string;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID, { description: "Global id." })
  @Matches(ANY_ID, { message: "$property must be a global id such as person:some-name" })
  id!: string;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, { description: "Words to find in names, aliases, acronyms, topics, aims and summaries (any text; at most 1,000 characters)." })
  @Matches(/^[\s\S]{1,1000}$/, { message: "$property must have 1 to 1,000 characters" })
  text!: string;

  @Field(() => [EntityKind], { nullable: true, description: "Only these kinds (default: all)." })
  @IsOptional()
  @IsIn(Object.values(EntityKind), { each: true })
  kinds?: string[];
}

@ArgsType()
export class EntitiesArgs extends PageArgs {
  @Field(() => EntityKind, { nullable: true, description: "Only entities of this kind (default: every kind)." })
  @IsOptional()
  @IsIn(Object.values(EntityKind))
  kind?: string;

  @Field(() => String, {
    nullable: true,
    description: "Only entities whose name or an alias contains this text, ignoring case (1 to 200 characters; a plain substring, not search syntax).",
  })
  @IsOptional()
  @Matches(/^[\s\S]{1,200}$/, { message: "$property must have 1 to 200 characters" })
  text?: string;
}

@ArgsType()
export class DegreeArgs {
  @Field(() => [RelationType], { nullable: true, description: "Only count these relationship types (default: all)." })
  @IsOptional()
  @IsIn(Object.values(RelationType), { each: true })
  types?: string[];

  @Field(() => Direction, { defaultValue: "BOTH", description: "OUTGOING, INCOMING or BOTH." })
  @IsIn(Object.values(Direction))
  direction: string = "BOTH";
}

@ArgsType()
export class NeighboursArgs extends PageArgs {
  @Field(() => [RelationType], { nullable: true, description: "Only neighbours linked by these relationship types, and only those relationships (default: all)." })
  @IsOptional()
  @IsIn(Object.values(RelationType), { each: true })
  types?: string[];

  @Field(() => [EntityKind], { nullable: true, description: "Only neighbours of these kinds (default: every kind)." })
  @IsOptional()
  @IsIn(Object.values(EntityKind), { each: true })
  kinds?: string[];

  @Field(() => Direction, { defaultValue: "BOTH", description: "OUTGOING (relationships from this entity), INCOMING or BOTH." })
  @IsIn(Object.values(Direction))
  direction: string = "BOTH";
}

@ArgsType()
export class WhoMetArgs extends TimeWindowArgs {
  @Field(() => ID, { description: "The person (person:…)." })
  @Matches(idOf("person"), idMessage("person"))
  personId!: string;

  @Field(() => ID, { nullable: true, description: "Only meetings held in this place or a place inside it (place:…)." })
  @IsOptional()
  @Matches(idOf("place"), idMessage("place"))
  placeId?: string;

  @Field(() => [EventType], { nullable: true, description: "Only these event types (default: every meeting type; then stated meetings are left out)." })
  @IsOptional()
  @IsIn(Object.values(EventType), { each: true })
  eventTypes?: string[];
}

@ArgsType()
export class MeetingsBetweenArgs {
  @Field(() => ID, { description: "One person (person:…)." })
  @Matches(idOf("person"), idMessage("person"))
  personId!: string;

  @Field(() => ID, { description: "The other person (person:…)." })
  @Matches(idOf("person"), idMessage("person"))
  otherPersonId!: string;

  @Field(() => String, { nullable: true, description: "Start of the time window (YYYY, YYYY-MM or YYYY-MM-DD)." })
  @IsOptional()
  @IsPartialDate()
  from?: string;

  @Field(() => String, { nullable: true, description: "End of the time window (YYYY, YYYY-MM or YYYY-MM-DD)." })
  @IsOptional()
  @IsPartialDate()
  to?: string;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => ID, { description: "Where the path starts (any entity id)." })
  @Matches(ANY_ID, { message: "$property must be an entity id such as person:some-name" })
  fromId!: string;

  @Field(() => ID, { description: "Where the path ends (any entity id, not the same as fromId)." })
  @Matches(ANY_ID, { message: "$property must be an entity id such as person:some-name" })
  toId!: string;

  @Field(() => Int, { defaultValue: 4, description: `Longest path to look for, 1 to ${MAX_HOPS} hops.` })
  @Min(1)
  @Max(MAX_HOPS)
  maxHops: number = 4;

  @Field(() => [RelationType], { nullable: true, description: "Only walk these relationship types (default: all)." })
  @IsOptional()
  @IsIn(Object.values(RelationType), { each: true })
  relationTypes?: string[];

  @Field(() => String, { nullable: true, description: "Only through entities whose dates overlap this window: start (YYYY, YYYY-MM or YYYY-MM-DD)." })
  @IsOptional()
  @IsPartialDate()
  from?: string;

  @Field(() => String, { nullable: true, description: "End of the time window." })
  @IsOptional()
  @IsPartialDate()
  to?: string;

  @Field(() => Int, { defaultValue: 5, description: "How many equally short paths to return, 1 to 25." })
  @Min(1)
  @Max(25)
  limit: number = 5;
}

@ArgsType()
export class ProjectTraceArgs {
  @Field(() => ID, { description: "The project (project:…)." })
  @Matches(idOf("project"), idMessage("project"))
  projectId!: string;

  @Field(() => [PriorityTier], { nullable: true, description: "Only priorities of these tiers (default: all)." })
  @IsOptional()
  @IsIn(Object.values(PriorityTier), { each: true })
  tiers?: string[];

  @Field(() => ID, { nullable: true, description: "Only priorities set by this document or meeting (document:… or event:…)." })
  @IsOptional()
  @Matches(/^(document|event):[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "setBy must be a document or event id" })
  setBy?: string;

  @Field(() => Boolean, { defaultValue: false, description: "Only chains whose every hop a source states (no inferred or curated hop)." })
  statedOnly: boolean = false;
}

@ArgsType()
export class PriorityReachArgs {
  @Field(() => ID, { description: "The research area set as a priority (area:…)." })
  @Matches(idOf("area"), idMessage("area"))
  areaId!: string;

  @Field(() => [TraceTargetKind], { nullable: true, description: "Only traces from these kinds (default: projects and events)." })
  @IsOptional()
  @IsIn(Object.values(TraceTargetKind), { each: true })
  kinds?: string[];

  @Field(() => [PriorityTier], { nullable: true, description: "Only priorities of these tiers (default: all)." })
  @IsOptional()
  @IsIn(Object.values(PriorityTier), { each: true })
  tiers?: string[];

  @Field(() => ID, { nullable: true, description: "Only priorities set by this document or meeting (document:… or event:…)." })
  @IsOptional()
  @Matches(/^(document|event):[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "setBy must be a document or event id" })
  setBy?: string;

  @Field(() => Boolean, { defaultValue: false, description: "Only chains whose every hop a source states (no inferred or curated hop)." })
  statedOnly: boolean = false;
}

@ArgsType()
export class NetworkArgs {
  @Field(() => ID, { description: "The institution at the centre (institution:…)." })
  @Matches(idOf("institution"), idMessage("institution"))
  institutionId!: string;

  @Field(() => Int, { defaultValue: 1, description: `How many links away to go, 1 to ${MAX_NETWORK_DEPTH}.` })
  @Min(1)
  @Max(MAX_NETWORK_DEPTH)
  depth: number = 1;

  @Field(() => [NetworkLink], { nullable: true, description: "Which kinds of link count (default: all)." })
  @IsOptional()
  @IsIn(Object.values(NetworkLink), { each: true })
  via?: string[];

  @Field(() => String, { nullable: true, description: "Only activities overlapping this window: start (YYYY, YYYY-MM or YYYY-MM-DD)." })
  @IsOptional()
  @IsPartialDate()
  from?: string;

  @Field(() => String, { nullable: true, description: "End of the time window." })
  @IsOptional()
  @IsPartialDate()
  to?: string;

  @Field(() => Int, { defaultValue: 200, description: "Most institutions to return, 1 to 500 (the network is cut off beyond; see truncated)." })
  @Min(1)
  @Max(500)
  maxNodes: number = 200;
}

@ArgsType()
export class TimelineArgs extends TimeWindowArgs {
  @Field(() => ID, { nullable: true, description: "Only events held in this place or a place inside it (place:…)." })
  @IsOptional()
  @Matches(idOf("place"), idMessage("place"))
  placeId?: string;

  @Field(() => ID, { nullable: true, description: "Only events this entity took part in or organised (any entity id)." })
  @IsOptional()
  @Matches(ANY_ID, { message: "$property must be an entity id such as person:some-name" })
  participantId?: string;

  @Field(() => [EventType], { nullable: true, description: "Only these event types (default: all)." })
  @IsOptional()
  @IsIn(Object.values(EventType), { each: true })
  eventTypes?: string[];
}

/** skip for a page that starts after `after`. */
export function skipOf(after: string | undefined): number {
  if (!after) return 0;
  return (decodeCursor(after) ?? -1) + 1;
}
