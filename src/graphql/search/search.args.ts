// Arguments of search.
import { Matches } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { EnumListField } from "../shared/common.args";
import { ConnectionArgs } from "../shared/keyset";
import { EntityKind } from "../shared/enums";

@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field(() => String, { description: "Words to find in names, aliases, acronyms, topics, aims and summaries (any text; at most 1,000 characters)." })
  @Matches(/^[\s\S]{1,1000}$/, { message: "$property must have 1 to 1,000 characters" })
  text!: string;

  @EnumListField(EntityKind, "Only these kinds (default: all).")
  kinds?: string[];
}
