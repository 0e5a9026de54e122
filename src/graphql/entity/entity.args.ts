// Arguments of the entity lookups, the entities list and the relation fields of every entity.
import { ArrayMaxSize, IsOptional, Matches, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, registerEnumType, type ClassType } from "type-graphql";
import { describeId, IsEntityId } from "../../domain/ids";
import { IsPartialDate } from "../../domain/records";
import { LIST_CAPS } from "../../server/limits";
import { DirectionField, EnumListField } from "../shared/common.args";
import { EntityKind, RelationType } from "../shared/enums";
import { ConnectionArgs } from "../shared/keyset";

@ArgsType()
export class IdArgs {
  @Field(() => ID, { description: "Global id." })
  @IsEntityId()
  id!: string;
}

@ArgsType()
export class NodesArgs {
  @Field(() => [ID], { description: `Global ids of entities or sources, any kinds mixed (at most ${LIST_CAPS["Query.nodes"]}).` })
  @ArrayMaxSize(LIST_CAPS["Query.nodes"]!, { message: `$property may name at most $constraint1 ids (${LIST_CAPS["Query.nodes"]}): ask in several requests` })
  @IsEntityId([], { each: true })
  ids!: string[];
}

/** `id` of one kind (person:…), for the typed lookups person(id), source(id) … */
function IdOfKindArgs(prefix: string, what: string): ClassType<{ id: string }> {
  @ArgsType()
  class IdOfKind {
    @Field(() => ID, { description: `${what} (${prefix}:…).` })
    @IsEntityId(prefix)
    id!: string;
  }
  return IdOfKind;
}

export const PersonIdArgs = IdOfKindArgs("person", "The person");
export const InstitutionIdArgs = IdOfKindArgs("institution", "The institution");
export const ProjectIdArgs = IdOfKindArgs("project", "The project");
export const EventIdArgs = IdOfKindArgs("event", "The event");
export const ResearchAreaIdArgs = IdOfKindArgs("area", "The research area");
export const SourceIdArgs = IdOfKindArgs("source", "The source document");

/** The orders of the browsing list; each sort key ends with the id, so it is total. */
export const EntityOrder = { NAME: "NAME", DATE: "DATE" } as const;
export type EntityOrder = (typeof EntityOrder)[keyof typeof EntityOrder];

registerEnumType(EntityOrder, {
  name: "EntityOrder",
  description: "The order of the entities list.",
  valuesConfig: {
    NAME: { description: "By name ignoring case, then id (the default)." },
    DATE: { description: "By the first day the entity's date covers (an event's date, a project's start, a document's date), undated entities last; then by name ignoring case, then id." },
  },
});

@InputType({ description: "Filters of the entities list; every filter given must hold." })
export class EntityFilter {
  @Field(() => String, {
    nullable: true,
    description: "Only entities whose name or an alias contains this text, ignoring case (1 to 200 characters; a plain substring, not search syntax).",
  })
  @IsOptional()
  @Matches(/^[\s\S]{1,200}$/, { message: "filter.text must have 1 to 200 characters" })
  text?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Only entities whose dates overlap a time window starting here: YYYY, YYYY-MM or YYYY-MM-DD (its first day). An entity with a start and no end (a running project) is open-ended; an undated entity (a person, most institutions) never matches a window.",
  })
  @IsOptional()
  @IsPartialDate({ message: "filter.from must be a date YYYY, YYYY-MM or YYYY-MM-DD" })
  from?: string;

  @Field(() => String, { nullable: true, description: "End of that time window: YYYY, YYYY-MM or YYYY-MM-DD (its last day)." })
  @IsOptional()
  @IsPartialDate({ message: "filter.to must be a date YYYY, YYYY-MM or YYYY-MM-DD" })
  to?: string;

  @Field(() => ID, {
    nullable: true,
    description: "Only entities held in (events, HELD_IN) or located in (institutions and places, LOCATED_IN) this place or a place inside it (place:…). An unknown place id is a NOT_FOUND error naming filter.placeId.",
  })
  @IsOptional()
  @IsEntityId("place", { message: `filter.placeId must be ${describeId("place")}` })
  placeId?: string;
}

@ArgsType()
export class EntitiesArgs extends ConnectionArgs {
  @Field(() => EntityKind, { nullable: true, description: "Only entities of this kind (default: every kind)." })
  kind?: string; // the EntityKind enum type admits no other value: no class-validator rule to run

  @Field(() => EntityFilter, { nullable: true, description: "Only entities matching these filters (default: no filter)." })
  @IsOptional()
  @ValidateNested()
  filter?: EntityFilter;

  @Field(() => EntityOrder, { defaultValue: EntityOrder.NAME, description: "The order of the list, which is also the key its cursors stand for: NAME (default) or DATE." })
  orderBy: EntityOrder = EntityOrder.NAME; // the enum type admits no other value
}

@ArgsType()
export class RelationsArgs extends ConnectionArgs {
  @EnumListField(RelationType, "Only these relationship types (default: all).")
  types?: string[];

  @DirectionField()
  direction: string = "BOTH";
}

@ArgsType()
export class DegreeArgs {
  @EnumListField(RelationType, "Only count these relationship types (default: all).")
  types?: string[];

  @DirectionField()
  direction: string = "BOTH";
}

@ArgsType()
export class NeighboursArgs extends ConnectionArgs {
  @EnumListField(RelationType, "Only neighbours linked by these relationship types, and only those relationships (default: all).")
  types?: string[];

  @EnumListField(EntityKind, "Only neighbours of these kinds (default: every kind).")
  kinds?: string[];

  @DirectionField("OUTGOING (relationships from this entity), INCOMING or BOTH.")
  direction: string = "BOTH";
}
