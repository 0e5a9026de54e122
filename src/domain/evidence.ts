// Evidence: the one implementation of how an evidence item of a record is resolved (its source named,
// its quote found in that source's text) and of what kind it is. The seed validator and curated
// changes both resolve evidence here; they differ only in where source texts come from and in how
// they name a source in messages.
import type { Evidence, FieldProblem } from "./records";

/** Whitespace collapsed: how quotes and source texts are compared. */
export const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** One evidence item, resolved: the source is always named ("" for curated evidence without one). */
export interface ResolvedEvidence {
  source: string;
  quote: string;
  /** What the curator inferred from the quote ("" when the quote states the fact itself). */
  inferred: string;
  curated: string;
}

export type EvidenceKind = "stated" | "inferred" | "curated";

/** The kind of a resolved item: a quote that states the fact, a quote plus an inference, or a reason alone. */
export function evidenceKind(e: { quote: string; inferred?: string }): EvidenceKind {
  if (e.quote === "") return "curated";
  return e.inferred ? "inferred" : "stated";
}

/**
 * The curator must say which kind an item is; an item that mixes them is unclear. Returns the problem
 * (for `field`, e.g. "evidence[2]") or null.
 */
export function evidenceKindProblem(item: { quote?: unknown; inferred?: unknown; curated?: unknown }, field: string): FieldProblem | null {
  const say =
    'say which: { "quote" } when the quote states the fact, { "quote", "inferred" } when you concluded something the quote does not say, { "curated" } when no source states it';
  if (item.curated !== undefined && item.quote !== undefined) {
    return { field, rule: "evidenceKind", message: `an evidence item is either a quote or a curated reason, not both; ${say}` };
  }
  if (item.inferred !== undefined && item.quote === undefined) {
    return { field: `${field}.inferred`, rule: "evidenceKind", message: `"inferred" says what was concluded from a quote, so it needs a quote; ${say}` };
  }
  return null;
}

/** Where the quotes of a record's evidence are checked against. */
export interface EvidenceSources {
  /** The source a quote is from when the item names none (a seed file's own source), if there is one. */
  defaultSource?: string;
  /** The message when a quote names no source and there is no default. */
  sourceRequired: string;
  /** Is there a source with this id? */
  has(sourceId: string): boolean;
  /** Its text, whitespace collapsed (undefined when the text itself is missing: reported elsewhere). */
  text(sourceId: string): string | undefined;
  /** The message when the source's text does not contain `quote`. */
  quoteNotFound(sourceId: string, quote: string, text: string): string;
}

/**
 * Resolves every evidence item of one record: its kind is clear, its source is named (or the default)
 * and known, and its quote occurs in that source's text. Returns the items and every problem found.
 */
export function resolveEvidence(items: Evidence[], sources: EvidenceSources): { evidence: ResolvedEvidence[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const evidence = items.map((item, i): ResolvedEvidence => {
    const field = `evidence[${i}]`;
    const unclear = evidenceKindProblem(item, field);
    if (unclear) problems.push(unclear);
    if (item.curated !== undefined) return { source: item.source ?? "", quote: "", inferred: "", curated: item.curated };
    const inferred = item.inferred ?? "";
    const sourceId = item.source ?? sources.defaultSource;
    if (!sourceId) {
      problems.push({ field: `${field}.source`, rule: "sourceRequired", message: sources.sourceRequired });
      return { source: "", quote: item.quote ?? "", inferred, curated: "" };
    }
    if (!sources.has(sourceId)) problems.push({ field: `${field}.source`, rule: "sourceExists", message: `unknown source ${sourceId}` });
    else {
      const text = sources.text(sourceId);
      if (text !== undefined && item.quote !== undefined && !text.includes(collapse(item.quote))) {
        problems.push({ field: `${field}.quote`, rule: "quoteInSource", message: sources.quoteNotFound(sourceId, item.quote, text) });
      }
    }
    return { source: sourceId, quote: item.quote ?? "", inferred, curated: "" };
  });
  return { evidence, problems };
}

/** Drops repeated evidence items (the same source, quote and reason), keeping the first. */
export function uniqueEvidence(evidence: ResolvedEvidence[]): ResolvedEvidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.source}\u0000${e.quote}\u0000${e.inferred}\u0000${e.curated}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
