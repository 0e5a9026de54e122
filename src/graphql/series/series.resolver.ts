import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context";
import { LIST_CAPS } from "../../server/limits";
import { requireExisting } from "../shared/existing-ids";
import { SeriesArgs } from "./series.args";
import { SeriesMeeting } from "./series.type";

@Resolver()
export class SeriesResolver {
  @Query(() => [SeriesMeeting], {
    description:
      "A series through time: the meetings of a committee (institution:…) or rounds of a dialogue (dialogue:…) in order, each linked to the one before and after. Empty for a body without meetings; an unknown id is a NOT_FOUND error.",
  })
  async series(@Args(() => SeriesArgs) { bodyId }: SeriesArgs, @Ctx() ctx: GraphQLContext) {
    const meetings = await ctx.repos.series.meetingsOf(bodyId);
    if (meetings.length === 0) await requireExisting(ctx, { bodyId });
    return meetings.slice(0, LIST_CAPS["Query.series"]);
  }
}
