// Small shared types: dates with precision, evidence, source documents, page info.
import { Field, ID, ObjectType } from "type-graphql";
import { DatePrecision, EvidenceKind, IdentifierScheme } from "./enums";
import { Node } from "./node.interface";

@ObjectType({ description: "A date as precise as the source gives it, with the days it covers." })
export class FuzzyDate {
  @Field(() => String, { description: "As the source states it: 2014, 2014-05 or 2014-05-31." })
  value!: string;

  @Field(() => DatePrecision, { description: "YEAR, MONTH or DAY." })
  precision!: string;

  @Field(() => String, { description: "First day covered (YYYY-MM-DD)." })
  earliest!: string;

  @Field(() => String, { description: "Last day covered (YYYY-MM-DD)." })
  latest!: string;

  @Field(() => Boolean, { description: "True when a source states the date; false when a curator inferred it (see inferredReason)." })
  stated!: boolean;

  @Field(() => String, { nullable: true, description: "For an inferred date: what the curator inferred it from." })
  inferredReason!: string | null;
}

@ObjectType({ implements: Node, description: "A document the graph was built from." })
export class Source extends Node {
  @Field(() => String, { description: "Title of the document or page." })
  title!: string;

  @Field(() => String, { description: "Who published it." })
  publisher!: string;

  @Field(() => FuzzyDate, { nullable: true, description: "Publication or page date." })
  date!: FuzzyDate | null;

  @Field(() => Boolean, { description: "True when the page gives no date (the seed says \"not stated\"): the date is unknown, not guessed, and `date` is null." })
  dateNotStated!: boolean;

  @Field(() => String, { nullable: true, description: "Address of the original page, when known." })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "Path of the stored copy of the text, below seed/." })
  file!: string | null;

  @Field(() => String, { nullable: true, description: "How the copy was obtained." })
  retrieved!: string | null;

  @Field(() => String, { nullable: true, description: "Curator's notes on the source." })
  notes!: string | null;
}

@ObjectType({ description: "Why the graph says something: a quote that states it, a quote plus the curator's inference, or a curator's reason." })
export class Evidence {
  @Field(() => EvidenceKind, { description: "STATED (the quote states it), INFERRED (a quote plus the curator's inference) or CURATED (a reason alone)." })
  kind!: string;

  @Field(() => Boolean, { description: "True only when the quote states it (kind STATED); false for an inference or a curator's reason." })
  stated!: boolean;

  @Field(() => ID, { nullable: true, description: "Id of the source that states it." })
  sourceId!: string | null;

  @Field(() => String, { nullable: true, description: "The supporting quote, word for word from the source." })
  quote!: string | null;

  @Field(() => String, { nullable: true, description: "For kind INFERRED: what the curator concluded from the quote that it does not itself say." })
  inference!: string | null;

  @Field(() => String, { nullable: true, description: "For curated facts: why the curator added it." })
  curatedReason!: string | null;

  // `source` (the Source object) is a field resolver, batched per request.
}

@ObjectType({ description: "Cursor pagination state (Relay connection spec)." })
export class PageInfo {
  @Field(() => Boolean, { description: "More items after this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Items before this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  endCursor!: string | null;
}

@ObjectType({ description: "One of the values sources give for a field they disagree on." })
export class DisagreeingValue {
  @Field(() => String, { description: "The value as this source gives it (JSON for non-text values)." })
  value!: string;

  @Field(() => [ID], { description: "The sources that give this value (bounded: the sources of this one record)." })
  sourceIds!: string[];
}

@ObjectType({ description: "An identifier of the entity in an external registry (ROR, Wikidata, ORCID, CORDIS, KAKEN, ISNI)." })
export class ExternalIdentifier {
  @Field(() => IdentifierScheme, { description: "The registry." })
  scheme!: string;

  @Field(() => String, { description: "The identifier as the registry writes it (without URL), e.g. 609585 for a CORDIS project." })
  value!: string;

  @Field(() => String, { description: "The entity's page in the registry (what exports give as sameAs)." })
  url!: string;
}

@ObjectType({ description: "Sources disagree on a field (a date, a title, a spelling): every value is kept with its sources; the field itself shows the first." })
export class Disagreement {
  @Field(() => String, { description: "The field they disagree on (name, date, title …)." })
  field!: string;

  @Field(() => [DisagreeingValue], { description: "Each value with the sources that give it (bounded: the distinct values the sources give for this one field)." })
  values!: DisagreeingValue[];
}
