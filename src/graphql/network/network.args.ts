// Arguments of institutionNetwork.
import { IsOptional, Max, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { IsEntityId } from "../../domain/ids";
import { EnumListField } from "../shared/common.args";
import { DEFAULT_PAGE, IsKeyCursor, NotWith, type KeysetArgs } from "../shared/keyset";
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
export class NetworkPageArgs implements KeysetArgs {
  @Field(() => Int, { nullable: true, description: `Page size when paging forwards, 1 to ${MAX_NETWORK_PAGE} (${DEFAULT_PAGE} when neither first nor last is given).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_NETWORK_PAGE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor after which the page starts (pageInfo.endCursor of the previous page)." })
  @IsOptional()
  @IsKeyCursor()
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size when paging backwards, 1 to ${MAX_NETWORK_PAGE}: the last items before \`before\` (or of the whole list).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_NETWORK_PAGE)
  @NotWith("first")
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor before which the page ends (pageInfo.startCursor of the next page)." })
  @IsOptional()
  @IsKeyCursor()
  before?: string | null;
}
