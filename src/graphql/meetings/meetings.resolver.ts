import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import { occasionCount } from "../../repositories/meetings.repository";
import type { GraphQLContext } from "../context";
import { toWindow } from "../shared/window.args";
import { pageOfSlice, requireKeyShape } from "../shared/connection.type";
import { keysetBounds } from "../shared/keyset";
import { badInput } from "../errors";
import { requireExisting } from "../shared/existing-ids";
import { DETAIL_RULES, needsDetail } from "../selection";
import { MeetingsBetweenArgs, WhoMetArgs } from "./meetings.args";
import { EncounterConnection, MeetingCheck } from "./meetings.type";

@Resolver()
export class MeetingsResolver {
  @Query(() => EncounterConnection, {
    description:
      "Who met whom: the people a person met — both took part (not merely as contact) in the same meeting-type event, or a source states they met — each with the meetings as evidence. Filter by time window, place and event type. An unknown person or place id is a NOT_FOUND error naming the argument.",
  })
  async whoMet(@Args(() => WhoMetArgs) args: WhoMetArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    requireKeyShape(args, 2, "whoMet");
    const filter = { ...toWindow(args.from, args.to), placeId: args.placeId ?? null, eventTypes: args.eventTypes ?? [] };
    const detail = needsDetail(info, DETAIL_RULES.whoMet);
    const result = await ctx.repos.meetings.whoMet(args.personId, filter, keysetBounds(args), detail);
    // Someone met proves the person (and the place) exist; no one met may be a mistyped id.
    if (result.total === 0) await requireExisting(ctx, { personId: args.personId, placeId: args.placeId });
    return pageOfSlice(result, args, (e) => ({ ...e, meetingCount: occasionCount(e.meetings) }));
  }

  @Query(() => MeetingCheck, { description: "Whether and where two people met, with every meeting as evidence. An unknown person id is a NOT_FOUND error, not met: false." })
  async meetingsBetween(@Args(() => MeetingsBetweenArgs) args: MeetingsBetweenArgs, @Ctx() ctx: GraphQLContext) {
    if (args.personId === args.otherPersonId) throw badInput("otherPersonId", "must be a different person from personId");
    const filter = { ...toWindow(args.from, args.to), placeId: null, eventTypes: [] };
    const meetings = await ctx.repos.meetings.between(args.personId, args.otherPersonId, filter);
    if (meetings.length === 0) await requireExisting(ctx, { personId: args.personId, otherPersonId: args.otherPersonId });
    return { met: meetings.length > 0, meetings };
  }
}
