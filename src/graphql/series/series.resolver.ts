import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Entity as EntityData } from "../../repositories/model";
import type { SeriesMeeting as SeriesMeetingData } from "../../repositories/series.repository";
import { Event } from "../entity/entity.type";
import { linkedEntity } from "../shared/path.resolver";
import type { GraphQLContext } from "../context";
import { requireExisting } from "../shared/existing-ids";
import { compareKeys, ConnectionArgs, pageByKey, type SortKey } from "../shared/keyset";
import { SeriesArgs } from "./series.args";
import { SeriesMeeting, SeriesMeetingConnection } from "./series.type";
import { requireKeyShape } from "../shared/connection.type";

@Resolver()
export class SeriesResolver {
  @Query(() => SeriesMeetingConnection, {
    description:
      "A series through time: the meetings of a committee (institution:…) or rounds of a dialogue (dialogue:…) in order, each linked to the one before and after. Paged (first/after, last/before; keyset cursors) in series order: by number in the series (the meeting's ordinal), then start date, then the event's id; meetings without a number or date come last. Empty for a body without meetings; an unknown id is a NOT_FOUND error.",
  })
  async series(@Args(() => SeriesArgs) { bodyId }: SeriesArgs, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    // The statement returns the whole series in this order (a body has tens of meetings): paged in Node.
    const meetings = await ctx.repos.series.meetingsOf(bodyId);
    if (meetings.length === 0) await requireExisting(ctx, { bodyId });
    const keyOf = (m: SeriesMeetingData): SortKey => [m.position, m.dateFrom, m.event.id];
    // Sorted again by the key itself, so the page and the cursors agree however the database orders strings.
    const items = meetings.map((m) => ({ ...m, id: `series-meeting:${bodyId}|${m.event.id}` })).sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
    requireKeyShape(page, 3, "series");
    return pageByKey(items, keyOf, page);
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
