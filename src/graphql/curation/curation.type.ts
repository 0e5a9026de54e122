// Result of the curation mutations: ok with what was written, or the field errors (expected
// failures are returned, not thrown).
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "What is wrong with an input, field by field (nothing was written)." })
export class FieldError {
  @Field(() => String, { description: "The input field, e.g. evidence[0].quote or properties.date." })
  field!: string;

  @Field(() => String, { description: "The rule it breaks, e.g. quoteInSource, endpointKind, isPartialDate." })
  rule!: string;

  @Field(() => String, { description: "What to fix." })
  message!: string;
}

@ObjectType({ description: "The result of a curated change: ok with what was written, or the field errors." })
export class CurationResult {
  @Field(() => Boolean, { description: "True when the change was written (in one transaction, with its edit-log entry)." })
  ok!: boolean;

  @Field(() => ID, { nullable: true, description: "The entity id or relationship key written." })
  target!: string | null;

  @Field(() => Boolean, { nullable: true, description: "For removals: whether there was such a relationship." })
  removed?: boolean;

  @Field(() => [FieldError], { description: "Why the change was refused (empty when ok)." })
  errors!: FieldError[];
}
