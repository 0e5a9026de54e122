import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context";
import { pageOfSlice, requireKeyShape } from "../shared/connection.type";
import { keysetBounds } from "../shared/keyset";
import { DETAIL_RULES, needsDetail } from "../selection";
import { SearchArgs } from "./search.args";
import { SearchConnection } from "./search.type";

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: "Find entities by name, alias or acronym (e.g. \"MEXT\", \"Smits\"), and by what they are about (topics, aims, summaries), best match first: exact names and aliases, then names and aliases, then topics and summaries. Any text is safe; an empty match is an empty list.",
  })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    requireKeyShape(args, 5, "search");
    const result = await ctx.repos.search.search(args.text, args.kinds ?? [], keysetBounds(args), needsDetail(info, DETAIL_RULES.search));
    return pageOfSlice(result, args);
  }
}
