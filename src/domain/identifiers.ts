// External identifiers: the ids the research-policy world names entities by. Each scheme has its
// format (checked by the seed validator and curation), the kinds it applies to, and the URL that
// exports give as sameAs. Stored on the node as a property named after the scheme.
import type { EntityKind } from "./vocabulary";

export interface IdentifierScheme {
  /** What the value looks like, for error messages. */
  format: string;
  pattern: RegExp;
  kinds: readonly EntityKind[];
  url(value: string): string;
  /** Extra check beyond the pattern (a check digit); returns a problem or null. */
  check?(value: string): string | null;
}

/** ISO 7064 MOD 11-2 check character (ORCID, ISNI). */
function mod11_2(digits: string): string {
  let total = 0;
  for (const d of digits) total = (total + Number(d)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? "X" : String(result);
}

/** ROR's check digits: the 6 base-32 (Crockford) characters mod 97, as ISO 7064 MOD 97-10. */
function rorChecksum(value: string): string | null {
  const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
  let number = 0;
  for (const c of value.slice(1, 7)) number = number * 32 + alphabet.indexOf(c);
  const expected = String(98 - ((number * 100) % 97)).padStart(2, "0");
  return value.slice(7) === expected ? null : `check digits should be ${expected}`;
}

export const IDENTIFIER_SCHEMES = {
  ror: {
    format: "a ROR id without the URL: 0 + 6 letters/digits + 2 check digits, e.g. 057zh3y96",
    pattern: /^0[0-9a-hjkmnp-tv-z]{6}\d{2}$/,
    kinds: ["Institution"],
    url: (v) => `https://ror.org/${v}`,
    check: rorChecksum,
  },
  wikidata: {
    format: "a Wikidata item id, e.g. Q7842",
    pattern: /^Q[1-9]\d*$/,
    kinds: ["Person", "Institution", "Project", "Programme", "Document", "Event", "Dialogue", "ResearchArea", "Place"],
    url: (v) => `http://www.wikidata.org/entity/${v}`,
  },
  orcid: {
    format: "an ORCID iD without the URL, e.g. 0000-0002-1825-0097",
    pattern: /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/,
    kinds: ["Person"],
    url: (v) => `https://orcid.org/${v}`,
    check: (v) => {
      const digits = v.replace(/-/g, "");
      const expected = mod11_2(digits.slice(0, 15));
      return digits[15] === expected ? null : `check character should be ${expected}`;
    },
  },
  cordis: {
    format: "a CORDIS project id (the EU grant agreement number), e.g. 609585",
    pattern: /^[1-9]\d{4,8}$/,
    kinds: ["Project"],
    url: (v) => `https://cordis.europa.eu/project/id/${v}`,
  },
  kaken: {
    format: "a KAKEN (JSPS Grants-in-Aid) project number, e.g. 23K01234 or 15H05789",
    pattern: /^(\d{2}[A-Z]{1,2}\d{4,5}|\d{8})$/,
    kinds: ["Project"],
    url: (v) => `https://kaken.nii.ac.jp/grant/KAKENHI-PROJECT-${v}/`,
  },
  isni: {
    format: "an ISNI of 16 characters without spaces, e.g. 0000000121032683",
    pattern: /^\d{15}[\dX]$/,
    kinds: ["Person", "Institution"],
    url: (v) => `https://isni.org/isni/${v}`,
    check: (v) => {
      const expected = mod11_2(v.slice(0, 15));
      return v[15] === expected ? null : `check character should be ${expected}`;
    },
  },
} satisfies Record<string, IdentifierScheme>;

export type IdentifierName = keyof typeof IDENTIFIER_SCHEMES;
export const IDENTIFIER_NAMES = Object.keys(IDENTIFIER_SCHEMES) as IdentifierName[];

/** Which registry each scheme is (the API's IdentifierScheme enum carries these texts, with the format). */
export const IDENTIFIER_SCHEME_DESCRIPTIONS: Record<IdentifierName, string> = {
  ror: "The Research Organization Registry (ROR), for institutions.",
  wikidata: "Wikidata, for any kind of entity.",
  orcid: "ORCID, for researchers.",
  cordis: "CORDIS, the EU's record of the projects it funds; the id is the grant agreement number.",
  kaken: "KAKEN, the database of JSPS Grants-in-Aid for Scientific Research (KAKENHI) projects.",
  isni: "The International Standard Name Identifier (ISNI), for people and institutions.",
};

/** Problems with one identifier value for an entity of `kind` ([] when valid). */
export function identifierProblems(scheme: string, value: unknown, kind: EntityKind | undefined): string[] {
  const def = (IDENTIFIER_SCHEMES as Record<string, IdentifierScheme>)[scheme];
  if (!def) return [`unknown identifier scheme "${scheme}" (known: ${IDENTIFIER_NAMES.join(", ")})`];
  if (typeof value !== "string" || !def.pattern.test(value)) return [`"${String(value)}" is not ${def.format}`];
  if (kind && !def.kinds.includes(kind)) return [`${scheme} identifies ${def.kinds.join(" or ")}, not ${kind}`];
  const problem = def.check?.(value);
  return problem ? [`"${value}": ${problem}`] : [];
}

/** The sameAs URLs of the identifiers stored on a node. */
export function sameAsUrls(props: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const name of IDENTIFIER_NAMES) {
    const value = props[name];
    if (typeof value === "string" && value) out.push(IDENTIFIER_SCHEMES[name].url(value));
  }
  return out;
}
