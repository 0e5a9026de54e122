// Entity and source ids: the one place their form is written down.
// An id is a kind prefix and a lowercase slug: person:robert-jan-smits, source:eu-japan-2014.
// Seed validation, curation inputs and GraphQL arguments all check ids through this module.
import { registerDecorator, type ValidationOptions } from "class-validator";

const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

/** Any entity id: prefix:slug. */
export const ID_PATTERN = new RegExp(`^[a-z]+:${SLUG}$`);
/** A source id: source:slug. */
export const SOURCE_ID_PATTERN = new RegExp(`^source:${SLUG}$`);

/** The pattern of an id with one of these prefixes (all prefixes when none is given). */
export function idPattern(...prefixes: string[]): RegExp {
  return prefixes.length === 0 ? ID_PATTERN : new RegExp(`^(?:${prefixes.join("|")}):${SLUG}$`);
}

/** True when `value` is a well-formed id with one of these prefixes (any prefix when none is given). */
export function isEntityId(value: unknown, ...prefixes: string[]): value is string {
  return typeof value === "string" && idPattern(...prefixes).test(value);
}

/** How to write the expected id in a message: "a person id such as person:some-name". */
export function describeId(...prefixes: string[]): string {
  if (prefixes.length === 0) return "a global id such as person:some-name";
  if (prefixes.length === 1) return `a ${prefixes[0]} id such as ${prefixes[0]}:some-name`;
  return `a ${prefixes.slice(0, -1).join(", ")} or ${prefixes[prefixes.length - 1]} id (${prefixes.map((p) => `${p}:…`).join(" or ")})`;
}

/**
 * class-validator rule: the property is an id with one of these prefixes (any prefix when none is
 * given). Undefined and null pass (combine with @IsOptional or a non-null GraphQL type); arrays are
 * checked element by element with `{ each: true }`.
 */
export function IsEntityId(prefixes: string | string[] = [], options?: ValidationOptions) {
  const list = typeof prefixes === "string" ? [prefixes] : prefixes;
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: "isEntityId",
      target: object.constructor,
      propertyName,
      options: { message: `$property must be ${describeId(...list)}`, ...options },
      validator: { validate: (value: unknown) => value === undefined || value === null || isEntityId(value, ...list) },
    });
}
