// The graph's dates keep the precision of their source (2014, 2014-10, 2014-10-04) and come with
// the first and last day they cover. A year range matches a date when they overlap, as the API's
// time windows do; an undated item matches no range and is shown apart.
import type { FuzzyDate } from "../api/types";

export const yearOf = (day: string) => Number(day.slice(0, 4));

/** True when the days the date covers overlap the years from..to (inclusive). */
export function overlapsYears(date: FuzzyDate | null | undefined, from: number, to: number): boolean {
  if (!date) return false;
  return yearOf(date.earliest) <= to && yearOf(date.latest) >= from;
}

/** The first and last year any of these dates covers; null when none is dated. */
export function yearSpan(dates: Array<FuzzyDate | null | undefined>): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const date of dates) {
    if (!date) continue;
    min = Math.min(min, yearOf(date.earliest));
    max = Math.max(max, yearOf(date.latest));
  }
  return Number.isFinite(min) ? [min, max] : null;
}

/** "2014-10 (month)" style text for a fuzzy date. */
export function dateText(date: FuzzyDate | null | undefined): string {
  if (!date) return "undated";
  return date.value;
}
