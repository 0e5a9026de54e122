import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { ChangeResult } from "../../curation/curation.service";
import type { GraphQLContext } from "../context";
import { Entity } from "../entity/entity.type";
import { EntityInput, RelationshipInput, RelationshipRemovalInput } from "./curation.input";
import { CurationResult } from "./curation.type";

/** Strips GraphQL input class instances to plain JSON objects, dropping absent optional fields. */
const plain = <T>(input: T): T => JSON.parse(JSON.stringify(input)) as T;

@Resolver(() => CurationResult)
export class CurationResolver {
  @Authorized()
  @Mutation(() => CurationResult, { description: "Create or update an entity, with provenance. Needs a bearer token." })
  upsertEntity(
    @Arg("input", () => EntityInput, { description: "The entity to create or update: id, kind, name, aliases, properties, note and evidence, as in the seed format." })
    input: EntityInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChangeResult> {
    return ctx.curation.upsertEntity(ctx.actor!, plain(input));
  }

  @Authorized()
  @Mutation(() => CurationResult, { description: "Add a relationship, with provenance; adding it again only adds new evidence. Needs a bearer token." })
  addRelationship(
    @Arg("input", () => RelationshipInput, { description: "The relationship to add: type, ends, properties, note and evidence, as in the seed format." })
    input: RelationshipInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChangeResult> {
    return ctx.curation.addRelationship(ctx.actor!, plain(input));
  }

  @Authorized()
  @Mutation(() => CurationResult, { description: "Remove a relationship, with the curator's reason. Needs a bearer token." })
  removeRelationship(
    @Arg("input", () => RelationshipRemovalInput, { description: "The relationship to remove (type, ends, and role, partnerRole, title or asOf where it has them) and the reason." })
    input: RelationshipRemovalInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChangeResult> {
    // The seed and the edit log keep one `role` property for both (domain/rules.ts relationshipKey).
    const { partnerRole, ...removal } = plain(input);
    if (removal.role !== undefined && partnerRole !== undefined) {
      const message = "give role (PARTICIPATED_IN) or partnerRole (PARTNER_IN), not both: a relationship has one role";
      return Promise.resolve({ ok: false, errors: [{ field: "partnerRole", rule: "oneRole", message }], target: null, removed: false });
    }
    return ctx.curation.removeRelationship(ctx.actor!, { ...removal, ...(partnerRole !== undefined ? { role: partnerRole } : {}) });
  }

  @FieldResolver(() => Entity, { nullable: true, description: "The entity written, for entity changes." })
  entity(@Root() result: ChangeResult, @Ctx() ctx: GraphQLContext) {
    return result.ok && result.target && !result.target.includes("|") ? ctx.loaders.entity.load(result.target) : null;
  }
}
