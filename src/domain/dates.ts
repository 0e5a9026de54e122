// Dates with precision: "2014" / "2014-05" / "2014-05-31" and the first and last day each covers.
/** The date properties of entities and relationships (a record may mark them as inferred: `inferredDates`). */
export const DATE_PROPERTIES = ["date", "endDate", "startDate", "entryIntoForce", "periodStart", "periodEnd", "asOf"] as const;

export type DatePrecision = "year" | "month" | "day";

export interface DateRange {
  precision: DatePrecision;
  /** First day covered, YYYY-MM-DD. */
  first: string;
  /** Last day covered, YYYY-MM-DD. */
  last: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Ranges already worked out, by date text (answers repeat the same dates; bounded, then started afresh). */
const KNOWN_RANGES = new Map<string, Readonly<DateRange>>();
const KNOWN_RANGES_MAX = 20_000;

/** The first and last day a date covers (the result is shared: do not change it). */
export function dateRange(value: string): Readonly<DateRange> {
  const known = KNOWN_RANGES.get(value);
  if (known) return known;
  const range = Object.freeze(computeRange(value));
  if (KNOWN_RANGES.size >= KNOWN_RANGES_MAX) KNOWN_RANGES.clear();
  KNOWN_RANGES.set(value, range);
  return range;
}

function computeRange(value: string): DateRange {
  const [year, month, day] = value.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (day !== undefined) return { precision: "day", first: value, last: value };
  if (month !== undefined) {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { precision: "month", first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(lastDay)}` };
  }
  return { precision: "year", first: `${year}-01-01`, last: `${year}-12-31` };
}
