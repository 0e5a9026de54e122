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

export function dateRange(value: string): DateRange {
  const [year, month, day] = value.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (day !== undefined) return { precision: "day", first: value, last: value };
  if (month !== undefined) {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { precision: "month", first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(lastDay)}` };
  }
  return { precision: "year", first: `${year}-01-01`, last: `${year}-12-31` };
}
