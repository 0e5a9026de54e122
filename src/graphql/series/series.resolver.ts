import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context";
import { badInput } from "../errors";
import { SeriesMeeting } from "../shared/path.type";
import { LIST_CAPS } from "../../server/limits";

@Resolver()
export class SeriesResolver {
  @Query(() => [SeriesMeeting], {
    description:
      "A series through time: the meetings of a committee (institution:…) or rounds of a dialogue (dialogue:…) in order, each linked to the one before and after. Empty for an unknown id.",
  })
  async series(@Arg("bodyId", () => ID, { description: "The committee or dialogue." }) bodyId: string, @Ctx() ctx: GraphQLContext) {
    if (!/^(institution|dialogue):[a-z0-9]+(?:-[a-z0-9]+)*$/.test(bodyId)) {
      throw badInput("bodyId", `must be a committee or dialogue id (institution:… or dialogue:…), got "${bodyId.slice(0, 80)}"`);
    }
    return (await ctx.repos.series.meetingsOf(bodyId)).slice(0, LIST_CAPS["Query.series"]);
  }
}
