// Arguments of the entity lookups, the entities list and the relation fields of every entity.
import { ArrayMaxSize, IsIn, IsOptional, Matches } from "class-validator";
import { ArgsType, Field, ID, type ClassType } from "type-graphql";
import { IsEntityId } from "../../domain/ids";
import { LIST_CAPS } from "../../server/limits";
import { DirectionField, EnumListField, PageArgs } from "../shared/common.args";
import { EntityKind, RelationType } from "../shared/enums";

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
export class RelationsArgs extends PageArgs {
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
export class NeighboursArgs extends PageArgs {
  @EnumListField(RelationType, "Only neighbours linked by these relationship types, and only those relationships (default: all).")
  types?: string[];

  @EnumListField(EntityKind, "Only neighbours of these kinds (default: every kind).")
  kinds?: string[];

  @DirectionField("OUTGOING (relationships from this entity), INCOMING or BOTH.")
  direction: string = "BOTH";
}
