import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context";
import { toWindow } from "../shared/window.args";
import { pageOfSlice, requireKeyShape } from "../shared/connection.type";
import { keysetBounds } from "../shared/keyset";
import { requireExisting } from "../shared/existing-ids";
import { PRELOADED_PLACES } from "../entity/entity-fields.resolver";
import { TimelineArgs } from "./timeline.args";
import { EventConnection } from "./timeline.type";

@Resolver()
export class TimelineResolver {
  @Query(() => EventConnection, { description: "Events in a date range, in date order (undated last; then by last day, name and id: the sort key its cursors stand for), filterable by place, participant and event type. An unknown place or participant id is a NOT_FOUND error naming the argument." })
  async timeline(@Args(() => TimelineArgs) args: TimelineArgs, @Ctx() ctx: GraphQLContext) {
    requireKeyShape(args, 5, "timeline");
    const result = await ctx.repos.timeline.events(
      {
        ...toWindow(args.from, args.to),
        placeId: args.placeId ?? null,
        participantId: args.participantId ?? null,
        eventTypes: args.eventTypes ?? [],
      },
      keysetBounds(args),
    );
    if (result.total === 0) await requireExisting(ctx, { placeId: args.placeId, participantId: args.participantId });
    // The places came with the events: Event.places uses them instead of another round trip.
    return pageOfSlice(result, args, (entry) => ({ ...entry.event, [PRELOADED_PLACES]: entry.places }));
  }
}
