// Argument pieces several features share: list-of-enum filters, the direction of relationships, and
// the message for "any entity id". Paging (first/after/last/before) is ConnectionArgs in keyset.ts. Every rule is a class-validator decorator
// (buildSchema runs with validate on); a failed rule becomes a BAD_USER_INPUT error naming the
// argument (see errors.ts). The time window is in window.args.ts.
import { IsIn, IsOptional, type ValidationOptions } from "class-validator";
import { Field } from "type-graphql";
import { ID_PREFIX } from "../../domain/vocabulary";
import { Direction } from "./enums";

/**
 * For an argument that takes an entity of any kind: @IsEntityId(ENTITY_ID_PREFIXES, ANY_ENTITY_ID).
 * A source id or an unknown prefix is the wrong kind (BAD_USER_INPUT), not an unknown entity (NOT_FOUND).
 */
export const ENTITY_ID_PREFIXES: string[] = Object.values(ID_PREFIX);
export const ANY_ENTITY_ID: ValidationOptions = { message: "$property must be an entity id such as person:some-name" };

/** An optional list of values of a GraphQL enum (a filter: "only these …"). */
export function EnumListField(enumType: Record<string, string>, description: string) {
  return (object: object, propertyName: string) => {
    Field(() => [enumType], { nullable: true, description })(object, propertyName);
    IsOptional()(object, propertyName);
    IsIn(Object.values(enumType), { each: true })(object, propertyName);
  };
}

/** Which relationships of an entity to follow: OUTGOING, INCOMING or BOTH (the default). */
export function DirectionField(description = "OUTGOING, INCOMING or BOTH.") {
  return (object: object, propertyName: string) => {
    Field(() => Direction, { defaultValue: "BOTH", description })(object, propertyName);
    IsIn(Object.values(Direction))(object, propertyName);
  };
}
