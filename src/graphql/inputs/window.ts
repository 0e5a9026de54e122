// Turns the API's date bounds (YYYY, YYYY-MM, YYYY-MM-DD) into the first/last days the queries compare.
import { dateRange } from "../../domain/dates";
import { badInput } from "../errors";

export interface Window {
  from: string | null;
  to: string | null;
}

export function toWindow(from: string | undefined | null, to: string | undefined | null): Window {
  const window = { from: from ? dateRange(from).first : null, to: to ? dateRange(to).last : null };
  if (window.from && window.to && window.from > window.to) throw badInput("to", `the window ends (${to}) before it starts (${from})`);
  return window;
}

/** Checks that `id` has the kind prefix an argument needs (e.g. person:…). */
export function expectPrefix(id: string, prefix: string, argument: string): void {
  if (!new RegExp(`^${prefix}:[a-z0-9]+(?:-[a-z0-9]+)*$`).test(id)) {
    throw badInput(argument, `must be a ${prefix} id such as ${prefix}:some-name, got "${id.slice(0, 80)}"`);
  }
}
