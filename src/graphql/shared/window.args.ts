// The time window (from/to) of every query that takes one, and its conversion into the first and
// last days the queries compare. Bounds are YYYY, YYYY-MM or YYYY-MM-DD.
import { IsOptional } from "class-validator";
import { ArgsType, Field, type ClassType } from "type-graphql";
import { dateRange } from "../../domain/dates";
import { IsPartialDate } from "../../domain/records";
import { badInput } from "../errors";

export interface Window {
  from: string | null;
  to: string | null;
}

/** What from and to say in the schema; a query may word them for what its window filters. */
export interface WindowDescriptions {
  from: string;
  to: string;
}

const DEFAULT_DESCRIPTIONS: WindowDescriptions = {
  from: "Start of the time window: YYYY, YYYY-MM or YYYY-MM-DD (its first day).",
  to: "End of the time window: YYYY, YYYY-MM or YYYY-MM-DD (its last day).",
};

/** A base for args classes that have no other base. */
@ArgsType()
export class NoArgs {}

/**
 * The time-window args: `Base` (e.g. ConnectionArgs) plus from and to, each checked to be a partial date
 * (a mixin, as in type-graphql's mixin-classes example, so a paged query gets both).
 */
export function TimeWindowArgs<TBase extends ClassType>(Base: TBase, descriptions: WindowDescriptions = DEFAULT_DESCRIPTIONS) {
  @ArgsType()
  class WithTimeWindow extends Base {
    @Field(() => String, { nullable: true, description: descriptions.from })
    @IsOptional()
    @IsPartialDate()
    from?: string;

    @Field(() => String, { nullable: true, description: descriptions.to })
    @IsOptional()
    @IsPartialDate()
    to?: string;
  }
  return WithTimeWindow;
}

/**
 * The window's first and last days; refuses a window that ends before it starts, naming `toArgument`
 * (e.g. filter.to when the window is part of an input).
 */
export function toWindow(from: string | undefined | null, to: string | undefined | null, toArgument = "to"): Window {
  const window = { from: from ? dateRange(from).first : null, to: to ? dateRange(to).last : null };
  if (window.from && window.to && window.from > window.to) throw badInput(toArgument, `the window ends (${to}) before it starts (${from})`);
  return window;
}
