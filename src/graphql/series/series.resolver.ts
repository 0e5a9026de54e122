import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Entity as EntityData } from "../../repositories/model";
import type { SeriesMeeting as SeriesMeetingData } from "../../repositories/series.repository";
import { Event } from "../entity/entity.type";
import { linkedEntity } from "../shared/path.resolver";
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
    return meetings.slice(0, LIST_CAPS["Query.series"]).map((m) => ({ ...m, id: `series-meeting:${bodyId}|${m.event.id}` }));
  }
}

/** Links of a series meeting to the meetings before and after it, through the entity loader (one statement per level). */
@Resolver(() => SeriesMeeting)
export class SeriesMeetingLinksResolver {
  @FieldResolver(() => Event, { nullable: true, description: "The meeting before it (previousId is its id); null for the first." })
  previous(@Root() meeting: SeriesMeetingData, @Ctx() ctx: GraphQLContext): Promise<EntityData> | null {
    return meeting.previousId ? linkedEntity(ctx, meeting.previousId) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: "The meeting after it (nextId is its id); null for the last." })
  next(@Root() meeting: SeriesMeetingData, @Ctx() ctx: GraphQLContext): Promise<EntityData> | null {
    return meeting.nextId ? linkedEntity(ctx, meeting.nextId) : null;
  }
}
