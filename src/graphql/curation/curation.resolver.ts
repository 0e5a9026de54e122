import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import type { ChangeResult } from "../../curation/curation.service";
import type { GraphQLContext } from "../context";
import { EntityInput, RelationshipInput, RelationshipRemovalInput } from "./curation.input";
import { Entity } from "../entity/entity.type";

@ObjectType({ description: "What is wrong with an input, field by field (nothing was written)." })
class FieldError {
  @Field(() => String, { description: "The input field, e.g. evidence[0].quote or properties.date." })
  field!: string;

  @Field(() => String, { description: "The rule it breaks, e.g. quoteInSource, endpointKind, isPartialDate." })
  rule!: string;

  @Field(() => String, { description: "What to fix." })
  message!: string;
}

@ObjectType({ description: "The result of a curated change: ok with what was written, or the field errors." })
class CurationResult {
  @Field(() => Boolean, { description: "True when the change was written (in one transaction, with its edit-log entry)." })
  ok!: boolean;

  @Field(() => ID, { nullable: true, description: "The entity id or relationship key written." })
  target!: string | null;

  @Field(() => Boolean, { nullable: true, description: "For removals: whether there was such a relationship." })
  removed?: boolean;

  @Field(() => [FieldError], { description: "Why the change was refused (empty when ok)." })
  errors!: FieldError[];
}

/** Strips GraphQL input class instances to plain JSON objects, dropping absent optional fields. */
const plain = <T>(input: T): T => JSON.parse(JSON.stringify(input)) as T;

@Resolver(() => CurationResult)
export class CurationResolver {
  @Authorized()
  @Mutation(() => CurationResult, { description: "Create or update an entity, with provenance. Needs a bearer token." })
  upsertEntity(@Arg("input", () => EntityInput) input: EntityInput, @Ctx() ctx: GraphQLContext): Promise<ChangeResult> {
    return ctx.curation.upsertEntity(ctx.actor!, plain(input));
  }

  @Authorized()
  @Mutation(() => CurationResult, { description: "Add a relationship, with provenance; adding it again only adds new evidence. Needs a bearer token." })
  addRelationship(@Arg("input", () => RelationshipInput) input: RelationshipInput, @Ctx() ctx: GraphQLContext): Promise<ChangeResult> {
    return ctx.curation.addRelationship(ctx.actor!, plain(input));
  }

  @Authorized()
  @Mutation(() => CurationResult, { description: "Remove a relationship, with the curator's reason. Needs a bearer token." })
  removeRelationship(@Arg("input", () => RelationshipRemovalInput) input: RelationshipRemovalInput, @Ctx() ctx: GraphQLContext): Promise<ChangeResult> {
    return ctx.curation.removeRelationship(ctx.actor!, plain(input));
  }

  @FieldResolver(() => Entity, { nullable: true, description: "The entity written, for entity changes." })
  entity(@Root() result: ChangeResult, @Ctx() ctx: GraphQLContext) {
    return result.ok && result.target && !result.target.includes("|") ? ctx.loaders.entity.load(result.target) : null;
  }
}
