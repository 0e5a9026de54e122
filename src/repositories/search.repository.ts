// Full-text search. User text never reaches Lucene's query parser as syntax: it is split into terms,
// every Lucene special character is escaped, and the terms are combined here (each term matches as a
// word or a word prefix, all terms must match).
import type { Database } from "../neo4j/database";
import { rangeParams, type KeyedSlice, type KeyRange, type SortKey } from "./key-range";
import { toEntity, type Entity } from "./model";

export interface SearchHit {
  entity: Entity;
  score: number;
}

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const MAX_TERMS = 12;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// The index's analyzer drops English stop words, so a query term "of" could only match as a prefix
// ("office"): stop words are left out of the query instead.
const STOP_WORDS = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(" "),
);
const MAX_TERM_LENGTH = 64;

/** Builds a safe Lucene query from free text; null when the text has no searchable term. */
export function luceneQuery(text: string): string | null {
  const terms = text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[\s\u3000]+/u)
    .map((term) => term.replace(LUCENE_SPECIAL, " ").trim())
    .flatMap((term) => term.split(/\s+/))
    .filter((term) => term.length > 0 && /[\p{L}\p{N}]/u.test(term))
    .map((term) => term.slice(0, MAX_TERM_LENGTH));
  const meaningful = terms.filter((term) => !STOP_WORDS.has(term));
  const chosen = (meaningful.length > 0 ? meaningful : terms).slice(0, MAX_TERMS);
  if (chosen.length === 0) return null;
  // Lowercase terms can never be read as the operators AND/OR/NOT, which Lucene only knows in capitals.
  // Japanese and Chinese script is indexed one character at a time: such a term must match as a
  // phrase (the characters in order), or any name sharing one character would match.
  return chosen.map((term) => (CJK.test(term) ? `"${term}"` : `(${term} OR ${term}*)`)).join(" AND ");
}

export class SearchRepository {
  constructor(private readonly db: Database) {}

  /** `detail` false: entities with id, kind and name only (src/graphql/selection.ts). */
  async search(text: string, kinds: string[], range: KeyRange, detail = true): Promise<KeyedSlice<SearchHit>> {
    const query = luceneQuery(text);
    if (query === null) return { total: 0, hasOther: false, slice: [] };
    const exact = text.normalize("NFKC").trim().toLowerCase();
    const [row] = await this.db.read("queries/search/search-entities", { query, exact, kinds, ...rangeParams(range), detail });
    const slice = ((row?.hits as Array<{ key: SortKey; entity: Record<string, unknown>; score: number }>) ?? []).map((hit) => ({
      key: hit.key,
      item: { entity: toEntity(hit.entity), score: hit.score },
    }));
    return { total: Number(row?.total ?? 0), hasOther: row?.hasOther === true, slice };
  }
}
