// Argument pieces several features share: paging (first/after), list-of-enum filters, the direction
// of relationships, and the message for "any entity id". Every rule is a class-validator decorator
// (buildSchema runs with validate on); a failed rule becomes a BAD_USER_INPUT error naming the
// argument (see errors.ts). The time window is in window.args.ts.
import { IsIn, IsOptional, Max, Min, registerDecorator, type ValidationOptions } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { ID_PREFIX } from "../../domain/vocabulary";
import { decodeCursor } from "./connection.type";
import { Direction } from "./enums";

export const MAX_PAGE = 100;

/**
 * For an argument that takes an entity of any kind: @IsEntityId(ENTITY_ID_PREFIXES, ANY_ENTITY_ID).
 * A source id or an unknown prefix is the wrong kind (BAD_USER_INPUT), not an unknown entity (NOT_FOUND).
 */
export const ENTITY_ID_PREFIXES: string[] = Object.values(ID_PREFIX);
export const ANY_ENTITY_ID: ValidationOptions = { message: "$property must be an entity id such as person:some-name" };

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

/** skip for a page that starts after `after`. */
export function skipOf(after: string | undefined): number {
  if (!after) return 0;
  return (decodeCursor(after) ?? -1) + 1;
}
