// Arguments of institutionNetwork.
import { Max, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { IsEntityId } from "../../domain/ids";
import { EnumListField } from "../shared/common.args";
import { PagingArgs } from "../shared/keyset";
import { NetworkLink } from "../shared/enums";
import { NoArgs, TimeWindowArgs } from "../shared/window.args";

export const MAX_NETWORK_DEPTH = 3;

@ArgsType()
export class NetworkArgs extends TimeWindowArgs(NoArgs, {
  from: "Only activities overlapping this window: start (YYYY, YYYY-MM or YYYY-MM-DD).",
  to: "End of the time window.",
}) {
  @Field(() => ID, { description: "The institution at the centre (institution:…)." })
  @IsEntityId("institution")
  institutionId!: string;

  @Field(() => Int, { defaultValue: 1, description: `How many links away to go, 1 to ${MAX_NETWORK_DEPTH}.` })
  @Min(1)
  @Max(MAX_NETWORK_DEPTH)
  depth: number = 1;

  @EnumListField(NetworkLink, "Which kinds of link count (default: all).")
  via?: string[];

  @Field(() => Int, { defaultValue: 200, description: "Most institutions to return, 1 to 500 (the network is cut off beyond; see truncated)." })
  @Min(1)
  @Max(500)
  maxNodes: number = 200;
}

/** Largest page of a network's nodes or edges: a whole capped network (500 institutions) and its links fit in one or two. */
export const MAX_NETWORK_PAGE = 1000;

/**
 * Paging of InstitutionNetwork.nodes and .edges: ConnectionArgs with pages up to MAX_NETWORK_PAGE, so a
 * client that draws the network can ask for all of it at once (the network is computed, and capped by
 * maxNodes, before it is paged).
 */
@ArgsType()
export class NetworkPageArgs extends PagingArgs(MAX_NETWORK_PAGE) {}
