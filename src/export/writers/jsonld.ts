// JSON-LD with schema.org types, written as it streams (one @graph array, one object per line).
//   - entities: Person, Organization (institutions), Project, FundingScheme (programmes),
//     CreativeWork (documents, and the sources the evidence cites), Event, EventSeries (dialogues),
//     DefinedTerm (research areas), Place; each also typed sti:<Kind>; external identifiers as sameAs.
//   - provenance (PROV-O): every entity and every relationship is prov:wasDerivedFrom its sources,
//     with one prov:qualifiedDerivation per evidence item holding the quote (sti:quote) or, for a
//     curator's addition, sti:curatedReason; schema:citation names the same sources.
//   - a relationship is the triple <from> sti:TYPE <to> plus an rdf:Statement about it that carries
//     its properties and provenance.
// Ids become URNs (urn:eu-japan-sti:person:…): the project has no public base URL.
import { sameAsUrls } from "../../domain/identifiers";
import { evidenceOf, type ExportEdge, type ExportNode } from "../attributes";
import type { GraphWriter, Sink } from "./sink";

export const IRI_BASE = "urn:eu-japan-sti:";
export const VOCAB = "urn:eu-japan-sti:vocab:";
export const iri = (id: string) => IRI_BASE + id;

const SCHEMA_TYPE: Record<string, string> = {
  Person: "Person",
  Institution: "Organization",
  Project: "Project",
  Programme: "FundingScheme",
  Document: "CreativeWork",
  Event: "Event",
  Dialogue: "EventSeries",
  ResearchArea: "DefinedTerm",
  Place: "Place",
  Source: "CreativeWork",
};

export const CONTEXT = {
  "@vocab": "https://schema.org/",
  prov: "http://www.w3.org/ns/prov#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  sti: VOCAB,
  sameAs: { "@type": "@id" },
  url: { "@type": "@id" },
  citation: { "@type": "@id" },
  "prov:wasDerivedFrom": { "@type": "@id" },
  "prov:entity": { "@type": "@id" },
  "rdf:subject": { "@type": "@id" },
  "rdf:predicate": { "@type": "@id" },
  "rdf:object": { "@type": "@id" },
};

/** Stored properties with a schema.org term; every other data property goes out as sti:<name>. */
const SCHEMA_TERMS: Record<string, string> = {
  name: "name",
  aliases: "alternateName",
  summary: "description",
  phone: "telephone",
  fax: "faxNumber",
  email: "email",
  honorific: "honorificPrefix",
  address: "address",
  startDate: "startDate",
  endDate: "endDate",
  date: "startDate",
  title: "name",
  publisher: "publisher",
  postalCode: "postalCode",
};
const LEFT_OUT = new Set(["id", "kind", "seedHash", "searchText", "key", "evidenceSources", "evidenceQuotes", "evidenceCurated", "sourceIds", "url", "ror", "wikidata", "orcid", "cordis", "kaken", "isni"]);

function provenance(props: Record<string, unknown>): Record<string, unknown> {
  const sources = ((props.sourceIds as string[] | undefined) ?? []).map(iri);
  const derivations = evidenceOf(props).map((e) => {
    const d: Record<string, unknown> = { "@type": "prov:Derivation" };
    if (e.source) d["prov:entity"] = iri(e.source);
    if (e.quote) d["sti:quote"] = e.quote;
    if (e.curated) d["sti:curatedReason"] = e.curated;
    return d;
  });
  const out: Record<string, unknown> = {};
  if (sources.length) {
    out["prov:wasDerivedFrom"] = sources;
    out.citation = sources;
  }
  if (derivations.length) out["prov:qualifiedDerivation"] = derivations;
  return out;
}

function dataProps(props: Record<string, unknown>, schemaTerms: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (LEFT_OUT.has(key) || value === null || value === undefined) continue;
    const term = schemaTerms && SCHEMA_TERMS[key] ? SCHEMA_TERMS[key]! : `sti:${key}`;
    if (out[term] !== undefined) out[`sti:${key}`] = value;
    else out[term] = value;
  }
  return out;
}

export class JsonLdWriter implements GraphWriter {
  private first = true;

  constructor(private readonly out: Sink) {}

  private item(value: unknown): string {
    const text = (this.first ? "\n" : ",\n") + JSON.stringify(value);
    this.first = false;
    return text;
  }

  begin(): Promise<void> {
    return this.out.write(`{"@context":${JSON.stringify(CONTEXT)},\n"@graph":[`);
  }

  nodes(batch: ExportNode[]): Promise<void> {
    let chunk = "";
    for (const n of batch) {
      const node: Record<string, unknown> = {
        "@id": iri(n.id),
        "@type": [SCHEMA_TYPE[n.kind] ?? "Thing", `sti:${n.kind}`],
        identifier: n.id,
        ...dataProps(n.props, true),
      };
      if (typeof n.props.url === "string") node.url = n.props.url;
      const sameAs = sameAsUrls(n.props);
      if (sameAs.length) node.sameAs = sameAs;
      Object.assign(node, provenance(n.props));
      chunk += this.item(node);
    }
    return this.out.write(chunk);
  }

  edges(batch: ExportEdge[]): Promise<void> {
    let chunk = "";
    for (const e of batch) {
      chunk += this.item({ "@id": iri(e.from), [`sti:${e.type}`]: { "@id": iri(e.to) } });
      const statement = {
        "@id": `${IRI_BASE}statement:${encodeURIComponent(String(e.props.key ?? `${e.from}|${e.type}|${e.to}|${e.seq}`))}`,
        "@type": ["rdf:Statement", "prov:Entity"],
        "rdf:subject": iri(e.from),
        "rdf:predicate": `${VOCAB}${e.type}`,
        "rdf:object": iri(e.to),
        ...dataProps(e.props, false),
        ...provenance(e.props),
      };
      chunk += this.item(statement);
    }
    return this.out.write(chunk);
  }

  end(): Promise<void> {
    return this.out.write(`\n]}\n`);
  }
}
