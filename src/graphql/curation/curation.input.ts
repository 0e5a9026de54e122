// Inputs of the curation mutations. They are checked by the same rules as seed records
// (domain/rules.ts) so that expected failures come back as field errors in the result.
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { EntityKind, ParticipationRole, RelationType } from "../shared/enums";

@InputType({ description: "Provenance of a curated change: a quote from a source, or the curator's reason." })
export class EvidenceInput {
  @Field(() => ID, { nullable: true, description: "The source that states it (required with a quote)." })
  source?: string;

  @Field(() => String, { nullable: true, description: "The supporting quote, word for word from the source." })
  quote?: string;

  @Field(() => String, {
    nullable: true,
    description: "With a quote: what the curator concluded from it that the quote does not itself say (the fact is then not stated).",
  })
  inferred?: string;

  @Field(() => String, { nullable: true, description: "For a fact no source states: the curator's reason." })
  curated?: string;
}

/**
 * How a relationship is named: its type and its two ends. (A base class's fields come first in the
 * input object, and so in the edit log's JSON payload: only leading fields are shared this way.)
 */
@InputType("RelationshipEndsInput")
abstract class RelationshipEndsInput {
  @Field(() => RelationType, { description: "Relationship type." })
  type!: string;

  @Field(() => ID, { description: "Start entity id." })
  from!: string;

  @Field(() => ID, { description: "End entity id." })
  to!: string;
}

@InputType({ description: "An entity to create, or to update (name, aliases and the given properties are replaced; evidence is added)." })
export class EntityInput {
  @Field(() => ID, { description: "Id: kind prefix and slug, e.g. person:makoto-katsura." })
  id!: string;

  @Field(() => EntityKind, { description: "Kind (cannot change for an existing entity)." })
  kind!: string;

  @Field(() => String, { description: "Fullest name the sources give." })
  name!: string;

  @Field(() => [String], { nullable: true, description: "Other names, acronyms, scripts." })
  aliases?: string[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: "Kind-specific properties, as in the seed format (e.g. {\"eventType\": \"forum\", \"date\": \"2014-10\"})." })
  properties?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: "A curator's remark." })
  note?: string;

  @Field(() => [EvidenceInput], { description: "At least one quote or curated reason." })
  evidence!: EvidenceInput[];
}

@InputType({ description: "A relationship to add (adding the same one again adds only new evidence)." })
export class RelationshipInput extends RelationshipEndsInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: "Type-specific properties (role, title, asOf, tier, ordinal, date)." })
  properties?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: "A curator's remark." })
  note?: string;

  @Field(() => [EvidenceInput], { description: "At least one quote or curated reason." })
  evidence!: EvidenceInput[];
}

@InputType({ description: "A relationship to remove, identified like in the seed (type, ends, role, partnerRole or title, asOf)." })
export class RelationshipRemovalInput extends RelationshipEndsInput {
  @Field(() => ParticipationRole, { nullable: true, description: "The participation role, for PARTICIPATED_IN." })
  role?: string;

  @Field(() => String, { nullable: true, description: "The partner's role as the seed writes it (free text, e.g. coordinator), for PARTNER_IN." })
  partnerRole?: string;

  @Field(() => String, { nullable: true, description: "Title, for affiliations." })
  title?: string;

  @Field(() => String, { nullable: true, description: "asOf date, for affiliations stated at a date." })
  asOf?: string;

  @Field(() => String, { description: "Why it is removed (kept in the edit log)." })
  reason!: string;
}
